"""Database integrity: SQLite's own checks (a server checks its own pages), foreign keys, the audit chain, and
every business row against the digest the trail last recorded for it (a row changed behind the program's back)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage import audit_rows
from mediation_app.storage.audit import ChainWalker, event_rows

CHANGED, ADDED, DELETED = "changed", "added", "deleted"
_ROW_ACTIONS = frozenset({"insert", "update", "delete"})
_BULK_ACTIONS = frozenset({"bulk_insert", "baseline"})


@dataclass(frozen=True)
class RowProblem:
    """A business row that does not match the trail: ``changed``, ``added`` or ``deleted`` outside the program."""

    table: str
    key: str
    kind: str
    case_number: str | None = None


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...] = field(default_factory=tuple)
    audit_events: int = 0
    first_broken_audit_id: int | None = None
    rows: tuple[RowProblem, ...] = ()
    sqlite: tuple[str, ...] = ()
    # SQLite's page-level check runs here; on a server (PostgreSQL) the pages are the server's to check.
    pages_by_server: bool = False


def _sqlite_problems(conn: sa.Connection) -> list[str]:
    problems: list[str] = []
    if conn.dialect.name == "sqlite":
        result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        if result != ["ok"]:
            problems.extend(f"integrity_check: {line}" for line in result)
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
            problems.append(f"foreign_key_check: {table} row {rowid} → {parent}")
    return problems


Latest = dict[str, dict[str, str]]  # table → row key → the digest the trail last recorded ("" deleted)


def replay(session: Session) -> tuple[ChainWalker, Latest]:
    """Walk the chain once; meanwhile keep the last digest recorded for each (table, row key)."""
    walker = ChainWalker()
    latest: Latest = {name: {} for name in audit_rows.AUDITED_TABLES}
    for row in event_rows(session):
        walker.feed(row)
        table = latest.get(row.entity)
        if table is None:
            continue
        if row.action in _ROW_ACTIONS and row.row_key is not None:
            table[row.row_key] = row.row_digest or audit_rows.DELETED
        elif row.action in _BULK_ACTIONS:
            table.update(_bulk(row.after_json))
    return walker, latest


def _bulk(after_json: str) -> Iterator[tuple[str, str]]:
    try:
        yield from audit_rows.bulk_digests(after_json)
    except (ValueError, KeyError, TypeError):
        return  # an edited bulk event breaks the chain; the chain names it


def compare_rows(conn: sa.Connection, latest: Latest) -> list[RowProblem]:
    """Recompute every audited row's digest and compare with the trail's last word on it."""
    found: list[RowProblem] = []
    for name in audit_rows.AUDITED_TABLES:
        recorded = latest[name]
        for key, digest in audit_rows.digests(conn, name):
            expected = recorded.pop(key, None)
            if expected is None or expected == audit_rows.DELETED:
                found.append(RowProblem(name, key, ADDED))
            elif expected != digest:
                found.append(RowProblem(name, key, CHANGED))
        found.extend(RowProblem(name, key, DELETED) for key, digest in recorded.items() if digest != audit_rows.DELETED)
    return [_with_case_number(conn, problem) for problem in found[:500]] + found[500:]


def _with_case_number(conn: sa.Connection, problem: RowProblem) -> RowProblem:
    """Name the case a row belongs to: from the row itself, or for a deleted row from the trail."""
    case_id = _case_id(conn, problem)
    if case_id is None:
        return problem
    number = conn.execute(sa.text("SELECT number FROM cases WHERE id = :id"), {"id": case_id}).scalar()
    if number is None:
        number = _number_from_trail(conn, case_id)
    return RowProblem(problem.table, problem.key, problem.kind, number)


def _case_id(conn: sa.Connection, problem: RowProblem) -> int | None:
    if problem.table == "cases":
        return int(problem.key)
    columns = {column.name for column in audit_rows.table(problem.table).columns}
    if "case_id" in columns and problem.kind != DELETED:
        value = conn.execute(
            sa.text(f'SELECT case_id FROM "{problem.table}" WHERE id = :id'), {"id": problem.key}
        ).scalar()
        return int(value) if value is not None else None
    value = conn.execute(
        sa.text("SELECT case_id FROM audit_events WHERE entity = :t AND row_key = :k AND case_id IS NOT NULL LIMIT 1"),
        {"t": problem.table, "k": problem.key},
    ).scalar()
    return int(value) if value is not None else None


def _number_from_trail(conn: sa.Connection, case_id: int) -> str | None:
    rows = conn.execute(
        sa.text("SELECT after_json FROM audit_events WHERE entity = 'cases' AND row_key = :k ORDER BY id DESC"),
        {"k": str(case_id)},
    )
    for (after,) in rows:
        number = _json_field(after, "number")
        if number:
            return str(number)
    return None


def _json_field(text: str, name: str) -> Any:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    return value.get(name) if isinstance(value, dict) else None


def check_integrity(session: Session) -> IntegrityReport:
    conn = session.connection()
    sqlite = _sqlite_problems(conn)
    walker, latest = replay(session)
    chain = walker.result()
    rows = compare_rows(conn, latest)
    problems = list(sqlite)
    if not chain.ok:
        problems.append(f"audit chain broken at event {chain.first_broken_id}")
    problems.extend(f"audit row {p.kind}: {p.table} {p.key}" for p in rows)
    return IntegrityReport(
        not problems,
        tuple(problems),
        chain.events,
        chain.first_broken_id,
        tuple(rows),
        tuple(sqlite),
        pages_by_server=conn.dialect.name != "sqlite",
    )
