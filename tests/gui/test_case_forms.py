"""文书 for a case: the forms it can print (greyed with the reason when not), preview, issued papers, reprint,
and the ledger's entry point (Ctrl+P on the selected case)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog

from mediation_app.gui.dialogs import case_forms
from mediation_app.gui.dialogs.case_forms import UNAVAILABLE_COLOUR, CaseFormsDialog
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.views.ledger_view import LedgerView
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import CaseForm, forms_for_case, issued_documents, reproduce_issued

from .factories import make_case


@pytest.fixture
def case_id(ctx: ServiceContext) -> int:
    return make_case(ctx, "张三", accept=True, respondent="李四").case_id


@pytest.fixture
def dialog(qtbot, ctx, runner, app_settings, case_id) -> CaseFormsDialog:  # type: ignore[no-untyped-def]
    window = CaseFormsDialog(ctx, runner, app_settings, case_id, "（2026）某街联调字第0001号")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def issue_calls(monkeypatch) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    """Every issue_case_form the previews make: (form, party)."""
    calls: list[tuple[str, int | None]] = []
    real = case_forms.issue_case_form

    def counting(ctx, form_id, case_id, *, party=None):  # type: ignore[no-untyped-def]
        calls.append((form_id, party))
        return real(ctx, form_id, case_id, party=party)

    monkeypatch.setattr(case_forms, "issue_case_form", counting)
    return calls


def row_of(dialog: CaseFormsDialog, form_id: str) -> int:
    return next(i for i, form in enumerate(dialog.forms_model.rows()) if form.form_id == form_id)


def select_form(qtbot, dialog: CaseFormsDialog, form_id: str) -> None:  # type: ignore[no-untyped-def]
    dialog.tabs.setCurrentIndex(0)
    dialog.forms_table.selectRow(row_of(dialog, form_id))
    qtbot.waitUntil(lambda: dialog.selected_form() is not None and dialog.selected_form().form_id == form_id)


def open_preview_of(qtbot, dialog: CaseFormsDialog, form_id: str) -> PreviewDialog:  # type: ignore[no-untyped-def]
    select_form(qtbot, dialog, form_id)
    with qtbot.waitSignal(dialog.preview_opened) as opened:
        dialog.forms_table.setFocus()
        qtbot.keyClick(dialog.forms_table, Qt.Key.Key_Return)
    preview: PreviewDialog = opened.args[0]
    qtbot.waitExposed(preview)
    return preview


def save_to(monkeypatch, folder: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, suggested, _f: (str(folder / Path(suggested).name), "PDF")
    )


def test_it_lists_every_case_form_and_greys_those_the_case_cannot_print_yet(
    dialog, ctx, case_id, qtmodeltester
) -> None:
    expected = forms_for_case(ctx, case_id)
    model = dialog.forms_model
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.issued_model)
    assert [f.form_id for f in model.rows()] == [f.form_id for f in expected]
    assert dialog.windowTitle() == "文书 — （2026）某街联调字第0001号"
    agreement = model.index(row_of(dialog, "agreement"), 1)
    assert agreement.data(Qt.ItemDataRole.ForegroundRole) == QColor(UNAVAILABLE_COLOUR)
    assert agreement.data(Qt.ItemDataRole.DisplayRole) == "暂不能出具：尚无书面调解协议"
    reason = model.index(row_of(dialog, "agreement"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert reason == agreement.data(Qt.ItemDataRole.ToolTipRole)
    assert "书面调解协议" in reason and reason.endswith("请先在案件中办理。") and "{" not in reason
    ready = model.index(row_of(dialog, "application"), 1)
    assert ready.data(Qt.ItemDataRole.ForegroundRole) is None
    assert ready.data(Qt.ItemDataRole.DisplayRole) == "可以出具"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "能否出具"


def test_a_greyed_form_cannot_be_previewed_and_says_why(qtbot, dialog) -> None:
    select_form(qtbot, dialog, "agreement")
    assert not dialog.preview_button.isEnabled()
    dialog.forms_table.setFocus()
    qtbot.keyClick(dialog.forms_table, Qt.Key.Key_Return)
    assert dialog.notice.isVisible() and "书面调解协议" in dialog.notice.text()
    assert dialog.findChildren(PreviewDialog) == []


def test_per_party_forms_offer_all_parties_or_one(qtbot, dialog) -> None:
    select_form(qtbot, dialog, "session_notice")
    combo = dialog.party_combo
    assert combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部当事人（每人一份）", "张三", "李四"]
    assert combo.currentText() == "全部当事人（每人一份）" and dialog.chosen_party() is None
    combo.setCurrentIndex(2)
    assert dialog.chosen_party() == 2
    select_form(qtbot, dialog, "application")
    assert not combo.isEnabled() and combo.count() == 0 and dialog.chosen_party() is None
    assert combo.placeholderText() == "本文书不分当事人"


def test_the_chosen_party_reaches_the_services_and_the_file_name(qtbot, dialog, ctx, monkeypatch, tmp_path) -> None:
    """No per-party form is printable for a new case yet, so the services see the party through a stand-in form."""
    forms = forms_for_case(ctx, dialog.case_id)
    application = next(f for f in forms if f.form_id == "application")
    per_party = CaseForm("application", application.title, True, ["张三", "李四"], None)
    monkeypatch.setattr(case_forms, "forms_for_case", lambda _ctx, _case: [per_party])
    previewed: list[int | None] = []
    real_preview = case_forms.preview_case_form

    def preview(ctx, form_id, case_id, *, party=None):  # type: ignore[no-untyped-def]
        previewed.append(party)
        return real_preview(ctx, form_id, case_id)

    monkeypatch.setattr(case_forms, "preview_case_form", preview)
    dialog.refresh()
    dialog.forms_table.selectRow(0)
    dialog.party_combo.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.preview_opened) as opened:
        dialog.preview_button.click()
    assert previewed == [2]
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _c, name, _f: (asked.append(name), ("", ""))[1])
    opened.args[0].save_action.trigger()
    assert Path(asked[0]).name.endswith("_李四.pdf")


def test_preview_writes_nothing_and_saving_registers_the_issued_paper(
    qtbot, dialog, ctx, case_id, issue_calls, monkeypatch, tmp_path, qtmodeltester
) -> None:
    preview = open_preview_of(qtbot, dialog, "application")
    assert preview.provisional and preview.paper.document_id is None
    assert issued_documents(ctx, case_id) == [] and dialog.issued_model.rowCount() == 0
    assert dialog.tabs.tabText(1) == "已出具文书（0）"
    save_to(monkeypatch, tmp_path)
    preview.save_action.trigger()
    assert issue_calls == [("application", None)]
    issued = preview.paper
    [row] = dialog.issued_model.rows()
    assert (row.document_id, row.number, row.sha256) == (issued.document_id, issued.number, issued.sha256)
    assert dialog.tabs.tabText(1) == "已出具文书（1）"
    qtmodeltester.check(dialog.issued_model)
    assert dialog.issued_model.index(0, 0).data() == "人民调解申请书"
    assert dialog.issued_model.index(0, 4).data() == issued.sha256[:12]
    assert (tmp_path / f"人民调解申请书_{issued.number}.pdf").read_bytes() == issued.pdf


def test_reprint_opens_the_original_bytes_and_never_issues_again(
    qtbot, dialog, ctx, case_id, issue_calls, monkeypatch, tmp_path
) -> None:
    first = open_preview_of(qtbot, dialog, "application")
    save_to(monkeypatch, tmp_path / "first")
    (tmp_path / "first").mkdir()
    first.save_action.trigger()
    issued = first.paper
    first.close()
    dialog.tabs.setCurrentIndex(1)
    dialog.issued_table.selectRow(0)
    assert dialog.reprint_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_opened) as opened:
        dialog.reprint_button.click()
    reprint: PreviewDialog = opened.args[0]
    assert reprint.paper.pdf == issued.pdf == reproduce_issued(ctx, issued.document_id).pdf
    assert not reprint.provisional and reprint.state.text().startswith("原件重印")
    save_to(monkeypatch, tmp_path)
    reprint.save_action.trigger()
    assert (tmp_path / f"人民调解申请书_{issued.number}.pdf").read_bytes() == issued.pdf
    assert issue_calls == [("application", None)]  # the first save only
    assert len(issued_documents(ctx, case_id)) == 1


def test_a_paper_that_cannot_be_reproduced_says_so_in_chinese(qtbot, dialog, monkeypatch, tmp_path) -> None:
    first = open_preview_of(qtbot, dialog, "application")
    save_to(monkeypatch, tmp_path)
    first.save_action.trigger()
    first.close()
    from mediation_app.services.context import ServiceError

    def refuse(_ctx, document_id):  # type: ignore[no-untyped-def]
        raise ServiceError("print.not_reproducible", document=document_id)

    monkeypatch.setattr(case_forms, "reproduce_issued", refuse)
    dialog.tabs.setCurrentIndex(1)
    dialog.issued_table.selectRow(0)
    dialog.reprint_button.click()
    assert dialog.notice.property("kind") == "error"
    assert "无法按原样重现" in dialog.notice.text()


def test_the_dialog_stays_open_while_a_preview_is_busy(qtbot, dialog) -> None:
    preview = open_preview_of(qtbot, dialog, "application")
    preview.busy = True  # as while its pages go to the printer
    dialog.close()
    assert dialog.isVisible() and preview.isVisible()
    preview.busy = False
    dialog.close()
    assert not dialog.isVisible()


# -- the ledger's entry point -----------------------------------------------------------------------------------
def test_ctrl_p_in_the_ledger_opens_the_papers_of_the_selected_case(qtbot, ctx, runner, app_settings) -> None:
    make_case(ctx, "王五", accept=True)
    chosen = make_case(ctx, "赵六", accept=True)
    view = LedgerView(ctx, runner, app_settings)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert not view.forms_action.isEnabled()
    row = next(r for r in range(2) if view.model.row_at(r).case_id == chosen.case_id)
    view.table.selectRow(row)
    assert view.forms_action.isEnabled()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [papers] = view.findChildren(CaseFormsDialog)
    assert papers.case_id == chosen.case_id and papers.isVisible()
    assert papers.windowTitle().startswith(f"文书 — {view.model.row_at(row).number}")
    assert view.open_case_forms() is papers  # the same case: the open window comes forward
    view.refresh()
    qtbot.waitUntil(lambda: not view.forms_action.isEnabled())  # a reload clears the selection


def test_the_papers_window_remembers_its_size(qtbot, ctx, runner, app_settings, case_id) -> None:
    first = CaseFormsDialog(ctx, runner, app_settings, case_id)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 480)
    first.close()
    second = CaseFormsDialog(ctx, runner, app_settings, case_id)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)
    assert second.windowTitle() == "文书"


def test_every_form_listed_as_printable_previews(qtbot, dialog) -> None:
    printable = [form.form_id for form in dialog.forms_model.rows() if form.problem is None]
    assert "application" in printable
    opened: list[PreviewDialog] = []
    dialog.preview_opened.connect(opened.append)
    failed: dict[str, str] = {}
    for form_id in printable:
        select_form(qtbot, dialog, form_id)
        before = len(opened)
        try:
            dialog.preview_selected()
        except Exception as error:  # collected, so one report names every form that fails
            failed[form_id] = repr(error)
            continue
        if len(opened) == before:
            failed[form_id] = dialog.notice.text()  # refused with a message
            continue
        preview = opened[-1]
        assert preview.title_text == dialog.selected_form().title and preview.paper_view.page_count() >= 1
        preview.close()
    assert failed == {}
