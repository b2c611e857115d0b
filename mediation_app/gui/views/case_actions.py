"""The case window's row of actions: every action the case has, in order, each enabled or greyed with its reason,
and the registries of step dialogs and record openers the actions and the timeline draw on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QToolButton, QWidget

from mediation_app.domain.agreement_rules import JudicialWindow
from mediation_app.domain.casework import ActionState, CaseAction
from mediation_app.gui.dialogs import case_steps_papers, case_steps_work
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.meeting_case import MeetingFlags
from mediation_app.gui.errors import message_for
from mediation_app.gui.i18n import bracketed, is_chinese
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.vocab import label

A = CaseAction
StepFactory = Callable[[StepHost, QWidget | None], QDialog]
RecordOpener = Callable[[StepHost, int, QWidget | None], QDialog]

ACTION_ICONS: dict[CaseAction, str] = {
    A.SCHEDULE_SESSION: "session",
    A.RECORD_SESSION: "record_session",
    A.RECORD_INVESTIGATION: "investigation",
    A.EDIT_AGREEMENT: "agreement",
    A.MARK_EFFECTIVE: "signed",
    A.REGISTER_ORAL: "oral",
    A.TERMINATE: "terminate",
    A.APPLY_JUDICIAL: "court",
    A.RECORD_COURT_DECISION: "court",
    A.RECORD_PERFORMANCE: "performance",
    A.RECORD_VISIT: "visit",
    A.CLOSE: "close_case",
    A.ARCHIVE: "archive",
    A.ADD_ATTACHMENT: "attachment",
}
# The everyday steps get a key; ending a mediation, closing and archiving are deliberate and have none.
ACTION_SHORTCUTS: dict[CaseAction, str] = {
    A.SCHEDULE_SESSION: "Ctrl+N",
    A.RECORD_SESSION: "Ctrl+R",
    A.EDIT_AGREEMENT: "Ctrl+E",
    A.RECORD_VISIT: "Ctrl+Shift+V",
    A.ADD_ATTACHMENT: "Ctrl+Shift+A",
}
BUTTONS_PER_ROW = 8  # 6 in English, whose labels are longer: the window still fits a 1366-pixel screen
# Refusals whose dialog shows what is missing: the action stays open so the user can see the list (归档 lists what
# the 卷宗 lacks and cannot be saved until it is complete).
EXPLAINED_IN_DIALOG: frozenset[tuple[CaseAction, str]] = frozenset({(A.ARCHIVE, "action.file_incomplete")})
_REGISTRIES = (case_steps_work, case_steps_papers)


def step_factory(action: CaseAction) -> StepFactory | None:
    """The dialog factory for ``action`` from whichever registry has it (read each time: they fill in later)."""
    return next((r.STEP_DIALOGS[action] for r in _REGISTRIES if action in r.STEP_DIALOGS), None)


def record_opener(record: str) -> RecordOpener | None:
    return next((r.RECORD_OPENERS[record] for r in _REGISTRIES if record in r.RECORD_OPENERS), None)


def with_judicial_deadline(states: tuple[ActionState, ...], window: JudicialWindow | None) -> tuple[ActionState, ...]:
    """The 司法确认 refusal names its deadline (the action states carry the code only; the window has the day)."""
    if window is None or window.deadline is None:
        return states
    deadline = ("deadline", window.deadline.strftime("%Y-%m-%d"))
    return tuple(
        replace(s, params=(*s.params, deadline)) if s.action is A.APPLY_JUDICIAL and s.reason else s for s in states
    )


def reason_text(state: ActionState) -> str:
    return message_for(state.reason or "", dict(state.params)) if state.reason else ""


class CaseActionBar(QWidget):
    """Buttons in rows; ``actions[action]`` is the QAction (shortcut, tooltip, enabled state) behind each."""

    triggered = Signal(object)  # the CaseAction chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.per_row = BUTTONS_PER_ROW if is_chinese() else BUTTONS_PER_ROW - 2
        self.actions_: dict[CaseAction, QAction] = {}
        self.buttons: dict[CaseAction, QToolButton] = {}
        self.extra: list[QToolButton] = []
        for action in CaseAction:
            self._add(action)
        self._lay_out(list(CaseAction))
        self.meeting_flags = MeetingFlags(self)  # 疑难 and 提请联席会议
        self.add_extra(self.meeting_flags.action)

    def _add(self, action: CaseAction) -> None:
        qaction = QAction(resource_icon(ACTION_ICONS.get(action, "case")), label(action), self)
        if action in ACTION_SHORTCUTS:
            qaction.setShortcut(QKeySequence(ACTION_SHORTCUTS[action]))
            qaction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        qaction.setEnabled(False)
        qaction.triggered.connect(lambda _checked=False, a=action: self.triggered.emit(a))
        self.actions_[action] = qaction
        self.buttons[action] = self._button(qaction)

    def _button(self, qaction: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(qaction)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def add_extra(self, qaction: QAction) -> QToolButton:
        """A window action (文书) shown after the case's actions."""
        button = self._button(qaction)
        self.extra.append(button)
        self._lay_out(list(self.buttons))
        return button

    def _lay_out(self, order: list[CaseAction]) -> None:
        widgets = [self.buttons[a] for a in order] + self.extra
        for position, widget in enumerate(widgets):
            self.grid.addWidget(widget, position // self.per_row, position % self.per_row)
        self.grid.setColumnStretch(self.per_row, 1)

    def set_states(self, states: tuple[ActionState, ...]) -> None:
        """Enable what the case allows and a registry can open; grey the rest with the reason as tooltip."""
        order = [s.action for s in states] + [a for a in self.buttons if a not in {s.action for s in states}]
        self._lay_out(order)
        for state in states:
            self._apply(state)

    def _apply(self, state: ActionState) -> None:
        qaction, action = self.actions_[state.action], state.action
        shortcut = bracketed(ACTION_SHORTCUTS[action]) if action in ACTION_SHORTCUTS else ""
        if not state.allowed:
            qaction.setEnabled((action, state.reason) in EXPLAINED_IN_DIALOG and step_factory(action) is not None)
            qaction.setToolTip(reason_text(state))
        elif step_factory(action) is None:
            qaction.setEnabled(False)
            qaction.setToolTip(self.tr("Not available yet"))
        else:
            qaction.setEnabled(True)
            qaction.setToolTip(f"{label(action)}{shortcut}")

    def disable_all(self, reason: str) -> None:
        for qaction in self.actions_.values():
            qaction.setEnabled(False)
            qaction.setToolTip(reason)
