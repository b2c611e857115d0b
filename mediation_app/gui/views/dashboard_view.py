"""工作台: this month's figures against last month's, open cases by risk colour, and the lists of what needs
attention today (sessions, clocks, red and orange cases, referrals, 司法确认 windows, follow-ups), each item opening
its case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.i18n import bracketed, is_chinese
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.ledger_columns import case_id, recent_columns
from mediation_app.gui.models.row_table_model import IdRole, RowRole, RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.theme import BORDER, SELECTION, SURFACE, TEXT
from mediation_app.gui.views.dashboard_sections import RECENT_KEY, SECTIONS, case_of, tr, work_columns, work_list
from mediation_app.gui.vocab import ALERT_COLOUR
from mediation_app.gui.widgets import FigureCard, RiskChip, add_shortcut, hint, page_layout, record_table, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.dashboard import LATE_MARKS, DashboardSummary, MonthFigures, WorkItem, dashboard_summary

REFERRALS_KEY = "referrals"
SECTIONS_STYLE = (
    f"QListWidget#dashboardSections {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;"
    " padding: 4px; outline: 0; }"
    " QListWidget#dashboardSections::item { padding: 7px 8px; border-radius: 4px; }"
    f" QListWidget#dashboardSections::item:selected {{ background: {SELECTION}; color: {TEXT}; }}"
)


class DashboardView(QWidget):
    case_activated = Signal(int)  # a case id: open the case window
    referral_activated = Signal(int)  # a referral's id: open it in the referral register

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self.today = ctx, runner, today
        self.summary: DashboardSummary | None = None
        layout = page_layout(self, self.tr("Dashboard"))
        layout.addLayout(self._build_cards())
        layout.addLayout(self._build_chips())
        self.empty = hint(self.tr("No cases yet. Register the first one under Intake (Ctrl+2)."))
        layout.addWidget(self.empty)
        layout.addLayout(self._build_lists(), 1)
        add_shortcut(self, QKeySequence("Ctrl+O"), self.open_current_case)

    # -- construction ---------------------------------------------------------------------------------------
    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.total_card = FigureCard(self.tr("Cases in total"))
        self.open_card = FigureCard(self.tr("In progress"))
        self.overdue_card = FigureCard(self.tr("Overdue"))
        self.today_card = FigureCard(self.tr("Received today"))
        for column, card in enumerate((self.total_card, self.open_card, self.overdue_card, self.today_card)):
            grid.addWidget(card, 0, column)
        grid.addWidget(self._build_month_card(), 0, 4)
        return grid

    def _build_month_card(self) -> QFrame:
        """This month's received, accepted and settled cases, each beside last month's."""
        card = QFrame()
        card.setObjectName("card")
        rows = QGridLayout(card)
        rows.setContentsMargins(12, 10, 12, 10)
        rows.setHorizontalSpacing(6)
        rows.setVerticalSpacing(2)
        title = QLabel(self.tr("This month"))
        title.setObjectName("figureTitle")
        rows.addWidget(title, 0, 0, 1, 3)
        names = {
            "received": self.tr("Month: received"),
            "accepted": self.tr("Month: accepted"),
            "succeeded": self.tr("Month: settled"),
        }
        self.month_values: dict[str, QLabel] = {}
        self.last_month: dict[str, QLabel] = {}
        for row, (key, name) in enumerate(names.items(), start=1):
            value = QLabel("—")
            value.setFont(scaled_font(value, 1.15, bold=True))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.month_values[key], self.last_month[key] = value, hint()
            self.last_month[key].setWordWrap(False)
            rows.addWidget(QLabel(name), row, 0)
            rows.addWidget(value, row, 1)
            rows.addWidget(self.last_month[key], row, 2)
        return card

    def _build_chips(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        caption = hint(self.tr("Open cases by risk colour"))
        caption.setWordWrap(False)
        row.addWidget(caption)
        self.chips = {level: RiskChip(level) for level in RiskLevel}
        for chip in self.chips.values():
            row.addWidget(chip, 1)
        return row

    def _build_lists(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.sections = QListWidget()
        self.sections.setObjectName("dashboardSections")
        self.sections.setMinimumWidth(170 if is_chinese() else 320)  # English titles are longer
        self.sections.setMaximumWidth(340)
        self.sections.setStyleSheet(SECTIONS_STYLE)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.models: dict[str, RowTableModel[WorkItem]] = {}
        self.tables: dict[str, QTableView] = {}
        for section in SECTIONS:
            model = RowTableModel(work_columns(section), case_of, parent=self)
            self._add_page(section.key, tr(section.title), model)
            self.models[section.key] = model
        self.recent_model = RowTableModel(recent_columns(lambda: self.today()), case_id, parent=self)
        self._add_page(RECENT_KEY, self.tr("Latest registrations"), self.recent_model)
        self.recent = self.tables[RECENT_KEY]
        self.sections.currentRowChanged.connect(self._section_chosen)
        row.addWidget(self.sections)
        row.addLayout(self._build_page_column(), 1)
        self.sections.setCurrentRow(0)
        return row

    def _add_page(self, key: str, title: str, model: RowTableModel) -> None:  # type: ignore[type-arg]
        table = record_table(model, model.columns)
        table.activated.connect(lambda index, k=key: self._activated(k, index))
        self.tables[key] = table
        self.pages.addWidget(table)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sections.addItem(item)

    def _build_page_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.pages, 1)
        foot = QHBoxLayout()
        self.more = hint()
        self.nothing = hint(self.tr("Nothing here needs attention."))
        self.open_button = QPushButton(resource_icon("case"), self.tr("Open case (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_current_case)
        foot.addWidget(self.nothing)
        foot.addWidget(self.more, 1)
        foot.addWidget(hint(self.tr("Enter or double-click opens the item.")))
        foot.addWidget(self.open_button)
        column.addLayout(foot)
        return column

    # -- choosing and opening -------------------------------------------------------------------------------
    def section_key(self) -> str:
        item = self.sections.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else SECTIONS[0].key

    def _section_chosen(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self._show_footer()

    def _activated(self, key: str, index: QModelIndex) -> None:
        """A referral opens in the referral register; every other item opens its case."""
        if not index.isValid():
            return
        row = index.data(RowRole)
        if key == REFERRALS_KEY and isinstance(row, WorkItem) and row.record_id is not None:
            self.referral_activated.emit(row.record_id)
        else:
            self.case_activated.emit(int(index.data(IdRole)))

    def open_current_case(self) -> None:
        """Ctrl+O: the case of the item selected in the list shown (a referral's case too)."""
        table = self.tables[self.section_key()]
        chosen = table.selectionModel().selectedRows()
        index = chosen[0] if chosen else table.currentIndex()
        if index.isValid():
            self.case_activated.emit(int(index.data(IdRole)))

    # -- filling --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the figures and lists; the item selected in each list stays selected if it is still there."""
        keep = {key: self._selected(table) for key, table in self.tables.items()}
        self._runner.run(
            dashboard_summary, self._ctx, self.today(), on_done=lambda summary: self.show_summary(summary, keep)
        )

    @staticmethod
    def _selected(table: QTableView) -> object:
        chosen = table.selectionModel().selectedRows()
        return chosen[0].data(RowRole) if chosen else None

    def _reselect(self, keep: dict[str, object]) -> None:
        for key, row in keep.items():
            model = self.tables[key].model()
            assert isinstance(model, RowTableModel)
            rows = model.rows()
            same = [
                i for i, r in enumerate(rows) if r == row or getattr(r, "case_id", None) == getattr(row, "case_id", 0)
            ]
            if row is not None and same:
                self.tables[key].selectRow(same[0])

    def show_summary(self, summary: DashboardSummary, keep: dict[str, object] | None = None) -> None:
        self.summary = summary
        self.total_card.set_value(str(summary.total_cases))
        self.open_card.set_value(str(summary.open_cases))
        self.overdue_card.set_value(str(summary.overdue_cases), alert=summary.overdue_cases > 0)
        self.today_card.set_value(str(summary.received_today))
        self._show_months(summary.this_month, summary.last_month)
        for level, chip in self.chips.items():
            chip.set_count(summary.open_by_risk.get(level, 0))
        for section in SECTIONS:
            found = work_list(summary, section.key)
            self.models[section.key].set_rows(found.items)
            self._set_count(section.key, found.total, alert=section.alert or self._any_late(found.items))
        self.recent_model.set_rows(summary.recent)
        self._set_count(RECENT_KEY, len(summary.recent), alert=False, plain=True)
        self.empty.setVisible(summary.total_cases == 0)
        self._reselect(keep or {})
        self._show_footer()

    def _show_months(self, this: MonthFigures, last: MonthFigures) -> None:
        for key, value in self.month_values.items():
            value.setText(str(getattr(this, key)))
            self.last_month[key].setText(self.tr("last month %1").replace("%1", str(getattr(last, key))))

    @staticmethod
    def _any_late(items: tuple[WorkItem, ...]) -> bool:
        return any(item.mark in LATE_MARKS for item in items)

    def _set_count(self, key: str, count: int, *, alert: bool, plain: bool = False) -> None:
        row = [s.key for s in SECTIONS].index(key) if key != RECENT_KEY else len(SECTIONS)
        item = self.sections.item(row)
        title = self.tr("Latest registrations") if key == RECENT_KEY else tr(SECTIONS[row].title)
        item.setText(title if plain else f"{title}{bracketed(str(count))}")
        item.setForeground(QColor(ALERT_COLOUR) if alert and count else self.palette().text().color())

    def _show_footer(self) -> None:
        key = self.section_key()
        if key == RECENT_KEY or self.summary is None:
            shown, more = self.recent_model.rowCount(), 0
        else:
            found = work_list(self.summary, key)
            shown, more = len(found.items), found.more
        self.nothing.setVisible(self.summary is not None and shown == 0)
        self.more.setText(self.tr("and %1 more: the ledger lists them all").replace("%1", str(more)) if more else "")
        self.open_button.setEnabled(shown > 0)
