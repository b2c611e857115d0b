"""设置 → 数据库: this PC's file or a PostgreSQL server; missing fields marked with the typed values kept; 测试连接 off
the GUI thread with Chinese messages; an empty database set up; the choice saved (owner-only, no password shown);
only administrators change it."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import URL

from mediation_app import paths
from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.settings_database import DatabaseBox
from mediation_app.services.context import ServiceContext
from mediation_app.services.database_choice import load_choice
from tests.pg import fresh_database

SHOTS = Path("/tmp/shots/pgdesk")


def _box(qtbot, ctx: ServiceContext | None, runner, in_use: str = "") -> DatabaseBox:  # type: ignore[no-untyped-def]
    box = DatabaseBox(ctx, runner, in_use)
    qtbot.addWidget(box)
    box.resize(760, box.sizeHint().height())
    box.show()
    return box


def _shot(box: DatabaseBox, name: str) -> None:
    box.resize(760, box.sizeHint().height())  # as tall as its notice, as in the settings page's scroll area
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / name))


def _type_server(box: DatabaseBox, host: str, port: int, database: str, user: str, password: str = "") -> None:
    box.server_button.setChecked(True)
    for name, value in (("host", host), ("database", database), ("user", user), ("password", password)):
        box.fields[name].setText(value)
    box.port.setValue(port)


@pytest.fixture
def empty_server() -> Iterator[URL]:
    with fresh_database() as url:
        yield url


def test_this_pcs_file_is_the_default_and_shows_its_path(qtbot, ctx: ServiceContext, runner: SyncRunner) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, ctx, runner, ctx.db.location())
    assert box.local_button.isChecked() and not box.server_form.isEnabled()
    assert box.local_path.text() == str(paths.default_database_path())
    assert box.in_use.text() == f"当前使用：{ctx.db.location()}"
    assert not box.test_button.isEnabled() and box.save_button.isEnabled()
    _shot(box, "database_box_local.png")


def test_missing_fields_are_marked_and_what_was_typed_stays(qtbot, ctx: ServiceContext, runner: SyncRunner) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, ctx, runner)
    _type_server(box, "192.168.1.10", 5432, "", "desk1", "pw")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    assert box.errors["database"].text() == "请填写此项。" and box.errors["database"].isVisible()
    assert box.errors["host"].isHidden()
    assert (box.fields["host"].text(), box.fields["user"].text(), box.fields["password"].text()) == (
        "192.168.1.10",
        "desk1",
        "pw",
    )
    assert "check_connection" not in runner.calls  # nothing was tried with a field missing
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not paths.database_config_file().exists()


def test_a_closed_port_reads_as_a_chinese_message_with_what_to_check(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, runner: SyncRunner
) -> None:
    box = _box(qtbot, ctx, runner)
    _type_server(box, "127.0.0.1", 1, "mediation", "desk1", "Geheim-9")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    text = box.notice.text()
    assert text.startswith("无法连接数据库服务器：") and "127.0.0.1:1" in text and "防火墙" in text
    assert "Geheim-9" not in text and box.notice.property("kind") == "error"
    assert box.test_button.isEnabled()
    _shot(box, "database_box_unreachable.png")


def test_an_empty_server_database_is_set_up_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, empty_server: URL
) -> None:
    runner = ThreadRunner()
    box = _box(qtbot, ctx, runner)
    _type_server(box, empty_server.host or "", empty_server.port or 0, empty_server.database or "", "postgres")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    assert not box.test_button.isEnabled()  # busy while the worker connects
    qtbot.waitUntil(lambda: box.set_up_button.isVisible(), timeout=20_000)
    assert "该数据库是空的" in box.notice.text()
    _shot(box, "database_box_empty.png")
    qtbot.mouseClick(box.set_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "共有 0 件案件" in box.notice.text(), timeout=60_000)
    assert box.set_up_button.isHidden()
    runner.wait_idle()


def test_the_choice_is_saved_for_the_next_start_without_showing_the_password(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, runner: SyncRunner
) -> None:
    box = _box(qtbot, ctx, runner)
    _type_server(box, "db-server", 5433, "mediation", "desk1", "Geheim-9")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    saved = load_choice()
    assert (saved.on_server, saved.host, saved.port, saved.password) == (True, "db-server", 5433, "Geheim-9")
    assert stat.S_IMODE(paths.database_config_file().stat().st_mode) == 0o600
    assert "下次启动时使用" in box.notice.text() and "Geheim-9" not in box.notice.text()
    assert "desk1:***@db-server:5433/mediation" in box.notice.text()
    box.pc_password.setChecked(True)  # PGPASSWORD / .pgpass: the password field is off and nothing is kept
    assert not box.fields["password"].isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert load_choice().password == "" and load_choice().pc_password
    _shot(box, "database_box_saved.png")


@pytest.mark.parametrize("role", [UserRole.MEDIATOR, UserRole.VIEWER])
def test_only_an_administrator_changes_it(qtbot, ctx: ServiceContext, runner: SyncRunner, role: UserRole) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, ServiceContext(ctx.db, ctx.office_id, role=role), runner)
    assert not any(b.isEnabled() for b in (box.server_button, box.local_button, box.save_button, box.test_button))
    assert "只有管理员可以更改数据库。" in [label.text() for label in box.findChildren(type(box.local_path))]


def test_enter_in_the_start_up_dialogs_fields_neither_saves_nor_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from mediation_app.domain.errors import DomainError
    from mediation_app.gui.views.settings_database import ServerUnreachableDialog

    error = DomainError("server.unreachable", url="postgresql+psycopg://desk1@127.0.0.1:1/mediation")
    dialog = ServerUnreachableDialog(error, SyncRunner(), from_settings=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    assert dialog.box.isVisible() and dialog.settings_button.isHidden()
    dialog.box.server_button.setChecked(True)
    qtbot.keyClicks(dialog.box.fields["host"], "db-server")
    qtbot.keyClick(dialog.box.fields["host"], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.choice is None and not paths.database_config_file().exists()
    assert dialog.box.fields["host"].text() == "db-server"
