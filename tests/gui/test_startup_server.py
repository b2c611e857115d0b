"""Start-up on a PostgreSQL server: a server that cannot be reached gets a Chinese message with what to check and a way
to the database settings or this PC's database (never the recovery dialog, never a traceback); on a reachable
server the program signs in and runs as on a file, with one pg_dump a day instead of the file's backups."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from mediation_app.app import open_context
from mediation_app.gui import session as session_module
from mediation_app.gui import settings as keys
from mediation_app.gui.application import EXIT_DATABASE_ERROR, run_gui
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views import settings_database
from mediation_app.gui.views.settings_database import ServerUnreachableDialog
from mediation_app.services.database_choice import SERVER, DatabaseChoice, load_choice, save_choice
from tests.pg import fresh_database

from . import test_startup
from .test_startup import _close_when_shown

# test_startup's fixtures, under their own names here (imported fixtures would shadow the test parameters)
captured_boxes = pytest.fixture(test_startup.captured_boxes.__wrapped__)  # type: ignore[attr-defined]
signed_in_as_system = pytest.fixture(autouse=True)(test_startup.signed_in_as_system.__wrapped__)  # type: ignore[attr-defined]

CLOSED = "postgresql+psycopg://desk1:Geheim-9@127.0.0.1:1/mediation"
SHOTS = Path("/tmp/shots/pgdesk")


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    started: list[bool] = []
    monkeypatch.setattr(session_module, "restart_program", lambda: started.append(True))
    return started


class Answered(list[ServerUnreachableDialog]):
    """The dialogs shown; ``answer`` is what the user does (this PC's database unless a test says otherwise)."""

    answer: Callable[[ServerUnreachableDialog], None] = staticmethod(ServerUnreachableDialog.use_local)


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answered]:
    """The server dialog is shown (and photographed), then answered by ``answered.answer``."""
    shown = Answered()
    failures: list[BaseException] = []

    def exec_dialog(dialog: ServerUnreachableDialog) -> int:
        shown.append(dialog)
        dialog.show()
        dialog.adjustSize()
        SHOTS.mkdir(parents=True, exist_ok=True)
        kind = "settings" if not dialog.local_button.isHidden() else "command_line"
        dialog.grab().save(str(SHOTS / f"server_unreachable_{kind}.png"))
        try:
            shown.answer(dialog)
        except BaseException as failure:  # inside Qt's call: kept for the test, the program quits
            failures.append(failure)
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ServerUnreachableDialog, "exec", exec_dialog)
    monkeypatch.setattr(session_module, "ThreadRunner", SyncRunner)  # the dialog's test and save answer at once
    yield shown
    assert failures == []


def test_an_unreachable_server_offers_this_pcs_database_and_starts_again(  # type: ignore[no-untyped-def]
    app_settings, captured_boxes, answered, restarts
) -> None:
    save_choice(None, DatabaseChoice(SERVER, "127.0.0.1", 1, "mediation", "desk1", "Geheim-9"))
    code = run_gui(lambda: open_context(CLOSED), argv=["mediation-desk"], settings=app_settings)
    [dialog] = answered
    text = dialog.findChildren(type(dialog.box.local_path))[0].text()
    assert text.startswith("无法连接数据库服务器：") and "服务器地址和端口" in text and "Geheim-9" not in text
    assert dialog.windowTitle() == "无法连接数据库服务器"
    assert [b.text() for b in (dialog.local_button, dialog.settings_button, dialog.quit_button)] == [
        "改用本机数据库",
        "数据库设置……",
        "退出",
    ]
    assert code == 0 and restarts == [True] and captured_boxes == []  # no traceback, no other box
    assert not load_choice().on_server  # the next start opens this PC's file


def test_the_settings_in_the_dialog_change_the_server(app_settings, captured_boxes, answered, restarts) -> None:  # type: ignore[no-untyped-def]
    save_choice(None, DatabaseChoice(SERVER, "127.0.0.1", 1, "mediation", "desk1"))

    def correct_the_port(dialog: ServerUnreachableDialog) -> None:
        dialog.settings_button.click()
        assert dialog.box.isVisible() and dialog.box.fields["host"].text() == "127.0.0.1"
        dialog.box.port.setValue(55432)
        dialog.adjustSize()
        dialog.grab().save(str(SHOTS / "server_unreachable_settings_open.png"))
        dialog.box.save()

    answered.answer = correct_the_port
    code = run_gui(lambda: open_context(CLOSED), argv=["mediation-desk"], settings=app_settings)
    assert code == 0 and restarts == [True] and load_choice().port == 55432


def test_with_db_on_the_command_line_only_quit_is_offered(app_settings, captured_boxes, answered, restarts) -> None:  # type: ignore[no-untyped-def]
    answered.answer = lambda dialog: dialog.reject()
    code = run_gui(lambda: open_context(CLOSED), argv=["mediation-desk"], settings=app_settings, db_from_settings=False)
    [dialog] = answered
    assert dialog.local_button.isHidden() and dialog.settings_button.isHidden() and not dialog.quit_button.isHidden()
    assert code == EXIT_DATABASE_ERROR and restarts == [] and captured_boxes == []


def test_on_a_server_the_program_runs_signed_in_and_dumps_once_a_day(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, app_settings, captured_boxes, signed_in_as_system, monkeypatch
) -> None:
    from mediation_app.gui.dialogs import recovery

    monkeypatch.setattr(recovery, "offer_recovery", lambda *_a: pytest.fail("no recovery dialog for a server"))
    folder = tmp_path / "备份"
    app_settings.set(keys.BACKUP_FOLDER, str(folder))
    sessions: list[session_module.ProgramSession] = []
    real_open = session_module.ProgramSession.open

    def open_and_keep(self, app, window, opener):  # type: ignore[no-untyped-def]
        sessions.append(self)
        real_open(self, app, window, opener)

    monkeypatch.setattr(session_module.ProgramSession, "open", open_and_keep)
    windows: list[MainWindow] = []
    with fresh_database() as url:
        target = url.render_as_string(hide_password=False)
        QTimer.singleShot(0, lambda: _close_when_shown(qtbot, windows))
        code = run_gui(lambda: open_context(target), argv=["mediation-desk"], settings=app_settings)
        [program] = sessions
        assert code == 0 and captured_boxes == [] and len(signed_in_as_system) == 1
        assert windows[0].count_label.text() == "案件 0 件"
        assert program.server_dumps and program.backups_on and program.db_path is None
        assert not folder.exists() or not list(folder.iterdir())  # no dump at exit: one a day
        program.ctx = open_context(target)
        program.runner = ThreadRunner()
        program._backup_soon("start")  # ten seconds after start: the day's dump, if none was taken today
        program.runner.wait_idle()
        [dump] = folder.iterdir()
        assert dump.name.endswith("-daily.dump")
        program._backup_soon("daily")  # the hourly check: already done today
        program.runner.wait_idle()
        assert list(folder.iterdir()) == [dump]
        program.ctx.db.dispose()


def test_the_settings_page_shows_the_database_box(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.findChild(settings_database.DatabaseBox)
    assert view is not None and view.title() == "数据库"
