"""编辑调解协议: the written agreement edited as structure, checked for completeness as it is typed (what is missing
shows next to its field), saved as a draft at any time, and previewed for printing once it is complete."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QByteArray, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from mediation_app.domain.agreement_rules import Problem
from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import format_amount, parse_amount
from mediation_app.domain.vocabulary import AgreementKind, DisputeType, FormCode
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.agreement_terms import TermsEditor
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.widgets import FieldError, field_error_label, hint, with_error
from mediation_app.services.agreements import (
    AgreementInfo,
    AgreementInput,
    case_agreements,
    check_agreement_input,
    save_agreement,
)
from mediation_app.services.clauses import list_clauses

CHECK_DELAY_MS = 400  # the completeness check waits for a pause in typing
TEXT_FIELDS = ("facts", "disputed_matters", "responsibilities")
LINE_FIELDS = ("performance_manner", "performance_place")
PERSONAL_STATUS_UNANSWERED = "judicial.personal_status_unanswered"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def unsigned_draft(agreements: list[AgreementInfo]) -> AgreementInfo | None:
    """The written agreement being drafted (not yet in effect), if any."""
    drafts = [a for a in agreements if a.kind is AgreementKind.WRITTEN and a.effective_on is None]
    return drafts[-1] if drafts else None


class AgreementEditorDialog(CaseStepDialog):
    """Opens the case's draft (or a new one); ``problems`` is what the last check found."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Edit the mediation agreement"), parent)
        self.setMinimumSize(900, 720)
        self.draft: AgreementInfo | None = None
        self.problems: list[Problem] | None = None  # None until the first check has come back
        self._preview_after_save = False
        self._check_generation = 0
        self.errors: dict[str, FieldError] = {}
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._build_form()
        self._build_buttons()
        self._connect_edits()
        self._restore()
        self._load()

    # -- building ------------------------------------------------------------------------------------------
    def _row(self, code: str, text: str, widget: QWidget) -> None:
        self.errors[code] = field_error_label()
        self.add_field(code, text, with_error(widget, self.errors[code]))
        self.field_widgets[code] = widget  # the focus goes to the field itself, not its frame

    def _build_form(self) -> None:
        scroll, content = QScrollArea(), QWidget()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.layout_.removeItem(self.form)
        content.setLayout(self.form)
        scroll.setWidget(content)
        self.layout_.insertWidget(1, scroll, 1)
        self.parties_error = field_error_label()
        parties = hint(self.tr("Each party's particulars come from the case registration; correct them there."))
        self.errors["parties"] = self.parties_error
        self.form.addRow(self.tr("Parties"), with_error(parties, self.parties_error))
        labels = (self.tr("Facts of the dispute"), self.tr("Matters in dispute"), self.tr("Responsibilities"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for code, text in zip(TEXT_FIELDS, labels, strict=True):
            self.texts[code] = QPlainTextEdit()
            self.texts[code].setTabChangesFocus(True)
            self.texts[code].setFixedHeight(70)
            self._row(code, text, self.texts[code])
        self.terms_editor = TermsEditor(self.host.today)
        self.terms_editor.setMinimumHeight(330)
        self._row("terms", self.tr("Terms"), self.terms_editor)
        self._build_performance_rows()

    def _build_performance_rows(self) -> None:
        self.lines: dict[str, QLineEdit] = {}
        labels = (self.tr("Performance manner"), self.tr("Place of performance"))
        for code, text in zip(LINE_FIELDS, labels, strict=True):
            self.lines[code] = QLineEdit()
            self._row(code, text, self.lines[code])
        self._row("performance_deadline", self.tr("Deadline for performance"), self._deadline_row())
        self.field_widgets["performance_deadline"] = self.deadline_check
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaximumWidth(200)
        self._row("amount", self.tr("Total amount (yuan)"), self.amount_edit)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 20)
        self.copies_spin.setValue(len(self.host.summary.parties) + 1)
        self.copies_spin.setMaximumWidth(90)
        self._row("copies", self.tr("Copies"), self.copies_spin)
        self.personal_combo = QComboBox()
        for text, value in (
            (self.tr("Not answered"), None),
            (self.tr("No personal-status matter"), False),
            (self.tr("Settles a personal-status matter (marriage, adoption…)"), True),
        ):
            self.personal_combo.addItem(text, value)
        self._row("personal_status", self.tr("Personal status"), self.personal_combo)

    def _deadline_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.deadline_check = QCheckBox(self.tr("Set"))
        self.deadline_edit = QDateEdit(_qdate(self.host.today))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        row.addWidget(self.deadline_check)
        row.addWidget(self.deadline_edit)
        row.addStretch(1)
        return box

    def _build_buttons(self) -> None:
        self.save_button.setText(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Saves the agreement as it is, even incomplete (Ctrl+S)"))
        self.preview_button = QPushButton(self.tr("Save and preview the agreement"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.save_and_preview)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter in a field never saves by accident
            button.setDefault(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.layout_.insertWidget(self.layout_.indexOf(self.notice), self.status_label)

    def _connect_edits(self) -> None:
        for edit in self.texts.values():
            edit.textChanged.connect(self.schedule_check)
        for line in (*self.lines.values(), self.amount_edit):
            line.textChanged.connect(self.schedule_check)
        self.deadline_check.toggled.connect(self.schedule_check)
        self.deadline_edit.dateChanged.connect(self.schedule_check)
        self.copies_spin.valueChanged.connect(self.schedule_check)
        self.personal_combo.currentIndexChanged.connect(self.schedule_check)
        self.terms_editor.changed.connect(self.schedule_check)

    def _restore(self) -> None:
        geometry = self.host.settings.get(keys.AGREEMENT_EDITOR_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(960, 880)

    def done(self, result: int) -> None:
        self.host.settings.set(keys.AGREEMENT_EDITOR_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)

    # -- loading -------------------------------------------------------------------------------------------
    def _load(self) -> None:
        host = self.host
        host.runner.run(list_clauses, host.ctx, host.summary.dispute_type, on_done=self.terms_editor.set_clauses)
        host.runner.run(
            partial(case_agreements, host.ctx, self.case_id, today=host.today),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, agreements: list[AgreementInfo]) -> None:
        self.draft = unsigned_draft(agreements)
        if self.draft is not None:
            self.set_input(self.draft.data)
        self.schedule_check()

    def set_input(self, data: AgreementInput) -> None:
        for code in TEXT_FIELDS:
            self.texts[code].setPlainText(getattr(data, code))
        for code in LINE_FIELDS:
            self.lines[code].setText(getattr(data, code))
        self.deadline_check.setChecked(data.performance_deadline is not None)
        if data.performance_deadline is not None:
            self.deadline_edit.setDate(_qdate(data.performance_deadline))
        self.terms_editor.set_terms(data.terms)
        total = self.terms_editor.payment_total()
        explicit = data.amount_fen is not None and data.amount_fen != total
        shown = format_amount(data.amount_fen).replace(",", "") if explicit and data.amount_fen else ""
        self.amount_edit.setText(shown)
        if data.copies is not None:
            self.copies_spin.setValue(data.copies)
        self.personal_combo.setCurrentIndex(self.personal_combo.findData(data.personal_status))

    # -- what was typed --------------------------------------------------------------------------------------
    def typed(self) -> AgreementInput:
        return AgreementInput(
            terms=self.terms_editor.terms(),
            facts=self.texts["facts"].toPlainText(),
            disputed_matters=self.texts["disputed_matters"].toPlainText(),
            responsibilities=self.texts["responsibilities"].toPlainText(),
            performance_manner=self.lines["performance_manner"].text(),
            performance_place=self.lines["performance_place"].text(),
            performance_deadline=self.deadline_edit.date().toPython() if self.deadline_check.isChecked() else None,
            amount_fen=self._typed_amount(),
            copies=self.copies_spin.value(),
            personal_status=self.personal_combo.currentData(),
        )

    def _typed_amount(self) -> int | None:
        try:
            return parse_amount(self.amount_edit.text()) if self.amount_edit.text().strip() else None
        except DomainError:
            return None

    def _local_problems(self) -> dict[str, list[str]]:
        """What the service cannot see: amounts that do not parse, the unanswered personal-status question."""
        found: dict[str, list[str]] = {}
        try:
            if self.amount_edit.text().strip():
                parse_amount(self.amount_edit.text())
        except DomainError as error:
            found["amount"] = [error_message(error)]
        if self.terms_editor.amount_errors():
            found["terms"] = [self.tr("Term %1").replace("%1", e) for e in self.terms_editor.amount_errors()]
        marriage = self.host.summary.dispute_type is DisputeType.MARRIAGE_FAMILY
        if marriage and self.personal_combo.currentData() is None:
            found["personal_status"] = [message_for(PERSONAL_STATUS_UNANSWERED)]
        return found

    # -- the live check ------------------------------------------------------------------------------------
    def schedule_check(self) -> None:
        self._update_amount_hint()
        self._timer.start()

    def _update_amount_hint(self) -> None:
        total = self.terms_editor.payment_total()
        text = self.tr("Default: the payment terms' sum, %1 yuan").replace("%1", format_amount(total))
        self.amount_edit.setPlaceholderText(text)

    def check_now(self) -> None:
        self._timer.stop()
        self._check_generation += 1
        generation = self._check_generation
        self.host.runner.run(
            check_agreement_input,
            self.host.ctx,
            self.case_id,
            self.typed(),
            on_done=lambda problems: self._checked(generation, problems),
            on_error=self._failed,
        )

    def _checked(self, generation: int, problems: list[Problem]) -> None:
        if generation != self._check_generation:
            return  # the user typed on meanwhile: a newer check is on its way
        self.problems = problems
        self.show_problems(problems, self._local_problems())

    def show_problems(self, problems: list[Problem], local: dict[str, list[str]]) -> None:
        by_field: dict[str, list[str]] = {code: list(messages) for code, messages in local.items()}
        by_term: dict[int, list[str]] = {}
        for problem in problems:
            text = message_for(problem.code, problem.params)
            parts = problem.field.split(".")
            if parts[0] == "terms" and len(parts) > 1:
                by_term.setdefault(int(parts[1]), []).append(text)
            else:
                by_field.setdefault(parts[0] if parts[0] in self.errors else "parties", []).append(text)
        for code, error in self.errors.items():
            error.setText("\n".join(by_field.get(code, [])))
        self.terms_editor.set_problems(by_term)
        missing = sum(len(m) for m in by_field.values()) + sum(len(m) for m in by_term.values())
        self.complete = missing == 0
        self.preview_button.setEnabled(self.complete)
        self.status_label.setText(
            self.tr("Complete: the agreement can be previewed and printed.")
            if self.complete
            else self.tr("%n item(s) still missing (shown in red under the fields).", "", missing)
        )

    complete = False

    # -- saving --------------------------------------------------------------------------------------------
    def submit(self) -> None:
        self._preview_after_save = False
        self._save()

    def save_and_preview(self) -> None:
        self.check_now()
        if not self.complete:
            self.notice.show_message(self.tr("The agreement is not complete yet; see what is missing."), error=True)
            return
        self._preview_after_save = True
        self._save()

    def _save(self) -> None:
        if "amount" in self._local_problems() or self.terms_editor.amount_errors():
            self.notice.show_message(self.tr("An amount is not a number; correct it first."), error=True)
            return
        draft = self.draft
        self.run_save(
            partial(
                save_agreement,
                agreement_id=draft.agreement_id if draft else None,
                version=draft.version if draft else None,
                today=self.host.today,
            ),
            self.case_id,
            self.typed(),
        )

    def _done(self, result: object) -> None:
        if isinstance(result, AgreementInfo):
            self.draft = result
        super()._done(result)
        if self._preview_after_save:
            self.preview_paper(FormCode.AGREEMENT.value)  # issuing it gives the 协议书 its number

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.terms_editor.focus_refused(error)
