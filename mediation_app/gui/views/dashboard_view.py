"""工作台: the figures that need attention today, open cases by risk colour, and the latest registrations."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableView, QWidget

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.models.ledger_columns import RECENT_COLUMNS, case_id
from mediation_app.gui.models.row_table_model import RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import FigureCard, RiskChip, hint, page_layout, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.dashboard import DashboardSummary, dashboard_summary


class DashboardView(QWidget):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.summary: DashboardSummary | None = None
        layout = page_layout(self, self.tr("Dashboard"))
        layout.addLayout(self._build_cards())
        layout.addWidget(self._section(self.tr("Open cases by risk colour")))
        layout.addLayout(self._build_chips())
        layout.addWidget(self._section(self.tr("Latest registrations")))
        self.recent_model = RowTableModel(RECENT_COLUMNS, case_id, parent=self)
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

    def _build_recent_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.recent_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for index, column in enumerate(RECENT_COLUMNS):
            header.resizeSection(index, column.width)
        header.setSectionResizeMode(self.recent_model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        self._runner.run(dashboard_summary, self._ctx, date.today(), on_done=self.show_summary)

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.total_card.set_value(str(summary.total_cases))
        self.open_card.set_value(str(summary.open_cases))
        self.overdue_card.set_value(str(summary.overdue_cases), alert=summary.overdue_cases > 0)
        self.today_card.set_value(str(summary.received_today))
        for level, chip in self.chips.items():
            chip.set_count(summary.open_by_risk.get(level, 0))
        self.recent_model.set_rows(summary.recent)
        self.empty.setVisible(summary.total_cases == 0)
