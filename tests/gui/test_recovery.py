"""The damaged-database dialog at start: the newest good backup offered, restore, another file, quit."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mediation_app.app import open_context
from mediation_app.gui.dialogs.recovery import RecoveryDialog, offer_recovery
from mediation_app.services.backup import backup_now
from mediation_app.services.context import ServiceContext
from mediation_app.storage.errors import StorageError

from .factories import make_case

SHOTS = Path("/tmp/shots/backup")
NOW = datetime(2026, 11, 20, 18, 5)
GARBAGE = b"\x00\x13 torn page " * 400


def _backups(ctx: ServiceContext, folder: Path) -> Path:
    """An older good backup, a newer good one (two cases), and a newest damaged one; returns the newer good."""
    make_case(ctx, "张三")
    backup_now(ctx, folder, now=NOW - timedelta(days=3))
    make_case(ctx, "李四")
    good = backup_now(ctx, folder, now=NOW)
    damaged = backup_now(ctx, folder, now=NOW + timedelta(hours=2))
    with damaged.path.open("r+b") as handle:
        handle.seek(200)
        handle.write(os.urandom(8192))
    return good.path


def _damaged_database(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "mediation.sqlite3"
    path.parent.mkdir()
    path.write_bytes(GARBAGE)
    return path


def _dialog(qtbot, db: Path, folder: Path | None) -> RecoveryDialog:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(db, StorageError("db.not_sqlite", path=str(db)), folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_newest_good_backup_is_offered_and_restored(qtbot, ctx: ServiceContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    good = _backups(ctx, folder)
    db = _damaged_database(tmp_path)
    dialog = _dialog(qtbot, db, folder)
    assert dialog.newest is not None and dialog.newest.path == good  # the damaged newer copy is passed over
    assert "2026-11-20 18:05" in dialog.offer.text() and "2 件" in dialog.offer.text()
    assert "不是本程序的数据库" in dialog.explanation.text() and str(db) in dialog.explanation.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "recovery_dialog.png"))
    qtbot.mouseClick(dialog.restore_newest_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted and dialog.restored == db
    [aside] = list(db.parent.glob("mediation-damaged-*.sqlite3"))
    assert aside.read_bytes() == GARBAGE  # the damaged file is kept, renamed
    reopened = open_context(db)
    try:
        from mediation_app.services.backup import verify_backup_file

        assert verify_backup_file(db).cases == 2
    finally:
        reopened.db.dispose()


def test_quit_changes_nothing(qtbot, ctx: ServiceContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    _backups(ctx, folder)
    db = _damaged_database(tmp_path)
    dialog = _dialog(qtbot, db, folder)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is None and dialog.result() == RecoveryDialog.DialogCode.Rejected
    assert db.read_bytes() == GARBAGE and sorted(p.name for p in db.parent.iterdir()) == ["mediation.sqlite3"]


def test_without_backups_another_file_is_chosen_and_confirmed(qtbot, ctx: ServiceContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    elsewhere = backup_now(ctx, tmp_path / "usb", now=NOW).path
    db = _damaged_database(tmp_path)
    dialog = _dialog(qtbot, db, tmp_path / "empty")
    assert not dialog.restore_newest_button.isEnabled() and "没有找到" in dialog.offer.text()
    dialog._choose_file = lambda: elsewhere
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    confirm = dialog.confirm
    assert confirm is not None and confirm.restore_button.isEnabled()
    qtbot.mouseClick(confirm.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored == db and db.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_bad_file_chosen_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = _damaged_database(tmp_path)
    other = tmp_path / "other.sqlite3"
    other.write_bytes(GARBAGE)
    dialog = _dialog(qtbot, db, None)
    dialog._choose_file = lambda: other
    dialog.choose_other()
    assert dialog.confirm is not None and not dialog.confirm.restore_button.isEnabled()
    dialog.confirm.reject()
    assert dialog.isVisible() and db.read_bytes() == GARBAGE and dialog.restored is None


def test_offer_recovery_returns_none_on_quit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = _damaged_database(tmp_path)

    def press_quit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.quit_button.click()

    QTimer.singleShot(0, press_quit)
    assert offer_recovery(None, db, StorageError("db.damaged", path=str(db)), tmp_path / "none") is None
    assert db.read_bytes() == GARBAGE
