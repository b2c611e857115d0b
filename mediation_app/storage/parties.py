"""Known parties: finding a person or organisation seen before, and their earlier disputes (indexed lookups)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.models import Case, CaseParty, Party

MAX_MATCHES = 20  # a lookup while typing shows a handful; more means the query is too vague


def matching_party_ids(
    session: Session,
    *,
    party_id: int | None = None,
    id_number: str = "",
    credit_code: str = "",
    name: str = "",
    phone: str = "",
) -> list[int]:
    """Parties that are the same person or organisation: by id, by 身份证号 or 信用代码, or by name and phone."""
    if party_id is not None:
        return [party_id]
    if id_number:
        condition = Party.id_number == id_number
    elif credit_code:
        condition = Party.credit_code == credit_code
    elif name and phone.strip():
        condition = sa.and_(Party.name == name, Party.phone == phone.strip())
    else:
        return []
    stmt = sa.select(Party.id).where(condition).order_by(Party.id).limit(MAX_MATCHES)  # the same 20 on any backend
    return list(session.execute(stmt).scalars())


def parties(session: Session, party_ids: list[int]) -> list[Party]:
    return list(session.execute(sa.select(Party).where(Party.id.in_(party_ids)).order_by(Party.id.desc())).scalars())


def cases_of(session: Session, party_ids: list[int], limit: int = 50) -> list[tuple[int, Case, CaseParty]]:
    """The cases these parties are in, newest first: (party id, case, the party's place in it)."""
    stmt = (
        sa.select(CaseParty.party_id, Case, CaseParty)
        .join(Case, Case.id == CaseParty.case_id)
        .where(CaseParty.party_id.in_(party_ids))
        .order_by(Case.received_at.desc(), Case.id.desc())
        .limit(limit)
    )
    return [(pid, case, link) for pid, case, link in session.execute(stmt).tuples()]


def disputes_since(session: Session, party_ids: list[int], since: datetime) -> int:
    """How many distinct cases these parties are in that were received since ``since``."""
    stmt = (
        sa.select(sa.func.count(sa.distinct(CaseParty.case_id)))
        .join(Case, Case.id == CaseParty.case_id)
        .where(CaseParty.party_id.in_(party_ids), Case.received_at >= since)
    )
    return int(session.execute(stmt).scalar_one())
