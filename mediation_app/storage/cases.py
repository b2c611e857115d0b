"""Case rows: create with parties, number on acceptance, change status; always inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mediation_app.domain.numbering import format_number, paper_prefix, series_year
from mediation_app.domain.vocabulary import PartyRole
from mediation_app.storage.counters import issue_sequence
from mediation_app.storage.models import Case, CaseParty, Office, Party

CASE_SERIES = "case"
AGREEMENT_SERIES = "agreement"


def agreement_prefix(case_prefix: str) -> str:
    """The 协议书 series' 字号 derived from the case 字号: 某街联调字 → 某街调协字."""
    return paper_prefix(case_prefix, AGREEMENT_SERIES)


def add_case(session: Session, case: Case, parties: list[tuple[Party, CaseParty]]) -> Case:
    for position, (party, link) in enumerate(parties):
        link.party = party
        link.position = position
        case.parties.append(link)
    refresh_names(case)
    session.add(case)
    session.flush()
    return case


def refresh_names(case: Case) -> None:
    """Keep the ledger's denormalised name columns in step with the case's parties."""

    def names(role: PartyRole) -> str:
        return "、".join(link.party.name for link in case.parties if link.role is role)[:300]

    case.applicant_names = names(PartyRole.APPLICANT)
    case.respondent_names = names(PartyRole.RESPONDENT)


def assign_case_number(session: Session, case: Case, office: Office, when: datetime) -> str:
    """Issue the next number of the year in this transaction: a failed save rolls the counter back too."""
    year = series_year(when.date())
    seq = issue_sequence(session, office.id, CASE_SERIES, year)
    case.number_year, case.number_seq = year, seq
    case.number = format_number(year, office.case_prefix, seq)
    return case.number
