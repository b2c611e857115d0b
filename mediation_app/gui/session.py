"""The program's database session: opened after the window shows (recovering a damaged file from a backup if the
user says so), signed in to (first start or login, then the idle lock), backed up at start, daily and at exit,
restored from 设置, and closed with nothing left unwritten."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app import paths
from mediation_app.domain.errors import DomainError
from mediation_app.gui import settings as keys
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import ThreadRunner

if TYPE_CHECKING:
    from mediation_app.gui.lock import IdleLock
    from mediation_app.services.context import ServiceContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXIT_DATABASE_ERROR = 2
# The start-up benchmark sets this: print markers when the window is shown and when it holds data, then quit.
EXIT_AFTER_SHOW_ENV = "MEDIATION_DESK_EXIT_AFTER_SHOW"
START_BACKUP_DELAY_MS = 10_000  # the start backup waits until the first screens have their data
DAILY_CHECK_MS = 60 * 60 * 1000  # a daily backup is taken by the first hourly check of a new day


def backup_folder(settings: AppSettings) -> Path:
    chosen = settings.get(keys.BACKUP_FOLDER)
    return Path(chosen) if chosen else paths.default_backup_dir()


def show_database_error(error: DomainError) -> None:
    """Why the database cannot be opened and what to do; the file itself is left exactly as it was."""
    from mediation_app.gui.errors import error_message

    title = translate("Application", "The database cannot be opened")
    QMessageBox.critical(None, title, error_message(error))


# A database server that cannot be reached or refuses this desk: the start-up dialog says what to check and
# offers the database settings or this PC's database (never the recovery dialog, which is for a damaged file).
SERVER_PROBLEMS = frozenset(
    {"server.unreachable", "server.password", "server.no_database", "server.not_allowed", "server.not_ours"}
)


def open_database(
    open_ctx: Callable[[], ServiceContext],
    recover: Callable[[DomainError], bool] | None = None,
    server_problem: Callable[[DomainError], None] | None = None,
) -> ServiceContext | None:
    """Call the opener. A damaged database with a good backup goes to ``recover`` (the recovery dialog: True when
    a backup was restored, then the opener is called again); a server problem to ``server_problem``; any other
    refusal is explained in a message box. None: the program cannot go on."""
    try:
        return open_ctx()
    except DomainError as error:
        log.error("database refused: %s", error)  # codes and params only: a server's URL without its password
        if recover is not None and _recoverable(error):
            return open_database(open_ctx) if recover(error) else None
        if server_problem is not None and error.code in SERVER_PROBLEMS:
            server_problem(error)
            return None
        show_database_error(error)
        return None


def _recoverable(error: DomainError) -> bool:
    from mediation_app.gui.dialogs.recovery import RECOVERABLE_CODES

    return error.code in RECOVERABLE_CODES


class ProgramSession:
    """What run_gui opens after the window is shown, and closes after the event loop ends."""

    def __init__(self, settings: AppSettings, db_path: Path | None = None, *, db_from_settings: bool = True) -> None:
        self.settings, self.db_path = settings, db_path  # db_path: a SQLite file (backups and recovery)
        self.db_from_settings = db_from_settings  # False: --db named the database (the settings cannot change it)
        self.server_dumps = False  # a PostgreSQL server and pg_dump on this PC: one dump a day
        self.restart_program: Callable[[], None] = restart_program
        self.ctx: ServiceContext | None = None
        self.runner: ThreadRunner | None = None
        self.idle_lock: IdleLock | None = None
        self.daily = QTimer(interval=DAILY_CHECK_MS)
        self.daily.timeout.connect(lambda: self._backup_soon("daily"))

    @property
    def backups_on(self) -> bool:
        on = self.db_path is not None or self.server_dumps
        return on and not os.environ.get(EXIT_AFTER_SHOW_ENV)

    def open(self, app: QApplication, window: MainWindow, open_ctx: Callable[[], ServiceContext]) -> None:
        recover = self._recover if self.db_path is not None else None
        chosen: list[bool] = []
        self.ctx = open_database(open_ctx, recover, lambda error: chosen.append(self._server_problem(window, error)))
        if self.ctx is None:
            window.hide()
            if chosen and chosen[0]:  # another database was chosen: the program starts again on it
                self.restart_program()
            app.exit(0 if chosen and chosen[0] else EXIT_DATABASE_ERROR)
            return
        self.server_dumps = self.db_path is None and _dumps_here(self.ctx)
        self.runner = ThreadRunner()
        if not os.environ.get(EXIT_AFTER_SHOW_ENV) and not self._sign_in(window):
            window.hide()
            app.exit(0)  # the user closed the login: nothing was opened to anyone
            return
        window.attach(self.ctx, self.runner)
        window.restore_requested.connect(lambda backup: self.restore(app, window, backup))
        if os.environ.get(EXIT_AFTER_SHOW_ENV):
            self.runner.wait_idle()
            QTimer.singleShot(0, lambda: print_and_quit(app, "MEDIATION_DESK_READY"))
        if self.backups_on:
            QTimer.singleShot(START_BACKUP_DELAY_MS, lambda: self._backup_soon("start"))
            self.daily.start()

    def _sign_in(self, window: MainWindow) -> bool:
        """First start (office and administrator) or the login; then the idle lock watches every window."""
        from mediation_app.gui.dialogs import login
        from mediation_app.services.accounts import verify_password

        assert self.ctx is not None
        signed = login.sign_in(window, self.ctx, self.settings, self.runner)
        if signed is None:
            return False
        self.ctx = signed
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        user = self.settings.get(keys.LAST_USERNAME)
        from mediation_app.gui.lock import IdleLock

        self.idle_lock = IdleLock(app, self.settings, lambda password: verify_password(signed, password), user)
        return True

    def _server_problem(self, window: MainWindow, error: DomainError) -> bool:
        """The server dialog; True when another database was chosen (saved for the next start)."""
        from mediation_app.gui.views.settings_database import ServerUnreachableDialog

        dialog = ServerUnreachableDialog(error, ThreadRunner(), from_settings=self.db_from_settings, parent=window)
        self.server_dialog = dialog  # tests answer it
        return bool(dialog.exec()) and dialog.choice is not None

    def _recover(self, error: DomainError) -> bool:
        from mediation_app.gui.dialogs.recovery import offer_recovery

        assert self.db_path is not None
        return offer_recovery(None, self.db_path, error, backup_folder(self.settings)) is not None

    def _backup_soon(self, kind: str) -> None:
        """A start or daily backup off the GUI thread; it reads its own snapshot, so saves go on meanwhile."""
        from mediation_app.services.backup import automatic_backup

        if self.ctx is None or self.runner is None:
            return
        folder = backup_folder(self.settings)
        if self.server_dumps and kind == "start":
            kind = "daily"  # a shared server: the day's one dump, taken by the first desk to start that day
        self.runner.run(automatic_backup, self.ctx, kind, folder, on_error=_backup_failed)

    def restore(self, app: QApplication, window: MainWindow, backup: Path) -> bool:
        """设置 → 从备份恢复: with every save written and the database closed, replace it; then the program starts
        again on the restored database (its windows were built on the old one)."""
        from mediation_app.gui.views.settings_backup import restore_database

        if self.ctx is None or self.runner is None or self.db_path is None:
            return False
        self.runner.wait_idle()
        self.ctx.db.dispose()
        if not restore_database(window, self.db_path, backup):
            return False  # nothing replaced: the engine reconnects on the next read
        self.daily.stop()
        self.restart_program()
        app.quit()
        return True

    def close(self) -> None:
        self.daily.stop()
        if self.idle_lock is not None:
            self.idle_lock.uninstall()
            self.idle_lock = None
        if self.runner is not None:
            self.runner.wait_idle()  # every queued change is written before the database closes
        if self.ctx is not None:
            if self.backups_on:
                self._exit_backup()
            self.ctx.db.dispose()

    def _exit_backup(self) -> None:
        from mediation_app.services.backup import automatic_backup

        assert self.ctx is not None
        try:
            automatic_backup(self.ctx, "exit", backup_folder(self.settings))
        except DomainError as error:  # the program is closing: the log says why; the last good backups remain
            log.error("exit backup failed: %s", error)


def restart_program() -> None:
    """Start the program again with the same arguments (after a restore, or another database was chosen)."""
    QProcess.startDetached(sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:])


def _dumps_here(ctx: ServiceContext) -> bool:
    from mediation_app.services.backup import backup_method

    return backup_method(ctx).kind == "pg_dump"


def _backup_failed(error: BaseException) -> None:
    log.error("automatic backup failed: %s", error)


def print_and_quit(app: QApplication | None, marker: str) -> None:
    print(marker, flush=True)
    if app is not None:
        app.quit()
