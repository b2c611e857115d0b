"""The 工作台 view: every list item opens its case (a referral opens in the register, Ctrl+O opens its case),
counts and the "and N more" line, the month figures, and a load through the real thread runner."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediation_app.domain.vocabulary import CaseStatus, Outcome, RiskLevel
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.dashboard_sections import RECENT_KEY, SECTIONS
from mediation_app.gui.views.dashboard_view import DashboardView
from mediation_app.services.dashboard import LIST_LIMIT
from mediation_app.services.meetings import AgendaEntry, DecisionInput, MeetingInput, create_meeting, record_minutes
from tests.services.meeting_data import TODAY, add_agreement, add_referral, add_session, make_case

SUCCEEDED = {"status": CaseStatus.SUCCEEDED, "outcome": Outcome.SUCCESS}


def one_of_each(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A case for every list, by the list's key (the referral's case under "referrals")."""
    cases = {
        "sessions": make_case(ctx, "甲", due_date=date(2026, 12, 30)),
        "due_soon": make_case(ctx, "乙", due_date=TODAY + timedelta(days=1)),
        "overdue": make_case(ctx, "丙", due_date=date(2026, 11, 1)),
        "high_risk": make_case(ctx, "丁", risk=RiskLevel.RED, due_date=date(2026, 12, 30)),
        "referrals": make_case(ctx, "戊", due_date=date(2026, 12, 30)),
        "judicial": make_case(ctx, "己", **SUCCEEDED),
        "performance": make_case(ctx, "庚", **SUCCEEDED),
        "decisions": make_case(ctx, "辛", due_date=date(2026, 12, 30)),
    }
    add_session(ctx, cases["sessions"], datetime(2026, 11, 19, 9, 30))
    add_referral(ctx, cases["referrals"], TODAY - timedelta(days=2))
    add_agreement(ctx, cases["judicial"], date(2026, 10, 22))
    add_agreement(ctx, cases["performance"], date(2026, 9, 1), deadline=date(2026, 9, 20))
    meeting = create_meeting(ctx, MeetingInput(datetime(2026, 11, 4, 14, 0), "会议室", "王主任", ""), [])
    decided = AgendaEntry(cases["decisions"])
    meeting = create_meeting(ctx, MeetingInput(datetime(2026, 11, 5, 14, 0), "会议室", "王主任", ""), [decided])
    decision = DecisionInput("约谈双方", "司法所 何喆", TODAY + timedelta(days=2))
    record_minutes(ctx, meeting.meeting_id, cases["decisions"], "", [decision])
    return cases


def dashboard(qtbot, ctx, runner) -> DashboardView:  # type: ignore[no-untyped-def]
    view = DashboardView(ctx, runner, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)  # shortcuts (Ctrl+O) answer in the active window
    view.refresh()
    return view


def choose(view: DashboardView, key: str) -> None:
    keys = [view.sections.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.sections.count())]
    view.sections.setCurrentRow(keys.index(key))


def test_every_item_opens_its_case_and_a_referral_opens_in_the_register(qtbot, ctx, runner) -> None:
    cases = one_of_each(ctx)
    view = dashboard(qtbot, ctx, runner)
    opened: list[int] = []
    referrals: list[int] = []
    view.case_activated.connect(opened.append)
    view.referral_activated.connect(referrals.append)
    for section in SECTIONS:
        choose(view, section.key)
        table = view.tables[section.key]
        assert view.pages.currentWidget() is table
        model = view.models[section.key]
        ids = [model.row_at(r).case_id for r in range(model.rowCount())]
        assert cases[section.key] in ids, section.key
        row = ids.index(cases[section.key])
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.selectRow(row)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        if section.key == "referrals":
            assert referrals == [model.row_at(row).record_id]
            qtbot.keyClick(table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # its case
        assert opened[-1] == cases[section.key], section.key
    choose(view, RECENT_KEY)
    view.recent.selectRow(0)
    qtbot.keyClick(view.recent, Qt.Key.Key_Return)
    assert opened[-1] == view.recent_model.row_at(0).case_id
    assert len(opened) == len(SECTIONS) + 1


def test_counts_marks_and_the_month_figures(qtbot, ctx, runner) -> None:
    one_of_each(ctx)
    view = dashboard(qtbot, ctx, runner)
    texts = [view.sections.item(r).text() for r in range(view.sections.count())]
    assert texts[:3] == ["今日及本周调解（1）", "3日内到期（1）", "已逾期案件（1）"]
    assert texts[-1] == "最近登记的案件"
    overdue = view.sections.item(2)
    assert overdue.foreground().color().name().upper() == "#C62828"
    assert view.sections.item(1).foreground().color().name().upper() != "#C62828"
    choose(view, "sessions")
    model = view.models["sessions"]
    assert [model.index(0, c).data() for c in (0, 1)] == ["2026-11-19 09:30", "本周调解"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "地点"
    assert view.month_values["received"].text() == "8"
    assert view.last_month["received"].text() == "上月 0"
    assert view.overdue_card.value.text() == "1"


def test_a_long_list_shows_how_many_more_there_are(qtbot, ctx, runner) -> None:
    for n in range(LIST_LIMIT + 2):
        make_case(ctx, f"人{n}", due_date=date(2026, 9, 1) + timedelta(days=n))
    view = dashboard(qtbot, ctx, runner)
    choose(view, "overdue")
    assert view.models["overdue"].rowCount() == LIST_LIMIT
    assert view.more.text() == "另有2项未显示，可在案件台账中查看全部"
    assert view.sections.item(2).text() == f"已逾期案件（{LIST_LIMIT + 2}）"
    choose(view, "judicial")
    assert view.more.text() == ""
    assert view.nothing.isVisible()
    assert not view.open_button.isEnabled()


def test_the_dashboard_loads_through_the_thread_runner(qtbot, ctx) -> None:
    cases = one_of_each(ctx)
    view = dashboard(qtbot, ctx, ThreadRunner())
    qtbot.waitUntil(lambda: view.summary is not None and view.models["overdue"].rowCount() == 1)
    opened: list[int] = []
    view.case_activated.connect(opened.append)
    choose(view, "overdue")
    table = view.tables["overdue"]
    table.selectRow(0)
    view.open_button.click()
    assert opened == [cases["overdue"]]
