"""Start-up: a refused database is explained in Chinese and left untouched; unexpected errors are shown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app.app import open_context
from mediation_app.gui import application
from mediation_app.gui.application import EXIT_DATABASE_ERROR, excepthook, run_gui
from mediation_app.gui.main_window import MainWindow
from mediation_app.services.context import ServiceError


@pytest.fixture
def captured_boxes(monkeypatch) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Message boxes are recorded (kind, title, text) instead of blocking the test."""
    shown: list[tuple[str, str, str]] = []

    def static(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def exec_box(box: QMessageBox) -> int:
        shown.append(("box", box.windowTitle(), f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"))
        return 0

    monkeypatch.setattr(QMessageBox, "critical", static("critical"))
    monkeypatch.setattr(QMessageBox, "warning", static("warning"))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; restored afterwards
    return shown


def test_a_file_that_is_not_a_database_is_explained_and_left_untouched(
    tmp_path: Path, app_settings, captured_boxes
) -> None:
    target = tmp_path / "案件记录.sqlite3"
    original = "这不是数据库，是一份备忘录。\n".encode() * 50
    target.write_bytes(original)
    code = run_gui(lambda: open_context(target), argv=["mediation-desk"], settings=app_settings)
    assert code == EXIT_DATABASE_ERROR == 2
    [(kind, title, text)] = captured_boxes
    assert kind == "critical"
    assert title == "无法打开数据库"
    assert text.startswith("数据库文件不是本程序的数据库：")
    assert str(target) in text
    assert "未做任何改动" in text
    assert target.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(target.stem)] == [target.name]  # no -wal
    assert sys.excepthook is excepthook


def test_the_program_starts_shows_its_window_and_exits_cleanly(
    qtbot, tmp_path: Path, app_settings, captured_boxes
) -> None:
    windows: list[MainWindow] = []

    def close_when_shown() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not found:
            QTimer.singleShot(10, close_when_shown)
            return
        windows.extend(found)
        qtbot.waitUntil(lambda: found[0].count_label.text() == "案件 0 件")  # the thread runner answered
        found[0].close()

    QTimer.singleShot(0, close_when_shown)
    code = run_gui(lambda: open_context(tmp_path / "new.sqlite3"), argv=["mediation-desk"], settings=app_settings)
    assert code == 0
    assert captured_boxes == []
    assert windows and windows[0].windowTitle() == "警民联调室 · 调解工作台 — 某街道警民联调室"
    assert (tmp_path / "new.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")


def test_an_unexpected_exception_is_shown_in_chinese_with_details(captured_boxes) -> None:
    try:
        raise ValueError("boom")
    except ValueError as error:
        excepthook(type(error), error, error.__traceback__)
    [(kind, title, text)] = captured_boxes
    assert (kind, title) == ("box", "意外错误")
    assert text.startswith("程序出现意外错误。已保存的数据不受影响")
    assert "详细信息：ValueError: boom" in text
    assert "Traceback (most recent call last)" in text and "raise ValueError" in text


def test_a_refusal_reaching_the_excepthook_reads_as_a_translated_warning(captured_boxes) -> None:
    error = ServiceError("record.stale", entity="office")
    excepthook(type(error), error, None)
    [(kind, title, text)] = captured_boxes
    assert (kind, title) == ("warning", "操作未能完成")
    assert "已被他人修改" in text


def test_an_error_while_the_box_is_open_is_only_logged(monkeypatch, captured_boxes) -> None:
    monkeypatch.setattr(application, "_showing_error", True)
    calls: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: calls.append(t))
    excepthook(RuntimeError, RuntimeError("again"), None)
    assert captured_boxes == []
    assert calls == [RuntimeError]
