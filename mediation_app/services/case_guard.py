"""The one door every change to a case's work goes through: the case must exist, and an archived case is
read-only except to an administrator who gives a reason (logged in the audit trail with the change)."""

from __future__ import annotations

from typing import Any

from mediation_app.domain.vocabulary import CaseStatus, UserRole
from mediation_app.services.audit_history import stale_details
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Case


def writable_case(session: DbSession, ctx: ServiceContext, case_id: int, override_reason: str = "") -> Case:
    """The case to change, or ServiceError: ``case.missing``, ``case.archived`` (no reason given) or
    ``case.admin_only`` (a reason given by someone who is not an administrator)."""
    case = session.get(Case, case_id)
    if case is None:
        raise ServiceError("case.missing", case_id=case_id)
    if case.status is CaseStatus.ARCHIVED:
        check_override(session, ctx, case, override_reason)
    return case


def check_override(session: DbSession, ctx: ServiceContext, case: Case, override_reason: str) -> None:
    reason = override_reason.strip()
    if not reason:
        raise ServiceError("case.archived", case=case.number or "")
    if _acting_role(session, ctx) is not UserRole.ADMIN:
        raise ServiceError("case.admin_only", case=case.number or "")
    record_event(
        session,
        user_id=ctx.user_id,
        action="archived_override",
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        after={"reason": reason},
    )


def _acting_role(session: DbSession, ctx: ServiceContext) -> UserRole | None:
    """The context's role; a context without one is the system (full rights) unless it names a user."""
    if ctx.role is not None or ctx.user_id is None:
        return ctx.role or UserRole.ADMIN
    return store.user_role(session, ctx.user_id)


def stale(
    found_version: int, expected: int | None, entity: str, *, session: DbSession | None = None, row: Any = None
) -> None:
    """Refuse a save made on an older copy of the record (``record.stale``); given the session and the row, the
    refusal says who saved it meanwhile, when, and which fields (from the audit trail)."""
    if expected is not None and found_version != expected:
        details = stale_details(session, row.__tablename__, row.id, expected) if session and row is not None else {}
        raise ServiceError("record.stale", entity=entity, **details)
