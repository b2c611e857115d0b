"""Number counters: one atomic upsert inside the caller's transaction, so a failed save leaves no gap."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mediation_app.storage.models import NumberCounter


def issue_sequence(session: Session, office_id: int, series: str, year: int) -> int:
    """Bump and return the series' counter for ``year``; rolled back with the transaction that called it."""
    table: sa.Table = NumberCounter.__table__  # type: ignore[assignment]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = (
        insert(table)
        .values(office_id=office_id, series=series, year=year, last_value=1, prefix="")
        .on_conflict_do_update(
            index_elements=[table.c.office_id, table.c.series, table.c.year],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    return int(session.execute(stmt).scalar_one())


def last_sequence(session: Session, office_id: int, series: str, year: int) -> int:
    value = session.execute(
        sa.select(NumberCounter.last_value).where(
            NumberCounter.office_id == office_id, NumberCounter.series == series, NumberCounter.year == year
        )
    ).scalar_one_or_none()
    return int(value or 0)
