"""Known parties while typing an intake: the same person or organisation seen before, with their earlier cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mediation_app.domain.identity import check_credit_code, check_id_number, normalise_id_number
from mediation_app.domain.risk import REPEAT_DISPUTES
from mediation_app.domain.vocabulary import CaseStatus, Gender, PartyKind, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.storage import parties as store


@dataclass(frozen=True)
class EarlierCase:
    case_id: int
    number: str | None
    title: str
    received_at: datetime
    status: CaseStatus
    role: PartyRole


@dataclass(frozen=True)
class KnownParty:
    """A stored party the intake may reuse (the newest record of that person), with their disputes."""

    party_id: int
    kind: PartyKind
    name: str
    id_number: str
    credit_code: str
    phone: str
    address: str
    gender: Gender | None
    ethnicity: str
    birth_date: date | None
    age: int | None
    occupation: str
    employer: str
    legal_rep_name: str
    legal_rep_title: str
    cases: tuple[EarlierCase, ...]
    disputes_last_year: int

    @property
    def repeat_disputant(self) -> bool:
        """In three or more disputes within a year, counting the one being registered now."""
        return self.disputes_last_year + 1 >= REPEAT_DISPUTES


def find_known_party(
    ctx: ServiceContext,
    *,
    id_number: str = "",
    credit_code: str = "",
    name: str = "",
    phone: str = "",
    today: date | None = None,
) -> KnownParty | None:
    """The person with this complete, valid ID number (or organisation with this credit code, or this name and
    phone), or None. Partial or invalid numbers match nothing: the lookup runs as the user types."""
    number = normalise_id_number(id_number) if id_number.strip() else ""
    if number and not check_id_number(number, today=today).ok:
        number = ""
    code = normalise_id_number(credit_code) if credit_code.strip() else ""
    if code and check_credit_code(code) is not None:
        code = ""
    if not (number or code or (name.strip() and phone.strip())):
        return None
    since = datetime.combine((today or date.today()) - timedelta(days=365), datetime.min.time())
    with ctx.db.read() as session:
        ids = store.matching_party_ids(session, id_number=number, credit_code=code, name=name.strip(), phone=phone)
        if not ids:
            return None
        newest = store.parties(session, ids)[0]
        rows = store.cases_of(session, ids)
        seen: set[int] = set()
        cases = []
        for _pid, case, link in rows:
            if case.id not in seen:
                seen.add(case.id)
                cases.append(EarlierCase(case.id, case.number, case.title, case.received_at, case.status, link.role))
        return KnownParty(
            party_id=newest.id,
            kind=newest.kind,
            name=newest.name,
            id_number=newest.id_number or "",
            credit_code=newest.credit_code or "",
            phone=newest.phone,
            address=newest.address,
            gender=newest.gender,
            ethnicity=newest.ethnicity,
            birth_date=newest.birth_date,
            age=newest.age,
            occupation=newest.occupation,
            employer=newest.employer,
            legal_rep_name=newest.legal_rep_name,
            legal_rep_title=newest.legal_rep_title,
            cases=tuple(cases),
            disputes_last_year=store.disputes_since(session, ids, since),
        )
