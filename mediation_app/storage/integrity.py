"""Database integrity: SQLite's own checks, foreign keys, the schema revision and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from mediation_app.storage.audit import verify_chain


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...] = field(default_factory=tuple)
    audit_events: int = 0
    first_broken_audit_id: int | None = None


def check_integrity(session: Session) -> IntegrityReport:
    problems: list[str] = []
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        if result != ["ok"]:
            problems.extend(f"integrity_check: {line}" for line in result)
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
            problems.append(f"foreign_key_check: {table} row {rowid} → {parent}")
    chain = verify_chain(session)
    if not chain.ok:
        problems.append(f"audit chain broken at event {chain.first_broken_id}")
    return IntegrityReport(not problems, tuple(problems), chain.events, chain.first_broken_id)
