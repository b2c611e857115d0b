"""Office rows: find or create the office at first start, and seed its calendar."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import CalendarDayKind
from mediation_app.storage.models import CalendarDay, Office, Setting, User


def first_office(session: Session) -> Office | None:
    return session.execute(sa.select(Office).order_by(Office.id).limit(1)).scalar_one_or_none()


def seed_calendar(session: Session, days: dict[date, CalendarDayKind]) -> int:
    """Add the official days not yet present; an office's own edits are kept."""
    known = set(session.execute(sa.select(CalendarDay.day)).scalars())
    added = [CalendarDay(day=day, kind=kind) for day, kind in sorted(days.items()) if day not in known]
    session.add_all(added)
    return len(added)


def calendar_days(session: Session) -> dict[date, CalendarDayKind]:
    return {row.day: row.kind for row in session.execute(sa.select(CalendarDay)).scalars()}


def setting(session: Session, office_id: int, key: str) -> str | None:
    row = session.get(Setting, (office_id, key))
    return row.value if row is not None else None


def put_setting(session: Session, office_id: int, key: str, value: str | None) -> None:
    """Set or (with None) remove one of the office's settings."""
    row = session.get(Setting, (office_id, key))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(office_id=office_id, key=key, value=value))
    else:
        row.value = value


def active_users(session: Session) -> list[User]:
    stmt = sa.select(User).where(User.is_active.is_(True)).order_by(User.display_name, User.id)
    return list(session.execute(stmt).scalars())
