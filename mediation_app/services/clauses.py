"""The office's clause library (条款库): standard terms per dispute type that a mediator picks and then edits."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.vocabulary import DisputeType
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import stale
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.models import ClauseTemplate


@dataclass(frozen=True)
class ClauseInfo:
    clause_id: int | None  # None: a new clause
    title: str
    text: str
    dispute_type: DisputeType | None = None  # None: offered for every type
    is_payment: bool = False
    version: int | None = None


def _info(row: ClauseTemplate) -> ClauseInfo:
    return ClauseInfo(row.id, row.title, row.text, row.dispute_type, row.is_payment, row.version)


def list_clauses(ctx: ServiceContext, dispute_type: DisputeType | None = None) -> list[ClauseInfo]:
    """The clauses for ``dispute_type`` (its own first, then the general ones); all of them for None."""
    with ctx.db.read() as session:
        return [_info(row) for row in store.clauses(session, dispute_type)]


def save_clause(ctx: ServiceContext, info: ClauseInfo) -> ClauseInfo:
    """Add a clause, or save an edited one (refused with ``record.stale`` if someone saved it meanwhile)."""
    check_arguments(locals(), save_clause)
    require_admin(ctx)
    if not info.title.strip():
        raise ServiceError("clause.title", field="title")
    if not info.text.strip():
        raise ServiceError("clause.text", field="text")
    with ctx.db.write() as session:
        if info.clause_id is None:
            row = ClauseTemplate(title="", text="")
            session.add(row)
        else:
            found = session.get(ClauseTemplate, info.clause_id)
            if found is None:
                raise ServiceError("clause.missing", clause_id=info.clause_id)
            stale(found.version, info.version, "clause_template", session=session, row=found)
            row = found
        row.title, row.text = info.title.strip(), info.text.strip()
        row.dispute_type, row.is_payment = info.dispute_type, info.is_payment
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="create" if info.clause_id is None else "update",
            entity="clause_template",
            entity_id=row.id,
            after={"title": row.title, "type": row.dispute_type.value if row.dispute_type else None},
        )
        return _info(row)


def delete_clause(ctx: ServiceContext, clause_id: int) -> None:
    """Remove a clause from the library (agreements keep the text they copied from it)."""
    check_arguments(locals(), delete_clause)
    require_admin(ctx)
    with ctx.db.write() as session:
        row = session.get(ClauseTemplate, clause_id)
        if row is None:
            raise ServiceError("clause.missing", clause_id=clause_id)
        record_event(
            session,
            user_id=ctx.user_id,
            action="delete",
            entity="clause_template",
            entity_id=row.id,
            before={"title": row.title, "text": row.text},
        )
        session.delete(row)
