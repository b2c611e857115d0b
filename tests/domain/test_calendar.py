from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_app.domain.calendar import (
    CHINA_CALENDAR,
    CHINA_OFFICIAL_DAYS,
    CHINA_OFFICIAL_YEARS,
    CalendarEntry,
    Festival,
    WorkCalendar,
)
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CalendarDayKind

PLAIN = WorkCalendar()
ONE_DAY = timedelta(days=1)


def test_weekends_rest_and_weekdays_work_in_a_plain_calendar() -> None:
    week = [date(2026, 3, 2) + timedelta(days=i) for i in range(7)]  # Monday to Sunday
    assert [PLAIN.is_working_day(d) for d in week] == [True] * 5 + [False] * 2


def test_holidays_rest_and_adjusted_weekend_days_work() -> None:
    assert not CHINA_CALENDAR.is_working_day(date(2026, 2, 16))  # 除夕, a Monday
    assert CHINA_CALENDAR.is_working_day(date(2026, 2, 14))  # Saturday, 调休上班
    assert CHINA_CALENDAR.is_working_day(date(2026, 2, 28))  # Saturday, 调休上班
    assert not CHINA_CALENDAR.is_working_day(date(2026, 2, 21))  # Saturday inside the holiday


def test_friday_plus_three_working_days_is_wednesday() -> None:
    assert PLAIN.add_working_days(date(2026, 3, 6), 3) == date(2026, 3, 11)


def test_zero_working_days_is_the_start_itself() -> None:
    assert PLAIN.add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 7)


def test_negative_count_is_an_error() -> None:
    with pytest.raises(DomainError) as caught:
        PLAIN.add_working_days(date(2026, 3, 6), -1)
    assert caught.value.code == "calendar.negative_days"


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        (date(2026, 2, 13), 3, date(2026, 2, 25)),  # Fri; Sat 14 works, 15-23 rest
        (date(2026, 2, 12), 3, date(2026, 2, 24)),  # Thu; 13, 14 (调休), 24
        (date(2026, 2, 23), 1, date(2026, 2, 24)),  # last holiday day
        (date(2025, 9, 30), 3, date(2025, 10, 11)),  # 1-8 Oct rest; 9, 10, Saturday 11 (调休)
        (date(2025, 12, 31), 1, date(2026, 1, 4)),  # 1-3 Jan rest; Sunday 4 Jan is 调休上班
        (date(2024, 12, 31), 1, date(2025, 1, 2)),  # 2025 New Year: one day, no adjustment
    ],
)
def test_add_working_days_across_official_holidays(start: date, n: int, end: date) -> None:
    assert CHINA_CALENDAR.add_working_days(start, n) == end


def test_working_days_between_counts_the_half_open_interval() -> None:
    assert PLAIN.working_days_between(date(2026, 3, 6), date(2026, 3, 11)) == 3
    assert PLAIN.working_days_between(date(2026, 3, 11), date(2026, 3, 6)) == -3
    assert PLAIN.working_days_between(date(2026, 3, 6), date(2026, 3, 6)) == 0
    assert CHINA_CALENDAR.working_days_between(date(2026, 2, 13), date(2026, 2, 28)) == 6


def test_roll_forward_skips_rest_days_only() -> None:
    assert CHINA_CALENDAR.roll_forward(date(2026, 2, 16)) == date(2026, 2, 24)
    assert CHINA_CALENDAR.roll_forward(date(2026, 2, 14)) == date(2026, 2, 14)


def test_a_day_cannot_be_both_holiday_and_workday() -> None:
    day = date(2026, 5, 9)
    with pytest.raises(DomainError) as caught:
        WorkCalendar(frozenset({day}), frozenset({day}))
    assert caught.value.code == "calendar.conflict"


def test_from_entries_splits_by_kind() -> None:
    calendar = WorkCalendar.from_entries(
        [
            CalendarEntry(date(2030, 1, 1), CalendarDayKind.HOLIDAY, Festival.NEW_YEAR),
            CalendarEntry(date(2030, 1, 5), CalendarDayKind.WORKDAY, Festival.NEW_YEAR),
        ]
    )
    assert calendar.holidays == {date(2030, 1, 1)}
    assert calendar.workdays == {date(2030, 1, 5)}


def test_official_data_covers_2024_to_2026() -> None:
    assert {2024, 2025, 2026} == CHINA_OFFICIAL_YEARS
    days = [entry.day for entry in CHINA_OFFICIAL_DAYS]
    assert days == sorted(days) and len(days) == len(set(days))


def test_every_adjusted_working_day_is_a_weekend_day() -> None:
    workdays = [e.day for e in CHINA_OFFICIAL_DAYS if e.kind is CalendarDayKind.WORKDAY]
    per_year = {year: sum(day.year == year for day in workdays) for year in CHINA_OFFICIAL_YEARS}
    assert per_year == {2024: 8, 2025: 5, 2026: 6}  # counted from the notices
    assert all(day.weekday() >= 5 for day in workdays)


def _rest_run(calendar: WorkCalendar, inside: date) -> int:
    first = last = inside
    while not calendar.is_working_day(first - ONE_DAY):
        first -= ONE_DAY
    while not calendar.is_working_day(last + ONE_DAY):
        last += ONE_DAY
    return (last - first).days + 1


# The "共N天" of each notice (and 3 for "与周末连休"), an independent check on the shipped dates.
NOTICE_TOTALS = [
    (date(2024, 1, 1), 3), (date(2024, 2, 10), 8), (date(2024, 4, 4), 3), (date(2024, 5, 1), 5),
    (date(2024, 6, 10), 3), (date(2024, 9, 15), 3), (date(2024, 10, 1), 7),
    (date(2025, 1, 1), 1), (date(2025, 1, 28), 8), (date(2025, 4, 4), 3), (date(2025, 5, 1), 5),
    (date(2025, 5, 31), 3), (date(2025, 10, 1), 8),
    (date(2026, 1, 1), 3), (date(2026, 2, 15), 9), (date(2026, 4, 4), 3), (date(2026, 5, 1), 5),
    (date(2026, 6, 19), 3), (date(2026, 9, 25), 3), (date(2026, 10, 1), 7),
]  # fmt: skip


@pytest.mark.parametrize(("inside", "total"), NOTICE_TOTALS)
def test_rest_runs_match_the_notices(inside: date, total: int) -> None:
    assert _rest_run(CHINA_CALENDAR, inside) == total


window = st.dates(min_value=date(2025, 12, 1), max_value=date(2026, 3, 31))


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    holidays = draw(st.frozensets(window, max_size=40))
    workdays = draw(st.frozensets(window, max_size=10)) - holidays
    return WorkCalendar(holidays, workdays)


@settings(max_examples=150)
@given(calendar=st.one_of(st.just(CHINA_CALENDAR), calendars()), start=window, n=st.integers(1, 40))
def test_add_working_days_lands_on_a_working_day_and_inverts(calendar: WorkCalendar, start: date, n: int) -> None:
    end = calendar.add_working_days(start, n)
    assert calendar.is_working_day(end)
    assert end > calendar.add_working_days(start, n - 1)
    assert calendar.working_days_between(start, end) == n
    assert calendar.working_days_between(end, start) == -n


@settings(max_examples=100)
@given(calendar=calendars(), a=window, b=window)
def test_working_days_between_is_additive(calendar: WorkCalendar, a: date, b: date) -> None:
    middle = min(a, b) + (max(a, b) - min(a, b)) // 2
    assert calendar.working_days_between(a, b) == (
        calendar.working_days_between(a, middle) + calendar.working_days_between(middle, b)
    )
