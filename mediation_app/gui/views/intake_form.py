"""The intake form itself: the case, the risk, the parties and the facts, with the buttons under them; what it
holds as the service's input or as a draft, and where a reason for refusing it is shown."""

from __future__ import annotations

from functools import partial
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import Channel, DisputeType
from mediation_app.gui.errors import error_message
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.intake_case import CaseFields
from mediation_app.gui.views.intake_inputs import KeyboardForm, scrolling
from mediation_app.gui.views.intake_parties import PartiesBox
from mediation_app.gui.views.intake_risk import RiskBox
from mediation_app.gui.views.party_fields import PartyFields
from mediation_app.gui.widgets import Notice
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, check_intake

LEFT_WIDTH = 390


def _align_labels(*layouts: QLayout) -> None:
    """The case's and the risk's fields start at the same place: their labels share one width."""
    labels = [
        item.widget()
        for form in layouts
        if isinstance(form, QFormLayout)
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class IntakeForm(KeyboardForm):
    typed = Signal()  # anything typed: a draft keeps it
    facts_changed = Signal()  # something the risk suggestion depends on

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 6, 0)
        left_column.setSpacing(10)
        self.case = CaseFields()
        self.risk = RiskBox()
        left_column.addWidget(self.case)
        left_column.addWidget(self.risk)
        left_column.addStretch(1)
        self.left_area = scrolling(left)
        self.left_area.setFixedWidth(LEFT_WIDTH)
        columns.addWidget(self.left_area)
        _align_labels(self.case.layout(), self.risk.layout())
        right = QVBoxLayout()
        right.setSpacing(10)
        self.parties = PartiesBox(ctx, runner)
        right.addWidget(self.parties, 1)
        right.addWidget(self._build_facts_box())
        columns.addLayout(right, 1)
        self.body_area = scrolling(body)  # a small window scrolls the form; it never grows to fit it
        column.addWidget(self.body_area, 1)
        self.notice = Notice()
        column.addWidget(self.notice)
        column.addLayout(self._build_buttons())
        for signal in (self.case.changed, self.parties.changed, self.risk.facts_changed):
            signal.connect(self.facts_changed)
        for signal in (self.facts_changed, self.risk.changed, self.facts.textChanged):
            signal.connect(self.typed)
        self.parties.cards_changed.connect(self.chain_tab_order)
        self.chain_tab_order()

    def _build_facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Facts of the dispute"))
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 10, 8, 8)
        self.facts = QPlainTextEdit()
        self.facts.setPlaceholderText(self.tr("What happened, between whom, and how it stands now."))
        self.facts.setTabChangesFocus(True)
        self.facts.setFixedHeight(self.facts.fontMetrics().lineSpacing() * 4 + 14)
        column.addWidget(self.facts)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("Start a new intake; what is typed here is kept as a draft."))
        self.drafts_button = QPushButton(self.tr("Drafts…"))
        self.save_button = QPushButton(self.tr("Register (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Registers the case; then decide to accept, not accept or divert it."))
        self.accept_button = QPushButton(self.tr("Register and accept"))
        self.accept_button.setToolTip(self.tr("Registers the case and accepts it at once; it gets its case number."))
        row.addWidget(self.new_button)
        row.addWidget(self.drafts_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.accept_button)
        return row

    def chain_tab_order(self) -> None:
        """Tab follows the form as it reads: the case, the parties card by card, the facts, the risk, the buttons."""
        chain = [*self.case.focus_chain(), *self.parties.focus_chain(), self.facts, *self.risk.focus_chain()]
        chain += [self.save_button, self.accept_button, self.new_button, self.drafts_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def applicant(self) -> PartyFields:
        """The first party on the form."""
        return self.parties.cards[0]

    # -- the input ------------------------------------------------------------------------------------------
    def intake_input(self, *, lenient: bool = False, draft_id: int | None = None) -> IntakeInput:
        """What the service takes; ``lenient`` fills gaps (no dispute type yet) for the risk suggestion."""
        case = self.case
        dispute = case.dispute_type.member() or (DisputeType.OTHER if lenient else None)
        return IntakeInput(
            channel=case.channel.member() or Channel.WALK_IN,
            dispute_type=dispute,  # type: ignore[arg-type]
            facts=self.facts.toPlainText().strip(),
            parties=self.parties.values(),
            received_at=None if lenient else case.received_at(),
            community=case.community.text().strip(),
            risk=self.risk.chosen(),
            amount_fen=case.amount_fen(),
            people_involved=case.people.value(),
            may_escalate=self.risk.may_escalate.isChecked(),
            referrer_unit=case.referrer_unit.text().strip(),
            referrer_person=case.referrer_person.text().strip(),
            place=case.place.text().strip(),
            occurred_at=case.occurred_at(),
            grid=case.grid.text().strip(),
            received_by_id=case.staff.currentData(),
            risk_override_reason=self.risk.override_reason(),
            draft_id=draft_id,
        )

    def is_pristine(self) -> bool:
        """Nothing typed yet."""
        return self.case.is_blank() and self.parties.is_blank() and not self.facts.toPlainText().strip()

    def payload(self) -> dict[str, Any] | None:
        if self.is_pristine():
            return None
        return {
            **self.case.payload(),
            **self.risk.payload(),
            "facts": self.facts.toPlainText(),
            "parties": self.parties.payload(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.case.restore(payload)
        self.risk.restore(payload)
        self.facts.setPlainText(str(payload.get("facts") or ""))
        parties = payload.get("parties")
        self.parties.restore([p for p in parties if isinstance(p, dict)] if isinstance(parties, list) else [])

    # -- checking -------------------------------------------------------------------------------------------
    def check(self) -> bool:
        """Every reason shows at once; focus goes to the first wrong field; nothing is sent while any is wrong."""
        results = [self.case.check(), self.parties.check(), self.risk.check()]
        if all(results):
            results.append(self._show_service_problems(check_intake(self.intake_input())))
        if all(results):
            return True
        self.focus_first_problem()
        self.notice.show_message(self.tr("Please correct the fields marked in red."), error=True)
        return False

    def _show_service_problems(self, problems: list[DomainError]) -> bool:
        for problem in problems:
            self.show_problem(problem)
        return not problems

    def show_problem(self, error: DomainError) -> None:
        """Put a service's reason next to the field it names (``parties.1.phone``, ``amount`` …)."""
        field = str(error.params.get("field", ""))
        message = error_message(error)
        cards = self.parties.used_cards()
        head, _, rest = field.partition(".")
        if head == "parties" and rest:
            index, _, name = rest.partition(".")
            if index.isdigit() and int(index) < len(cards):
                cards[int(index)].show_problem(name or "name", message)
                return
        if head == "parties":
            self.applicant.show_problem("name", message)
        elif field == "risk_override_reason":
            self.risk.show_problem(message)
        elif field in self.case.errors:
            self.case.show_problem(field, message)

    def focus_first_problem(self) -> None:
        candidates = [self.case.first_invalid(), *(card.first_invalid() for card in self.parties.cards)]
        if self.risk.reason_error.text():
            candidates.append(self.risk.reason)
        first = next((widget for widget in candidates if widget is not None), None)
        if first is not None:
            first.setFocus()
            shown = first.parentWidget() or first  # the field with its reason underneath
            for area in (self.parties.scroll, self.left_area):
                if area.widget().isAncestorOf(first):  # once the reasons just shown have taken their room
                    QTimer.singleShot(0, partial(area.ensureWidgetVisible, shown))

    def clear(self) -> None:
        self.case.reset()
        self.risk.reset()
        self.facts.clear()
        self.parties.reset()
        self.notice.clear_message()

    def set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.accept_button, self.new_button, self.drafts_button):
            button.setEnabled(not busy)
