"""Who mediates a case (several, each as 民警, 人民调解员 or 律师, one of them leading) and who was invited to help
(relatives, neighbours, experts); the ledger's mediator column is kept in step in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mediation_app.domain.vocabulary import MediatorRole
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.models import CaseMediator, CaseParticipant


@dataclass(frozen=True)
class MediatorInput:
    name: str
    role: MediatorRole
    is_lead: bool = False
    user_id: int | None = None  # a staff account, or None for an outside mediator named here


@dataclass(frozen=True)
class MediatorInfo:
    mediator_id: int
    name: str
    role: MediatorRole
    is_lead: bool
    user_id: int | None


@dataclass(frozen=True)
class ParticipantInfo:
    participant_id: int
    name: str
    relation: str
    phone: str


def _check_mediators(mediators: Sequence[MediatorInput]) -> None:
    names = [m.name.strip() for m in mediators]
    for index, name in enumerate(names):
        if not name:
            raise ServiceError("mediator.name", field=f"mediators.{index}.name", index=index)
        if name in names[:index]:
            raise ServiceError("mediator.duplicate", field=f"mediators.{index}.name", name=name)
    if mediators and sum(m.is_lead for m in mediators) != 1:
        raise ServiceError("mediator.one_lead", field="mediators")


def set_mediators(
    ctx: ServiceContext, case_id: int, mediators: Sequence[MediatorInput], *, override_reason: str = ""
) -> list[MediatorInfo]:
    """Replace the case's mediators with ``mediators`` (exactly one lead unless the list is empty)."""
    check_arguments(locals(), set_mediators)
    _check_mediators(mediators)
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        case = store.case_with_people(session, case_id)
        assert case is not None
        before = [m.name for m in case.mediators]
        for mediator in case.mediators:  # deleted one by one, so the audit trail records each
            session.delete(mediator)
        session.flush()
        case.mediators.clear()
        for m in mediators:
            case.mediators.append(CaseMediator(name=m.name.strip(), role=m.role, is_lead=m.is_lead, user_id=m.user_id))
        session.flush()
        store.refresh_mediator_names(case)
        record_event(
            session,
            user_id=ctx.user_id,
            action="set_mediators",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            before=before,
            after=[f"{m.name}（{m.role.zh}{'，主办' if m.is_lead else ''}）" for m in case.mediators],
        )
        return [mediator_info(m) for m in case.mediators]


def mediator_info(m: CaseMediator) -> MediatorInfo:
    return MediatorInfo(m.id, m.name, m.role, m.is_lead, m.user_id)


def participant_info(p: CaseParticipant) -> ParticipantInfo:
    return ParticipantInfo(p.id, p.name, p.relation, p.phone)


def list_mediators(ctx: ServiceContext, case_id: int) -> list[MediatorInfo]:
    """The lead first, then the others in the order they were added."""
    with ctx.db.read() as session:
        case = store.case_with_people(session, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        return [mediator_info(m) for m in sorted(case.mediators, key=lambda m: (not m.is_lead, m.id))]


def add_participant(
    ctx: ServiceContext, case_id: int, name: str, relation: str = "", phone: str = "", *, override_reason: str = ""
) -> ParticipantInfo:
    """An invited helper (邀请参与人员): a relative, neighbour, expert or other person who helps mediate."""
    check_arguments(locals(), add_participant)
    if not name.strip():
        raise ServiceError("participant.name", field="name")
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        row = CaseParticipant(case_id=case_id, name=name.strip(), relation=relation.strip(), phone=phone.strip())
        session.add(row)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="add",
            entity="case_participant",
            entity_id=row.id,
            case_id=case_id,
            after={"name": row.name, "relation": row.relation},
        )
        return participant_info(row)


def remove_participant(ctx: ServiceContext, participant_id: int, *, override_reason: str = "") -> None:
    check_arguments(locals(), remove_participant)
    with ctx.db.write() as session:
        row = session.get(CaseParticipant, participant_id)
        if row is None:
            raise ServiceError("participant.missing", participant_id=participant_id)
        writable_case(session, ctx, row.case_id, override_reason)
        record_event(
            session,
            user_id=ctx.user_id,
            action="remove",
            entity="case_participant",
            entity_id=row.id,
            case_id=row.case_id,
            before={"name": row.name, "relation": row.relation},
        )
        session.delete(row)


def list_participants(ctx: ServiceContext, case_id: int) -> list[ParticipantInfo]:
    with ctx.db.read() as session:
        return [participant_info(p) for p in store.participants(session, case_id)]
