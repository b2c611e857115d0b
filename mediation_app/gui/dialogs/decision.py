"""The decision on a registered dispute: 受理, 不予受理 (its grounds, a note, the competent body) or 分流 (a route
inside the room, or an outside body with a feedback date); then the case's number, clock and papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.clocks import clock_for_route
from mediation_app.domain.vocabulary import ClockKind, NotAcceptedReason, Route
from mediation_app.gui.dialogs.decision_result import (
    ACCEPTED,
    NOT_ACCEPTED,
    OUTSIDE,
    Decided,
    DecisionResult,
)
from mediation_app.gui.errors import error_message
from mediation_app.gui.i18n import bracketed, gap
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.intake_inputs import KeyboardForm, OnePage
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, VocabularyCombo, add_shortcut, field_error_label, hint, with_error
from mediation_app.services.bodies import BodyInfo, list_bodies
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import DivertInput, divert, not_accept
from mediation_app.services.intake import CaseRef, accept_case

MAX_WIDTH = 780
FEEDBACK_DAYS = 15  # the default time an outside body has to report back
COURT_CLOCKS = (ClockKind.COURT_ASSIGNED, ClockKind.COURT_ENTRUSTED, ClockKind.COURT_SUMMARY)  # 30, 15, 7 days


class BodyCombo(QComboBox):
    """The directory of outside bodies (name and kind), with an optional "none" first."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._bodies: dict[int, BodyInfo] = {}
        self.setMinimumContentsLength(24)
        self.set_bodies([])

    def set_bodies(self, bodies: list[BodyInfo]) -> None:
        chosen = self.body_id()
        self.clear()
        self.addItem(self._none_text, None)
        self._bodies = {body.body_id: body for body in bodies if body.body_id is not None}
        for body in bodies:
            self.addItem(f"{body.name}{bracketed(label(body.kind))}", body.body_id)
        self.setCurrentIndex(max(self.findData(chosen), 0))

    def details(self) -> str:
        """The chosen body's address, phone and contact, as the party and the letter will show them."""
        body = self._bodies.get(self.body_id() or -1)
        if body is None:
            return ""
        parts = (
            (self.tr("Address: %1"), body.address),
            (self.tr("Phone: %1"), body.phone),
            (self.tr("Contact: %1"), body.contact),
        )
        return gap().join(text.replace("%1", value) for text, value in parts if value)

    def body_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def body_name(self) -> str:
        body = self._bodies.get(self.body_id() or -1)
        return body.name if body is not None else ""


class DecisionPanel(KeyboardForm):
    decided = Signal(object)  # the CaseRef after the decision
    later_requested = Signal()  # decide later: back to a new intake

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: Callable[[], AppSettings],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.ref: CaseRef | None = None
        self.title = ""
        self.busy = False
        self.stack = OnePage()
        self.stack.addWidget(self._build_choice())
        self.result = DecisionResult(ctx, runner, settings, today=today)
        self.stack.addWidget(self.result)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        column.addStretch(1)
        self.setMaximumWidth(MAX_WIDTH)  # a decision reads as a short letter, not across the whole screen
        add_shortcut(self, QKeySequence("Ctrl+Return"), self.confirm)
        add_shortcut(self, QKeySequence("Ctrl+Enter"), self.confirm)

    # -- construction ---------------------------------------------------------------------------------------
    def _build_choice(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        column.addWidget(self.heading)
        column.addLayout(self._build_choices())
        self.pages = OnePage()
        for box in (self._build_accept_page(), self._build_not_accepted_page(), self._build_divert_page()):
            self.pages.addWidget(box)
        column.addWidget(self.pages)
        self.choice.idToggled.connect(lambda index, on: on and self.pages.setCurrentIndex(index))
        self.notice = Notice()
        column.addWidget(self.notice)
        row = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Decide later"))
        self.later_button.setToolTip(self.tr("The case stays registered without a decision; it is in the ledger."))
        self.later_button.clicked.connect(self.later_requested)
        self.confirm_button = QPushButton(self.tr("Confirm (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _build_choices(self) -> QHBoxLayout:
        choices = QHBoxLayout()
        self.choice = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        for key, text in (
            (ACCEPTED, self.tr("Accept")),
            (NOT_ACCEPTED, self.tr("Do not accept")),
            ("divert", self.tr("Divert")),
        ):
            button = QRadioButton(text)
            self.choice.addButton(button, len(self.choice_buttons))
            self.choice_buttons[key] = button
            choices.addWidget(button)
        choices.addStretch(1)
        return choices

    def _build_accept_page(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accept"))
        column = QVBoxLayout(box)
        column.addWidget(
            hint(
                self.tr(
                    "The case gets its number now and is mediated by the people's mediation committee, normally "
                    "within one month (longer only with both parties' consent). To accept it on another route "
                    "(police, court, labour, legal aid), choose “Divert”."
                )
            )
        )
        return box

    def _build_not_accepted_page(self) -> QGroupBox:
        box = QGroupBox(self.tr("Do not accept"))
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        reasons = QWidget()
        reasons_column = QVBoxLayout(reasons)
        reasons_column.setContentsMargins(0, 0, 0, 0)
        reasons_column.setSpacing(4)
        self.reason_buttons: dict[NotAcceptedReason, QCheckBox] = {}  # several grounds may apply (Space ticks)
        for reason in NotAcceptedReason:
            button = QCheckBox(label(reason))
            self.reason_buttons[reason] = button
            reasons_column.addWidget(button)
        self.reason_error = field_error_label()
        reasons_column.addWidget(self.reason_error)
        form.addRow(self.tr("Grounds *"), reasons)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Explanation (required for “other”)"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note_error = field_error_label()
        form.addRow(self.tr("Note"), with_error(self.note, self.note_error))
        self.competent_body = BodyCombo(self.tr("(not named)"))
        form.addRow(self.tr("Competent body"), self.competent_body)
        self.competent_details = hint()  # what the notice will tell the party: where to go, whom to call
        self.competent_details.hide()
        form.addRow("", self.competent_details)
        self.competent_body.currentIndexChanged.connect(self._show_competent_details)
        return box

    def _show_competent_details(self) -> None:
        self.competent_details.setText(self.competent_body.details())
        self.competent_details.setVisible(bool(self.competent_details.text()))

    def _build_divert_page(self) -> QGroupBox:
        box = QGroupBox(self.tr("Divert"))
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        self.inside = QRadioButton(self.tr("Inside the room"))
        self.outside = QRadioButton(self.tr("To an outside body"))
        self.inside.setChecked(True)
        self.route = VocabularyCombo(Route)
        self.court_clock = QComboBox()
        for clock in COURT_CLOCKS:
            self.court_clock.addItem(label(clock), clock.value)
        self.court_clock.setCurrentIndex(max(self.court_clock.findData(ClockKind.COURT_ASSIGNED.value), 0))
        inside_row = QHBoxLayout()
        inside_row.setSpacing(6)
        inside_row.addWidget(self.route, 1)
        inside_row.addWidget(self.court_clock, 1)
        form.addRow(self.inside, inside_row)
        self.route_clock = hint()
        form.addRow("", self.route_clock)
        self.body = BodyCombo(self.tr("— choose a body —"))
        self.body_error = field_error_label()
        form.addRow(self.outside, with_error(self.body, self.body_error))
        self.body_details = hint()
        form.addRow("", self.body_details)
        self.feedback_due = QDateEdit(calendarPopup=True)
        self.feedback_due.setDisplayFormat("yyyy-MM-dd")
        self.due_error = field_error_label()
        form.addRow(self.tr("Feedback due"), with_error(self.feedback_due, self.due_error))
        self.divert_reason = QLineEdit()
        self.divert_reason.setMaxLength(200)
        self.divert_reason.setPlaceholderText(self.tr("Why this route or body"))
        form.addRow(self.tr("Reason"), self.divert_reason)
        self.directory_hint = hint(self.tr("The directory of bodies is empty: add bodies in the settings."))
        form.addRow("", self.directory_hint)
        for widget in (self.inside, self.outside):
            widget.toggled.connect(self._update_divert)
        for combo in (self.route, self.court_clock, self.body):
            combo.currentIndexChanged.connect(self._update_divert)
        return box

    def _update_divert(self) -> None:
        inside = self.inside.isChecked()
        route = self.route.member() or Route.PEOPLES_MEDIATION
        self.route.setEnabled(inside)
        self.court_clock.setVisible(route is Route.JUDICIAL_MEDIATION)
        self.court_clock.setEnabled(inside)
        for widget in (self.body, self.feedback_due):
            widget.setEnabled(not inside)
        court = ClockKind(self.court_clock.currentData()) if route is Route.JUDICIAL_MEDIATION else None
        clock = label(clock_for_route(route, court_kind=court))
        self.route_clock.setText(self.tr("Time limit from acceptance: %1").replace("%1", clock) if inside else "")
        self.route_clock.setVisible(inside)
        self.body_details.setText("" if inside else self.body.details())
        self.body_details.setVisible(bool(self.body_details.text()))
        if inside:
            self.body_error.clear()
            self.due_error.clear()

    # -- starting -------------------------------------------------------------------------------------------
    def start(self, ref: CaseRef, title: str) -> None:
        """Decide on a case just registered."""
        self.ref, self.title = ref, title
        self.heading.setText(self.tr("Registered: %1. Decide whether to accept it.").replace("%1", title))
        self.choice_buttons[ACCEPTED].setChecked(True)
        self.pages.setCurrentIndex(0)
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.note.clear()
        self.divert_reason.clear()
        self.inside.setChecked(True)
        self.route.set_member(Route.PEOPLES_MEDIATION)
        self.feedback_due.setMinimumDate(QDate.currentDate())
        self.feedback_due.setDate(QDate.currentDate().addDays(FEEDBACK_DAYS))
        for error in (self.reason_error, self.note_error, self.body_error, self.due_error):
            error.clear()
        self.notice.clear_message()
        self._update_divert()
        self.stack.setCurrentIndex(0)
        self._runner.run(list_bodies, self._ctx, on_done=self._bodies_loaded, on_error=self._failed)
        self.choice_buttons[ACCEPTED].setFocus()

    def show_decided(self, decided: Decided) -> None:
        self.ref, self.title = decided.ref, decided.title
        self.result.show_decided(decided)
        self.stack.setCurrentIndex(1)
        buttons = self.result.focus_chain()
        if buttons:
            buttons[0].setFocus()

    def _bodies_loaded(self, bodies: list[BodyInfo]) -> None:
        self.competent_body.set_bodies(bodies)
        self.body.set_bodies(bodies)
        self.directory_hint.setVisible(not bodies)
        self._update_divert()

    # -- deciding -------------------------------------------------------------------------------------------
    def choice_key(self) -> str:
        return next(key for key, button in self.choice_buttons.items() if button.isChecked())

    def confirm(self) -> None:
        if self.busy or self.ref is None or self.stack.currentIndex() != 0:
            return
        key = self.choice_key()
        work = {ACCEPTED: self._accept, NOT_ACCEPTED: self._not_accept}.get(key, self._divert)
        work(self.ref)

    def _accept(self, ref: CaseRef) -> None:
        decided = partial(Decided, title=self.title, kind=ACCEPTED, clock=ClockKind.PEOPLES_MEDIATION)
        self._run(accept_case, self._ctx, ref.case_id, then=lambda done: decided(done))

    def _not_accept(self, ref: CaseRef) -> None:
        reasons = [reason for reason, button in self.reason_buttons.items() if button.isChecked()]
        note = self.note.toPlainText().strip()
        self.reason_error.setText("" if reasons else self.tr("Please tick at least one ground for not accepting."))
        needs_note = NotAcceptedReason.OTHER in reasons and not note
        self.note_error.setText(self.tr("Please write the ground in the note.") if needs_note else "")
        if not reasons or needs_note:
            (self.note if reasons else self.reason_buttons[NotAcceptedReason.SPECIALISED_ORGAN]).setFocus()
            return
        body = self.competent_body.body_id()
        decided = partial(Decided, title=self.title, kind=NOT_ACCEPTED, body=self.competent_body.body_name())
        self._run(not_accept, self._ctx, ref.case_id, reasons, note, body, then=lambda done: decided(done))

    def _divert(self, ref: CaseRef) -> None:
        reason = self.divert_reason.text().strip()
        if self.inside.isChecked():
            route = self.route.member() or Route.PEOPLES_MEDIATION
            court = ClockKind(self.court_clock.currentData()) if route is Route.JUDICIAL_MEDIATION else None
            data = DivertInput(ref.case_id, route=route, reason=reason, court_clock=court)
            clock = clock_for_route(route, court_kind=court)
            decided = partial(Decided, title=self.title, kind="inside", clock=clock, route=route)
            self._run(divert, self._ctx, data, then=lambda done: decided(done))
            return
        body = self.body.body_id()
        due: date = self.feedback_due.date().toPython()
        self.body_error.setText("" if body is not None else self.tr("Please choose the body to divert to."))
        if body is None:
            self.body.setFocus()
            return
        data = DivertInput(ref.case_id, body_id=body, reason=reason, feedback_due=due)
        decided = partial(
            Decided,
            title=self.title,
            kind=OUTSIDE,
            clock=ClockKind.REFERRAL_FEEDBACK,
            body=self.body.body_name(),
            feedback_due=due,
        )
        self._run(divert, self._ctx, data, then=lambda done: decided(done))

    def _run(self, fn: Callable[..., CaseRef], *args: object, then: Callable[[CaseRef], Decided]) -> None:
        self.busy = True
        self.confirm_button.setEnabled(False)
        self.notice.clear_message()
        self._runner.run(fn, *args, write=True, on_done=lambda ref: self._done(then(ref)), on_error=self._failed)

    def _done(self, decided: Decided) -> None:
        self.busy = False
        self.confirm_button.setEnabled(True)
        self.show_decided(decided)
        self.decided.emit(decided.ref)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.confirm_button.setEnabled(True)
        field = getattr(error, "params", {}).get("field")
        errors = {"note": self.note_error, "reasons": self.reason_error, "feedback_due": self.due_error}
        target = {**errors, "body": self.body_error}.get(str(field))
        if target is not None:
            target.setText(error_message(error))
        self.notice.show_message(error_message(error), error=True)
