"""Starting the GUI: QApplication, fonts, translators, the database (with a clear message if it cannot open),
the excepthook, then the main window. ``build_main_window`` is the part tests use without ``exec()``."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mediation_app.domain.errors import DomainError
from mediation_app.gui import i18n
from mediation_app.gui import settings as keys
from mediation_app.gui.fonts import setup_application_fonts
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.session import (
    EXIT_AFTER_SHOW_ENV,
    EXIT_DATABASE_ERROR,
    ProgramSession,
    print_and_quit,
)
from mediation_app.gui.settings import APPLICATION, ORGANISATION, AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.theme import apply_theme

if TYPE_CHECKING:
    from mediation_app.services.context import ServiceContext

# lupdate finds calls spelled translate("Context", "text").
translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (reused if one exists), named so QSettings has a stable place."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setWindowIcon(resource_icon("app"))
    return app


def configure_application(app: QApplication, language: str) -> None:
    """Style, bundled fonts and translators: everything that must be in place before any widget."""
    apply_theme(app)
    setup_application_fonts(app)
    i18n.install_translators(app, language)


def show_unexpected_error(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A message box in the UI language with the traceback under "details" (copyable for a bug report)."""
    text = translate(
        "Application",
        "Something went wrong that the program did not expect. Your saved data are "
        "safe; the last action may not have been completed.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Application", "Unexpected error"), text)
    summary = f"{exc_type.__name__}: {error}"
    box.setInformativeText(translate("Application", "Details: %1").replace("%1", summary))
    box.setDetailedText("".join(traceback.format_exception(exc_type, error, tb)))
    box.exec()


_showing_error = False


def excepthook(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log every unexpected exception and show it; never a silent failure or a bare traceback."""
    global _showing_error
    log.error("unexpected error", exc_info=(exc_type, error, tb))
    if isinstance(error, KeyboardInterrupt) or QApplication.instance() is None or _showing_error:
        sys.__excepthook__(exc_type, error, tb)
        return
    _showing_error = True  # an error raised while the box is open (e.g. in a paint event) is only logged
    try:
        if isinstance(error, DomainError):
            from mediation_app.gui.errors import error_message

            title = translate("Application", "The operation could not be completed")
            QMessageBox.warning(None, title, error_message(error))
        else:
            show_unexpected_error(exc_type, error, tb)
    finally:
        _showing_error = False


def build_main_window(ctx: ServiceContext, runner: Runner, settings: AppSettings) -> MainWindow:
    window = MainWindow(settings)
    window.attach(ctx, runner)
    return window


__all__ = ["EXIT_AFTER_SHOW_ENV", "EXIT_DATABASE_ERROR", "build_main_window", "excepthook", "run_gui"]


def run_gui(
    open_ctx: Callable[[], ServiceContext],
    *,
    argv: list[str],
    settings: AppSettings | None = None,
    db_path: Path | None = None,
    db_from_settings: bool = True,
) -> int:
    """Show the window at once, then open the database; returns the exit code (2 when it cannot be opened).
    ``db_path``: the SQLite file, for backups and for recovering it from one. ``db_from_settings``: False when
    --db named the database (a server that cannot be reached is then not offered the database settings)."""
    app = create_application(argv)
    settings = settings or AppSettings.for_user()
    configure_application(app, settings.get(keys.LANGUAGE))
    sys.excepthook = excepthook
    window = MainWindow(settings)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV):
        QTimer.singleShot(0, lambda: print_and_quit(None, "MEDIATION_DESK_SHOWN"))
    session = ProgramSession(settings, db_path, db_from_settings=db_from_settings)
    QTimer.singleShot(0, lambda: session.open(app, window, open_ctx))
    code = app.exec()
    session.close()
    return int(code)
