"""The case window's 时间线 tab: everything that happened to the case, newest first; Enter opens an entry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from mediation_app.gui.models.row_table_model import RowRole
from mediation_app.gui.models.timeline_model import TimelineTableModel
from mediation_app.gui.widgets import Notice, hint, record_table
from mediation_app.services.case_view import TimelineEntry


class CaseTimelineView(QWidget):
    entry_activated = Signal(object)  # the TimelineEntry to open (Enter or double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(8)
        self.notice = Notice()  # what a step's service warned about (e.g. a late second session)
        column.addWidget(self.notice)
        self.model = TimelineTableModel(parent=self)
        self.table = self._build_table()
        column.addWidget(self.table, 1)
        self.footer = hint(self.tr("Newest first. Press Enter or double-click an entry to open it."))
        column.addWidget(self.footer)

    def _build_table(self) -> QTableView:
        table = record_table(self.model, self.model.columns)
        table.activated.connect(self._activated)
        return table

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """New rows; the selection stays on the same entry when it is still there, else on the newest."""
        chosen = self.selected_entry()
        self.model.set_rows(entries)
        if not entries:
            return
        row = list(entries).index(chosen) if chosen in entries else 0
        self.table.selectRow(row)

    def selected_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entry_activated.emit(index.data(RowRole))

    def show_warnings(self, messages: Sequence[str]) -> None:
        if messages:
            self.notice.show_message("\n".join(messages), error=True)
        else:
            self.notice.clear_message()
