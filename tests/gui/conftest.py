"""GUI test fixtures: offscreen Qt, a temporary database, the synchronous runner, settings in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mediation_app.app import open_context
from mediation_app.gui.application import build_main_window, configure_application, create_application
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner
from mediation_app.services.context import ServiceContext

from .factories import make_case


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["mediation-desk-tests"]


@pytest.fixture(scope="session", autouse=True)
def chinese_application(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """The test QApplication set up like the real one (style, bundled fonts, zh_CN translators).

    Any QSettings made for the user scope lands in a temporary folder, never in the real settings.
    """
    user_config = tmp_path_factory.mktemp("user-config")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(user_config))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(user_config))
    create_application([])
    configure_application(qapp, "zh_CN")
    return qapp


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Windows a test opened and left open (previews, case windows) are closed and deleted after it: one test's
    windows never change another's, and the start-up test's event loop ends when its main window closes."""
    before = set(qapp.topLevelWidgets())
    yield
    for widget in qapp.topLevelWidgets():
        if widget not in before and widget.isVisible():
            widget.close()
            widget.deleteLater()


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    context = open_context(tmp_path / "t.sqlite3")
    yield context
    context.db.dispose()


@pytest.fixture
def runner() -> SyncRunner:
    return SyncRunner()


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(tmp_path / "settings" / "mediation-desk.ini")


@pytest.fixture
def window(qtbot, ctx: ServiceContext, runner: SyncRunner, app_settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    main = build_main_window(ctx, runner, app_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def new_case(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    """``new_case("王五", accept=True)`` registers a case in the test database."""
    return lambda *args, **kwargs: make_case(ctx, *args, **kwargs)
