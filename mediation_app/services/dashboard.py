"""The 工作台: what needs attention today, each list bounded and read through an index, and this month's figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from mediation_app.domain.agreement_rules import JUDICIAL_WINDOW_DAYS, JudicialFacts, JudicialState, judicial_window
from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort
from mediation_app.domain.vocabulary import RiskLevel, Vocabulary
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext
from mediation_app.storage import summary_queries as q
from mediation_app.storage.engine import DbSession

LIST_LIMIT = 50  # items shown per list; the rest are counted ("and N more")
DUE_SOON_DAYS = 3  # a clock, a referral's feedback or a meeting decision due within 3 days is "due soon"
JUDICIAL_WARNING_DAYS = 7  # 司法确认 windows closing within 7 days


class Mark(Vocabulary):
    """Why an item is on the 工作台 (shown as its state)."""

    SESSION_TODAY = ("session_today", "今日调解", "Today")
    SESSION_WEEK = ("session_week", "本周调解", "This week")
    SESSION_MISSED = ("session_missed", "未记录", "Not recorded yet")
    SESSION_HELD = ("session_held", "今日已调解", "Held today")
    DUE_SOON = ("due_soon", "即将到期", "Due soon")
    OVERDUE = ("overdue", "已逾期", "Overdue")
    FEEDBACK_DUE = ("feedback_due", "反馈将到期", "Feedback due soon")
    FEEDBACK_OVERDUE = ("feedback_overdue", "反馈逾期", "Feedback overdue")
    JUDICIAL_CLOSING = ("judicial_closing", "申请期限将满", "Window closing")
    PERFORMANCE_UNCHECKED = ("performance_unchecked", "履行待核实", "Performance not checked")
    DECISION_DUE = ("decision_due", "决定将到期", "Decision due soon")
    DECISION_OVERDUE = ("decision_overdue", "决定逾期", "Decision overdue")


LATE_MARKS = frozenset({Mark.OVERDUE, Mark.FEEDBACK_OVERDUE, Mark.DECISION_OVERDUE, Mark.SESSION_MISSED})


@dataclass(frozen=True)
class WorkItem:
    """One line of a list: the case it opens, when it is due or happens, and a detail as data (a place, a body,
    an agreement number, a decision). ``record_id`` is the referral, session, agreement or meeting item."""

    case_id: int
    case_number: str | None
    title: str
    risk: RiskLevel
    mark: Vocabulary
    when: date | datetime | None
    detail: str = ""
    record_id: int | None = None


@dataclass(frozen=True)
class WorkList:
    items: tuple[WorkItem, ...] = ()
    total: int = 0

    @property
    def more(self) -> int:
        """How many are not shown."""
        return self.total - len(self.items)


@dataclass(frozen=True)
class MonthFigures:
    """Cases received in a month: how many, accepted, mediated successfully."""

    received: int
    accepted: int
    succeeded: int


@dataclass(frozen=True)
class DashboardSummary:
    today: date
    total_cases: int
    open_cases: int
    overdue_cases: int
    received_today: int
    open_by_risk: dict[RiskLevel, int]
    this_month: MonthFigures
    last_month: MonthFigures
    sessions: WorkList
    due_soon: WorkList
    overdue: WorkList
    high_risk: WorkList
    referrals: WorkList
    judicial: WorkList
    performance: WorkList
    decisions: WorkList
    recent: tuple[LedgerRow, ...]


def _item(
    row: Any, mark: Vocabulary, when: date | datetime | None, detail: str = "", record: int | None = None
) -> WorkItem:
    return WorkItem(row[0], row[1], row[2], row[3], mark, when, detail or "", record)


def _work_list(found: tuple[list[Any], int], make: Any) -> WorkList:
    rows, total = found
    return WorkList(tuple(make(row) for row in rows), total)


def _day_span(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def _session_mark(row: Any, today: date) -> Mark:
    scheduled, held = row[5], row[6]
    if held is not None:
        return Mark.SESSION_HELD
    if scheduled.date() == today:
        return Mark.SESSION_TODAY
    return Mark.SESSION_MISSED if scheduled.date() < today else Mark.SESSION_WEEK


def _sessions(session: DbSession, today: date) -> WorkList:
    """Today's and this week's (Monday to Sunday) sessions not yet held, and those held today."""
    monday = datetime.combine(today - timedelta(days=today.weekday()), time.min)
    found = q.sessions_in(session, (monday, monday + timedelta(days=7)), _day_span(today), LIST_LIMIT)
    return _work_list(found, lambda r: _item(r, _session_mark(r, today), r[6] or r[5], r[7], r[4]))


def _clock_lists(session: DbSession, today: date) -> tuple[WorkList, WorkList, WorkList]:
    soon = q.due_between(session, today, today + timedelta(days=DUE_SOON_DAYS), LIST_LIMIT)
    late = q.overdue_open(session, today, LIST_LIMIT)
    risky = q.red_orange_open(session, LIST_LIMIT)
    return (
        _work_list(soon, lambda r: _item(r, Mark.DUE_SOON, r[4], r[5])),
        _work_list(late, lambda r: _item(r, Mark.OVERDUE, r[4], r[5])),
        _work_list(risky, lambda r: _item(r, r[6], r[4], r[5])),
    )


def _referrals(session: DbSession, today: date) -> WorkList:
    found = q.referrals_due_by(session, today + timedelta(days=DUE_SOON_DAYS), LIST_LIMIT)

    def make(r: Any) -> WorkItem:
        mark = Mark.FEEDBACK_OVERDUE if r[5] < today else Mark.FEEDBACK_DUE
        return _item(r, mark, r[5], r[6], r[4])

    return _work_list(found, make)


def _judicial(session: DbSession, today: date) -> WorkList:
    """Written agreements whose 30-day window is open and ends within 7 days (the domain's rule decides)."""
    first = today - timedelta(days=JUDICIAL_WINDOW_DAYS)
    last = first + timedelta(days=JUDICIAL_WARNING_DAYS)
    items = []
    for r in q.judicial_candidates(session, first, last):
        window = judicial_window(JudicialFacts(True, r[6], r[7], r[8]), today)
        if window.state is JudicialState.OPEN and window.days_left is not None:
            items.append(_item(r, Mark.JUDICIAL_CLOSING, window.deadline, r[5] or "", r[4]))
    return WorkList(tuple(items[:LIST_LIMIT]), len(items))


def _followups(session: DbSession, today: date) -> tuple[WorkList, WorkList]:
    unchecked = q.performance_unchecked(session, today, LIST_LIMIT)
    decisions = q.meeting_decisions_due(session, today + timedelta(days=DUE_SOON_DAYS), LIST_LIMIT)

    def decision(r: Any) -> WorkItem:
        mark = Mark.DECISION_OVERDUE if r[5] < today else Mark.DECISION_DUE
        detail = f"{r[6]}：{r[7]}" if r[6] else r[7]
        return _item(r, mark, r[5], detail, r[4])

    return (
        _work_list(unchecked, lambda r: _item(r, Mark.PERFORMANCE_UNCHECKED, r[6], r[5] or "", r[4])),
        _work_list(decisions, decision),
    )


def month_start(day: date, back: int = 0) -> date:
    """The first day of ``day``'s month, or of the month ``back`` months before."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _months(session: DbSession, today: date) -> tuple[MonthFigures, MonthFigures]:
    this_start, last_start = month_start(today), month_start(today, 1)
    this = q.month_figures(session, this_start, month_start(today, -1) - timedelta(days=1))
    last = q.month_figures(session, last_start, this_start - timedelta(days=1))
    return MonthFigures(*this), MonthFigures(*last)


def dashboard_summary(ctx: ServiceContext, today: date, recent: int = 10) -> DashboardSummary:
    """Everything the 工作台 shows on ``today`` (the window's day): the latest registrations, then one read."""
    latest = tuple(ledger.ledger_page(ctx, LedgerFilter(), LedgerSort(), None, recent))
    with ctx.db.read() as session:
        by_status = q.status_counts(session)
        by_risk = q.open_risk_counts(session)
        this_month, last_month = _months(session, today)
        due_soon, overdue, high_risk = _clock_lists(session, today)
        performance, decisions = _followups(session, today)
        return DashboardSummary(
            today=today,
            total_cases=sum(by_status.values()),
            open_cases=sum(by_status.get(s, 0) for s in q.OPEN_STATUSES),
            overdue_cases=overdue.total,
            received_today=q.received_between(session, today, today),
            open_by_risk={risk: by_risk.get(risk, 0) for risk in RiskLevel},
            this_month=this_month,
            last_month=last_month,
            sessions=_sessions(session, today),
            due_soon=due_soon,
            overdue=overdue,
            high_risk=high_risk,
            referrals=_referrals(session, today),
            judicial=_judicial(session, today),
            performance=performance,
            decisions=decisions,
            recent=latest,
        )
