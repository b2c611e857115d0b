"""编辑调解协议 and the steps after it, driven like a user: terms from the clause library, edited, what is missing
shown next to the fields, the 协议书 previewed once complete; 协议生效 refused before printing; 司法确认 open, then
closed; a personal-status matter blocked; an oral agreement registered."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import CaseStatus, CourtDecision, DisputeType, FormCode
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.agreement_editor import AgreementEditorDialog
from mediation_app.gui.dialogs.agreement_view import AgreementViewDialog
from mediation_app.gui.dialogs.case_steps_papers import RECORD_OPENERS, STEP_DIALOGS
from mediation_app.gui.dialogs.judicial_dialogs import (
    ApplyJudicialDialog,
    CourtDecisionDialog,
    MarkEffectiveDialog,
    OralAgreementDialog,
)
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.services.agreements import (
    TermInput,
    case_agreements,
    get_agreement,
    mark_effective,
    save_agreement,
)
from mediation_app.services.case_view import case_summary
from mediation_app.services.clauses import ClauseInfo, save_clause
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form
from tests.services.casework_flow import SIGNED, TODAY, accepted_case, complete_agreement, held_session

from .paper_steps import host_for, shot, shown
from .typing_helpers import type_text

REPAIR = "被申请人于2026年10月31日前修复卫生间防水层。"
PAY = "被申请人赔偿申请人人民币若干元。"


def mediating_case(ctx: ServiceContext, **options: object) -> int:
    case_id = accepted_case(ctx, **options)  # type: ignore[arg-type]
    held_session(ctx, case_id)
    return case_id


def add_clauses(ctx: ServiceContext) -> None:
    save_clause(ctx, ClauseInfo(None, "修复", REPAIR, DisputeType.NEIGHBOUR))
    save_clause(ctx, ClauseInfo(None, "赔偿", PAY, DisputeType.NEIGHBOUR, is_payment=True))
    save_clause(ctx, ClauseInfo(None, "抚养费", "抚养费条款", DisputeType.MARRIAGE_FAMILY, is_payment=True))


def editor(qtbot, ctx, runner, settings, case_id: int, today: date = TODAY) -> AgreementEditorDialog:  # type: ignore[no-untyped-def]
    dialog = AgreementEditorDialog(host_for(ctx, runner, settings, case_id, today))
    shown(qtbot, dialog, (980, 900))
    qtbot.waitUntil(lambda: dialog.problems is not None)
    return dialog


def pick_clause(qtbot, dialog: AgreementEditorDialog, title: str) -> None:  # type: ignore[no-untyped-def]
    terms = dialog.terms_editor
    terms.clause_combo.setCurrentIndex(terms.clause_combo.findText(title))
    qtbot.mouseClick(terms.add_clause_button, Qt.MouseButton.LeftButton)


def fill_texts(qtbot, dialog: AgreementEditorDialog) -> None:  # type: ignore[no-untyped-def]
    for code, text in (
        ("facts", "渗漏致损。"),
        ("disputed_matters", "赔偿数额。"),
        ("responsibilities", "被申请人负责。"),
    ):
        type_text(qtbot, dialog.texts[code], text)
    type_text(qtbot, dialog.lines["performance_manner"], "银行转账")
    type_text(qtbot, dialog.lines["performance_place"], "联调室")
    dialog.deadline_check.setChecked(True)
    dialog.deadline_edit.setDate(QDate(2026, 10, 31))


def test_terms_from_the_library_edited_checked_and_previewed(
    qtbot, ctx, runner, app_settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    add_clauses(ctx)
    case_id = mediating_case(ctx)
    dialog = editor(qtbot, ctx, runner, app_settings, case_id)
    terms = dialog.terms_editor
    assert [terms.clause_combo.itemText(i) for i in range(terms.clause_combo.count())] == ["修复", "赔偿"]
    assert dialog.errors["terms"].text()  # no terms yet
    assert not dialog.preview_button.isEnabled()

    pick_clause(qtbot, dialog, "赔偿")
    terms.text_edit.selectAll()
    type_text(qtbot, terms.text_edit, "被申请人赔偿申请人人民币3000元。")
    type_text(qtbot, terms.amount_edit, "3000")
    qtbot.waitUntil(
        lambda: dialog.problems is not None and any("期" in m for ms in terms.problems.values() for m in ms)
    )
    assert terms.table.item(0, 2).text() == "3,000.00"
    assert "3,000.00" in dialog.amount_edit.placeholderText()
    assert dialog.errors["facts"].isVisible() and dialog.errors["facts"].text()
    assert dialog.errors["performance_deadline"].text()
    assert "还缺" in dialog.status_label.text()
    shot(dialog, "agreement_editor_incomplete")

    terms.due_check.setChecked(True)
    terms.due_edit.setDate(QDate(2026, 10, 20))
    terms.select_row(0)
    pick_clause(qtbot, dialog, "修复")  # inserted after the selected term
    qtbot.keyClick(terms.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Alt+↑: the repair comes first
    assert [t.text for t in terms.terms()] == [REPAIR, "被申请人赔偿申请人人民币3000元。"]
    fill_texts(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.complete)
    assert all(not error.text() for error in dialog.errors.values())
    assert dialog.preview_button.isEnabled()
    shot(dialog, "agreement_editor_complete")

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is not None
    qtbot.addWidget(dialog.preview)
    assert dialog.preview.paper.form_id == FormCode.AGREEMENT.value
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.preview.paper.pdf)).pages)
    assert "3000元" in text.replace(" ", "") and "卫生间防水层" in text.replace(" ", "")
    shot(dialog.preview, "agreement_preview")
    saved = case_agreements(ctx, case_id, today=TODAY)[0]
    assert saved.data.amount_fen == 300_000 and saved.data.terms[1].due_on == date(2026, 10, 20)
    assert saved.data.copies == 3 and not saved.problems and saved.number is None

    target = tmp_path / "协议书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(dialog.saved):  # issuing the paper reloads the case window
        dialog.preview.save_pdf()
    assert target.is_file() and case_agreements(ctx, case_id, today=TODAY)[0].number
    sign = MarkEffectiveDialog(host_for(ctx, runner, app_settings, case_id, TODAY))
    shown(qtbot, sign)
    assert sign.save_button.isEnabled()


def test_a_draft_saves_while_incomplete_and_reopens(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx)
    dialog = editor(qtbot, ctx, runner, app_settings, case_id)
    type_text(qtbot, dialog.lines["performance_manner"], "现金")
    qtbot.keyClick(dialog.lines["performance_manner"], Qt.Key.Key_Return)  # Enter in a field never saves
    assert dialog.isVisible() and case_agreements(ctx, case_id, today=TODAY) == []
    dialog.lines["performance_manner"].clear()
    qtbot.mouseClick(dialog.terms_editor.add_blank_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.terms_editor.text_edit, "双方互不追究。")
    dialog.terms_editor.payment_check.setChecked(True)
    type_text(qtbot, dialog.terms_editor.amount_edit, "12.345")  # three decimals: refused before saving
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.text()
    assert dialog.terms_editor.term_error.text()
    dialog.terms_editor.payment_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and app_settings.get(keys.AGREEMENT_EDITOR_GEOMETRY)  # the size is remembered
    again = editor(qtbot, ctx, runner, app_settings, case_id)
    assert again.terms_editor.terms() == (TermInput("双方互不追究。"),)
    assert not again.preview_button.isEnabled()


def test_forty_terms_stay_usable(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx)
    many = tuple(TermInput(f"第{n}项约定。") for n in range(1, 41))
    save_agreement(ctx, case_id, replace(complete_agreement(), terms=many), today=TODAY)
    dialog = editor(qtbot, ctx, runner, app_settings, case_id)
    terms = dialog.terms_editor
    assert terms.table.rowCount() == 40 and dialog.complete
    terms.select_row(39)
    terms.table.setFocus()
    qtbot.keyClick(terms.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert terms.current_row() == 38 and terms.terms()[38].text == "第40项约定。"
    qtbot.mouseClick(terms.remove_button, Qt.MouseButton.LeftButton)
    assert len(terms.terms()) == 39


def test_marriage_dispute_needs_the_personal_status_answer(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx, dispute_type=DisputeType.MARRIAGE_FAMILY)
    save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    dialog = editor(qtbot, ctx, runner, app_settings, case_id)
    assert dialog.errors["personal_status"].text() and not dialog.complete
    dialog.personal_combo.setCurrentIndex(dialog.personal_combo.findData(False))
    qtbot.waitUntil(lambda: dialog.complete)


def test_mark_effective_refused_before_printing_then_accepted(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx)
    save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    before = MarkEffectiveDialog(host_for(ctx, runner, app_settings, case_id, TODAY))
    shown(qtbot, before)
    assert not before.save_button.isEnabled()
    assert "打印" in before.notice.text()
    shot(before, "mark_effective_refused")
    before.submit()  # even if asked, the service refuses with the reason
    assert "打印" in before.notice.text() and before.isVisible()

    issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    after = MarkEffectiveDialog(host_for(ctx, runner, app_settings, case_id, TODAY))
    shown(qtbot, after)
    assert after.save_button.isEnabled() and not after.notice.isVisible()
    after.signed_edit.setDate(QDate(2026, 10, 14))
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    assert not after.isVisible()
    assert case_summary(ctx, case_id, today=TODAY).status is CaseStatus.SUCCEEDED


def signed(ctx: ServiceContext, **options: object) -> tuple[int, int]:
    case_id = mediating_case(ctx, **options)
    saved = save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    mark_effective(ctx, saved.agreement_id, SIGNED, today=TODAY)
    return case_id, saved.agreement_id


def test_judicial_window_open_then_closed_and_the_decision(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id, agreement_id = signed(ctx)
    soon = SIGNED + timedelta(days=10)
    dialog = ApplyJudicialDialog(host_for(ctx, runner, app_settings, case_id, soon))
    shown(qtbot, dialog)
    assert "20" in dialog.window_label.text() and "2026-11-13" in dialog.window_label.text()
    shot(dialog, "judicial_apply_open")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no court yet
    assert dialog.isVisible() and dialog.focusWidget() is dialog.court_edit
    type_text(qtbot, dialog.court_edit, "某区人民法院")
    assert dialog.print_check.isChecked()  # the application is offered for printing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.preview is not None
    qtbot.addWidget(dialog.preview)
    assert dialog.preview.paper.form_id == FormCode.JUDICIAL_CONFIRMATION.value
    assert get_agreement(ctx, agreement_id, today=soon).court_name == "某区人民法院"

    decision = CourtDecisionDialog(host_for(ctx, runner, app_settings, case_id, soon))
    shown(qtbot, decision)
    decision.decision_buttons[CourtDecision.REJECTED].click()
    qtbot.mouseClick(decision.save_button, Qt.MouseButton.LeftButton)
    assert get_agreement(ctx, agreement_id, today=soon).court_decision is CourtDecision.REJECTED

    other_case, _ = signed(ctx)
    late = SIGNED + timedelta(days=31)
    closed = ApplyJudicialDialog(host_for(ctx, runner, app_settings, other_case, late))
    shown(qtbot, closed)
    assert "2026-11-13" in closed.window_label.text() and not closed.save_button.isEnabled()
    assert "30" in closed.notice.text()
    shot(closed, "judicial_apply_closed")


def test_personal_status_is_blocked_with_the_reason(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx, dispute_type=DisputeType.MARRIAGE_FAMILY)
    saved = save_agreement(ctx, case_id, replace(complete_agreement(), personal_status=True), today=TODAY)
    issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    mark_effective(ctx, saved.agreement_id, SIGNED, today=TODAY)
    dialog = ApplyJudicialDialog(host_for(ctx, runner, app_settings, case_id, SIGNED + timedelta(days=3)))
    shown(qtbot, dialog)
    assert "身份关系" in dialog.notice.text() and not dialog.save_button.isEnabled()
    shot(dialog, "judicial_personal_status")


def test_unanswered_personal_status_is_asked_in_the_application(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx, dispute_type=DisputeType.MARRIAGE_FAMILY)
    saved = save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    mark_effective(ctx, saved.agreement_id, SIGNED, today=TODAY)
    day = SIGNED + timedelta(days=3)
    dialog = ApplyJudicialDialog(host_for(ctx, runner, app_settings, case_id, day))
    shown(qtbot, dialog)
    assert dialog.status_check.isVisible() and dialog.save_button.isEnabled()
    dialog.status_check.setChecked(True)
    type_text(qtbot, dialog.court_edit, "某区人民法院")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "身份关系" in dialog.notice.text()


def test_oral_agreement_registered_and_its_register_offered(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    add_clauses(ctx)
    case_id = mediating_case(ctx)
    dialog = OralAgreementDialog(host_for(ctx, runner, app_settings, case_id, TODAY))
    shown(qtbot, dialog)
    pick_clause(qtbot, dialog, "修复")  # type: ignore[arg-type]
    shot(dialog, "oral_agreement")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.preview is not None
    qtbot.addWidget(dialog.preview)
    assert dialog.preview.paper.form_id == FormCode.ORAL_AGREEMENT.value
    assert case_summary(ctx, case_id, today=TODAY).status is CaseStatus.SUCCEEDED


def test_registry_and_timeline_opener(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id, agreement_id = signed(ctx)
    assert STEP_DIALOGS[CaseAction.APPLY_JUDICIAL] is ApplyJudicialDialog
    assert set(STEP_DIALOGS) >= {CaseAction.EDIT_AGREEMENT, CaseAction.ARCHIVE, CaseAction.ADD_ATTACHMENT}
    view = RECORD_OPENERS["agreement"](host_for(ctx, runner, app_settings, case_id, TODAY), agreement_id, None)
    assert isinstance(view, AgreementViewDialog)
    shown(qtbot, view, (640, 560))
    assert "卫生间防水层" in view.body.toPlainText() and not view.edit_button.isVisible()
    shot(view, "agreement_view")


def test_the_editor_with_the_real_thread_runner(qtbot, ctx, app_settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    case_id = mediating_case(ctx)
    save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    dialog = AgreementEditorDialog(host_for(ctx, runner, app_settings, case_id, TODAY))
    shown(qtbot, dialog, (980, 900))
    qtbot.waitUntil(lambda: dialog.complete, timeout=10_000)
    dialog.texts["facts"].clear()
    qtbot.waitUntil(lambda: not dialog.complete and bool(dialog.errors["facts"].text()), timeout=10_000)
    type_text(qtbot, dialog.texts["facts"], "渗漏。")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert case_agreements(ctx, case_id, today=TODAY)[0].data.facts == "渗漏。"


def test_from_the_case_window_to_a_signed_agreement(qtbot, ctx, runner, app_settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = mediating_case(ctx)
    window = CaseWindow(ctx, runner, app_settings, case_id, lambda: TODAY)
    shown(qtbot, window)
    dialog = window.run_action(CaseAction.EDIT_AGREEMENT)
    assert isinstance(dialog, AgreementEditorDialog)
    qtbot.waitUntil(lambda: dialog.problems is not None)
    dialog.set_input(complete_agreement())
    qtbot.waitUntil(lambda: dialog.complete)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is not None and dialog.preview.parent() is window
    assert not window.action_bar.actions_[CaseAction.MARK_EFFECTIVE].isEnabled()  # not printed yet
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "协议书.pdf"), ""))
    dialog.preview.save_pdf()
    assert window.action_bar.actions_[CaseAction.MARK_EFFECTIVE].isEnabled()  # the window reloaded
    sign = window.run_action(CaseAction.MARK_EFFECTIVE)
    assert isinstance(sign, MarkEffectiveDialog)
    sign.signed_edit.setDate(QDate(2026, 10, 14))
    qtbot.mouseClick(sign.save_button, Qt.MouseButton.LeftButton)
    assert window.overview is not None and window.overview.summary.status is CaseStatus.SUCCEEDED
