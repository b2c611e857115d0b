"""Keeps what is typed on the intake form as a draft: saved after a pause in the typing and at least every few
seconds while typing goes on, off the GUI thread, so closing the window loses nothing and a crash at most the last
few seconds; the intake's save removes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from mediation_app.gui.tasks import Runner
from mediation_app.services.context import ServiceContext
from mediation_app.services.drafts import DraftInfo, discard_draft, save_draft

DRAFT_DELAY_MS = 1000  # a pause this long in the typing saves the draft …
DRAFT_MAX_WAIT_MS = 5000  # … and typing without a pause is saved at least this often (a crash loses no more)

Payload = dict[str, Any]


class DraftKeeper(QObject):
    """``payload()`` gives what to keep, or None when nothing is typed (an emptied form drops its draft)."""

    def __init__(
        self, ctx: ServiceContext, runner: Runner, payload: Callable[[], Payload | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._payload = ctx, runner, payload
        self.draft_id: int | None = None
        self.saved_at: DraftInfo | None = None
        self._generation = 0  # a new form starts a new generation: late answers for the old one are not adopted
        self._in_flight = 0
        self._waiting: list[Callable[[], None]] = []
        self.timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        # Not restarted by each key: steady typing, which keeps putting the pause off, is still saved.
        self.deadline = QTimer(self, singleShot=True, interval=DRAFT_MAX_WAIT_MS)
        self.deadline.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Something was typed: save after the pause, or when the longest wait is up."""
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def _stop_timers(self) -> None:
        self.timer.stop()
        self.deadline.stop()

    def save_now(self) -> None:
        self._stop_timers()
        payload = self._payload()
        if payload is None:
            if self.draft_id is not None:
                self._write(discard_draft, self._ctx, self.draft_id, on_done=lambda _none: self._dropped())
            return
        generation = self._generation
        self._write(save_draft, self._ctx, payload, self.draft_id, on_done=lambda info: self._saved(generation, info))

    def flush(self) -> None:
        """Save now if typing is waiting to be saved (leaving the view, closing, starting a new form)."""
        if self.timer.isActive():
            self.save_now()

    def _write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        self._in_flight += 1
        self._runner.run(
            fn, *args, write=True, on_done=lambda result: self._finished(on_done, result), on_error=self._failed
        )

    def _finished(self, on_done: Callable[[Any], None], result: Any) -> None:
        on_done(result)
        self._settle()

    def _failed(self, _error: BaseException) -> None:
        saving_intake = bool(self._waiting)  # the intake's save is waiting: it keeps what is typed itself
        self._settle()
        if not saving_intake:
            self.schedule()  # the typed form is still there (the database busy a moment): try again after the pause

    def _settle(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                then()

    def _saved(self, generation: int, info: DraftInfo) -> None:
        if generation == self._generation:
            self.draft_id, self.saved_at = info.draft_id, info

    def _dropped(self) -> None:
        self.draft_id, self.saved_at = None, None

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call ``then`` once no draft write is under way (so the intake's save knows its draft)."""
        self._stop_timers()
        if self._in_flight:
            self._waiting.append(then)
        else:
            then()

    def start_new(self, draft_id: int | None = None) -> None:
        """A new form (or a restored draft): what is under way belongs to the old one."""
        self._stop_timers()
        self._generation += 1
        self.draft_id, self.saved_at = draft_id, None
