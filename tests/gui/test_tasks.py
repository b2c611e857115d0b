"""The runner: reads on a pool, writes one at a time in order, results and errors back on the GUI thread."""

from __future__ import annotations

import sys
import threading
from functools import partial

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from mediation_app.domain.errors import DomainError
from mediation_app.gui.tasks import SyncRunner, ThreadRunner


def test_results_come_back_on_the_gui_thread(qtbot) -> None:
    runner = ThreadRunner()
    gui = threading.get_ident()
    received: list[tuple[int, int]] = []
    runner.run(threading.get_ident, on_done=lambda worker: received.append((worker, threading.get_ident())))
    qtbot.waitUntil(lambda: received != [])
    [(worker, delivered_on)] = received
    assert worker != gui
    assert delivered_on == gui
    assert runner.pending() == 0


def test_a_result_for_a_closed_window_is_dropped(qtbot) -> None:
    class Panel(QLabel):
        def show_result(self, value: str) -> None:
            self.setText(value)  # on a deleted widget this raises RuntimeError inside the event loop

    runner, gate = ThreadRunner(), threading.Event()
    closed, open_ = Panel(), Panel()
    runner.run(gate.wait, on_done=lambda _ok: None, write=True)  # holds the write queue until both have asked
    runner.run(lambda: "late", on_done=closed.show_result, write=True)
    runner.run(lambda: "late", on_done=partial(closed.show_result), write=True)  # as the views often pass them
    runner.run(lambda: "shown", on_done=open_.show_result, write=True)
    shiboken6.delete(closed)  # the window closed while its task ran
    gate.set()
    qtbot.waitUntil(lambda: open_.text() == "shown")  # no exception from the closed one (pytest-qt would fail)
    assert runner.pending() == 0


def test_writes_run_one_at_a_time_in_submission_order(qtbot) -> None:
    runner = ThreadRunner()
    log: list[int] = []
    active: list[int] = []
    overlaps: list[int] = []

    def write(n: int) -> int:
        active.append(n)
        if len(active) > 1:
            overlaps.append(n)
        log.append(n)
        active.remove(n)
        return n

    done: list[int] = []
    for n in range(40):
        runner.run(write, n, on_done=done.append, write=True)
    qtbot.waitUntil(lambda: len(done) == 40)
    assert log == list(range(40))
    assert done == list(range(40))
    assert overlaps == []


def test_a_refusal_goes_to_on_error_on_the_gui_thread(qtbot) -> None:
    runner = ThreadRunner()
    errors: list[tuple[str, int]] = []

    def refuse() -> None:
        raise DomainError("amount.negative")

    runner.run(
        refuse,
        on_done=lambda _r: pytest.fail("no result expected"),
        on_error=lambda e: errors.append((e.code, threading.get_ident())),
        write=True,
    )
    qtbot.waitUntil(lambda: errors != [])
    assert errors == [("amount.negative", threading.get_ident())]


def test_a_bug_in_a_task_also_reaches_the_excepthook(qtbot, monkeypatch) -> None:
    runner = ThreadRunner()
    hooked: list[BaseException] = []
    handled: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, error, _tb: hooked.append(error))
    runner.run(lambda: 1 / 0, on_error=handled.append)
    qtbot.waitUntil(lambda: hooked != [])
    assert isinstance(hooked[0], ZeroDivisionError)
    assert handled == hooked  # the view could end its busy state too


def test_sync_runner_calls_at_once_and_raises_bugs() -> None:
    runner = SyncRunner()
    results: list[int] = []
    runner.run(sum, [1, 2, 3], on_done=results.append)
    assert results == [6]
    refused: list[str] = []
    runner.run(_refuse, on_error=lambda e: refused.append(e.code))
    assert refused == ["rate.invalid"]
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda: 1 / 0, on_error=lambda _e: None)
    with pytest.raises(DomainError):
        runner.run(_refuse)
    assert runner.calls[0] == "sum"


def _refuse() -> None:
    raise DomainError("rate.invalid")
