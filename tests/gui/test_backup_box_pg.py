"""设置 → 备份与恢复 on a PostgreSQL server: pg_dump's dumps listed and made off the GUI thread, no restore from a desk,
and without pg_dump the note that the server's own backups apply, until a pg_dump program is chosen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mediation_app.app import open_context
from mediation_app.gui import settings as keys
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.settings_backup import BackupBox
from mediation_app.services.context import ServiceContext
from mediation_app.services.database_choice import load_choice
from tests.pg import fresh_database

from .factories import make_case

SHOTS = Path("/tmp/shots/pgdesk")
PG_DUMP = Path(shutil.which("pg_dump") or "/usr/bin/pg_dump")


@pytest.fixture
def pg_ctx() -> Iterator[ServiceContext]:
    with fresh_database() as url:
        ctx = open_context(url.render_as_string(hide_password=False))
        make_case(ctx, "张三")
        yield ctx
        ctx.db.dispose()


def _box(qtbot, ctx: ServiceContext, runner, settings: AppSettings, folder: Path) -> BackupBox:  # type: ignore[no-untyped-def]
    settings.set(keys.BACKUP_FOLDER, str(folder))
    box = BackupBox(ctx, runner, settings)
    qtbot.addWidget(box)
    box.show()
    return box


def _shot(box: BackupBox, name: str) -> None:
    box.resize(760, box.sizeHint().height())
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / name))


def test_a_dump_is_made_off_the_gui_thread_and_restore_is_the_servers(  # type: ignore[no-untyped-def]
    qtbot, pg_ctx: ServiceContext, app_settings, tmp_path: Path
) -> None:
    runner = ThreadRunner()
    box = _box(qtbot, pg_ctx, runner, app_settings, tmp_path / "备份")
    qtbot.waitUntil(lambda: box.method is not None, timeout=10_000)
    assert "pg_dump" in box.server_note.text() and "pg_restore" in box.server_note.text()
    assert not box.restore_button.isEnabled() and "pg_restore" in box.restore_button.toolTip()
    assert box.backup_button.isEnabled() and box.empty.isVisible()
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=60_000)
    runner.wait_idle()
    assert box.notice.text().startswith("已备份到") and ".dump" in box.notice.text()
    assert box.table.item(0, 1).text() == "手动" and not box.restore_button.isEnabled()
    _shot(box, "backup_box_pg_dump.png")


def test_without_pg_dump_the_servers_backups_apply_until_one_is_chosen(  # type: ignore[no-untyped-def]
    qtbot, pg_ctx: ServiceContext, app_settings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-client"))
    box = _box(qtbot, pg_ctx, SyncRunner(), app_settings, tmp_path / "备份")
    assert "由数据库服务器的备份负责" in box.server_note.text() and box.server_note.isVisible()
    assert not box.backup_button.isEnabled() and not box.restore_button.isEnabled()
    assert box.pg_dump_button.isEnabled() and box.pg_dump_button.text() == "选择 pg_dump……"
    _shot(box, "backup_box_pg_server_side.png")
    box.choose_program = lambda: tmp_path / "notes.txt"
    (tmp_path / "notes.txt").write_text("not a program")
    box.change_pg_dump()
    assert box.notice.property("kind") == "error" and "不是 pg_dump 程序" in box.notice.text()
    box.choose_program = lambda: PG_DUMP
    box.change_pg_dump()
    assert load_choice().pg_dump == str(PG_DUMP)
    assert box.backup_button.isEnabled() and str(PG_DUMP) in box.server_note.text()
