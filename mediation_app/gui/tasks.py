"""One way to run service calls off the GUI thread: a pool for reads, one serial writer for changes.

Results come back on the GUI thread through a queued signal; tests use ``SyncRunner``, which calls at once.
``on_error`` receives every failure (so a view can end its busy state); a failure that is not a DomainError
is a bug and is also reported through the excepthook, never hidden behind a message.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mediation_app.domain.errors import DomainError

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        write: bool = False,
    ) -> None:
        """Call ``fn(*args)``; ``write=True`` queues it behind every earlier change."""


def report_unexpected(error: BaseException) -> None:
    """The default for a task without ``on_error``: the installed excepthook shows it."""
    sys.excepthook(type(error), error, error.__traceback__)


class SyncRunner:
    """Calls immediately on the calling thread (tests); an error without ``on_error`` is raised."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        write: bool = False,
    ) -> None:
        self.calls.append(getattr(fn, "__name__", repr(fn)))
        try:
            result = fn(*args)
        except Exception as error:
            if on_error is not None:
                on_error(error)
            if on_error is None or not isinstance(error, DomainError):
                raise
            return
        if on_done is not None:
            on_done(result)


def _alive(callback: object) -> bool:
    """False for a method (or a partial of one) of a widget Qt has deleted: calling it would touch freed objects."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    """Lives on the GUI thread; workers emit ``finished`` and the queued slot calls the callbacks there."""

    finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, tuple[DoneCallback | None, ErrorCallback]] = {}
        self.finished.connect(self._deliver)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self.callbacks.pop(task_id)
        if not _alive(on_done if ok else on_error):
            return  # its window was closed while the task ran: nobody is left to show the result to
        if not ok:
            assert isinstance(payload, BaseException)
            on_error(payload)
            if on_error is not report_unexpected and not isinstance(payload, DomainError):
                report_unexpected(payload)
        elif on_done is not None:
            on_done(payload)


class _Task(QRunnable):
    def __init__(self, relay: _Relay, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._relay, self._task_id, self._fn, self._args = relay, task_id, fn, args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as error:  # delivered to on_error on the GUI thread
            self._relay.finished.emit(self._task_id, False, error)
            return
        self._relay.finished.emit(self._task_id, True, result)


class ThreadRunner:
    """Reads run in parallel on a thread pool; writes run one after another, in submission order."""

    def __init__(self, *, readers: int = 4) -> None:
        self._relay = _Relay()
        self._ids = itertools.count(1)
        self._reads = QThreadPool()
        self._reads.setMaxThreadCount(readers)
        self._writes = QThreadPool()
        self._writes.setMaxThreadCount(1)  # a one-thread pool is a FIFO queue

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        write: bool = False,
    ) -> None:
        task_id = next(self._ids)
        self._relay.callbacks[task_id] = (on_done, on_error or report_unexpected)
        pool = self._writes if write else self._reads
        pool.start(_Task(self._relay, task_id, fn, args))

    def pending(self) -> int:
        return len(self._relay.callbacks)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until every queued task has run (at shutdown, so no change is lost)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
