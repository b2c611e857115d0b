"""工作台: the figures that need attention today, open cases by risk colour, referrals whose feedback is late,
and the latest registrations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.models.ledger_columns import case_id, recent_columns
from mediation_app.gui.models.referral_columns import overdue_columns, referral_id
from mediation_app.gui.models.row_table_model import IdRole, RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import FigureCard, RiskChip, hint, page_layout, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.dashboard import DashboardSummary, dashboard_summary
from mediation_app.services.decisions import ReferralRow

OVERDUE_ROWS_SHOWN = 4  # more scroll; the register lists them all


class DashboardView(QWidget):
    referral_activated = Signal(int)  # a late referral's id: open it in the referral register

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
        layout.addWidget(self._section(self.tr("Open cases by risk colour")))
        layout.addLayout(self._build_chips())
        self.overdue_section = self._build_overdue_referrals()
        layout.addWidget(self.overdue_section)
        layout.addWidget(self._section(self.tr("Latest registrations")))
        self.recent_model = RowTableModel(recent_columns(lambda: self.today()), case_id, parent=self)
        self.recent = self._build_recent_table()
        layout.addWidget(self.recent, 1)
        self.empty = hint(self.tr("No cases yet. Register the first one under Intake (Ctrl+2)."))
        layout.addWidget(self.empty)

    def _section(self, text: str) -> QLabel:
        title = QLabel(text)
        title.setFont(scaled_font(title, 1.1, bold=True))
        return title

    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.total_card = FigureCard(self.tr("Cases in total"))
        self.open_card = FigureCard(self.tr("In progress"))
        self.overdue_card = FigureCard(self.tr("Overdue"))
        self.today_card = FigureCard(self.tr("Received today"))
        for column, card in enumerate((self.total_card, self.open_card, self.overdue_card, self.today_card)):
            grid.addWidget(card, 0, column)
        return grid

    def _build_chips(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.chips = {level: RiskChip(level) for level in RiskLevel}
        for chip in self.chips.values():
            row.addWidget(chip, 1)
        return row

    def _build_overdue_referrals(self) -> QWidget:
        """Shown only while some referral's feedback is late: referred cases must not disappear."""
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title_row = QHBoxLayout()
        self.overdue_title = self._section("")
        title_row.addWidget(self.overdue_title)
        title_row.addStretch(1)
        title_row.addWidget(hint(self.tr("Double-click or press Enter to open it in the referral register.")))
        column.addLayout(title_row)
        self.overdue_model: RowTableModel[ReferralRow] = RowTableModel(
            overdue_columns(lambda: self.today()), referral_id, parent=self
        )
        self.overdue_table = QTableView()
        table = self.overdue_table
        table.setModel(self.overdue_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for index, col in enumerate(self.overdue_model.columns):
            header.resizeSection(index, col.width)
        header.setSectionResizeMode(self.overdue_model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._overdue_activated)
        column.addWidget(table)
        section.hide()
        return section

    def _overdue_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.referral_activated.emit(index.data(IdRole))

    def _show_overdue_referrals(self, rows: tuple[ReferralRow, ...]) -> None:
        self.overdue_model.set_rows(rows)
        self.overdue_title.setText(self.tr("Referral feedback overdue (%1)").replace("%1", str(len(rows))))
        # As tall as its rows (up to a few); in a small window it gives way down to one row and scrolls.
        table = self.overdue_table
        chrome = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height()
        row_height = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(chrome + row_height)
        table.setMaximumHeight(chrome + max(1, min(len(rows), OVERDUE_ROWS_SHOWN)) * row_height)
        self.overdue_section.setVisible(bool(rows))

    def _build_recent_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.recent_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for index, column in enumerate(self.recent_model.columns):
            header.resizeSection(index, column.width)
        header.setSectionResizeMode(self.recent_model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        """Load the figures; the selected latest case stays selected if it is still among them."""
        chosen = self.recent.selectionModel().selectedRows()
        keep = chosen[0].data(IdRole) if chosen else None
        self._runner.run(
            dashboard_summary, self._ctx, self.today(), on_done=lambda summary: self.show_summary(summary, keep)
        )

    def show_summary(self, summary: DashboardSummary, keep: int | None = None) -> None:
        self.summary = summary
        self.total_card.set_value(str(summary.total_cases))
        self.open_card.set_value(str(summary.open_cases))
        self.overdue_card.set_value(str(summary.overdue_cases), alert=summary.overdue_cases > 0)
        self.today_card.set_value(str(summary.received_today))
        for level, chip in self.chips.items():
            chip.set_count(summary.open_by_risk.get(level, 0))
        self._show_overdue_referrals(summary.overdue_referrals)
        self.recent_model.set_rows(summary.recent)
        ids = [row.case_id for row in summary.recent]
        if keep in ids:
            self.recent.selectRow(ids.index(keep))
        self.empty.setVisible(summary.total_cases == 0)
