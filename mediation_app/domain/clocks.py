"""Deadlines of domain.md §3: due dates per clock, the police second-session rule, and clock state."""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_app.domain.calendar import WorkCalendar
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import ClockKind, Route

POLICE_WORKING_DAYS = 3
SECOND_SESSION_WORKING_DAYS = 7

# Calendar-day clocks. Day counting starts the day after ``start`` (民法典 Art. 201), which plain
# date arithmetic already does: start + 15 days is the 15th day after start.
_CALENDAR_DAYS: dict[ClockKind, int] = {
    ClockKind.LABOUR_MEDIATION: 15,
    ClockKind.COURT_ASSIGNED: 30,
    ClockKind.COURT_ENTRUSTED: 15,
    ClockKind.COURT_SUMMARY: 7,
    ClockKind.JUDICIAL_CONFIRMATION: 30,
    ClockKind.LEGAL_AID: 7,
}

COURT_CLOCKS: frozenset[ClockKind] = frozenset(
    {ClockKind.COURT_ASSIGNED, ClockKind.COURT_ENTRUSTED, ClockKind.COURT_SUMMARY}
)

_ROUTE_CLOCKS: dict[Route, ClockKind] = {
    Route.POLICE_MEDIATION: ClockKind.POLICE_MEDIATION,
    Route.PEOPLES_MEDIATION: ClockKind.PEOPLES_MEDIATION,
    Route.LABOUR_MEDIATION: ClockKind.LABOUR_MEDIATION,
    Route.JUDICIAL_MEDIATION: ClockKind.COURT_ASSIGNED,
    Route.LEGAL_AID: ClockKind.LEGAL_AID,
}


def add_months(day: date, months: int) -> date:
    """Same day-of-month ``months`` later (or earlier), clamped to the month's end: 31 Jan + 1 = 28/29 Feb."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last_day = _gregorian.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def due_date(
    kind: ClockKind,
    start: date,
    calendar: WorkCalendar,
    *,
    feedback_due: date | None = None,
    roll_over_rest_days: bool = False,
) -> date:
    """When the clock of ``kind`` started on ``start`` runs out.

    ``start`` is acceptance (or application, or the agreement's effective date for JUDICIAL_CONFIRMATION).
    REFERRAL_FEEDBACK has no rule of its own: the due date set when diverting is returned.
    ``roll_over_rest_days`` moves a calendar-day deadline that ends on a rest day to the next working
    day (民法典 Art. 203); off by default because §3 states the plain periods.
    """
    if kind is ClockKind.REFERRAL_FEEDBACK:
        return _feedback_due(start, feedback_due)
    if kind is ClockKind.POLICE_MEDIATION:
        return calendar.add_working_days(start, POLICE_WORKING_DAYS)
    due = _plain_due(kind, start)
    return calendar.roll_forward(due) if roll_over_rest_days else due


def _plain_due(kind: ClockKind, start: date) -> date:
    if kind is ClockKind.PEOPLES_MEDIATION:
        return add_months(start, 1)
    return start + timedelta(days=_CALENDAR_DAYS[kind])


def _feedback_due(start: date, feedback_due: date | None) -> date:
    if feedback_due is None:
        raise DomainError("clock.feedback_due_missing")
    if feedback_due < start:
        raise DomainError("clock.feedback_due_before_start", start=start, due=feedback_due)
    return feedback_due


def clock_for_route(route: Route, *, court_kind: ClockKind | None = None) -> ClockKind:
    """The clock a route runs on; court-linked mediation may name its court clock (default 委派, 30 days)."""
    if court_kind is None:
        return _ROUTE_CLOCKS[route]
    if route is not Route.JUDICIAL_MEDIATION or court_kind not in COURT_CLOCKS:
        raise DomainError("clock.court_kind", route=route.value, court_kind=court_kind.value)
    return court_kind


def second_session_deadline(first_session: date, calendar: WorkCalendar) -> date:
    """A police mediation's second session must be held within 7 working days of the first."""
    return calendar.add_working_days(first_session, SECOND_SESSION_WORKING_DAYS)


def check_second_session(first: date, second: date, calendar: WorkCalendar) -> bool:
    """Whether ``second`` is after ``first`` and no later than the deadline."""
    return first < second <= second_session_deadline(first, calendar)


@dataclass(frozen=True, slots=True)
class ClockState:
    """``days_left`` counts from today, or from the closing day for a closed case (negative: late)."""

    due: date
    days_left: int
    overdue: bool
    closed: bool = False


def clock_state(due: date, today: date, closed_on: date | None = None) -> ClockState:
    """A running clock is judged on ``today``; a closed case on its closing day, so it stays as it ended."""
    reference = today if closed_on is None else closed_on
    return ClockState(due, (due - reference).days, reference > due, closed_on is not None)


def is_timely(due: date, closed_on: date) -> bool:
    """及时: closed on or before the due date."""
    return closed_on <= due
