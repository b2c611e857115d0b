from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.calendar import CHINA_CALENDAR, WorkCalendar
from mediation_app.domain.clocks import (
    ClockState,
    add_months,
    check_second_session,
    clock_for_route,
    clock_state,
    due_date,
    is_timely,
    second_session_deadline,
)
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import ClockKind, Route

PLAIN = WorkCalendar()
K = ClockKind


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2023, 1, 31), 13, date(2024, 2, 29)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 1, 1), -1, date(2025, 12, 1)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


@given(day=st.dates(min_value=date(1901, 1, 1), max_value=date(9000, 12, 31)), months=st.integers(-120, 120))
def test_add_months_moves_exactly_that_many_months(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(days=1)).day == 1)


@pytest.mark.parametrize(
    ("kind", "start", "due"),
    [
        (K.PEOPLES_MEDIATION, date(2026, 1, 31), date(2026, 2, 28)),
        (K.PEOPLES_MEDIATION, date(2026, 3, 10), date(2026, 4, 10)),
        (K.LABOUR_MEDIATION, date(2026, 3, 1), date(2026, 3, 16)),
        (K.COURT_ASSIGNED, date(2026, 3, 1), date(2026, 3, 31)),
        (K.COURT_ENTRUSTED, date(2026, 3, 1), date(2026, 3, 16)),
        (K.COURT_SUMMARY, date(2026, 3, 1), date(2026, 3, 8)),
        (K.JUDICIAL_CONFIRMATION, date(2024, 2, 10), date(2024, 3, 11)),  # leap February
        (K.LEGAL_AID, date(2026, 12, 28), date(2027, 1, 4)),
        (K.POLICE_MEDIATION, date(2026, 3, 6), date(2026, 3, 11)),  # Friday → Wednesday
        (K.POLICE_MEDIATION, date(2026, 2, 13), date(2026, 2, 25)),  # across Spring Festival 2026
        (K.POLICE_MEDIATION, date(2026, 2, 12), date(2026, 2, 24)),  # Saturday 14 Feb is 调休上班
        (K.POLICE_MEDIATION, date(2026, 9, 30), date(2026, 10, 10)),  # 1-7 Oct rest, 8, 9, Sat 10
    ],
)
def test_due_dates(kind: ClockKind, start: date, due: date) -> None:
    assert due_date(kind, start, CHINA_CALENDAR) == due


def test_calendar_day_clocks_ignore_holidays_unless_asked_to_roll_over() -> None:
    start = date(2026, 2, 1)  # +15 days = 16 Feb, 除夕
    assert due_date(K.LABOUR_MEDIATION, start, CHINA_CALENDAR) == date(2026, 2, 16)
    assert due_date(K.LABOUR_MEDIATION, start, CHINA_CALENDAR, roll_over_rest_days=True) == date(2026, 2, 24)


def test_referral_feedback_uses_the_date_set_when_diverting() -> None:
    due = date(2026, 4, 1)
    assert due_date(K.REFERRAL_FEEDBACK, date(2026, 3, 1), PLAIN, feedback_due=due) == due


@pytest.mark.parametrize(
    ("feedback_due", "code"),
    [(None, "clock.feedback_due_missing"), (date(2026, 2, 28), "clock.feedback_due_before_start")],
)
def test_referral_feedback_needs_a_sensible_due_date(feedback_due: date | None, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        due_date(K.REFERRAL_FEEDBACK, date(2026, 3, 1), PLAIN, feedback_due=feedback_due)
    assert caught.value.code == code


def test_every_clock_kind_has_a_rule() -> None:
    start, feedback = date(2026, 3, 2), date(2026, 3, 20)
    dues = {kind: due_date(kind, start, CHINA_CALENDAR, feedback_due=feedback) for kind in ClockKind}
    assert all(due > start for due in dues.values())


@pytest.mark.parametrize(
    ("route", "kind"),
    [
        (Route.POLICE_MEDIATION, K.POLICE_MEDIATION),
        (Route.PEOPLES_MEDIATION, K.PEOPLES_MEDIATION),
        (Route.LABOUR_MEDIATION, K.LABOUR_MEDIATION),
        (Route.JUDICIAL_MEDIATION, K.COURT_ASSIGNED),
        (Route.LEGAL_AID, K.LEGAL_AID),
    ],
)
def test_clock_for_route(route: Route, kind: ClockKind) -> None:
    assert clock_for_route(route) is kind


@pytest.mark.parametrize("court_kind", [K.COURT_ASSIGNED, K.COURT_ENTRUSTED, K.COURT_SUMMARY])
def test_court_route_takes_the_court_clock(court_kind: ClockKind) -> None:
    assert clock_for_route(Route.JUDICIAL_MEDIATION, court_kind=court_kind) is court_kind


@pytest.mark.parametrize(
    ("route", "court_kind"),
    [(Route.JUDICIAL_MEDIATION, K.LEGAL_AID), (Route.PEOPLES_MEDIATION, K.COURT_ENTRUSTED)],
)
def test_court_kind_must_fit_the_route(route: Route, court_kind: ClockKind) -> None:
    with pytest.raises(DomainError) as caught:
        clock_for_route(route, court_kind=court_kind)
    assert caught.value.code == "clock.court_kind"


def test_second_session_within_seven_working_days() -> None:
    first = date(2026, 2, 12)  # Thu: 13, 14 (调休), 24, 25, 26, 27, 28 (调休)
    deadline = second_session_deadline(first, CHINA_CALENDAR)
    assert deadline == date(2026, 2, 28)
    assert check_second_session(first, deadline, CHINA_CALENDAR)
    assert check_second_session(first, date(2026, 2, 20), CHINA_CALENDAR)
    assert not check_second_session(first, date(2026, 3, 1), CHINA_CALENDAR)
    assert not check_second_session(first, first, CHINA_CALENDAR)
    assert not check_second_session(first, date(2026, 2, 11), CHINA_CALENDAR)


@pytest.mark.parametrize(
    ("today", "closed_on", "state"),
    [
        (date(2026, 3, 8), None, ClockState(date(2026, 3, 10), 2, False, False)),
        (date(2026, 3, 10), None, ClockState(date(2026, 3, 10), 0, False, False)),
        (date(2026, 3, 13), None, ClockState(date(2026, 3, 10), -3, True, False)),
        (date(2026, 6, 1), date(2026, 3, 9), ClockState(date(2026, 3, 10), 1, False, True)),
        (date(2026, 6, 1), date(2026, 3, 10), ClockState(date(2026, 3, 10), 0, False, True)),
        (date(2026, 3, 1), date(2026, 3, 12), ClockState(date(2026, 3, 10), -2, True, True)),
    ],
)
def test_clock_state(today: date, closed_on: date | None, state: ClockState) -> None:
    assert clock_state(date(2026, 3, 10), today, closed_on) == state


def test_timely_means_closed_on_or_before_the_due_date() -> None:
    due = date(2026, 3, 10)
    assert is_timely(due, date(2026, 3, 10))
    assert is_timely(due, date(2026, 3, 1))
    assert not is_timely(due, date(2026, 3, 11))


@given(
    due=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 1, 1)),
    closed=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 1, 1)),
    today=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 1, 1)),
)
def test_a_closed_case_is_overdue_exactly_when_not_timely(due: date, closed: date, today: date) -> None:
    state = clock_state(due, today, closed)
    assert state.overdue is not is_timely(due, closed)
    assert state.overdue is (state.days_left < 0)
