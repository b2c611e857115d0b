"""The case window's steps for the work: sessions, investigations, termination, performance, visits, closing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import SessionKind
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.followup_dialogs import CloseCaseDialog, PerformanceDialog, VisitDialog
from mediation_app.gui.dialogs.session_dialogs import RecordSessionDialog, ScheduleSessionDialog
from mediation_app.gui.dialogs.termination import TerminationDialog


def _record_session(host: StepHost, parent: QWidget | None) -> QDialog:
    return RecordSessionDialog(host, SessionKind.MEDIATION, parent)


def _record_investigation(host: StepHost, parent: QWidget | None) -> QDialog:
    return RecordSessionDialog(host, SessionKind.INVESTIGATION, parent)


def _open_session(host: StepHost, record_id: int, parent: QWidget | None) -> QDialog:
    """A session or an investigation: the dialog finds out which from the record."""
    return RecordSessionDialog.for_record(host, record_id, parent)


def _open_performance(host: StepHost, record_id: int, parent: QWidget | None) -> QDialog:
    return PerformanceDialog(host, parent, record_id=record_id)


def _open_visit(host: StepHost, record_id: int, parent: QWidget | None) -> QDialog:
    return VisitDialog(host, parent, visit_id=record_id)


# The dialog each action of the case window opens: factory(host, parent) -> a dialog not yet shown. A dialog that
# changes the case emits saved(case_id) (CaseStepDialog does) so the window reloads.
STEP_DIALOGS: dict[CaseAction, Callable[[StepHost, QWidget | None], QDialog]] = {
    CaseAction.SCHEDULE_SESSION: ScheduleSessionDialog,
    CaseAction.RECORD_SESSION: _record_session,
    CaseAction.RECORD_INVESTIGATION: _record_investigation,
    CaseAction.TERMINATE: TerminationDialog,
    CaseAction.RECORD_PERFORMANCE: PerformanceDialog,
    CaseAction.RECORD_VISIT: VisitDialog,
    CaseAction.CLOSE: CloseCaseDialog,
}

# What a timeline entry opens, by its record table (TimelineEntry.record): opener(host, record_id, parent).
RECORD_OPENERS: dict[str, Callable[[StepHost, int, QWidget | None], QDialog]] = {
    "mediation_session": _open_session,
    "performance_record": _open_performance,
    "follow_up_visit": _open_visit,
}
