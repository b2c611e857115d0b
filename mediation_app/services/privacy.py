"""Parties' ID and phone numbers: masked for everyone, shown whole only on request to staff, each reveal logged."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.identity import mask_id_number, mask_phone
from mediation_app.domain.vocabulary import PartyKind, PartyRole, UserRole
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.audit import record_event
from mediation_app.storage.models import Case, CaseParty


@dataclass(frozen=True)
class PartyContact:
    """One party of a case with its ID number (or credit code) and phone, masked unless revealed."""

    case_party_id: int
    name: str
    role: PartyRole
    kind: PartyKind
    id_number: str
    phone: str


def may_reveal(role: UserRole | None) -> bool:
    """Administrators, mediators and the system may see full numbers; 查阅 never does."""
    return role is not UserRole.VIEWER


def party_contacts(ctx: ServiceContext, case_id: int) -> list[PartyContact]:
    """The case's parties in order, numbers masked (for every role)."""
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        links = list(case.parties)
        return [
            PartyContact(
                link.id,
                link.party.name,
                link.role,
                link.party.kind,
                _masked_id(link.party.id_number or link.party.credit_code or ""),
                mask_phone(link.party.phone) if link.party.phone else "",
            )
            for link in links
        ]


def _masked_id(number: str) -> str:
    return mask_id_number(number) if number else ""


def reveal_party_contact(ctx: ServiceContext, case_party_id: int) -> tuple[str, str]:
    """The full (ID number, phone) of one party of a case, logged as a reveal; refused to 查阅."""
    check_arguments(locals(), reveal_party_contact)
    if not may_reveal(ctx.role):
        raise ServiceError("auth.read_only")
    with ctx.db.write() as session:
        link = session.get(CaseParty, case_party_id)
        if link is None:
            raise ServiceError("party.missing", case_party_id=case_party_id)
        number = link.party.id_number or link.party.credit_code or ""
        record_event(
            session,
            user_id=ctx.user_id,
            action="reveal",
            entity="party",
            entity_id=link.party_id,
            case_id=link.case_id,
            after={"fields": ["id_number", "phone"]},
        )
        return number, link.party.phone
