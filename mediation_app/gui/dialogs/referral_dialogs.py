"""The two things that come back from a body a case was diverted to: the 回执 (委托调解确认书) and the feedback.

Each dialog saves through the runner and closes only when the service has accepted; a refusal is shown under
the form in plain Chinese and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import FeedbackResult
from mediation_app.gui.dialogs.saving_dialog import SavingDialog
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import hint, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import ReferralRow, record_confirmation, record_feedback

DATE_FORMAT = "%Y-%m-%d"
DEFAULT_EXTENSION = timedelta(days=14)  # a new due date offered for 正在办理
MINIMUM_WIDTH = 560


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(value: date, earliest: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(qdate(max(latest, earliest)))
    edit.setDate(qdate(value))
    edit.setFixedWidth(150)
    return edit


def save_feedback(
    ctx: ServiceContext, referral_id: int, result: FeedbackResult, on: date, note: str, new_due: date | None
) -> object:
    """record_feedback with its keyword argument, for the runner (which passes positional arguments)."""
    return record_feedback(ctx, referral_id, result, on, note, new_due=new_due)


class ReferralDialog(SavingDialog):
    """The case and body at the top, the form, the message line and 保存/取消; subclasses add fields and save.
    (Unlike a case step, Enter saves: these forms are a field or two.)"""

    saved = Signal(int)  # the referral id, once the service has accepted

    def __init__(
        self, ctx: ServiceContext, runner: Runner, row: ReferralRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, None, MINIMUM_WIDTH, parent)
        self._ctx, self._runner, self.row, self.today = ctx, runner, row, today
        self.layout_.insertWidget(0, self._build_header())

    def _build_header(self) -> QWidget:
        row = self.row
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        case = QLabel(" ".join(part for part in (row.case_number or "", row.case_title) if part))
        case.setFont(scaled_font(case, 1.1, bold=True))
        case.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(case)
        due = row.feedback_due.strftime(DATE_FORMAT) if row.feedback_due else "—"
        details = (
            self.tr("Diverted to %1 on %2; feedback due %3")
            .replace("%1", row.body_name)
            .replace("%2", row.decided_at.strftime(DATE_FORMAT))
            .replace("%3", due)
        )
        column.addWidget(hint(details))
        return box

    def run_save(self, fn: Callable[..., object], *args: object) -> None:
        super().run_save(fn, self._ctx, self.row.referral_id, *args)

    def saved_with(self, _result: object) -> None:
        self.saved.emit(self.row.referral_id)


class ConfirmationDialog(ReferralDialog):
    """登记回执: the body's 委托调解确认书 / 回执 came back — on which day, who confirmed."""

    def __init__(
        self, ctx: ServiceContext, runner: Runner, row: ReferralRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, runner, row, today, parent)
        self.setWindowTitle(self.tr("Record the returned confirmation"))
        decided = row.decided_at.date()
        self.confirmed_on = date_edit(row.confirmed_at or today, decided, today)
        self.add_field("confirmed_at", self.tr("Returned on"), self.confirmed_on)
        self.confirmed_by = QLineEdit(row.confirmed_by)
        self.confirmed_by.setPlaceholderText(self.tr("e.g. the body's contact person, or both parties"))
        self.confirmed_by.setMinimumWidth(320)
        self.add_field("confirmed_by", self.tr("Confirmed by"), self.confirmed_by)
        self.confirmed_by.setFocus()

    def submit(self) -> None:
        self.run_save(record_confirmation, self.confirmed_on.date().toPython(), self.confirmed_by.text())


class FeedbackDialog(ReferralDialog):
    """登记反馈: the body's result. Success or failure closes the case, 退回 brings it back to the room,
    正在办理 keeps the referral waiting (with a new due date if one was agreed)."""

    def __init__(
        self, ctx: ServiceContext, runner: Runner, row: ReferralRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, runner, row, today, parent)
        self.setWindowTitle(self.tr("Record the feedback"))
        decided = row.decided_at.date()
        self.add_field("result", self.tr("Result"), self._build_results())
        self.consequence = hint()
        self.form.addRow("", self.consequence)
        self.feedback_on = date_edit(today, decided, today)
        self.add_field("feedback_at", self.tr("Feedback received on"), self.feedback_on)
        self.add_field("new_due", self.tr("New due date"), self._build_new_due())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What the body reported (optional)"))
        self.note.setFixedHeight(72)
        self.add_field("note", self.tr("Note"), self.note)
        self._result_chosen()

    def _build_results(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        self.results = QButtonGroup(self)
        self.result_buttons: dict[FeedbackResult, QRadioButton] = {}
        for member in FeedbackResult:
            button = QRadioButton(label(member))
            self.results.addButton(button)
            self.result_buttons[member] = button
            row.addWidget(button)
        row.addStretch(1)
        self.results.buttonToggled.connect(lambda _button, _on: self._result_chosen())
        return box

    def _build_new_due(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.new_due_agreed = QCheckBox(self.tr("A new date was agreed:"))
        start = max(self.today, self.row.feedback_due or self.today)
        self.new_due = date_edit(start + DEFAULT_EXTENSION, self.today)
        self.new_due_agreed.toggled.connect(self.new_due.setEnabled)
        self.new_due.setEnabled(False)
        row.addWidget(self.new_due_agreed)
        row.addWidget(self.new_due)
        row.addStretch(1)
        return box

    def chosen_result(self) -> FeedbackResult | None:
        return next((member for member, button in self.result_buttons.items() if button.isChecked()), None)

    def _result_chosen(self) -> None:
        chosen = self.chosen_result()
        in_progress = chosen is FeedbackResult.IN_PROGRESS
        self.field_widgets["new_due"].setEnabled(in_progress)
        self.consequence.setText(self._consequence(chosen))
        self.save_button.setEnabled(self.can_save())

    def _consequence(self, chosen: FeedbackResult | None) -> str:
        if chosen is None:
            return self.tr("Choose what the body reported.")
        if chosen is FeedbackResult.IN_PROGRESS:
            return self.tr("The referral keeps waiting for feedback; record a new due date if one was agreed.")
        if chosen is FeedbackResult.RETURNED:
            return self.tr("The case comes back to the room (accepted) and needs a new decision on its route.")
        return self.tr("The referral is finished and the case is closed.")

    def can_save(self) -> bool:
        return self.chosen_result() is not None

    def submit(self) -> None:
        chosen = self.chosen_result()
        if chosen is None:
            return
        new_due = None
        if chosen is FeedbackResult.IN_PROGRESS and self.new_due_agreed.isChecked():
            new_due = self.new_due.date().toPython()
        on = self.feedback_on.date().toPython()
        self.run_save(save_feedback, chosen, on, self.note.toPlainText(), new_due)
