"""Bulk loading for the demo generator (and later the Excel import): Core executemany in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage import audit_rows, lengths
from mediation_app.storage.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseMediator,
    CaseParty,
    NumberCounter,
    Party,
)

TABLES: dict[str, sa.Table] = {
    "cases": Case.__table__,  # type: ignore[dict-item]
    "parties": Party.__table__,  # type: ignore[dict-item]
    "case_parties": CaseParty.__table__,  # type: ignore[dict-item]
    "case_mediators": CaseMediator.__table__,  # type: ignore[dict-item]
    "agreements": Agreement.__table__,  # type: ignore[dict-item]
    "agreement_terms": AgreementTerm.__table__,  # type: ignore[dict-item]
}


def next_ids(session: Session) -> dict[str, int]:
    """The first free id of each bulk table, so the generator can link rows before inserting them."""
    return {
        name: int(session.execute(sa.select(sa.func.coalesce(sa.func.max(t.c.id), 0))).scalar_one()) + 1
        for name, t in TABLES.items()
    }


def insert_rows(session: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert the rows and account for them in the audit trail (one event with each new row's digest)."""
    if rows:
        target = TABLES[table]
        lengths.check_rows(target, rows)
        before = int(session.execute(sa.select(sa.func.coalesce(sa.func.max(target.c.id), 0))).scalar_one())
        execute_many(session.connection(), target, rows)
        _follow_sequence(session, target)
        audit_rows.record_bulk(session.connection(), table, before, session.info.get("user_id"))


def execute_many(conn: sa.Connection, target: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT the rows in one executemany. On SQLite the values go through each column's own bind processor straight
    to the driver: SQLAlchemy's per-row parameter handling was a third of the demo's time. Anything that needs
    SQLAlchemy (another database, a Python-side default to fill in, rows with different keys) takes its path."""
    given = rows[0].keys()
    missing = [c for c in target.columns if c.default is not None and c.key not in given]
    fast = conn.dialect.name == "sqlite" and all(c.default.is_scalar for c in missing)  # type: ignore[union-attr]
    if not fast or any(row.keys() != given for row in rows):
        conn.execute(sa.insert(target), list(rows))
        return
    keys = [*given, *(c.key for c in missing)]
    fixed = tuple(c.default.arg for c in missing)  # type: ignore[union-attr]
    processors = [target.c[key].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for key in keys]
    columns = ", ".join(f'"{target.c[key].name}"' for key in keys)
    sql = f'INSERT INTO "{target.name}" ({columns}) VALUES ({", ".join("?" * len(keys))})'
    conn.exec_driver_sql(sql, [_row((*map(row.__getitem__, given), *fixed), processors) for row in rows])


def _row(values: Sequence[Any], processors: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value if p is None else p(value) for value, p in zip(values, processors, strict=True))


def _follow_sequence(session: Session, target: sa.Table) -> None:
    """Rows inserted with their ids given leave PostgreSQL's id sequence behind: move it past them, so the next
    row saved one at a time gets a free id (SQLite takes the highest id plus one by itself)."""
    if session.get_bind().dialect.name == "postgresql":
        highest = f"(SELECT max(id) FROM {target.name})"
        session.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{target.name}', 'id'), {highest})"))


def raise_counters(session: Session, office_id: int, series: str, last_by_year: Iterable[tuple[int, int]]) -> None:
    """Make the counters at least as high as the numbers written in bulk, so the next number follows on."""
    for year, last in last_by_year:
        counter = session.get(NumberCounter, (office_id, series, year))
        if counter is None:
            session.add(NumberCounter(office_id=office_id, series=series, year=year, last_value=last))
        elif counter.last_value < last:
            counter.last_value = last
    session.flush()


def highest_sequences(session: Session, office_id: int, series: str) -> dict[int, int]:
    rows = session.execute(
        sa.select(NumberCounter.year, NumberCounter.last_value).where(
            NumberCounter.office_id == office_id, NumberCounter.series == series
        )
    ).all()
    return {int(year): int(last) for year, last in rows}
