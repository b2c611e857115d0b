"""The case window's parties with their ID and phone numbers masked; 显示 shows one party's full numbers to staff
who may see them, and the service logs each reveal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.errors import error_message
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, record_table
from mediation_app.services.privacy import PartyContact, may_reveal, party_contacts, reveal_party_contact

PARTY_COLUMNS: tuple[Column[PartyContact], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Party"), lambda p: p.name, width=160),
    Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: label(p.role), width=110),
    Column("id_number", QT_TRANSLATE_NOOP("Columns", "ID number"), lambda p: p.id_number, width=190),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda p: p.phone, width=140),
)


ROW_HEIGHT = 28


class PartyContactsBox(QGroupBox):
    def __init__(self, host: Callable[[], StepHost | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Parties"))
        self._host = host
        self._case_id: int | None = None
        self._stale = False
        self.model: RowTableModel[PartyContact] = RowTableModel(PARTY_COLUMNS, lambda p: p.case_party_id)
        row = QHBoxLayout(self)
        self.table = record_table(self.model, PARTY_COLUMNS, row_height=ROW_HEIGHT)
        row.addWidget(self.table, 1)
        self.reveal_button = QPushButton(self.tr("Show full numbers"))
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.notice = Notice()  # beside the table, so the tab keeps its height for the mediators
        self.notice.setMaximumWidth(180)
        side = QVBoxLayout()
        side.addWidget(self.reveal_button)
        side.addWidget(self.notice)
        side.addStretch(1)
        row.addLayout(side)
        self._fit_rows(2)

    def load(self, case_id: int) -> None:
        """Fetch the parties now if the box is shown, else when it is first shown (the tab is opened)."""
        self._case_id, self._stale = case_id, True
        if self.isVisible():
            self._fetch()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._fetch()

    def _fetch(self) -> None:
        host = self._host()
        if host is None or self._case_id is None:
            return
        self._stale = False
        case_id = self._case_id
        allowed = may_reveal(host.ctx.role)
        self.reveal_button.setEnabled(allowed)
        self.reveal_button.setToolTip(
            self.tr("Each reveal is recorded in the audit trail.")
            if allowed
            else self.tr("A read-only account sees masked numbers only.")
        )
        host.runner.run(party_contacts, host.ctx, case_id, on_done=self._show, on_error=self._failed)

    def _fit_rows(self, rows: int) -> None:
        """As tall as the parties (two to four rows; more scroll), so the boxes below keep their room."""
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + ROW_HEIGHT * min(max(rows, 2), 4) + 4)

    def _show(self, contacts: Sequence[PartyContact]) -> None:
        self.model.set_rows(list(contacts))
        self._fit_rows(len(contacts))
        if contacts:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)

    def selected(self) -> PartyContact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def reveal_selected(self) -> None:
        host, contact = self._host(), self.selected()
        if host is None or contact is None:
            return
        host.runner.run(
            reveal_party_contact,
            host.ctx,
            contact.case_party_id,
            write=True,
            on_done=lambda numbers: self._revealed(contact, numbers),
            on_error=self._failed,
        )

    def _revealed(self, contact: PartyContact, numbers: tuple[str, str]) -> None:
        shown = replace(contact, id_number=numbers[0], phone=numbers[1])
        rows = [shown if r.case_party_id == contact.case_party_id else r for r in self.model.rows()]
        self.model.set_rows(rows)
        self.table.selectRow(rows.index(shown))
        self.notice.show_message(self.tr("Full numbers of %1 shown; this was recorded.").replace("%1", contact.name))
