"""The 联席会议 screens: a meeting from its proposed agenda to the minutes to the printed papers, the refusals
shown where they belong, the case window's 联席会议… action, and the list loaded through the thread runner."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.dialogs.meeting_case import CaseMeetingDialog
from mediation_app.gui.dialogs.meeting_editor import MeetingDialog
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.gui.views.meetings_view import MeetingsView
from mediation_app.services.case_view import TimelineKind, case_overview
from mediation_app.services.dashboard import dashboard_summary
from mediation_app.services.meeting_agenda import case_meeting_flags
from mediation_app.services.meetings import list_meetings, meeting_detail
from tests.printing.pdf_tools import pdftotext, squash
from tests.services.meeting_data import TODAY, make_case, number_of

from .typing_helpers import replace_text


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing with unsaved minutes asks first: answered "discard" here (and recorded), never a modal box."""
    asked: list[str] = []

    def answer(_parent, _title: str, text: str, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def meetings_view(qtbot, ctx, runner, app_settings) -> MeetingsView:  # type: ignore[no-untyped-def]
    view = MeetingsView(ctx, runner, app_settings, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.refresh()
    return view


def new_meeting(qtbot, view: MeetingsView) -> MeetingDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert isinstance(dialog, MeetingDialog)
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def agenda_numbers(dialog: MeetingDialog) -> list[tuple[str, bool, str]]:
    return [(r.number or "", r.included, ",".join(r.reasons)) for r in dialog.agenda.rows()]


def test_a_meeting_from_agenda_to_minutes_to_print(qtbot, ctx, runner, app_settings) -> None:
    red = make_case(ctx, "甲", risk=RiskLevel.RED)
    late = make_case(ctx, "乙", due_date=date(2026, 11, 1))
    by_hand = make_case(ctx, "丙")
    view = meetings_view(qtbot, ctx, runner, app_settings)
    assert view.pages.currentWidget() is view.empty
    dialog = new_meeting(qtbot, view)
    assert not dialog.tabs.isTabEnabled(1) and not dialog.print_agenda.isEnabled()
    n = {case_id: number_of(ctx, case_id) for case_id in (red, late, by_hand)}
    assert agenda_numbers(dialog) == [(n[red], True, "red"), (n[late], False, "overdue")]  # overdue alone: unticked
    assert dialog.agenda.table.item(0, 3).text() == "红色预警"
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 17, 14, 30)))
    replace_text(qtbot, dialog.place, "街道办三楼会议室")
    replace_text(qtbot, dialog.host, "邵长庚")
    replace_text(qtbot, dialog.agenda.number, n[by_hand])
    qtbot.keyClick(dialog.agenda.number, Qt.Key.Key_Return)  # adds the case; the meeting is not saved
    assert dialog.detail is None
    assert agenda_numbers(dialog)[-1] == (n[by_hand], True, "")
    assert dialog.agenda.table.item(2, 3).text() == "会议增列"
    dialog.agenda.table.setCurrentCell(2, 1)
    dialog.agenda.move(-1)
    dialog.agenda.move(-1)
    dialog.agenda.table.item(0, 4).setText("家长扬言上访")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.detail is not None
    assert [c.first.case_id for c in dialog.detail.cases] == [by_hand, red]
    assert dialog.detail.cases[0].first.topic == "家长扬言上访"
    assert view.model.rowCount() == 1 and view.model.index(0, 3).data() == "2"

    dialog.tabs.setCurrentIndex(1)
    minutes = dialog.minutes
    minutes.case_list.setCurrentRow(1)
    assert minutes.current == red
    minutes.discussion.setPlainText("一案一策，多部门会商")
    qtbot.mouseClick(minutes.add_button, Qt.MouseButton.LeftButton)
    minutes.decisions.item(0, 0).setText("约谈园方负责人")
    minutes.decisions.item(0, 1).setText("司法所 何喆")
    due = minutes.decisions.cellWidget(0, 2)
    assert isinstance(due, QDateEdit)
    due.setDate(date(2026, 11, 21))
    minutes.case_list.setCurrentRow(0)  # look at another case: what was typed is kept
    minutes.case_list.setCurrentRow(1)
    assert minutes.discussion.toPlainText() == "一案一策，多部门会商"
    assert minutes.unsaved()
    qtbot.keyClick(minutes.discussion, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not minutes.unsaved()
    decisions = meeting_detail(ctx, dialog.detail.meeting_id).cases[1].decisions
    assert [(d.decision, d.assignee, d.due_on) for d in decisions] == [
        ("约谈园方负责人", "司法所 何喆", date(2026, 11, 21))
    ]
    timeline = case_overview(ctx, red, today=TODAY).timeline
    assert [e.text for e in timeline if e.kind is TimelineKind.MEETING_DECISION] == ["约谈园方负责人"]
    assert [i.case_id for i in dashboard_summary(ctx, TODAY).decisions.items] == [red]

    minutes.decisions.setCurrentCell(0, 0)
    qtbot.mouseClick(minutes.done_button, Qt.MouseButton.LeftButton)
    assert minutes.decisions.item(0, 3).text() == TODAY.isoformat()
    assert dashboard_summary(ctx, TODAY).decisions.items == ()

    qtbot.mouseClick(dialog.print_minutes, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PreviewDialog)
    qtbot.addWidget(preview)
    text = squash(pdftotext(preview.paper.pdf))
    for expected in (
        "联席会议纪要",
        "街道办三楼会议室",
        "邵长庚",
        "一案一策，多部门会商",
        "约谈园方负责人",
        "司法所何喆",
    ):
        assert squash(expected) in text
    qtbot.mouseClick(dialog.print_agenda, Qt.MouseButton.LeftButton)
    assert "家长扬言上访" in squash(pdftotext(dialog.preview.paper.pdf))  # type: ignore[union-attr]


def test_refusals_show_at_their_field_and_keep_what_was_typed(qtbot, ctx, runner, app_settings) -> None:
    make_case(ctx, "甲", risk=RiskLevel.RED)
    view = meetings_view(qtbot, ctx, runner, app_settings)
    dialog = new_meeting(qtbot, view)
    replace_text(qtbot, dialog.host, "邵长庚")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.place_error.text() == "请填写会议地点。"
    assert dialog.host.text() == "邵长庚" and dialog.detail is None
    replace_text(qtbot, dialog.agenda.number, "（2026）某街联调字第9999号")
    qtbot.mouseClick(dialog.agenda.add_button, Qt.MouseButton.LeftButton)
    assert dialog.agenda.number_error.text() == "没有案号为（2026）某街联调字第9999号的案件，请核对案号。"
    assert dialog.agenda.number.text() == "（2026）某街联调字第9999号"
    assert list_meetings(ctx) == []


def test_the_case_window_marks_difficult_and_puts_forward(qtbot, ctx, runner, app_settings) -> None:
    case_id = make_case(ctx, "甲")
    window = CaseWindow(ctx, runner, app_settings, case_id, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.header.difficult_chip.isHidden()
    window.action_bar.meeting_flags.action.trigger()
    dialog = window.action_bar.meeting_flags.dialog
    assert isinstance(dialog, CaseMeetingDialog)
    assert not dialog.reason.isEnabled()
    dialog.difficult.setChecked(True)
    dialog.propose.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "请填写提请联席会议的理由（理由将印在议程上）。"
    dialog.reason.setPlainText("双方情绪激动，需多部门会商")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    flags = case_meeting_flags(ctx, case_id)
    assert (flags.difficult, flags.proposal) == (True, "双方情绪激动，需多部门会商")
    assert window.header.difficult_chip.isVisible() and window.header.proposed_chip.isVisible()
    assert window.header.difficult_chip.text() == "疑难"
    assert window.header.proposed_chip.toolTip() == "双方情绪激动，需多部门会商"


def test_meetings_load_and_save_through_the_thread_runner(qtbot, ctx, app_settings) -> None:
    red = make_case(ctx, "甲", risk=RiskLevel.RED)
    view = meetings_view(qtbot, ctx, ThreadRunner(), app_settings)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty)
    dialog = new_meeting(qtbot, view)
    qtbot.waitUntil(lambda: dialog.agenda.table.rowCount() == 1)
    replace_text(qtbot, dialog.place, "联调室")
    replace_text(qtbot, dialog.host, "王主任")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.detail is not None and view.model.rowCount() == 1)
    assert [c.first.case_id for c in dialog.detail.cases] == [red]  # type: ignore[union-attr]
    assert dialog.tabs.isTabEnabled(1)
