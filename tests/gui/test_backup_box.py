"""设置 → 备份与恢复: the list of backups, 立即备份 on the writer thread, the folder, and the restore confirmation."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui import settings as keys
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.settings_backup import BackupBox, restore_database
from mediation_app.services.backup import automatic_backup, backup_now, verify_backup_file
from mediation_app.services.context import ServiceContext

from .factories import make_case

SHOTS = Path("/tmp/shots/backup")
NOW = datetime(2026, 11, 21, 9, 30)


def _box(qtbot, ctx: ServiceContext, runner, settings: AppSettings, folder: Path) -> BackupBox:  # type: ignore[no-untyped-def]
    settings.set(keys.BACKUP_FOLDER, str(folder))
    box = BackupBox(ctx, runner, settings)
    qtbot.addWidget(box)
    box.resize(720, box.sizeHint().height())
    box.show()
    return box


def _cells(box: BackupBox) -> list[list[str]]:
    table = box.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_last_backups_are_listed_newest_first(qtbot, ctx, runner, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_case(ctx, "张三")
    folder = tmp_path / "备份"
    automatic_backup(ctx, "start", folder, NOW - timedelta(days=2))
    automatic_backup(ctx, "exit", folder, NOW - timedelta(days=1, hours=-9))
    backup_now(ctx, folder, now=NOW)
    box = _box(qtbot, ctx, runner, app_settings, folder)
    rows = _cells(box)
    assert [row[:2] for row in rows] == [
        ["2026-11-21 09:30", "手动"],
        ["2026-11-20 18:30", "退出时"],
        ["2026-11-19 09:30", "启动时"],
    ]
    assert all(row[2].endswith("KB") for row in rows)
    assert box.folder_edit.text() == str(folder) and box.empty.isHidden()
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / "backup_box.png"))


def test_back_up_now_on_the_writer_thread(qtbot, ctx, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    box = _box(qtbot, ctx, runner, app_settings, tmp_path / "usb")
    qtbot.waitUntil(lambda: not box.empty.isHidden())
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    assert not box.backup_button.isEnabled() and not box.progress.isHidden()
    qtbot.waitUntil(lambda: box.table.rowCount() == 1 and box.notice.isVisible(), timeout=20_000)
    assert box.notice.text().startswith("已备份到") and str(tmp_path / "usb") in box.notice.text()
    assert box.progress.isHidden() and box.backup_button.isEnabled()
    assert _cells(box)[0][1] == "手动"
    assert runner.wait_idle()


def test_an_unusable_folder_is_explained_not_a_traceback(qtbot, ctx, runner, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the folder should be")
    box = _box(qtbot, ctx, runner, app_settings, blocker / "backups")
    box.back_up()
    assert box.notice.property("kind") == "error"
    assert "备份文件夹不可用" in box.notice.text() and str(blocker / "backups") in box.notice.text()
    assert box.backup_button.isEnabled() and box.progress.isHidden()


def test_choosing_a_folder_is_remembered(qtbot, ctx, runner, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, ctx, runner, app_settings, tmp_path / "first")
    other = tmp_path / "second"
    backup_now(ctx, other, now=NOW)
    box.choose_folder = lambda: other
    qtbot.mouseClick(box.folder_button, Qt.MouseButton.LeftButton)
    assert app_settings.get(keys.BACKUP_FOLDER) == str(other)
    assert box.folder_edit.text() == str(other) and box.table.rowCount() == 1


def test_restore_shows_the_check_and_asks_first(qtbot, ctx, runner, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("甲", "乙"):
        make_case(ctx, name)
    info = backup_now(ctx, tmp_path, now=NOW)
    box = _box(qtbot, ctx, runner, app_settings, tmp_path)
    box.choose_file = lambda: info.path
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    confirm = box.confirm
    assert confirm is not None and confirm.isVisible()
    assert confirm.restore_button.isEnabled() and not confirm.restore_button.isDefault()
    assert confirm.cancel_button.isDefault()
    assert "完好" in confirm.verdict.text()
    confirm.grab().save(str(SHOTS / "restore_confirm.png"))
    with qtbot.waitSignal(box.restore_requested) as requested:
        qtbot.mouseClick(confirm.restore_button, Qt.MouseButton.LeftButton)
    assert requested.args == [info.path]


def test_a_bad_file_cannot_be_restored(qtbot, ctx, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\x89PNG not a database" * 20)
    box = _box(qtbot, ctx, SyncRunner(), app_settings, tmp_path)
    with qtbot.assertNotEmitted(box.restore_requested):
        box.restore_from(bad)
        confirm = box.confirm
        assert confirm is not None and not confirm.restore_button.isEnabled()
        assert "不是本程序的备份" in confirm.verdict.text()
        confirm.grab().save(str(SHOTS / "restore_refused.png"))
        qtbot.keyClick(confirm, Qt.Key.Key_Return)  # Enter cancels; it never restores
    assert not confirm.isVisible()


def test_a_mediator_sees_the_backups_but_cannot_make_or_restore_them(
    qtbot, ctx, runner, app_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup_now(ctx, tmp_path, now=NOW)
    mediator = ServiceContext(ctx.db, ctx.office_id, role=UserRole.MEDIATOR)
    box = _box(qtbot, mediator, runner, app_settings, tmp_path)
    assert box.table.rowCount() == 1
    assert not box.backup_button.isEnabled() and not box.restore_button.isEnabled()
    assert "管理员" in box.backup_button.toolTip()


def _close_message_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.close()


def test_restore_database_replaces_the_file_and_names_the_safety_copy(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite3"
    ctx = open_context(db)
    make_case(ctx, "甲")
    info = backup_now(ctx, tmp_path / "backups", now=NOW)
    make_case(ctx, "乙")
    ctx.db.dispose()  # what the owner of restore_requested does first
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_message_box(seen))
    assert restore_database(None, db, info.path)
    [safety] = list(tmp_path.glob("safety-*.sqlite3"))
    assert "已从备份" in seen[0] and str(safety) in seen[0]
    assert verify_backup_file(db).cases == 1 and verify_backup_file(safety).cases == 2


def test_restore_database_refuses_a_bad_file_and_keeps_the_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite3"
    open_context(db).db.dispose()
    before = db.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nothing useful" * 100)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_message_box(seen))
    assert not restore_database(None, db, bad)
    assert "不是本程序的备份" in seen[0] and db.read_bytes() == before
