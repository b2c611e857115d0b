"""``mediation-app check``: is the database sound, at the expected schema, with an unbroken audit chain, and does
every business row match what the trail last recorded for it."""

from __future__ import annotations

import time
from dataclasses import dataclass

from mediation_app.services.context import ServiceContext
from mediation_app.storage.integrity import RowProblem, check_integrity
from mediation_app.storage.migrate import current_revision, head_revision


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    revision: str | None
    head: str
    audit_events: int
    problems: tuple[str, ...]
    first_broken_audit_id: int | None = None
    rows: tuple[RowProblem, ...] = ()  # rows changed, added or deleted outside the program
    sqlite: tuple[str, ...] = ()  # SQLite's own findings (integrity_check, foreign keys), as it words them
    seconds: float = 0.0
    pages_by_server: bool = False  # PostgreSQL: the page-level check is the server's, not this program's


def check_database(ctx: ServiceContext) -> CheckResult:
    started = time.perf_counter()
    with ctx.db.read() as session:
        report = check_integrity(session)
    revision, head = current_revision(ctx.db.engine), head_revision()
    problems = report.problems + ((f"schema revision {revision} is not head {head}",) if revision != head else ())
    return CheckResult(
        not problems,
        revision,
        head,
        report.audit_events,
        problems,
        report.first_broken_audit_id,
        report.rows,
        report.sqlite,
        time.perf_counter() - started,
        report.pages_by_server,
    )
