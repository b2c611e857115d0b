"""Working days: weekends, public holidays and adjusted working days (调休上班), plus the official data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CalendarDayKind, Vocabulary

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """Saturdays and Sundays rest unless listed in ``workdays``; dates in ``holidays`` rest too."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        clash = self.holidays & self.workdays
        if clash:
            raise DomainError("calendar.conflict", days=sorted(clash))

    @classmethod
    def from_entries(cls, entries: Iterable[CalendarEntry]) -> WorkCalendar:
        """Build from stored rows (the office edits these; the official ones seed them)."""
        rows = list(entries)
        holidays = frozenset(row.day for row in rows if row.kind is CalendarDayKind.HOLIDAY)
        workdays = frozenset(row.day for row in rows if row.kind is CalendarDayKind.WORKDAY)
        return cls(holidays, workdays)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day not in self.holidays and day.weekday() < 5

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start``; ``start`` itself never counts (n=0 gives ``start``)."""
        if n < 0:
            raise DomainError("calendar.negative_days", n=n)
        day = start
        while n > 0:
            day += _ONE_DAY
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a. Inverts ``add_working_days``."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        day = a
        while day < b:
            day += _ONE_DAY
            count += self.is_working_day(day)
        return count

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a working day, else the next one (民法典 Art. 203 for periods ending on a rest day)."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day


class Festival(Vocabulary):
    NEW_YEAR = ("new_year", "元旦", "New Year's Day")
    SPRING_FESTIVAL = ("spring_festival", "春节", "Spring Festival")
    QINGMING = ("qingming", "清明节", "Qingming Festival")
    LABOUR_DAY = ("labour_day", "劳动节", "Labour Day")
    DRAGON_BOAT = ("dragon_boat", "端午节", "Dragon Boat Festival")
    MID_AUTUMN = ("mid_autumn", "中秋节", "Mid-Autumn Festival")
    NATIONAL_DAY = ("national_day", "国庆节", "National Day")
    NATIONAL_DAY_MID_AUTUMN = ("national_day_mid_autumn", "国庆节、中秋节", "National Day and Mid-Autumn")


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One exception to the weekly pattern, as stored: a rest day or an adjusted working day."""

    day: date
    kind: CalendarDayKind
    festival: Festival


# (festival, first rest day, last rest day, adjusted working days), as published in:
#   国务院办公厅关于2024年部分节假日安排的通知 (2023-10-25)
#   国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)
#   国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
# Where a notice says "与周末连休" only the named day is listed; weekend days inside a range are kept
# so the stored calendar reads like the notice. Add a year here only from its published notice.
_F = Festival
_NOTICES: tuple[tuple[Festival, str, str, tuple[str, ...]], ...] = (
    (_F.NEW_YEAR, "2024-01-01", "2024-01-01", ()),
    (_F.SPRING_FESTIVAL, "2024-02-10", "2024-02-17", ("2024-02-04", "2024-02-18")),
    (_F.QINGMING, "2024-04-04", "2024-04-06", ("2024-04-07",)),
    (_F.LABOUR_DAY, "2024-05-01", "2024-05-05", ("2024-04-28", "2024-05-11")),
    (_F.DRAGON_BOAT, "2024-06-10", "2024-06-10", ()),
    (_F.MID_AUTUMN, "2024-09-15", "2024-09-17", ("2024-09-14",)),
    (_F.NATIONAL_DAY, "2024-10-01", "2024-10-07", ("2024-09-29", "2024-10-12")),
    (_F.NEW_YEAR, "2025-01-01", "2025-01-01", ()),
    (_F.SPRING_FESTIVAL, "2025-01-28", "2025-02-04", ("2025-01-26", "2025-02-08")),
    (_F.QINGMING, "2025-04-04", "2025-04-06", ()),
    (_F.LABOUR_DAY, "2025-05-01", "2025-05-05", ("2025-04-27",)),
    (_F.DRAGON_BOAT, "2025-05-31", "2025-06-02", ()),
    (_F.NATIONAL_DAY_MID_AUTUMN, "2025-10-01", "2025-10-08", ("2025-09-28", "2025-10-11")),
    (_F.NEW_YEAR, "2026-01-01", "2026-01-03", ("2026-01-04",)),
    (_F.SPRING_FESTIVAL, "2026-02-15", "2026-02-23", ("2026-02-14", "2026-02-28")),
    (_F.QINGMING, "2026-04-04", "2026-04-06", ()),
    (_F.LABOUR_DAY, "2026-05-01", "2026-05-05", ("2026-05-09",)),
    (_F.DRAGON_BOAT, "2026-06-19", "2026-06-21", ()),
    (_F.MID_AUTUMN, "2026-09-25", "2026-09-27", ()),
    (_F.NATIONAL_DAY, "2026-10-01", "2026-10-07", ("2026-09-20", "2026-10-10")),
)


def _expand(notices: Iterable[tuple[Festival, str, str, tuple[str, ...]]]) -> tuple[CalendarEntry, ...]:
    entries: list[CalendarEntry] = []
    for festival, first, last, workdays in notices:
        day, end = date.fromisoformat(first), date.fromisoformat(last)
        while day <= end:
            entries.append(CalendarEntry(day, CalendarDayKind.HOLIDAY, festival))
            day += _ONE_DAY
        entries.extend(CalendarEntry(date.fromisoformat(w), CalendarDayKind.WORKDAY, festival) for w in workdays)
    return tuple(sorted(entries, key=lambda entry: entry.day))


CHINA_OFFICIAL_DAYS: tuple[CalendarEntry, ...] = _expand(_NOTICES)
CHINA_OFFICIAL_YEARS: frozenset[int] = frozenset(entry.day.year for entry in CHINA_OFFICIAL_DAYS)
CHINA_CALENDAR: WorkCalendar = WorkCalendar.from_entries(CHINA_OFFICIAL_DAYS)
