"""Who mediates a case and who was invited to help: the mediators' list (staff or outside names, each with a role,
one of them leading) and the dialog adding an invited participant."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from mediation_app.domain.vocabulary import MediatorRole
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.widgets import VocabularyCombo, hint
from mediation_app.services.mediators import MediatorInfo, MediatorInput, add_participant, set_mediators
from mediation_app.services.staff import StaffMember, list_staff

MAX_MEDIATORS = 12


class MediatorRow:
    """One line of the list: the name (a staff account or a typed outside name), the role and the lead choice."""

    def __init__(self, staff: Sequence[StaffMember], lead_group: QButtonGroup, parent: QWidget) -> None:
        self.name = QComboBox(parent)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setMinimumWidth(200)
        for member in staff:
            self.name.addItem(member.name, member.user_id)
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        self.role = VocabularyCombo(MediatorRole, parent=parent)
        self.role.set_member(MediatorRole.PEOPLES_MEDIATOR)
        self.lead = QRadioButton(parent)
        lead_group.addButton(self.lead)
        self.remove = QPushButton(parent)
        self.remove.setAutoDefault(False)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.role, self.lead, self.remove)

    def value(self) -> MediatorInput:
        text = self.name.currentText().strip()
        found = self.name.findText(text, Qt.MatchFlag.MatchExactly)
        user_id = self.name.itemData(found) if found >= 0 else None
        role = self.role.member() or MediatorRole.PEOPLES_MEDIATOR
        return MediatorInput(text, role, self.lead.isChecked(), user_id)

    def fill(self, mediator: MediatorInfo) -> None:
        found = self.name.findData(mediator.user_id) if mediator.user_id is not None else -1
        if found >= 0:
            self.name.setCurrentIndex(found)
        else:
            self.name.setEditText(mediator.name)
        self.role.set_member(mediator.role)
        self.lead.setChecked(mediator.is_lead)


class MediatorsDialog(CaseStepDialog):
    """Replaces the case's mediators with the list as edited (exactly one lead, as the service requires)."""

    def __init__(self, host: StepHost, mediators: Sequence[MediatorInfo], parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Mediators"), parent)
        self.setMinimumWidth(660)
        self.rows: list[MediatorRow] = []
        self.staff: list[StaffMember] = []
        self.lead_group = QButtonGroup(self)
        self.lead_group.setExclusive(True)
        self.list_box = QWidget()
        self.grid = QGridLayout(self.list_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        for column, text in enumerate((self.tr("Name"), self.tr("Role"))):
            self.grid.addWidget(QLabel(text), 0, column)
        self.add_field("mediators", "", self.list_box)
        self.add_button = QPushButton(resource_icon("mediators"), self.tr("Add a mediator"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().name.setFocus())
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addWidget(hint(self.tr("Choose a staff member or type the name of an outside mediator.")), 1)
        self.form.addRow(adding)
        self._initial = list(mediators)
        host.runner.run(list_staff, host.ctx, on_done=self._staff_loaded, on_error=lambda _e: self._staff_loaded([]))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)

    def _staff_loaded(self, staff: list[StaffMember]) -> None:
        self.staff = staff
        for mediator in self._initial:
            self.add_row().fill(mediator)
        if not self.rows:
            self.add_row().lead.setChecked(True)

    def add_row(self) -> MediatorRow:
        row = MediatorRow(self.staff, self.lead_group, self.list_box)
        row.remove.setText(self.tr("Remove"))
        row.remove.clicked.connect(lambda: self.remove_row(row))
        row.lead.setText(self.tr("Lead"))
        self.rows.append(row)
        self._relay()
        self.add_button.setEnabled(len(self.rows) < MAX_MEDIATORS)
        return row

    def remove_row(self, row: MediatorRow) -> None:
        was_lead = row.lead.isChecked()
        self.rows.remove(row)
        self.lead_group.removeButton(row.lead)
        for widget in row.widgets():
            widget.deleteLater()
        if was_lead and self.rows:
            self.rows[0].lead.setChecked(True)
        self._relay()
        self.add_button.setEnabled(True)

    def _relay(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
        self.layout_.activate()

    def values(self) -> list[MediatorInput]:
        return [row.value() for row in self.rows]

    def submit(self) -> None:
        self.run_save(set_mediators, self.case_id, self.values())

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        index = getattr(error, "params", {}).get("index")
        if isinstance(index, int) and 0 <= index < len(self.rows):
            self.rows[index].name.setFocus(Qt.FocusReason.OtherFocusReason)


class ParticipantDialog(CaseStepDialog):
    """An invited participant (邀请参与人员): a relative, neighbour or expert who helps mediate."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Invite a participant"), parent)
        self.name = QLineEdit()
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("e.g. neighbour, relative, building surveyor"))
        self.phone = QLineEdit()
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("relation", self.tr("Relation to the case"), self.relation)
        self.add_field("phone", self.tr("Phone"), self.phone)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)

    def submit(self) -> None:
        self.run_save(add_participant, self.case_id, self.name.text(), self.relation.text(), self.phone.text())
