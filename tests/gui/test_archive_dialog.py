"""归档, driven like a user: an unfinished case lists what its 卷宗 lacks and cannot be built; a complete one is
built (卷号 shown, the PDF saved and previewed) and the case is archived — also with the real thread runner."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import CaseStatus
from mediation_app.gui.dialogs.archive_dialog import ArchiveDialog
from mediation_app.gui.dialogs.case_steps_papers import STEP_DIALOGS
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.services.case_view import case_summary
from tests.services.casework_flow import TODAY, closed_case, signed_case

from .paper_steps import host_for, shot, shown


def archive_dialog(qtbot, ctx, runner, settings, case_id: int) -> ArchiveDialog:  # type: ignore[no-untyped-def]
    dialog = STEP_DIALOGS[CaseAction.ARCHIVE](host_for(ctx, runner, settings, case_id, TODAY), None)
    assert isinstance(dialog, ArchiveDialog)
    shown(qtbot, dialog)
    return dialog


def test_an_incomplete_file_lists_what_is_missing(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    signed = signed_case(ctx)
    dialog = archive_dialog(qtbot, ctx, runner, app_settings, signed.case_id)
    assert dialog.problems
    shown_items = [dialog.missing_list.item(n).text() for n in range(dialog.missing_list.count())]
    assert len(shown_items) == len(dialog.problems)
    assert any("结案" in text or "已结案" in text for text in shown_items)  # only a closed case is archived
    assert any("回访" in text for text in shown_items)
    assert not dialog.save_button.isEnabled() and "还缺" in dialog.state_label.text()
    shot(dialog, "archive_incomplete")
    dialog.submit()  # nothing happens while something is missing
    assert dialog.result is None
    assert case_summary(ctx, signed.case_id, today=TODAY).status is CaseStatus.SUCCEEDED


def test_a_complete_case_is_built_and_archived(qtbot, ctx, runner, app_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    closed = closed_case(ctx)
    dialog = archive_dialog(qtbot, ctx, runner, app_settings, closed.case_id)
    assert dialog.problems == [] and dialog.save_button.isEnabled()
    assert dialog.retention_combo.currentText() == "长期"
    dialog.retention_combo.setCurrentText("永久")
    shot(dialog, "archive_ready")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.retention == "永久"
    summary = case_summary(ctx, closed.case_id, today=TODAY)
    assert summary.status is CaseStatus.ARCHIVED
    assert dialog.number_label.text() == summary.archive_number
    assert dialog.save_pdf_button.isVisible() and not dialog.save_button.isVisible()
    shot(dialog, "archive_built")
    target = tmp_path / "卷宗.pdf"
    dialog.write_pdf(target)
    assert len(PdfReader(target).pages) == dialog.result.pages
    preview = dialog.open_preview()
    assert preview is not None and preview.paper.pdf == dialog.result.pdf


def test_building_with_the_real_thread_runner(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    closed = closed_case(ctx)
    dialog = ArchiveDialog(host_for(ctx, ThreadRunner(), app_settings, closed.case_id, TODAY))
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.problems == [], timeout=10_000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy_bar.isVisible()  # binding runs on the writer; the bar shows meanwhile
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert not dialog.busy_bar.isVisible() and dialog.number_label.text() != "—"
    assert case_summary(ctx, closed.case_id, today=TODAY).status is CaseStatus.ARCHIVED
