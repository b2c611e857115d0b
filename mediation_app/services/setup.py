"""First-start preparation of a database: the official working-day calendar is seeded once."""

from __future__ import annotations

from mediation_app.domain.calendar import CHINA_OFFICIAL_DAYS, WorkCalendar
from mediation_app.domain.vocabulary import CalendarDayKind
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext
from mediation_app.storage.engine import Database, DbSession
from mediation_app.storage.offices import calendar_days, seed_calendar


def prepare_database(db: Database) -> int:
    """Seed the official holidays and 调休 days that are missing; returns how many were added."""
    check_arguments(locals(), prepare_database)
    with db.write() as session:
        return seed_calendar(session, {entry.day: entry.kind for entry in CHINA_OFFICIAL_DAYS})


def database_location(ctx: ServiceContext) -> str:
    """Where this office's data lives, as the user should see it (never a password)."""
    return ctx.db.location()


def work_calendar(ctx: ServiceContext) -> WorkCalendar:
    """The office's calendar as stored (the official days plus its own edits)."""
    with ctx.db.read() as session:
        return session_calendar(session)


def session_calendar(session: DbSession) -> WorkCalendar:
    """The stored calendar, read in the caller's transaction."""
    days = calendar_days(session)
    holidays = frozenset(day for day, kind in days.items() if kind is CalendarDayKind.HOLIDAY)
    return WorkCalendar(holidays, frozenset(days) - holidays)
