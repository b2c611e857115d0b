"""联席会议: the list of joint meetings, a new one (Ctrl+N) and each meeting's agenda, minutes and papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget

from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.row_table_model import Column, IdRole, RowTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import ALERT_COLOUR
from mediation_app.gui.widgets import add_shortcut, hint, page_layout, record_table
from mediation_app.services.context import ServiceContext
from mediation_app.services.meetings import MeetingRow, list_meetings


def _open_colour(m: MeetingRow) -> QColor | None:
    return QColor(ALERT_COLOUR) if m.open_decisions else None


MEETING_COLUMNS: tuple[Column[MeetingRow], ...] = (
    Column("held_at", QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: m.held_at.strftime("%Y-%m-%d %H:%M"), width=140),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda m: m.place, width=240),
    Column("host", QT_TRANSLATE_NOOP("Columns", "Chaired by"), lambda m: m.host, width=200),
    Column("items", QT_TRANSLATE_NOOP("Columns", "Items"), lambda m: str(m.items), align_right=True, width=80),
    Column(
        "decisions", QT_TRANSLATE_NOOP("Columns", "Decisions"), lambda m: str(m.decisions), align_right=True, width=80
    ),
    Column(
        "open",
        QT_TRANSLATE_NOOP("Columns", "Not yet done"),
        lambda m: str(m.open_decisions),
        foreground=_open_colour,
        align_right=True,
        width=90,
    ),
)


class MeetingsView(QWidget):
    case_activated = Signal(int)  # a case on a meeting's agenda: open its case window
    data_changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self.today = ctx, runner, today
        self._settings = settings or AppSettings.for_user()
        self.dialog: QWidget | None = None
        layout = page_layout(self, self.tr("Joint meetings"))
        layout.addLayout(self._build_tools())
        self.model = RowTableModel(MEETING_COLUMNS, lambda m: m.meeting_id, parent=self)
        self.table = record_table(self.model, MEETING_COLUMNS)
        self.table.activated.connect(self._activated)
        self.empty = hint(self.tr("No joint meetings recorded yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)
        layout.addWidget(self.pages, 1)
        add_shortcut(self, QKeySequence("Ctrl+N"), self.new_meeting)

    def _build_tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Every half month the joint meeting reviews hard and high-risk disputes.")), 1)
        self.new_button = QPushButton(resource_icon("meetings"), self.tr("New joint meeting (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button = QPushButton(self.tr("Open (Enter)"))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        return row

    def refresh(self) -> None:
        self._runner.run(list_meetings, self._ctx, on_done=self.show_meetings)

    def show_meetings(self, meetings: list[MeetingRow]) -> None:
        chosen = self.table.currentIndex().data(IdRole)
        self.model.set_rows(meetings)
        self.pages.setCurrentWidget(self.table if meetings else self.empty)
        self.open_button.setEnabled(bool(meetings))
        ids = [m.meeting_id for m in meetings]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))

    def new_meeting(self) -> QWidget:
        """Ctrl+N: a new meeting with its proposed agenda."""
        return self.open_meeting(None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(int(index.data(IdRole)))

    def open_meeting(self, meeting_id: int | None) -> QWidget:
        from mediation_app.gui.dialogs.meeting_editor import MeetingDialog

        dialog = MeetingDialog(self._ctx, self._runner, self._settings, self.today(), meeting_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _meeting_id: self._changed())
        dialog.case_activated.connect(self.case_activated)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()
