"""The case part of the intake form: how the dispute came in, who received it, what, where, when and how much."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import parse_amount
from mediation_app.domain.vocabulary import Channel, DisputeType
from mediation_app.gui.errors import error_message
from mediation_app.gui.views.intake_inputs import date_problem, parse_moment
from mediation_app.gui.widgets import FieldError, VocabularyCombo, field_error_label, with_error
from mediation_app.services.staff import StaffMember

MAX_PEOPLE = 100_000
MOMENT_DISPLAY = "yyyy-MM-dd HH:mm"


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(first, 1)
    row.addWidget(second, 1)
    return box


class CaseFields(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Case"), parent)
        self.errors: dict[str, FieldError] = {}
        self._build()
        self._connect()

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setVerticalSpacing(7)
        form.setHorizontalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.channel = VocabularyCombo(Channel)
        self.referrer_unit = _line(100, self.tr("Referring unit"))
        self.referrer_person = _line(60, self.tr("Person"))
        self.received = QDateTimeEdit(calendarPopup=True)
        self.received.setDisplayFormat(MOMENT_DISPLAY)
        self.staff = QComboBox()
        self.dispute_type = VocabularyCombo(DisputeType, self.tr("— choose —"))
        self.occurred = _line(20, self.tr("e.g. 2026-11-02 14:30"))
        self.place = _line(200)
        self.community = _line(60, self.tr("Community"))
        self.grid = _line(60, self.tr("Grid"))
        self.people = QSpinBox()
        self.people.setRange(0, MAX_PEOPLE)
        self.people.setSpecialValueText(self.tr("not recorded"))
        self.amount = _line(30, self.tr("in yuan, e.g. 1200.50"))
        rows: list[tuple[str, str, QWidget]] = [
            ("channel", self.tr("Channel *"), self.channel),
            ("referrer", self.tr("Referred by"), _pair(self.referrer_unit, self.referrer_person)),
            ("received_at", self.tr("Received *"), self.received),
            ("received_by", self.tr("Received by"), self.staff),
            ("dispute_type", self.tr("Dispute type *"), self.dispute_type),
            ("occurred_at", self.tr("Occurred"), self.occurred),
            ("place", self.tr("Place"), self.place),
            ("community", self.tr("Community / grid"), _pair(self.community, self.grid)),
            ("people_involved", self.tr("People involved"), self.people),
            ("amount", self.tr("Amount (yuan)"), self.amount),
        ]
        for name, text, field in rows:
            error = field_error_label()
            self.errors[name] = error
            form.addRow(text, with_error(field, error))

    def _connect(self) -> None:
        for edit in (self.referrer_unit, self.referrer_person, self.place, self.community, self.grid):
            edit.textEdited.connect(self.changed)
        for combo in (self.channel, self.staff):
            combo.currentIndexChanged.connect(self.changed)
        self.dispute_type.currentIndexChanged.connect(lambda: self.check_field("dispute_type", finished=True))
        self.dispute_type.currentIndexChanged.connect(self.changed)
        self.received.dateTimeChanged.connect(self.changed)
        self.people.valueChanged.connect(self.changed)
        self.amount.textEdited.connect(lambda: self.check_field("amount", finished=False))
        self.amount.textEdited.connect(self.changed)
        self.amount.editingFinished.connect(lambda: self.check_field("amount", finished=True))
        self.occurred.textEdited.connect(lambda: self.check_field("occurred_at", finished=False))
        self.occurred.textEdited.connect(self.changed)
        self.occurred.editingFinished.connect(lambda: self.check_field("occurred_at", finished=True))

    def focus_chain(self) -> list[QWidget]:
        return [
            self.channel, self.referrer_unit, self.referrer_person, self.received, self.staff, self.dispute_type,
            self.occurred, self.place, self.community, self.grid, self.people, self.amount,
        ]  # fmt: skip

    def widget(self, name: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "channel": self.channel,
            "received_at": self.received,
            "received_by": self.staff,
            "dispute_type": self.dispute_type,
            "occurred_at": self.occurred,
            "people_involved": self.people,
            "amount": self.amount,
        }
        return widgets.get(name, self.channel)

    # -- checks ---------------------------------------------------------------------------------------------
    def check_field(self, name: str, *, finished: bool) -> bool:
        """Show why ``name`` is wrong; while typing, a value not yet complete is not called wrong."""
        message, incomplete = self._problem(name)
        error = self.errors[name]
        if finished or not incomplete or error.text():
            error.setText(message)
        return not message

    def _problem(self, name: str) -> tuple[str, bool]:
        """(the reason, whether more typing may still mend it); ("", False) when right."""
        if name == "amount" and (text := self.amount.text().strip()):
            try:
                parse_amount(text)
            except DomainError as error:
                return error_message(error), error.code == "amount.not_a_number"
        elif name == "occurred_at":
            return date_problem(self.occurred.text(), with_time=True), True
        elif name == "dispute_type" and self.dispute_type.member() is None:
            return self.tr("Please choose the dispute type."), False
        return "", False

    def check(self) -> bool:
        results = [self.check_field(name, finished=True) for name in ("dispute_type", "occurred_at", "amount")]
        return all(results)

    def show_problem(self, name: str, message: str) -> None:
        self.errors.get(name, self.errors["channel"]).setText(message)

    def first_invalid(self) -> QWidget | None:
        names = ("channel", "received_at", "dispute_type", "occurred_at", "people_involved", "amount")
        return next((self.widget(name) for name in names if self.errors[name].text()), None)

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear()

    # -- values ---------------------------------------------------------------------------------------------
    def set_staff(self, staff: list[StaffMember]) -> None:
        chosen = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("(not specified)"), None)
        for member in staff:
            self.staff.addItem(member.name, member.user_id)
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))
        self.staff.blockSignals(False)

    def amount_fen(self) -> int | None:
        """The amount in fen; None when empty or unreadable (``check`` names it)."""
        text = self.amount.text().strip()
        try:
            return parse_amount(text) if text else None
        except DomainError:
            return None

    def occurred_at(self) -> datetime | None:
        try:
            return parse_moment(self.occurred.text())
        except ValueError:
            return None

    def received_at(self) -> datetime:
        moment: datetime = self.received.dateTime().toPython()
        return moment.replace(second=0, microsecond=0)

    def is_blank(self) -> bool:
        texts = (self.referrer_unit, self.referrer_person, self.occurred, self.place, self.community, self.grid)
        typed = any(edit.text().strip() for edit in (*texts, self.amount))
        return not typed and self.people.value() == 0 and self.dispute_type.member() is None

    def payload(self) -> dict[str, Any]:
        return {
            "channel": self.channel.currentData(),
            "referrer_unit": self.referrer_unit.text(),
            "referrer_person": self.referrer_person.text(),
            "received_at": self.received_at().isoformat(timespec="minutes"),
            "received_by": self.staff.currentData(),
            "dispute_type": self.dispute_type.currentData(),
            "occurred": self.occurred.text(),
            "place": self.place.text(),
            "community": self.community.text(),
            "grid": self.grid.text(),
            "people_involved": self.people.value(),
            "amount": self.amount.text(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(data.get("channel")), 0))
        self.dispute_type.setCurrentIndex(max(self.dispute_type.findData(data.get("dispute_type")), 0))
        self.staff.setCurrentIndex(max(self.staff.findData(data.get("received_by")), 0))
        if isinstance(received := data.get("received_at"), str):
            self.received.setDateTime(QDateTime.fromString(received, "yyyy-MM-ddTHH:mm"))
        for name in ("referrer_unit", "referrer_person", "place", "community", "grid", "amount"):
            getattr(self, name).setText(str(data.get(name) or ""))
        self.occurred.setText(str(data.get("occurred") or ""))
        people = data.get("people_involved")
        self.people.setValue(people if isinstance(people, int) else 0)
        for name in ("occurred_at", "amount"):
            self.check_field(name, finished=True)
        if self.dispute_type.member() is None:
            self.errors["dispute_type"].clear()

    def reset(self) -> None:
        self.channel.setCurrentIndex(0)
        self.dispute_type.setCurrentIndex(0)
        self.staff.setCurrentIndex(0)
        self.received.setDateTime(QDateTime.currentDateTime())
        for edit in (self.referrer_unit, self.referrer_person, self.occurred, self.place, self.community, self.grid):
            edit.clear()
        self.amount.clear()
        self.people.setValue(0)
        self.clear_problems()
