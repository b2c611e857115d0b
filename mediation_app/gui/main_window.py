"""The main window: navigation on the left, one view at a time on the right, the database in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mediation_app import __version__
from mediation_app.gui import settings as keys
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner

if TYPE_CHECKING:
    from mediation_app.gui.views.case_window import CaseWindows
    from mediation_app.gui.views.intake_view import IntakeView
    from mediation_app.services.context import ServiceContext
    from mediation_app.services.office import OfficeInfo

# The views (and through them the services and SQLAlchemy) are imported in ``attach``: the window is shown
# first and filled as soon as the database is open, so start-up does not wait for those imports.
# Ctrl+1… follow this order, so each shortcut is the view's place in the navigation.
VIEW_NAMES = ("dashboard", "intake", "ledger", "referrals", "meetings", "statistics", "settings")

DEFAULT_SIZE = QSize(1280, 800)


@dataclass(frozen=True)
class NavEntry:
    name: str  # stable: stored as the last view, names the icon file
    view: QWidget


class MainWindow(QMainWindow):
    """Built before the database is open (navigation, menus, geometry); ``attach`` adds the views."""

    restore_requested = Signal(object)  # a verified backup's Path, confirmed in 设置: the program's session restores it

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._ctx: ServiceContext | None = None
        self._runner: Runner | None = None
        self.entries: tuple[NavEntry, ...] = ()
        self.office: OfficeInfo | None = None
        self.case_count: int | None = None
        self._fresh: set[str] = set()  # views showing current data; cleared when data changes
        self.today: Callable[[], date] = date.today  # tests set a fixed day (overdue feedback, clocks)
        # Built when first needed: the intake form and the case windows import the printing and the case services
        # (about half a second), which the 工作台 shown at start-up does not need.
        self._intake: IntakeView | None = None
        self._intake_slot = QWidget()
        self._case_windows: CaseWindows | None = None
        self.setWindowIcon(resource_icon("app"))
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._update_title()
        self._restore_window()

    @property
    def attached(self) -> bool:
        return self._ctx is not None

    def attach(self, ctx: ServiceContext, runner: Runner) -> None:
        """The database is open: build the views, show the remembered one and load the status bar."""
        self._ctx, self._runner = ctx, runner
        self._finish_shell()
        self._build_views()
        self.stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        for entry in self.entries:
            self.stack.addWidget(entry.view)
        from mediation_app.services.setup import database_location

        self.database_label.setText(self.tr("Database: %1").replace("%1", database_location(ctx)))
        chosen = self.navigation.currentRow()  # a view picked while the database was opening wins
        last = VIEW_NAMES[chosen] if chosen >= 0 else self._settings.get(keys.LAST_VIEW)
        self.show_view(last if last in VIEW_NAMES else "dashboard")
        self.import_action.setEnabled(True)
        self.refresh_status()

    # -- construction ---------------------------------------------------------------------------------------
    def _finish_shell(self) -> None:
        # PySide6 takes ~18 ms to create its Qt namespace on first use; the shell shown at start-up avoids it.
        from PySide6.QtCore import Qt

        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, name in enumerate(VIEW_NAMES):
            self.navigation.item(row).setData(Qt.ItemDataRole.UserRole, name)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for action, sequence in self._shortcuts:
            action.setShortcut(sequence)

    def _build_views(self) -> None:
        from mediation_app.gui.views.dashboard_view import DashboardView
        from mediation_app.gui.views.ledger_view import LedgerView
        from mediation_app.gui.views.meetings_view import MeetingsView
        from mediation_app.gui.views.referrals_view import ReferralsView
        from mediation_app.gui.views.settings_view import SettingsView
        from mediation_app.gui.views.statistics_view import StatisticsView

        ctx, runner, settings = self._ctx, self._runner, self._settings
        assert ctx is not None and runner is not None
        self.dashboard = DashboardView(ctx, runner, self.current_day)
        self.ledger = LedgerView(ctx, runner, settings, self.current_day)
        self.referrals = ReferralsView(ctx, runner, settings, self.current_day)
        self.meetings = MeetingsView(ctx, runner, settings, self.current_day)
        self.statistics = StatisticsView(ctx, runner)
        self.settings_view = SettingsView(ctx, runner, settings, self.current_day)
        self.entries = (
            NavEntry("dashboard", self.dashboard),
            NavEntry("intake", self._intake_slot),
            NavEntry("ledger", self.ledger),
            NavEntry("referrals", self.referrals),
            NavEntry("meetings", self.meetings),
            NavEntry("statistics", self.statistics),
            NavEntry("settings", self.settings_view),
        )
        self.referrals.data_changed.connect(self.data_changed)
        self.settings_view.data_changed.connect(self.data_changed)
        self.meetings.data_changed.connect(self.data_changed)
        self.settings_view.office_saved.connect(self._office_loaded)
        self.settings_view.restore_requested.connect(self.restore_requested)
        self.dashboard.referral_activated.connect(self.open_referral)
        self._wire_case_windows()

    def _wire_case_windows(self) -> None:
        """Every place that lists cases opens the case window: the ledger, the referral register, every list of the
        工作台 and a meeting's agenda."""
        for view in (self.ledger, self.referrals, self.dashboard, self.meetings):
            view.case_activated.connect(self.open_case)

    @property
    def intake(self) -> IntakeView:
        """The intake form, built (and put in its place in the stack) the first time it is needed."""
        if self._intake is None:
            from mediation_app.gui.views.intake_view import IntakeView

            assert self._ctx is not None and self._runner is not None
            view = IntakeView(self._ctx, self._runner, today=self.current_day)
            view.case_saved.connect(self.data_changed)
            index = self.stack.indexOf(self._intake_slot)
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(self._intake_slot)
            self._intake_slot.deleteLater()
            self.entries = tuple(NavEntry(e.name, view) if e.name == "intake" else e for e in self.entries)
            self._intake = view
        return self._intake

    @property
    def case_windows(self) -> CaseWindows:
        """The open case windows, one per case (the module is imported with the first case opened)."""
        if self._case_windows is None:
            from mediation_app.gui.views.case_window import CaseWindows

            assert self._ctx is not None and self._runner is not None
            self._case_windows = CaseWindows(self._ctx, self._runner, self._settings, self.current_day)
            self._case_windows.changed.connect(lambda _case_id: self.data_changed())
        return self._case_windows

    def view_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Dashboard"),
            self.tr("Intake"),
            self.tr("Case ledger"),
            self.tr("Referral register"),
            self.tr("Joint meetings"),
            self.tr("Statistics"),
            self.tr("Settings"),
        )

    def _build_central(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(176)
        self.stack = QStackedWidget()
        for name, title in zip(VIEW_NAMES, self.view_titles(), strict=True):
            item = QListWidgetItem(resource_icon(name), title)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        self.placeholder = QLabel(self.tr("Opening the database…"))
        self.placeholder.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.placeholder)
        self.navigation.currentRowChanged.connect(self._row_chosen)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Shortcuts are set in _finish_shell: the first setShortcut makes PySide6 build its Qt enums (~25 ms),
        # which would delay the first sight of the window; the views they lead to come then anyway.
        quit_action = QAction(self.tr("E&xit"), self)
        self._shortcuts: list[tuple[QAction, QKeySequence]] = [
            (quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        ]
        quit_action.triggered.connect(self.close)
        self.import_action = QAction(resource_icon("import"), self.tr("&Import an Excel ledger…"), self)
        self.import_action.setEnabled(False)  # until the database is open
        self.import_action.triggered.connect(self.open_import_wizard)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        for index, (view_name, title) in enumerate(zip(VIEW_NAMES, self.view_titles(), strict=True), start=1):
            action = QAction(resource_icon(view_name), title, self)
            self._shortcuts.append((action, QKeySequence(f"Ctrl+{index}")))
            action.triggered.connect(lambda _checked=False, name=view_name: self.show_view(name))
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self._shortcuts.append((self.refresh_action, QKeySequence("F5")))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- navigation -----------------------------------------------------------------------------------------
    def view_names(self) -> tuple[str, ...]:
        return VIEW_NAMES

    def current_view_name(self) -> str:
        row = self.navigation.currentRow()
        return VIEW_NAMES[row] if row >= 0 else "dashboard"

    def show_view(self, name: str) -> None:
        index = VIEW_NAMES.index(name)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)  # calls _row_chosen
        else:
            self._row_chosen(index)

    def _row_chosen(self, row: int) -> None:
        if row < 0 or not self.entries:
            return  # before attach the choice is kept by the navigation and applied then
        if VIEW_NAMES[row] == "intake":
            self.intake  # noqa: B018  (built on first show)
        entry = self.entries[row]
        self.stack.setCurrentIndex(row)
        self._settings.set(keys.LAST_VIEW, entry.name)
        if entry.name not in self._fresh:
            self._fresh.add(entry.name)
            entry.view.refresh()  # type: ignore[attr-defined]

    def current_day(self) -> date:
        return self.today()

    def open_case(self, case_id: int) -> QWidget:
        """The case's own window (brought forward if it is open already)."""
        return self.case_windows.open(case_id)

    def open_referral(self, referral_id: int) -> None:
        """From the 工作台: the referral register with that referral selected."""
        self.show_view("referrals")
        self.referrals.select_referral(referral_id)

    def open_import_wizard(self) -> QWidget:
        """文件 → 导入 Excel 台账: the wizard, modeless; the ledger and 工作台 reload once cases are imported."""
        from PySide6.QtCore import Qt

        from mediation_app.gui.dialogs.import_wizard import ImportWizard

        assert self._ctx is not None and self._runner is not None
        wizard = ImportWizard(self._ctx, self._runner, self._settings, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _result: self.data_changed())
        wizard.show()
        return wizard

    def refresh(self) -> None:
        """F5: reload the current view and the status bar from the database."""
        if not self.attached:
            return
        self._fresh.clear()
        self.refresh_status()
        self.show_view(self.current_view_name())

    def data_changed(self) -> None:
        """Something was saved: the ledger or 工作台 on screen reloads now, in place; every other view when next
        shown (the view the change was made in shows it already)."""
        self._fresh.clear()
        current = self.current_view_name()
        self._fresh.add(current)
        if current == "ledger":
            self.ledger.reload_in_place()
        elif current == "dashboard":
            self.dashboard.refresh()
        self.refresh_status()

    # -- office, status bar, title --------------------------------------------------------------------------
    def refresh_status(self) -> None:
        from mediation_app.domain.ledger import LedgerFilter
        from mediation_app.services.ledger import count_cases
        from mediation_app.services.office import get_office

        assert self._runner is not None
        self._runner.run(count_cases, self._ctx, LedgerFilter(), on_done=self._counted)
        self._runner.run(get_office, self._ctx, on_done=self._office_loaded)

    def _counted(self, count: int) -> None:
        self.case_count = count
        self.count_label.setText(self.tr("%n case(s)", "", count))

    def _office_loaded(self, office: OfficeInfo) -> None:
        self.office = office
        self._update_title()

    def _update_title(self) -> None:
        title = self.tr("Police–People Joint Mediation Room · Mediation Desk")
        if self.office is not None:
            title = self.tr("%1 — %2").replace("%1", title).replace("%2", self.office.name)
        self.setWindowTitle(title)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Mediation Desk"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "Mediation Desk %1\nCase work for the police–people joint mediation room: intake, "
            "ledger, referrals and their feedback, joint meetings and statistics. Works offline; data stay on "
            "this computer."
        ).replace("%1", __version__)

    # -- window state ---------------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_SIZE)
        state = self._settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def save_window(self) -> None:
        self._settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        if self.attached:  # a window closed before the database opened has no view to remember
            self._settings.set(keys.LAST_VIEW, self.current_view_name())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._case_windows is not None and not self._case_windows.close_all():
            event.ignore()  # a case window keeps a step dialog open: its input would be lost
            return
        self.save_window()
        super().closeEvent(event)
