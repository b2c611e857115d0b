"""The case window's steps for the papers: the agreement, 司法确认, attachments and the 卷宗."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.gui.dialogs.agreement_editor import AgreementEditorDialog
from mediation_app.gui.dialogs.agreement_view import AgreementViewDialog
from mediation_app.gui.dialogs.archive_dialog import ArchiveDialog
from mediation_app.gui.dialogs.attachment_dialogs import AddAttachmentDialog, AttachmentViewDialog
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.judicial_dialogs import (
    ApplyJudicialDialog,
    CourtDecisionDialog,
    MarkEffectiveDialog,
    OralAgreementDialog,
)

# The dialog each action of the case window opens: factory(host, parent) -> a dialog not yet shown. A dialog that
# changes the case emits saved(case_id) (CaseStepDialog does) so the window reloads.
STEP_DIALOGS: dict[CaseAction, Callable[[StepHost, QWidget | None], QDialog]] = {
    CaseAction.EDIT_AGREEMENT: AgreementEditorDialog,
    CaseAction.MARK_EFFECTIVE: MarkEffectiveDialog,
    CaseAction.REGISTER_ORAL: OralAgreementDialog,
    CaseAction.APPLY_JUDICIAL: ApplyJudicialDialog,
    CaseAction.RECORD_COURT_DECISION: CourtDecisionDialog,
    CaseAction.ADD_ATTACHMENT: AddAttachmentDialog,
    CaseAction.ARCHIVE: ArchiveDialog,
}

# What a timeline entry opens, by its record table (TimelineEntry.record): opener(host, record_id, parent).
RECORD_OPENERS: dict[str, Callable[[StepHost, int, QWidget | None], QDialog]] = {
    "agreement": AgreementViewDialog,
    "attachment": AttachmentViewDialog,
}
