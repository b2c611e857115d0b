"""After the outcome: 记录履行 (with the amount checked as it is typed and a receipt among the case's
attachments), 记录回访 (then its 回访记录 printed), and 结案 (what closing means, and why it may be refused)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import parse_amount
from mediation_app.domain.vocabulary import AttachmentKind, Performance, Satisfaction, VisitMethod, Vocabulary
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.work_step import GrowingText, WorkStepDialog, date_edit, line, print_offer, qdate
from mediation_app.gui.errors import error_message
from mediation_app.gui.i18n import bracketed
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import VocabularyCombo, field_error_label, hint, with_error
from mediation_app.services.agreements import AgreementInfo, case_agreements
from mediation_app.services.attachments import AttachmentInfo, list_attachments
from mediation_app.services.context import ServiceContext
from mediation_app.services.followup import (
    PerformanceInfo,
    PerformanceInput,
    VisitInfo,
    VisitInput,
    close_case,
    list_performance,
    list_visits,
    record_performance,
    record_visit,
)

RECEIPT_KINDS = frozenset({AttachmentKind.RECEIPT, AttachmentKind.EVIDENCE})


def save_performance(ctx: ServiceContext, agreement_id: int, data: PerformanceInput, today: date) -> object:
    return record_performance(ctx, agreement_id, data, today=today)


def save_visit(ctx: ServiceContext, case_id: int, data: VisitInput, today: date) -> object:
    return record_visit(ctx, case_id, data, today=today)


def radio_row(
    owner: QWidget, members: list[Vocabulary]
) -> tuple[QWidget, QButtonGroup, dict[Vocabulary, QRadioButton]]:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(14)
    group = QButtonGroup(owner)
    buttons: dict[Vocabulary, QRadioButton] = {}
    for member in members:
        buttons[member] = QRadioButton(label(member))
        group.addButton(buttons[member])
        row.addWidget(buttons[member])
    row.addStretch(1)
    return box, group, buttons


def checked(buttons: dict[Vocabulary, QRadioButton]) -> Vocabulary | None:
    return next((member for member, button in buttons.items() if button.isChecked()), None)


class PerformanceDialog(WorkStepDialog):
    """记录履行: which agreement, performed / partly / not, when, how much, and the receipt."""

    def __init__(self, host: StepHost, parent: QWidget | None = None, record_id: int | None = None) -> None:
        super().__init__(host, self.tr("Record performance"), parent)
        self.record_id = record_id
        self.agreement = QComboBox()
        self.add_field("agreement", self.tr("Agreement"), self.agreement)
        box, _group, self.status_buttons = radio_row(self, list(Performance))
        self.status_buttons[Performance.PERFORMED].setChecked(True)
        self.add_field("status", self.tr("Performance"), box)
        self.recorded_on = date_edit(host.today, host.today)
        self.add_field("recorded_on", self.tr("Recorded on"), self.recorded_on)
        self.performed_on = date_edit(host.today, host.today)
        self.add_field("performed_on", self.tr("Performed on"), self.performed_on)
        self.amount = line("", self.tr("in yuan, e.g. 1200.50"), width=200)
        self.amount_error = field_error_label()
        self.add_field("amount", self.tr("Amount performed (yuan)"), with_error(self.amount, self.amount_error))
        self.field_widgets["amount"] = self.amount
        self.receipt = QComboBox()
        self.receipt.addItem(self.tr("(none)"), None)
        self.add_field("receipt", self.tr("Receipt"), self.receipt)
        self.note = GrowingText(self.tr("e.g. paid by bank transfer"), lines=2)
        self.add_field("note", self.tr("Note"), self.note)
        for button in self.status_buttons.values():
            button.toggled.connect(lambda *_: self._status_chosen())
        self.amount.textEdited.connect(lambda *_: self.check_amount(finished=False))
        self.amount.editingFinished.connect(lambda: self.check_amount(finished=True))
        self._load()

    def _load(self) -> None:
        ctx, runner = self.host.ctx, self.host.runner
        runner.run(case_agreements, ctx, self.case_id, on_done=self._agreements_loaded, on_error=self._failed)
        runner.run(list_attachments, ctx, self.case_id, on_done=self._attachments_loaded, on_error=self._failed)
        if self.record_id is not None:
            runner.run(list_performance, ctx, self.case_id, on_done=self._records_loaded, on_error=self._failed)

    def _agreements_loaded(self, agreements: list[AgreementInfo]) -> None:
        in_effect = [a for a in agreements if a.effective_on is not None]
        for info in reversed(in_effect):  # the latest first: the one usually meant
            text = f"{info.number or label(info.kind)}{bracketed(f'{info.effective_on:%Y-%m-%d}')}"
            self.agreement.addItem(text, info.agreement_id)
        self.agreement.setEnabled(len(in_effect) > 1 and not self.read_only)

    def _attachments_loaded(self, attachments: list[AttachmentInfo]) -> None:
        for item in attachments:
            if item.kind in RECEIPT_KINDS:
                self.receipt.addItem(f"{item.filename}{bracketed(label(item.kind))}", item.attachment_id)

    def _records_loaded(self, records: list[PerformanceInfo]) -> None:
        record = next((r for r in records if r.record_id == self.record_id), None)
        if record is None:
            return
        self.agreement.setCurrentIndex(max(self.agreement.findData(record.agreement_id), 0))
        self.status_buttons[record.status].setChecked(True)
        self.recorded_on.setDate(qdate(record.recorded_on))
        if record.performed_on is not None:
            self.performed_on.setDate(qdate(record.performed_on))
        self.amount.setText(f"{record.amount_fen / 100:.2f}" if record.amount_fen is not None else "")
        self.receipt.setCurrentIndex(max(self.receipt.findData(record.receipt_attachment_id), 0))
        self.note.setPlainText(record.note)
        self.show_read_only(
            self.tr("A performance record is kept as it was made; record a new one if it changed."),
            self.tr("Performance record"),
        )

    def _status_chosen(self) -> None:
        self.performed_on.setEnabled(checked(self.status_buttons) is not Performance.NOT_PERFORMED)

    def check_amount(self, *, finished: bool) -> bool:
        """Say why the amount cannot be read; while typing, only once more typing cannot mend it."""
        text = self.amount.text().strip()
        message = ""
        if text:
            try:
                parse_amount(text)
            except DomainError as error:
                incomplete = error.code == "amount.not_a_number"
                message = error_message(error) if finished or not incomplete or self.amount_error.text() else ""
        self.amount_error.setText(message)
        return not message

    def data(self) -> PerformanceInput | None:
        text = self.amount.text().strip()
        try:
            amount = parse_amount(text) if text else None
        except DomainError:
            return None
        status = checked(self.status_buttons)
        assert isinstance(status, Performance)
        performed = self.performed_on.date().toPython() if self.performed_on.isEnabled() else None
        recorded = self.recorded_on.date().toPython()
        return PerformanceInput(
            status, recorded, performed, amount, self.note.toPlainText(), self.receipt.currentData()
        )

    def submit(self) -> None:
        data = self.data()
        if data is None or not self.check_amount(finished=True):
            self.check_amount(finished=True)
            self.amount.setFocus()
            return
        if self.agreement.currentData() is None:
            self.notice.show_message(self.tr("No agreement of this case is in effect."), error=True)
            return
        self.run_save(save_performance, int(self.agreement.currentData()), data, self.host.today)


class VisitDialog(WorkStepDialog):
    """记录回访: who was visited, how, how the agreement is performed, satisfaction, later suit, residual risk."""

    def __init__(self, host: StepHost, parent: QWidget | None = None, visit_id: int | None = None) -> None:
        super().__init__(host, self.tr("Record a follow-up visit"), parent)
        self.visit_id = visit_id
        self.visited_on = date_edit(host.today, host.today)
        self.add_field("visited_on", self.tr("Visited on"), self.visited_on)
        self.visitee = QComboBox()
        self.visitee.setEditable(True)
        self.visitee.addItems([p.name for p in host.summary.parties])
        self.visitee.setMinimumWidth(260)
        self.add_field("visitee", self.tr("Visitee"), self.visitee)
        self.phone = line("", "", width=200)
        self.add_field("visitee_phone", self.tr("Phone"), self.phone)
        self.place = line("", self.tr("Where the visit took place (optional)"))
        self.add_field("place", self.tr("Place"), self.place)
        self.method = VocabularyCombo(VisitMethod)
        self.add_field("method", self.tr("Method"), self.method)
        self.visitor = line(host.summary.mediators.split("、")[0], "", width=200)
        self.add_field("visitor", self.tr("Visitor"), self.visitor)
        self.performance = VocabularyCombo(Performance, self.tr("— not asked —"))
        self.add_field("performance", self.tr("Performance"), self.performance)
        box, _group, self.satisfaction = radio_row(self, list(Satisfaction))
        self.add_field("satisfaction", self.tr("Satisfaction"), box)
        self.later_suit = QCheckBox(self.tr("A party has since gone to court"))
        self.add_field("later_suit", "", self.later_suit)
        self.residual_risk = line("", self.tr("e.g. none; or the dispute may flare up again"))
        self.add_field("residual_risk", self.tr("Residual risk"), self.residual_risk)
        self.note = GrowingText("", lines=2)
        self.add_field("note", self.tr("Note"), self.note)
        self.print_record = print_offer(self.tr("Print the follow-up record after saving"))
        self.form.addRow("", self.print_record)
        if visit_id is not None:
            host.runner.run(list_visits, host.ctx, self.case_id, on_done=self._visits_loaded, on_error=self._failed)
        self.visitee.setFocus()

    def _visits_loaded(self, visits: list[VisitInfo]) -> None:
        visit = next((v for v in visits if v.visit_id == self.visit_id), None)
        if visit is None:
            return
        data = visit.data
        self.visited_on.setDate(qdate(data.visited_on))
        self.visitee.setCurrentText(data.visitee)
        self.phone.setText(data.visitee_phone)
        self.place.setText(data.place)
        self.method.set_member(data.method)
        self.visitor.setText(data.visitor)
        self.performance.set_member(data.performance)
        if data.satisfaction is not None:
            self.satisfaction[data.satisfaction].setChecked(True)
        self.later_suit.setChecked(data.later_suit)
        self.residual_risk.setText(data.residual_risk)
        self.note.setPlainText(data.note)
        self.print_record.hide()
        self.show_read_only(
            self.tr("A visit is kept as it was recorded; record a new visit if more was learnt."),
            self.tr("Follow-up visit"),
        )

    def data(self) -> VisitInput:
        satisfaction = checked(self.satisfaction)
        return VisitInput(
            visited_on=self.visited_on.date().toPython(),
            visitee=self.visitee.currentText(),
            method=self.method.member() or VisitMethod.PHONE,
            visitor=self.visitor.text(),
            performance=self.performance.member(),
            satisfaction=satisfaction if isinstance(satisfaction, Satisfaction) else None,
            later_suit=self.later_suit.isChecked(),
            residual_risk=self.residual_risk.text(),
            note=self.note.toPlainText(),
            visitee_phone=self.phone.text(),
            place=self.place.text(),
        )

    def submit(self) -> None:
        self.run_save(save_visit, self.case_id, self.data(), self.host.today)

    def _done(self, result: object) -> None:
        printing = self.print_record.isChecked()
        super()._done(result)
        if printing:
            self.open_previews("visit_record", 0)


class CloseCaseDialog(WorkStepDialog):
    """结案: says what closing means; the service refuses a successful case not yet visited."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Close the case"), parent)
        explanation = hint(
            self.tr(
                "Closing ends the work on this case: no more sessions, performance records or visits are expected. "
                "The case then waits to be archived as a case file. The clock keeps the day the outcome was reached."
            )
        )
        explanation.setMinimumWidth(520)
        self.form.addRow(explanation)
        self.question = QLabel(self.tr("Close this case now?"))
        self.form.addRow(self.question)
        self.save_button.setText(self.tr("Close the case"))
        self.save_button.setFocus()

    def submit(self) -> None:
        self.run_save(close_case, self.case_id)
