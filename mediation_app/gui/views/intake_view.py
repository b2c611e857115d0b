"""受理登记: the front desk. One keyboard-first form (checked as it is typed, kept as a draft until saved), the
known-party lookups and the suggested risk colour, then the decision on the case and its papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QStackedWidget, QWidget

from mediation_app.domain.errors import DomainError
from mediation_app.domain.risk import RiskSuggestion
from mediation_app.domain.vocabulary import ClockKind
from mediation_app.gui.dialogs.decision import DecisionPanel
from mediation_app.gui.dialogs.decision_result import ACCEPTED, Decided
from mediation_app.gui.dialogs.drafts import DraftsDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.intake_drafts import DraftKeeper
from mediation_app.gui.views.intake_form import IntakeForm
from mediation_app.gui.views.intake_inputs import scrolling
from mediation_app.gui.views.party_fields import PartyFields
from mediation_app.gui.widgets import add_shortcut, page_layout
from mediation_app.services.context import ServiceContext
from mediation_app.services.drafts import DraftInfo, discard_draft, list_drafts, load_draft
from mediation_app.services.intake import CaseRef, IntakeInput, register_and_accept_case, register_case, suggested_risk
from mediation_app.services.staff import list_staff

RISK_DELAY_MS = 300  # the suggestion follows the typing after a short pause
FORM, DECISION = 0, 1  # the pages


class IntakeView(QWidget):
    case_saved = Signal(object)  # CaseRef of a registered case, and again after its decision

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._app_settings = ctx, runner, settings
        self.busy = False
        self.drafts_offered = False
        self.drafts_dialog: DraftsDialog | None = None
        layout = page_layout(self, self.tr("Intake"))
        self.form = IntakeForm(ctx, runner)
        self.decision = DecisionPanel(ctx, runner, self.settings, today=today)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        self.pages.addWidget(scrolling(self.decision))
        layout.addWidget(self.pages, 1)
        self.drafts = DraftKeeper(ctx, runner, self.form.payload, self)
        self._risk_timer = QTimer(self, singleShot=True, interval=RISK_DELAY_MS)
        self._risk_timer.timeout.connect(self.update_risk)
        self._connect()
        self.update_risk()

    def _connect(self) -> None:
        form = self.form
        form.typed.connect(self._typed)
        form.facts_changed.connect(self._risk_timer.start)
        form.new_button.clicked.connect(self.new_intake)
        form.drafts_button.clicked.connect(self.offer_drafts)
        form.save_button.clicked.connect(self.save)
        form.accept_button.clicked.connect(self.save_and_accept)
        self.decision.result.next_requested.connect(self.new_intake)
        self.decision.later_requested.connect(self.new_intake)
        self.decision.decided.connect(self.case_saved)
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        add_shortcut(self, QKeySequence("Ctrl+N"), self.new_intake)
        add_shortcut(form, QKeySequence("Ctrl+Shift+A"), lambda: form.parties.add_party(focus=True))

    def settings(self) -> AppSettings:
        """The settings the print preview remembers its place in (the user's, unless the window gave its own)."""
        if self._app_settings is None:
            self._app_settings = AppSettings.for_user()
        return self._app_settings

    @property
    def applicant(self) -> PartyFields:
        """The first party on the form."""
        return self.form.applicant

    @property
    def dispute_type(self) -> QComboBox:
        return self.form.case.dispute_type

    def is_pristine(self) -> bool:
        return self.form.is_pristine()

    # -- reacting to typing ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        if not self.busy and self.pages.currentIndex() == FORM:
            self.drafts.schedule()

    def update_risk(self) -> None:
        """The colour the data suggest, worked out off the GUI thread (a repeat disputant needs the database)."""
        self._risk_timer.stop()
        data = self.form.intake_input(lenient=True)
        done = partial(self._risk_suggested, data)
        self._runner.run(suggested_risk, self._ctx, data, on_done=done, on_error=lambda _error: None)

    def _risk_suggested(self, data: IntakeInput, suggestion: RiskSuggestion) -> None:
        if data == self.form.intake_input(lenient=True):  # typing since then has asked again
            self.form.risk.set_suggestion(suggestion)

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: register, then decide (accept, not accept, divert) on the next step."""
        if self.pages.currentIndex() == FORM:
            self._submit(accept=False)

    def save_and_accept(self) -> None:
        self._submit(accept=True)

    def _submit(self, *, accept: bool) -> None:
        if self.busy or not self.form.check():
            return
        self._set_busy(True)
        # The draft goes in the same transaction as the case: a draft write under way is waited for, so the
        # save knows the draft's id.
        self.drafts.when_settled(lambda: self._send(accept))

    def _send(self, accept: bool) -> None:
        data = self.form.intake_input(draft_id=self.drafts.draft_id)
        title = f"{data.parties[0].name}{data.dispute_type.zh}纠纷"
        # Registering and accepting is one transaction: the case is saved with its number, or not at all.
        self._runner.run(
            register_and_accept_case if accept else register_case,
            self._ctx,
            data,
            write=True,
            on_done=partial(self._registered, title, accept),
            on_error=self._failed,
        )

    def _registered(self, title: str, accepted: bool, ref: CaseRef) -> None:
        self._set_busy(False)
        self.drafts.start_new()
        self.pages.setCurrentIndex(DECISION)
        self.form.clear()
        self.case_saved.emit(ref)
        if accepted:
            self.decision.show_decided(Decided(ref, title, ACCEPTED, clock=ClockKind.PEOPLES_MEDIATION))
        else:
            self.decision.start(ref, title)

    def _failed(self, error: BaseException) -> None:
        """Nothing was saved; what is typed stays to be corrected (and stays kept as a draft)."""
        self._set_busy(False)
        if isinstance(error, DomainError):
            self.form.show_problem(error)
            self.form.focus_first_problem()
        self.form.notice.show_message(error_message(error), error=True)
        self.drafts.schedule()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.set_busy(busy)

    # -- a new form, drafts ---------------------------------------------------------------------------------
    def new_intake(self) -> None:
        """Ctrl+N: an empty form; what was typed is kept as a draft (nothing is thrown away)."""
        if self.busy:
            return
        kept = self._keep_typed()
        self.drafts.start_new()
        self._show_empty_form()
        if kept:
            self.form.notice.show_message(
                self.tr("The previous intake was kept as a draft (Drafts… to go on with it).")
            )

    def _keep_typed(self) -> bool:
        """Save what is on the form as its draft now, whatever the pause; False if nothing is typed."""
        if self.pages.currentIndex() != FORM or self.form.is_pristine():
            return False
        self.drafts.save_now()
        return True

    def _show_empty_form(self) -> None:
        self.pages.setCurrentIndex(FORM)
        self.form.clear()
        self.update_risk()
        self.form.case.channel.setFocus()

    def offer_drafts(self) -> None:
        """The drafts (other than the one being typed): go on with one, or discard it."""
        self._runner.run(list_drafts, self._ctx, on_done=partial(self._drafts_listed, True))

    def _drafts_listed(self, asked: bool, drafts: list[DraftInfo]) -> None:
        drafts = [draft for draft in drafts if draft.draft_id != self.drafts.draft_id]
        if not drafts:
            if asked:
                self.form.notice.show_message(self.tr("There are no unfinished intakes."))
            return
        if self.drafts_dialog is not None:
            self.drafts_dialog.set_drafts(drafts)
            return
        dialog = DraftsDialog(drafts, self)
        dialog.restore_requested.connect(self.restore_draft)
        dialog.discard_requested.connect(self._discard_draft)
        dialog.finished.connect(self._drafts_closed)
        self.drafts_dialog = dialog
        dialog.open()

    def _discard_draft(self, draft_id: int) -> None:
        self._runner.run(discard_draft, self._ctx, draft_id, write=True)

    def _drafts_closed(self, _result: int = 0) -> None:
        self.drafts_dialog = None

    def restore_draft(self, draft_id: int) -> None:
        """Go on with a draft; what is on the form now is kept as its own draft first."""
        self._keep_typed()
        done = partial(self._draft_loaded, draft_id)
        self._runner.run(load_draft, self._ctx, draft_id, on_done=done, on_error=self._failed)

    def _draft_loaded(self, draft_id: int, payload: dict[str, Any]) -> None:
        self.drafts.start_new(draft_id)
        self._show_empty_form()
        self.form.restore(payload)
        self.update_risk()
        self.form.notice.show_message(self.tr("The draft is back on the form."))

    # -- showing and leaving --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shown: staff for the receiving field; an untouched form's time moves to now; drafts are offered once."""
        self._runner.run(list_staff, self._ctx, on_done=self.form.case.set_staff, on_error=lambda _error: None)
        if self.pages.currentIndex() == FORM and self.form.is_pristine():
            self.form.case.reset()
            if not self.drafts_offered:
                self.drafts_offered = True
                self._runner.run(list_drafts, self._ctx, on_done=partial(self._drafts_listed, False))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Leaving the view or closing the window: what is typed is saved at once."""
        self.drafts.flush()
        super().hideEvent(event)
