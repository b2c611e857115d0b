"""The case window's 联席会议 action: mark the case 疑难 and put it forward for the next joint meeting with a
reason; and the header's chips that show both."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.saving_dialog import SavingDialog
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.widgets import hint
from mediation_app.services.meeting_agenda import CaseMeetingFlags, case_meeting_flags, update_case_meeting_flags


class CaseMeetingDialog(SavingDialog):
    saved = Signal(object)  # CaseMeetingFlags

    def __init__(self, host: StepHost, flags: CaseMeetingFlags, parent: QWidget | None = None) -> None:
        super().__init__(host.runner, None, 480, parent)
        self.host, self.flags = host, flags
        self.setWindowTitle(self.tr("Joint meeting"))
        s = host.summary
        self.layout_.insertWidget(0, hint(" ".join(p for p in (s.number or "", s.title) if p)))
        self.difficult = QCheckBox(self.tr("Difficult case: review it at the joint meeting"))
        self.difficult.setChecked(flags.difficult)
        self.propose = QCheckBox(self.tr("Put forward for the next joint meeting"))
        self.propose.setChecked(flags.proposed_at is not None)
        self.reason = QPlainTextEdit(flags.proposal)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the meeting should discuss it (printed on the agenda)"))
        self.reason.setMaximumHeight(90)
        self.propose.toggled.connect(self.reason.setEnabled)
        self.reason.setEnabled(self.propose.isChecked())
        self.add_field("difficult", "", self.difficult)
        self.add_field("propose", "", self.propose)
        self.add_field("proposal", self.tr("Reason for the meeting"), self.reason)
        if flags.proposed_at is not None:
            when = flags.proposed_at.strftime("%Y-%m-%d %H:%M")
            self.form.addRow("", hint(self.tr("Put forward on %1.").replace("%1", when)))

    def submit(self) -> None:
        reason = self.reason.toPlainText() if self.propose.isChecked() else None
        self.run_save(save_flags, self.host, self.difficult.isChecked(), reason)

    def saved_with(self, result: object) -> None:
        self.saved.emit(result)


def save_flags(host: StepHost, difficult: bool, reason: str | None) -> CaseMeetingFlags:
    return update_case_meeting_flags(host.ctx, host.summary.case_id, difficult=difficult, proposal=reason)


class MeetingFlags(QObject):
    """Added to the case window's action bar: the 联席会议… action; after a save, the header's chips show the
    flags (on opening, the header shows them once the case summary carries them)."""

    def __init__(self, bar: QWidget) -> None:
        super().__init__(bar)
        self.bar = bar
        self.dialog: CaseMeetingDialog | None = None
        self.action = QAction(resource_icon("meetings"), self.tr("Joint meeting…"), bar)
        self.action.setToolTip(self.tr("Mark the case difficult or put it forward for the next joint meeting"))
        self.action.triggered.connect(self.open)

    def _host(self) -> StepHost | None:
        host = getattr(self.bar.window(), "host", None)
        return host() if callable(host) else None

    def _saved(self, flags: CaseMeetingFlags) -> None:
        self._show(flags)
        host = self._host()
        if host is not None and host.paper_issued is not None:
            host.paper_issued()  # the window reloads: the change is on its timeline's audit trail

    def _show(self, flags: CaseMeetingFlags) -> None:
        header = getattr(self.bar.window(), "header", None)
        show = getattr(header, "show_meeting_flags", None)
        if callable(show):
            show(flags.difficult, flags.proposed_at is not None, flags.proposal)

    def open(self) -> None:
        host = self._host()
        if host is not None:
            host.runner.run(case_meeting_flags, host.ctx, host.summary.case_id, on_done=lambda f: self._open(host, f))

    def _open(self, host: StepHost, flags: CaseMeetingFlags) -> None:
        self.dialog = CaseMeetingDialog(host, flags, self.bar.window())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
