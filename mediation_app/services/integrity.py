"""``mediation-app check``: is the database sound, at the expected schema, with an unbroken audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.services.context import ServiceContext
from mediation_app.storage.integrity import check_integrity
from mediation_app.storage.migrate import current_revision, head_revision


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    revision: str | None
    head: str
    audit_events: int
    problems: tuple[str, ...]


def check_database(ctx: ServiceContext) -> CheckResult:
    with ctx.db.read() as session:
        report = check_integrity(session)
    revision, head = current_revision(ctx.db.engine), head_revision()
    problems = report.problems + ((f"schema revision {revision} is not head {head}",) if revision != head else ())
    return CheckResult(not problems, revision, head, report.audit_events, problems)
