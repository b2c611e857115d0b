"""受理登记: a compact registration form, checked as it is typed; saves, and optionally accepts at once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import parse_amount
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyRole, RiskLevel
from mediation_app.gui.errors import error_message
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.party_fields import PartyFields
from mediation_app.gui.vocab import risk_icon
from mediation_app.gui.widgets import (
    Notice,
    VocabularyCombo,
    add_shortcut,
    field_error_label,
    hint,
    page_layout,
    with_error,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import CaseRef, IntakeInput, register_and_accept_case, register_case


class IntakeView(QWidget):
    case_saved = Signal(object)  # CaseRef of a registered (and perhaps accepted) case

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.busy = False
        layout = page_layout(self, self.tr("Intake"))
        layout.addWidget(
            hint(
                self.tr(
                    "Register a dispute. Fields marked * are required; Ctrl+S saves, Enter moves to the next field."
                )
            )
        )
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self._build_case_box())
        left.addStretch(1)
        columns.addLayout(left, 2)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self._build_parties_box())
        right.addWidget(self._build_facts_box(), 1)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_buttons())
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.focusNextChild)  # Enter never submits the form
        self.reset()

    def _build_case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.channel = VocabularyCombo(Channel)
        self.dispute_type = VocabularyCombo(DisputeType, self.tr("— choose —"))
        self.type_error = field_error_label()
        self.received = QDateTimeEdit(calendarPopup=True)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.community = QLineEdit()
        self.community.setMaxLength(60)
        self.risk = VocabularyCombo(RiskLevel, icon=risk_icon)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("in yuan, e.g. 1200.50"))
        self.amount.textEdited.connect(self.check_amount)
        self.amount_error = field_error_label()
        form.addRow(self.tr("Channel *"), self.channel)
        form.addRow(self.tr("Dispute type *"), with_error(self.dispute_type, self.type_error))
        form.addRow(self.tr("Received *"), self.received)
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Risk colour"), self.risk)
        form.addRow(self.tr("Amount involved"), with_error(self.amount, self.amount_error))
        self.dispute_type.currentIndexChanged.connect(self.check_type)
        return box

    def _build_parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Parties"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, text in enumerate((self.tr("Name"), self.tr("Phone"), self.tr("ID number")), start=1):
            grid.addWidget(QLabel(text), 0, column)
        self.applicant = PartyFields(PartyRole.APPLICANT, required=True)
        self.respondent = PartyFields(PartyRole.RESPONDENT, required=False)
        self.applicant.place(grid, 1)
        self.respondent.place(grid, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 3)
        return box

    def _build_facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Facts and requests"))
        column = QVBoxLayout(box)
        self.facts = QPlainTextEdit()
        self.facts.setPlaceholderText(self.tr("What happened, when and where, and what each party asks for."))
        self.facts.setTabChangesFocus(True)
        column.addWidget(self.facts)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.clicked.connect(self.reset)
        self.save_button = QPushButton(self.tr("Register (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.accept_button = QPushButton(self.tr("Register and accept"))
        self.accept_button.setToolTip(self.tr("Registers the case and accepts it at once; it gets its case number."))
        self.accept_button.clicked.connect(self.save_and_accept)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.accept_button)
        return row

    # -- checks ---------------------------------------------------------------------------------------------
    def check_amount(self) -> bool:
        text = self.amount.text().strip()
        try:
            if text:
                parse_amount(text)
        except DomainError as error:
            self.amount_error.setText(error_message(error))
            return False
        self.amount_error.clear()
        return True

    def check_type(self) -> bool:
        chosen = self.dispute_type.member() is not None
        self.type_error.setText("" if chosen else self.tr("Please choose the dispute type."))
        return chosen

    def check(self) -> bool:
        """Every check runs so that every reason shows at once; focus goes to the first wrong field."""
        results = [self.check_type(), self.check_amount(), self.applicant.check(), self.respondent.check()]
        if all(results):
            return True
        first = next(
            (
                w
                for w in (
                    self.dispute_type if not results[0] else None,
                    self.amount if not results[1] else None,
                    self.applicant.first_invalid(),
                    self.respondent.first_invalid(),
                )
                if w
            ),
            None,
        )
        if first is not None:
            first.setFocus()
        self.notice.show_message(self.tr("Please correct the fields marked in red."), error=True)
        return False

    def intake_input(self) -> IntakeInput:
        parties = tuple(p for p in (self.applicant.value(), self.respondent.value()) if p is not None)
        amount = self.amount.text().strip()
        received: datetime = self.received.dateTime().toPython()
        return IntakeInput(
            channel=self.channel.member(),
            dispute_type=self.dispute_type.member(),
            facts=self.facts.toPlainText().strip(),
            parties=parties,
            received_at=received.replace(second=0, microsecond=0),
            community=self.community.text().strip(),
            risk=self.risk.member(),
            amount_fen=parse_amount(amount) if amount else None,
        )

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        self._submit(accept=False)

    def save_and_accept(self) -> None:
        self._submit(accept=True)

    def _submit(self, *, accept: bool) -> None:
        if self.busy or not self.check():
            return
        self._set_busy(True)
        # Registering and accepting is one transaction: the case is saved with its number, or not at all.
        self._runner.run(
            register_and_accept_case if accept else register_case,
            self._ctx,
            self.intake_input(),
            write=True,
            on_done=self._accepted if accept else self._registered,
            on_error=self._failed,
        )

    def _registered(self, ref: CaseRef) -> None:
        self._done(ref, self.tr("Registered. The case gets its number when it is accepted."))

    def _accepted(self, ref: CaseRef) -> None:
        self._done(ref, self.tr("Accepted. Case number: %1").replace("%1", ref.number or ""))

    def _done(self, ref: CaseRef, message: str, *, error: bool = False) -> None:
        self._set_busy(False)
        self.reset()
        self.notice.show_message(message, error=error)
        self.case_saved.emit(ref)

    def _failed(self, error: BaseException) -> None:
        """Nothing was saved; the typed input stays so it can be corrected."""
        self._set_busy(False)
        self.notice.show_message(error_message(error), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.save_button, self.accept_button, self.clear_button):
            button.setEnabled(not busy)

    def reset(self) -> None:
        """An empty form for the next visitor; received time is now."""
        self.channel.setCurrentIndex(0)
        self.dispute_type.setCurrentIndex(0)
        self.received.setDateTime(QDateTime.currentDateTime())
        self.risk.set_member(RiskLevel.YELLOW)
        for edit in (self.community, self.amount):
            edit.clear()
        self.facts.clear()
        self.applicant.clear()
        self.respondent.clear()
        for error in (self.type_error, self.amount_error):
            error.clear()
        self.notice.clear_message()

    def is_pristine(self) -> bool:
        """Nothing typed yet."""
        texts = [self.community.text(), self.amount.text(), self.facts.toPlainText()]
        return not any(t.strip() for t in texts) and self.applicant.is_blank() and self.respondent.is_blank()

    def refresh(self) -> None:
        """The form keeps what is typed across view switches; an untouched form's time moves to now."""
        if self.is_pristine():
            self.received.setDateTime(QDateTime.currentDateTime())
