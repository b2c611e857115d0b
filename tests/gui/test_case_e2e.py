"""The Proof of issue 5: a case driven through the real case window (opened from the main window's ledger) the way
a mediator works — sessions, notices, the agreement, the signed original, performance, the visit, closing and the
卷宗 checked page by page; a failed mediation, an oral agreement, and the 司法确认 window open then closed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_app.domain.casework import CaseAction, TerminationReason
from mediation_app.domain.vocabulary import AttachmentKind, Performance, Satisfaction, VisitMethod
from mediation_app.gui.application import build_main_window
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.case_window import ISSUED_RECORD, CaseWindow
from mediation_app.services.archive import ArchiveResult
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issued_documents
from tests.printing.pdf_tools import page_count, pdftotext, squash
from tests.services.casework_flow import accepted_case, image_bytes, pdf_bytes

from .case_e2e_steps import (
    Clock,
    activate,
    by_button,
    by_key,
    fill,
    issue_by_saving,
    numbered_pages,
    open_case,
    print_from_papers,
    save_step,
    save_to_folder,
    set_date,
)
from .paper_steps import shot
from .test_agreement_editor import REPAIR, add_clauses, fill_texts, pick_clause
from .typing_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier

A = CaseAction
START = date(2026, 10, 13)  # the day after the case was received


@pytest.fixture
def clock(window: MainWindow) -> Clock:
    """The main window's day, handed to every case window it opens."""
    fake = Clock(START)
    window.today = fake
    return fake


def schedule(qtbot, case_window: CaseWindow, place: str) -> list[str]:  # type: ignore[no-untyped-def]
    """安排调解 by Ctrl+N; the 调处通知书 previews (one per party) issued by saving them."""
    dialog = by_key(qtbot, case_window, Qt.Key.Key_N)
    fill(qtbot, {dialog.place: place})
    assert dialog.print_notices.isChecked()
    save_step(qtbot, dialog)
    qtbot.waitUntil(lambda: len(dialog.previews) == 2)  # rendered on the runner, one per party
    previews = list(dialog.previews)
    parties = sorted((p.paper.form_id, p._party) for p in previews)  # on threads they may come in either order
    assert parties == [("session_notice", "李玥"), ("session_notice", "王堃")]
    return issue_by_saving(qtbot, previews)


def record(qtbot, case_window: CaseWindow, result: str) -> None:  # type: ignore[no-untyped-def]
    """记录调解 by Ctrl+R for the session planned: attendance, record, each party's statement, the result."""
    dialog = by_key(qtbot, case_window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: dialog.chosen.currentData() is not None)  # the planned session is offered
    boxes = list(dialog.statements.values())
    fill(qtbot, {dialog.attendees: "王堃、李玥", dialog.recorder: "郑赟", dialog.record_text: "调解员释法明理。"})
    fill(qtbot, {boxes[0]: "要求赔偿3000元。", boxes[1]: "同意维修。", dialog.result: result})
    dialog.rights.setFocus()
    qtbot.keyClick(dialog.rights, Qt.Key.Key_Space)
    assert dialog.print_record.isChecked()  # the record is printed for signing at the end of the session
    save_step(qtbot, dialog)
    qtbot.waitUntil(lambda: len(dialog.previews) == 1)
    assert dialog.previews[0].paper.form_id == "mediation_record"
    issue_by_saving(qtbot, list(dialog.previews))


def two_sessions(qtbot, clock: Clock, case_window: CaseWindow) -> None:  # type: ignore[no-untyped-def]
    """The first session (14 October) and a later one (16 October), each noticed and recorded."""
    assert all(schedule(qtbot, case_window, "联调室第一调解室"))  # the case's number on each notice
    assert case_window.header.status.text() == "调解中"  # the window reloaded after the step
    clock.move_to(date(2026, 10, 14))
    record(qtbot, case_window, "双方分歧较大，择日再调。")
    clock.move_to(date(2026, 10, 15))
    assert all(schedule(qtbot, case_window, "联调室第二调解室"))
    clock.move_to(date(2026, 10, 16))
    record(qtbot, case_window, "双方达成协议。")


def test_a_case_from_acceptance_to_the_archive(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: ServiceContext, clock: Clock, tmp_path: Path, monkeypatch
) -> None:
    add_clauses(ctx)
    case_id = accepted_case(ctx)
    saved = save_to_folder(monkeypatch, tmp_path)
    case_window = open_case(qtbot, window, case_id)
    assert case_window.header.status.text() == "已受理"
    two_sessions(qtbot, clock, case_window)
    forms = [d.form_id for d in issued_documents(ctx, case_id)]
    assert forms.count("session_notice") == 4 and forms.count("mediation_record") == 2 and len(saved) == 6
    assert issued_on_timeline(case_window) == 6
    shot(case_window, "after_sessions")
    agreement(qtbot, case_window)
    attach_signed_original(qtbot, case_window, tmp_path, monkeypatch)
    add_id_copy(qtbot, case_window, tmp_path, monkeypatch)
    clock.move_to(date(2026, 10, 17))
    take_effect(qtbot, case_window, date(2026, 10, 16))
    clock.move_to(date(2026, 10, 20))
    performance(qtbot, case_window, date(2026, 10, 20))
    clock.move_to(date(2026, 11, 2))
    visit(qtbot, case_window)
    shot(case_window, "after_visit")
    close_case(qtbot, case_window)
    assert missing_papers(qtbot, case_window) == [
        f"卷宗缺少：{item}。" for item in ("申请书或受理登记表", "权利义务告知书")
    ]
    print_from_papers(qtbot, case_window, ["application", "rights_notice"])
    result = archive(qtbot, case_window, tmp_path / "卷宗.pdf")
    check_the_file((tmp_path / "卷宗.pdf").read_bytes(), result, [d.title for d in issued_documents(ctx, case_id)])
    assert case_window.header.status.text().startswith("已归档") and case_window.banner.isVisible()
    assert not any(qaction.isEnabled() for qaction in case_window.action_bar.actions_.values())
    shot(case_window, "archived")


def issued_on_timeline(case_window: CaseWindow) -> int:
    """The papers the window's timeline shows as issued (it reloads when one is issued)."""
    return sum(1 for entry in case_window.timeline.model.rows() if entry.record == ISSUED_RECORD)


def agreement(qtbot, case_window: CaseWindow) -> str:  # type: ignore[no-untyped-def]
    """编辑调解协议 by Ctrl+E: two clauses from the library, the payment one edited with amount and due date; the
    协议书 previewed and issued by saving it. Its number."""
    dialog = by_key(qtbot, case_window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: dialog.problems is not None)
    terms = dialog.terms_editor
    pick_clause(qtbot, dialog, "修复")
    pick_clause(qtbot, dialog, "赔偿")
    terms.text_edit.selectAll()
    type_text(qtbot, terms.text_edit, "被申请人赔偿申请人人民币3000元。")
    type_text(qtbot, terms.amount_edit, "3000")
    terms.due_check.setChecked(True)
    set_date(terms.due_edit, date(2026, 10, 20))
    fill_texts(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.complete)
    assert [t.text for t in terms.terms()] == [REPAIR, "被申请人赔偿申请人人民币3000元。"]
    shot(dialog, "agreement_editor")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is not None and dialog.preview.paper.form_id == "agreement"
    [number] = issue_by_saving(qtbot, [dialog.preview])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the agreement was saved with the preview: nothing to discard
    assert not dialog.isVisible()
    return number


def attach_signed_original(qtbot, case_window: CaseWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """添加附件 (Ctrl+Shift+A, the file chosen in the file dialog), then 标记为已签字原件 on the 附件 tab."""
    scan = tmp_path / "协议书签字.pdf"
    scan.write_bytes(pdf_bytes("signed agreement", 2))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(scan), ""))
    dialog = by_key(qtbot, case_window, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(scan)
    dialog.kind_combo.set_member(AttachmentKind.SIGNED_ORIGINAL)
    save_step(qtbot, dialog)
    case_window.tabs.setCurrentWidget(case_window.attachments)
    panel = case_window.attachments
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    panel.select("协议书签字.pdf")
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    mark = panel.dialog
    mark.choose(
        next(
            mark.paper_combo.itemData(i)
            for i in range(mark.paper_combo.count())
            if "协议书" in mark.paper_combo.itemText(i)
        )
    )
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(mark.save_button, Qt.MouseButton.LeftButton)
    assert "协议书" in panel.table.item(0, 5).text()
    shot(case_window, "attachments_tab")


def add_id_copy(qtbot, case_window: CaseWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The parties' ID copies, added from the 附件 tab's own button."""
    photo = tmp_path / "身份证复印件.png"
    photo.write_bytes(image_bytes("PNG"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(photo), ""))
    panel = case_window.attachments
    case_window.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.dialog.kind_combo.set_member(AttachmentKind.ID_COPY)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.dialog.save_button, Qt.MouseButton.LeftButton)


def take_effect(qtbot, case_window: CaseWindow, signed: date) -> None:  # type: ignore[no-untyped-def]
    dialog = by_button(qtbot, case_window, A.MARK_EFFECTIVE)
    set_date(dialog.signed_edit, signed)
    save_step(qtbot, dialog)
    assert case_window.header.status.text() == "调解成功"


def performance(qtbot, case_window: CaseWindow, day: date) -> None:  # type: ignore[no-untyped-def]
    dialog = by_button(qtbot, case_window, A.RECORD_PERFORMANCE)
    set_date(dialog.performed_on, day)
    type_text(qtbot, dialog.amount, "3000")
    type_text(qtbot, dialog.note, "银行转账")
    save_step(qtbot, dialog)


def visit(qtbot, case_window: CaseWindow) -> None:  # type: ignore[no-untyped-def]
    """记录回访 by Ctrl+Shift+V; the 回访记录 offered and issued."""
    dialog = by_key(qtbot, case_window, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, dialog.phone, "13812345678")
    dialog.method.set_member(VisitMethod.PHONE)
    dialog.performance.set_member(Performance.PERFORMED)
    dialog.satisfaction[Satisfaction.SATISFIED].setChecked(True)
    type_text(qtbot, dialog.residual_risk, "无")
    assert dialog.print_record.isChecked()
    save_step(qtbot, dialog)
    assert [p.paper.form_id for p in dialog.previews] == ["visit_record"]
    issue_by_saving(qtbot, list(dialog.previews))


def close_case(qtbot, case_window: CaseWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = by_button(qtbot, case_window, A.CLOSE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.notice.text()
    assert case_window.header.status.text() == "已结案"


# What a contents row's first page shows when it is not a paper with that title: the signed original's scan
# stands for the printed 协议书, and the ID copy is a picture.
SCANNED = {"人民调解协议书": "signedagreementp1", "身份证明": ""}


def check_the_file(pdf: bytes, result: ArchiveResult, issued_titles: list[str]) -> None:
    """Cover + contents + numbered pages; the numbers stamped 1…N; each contents row (name and pages) on the
    contents page and its paper starting on the page the row names; every issued paper in the file."""
    assert page_count(pdf) == result.pages == result.front_pages + result.numbered_pages
    pages = numbered_pages(pdf, result.front_pages, result.numbered_pages)
    assert [p.stamp for p in pages] == [str(n) for n in range(1, result.numbered_pages + 1)]
    contents = squash(pdftotext(pdf, result.front_pages))
    assert contents.startswith("卷内目录") and result.contents[-1].last_page == result.numbered_pages
    for row in result.contents:
        assert f"{row.no}{row.name}" in contents and row.pages in contents, row
        first = pages[row.first_page - 1].text.removeprefix(str(row.first_page))
        assert first.startswith(SCANNED.get(row.name, "")), (row, first[:40])
        assert row.name in SCANNED or row.name in first[:20], (row, first[:40])
    whole = squash(pdftotext(pdf))
    papers = [t for t in issued_titles if t != "卷宗封面"]  # the cover is printed as 人民调解卷宗
    assert [t for t in papers if t not in whole] == [] and len(papers) == len(issued_titles) - 1
    assert squash(pdftotext(pdf, 1)).startswith("某街道人民调解委员会人民调解卷宗")


def missing_papers(qtbot, case_window: CaseWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """归档 opened on an incomplete file: it lists what the 卷宗 lacks and cannot be saved; closed again."""
    dialog = by_button(qtbot, case_window, A.ARCHIVE)
    qtbot.waitUntil(lambda: dialog.problems is not None)
    assert not dialog.save_button.isEnabled() and "还缺" in dialog.state_label.text()
    shot(dialog, "archive_incomplete")
    missing = [dialog.missing_list.item(n).text() for n in range(dialog.missing_list.count())]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    return missing


def archive(qtbot, case_window: CaseWindow, target: Path) -> ArchiveResult:  # type: ignore[no-untyped-def]
    """归档: the file checked complete, built with its 卷号, and its PDF saved."""
    dialog = by_button(qtbot, case_window, A.ARCHIVE)
    qtbot.waitUntil(lambda: dialog.problems is not None)
    missing = [dialog.missing_list.item(n).text() for n in range(dialog.missing_list.count())]
    assert dialog.problems == [], missing
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shot(dialog, "archive_built")
    dialog.write_pdf(target)
    assert dialog.result is not None
    return dialog.result


def test_a_failed_mediation_is_terminated_noticed_and_closed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: ServiceContext, clock: Clock, tmp_path: Path, monkeypatch
) -> None:
    case_id = accepted_case(ctx)
    save_to_folder(monkeypatch, tmp_path)
    case_window = open_case(qtbot, window, case_id, by_enter=True)
    two_sessions(qtbot, clock, case_window)
    dialog = by_button(qtbot, case_window, A.TERMINATE)
    button = dialog.reason_buttons[TerminationReason.NO_AGREEMENT]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog.route_boxes["arbitration"].setFocus()
    qtbot.keyClick(dialog.route_boxes["arbitration"], Qt.Key.Key_Space)
    assert dialog.route_boxes["court"].isChecked() and dialog.print_notices.isChecked()
    shot(dialog, "terminate")
    save_step(qtbot, dialog)
    assert case_window.header.status.text() == "调解终止"
    assert [(p.paper.form_id, p._party) for p in dialog.previews] == [
        ("termination_notice", "王堃"),
        ("termination_notice", "李玥"),
    ]
    issue_by_saving(qtbot, list(dialog.previews))
    titles = [d.title for d in issued_documents(ctx, case_id)]
    assert titles.count("终止调解告知书") == 2 and issued_on_timeline(case_window) == 8  # with 2 调解记录
    close_case(qtbot, case_window)
    assert not case_window.action_bar.actions_[A.TERMINATE].isEnabled()
    shot(case_window, "failed_closed")


@pytest.fixture
def threaded_window(qtbot, ctx: ServiceContext, app_settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window as the program runs it: every service call on the real ThreadRunner."""
    main = build_main_window(ctx, ThreadRunner(), app_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.today = Clock(START)
    return main


def test_an_oral_agreement_on_the_real_thread_runner(  # type: ignore[no-untyped-def]
    qtbot, threaded_window: MainWindow, ctx: ServiceContext, tmp_path: Path, monkeypatch
) -> None:
    add_clauses(ctx)
    case_id = accepted_case(ctx)
    save_to_folder(monkeypatch, tmp_path)
    case_window = open_case(qtbot, threaded_window, case_id)
    schedule(qtbot, case_window, "联调室第一调解室")
    qtbot.waitUntil(lambda: case_window.header.status.text() == "调解中")
    threaded_window.today.move_to(date(2026, 10, 14))
    record(qtbot, case_window, "双方当场达成口头协议。")
    qtbot.waitUntil(lambda: case_window.action_bar.actions_[A.REGISTER_ORAL].isEnabled())
    dialog = by_button(qtbot, case_window, A.REGISTER_ORAL)
    qtbot.waitUntil(lambda: dialog.terms_editor.clause_combo.findText("修复") >= 0)  # the library, read off-thread
    pick_clause(qtbot, dialog, "修复")
    assert dialog.print_check.isChecked()  # the 口头协议登记表 is offered
    shot(dialog, "oral")
    save_step(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.preview.paper.form_id == "oral_agreement"
    issue_by_saving(qtbot, [dialog.preview])
    qtbot.waitUntil(lambda: case_window.header.status.text() == "调解成功")
    assert "口头协议登记表" in [d.title for d in issued_documents(ctx, case_id)]
    qtbot.waitUntil(lambda: case_window.action_bar.actions_[A.RECORD_PERFORMANCE].isEnabled())


def test_the_judicial_confirmation_window_opens_at_effect_and_closes_after_30_days(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: ServiceContext, clock: Clock, tmp_path: Path, monkeypatch
) -> None:
    add_clauses(ctx)
    save_to_folder(monkeypatch, tmp_path)
    case_window = open_case(qtbot, window, accepted_case(ctx))
    schedule(qtbot, case_window, "联调室第一调解室")
    clock.move_to(date(2026, 10, 14))
    record(qtbot, case_window, "双方达成协议。")
    agreement(qtbot, case_window)
    attach_signed_original(qtbot, case_window, tmp_path, monkeypatch)
    assert not case_window.header.judicial.isVisible()  # nothing in effect yet
    clock.move_to(date(2026, 10, 15))
    take_effect(qtbot, case_window, date(2026, 10, 14))
    header = case_window.header
    assert header.judicial.isVisible() and header.judicial.text() == "可申请，还剩 29 天（至 2026-11-13）"
    apply = by_button(qtbot, case_window, A.APPLY_JUDICIAL)
    assert "29" in apply.window_label.text() and "2026-11-13" in apply.window_label.text()
    assert apply.save_button.isEnabled()
    shot(apply, "judicial_open")
    qtbot.keyClick(apply, Qt.Key.Key_Escape)
    assert not apply.isVisible()

    clock.forward(31)  # 15 November: the 30 days from signing ended on the 13th
    activate(qtbot, case_window)
    qtbot.keyClick(case_window, Qt.Key.Key_F5)
    assert header.judicial.text() == "申请期限已过（30 日期满于 2026-11-13）"
    refused = case_window.action_bar.actions_[A.APPLY_JUDICIAL]
    assert not refused.isEnabled() and not case_window.action_bar.buttons[A.APPLY_JUDICIAL].isEnabled()
    assert "30" in refused.toolTip() and "2026-11-13" in refused.toolTip()
    shot(case_window, "judicial_closed")
