"""The frame every step of the case window opens in: the case at the top, the step's form, the message line and
保存/取消.

A step dialog saves through the runner and closes only when the service has accepted; a refusal is shown under
the form in plain Chinese, the field it names gets the focus, and everything typed stays. What the service
returned (``result_value``) stays on the dialog for the case window, which shows any warnings it carries (e.g. a
second police session later than 7 working days).

Keyboard: Enter never saves a many-field form (it presses only a focused button), Ctrl+S saves; Esc or 取消 after
typing asks before the typed input is thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import FormCode
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.dialogs.saving_dialog import SavingDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import add_shortcut, hint, scaled_font
from mediation_app.services.case_view import CaseSummary
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import PrintedForm, issue_case_form, preview_case_form

MINIMUM_WIDTH = 600
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NOT_TYPING = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, *_ENTER})


@dataclass(frozen=True)
class StepHost:
    """What a step dialog needs from the case window that opens it."""

    ctx: ServiceContext
    runner: Runner
    summary: CaseSummary
    today: date
    settings: AppSettings  # for a paper preview opened from a step
    paper_issued: Callable[[], None] | None = None  # a paper previewed from a step was issued: the window reloads


def _case_header(summary: CaseSummary, title: str) -> QWidget:
    """The step's title over the case's number and name."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 4)
    column.setSpacing(2)
    heading = QLabel(title)
    heading.setFont(scaled_font(heading, 1.15, bold=True))
    column.addWidget(heading)
    case = hint(" ".join(part for part in (summary.number or "", summary.title) if part))
    case.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    column.addWidget(case)
    return box


class CaseStepDialog(SavingDialog):
    """Subclasses set the title, add rows with ``add_field`` and implement ``submit`` (calling ``run_save``)."""

    saved = Signal(int)  # the case id, once the service has accepted

    def __init__(self, host: StepHost, title: str, parent: QWidget | None = None) -> None:
        super().__init__(host.runner, _case_header(host.summary, title), MINIMUM_WIDTH, parent)
        self.host = host
        self.setWindowTitle(title)
        self.result_value: object = None  # what the service returned, for the window (e.g. a new record's id)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        add_shortcut(self, QKeySequence.StandardKey.Save, self._save_shortcut)
        self.input_changed = False  # the user has typed or clicked in the form since it opened (or last saved)
        self.previews: list[PreviewDialog] = []  # papers offered after saving, newest last
        self._discard_box: QMessageBox | None = None

    @property
    def case_id(self) -> int:
        return self.host.summary.case_id

    def run_save(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(ctx, *args)`` on the writer; close on success, show the refusal otherwise."""
        super().run_save(fn, self.host.ctx, *args)

    def saved_with(self, result: object) -> None:
        self.result_value = result
        self.input_changed = False
        self.saved.emit(self.case_id)

    # -- the papers a step offers to print ----------------------------------------------------------------------

    @property
    def preview(self) -> PreviewDialog | None:
        return self.previews[-1] if self.previews else None

    def preview_paper(self, form_id: str, *, party: int | None = None, party_name: str = "") -> None:
        """Render the case's ``form_id`` off the GUI thread and show it in a preview that issues the paper when it
        is printed or saved. The preview belongs to the case window (the step may be gone by then), and the
        window reloads when the paper is issued."""
        host, case_id, parent = self.host, self.case_id, self.parentWidget()
        render = partial(preview_case_form, host.ctx, form_id, case_id, party=party, today=host.today)
        issue = partial(issue_case_form, host.ctx, form_id, case_id, party=party, today=host.today)
        reload = host.paper_issued or (lambda: self.saved.emit(case_id))

        def show(paper: PrintedForm) -> None:
            preview = PreviewDialog(
                host.runner,
                host.settings,
                paper,
                label(FormCode(form_id)),
                issue=issue,
                party=party_name,
                parent=parent,
            )
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            preview.issued.connect(lambda _paper: reload())
            self.previews.append(preview)
            preview.show()

        host.runner.run(render, on_done=show, on_error=lambda error: self._preview_failed(parent, error))

    def preview_per_party(self, form_id: str) -> None:
        """One preview per party of the case (调处通知书, 终止调解告知书)."""
        for number, party in enumerate(self.host.summary.parties, start=1):
            self.preview_paper(form_id, party=number, party_name=party.name)

    @staticmethod
    def _preview_failed(parent: QWidget | None, error: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("CaseStepDialog", "Preview"), error_message(error))

    # -- keyboard and not losing what was typed ------------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.submit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.save_button.setDefault(False)  # the button box makes its Save the default each time it is shown
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # notes typing anywhere in the form, rows added later included

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter presses the focused button, and nothing else: a form is never saved by accident."""
        if event.key() in _ENTER:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.input_changed and isinstance(watched, QWidget) and watched.window() is self:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                self.input_changed = event.key() not in _NOT_TYPING and not event.matches(QKeySequence.StandardKey.Save)
            elif kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
                self.input_changed = bool(event.commitString())  # Chinese arrives committed by the input method
            elif kind == QEvent.Type.MouseButtonPress:
                self.input_changed = self._is_input(watched)
        return False

    def _is_input(self, widget: QWidget) -> bool:
        """A click that may change the form: not on the dialog itself, a label, or 保存/取消."""
        frame_button = isinstance(widget, QAbstractButton) and widget.parentWidget() is self.buttons
        return widget is not self and not isinstance(widget, QLabel) and not frame_button

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().done(result)

    def reject(self) -> None:
        """Esc / 取消: straight away if nothing was typed, else only after the user agrees to discard it."""
        if not self.input_changed or not self.save_button.isVisible():
            super().reject()
            return
        question = self.tr("Discard what you have typed?")
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
        box.setInformativeText(self.tr("Nothing has been saved yet."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])  # type: ignore[arg-type]
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._discard_answered(box.clickedButton() is discard))
        self._discard_box = box
        box.open()

    def _discard_answered(self, discard: bool) -> None:
        self._discard_box = None
        if discard:
            self.input_changed = False
            super().reject()
