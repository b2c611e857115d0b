"""联席会议: the list of joint meetings (agendas and minutes come with the meeting issue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget

from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import hint, page_layout
from mediation_app.services.context import ServiceContext
from mediation_app.services.meetings import MeetingRow, list_meetings

MEETING_COLUMNS: tuple[Column[MeetingRow], ...] = (
    Column("held_at", QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: m.held_at.strftime("%Y-%m-%d %H:%M"), width=140),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda m: m.place, width=240),
    Column("host", QT_TRANSLATE_NOOP("Columns", "Chaired by"), lambda m: m.host, width=140),
    Column("items", QT_TRANSLATE_NOOP("Columns", "Items"), lambda m: str(m.items), align_right=True, width=80),
)


class MeetingsView(QWidget):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        layout = page_layout(self, self.tr("Joint meetings"))
        layout.addWidget(hint(self.tr("Every half month the joint meeting reviews hard and high-risk disputes.")))
        self.model = RowTableModel(MEETING_COLUMNS, lambda m: m.meeting_id, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        for index, column in enumerate(MEETING_COLUMNS):
            self.table.horizontalHeader().resizeSection(index, column.width)
        self.empty = hint(self.tr("No joint meetings recorded yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)
        layout.addWidget(self.pages, 1)

    def refresh(self) -> None:
        self._runner.run(list_meetings, self._ctx, on_done=self.show_meetings)

    def show_meetings(self, meetings: list[MeetingRow]) -> None:
        self.model.set_rows(meetings)
        self.pages.setCurrentWidget(self.table if meetings else self.empty)
