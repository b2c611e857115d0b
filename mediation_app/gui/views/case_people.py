"""The case window's 调解人员 tab: the mediators (role, lead) and the invited participants, with their editing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.identity import mask_phone
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.mediators import MediatorsDialog, ParticipantDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.row_table_model import Column, RowRole, RowTableModel
from mediation_app.gui.views.case_parties import PartyContactsBox
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, record_table
from mediation_app.services.case_view import CaseOverview
from mediation_app.services.mediators import MediatorInfo, ParticipantInfo, remove_participant

MEDIATOR_COLUMNS: tuple[Column[MediatorInfo], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Mediator"), lambda m: m.name, width=160),
    Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda m: label(m.role), width=140),
    Column("lead", QT_TRANSLATE_NOOP("Columns", "Lead"), lambda m: "✓" if m.is_lead else "", width=70),
)
PARTICIPANT_COLUMNS: tuple[Column[ParticipantInfo], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Participant"), lambda p: p.name, width=160),
    Column("relation", QT_TRANSLATE_NOOP("Columns", "Relation"), lambda p: p.relation, width=200),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda p: mask_phone(p.phone) if p.phone else "", width=140),
)


def confirm_removal(parent: QWidget, name: str) -> bool:
    """Asks before a participant is taken off the case (tests replace it)."""
    title = QCoreApplication.translate("CasePeopleView", "Remove participant")
    question = QCoreApplication.translate("CasePeopleView", "Remove %1?").replace("%1", name)
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class CasePeopleView(QWidget):
    changed = Signal()  # mediators or participants were saved: the window reloads

    def __init__(self, host: Callable[[], StepHost | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.dialog: MediatorsDialog | ParticipantDialog | None = None
        self.mediators_model: RowTableModel[MediatorInfo] = RowTableModel(MEDIATOR_COLUMNS, lambda m: m.mediator_id)
        self.participants_model: RowTableModel[ParticipantInfo] = RowTableModel(
            PARTICIPANT_COLUMNS, lambda p: p.participant_id
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(10)
        self.notice = Notice()
        column.addWidget(self.notice)
        self.parties_box = PartyContactsBox(host)
        column.addWidget(self.parties_box)
        column.addWidget(self._build_mediators(), 1)
        column.addWidget(self._build_participants(), 1)

    def _button(self, icon: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(resource_icon(icon), text) if icon else QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_mediators(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mediators"))
        row = QHBoxLayout(box)
        self.mediators_table = record_table(self.mediators_model, self.mediators_model.columns, row_height=28)
        row.addWidget(self.mediators_table, 1)
        self.edit_mediators_button = self._button("mediators", self.tr("Edit mediators…"), self.edit_mediators)
        side = QVBoxLayout()
        side.addWidget(self.edit_mediators_button)
        side.addStretch(1)
        row.addLayout(side)
        return box

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Invited participants"))
        row = QHBoxLayout(box)
        self.participants_table = record_table(self.participants_model, self.participants_model.columns, row_height=28)
        row.addWidget(self.participants_table, 1)
        self.add_participant_button = self._button("", self.tr("Invite…"), self.add_participant)
        self.remove_participant_button = self._button("", self.tr("Remove"), self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(self.add_participant_button)
        side.addWidget(self.remove_participant_button)
        side.addStretch(1)
        row.addLayout(side)
        return box

    def show_overview(self, overview: CaseOverview, read_only_reason: str = "") -> None:
        self.parties_box.load(overview.summary.case_id)
        self.mediators_model.set_rows(overview.mediators)
        self.participants_model.set_rows(overview.participants)
        for button in (self.edit_mediators_button, self.add_participant_button, self.remove_participant_button):
            button.setEnabled(not read_only_reason)
            button.setToolTip(read_only_reason)
        if overview.participants:
            self.participants_table.selectRow(0)
        self.remove_participant_button.setEnabled(not read_only_reason and bool(overview.participants))

    def _open(self, dialog: MediatorsDialog | ParticipantDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(lambda _case_id: self.changed.emit())
        dialog.open()

    def edit_mediators(self) -> MediatorsDialog | None:
        host = self._host()
        if host is None:
            return None
        dialog = MediatorsDialog(host, self.mediators_model.rows(), parent=self)
        self._open(dialog)
        return dialog

    def add_participant(self) -> ParticipantDialog | None:
        host = self._host()
        if host is None:
            return None
        dialog = ParticipantDialog(host, parent=self)
        self._open(dialog)
        return dialog

    def remove_selected(self) -> None:
        index, host = self.participants_table.currentIndex(), self._host()
        if not index.isValid() or host is None:
            return
        participant: ParticipantInfo = index.data(RowRole)
        if not confirm_removal(self, participant.name):
            return
        self.notice.clear_message()
        host.runner.run(
            remove_participant,
            host.ctx,
            participant.participant_id,
            write=True,
            on_done=lambda _none: self.changed.emit(),
            on_error=lambda error: self.notice.show_message(error_message(error), error=True),
        )
