"""The agreement's later steps: 协议生效 (signed), 登记口头协议, 申请司法确认 (its 30-day window shown) and the
court's decision; each offers to print its paper afterwards."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from mediation_app.domain.agreement_rules import JudicialState, JudicialWindow
from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import AgreementKind, CourtDecision, FormCode
from mediation_app.gui.dialogs.agreement_terms import TermsEditor
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.errors import message_for
from mediation_app.gui.i18n import bracketed
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import hint
from mediation_app.services.agreements import (
    AgreementInfo,
    AgreementInput,
    case_agreements,
    mark_effective,
    register_oral_agreement,
)
from mediation_app.services.clauses import list_clauses
from mediation_app.services.context import ServiceContext
from mediation_app.services.judicial import apply_judicial_confirmation, record_court_decision, set_personal_status


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(day.year, day.month, day.day))
    edit.setFixedWidth(150)
    return edit


def written(agreements: list[AgreementInfo], *, effective: bool) -> AgreementInfo | None:
    """The latest written agreement in effect (or the draft not yet in effect)."""
    found = [a for a in agreements if a.kind is AgreementKind.WRITTEN and (a.effective_on is not None) is effective]
    return found[-1] if found else None


class _AgreementStep(CaseStepDialog):
    """A step about one agreement: loaded when the dialog opens; Save waits for it."""

    effective = True  # which agreement the step concerns: the one in effect, or the draft

    def __init__(self, host: StepHost, title: str, parent: QWidget | None = None) -> None:
        super().__init__(host, title, parent)
        self.agreement: AgreementInfo | None = None
        self.print_form: str | None = None  # the paper offered after saving
        self.print_check = QCheckBox()
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.setEnabled(False)

    def load(self) -> None:
        host = self.host
        host.runner.run(
            partial(case_agreements, host.ctx, self.case_id, today=host.today),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, agreements: list[AgreementInfo]) -> None:
        self.agreement = written(agreements, effective=self.effective)
        self.save_button.setEnabled(self.agreement is not None)
        if self.agreement is None:
            self.notice.show_message(message_for("agreement.missing"), error=True)

    def offer_print(self, form: FormCode, text: str) -> None:
        self.print_form = form.value
        self.print_check.setText(text)
        self.print_check.setChecked(True)
        self.add_field("print", "", self.print_check)

    def _done(self, result: object) -> None:
        super()._done(result)
        if self.print_form is not None and self.print_check.isChecked():
            self.preview_paper(self.print_form)


class MarkEffectiveDialog(_AgreementStep):
    """协议生效: the day the parties signed the printed 协议书; refused (with the reason) until it was printed."""

    effective = False

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Record the agreement as signed"), parent)
        self.form.addRow(hint(self.tr("The day the parties signed and the committee sealed the printed agreement.")))
        self.signed_edit = date_edit(host.today)
        self.add_field("signed_on", self.tr("Signed on"), self.signed_edit)
        self.refusal = next((a for a in host.summary.actions if a.action is CaseAction.MARK_EFFECTIVE), None)
        self.load()

    def _loaded(self, agreements: list[AgreementInfo]) -> None:
        super()._loaded(agreements)
        state = self.refusal
        if self.agreement is not None and state is not None and not state.allowed and state.reason:
            self.notice.show_message(message_for(state.reason, dict(state.params)), error=True)
            self.save_button.setEnabled(False)

    def submit(self) -> None:
        if self.agreement is not None:
            signed = self.signed_edit.date().toPython()
            self.run_save(partial(mark_effective, today=self.host.today), self.agreement.agreement_id, signed)


class OralAgreementDialog(CaseStepDialog):
    """登记口头协议: the terms agreed and the day; the case has succeeded; 口头协议登记表 offered for printing."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Register an oral agreement"), parent)
        self.setMinimumSize(780, 560)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.form.addRow(hint(self.tr("The parties agreed orally (no written agreement); register what they agreed.")))
        self.agreed_edit = date_edit(host.today)
        self.add_field("agreed_on", self.tr("Agreed on"), self.agreed_edit)
        self.terms_editor = TermsEditor(host.today)
        self.terms_editor.setMinimumHeight(320)
        self.add_field("terms", self.tr("Content agreed"), self.terms_editor)
        self.print_check = QCheckBox(self.tr("Print the oral agreement register afterwards"))
        self.print_check.setChecked(True)
        self.add_field("print", "", self.print_check)
        host.runner.run(list_clauses, host.ctx, host.summary.dispute_type, on_done=self.terms_editor.set_clauses)

    def submit(self) -> None:
        if self.terms_editor.amount_errors():
            self.notice.show_message("\n".join(self.terms_editor.amount_errors()), error=True)
            return
        data = AgreementInput(terms=self.terms_editor.terms())
        day = self.agreed_edit.date().toPython()
        self.run_save(partial(register_oral_agreement, today=self.host.today), self.case_id, day, data)

    def _done(self, result: object) -> None:
        super()._done(result)
        if self.print_check.isChecked():
            self.preview_paper(FormCode.ORAL_AGREEMENT.value)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.terms_editor.focus_refused(error)


def apply_with_status(
    ctx: ServiceContext,
    agreement_id: int,
    personal_status: bool | None,
    applied_on: date,
    court_name: str,
    today: date,
) -> AgreementInfo:
    """Answer the personal-status question first (if it was asked), then apply: a "yes" is refused with why."""
    if personal_status is not None:
        set_personal_status(ctx, agreement_id, personal_status)
    return apply_judicial_confirmation(ctx, agreement_id, applied_on, court_name, today=today)


class ApplyJudicialDialog(_AgreementStep):
    """申请司法确认: the window (open: N days left; closed; blocked and why), the date and the court."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Apply for judicial confirmation"), parent)
        self.window_label = hint()
        self.window_label.setObjectName("")
        self.form.addRow(self.tr("Window"), self.window_label)
        self.applied_edit = date_edit(host.today)
        self.add_field("applied_on", self.tr("Applied on"), self.applied_edit)
        self.court_edit = QLineEdit()
        self.court_edit.setPlaceholderText(self.tr("e.g. 某区人民法院"))
        self.add_field("court_name", self.tr("Court"), self.court_edit)
        self.status_check = QCheckBox(self.tr("The agreement settles a personal-status matter (marriage, adoption…)"))
        self.status_check.hide()
        self.offer_print(FormCode.JUDICIAL_CONFIRMATION, self.tr("Print the application afterwards"))
        self.load()

    def _loaded(self, agreements: list[AgreementInfo]) -> None:
        super()._loaded(agreements)
        if self.agreement is not None:
            self.show_window(self.agreement.judicial)

    def show_window(self, window: JudicialWindow) -> None:
        self.window_label.setText(self.window_text(window))
        unanswered = window.reason == "judicial.personal_status_unanswered"
        if unanswered:
            self.add_field("personal_status", self.tr("Personal status"), self.status_check)
            self.status_check.show()
        if window.state is not JudicialState.OPEN and not unanswered:
            reason = message_for(window.reason or "judicial.window_closed", _params(window))
            self.notice.show_message(reason, error=True)
            self.save_button.setEnabled(False)

    def window_text(self, window: JudicialWindow) -> str:
        deadline = window.deadline.isoformat() if window.deadline else ""
        if window.state is JudicialState.OPEN:
            days = window.days_left or 0
            text = self.tr("Open: %n day(s) left", "", days) if days else self.tr("Open: today is the last day")
            until = self.tr("until %1").replace("%1", deadline)
            return f"{text}{bracketed(until)}"
        if window.state is JudicialState.CLOSED:
            return self.tr("Closed: the 30 days ended on %1").replace("%1", deadline)
        return label(window.state)

    def submit(self) -> None:
        if self.agreement is None:
            return
        status = self.status_check.isChecked() if self.status_check.isVisible() else None
        self.run_save(
            apply_with_status,
            self.agreement.agreement_id,
            status,
            self.applied_edit.date().toPython(),
            self.court_edit.text(),
            self.host.today,
        )


def _params(window: JudicialWindow) -> dict[str, object]:
    return {"deadline": window.deadline.isoformat() if window.deadline else ""}


class CourtDecisionDialog(_AgreementStep):
    """记录法院裁定: 确认有效 or 驳回申请, and the day."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Record the court's decision"), parent)
        row, box = QHBoxLayout(), QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        box.setLayout(row)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[CourtDecision, QRadioButton] = {}
        for decision in CourtDecision:
            button = QRadioButton(label(decision))
            self.decision_group.addButton(button)
            self.decision_buttons[decision] = button
            row.addWidget(button)
        row.addStretch(1)
        self.decision_buttons[CourtDecision.CONFIRMED].setChecked(True)
        self.add_field("decision", self.tr("Decision"), box)
        self.decided_edit = date_edit(host.today)
        self.add_field("decided_on", self.tr("Decided on"), self.decided_edit)
        self.load()

    def decision(self) -> CourtDecision:
        return next(d for d, b in self.decision_buttons.items() if b.isChecked())

    def submit(self) -> None:
        if self.agreement is not None:
            self.run_save(
                partial(record_court_decision, today=self.host.today),
                self.agreement.agreement_id,
                self.decision(),
                self.decided_edit.date().toPython(),
            )
