"""Registering a dispute and accepting it (the full intake screen comes with the front-desk issue)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mediation_app.domain.identity import check_id_number, check_phone, normalise_id_number
from mediation_app.domain.vocabulary import (
    CaseStatus,
    Channel,
    DisputeType,
    PartyKind,
    PartyRole,
    RiskLevel,
)
from mediation_app.domain.workflow import check_transition
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.cases import add_case, assign_case_number
from mediation_app.storage.engine import DbSession as Session
from mediation_app.storage.models import Case, CaseParty, Office, Party


@dataclass(frozen=True)
class PartyInput:
    name: str
    role: PartyRole
    kind: PartyKind = PartyKind.PERSON
    id_number: str = ""
    phone: str = ""
    address: str = ""
    requests: str = ""


@dataclass(frozen=True)
class IntakeInput:
    channel: Channel
    dispute_type: DisputeType
    facts: str
    parties: tuple[PartyInput, ...]
    received_at: datetime | None = None
    title: str = ""
    community: str = ""
    risk: RiskLevel = RiskLevel.YELLOW
    amount_fen: int | None = None
    people_involved: int = 0
    may_escalate: bool = False
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseRef:
    case_id: int
    number: str | None
    status: CaseStatus


def _check_input(data: IntakeInput) -> None:
    if not any(p.role is PartyRole.APPLICANT for p in data.parties):
        raise ServiceError("intake.no_applicant")
    for index, party in enumerate(data.parties):
        if not party.name.strip():
            raise ServiceError("intake.party_name", index=index)
        if party.id_number:
            result = check_id_number(party.id_number)
            if not result.ok:
                raise ServiceError(result.code or "id.invalid", index=index)
        if party.phone and not check_phone(party.phone).ok:
            raise ServiceError(check_phone(party.phone).code or "phone.format", index=index)


def _party_rows(data: IntakeInput) -> list[tuple[Party, CaseParty]]:
    rows = []
    for p in data.parties:
        party = Party(
            kind=p.kind,
            name=p.name.strip(),
            phone=p.phone.strip(),
            address=p.address.strip(),
            id_number=normalise_id_number(p.id_number) if p.id_number else None,
        )
        rows.append((party, CaseParty(role=p.role, requests=p.requests)))
    return rows


def register_case(ctx: ServiceContext, data: IntakeInput) -> CaseRef:
    """Save a registration (登记); it gets its number when accepted."""
    return _register(ctx, data, accept=False)


def register_and_accept_case(ctx: ServiceContext, data: IntakeInput) -> CaseRef:
    """登记并受理 in one transaction: either the case is saved with its number, or nothing is saved."""
    return _register(ctx, data, accept=True)


def _register(ctx: ServiceContext, data: IntakeInput, *, accept: bool) -> CaseRef:
    _check_input(data)
    title = data.title.strip() or f"{data.parties[0].name.strip()}{data.dispute_type.zh}纠纷"
    with ctx.db.write() as session:
        case = Case(
            office_id=ctx.office_id,
            title=title,
            status=CaseStatus.REGISTERED,
            channel=data.channel,
            received_at=data.received_at or now(),
            received_by_id=ctx.user_id,
            dispute_type=data.dispute_type,
            facts=data.facts,
            community=data.community,
            risk=data.risk,
            amount_fen=data.amount_fen,
            people_involved=data.people_involved,
            may_escalate=data.may_escalate,
        )
        add_case(session, case, _party_rows(data))
        record_event(
            session,
            user_id=ctx.user_id,
            action="register",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            after={"title": title, "channel": data.channel.value},
        )
        if accept:
            _accept(ctx, session, case, now())
        return CaseRef(case.id, case.number, case.status)


def accept_case(ctx: ServiceContext, case_id: int, *, when: datetime | None = None) -> CaseRef:
    """受理: the case gets its number in the same transaction as the status change."""
    with ctx.db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        _accept(ctx, session, case, when or now())
        return CaseRef(case.id, case.number, case.status)


def _accept(ctx: ServiceContext, session: Session, case: Case, accepted_at: datetime) -> None:
    office = session.get(Office, ctx.office_id)
    if office is None:
        raise ServiceError("office.missing", office_id=ctx.office_id)
    check_transition(case.status, CaseStatus.ACCEPTED)
    number = assign_case_number(session, case, office, accepted_at)
    case.status, case.accepted_at = CaseStatus.ACCEPTED, accepted_at
    session.flush()
    record_event(
        session,
        user_id=ctx.user_id,
        action="accept",
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        after={"number": number},
    )
