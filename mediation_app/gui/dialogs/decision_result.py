"""What a decision gave the case (its number, its clock or feedback date) and the papers to print for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mediation_app.domain.vocabulary import ClockKind, FormCode, Route
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, hint, scaled_font
from mediation_app.services.case_view import CaseSummary, case_summary
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import CaseForm, PrintedForm, forms_for_case, issue_case_form, preview_case_form
from mediation_app.services.intake import CaseRef

if TYPE_CHECKING:
    from mediation_app.gui.dialogs.case_forms import CaseFormsDialog
    from mediation_app.gui.dialogs.preview import PreviewDialog

DAY_FORMAT = "%Y-%m-%d"
PAPERS_A_ROW = 3
ACCEPTED, NOT_ACCEPTED, INSIDE, OUTSIDE = "accepted", "not_accepted", "inside", "outside"
# The papers each decision calls for, in the order they are usually handed over.
PAPERS: dict[str, tuple[FormCode, ...]] = {
    ACCEPTED: (FormCode.APPLICATION, FormCode.ACCEPTANCE_REGISTER, FormCode.RIGHTS_NOTICE),
    NOT_ACCEPTED: (FormCode.NOT_ACCEPTED_NOTICE,),
    INSIDE: (FormCode.DIVERSION_NOTICE, FormCode.APPLICATION, FormCode.ACCEPTANCE_REGISTER, FormCode.RIGHTS_NOTICE),
    OUTSIDE: (FormCode.DIVERSION_NOTICE, FormCode.ENTRUST_LETTER),
}


@dataclass(frozen=True)
class Decided:
    """A decision just made: ``kind`` is one of ACCEPTED, NOT_ACCEPTED, INSIDE (a route in the room), OUTSIDE."""

    ref: CaseRef
    title: str
    kind: str
    clock: ClockKind | None = None
    route: Route | None = None
    body: str = ""
    feedback_due: date | None = None


class DecisionResult(QWidget):
    next_requested = Signal()
    preview_opened = Signal(object)  # the PreviewDialog just shown
    forms_opened = Signal(object)  # the CaseFormsDialog just shown

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: Callable[[], AppSettings],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings, self._today = ctx, runner, settings, today
        self.decided: Decided | None = None
        self.print_buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        card = QFrame()
        card.setObjectName("card")
        outer.addWidget(card)
        outer.addStretch(1)
        column = QVBoxLayout(card)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(10)
        self.headline = QLabel()
        self.headline.setFont(scaled_font(self.headline, 1.3, bold=True))
        self.headline.setWordWrap(True)
        column.addWidget(self.headline)
        column.addLayout(self._build_facts())
        self.follow_up = hint(
            self.tr(
                "When the body returns its confirmation of entrusted mediation (委托调解确认书) or receipt and its "
                "feedback, record them in the referral register; a late feedback shows on the dashboard."
            )
        )
        column.addWidget(self.follow_up)
        column.addWidget(hint(self.tr("Papers to print (numbered and registered when printed or saved):")))
        self.papers = QGridLayout()
        self.papers.setHorizontalSpacing(8)
        self.papers.setVerticalSpacing(8)
        column.addLayout(self.papers)
        self.notice = Notice()
        column.addWidget(self.notice)
        row = QHBoxLayout()
        self.all_papers = QPushButton(resource_icon("forms"), self.tr("All papers…"))
        self.all_papers.setToolTip(self.tr("Every form of this case, and the papers issued for it"))
        self.all_papers.clicked.connect(self.open_case_forms)
        row.addWidget(self.all_papers)
        row.addStretch(1)
        self.next_button = QPushButton(self.tr("Next intake (Ctrl+N)"))
        self.next_button.clicked.connect(self.next_requested)
        row.addWidget(self.next_button)
        column.addLayout(row)

    def _build_facts(self) -> QGridLayout:
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(6)
        self.number, self.clock, self.due = QLabel(), QLabel(), QLabel()
        self.number.setFont(scaled_font(self.number, 1.1, bold=True))
        rows = ((self.tr("Case number"), self.number), (self.tr("Clock"), self.clock), (self.tr("Due"), self.due))
        for row, (text, value) in enumerate(rows):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(text)
            name.setObjectName("hint")
            facts.addWidget(name, row, 0)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        return facts

    def show_decided(self, decided: Decided) -> None:
        self.decided = decided
        self.notice.clear_message()
        self.headline.setText(self._headline(decided))
        self.number.setText(decided.ref.number or self.tr("(none: the case was not accepted)"))
        self.clock.setText(label(decided.clock) if decided.clock else "—")
        due = decided.feedback_due
        self.due.setText(self._due_text(due) if due else "—")
        self._build_paper_buttons(decided)
        self.follow_up.setVisible(decided.kind == OUTSIDE)
        if decided.kind != NOT_ACCEPTED:  # the clock as the case got it (the route's rule, working days…)
            summary = partial(case_summary, self._ctx, decided.ref.case_id, today=self._today())
            self._runner.run(summary, on_done=self._summary_loaded, on_error=lambda _e: None)
        self._runner.run(forms_for_case, self._ctx, decided.ref.case_id, on_done=self._forms_loaded)

    def _headline(self, decided: Decided) -> str:
        if decided.kind == ACCEPTED:
            return self.tr("Accepted: %1").replace("%1", decided.title)
        if decided.kind == NOT_ACCEPTED:
            return self.tr("Not accepted: %1").replace("%1", decided.title)
        if decided.kind == INSIDE:
            return (
                self.tr("Accepted on the route %1: %2").replace("%1", label(decided.route)).replace("%2", decided.title)
            )
        return self.tr("Diverted to %1: %2").replace("%1", decided.body).replace("%2", decided.title)

    def _due_text(self, due: date, days: int | None = None) -> str:
        left = (due - self._today()).days if days is None else days
        return self.tr("%1 (in %2 days)").replace("%1", due.strftime(DAY_FORMAT)).replace("%2", str(left))

    def _summary_loaded(self, summary: CaseSummary) -> None:
        clock = summary.clock
        if clock is None or self.decided is None or summary.case_id != self.decided.ref.case_id:
            return
        self.clock.setText(label(clock.kind))
        self.due.setText(self._due_text(clock.due, clock.days_left))

    # -- papers ---------------------------------------------------------------------------------------------
    def _build_paper_buttons(self, decided: Decided) -> None:
        while self.papers.count():
            item = self.papers.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.print_buttons = {}
        for code in PAPERS[decided.kind]:
            button = QPushButton(resource_icon("print"), label(code))
            button.clicked.connect(partial(self.preview, code.value))
            self.print_buttons[code.value] = button
        for index, button in enumerate(self.print_buttons.values()):
            self.papers.addWidget(button, index // PAPERS_A_ROW, index % PAPERS_A_ROW)
        self.papers.setColumnStretch(PAPERS_A_ROW, 1)

    def _forms_loaded(self, forms: list[CaseForm]) -> None:
        problems = {form.form_id: form.problem for form in forms}
        for form_id, button in self.print_buttons.items():
            problem = problems.get(form_id)
            button.setEnabled(form_id in problems and problem is None)
            button.setToolTip(error_message(problem) if problem is not None else "")

    def focus_chain(self) -> list[QWidget]:
        return [*self.print_buttons.values(), self.all_papers, self.next_button]

    def preview(self, form_id: str) -> None:
        """The paper in the preview window; it is issued (numbered, registered) when printed or saved there."""
        if self.decided is None:
            return
        case_id = self.decided.ref.case_id
        self.notice.clear_message()
        self._runner.run(
            partial(preview_case_form, self._ctx, form_id, case_id),
            on_done=lambda paper: self._open_preview(form_id, case_id, paper),
            on_error=lambda error: self.notice.show_message(error_message(error), error=True),
        )

    def _open_preview(self, form_id: str, case_id: int, paper: PrintedForm) -> PreviewDialog:
        from mediation_app.gui.dialogs.preview import PreviewDialog  # QtPdf loads on first use

        issue = partial(issue_case_form, self._ctx, form_id, case_id)
        title = FormCode(form_id).zh
        dialog = PreviewDialog(self._runner, self._settings(), paper, title, issue=issue, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        self.preview_opened.emit(dialog)
        return dialog

    def open_case_forms(self) -> CaseFormsDialog | None:
        if self.decided is None:
            return None
        from mediation_app.gui.dialogs.case_forms import CaseFormsDialog

        ref = self.decided.ref
        caption = " ".join(part for part in (ref.number or "", self.decided.title) if part)
        dialog = CaseFormsDialog(self._ctx, self._runner, self._settings(), ref.case_id, caption, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        self.forms_opened.emit(dialog)
        return dialog
