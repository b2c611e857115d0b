"""The 工作台: each list holds exactly the cases it should, marked why, bounded with a count of the rest."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from mediation_app.domain.vocabulary import (
    AgreementKind,
    CaseStatus,
    FeedbackResult,
    Outcome,
    RiskLevel,
    VisitMethod,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.dashboard import LIST_LIMIT, Mark, WorkList, dashboard_summary, month_start
from mediation_app.services.meetings import (
    AgendaEntry,
    DecisionInput,
    MeetingInput,
    complete_decision,
    create_meeting,
    record_minutes,
)
from mediation_app.storage.models import FollowUpVisit, Referral

from .meeting_data import TODAY, add_agreement, add_referral, add_session, make_case

SUCCEEDED = {"status": CaseStatus.SUCCEEDED, "outcome": Outcome.SUCCESS}


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0)


def marks(work: WorkList) -> list[tuple[str, str]]:
    return [(item.title, item.mark.value) for item in work.items]


def test_clocks_and_colours_list_open_cases_only(ctx: ServiceContext) -> None:
    make_case(ctx, "甲", due_date=TODAY + timedelta(days=2))
    make_case(ctx, "乙", risk=RiskLevel.ORANGE, due_date=date(2026, 11, 10))
    make_case(ctx, "丙", risk=RiskLevel.RED, due_date=date(2026, 12, 20))
    make_case(ctx, "丁", risk=RiskLevel.RED, due_date=date(2026, 11, 10), status=CaseStatus.CLOSED)
    make_case(ctx, "戊", due_date=TODAY + timedelta(days=4))  # 4 days: not yet "due soon"
    make_case(ctx, "己", due_date=TODAY)  # the last day counts as due soon, not overdue
    make_case(ctx, "庚", risk=RiskLevel.RED, accept=False)  # registered only: no clock, not open
    s = dashboard_summary(ctx, TODAY)
    assert marks(s.due_soon) == [("己邻里纠纷", "due_soon"), ("甲邻里纠纷", "due_soon")]
    assert marks(s.overdue) == [("乙邻里纠纷", "overdue")]
    assert [i.title for i in s.high_risk.items] == ["丙邻里纠纷", "乙邻里纠纷"]  # red first
    assert s.high_risk.items[0].mark is CaseStatus.ACCEPTED
    assert (s.overdue_cases, s.open_cases, s.total_cases) == (1, 5, 7)
    assert s.due_soon.items[1].when == TODAY + timedelta(days=2)


def test_sessions_of_this_week_not_held_and_those_held_today(ctx: ServiceContext) -> None:
    a = make_case(ctx, "甲")
    c = make_case(ctx, "丙")
    d = make_case(ctx, "丁", status=CaseStatus.CLOSED)
    add_session(ctx, a, _at(18, 14))
    add_session(ctx, a, _at(20))  # Friday
    add_session(ctx, c, _at(16))  # Monday, never recorded
    add_session(ctx, c, _at(18), held=_at(18, 10))
    add_session(ctx, c, _at(23))  # next week
    add_session(ctx, c, _at(17), held=_at(17, 10))  # held yesterday
    add_session(ctx, d, _at(19))  # the case is closed
    s = dashboard_summary(ctx, TODAY)
    assert marks(s.sessions) == [
        ("丙邻里纠纷", "session_missed"),
        ("丙邻里纠纷", "session_held"),
        ("甲邻里纠纷", "session_today"),
        ("甲邻里纠纷", "session_week"),
    ]
    assert s.sessions.items[1].when == _at(18, 10)
    assert s.sessions.items[0].detail == "第一调解室"


def test_referrals_late_or_due_within_three_days(ctx: ServiceContext) -> None:
    a, b, e = make_case(ctx, "甲"), make_case(ctx, "乙"), make_case(ctx, "戊")
    late = add_referral(ctx, b, date(2026, 11, 15))
    soon = add_referral(ctx, a, TODAY + timedelta(days=3))
    add_referral(ctx, e, TODAY + timedelta(days=4))
    answered = add_referral(ctx, b, date(2026, 11, 10))
    with ctx.db.write() as session:
        row = session.get(Referral, answered)
        assert row is not None
        row.feedback_result, row.feedback_at = FeedbackResult.RESOLVED, date(2026, 11, 9)
    s = dashboard_summary(ctx, TODAY)
    assert [(i.record_id, i.mark) for i in s.referrals.items] == [
        (late, Mark.FEEDBACK_OVERDUE),
        (soon, Mark.FEEDBACK_DUE),
    ]
    assert s.referrals.items[0].case_id == b
    assert s.referrals.items[0].detail == "某区劳动人事争议仲裁委"


def test_judicial_windows_closing_within_seven_days(ctx: ServiceContext) -> None:
    closing = make_case(ctx, "甲", **SUCCEEDED)
    wanted = add_agreement(ctx, closing, date(2026, 10, 22), number="协字1")  # deadline 21 Nov: 3 days left
    add_agreement(ctx, make_case(ctx, "乙", **SUCCEEDED), date(2026, 10, 15))  # closed on 14 Nov
    add_agreement(ctx, make_case(ctx, "丙", **SUCCEEDED), date(2026, 10, 30))  # 11 days left
    applied = make_case(ctx, "丁", **SUCCEEDED)
    add_agreement(ctx, applied, date(2026, 10, 22), judicial_applied_on=date(2026, 10, 25))
    personal = make_case(ctx, "戊", **SUCCEEDED)
    add_agreement(ctx, personal, date(2026, 10, 20), personal_status=True)  # never open to 司法确认
    oral = make_case(ctx, "己", **SUCCEEDED)
    add_agreement(ctx, oral, date(2026, 10, 22), kind=AgreementKind.ORAL)
    last_day = make_case(ctx, "庚", **SUCCEEDED)
    add_agreement(ctx, last_day, date(2026, 10, 19))  # deadline today: still open
    s = dashboard_summary(ctx, TODAY)
    assert [(i.case_id, i.when) for i in s.judicial.items] == [(last_day, TODAY), (closing, date(2026, 11, 21))]
    assert s.judicial.items[1].record_id == wanted
    assert s.judicial.items[1].detail == "协字1"


def test_performance_past_its_deadline_without_a_record_or_visit(ctx: ServiceContext) -> None:
    due = make_case(ctx, "甲", **SUCCEEDED)
    add_agreement(ctx, due, date(2026, 10, 1), deadline=date(2026, 11, 10))
    visited = make_case(ctx, "乙", **SUCCEEDED)
    add_agreement(ctx, visited, date(2026, 10, 1), deadline=date(2026, 11, 10))
    with ctx.db.write() as session:
        session.add(
            FollowUpVisit(case_id=visited, visited_on=date(2026, 11, 12), visitee="乙", method=VisitMethod.PHONE)
        )
    add_agreement(ctx, make_case(ctx, "丙", **SUCCEEDED), date(2026, 10, 1), deadline=date(2026, 11, 25))
    closed = make_case(ctx, "丁", status=CaseStatus.CLOSED, outcome=Outcome.SUCCESS)
    add_agreement(ctx, closed, date(2026, 10, 1), deadline=date(2026, 11, 10))
    s = dashboard_summary(ctx, TODAY)
    assert [(i.case_id, i.mark, i.when) for i in s.performance.items] == [
        (due, Mark.PERFORMANCE_UNCHECKED, date(2026, 11, 10))
    ]


def test_meeting_decisions_due_until_done(ctx: ServiceContext) -> None:
    case_id = make_case(ctx, "甲")
    meeting = create_meeting(ctx, MeetingInput(_at(4, 14), "三楼会议室", "王主任", ""), [AgendaEntry(case_id)])
    decisions = [
        DecisionInput("约谈双方", "司法所 何喆", date(2026, 11, 17)),
        DecisionInput("走访老人", "社区 马丽", date(2026, 11, 21)),
        DecisionInput("书面反馈", "联调室 张赟", date(2026, 11, 30)),
    ]
    detail = record_minutes(ctx, meeting.meeting_id, case_id, "意见一致", decisions)
    s = dashboard_summary(ctx, TODAY)
    assert [(i.detail, i.mark) for i in s.decisions.items] == [
        ("司法所 何喆：约谈双方", Mark.DECISION_OVERDUE),
        ("社区 马丽：走访老人", Mark.DECISION_DUE),
    ]
    complete_decision(ctx, detail.cases[0].decisions[0].item_id, date(2026, 11, 16), today=TODAY)
    assert marks(dashboard_summary(ctx, TODAY).decisions) == [("甲邻里纠纷", "decision_due")]


def test_this_month_against_last_month(ctx: ServiceContext) -> None:
    make_case(ctx, "甲", received=datetime(2026, 11, 1, 8, 0), **SUCCEEDED)
    make_case(ctx, "乙", received=datetime(2026, 11, 18, 17, 0), accept=False)
    make_case(ctx, "丙", received=datetime(2026, 10, 31, 23, 0), **SUCCEEDED)
    make_case(ctx, "丁", received=datetime(2026, 10, 1, 8, 0))
    make_case(ctx, "戊", received=datetime(2026, 9, 30, 8, 0), **SUCCEEDED)
    s = dashboard_summary(ctx, TODAY)
    assert (s.this_month.received, s.this_month.accepted, s.this_month.succeeded) == (2, 1, 1)
    assert (s.last_month.received, s.last_month.accepted, s.last_month.succeeded) == (2, 2, 1)


@pytest.mark.parametrize(
    ("day", "back", "expected"),
    [
        (date(2026, 1, 15), 1, date(2025, 12, 1)),
        (date(2026, 12, 31), -1, date(2027, 1, 1)),
        (date(2026, 3, 1), 0, date(2026, 3, 1)),
    ],
)
def test_month_start(day: date, back: int, expected: date) -> None:
    assert month_start(day, back) == expected


def test_lists_are_bounded_and_count_the_rest(ctx: ServiceContext) -> None:
    for n in range(LIST_LIMIT + 3):
        make_case(ctx, f"人{n}", risk=RiskLevel.ORANGE, due_date=date(2026, 9, 1) + timedelta(days=n))
    s = dashboard_summary(ctx, TODAY)
    assert (len(s.overdue.items), s.overdue.total, s.overdue.more) == (LIST_LIMIT, LIST_LIMIT + 3, 3)
    assert s.overdue.items[0].title == "人0邻里纠纷"  # the longest overdue first
    assert (len(s.high_risk.items), s.high_risk.more) == (LIST_LIMIT, 3)
    assert s.overdue_cases == LIST_LIMIT + 3
