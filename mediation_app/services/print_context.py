"""The context a printed form is filled from, built from a stored case (the form files name its fields)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from mediation_app.domain.identity import age_on
from mediation_app.domain.money import format_amount
from mediation_app.domain.vocabulary import PartyKind
from mediation_app.printing.text import compose
from mediation_app.storage.models import Agreement, Case, CaseParty, Office, Party


def cn_date(day: date | datetime | None) -> str:
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def _years(p: Party, today: date) -> str:
    """Age in whole years for a table's 年龄 column: from the birth date if known, else the age recorded."""
    if p.kind is not PartyKind.PERSON:
        return ""
    if p.birth_date is not None and p.birth_date <= today:
        return str(age_on(p.birth_date, today))
    return str(p.age) if p.age is not None else ""


def party_context(link: CaseParty, today: date) -> dict[str, Any]:
    p = link.party
    person = p.kind is PartyKind.PERSON
    return {
        "years": _years(p, today),
        "role": link.role.zh,
        "kind": p.kind.value,
        "name": p.name,
        "gender": p.gender.zh if p.gender else "",
        "ethnicity": p.ethnicity,
        "birth": cn_date(p.birth_date) if person else "",
        "age": str(p.age) if person and p.age and not p.birth_date else "",  # an age only when no birth date
        "occupation": p.occupation,
        "employer": p.employer,
        "address": p.address,
        "id_number": p.id_number or "",
        "phone": p.phone,
        "credit_code": p.credit_code or "",
        "legal_rep_name": p.legal_rep_name,
        "legal_rep_title": p.legal_rep_title,
        "requests": link.requests,
        "agent_name": link.agent_name,
        "agent_relation": link.agent_relation,
        "agent_phone": link.agent_phone,
        "agent_authority": link.agent_authority.zh if link.agent_authority else "",
    }


def case_context(case: Case, office: Office, today: date) -> dict[str, Any]:
    """What every case form may show: numbers, office, dates, parties, the dispute."""
    parties = [party_context(link, today) for link in case.parties]
    return {
        "number": case.number or "",
        "case_number": case.number or "",
        "title": case.title,
        "office_name": office.name,
        "committee_name": office.committee_name,
        "office_address": office.address,
        "office_phone": office.phone,
        "received_date": cn_date(case.received_at),
        "date": cn_date(today),
        "parties": parties,
        "applicants": case.applicant_names,
        "respondents": case.respondent_names,
        "dispute_type": case.dispute_type.zh,
        "channel": case.channel.zh,
        "facts": case.facts,
        "requests": "；".join(f"{p['name']}：{p['requests']}" for p in parties if p["requests"]),
        "place": case.place,
        "community": case.community,
        "mediators": case.mediator_names,
        "amount": format_amount(case.amount_fen) if case.amount_fen is not None else "",
        "copies": len(parties) + 1,
    }


def agreement_context(base: dict[str, Any], agreement: Agreement, performance: str) -> dict[str, Any]:
    """The 协议书's own fields; its number is the agreement's, its date the signing date when known.
    ``performance`` is the forms' wording for 履行方式、地点、期限 (forms/_common.toml)."""
    parts = {
        "manner": agreement.performance_manner,
        "place": agreement.performance_place,
        "deadline": cn_date(agreement.performance_deadline),
    }
    return {
        **base,
        "number": agreement.number or base["number"],
        "facts": agreement.facts or base["facts"],
        "disputed_matters": agreement.disputed_matters,
        "responsibilities": agreement.responsibilities,
        "terms": [term.text for term in agreement.terms],
        "performance": compose(performance, parts) if any(parts.values()) else "",
        "copies": agreement.copies or base["copies"],
        "date": cn_date(agreement.effective_on) if agreement.effective_on else base["date"],
    }
