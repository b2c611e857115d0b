"""Start-up: a refused database is explained in Chinese and left untouched; unexpected errors are shown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerFilter
from mediation_app.gui import application
from mediation_app.gui.application import EXIT_DATABASE_ERROR, excepthook, run_gui
from mediation_app.gui.main_window import MainWindow
from mediation_app.services.context import ServiceError
from mediation_app.services.ledger import count_cases


@pytest.fixture(autouse=True)
def signed_in_as_system(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    """The login is tested in test_login; here it answers at once with the opened context (full rights)."""
    from mediation_app.gui.dialogs import login

    asked: list[object] = []

    def sign_in(_parent, ctx, _settings, _runner=None):  # type: ignore[no-untyped-def]
        asked.append(ctx)
        return ctx

    monkeypatch.setattr(login, "sign_in", sign_in)
    return asked


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


def _close_when_shown(qtbot, windows: list[MainWindow]) -> None:  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not found:
        QTimer.singleShot(10, lambda: _close_when_shown(qtbot, windows))
        return
    windows.extend(found)
    qtbot.waitUntil(lambda: found[0].count_label.text().startswith("案件"))
    found[0].close()


def test_a_damaged_database_is_recovered_from_its_newest_backup_on_the_users_word(
    qtbot, tmp_path: Path, app_settings, captured_boxes, monkeypatch
) -> None:
    from mediation_app.gui import settings as keys
    from mediation_app.gui.dialogs import recovery
    from mediation_app.services.backup import backup_now, list_backups, newest_good_backup, restore_backup

    from .factories import make_case

    target, folder = tmp_path / "desk.sqlite3", tmp_path / "备份"
    app_settings.set(keys.BACKUP_FOLDER, str(folder))
    ctx = open_context(target)
    make_case(ctx, "张三")
    backup_now(ctx, folder)
    ctx.db.dispose()
    target.write_bytes(b"\x00" * 4096)  # the disk garbled the file
    offered: list[str] = []

    def user_restores_the_newest(_parent, db_path, error, backup_folder):  # type: ignore[no-untyped-def]
        offered.append(error.code)
        found = newest_good_backup(backup_folder)
        assert found is not None
        restore_backup(db_path, found[0].path, set_aside=True)
        return db_path

    monkeypatch.setattr(recovery, "offer_recovery", user_restores_the_newest)
    windows: list[MainWindow] = []
    QTimer.singleShot(0, lambda: _close_when_shown(qtbot, windows))
    code = run_gui(lambda: open_context(target), argv=["mediation-desk"], settings=app_settings, db_path=target)
    assert code == 0 and offered == ["db.not_sqlite"] and captured_boxes == []
    assert windows[0].count_label.text() == "案件 1 件"  # the backup's case, opened after the restore
    assert any("damaged" in p.name for p in tmp_path.iterdir())  # the garbled file is set aside, not deleted
    assert [b.kind.value for b in list_backups(folder)] == ["exit", "manual"]  # and a backup at exit


def test_a_damaged_database_stays_untouched_when_the_user_quits_the_recovery(
    tmp_path: Path, app_settings, captured_boxes, monkeypatch
) -> None:
    from mediation_app.gui.dialogs import recovery

    target = tmp_path / "desk.sqlite3"
    target.write_bytes(b"\x00" * 4096)
    monkeypatch.setattr(recovery, "offer_recovery", lambda *_args: None)  # the user chose to quit
    code = run_gui(lambda: open_context(target), argv=["mediation-desk"], settings=app_settings, db_path=target)
    assert code == EXIT_DATABASE_ERROR and target.read_bytes() == b"\x00" * 4096


def test_a_restore_from_settings_closes_the_database_replaces_it_and_starts_the_program_again(
    qtbot, tmp_path: Path, app_settings, monkeypatch
) -> None:
    from mediation_app.gui import session as session_module
    from mediation_app.gui.tasks import ThreadRunner
    from mediation_app.services.backup import backup_now

    from .factories import make_case

    target = tmp_path / "desk.sqlite3"
    ctx = open_context(target)
    backup = backup_now(ctx, tmp_path / "备份").path
    make_case(ctx, "李四")  # after the backup: gone once it is restored
    assert count_cases(ctx, LedgerFilter()) == 1
    program = session_module.ProgramSession(app_settings, target)
    program.ctx, program.runner = ctx, ThreadRunner()
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    started: list[list[str]] = []
    quits: list[bool] = []
    monkeypatch.setattr(session_module.QProcess, "startDetached", lambda _exe, args: started.append(list(args)))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)

    class App:
        def quit(self) -> None:
            quits.append(True)

    assert program.restore(App(), window, backup) is True  # type: ignore[arg-type]
    assert started and quits == [True]
    restored = open_context(target)
    assert count_cases(restored, LedgerFilter()) == 0  # 李四 came after the backup
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("safety-")]  # the replaced database is kept
    restored.db.dispose()


def test_closing_the_login_quits_without_opening_anything_to_anyone(
    tmp_path: Path, app_settings, captured_boxes, monkeypatch
) -> None:
    from mediation_app.gui.dialogs import login

    monkeypatch.setattr(login, "sign_in", lambda *_args: None)
    code = run_gui(lambda: open_context(tmp_path / "new.sqlite3"), argv=["mediation-desk"], settings=app_settings)
    assert code == 0 and captured_boxes == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_program_signs_in_before_its_views_are_built_and_then_watches_for_idleness(
    qtbot, tmp_path: Path, app_settings, captured_boxes, signed_in_as_system
) -> None:
    from mediation_app.gui.lock import IdleLock

    windows: list[MainWindow] = []
    app = QApplication.instance()
    watching: list[int] = []
    qtbot.waitUntil(lambda: not app.findChildren(IdleLock))  # type: ignore[union-attr]  # none left by others

    def when_shown() -> None:
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible() and w.attached
        ]
        if not found:
            QTimer.singleShot(10, when_shown)
            return
        watching.append(len(app.findChildren(IdleLock)))  # type: ignore[union-attr]
        _close_when_shown(qtbot, windows)

    QTimer.singleShot(0, when_shown)
    code = run_gui(lambda: open_context(tmp_path / "new.sqlite3"), argv=["mediation-desk"], settings=app_settings)
    assert code == 0 and len(signed_in_as_system) == 1 and windows[0].attached
    assert watching[-1] == 1  # one idle lock while the program runs …
    qtbot.waitUntil(lambda: not app.findChildren(IdleLock))  # type: ignore[union-attr]  # … none after it closes
