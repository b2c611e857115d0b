"""The one door every change to a case's work goes through: the case must exist, and an archived case is
read-only except to an administrator who gives a reason (logged in the audit trail with the change)."""

from __future__ import annotations

from mediation_app.domain.vocabulary import CaseStatus, UserRole
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
    if store.user_role(session, ctx.user_id) is not UserRole.ADMIN:
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


def stale(found_version: int, expected: int | None, entity: str) -> None:
    """Refuse a save made on an older copy of the record (``record.stale``)."""
    if expected is not None and found_version != expected:
        raise ServiceError("record.stale", entity=entity)
