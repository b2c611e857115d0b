"""Synthetic but realistic cases for demonstrations, screenshots and benchmarks (100,000 in well under a minute)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from mediation_app.domain.clocks import add_months
from mediation_app.domain.identity import id_check_digit
from mediation_app.domain.numbering import format_number
from mediation_app.domain.vocabulary import (
    AgreementKind,
    CaseStatus,
    Channel,
    DisputeType,
    Gender,
    NotAcceptedReason,
    Outcome,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
)
from mediation_app.services import demo_data as pool
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext
from mediation_app.storage import bulk, search_index
from mediation_app.storage.audit import record_event
from mediation_app.storage.cases import AGREEMENT_SERIES, CASE_SERIES, agreement_prefix
from mediation_app.storage.models import Office

BATCH = 5_000
YEARS_BACK = 4
_CHANNEL_WEIGHTS = (30, 10, 15, 12, 8, 5, 4, 8, 6, 2)
_RISK_WEIGHTS = (4, 16, 60, 20)
# The grounds of the demo's 不予受理 cases (chosen by id, so the random stream is the same as before).
_NOT_ACCEPTED = (
    (NotAcceptedReason.ALREADY_HANDLED,),
    (NotAcceptedReason.PARTY_REFUSES,),
    (NotAcceptedReason.SPECIALISED_ORGAN, NotAcceptedReason.ALREADY_HANDLED),
)
_TYPE_WEIGHTS = (14, 22, 8, 9, 4, 7, 2, 2, 3, 9, 5, 2, 6, 6, 1)


@dataclass(frozen=True)
class DemoResult:
    cases: int
    first_case_id: int
    last_case_id: int


class _Generator:
    """Builds linked row dicts with explicit ids; one instance per run, seeded for reproducibility."""

    def __init__(
        self, rng: random.Random, ids: dict[str, int], office: Office, today: date, last_seq: dict[int, int]
    ) -> None:
        self.rng, self.ids, self.office, self.today, self.last_seq = rng, ids, office, today, last_seq
        self.agreement_seq: dict[int, int] = {}
        self.agreement_prefix = agreement_prefix(office.case_prefix)
        self.start = date(today.year - YEARS_BACK, 1, 1)
        self.span = (today - self.start).days

    def take_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def name(self) -> str:
        rng = self.rng
        surname = rng.choice(pool.DOUBLE_SURNAMES) if rng.random() < 0.02 else rng.choice(pool.SURNAMES)
        return surname + "".join(rng.choice(pool.GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))

    def id_number(self, birth: date, gender: Gender) -> str:
        body = f"{self.rng.choice(('110101', '320102', '440305', '510104', '420106'))}{birth:%Y%m%d}"
        # The 17th digit is odd for a man and even for a woman: the printed papers show both side by side.
        body += f"{self.rng.randrange(500) * 2 + (gender is Gender.MALE):03d}"
        return body + id_check_digit(body)

    def phone(self) -> str:
        return f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"

    def received(self, index: int, count: int) -> datetime:
        # Spread over the years in date order so numbers follow the calendar like a real ledger.
        day = self.start + timedelta(days=min(self.span, index * self.span // max(count, 1)))
        return datetime(day.year, day.month, day.day, self.rng.randrange(8, 18), self.rng.randrange(60))

    def status(self, received: datetime) -> CaseStatus:
        age = (self.today - received.date()).days
        r = self.rng.random()
        if r < 0.03:
            return CaseStatus.NOT_ACCEPTED
        if r < 0.08 and age < 60:
            return CaseStatus.DIVERTED  # older referrals have had their feedback: they fall through to closed
        if 30 <= age < 120 and r < 0.2:
            return CaseStatus.MEDIATING  # stalled past its month: the overdue cases every ledger has
        if age < 40:
            return self.rng.choice(
                (
                    CaseStatus.REGISTERED,
                    CaseStatus.ACCEPTED,
                    CaseStatus.MEDIATING,
                    CaseStatus.MEDIATING,
                    CaseStatus.SUCCEEDED,
                )
            )
        if r < 0.14:
            return CaseStatus.FAILED if age < 120 else CaseStatus.CLOSED
        return CaseStatus.SUCCEEDED if age < 120 else self.rng.choice((CaseStatus.CLOSED, CaseStatus.ARCHIVED))


def _person(gen: _Generator, pid: int) -> dict[str, Any]:
    rng = gen.rng
    birth = date(rng.randrange(1945, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    gender = rng.choice(list(Gender))
    return {
        "id": pid,
        "kind": PartyKind.PERSON,
        "name": gen.name(),
        "gender": gender,
        "ethnicity": rng.choice(pool.ETHNICITIES),
        "birth_date": birth,
        "age": None,
        "id_number": gen.id_number(birth, gender),
        "phone": gen.phone(),
        "address": f"{rng.choice(pool.COMMUNITIES)}{rng.choice(pool.STREETS)}{rng.randrange(1, 300)}号",
        "occupation": rng.choice(pool.OCCUPATIONS),
        "employer": "",
        "credit_code": None,
        "legal_rep_name": "",
        "legal_rep_title": "",
        "version": 1,
        "created_at": gen.today,
        "updated_at": gen.today,
    }


def _organisation(gen: _Generator, pid: int) -> dict[str, Any]:
    row = _person(gen, pid)
    row.update(
        kind=PartyKind.ORGANISATION,
        name=gen.rng.choice(pool.ORGANISATIONS),
        gender=None,
        birth_date=None,
        ethnicity="",
        id_number=None,
        occupation="",
        legal_rep_name=gen.name(),
        legal_rep_title="总经理",
        credit_code=f"91{gen.rng.randrange(10**16):016d}",
    )
    return row


class _Batch:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in bulk.TABLES}


def _parties(gen: _Generator, batch: _Batch, case_id: int, dtype: DisputeType) -> tuple[str, str]:
    names: dict[PartyRole, list[str]] = {PartyRole.APPLICANT: [], PartyRole.RESPONDENT: []}
    roles = [PartyRole.APPLICANT, PartyRole.RESPONDENT] + [PartyRole.THIRD_PARTY] * (gen.rng.random() < 0.08)
    if gen.rng.random() < 0.15:
        roles.insert(1, PartyRole.APPLICANT)
    org_likely = dtype in (DisputeType.LABOUR, DisputeType.PROPERTY_MGMT, DisputeType.CONSUMER, DisputeType.MEDICAL)
    for position, role in enumerate(roles):
        pid = gen.take_id("parties")
        is_org = role is PartyRole.RESPONDENT and org_likely and gen.rng.random() < 0.7
        party = _organisation(gen, pid) if is_org else _person(gen, pid)
        batch.rows["parties"].append(party)
        batch.rows["case_parties"].append(
            {
                "id": gen.take_id("case_parties"),
                "case_id": case_id,
                "party_id": pid,
                "role": role,
                "position": position,
                "requests": "要求对方赔偿损失并赔礼道歉。" if role is PartyRole.APPLICANT else "",
                "agent_name": "",
                "agent_id_number": None,
                "agent_phone": "",
                "agent_authority": None,
                "agent_relation": "",
            }
        )
        names.setdefault(role, []).append(party["name"])
    return "、".join(names[PartyRole.APPLICANT]), "、".join(names[PartyRole.RESPONDENT])


def _mediators(gen: _Generator, batch: _Batch, case_id: int) -> str:
    chosen = gen.rng.sample(pool.MEDIATORS, gen.rng.choice((1, 2, 2, 3)))
    for lead, (name, role) in enumerate(chosen):
        batch.rows["case_mediators"].append(
            {
                "id": gen.take_id("case_mediators"),
                "case_id": case_id,
                "user_id": None,
                "name": name,
                "role": role,
                "is_lead": lead == 0,
            }
        )
    return "、".join(name for name, _ in chosen)


def _agreement(gen: _Generator, batch: _Batch, case: dict[str, Any]) -> None:
    rng = gen.rng
    aid = gen.take_id("agreements")
    kind = AgreementKind.WRITTEN if rng.random() < 0.8 else AgreementKind.ORAL
    amount = rng.choice((None, rng.randrange(200, 50_000) * 100))
    # Signed within a few weeks of acceptance, but never after the case was closed or after today.
    effective = (case["accepted_at"] + timedelta(days=rng.randrange(1, 25))).date()
    latest = [gen.today, *([case["closed_at"].date()] if case["closed_at"] else [])]
    effective = max(min(effective, *latest), case["accepted_at"].date())
    batch.rows["agreements"].append(
        {
            "id": aid,
            "case_id": case["id"],
            "kind": kind,
            "number": _next_agreement_number(gen, effective.year),
            "facts": case["facts"],
            "disputed_matters": "赔偿数额及履行方式",
            "responsibilities": "双方各自承担相应责任。",
            "performance_manner": "现金或转账",
            "performance_place": "联调室",
            "performance_deadline": effective + timedelta(days=15),
            "amount_fen": amount,
            "copies": None,
            "effective_on": effective,
            "judicial_applied_on": None,
            "court_decision": None,
            "court_decided_on": None,
            "court_name": "",
            "version": 1,
            "created_at": case["accepted_at"],  # drafted once the case was accepted
            "updated_at": case["accepted_at"],
        }
    )
    for seq in range(1, rng.randrange(2, 5)):
        text = rng.choice(pool.TERMS).format(
            payer=case["respondent_names"],
            payee=case["applicant_names"],
            due=f"{effective + timedelta(days=15):%Y年%m月%d日}",
            amount=f"{(amount or 100_000) // 100:,}",
        )
        batch.rows["agreement_terms"].append(
            {
                "id": gen.take_id("agreement_terms"),
                "agreement_id": aid,
                "seq": seq,
                "text": text,
                "is_payment": "支付" in text,
                "amount_fen": amount if "支付" in text else None,
                "due_on": effective + timedelta(days=15),
            }
        )


def _next_agreement_number(gen: _Generator, year: int) -> str:
    seq = gen.agreement_seq[year] = gen.agreement_seq.get(year, 0) + 1
    return format_number(year, gen.agreement_prefix, seq)


def _case(gen: _Generator, batch: _Batch, received: datetime) -> None:
    rng = gen.rng
    cid = gen.take_id("cases")
    dtype = rng.choices(list(DisputeType), _TYPE_WEIGHTS)[0]
    status = gen.status(received)
    applicants, respondents = _parties(gen, batch, cid, dtype)
    numbered = status not in (CaseStatus.REGISTERED, CaseStatus.NOT_ACCEPTED)
    number = seq = None
    if numbered:
        seq = gen.last_seq.get(received.year, 0) + 1
        gen.last_seq[received.year] = seq
        number = format_number(received.year, gen.office.case_prefix, seq)
    accepted_at = received + timedelta(hours=rng.randrange(1, 30)) if numbered else None
    route = rng.choices(list(Route), (25, 55, 8, 8, 4))[0] if numbered else None
    outcome = {CaseStatus.SUCCEEDED: Outcome.SUCCESS, CaseStatus.FAILED: Outcome.FAILURE}.get(status)
    if status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
        outcome = Outcome.SUCCESS if rng.random() < 0.9 else Outcome.FAILURE
    facts = rng.choice(pool.FACTS[dtype])
    closed = accepted_at + timedelta(days=rng.randrange(1, 40)) if accepted_at and outcome else None
    grounds = _NOT_ACCEPTED[cid % 3] if status is CaseStatus.NOT_ACCEPTED else ()
    row = {
        "id": cid,
        "office_id": gen.office.id,
        "number": number,
        "number_year": received.year if numbered else None,
        "number_seq": seq,
        "title": f"{applicants.split('、')[0]}与{respondents.split('、')[0]}{dtype.zh}纠纷",
        "status": status,
        "outcome": outcome,
        "channel": rng.choices(list(Channel), _CHANNEL_WEIGHTS)[0],
        "referrer_unit": rng.choice(pool.REFERRERS) if rng.random() < 0.4 else "",
        "referrer_person": "",
        "received_at": received,
        "received_by_id": None,
        "dispute_type": dtype,
        "dispute_type_original": "",
        "place": f"{rng.choice(pool.COMMUNITIES)}{rng.choice(pool.STREETS)}",
        "occurred_at": received - timedelta(days=rng.randrange(0, 10)),
        "community": rng.choice(pool.COMMUNITIES),
        "grid": f"第{rng.randrange(1, 9)}网格",
        "people_involved": rng.choice((2, 2, 2, 3, 4, 6, 12)),
        "amount_fen": rng.choice((None, rng.randrange(100, 200_000) * 100)),
        "facts": facts,
        "risk": rng.choices(list(RiskLevel), _RISK_WEIGHTS)[0],
        "risk_suggested": None,
        "risk_reasons": "",
        "risk_override_reason": "",
        "may_escalate": rng.random() < 0.05,
        "route": route,
        "clock": None,
        "accepted_at": accepted_at,
        "due_date": add_months(accepted_at.date(), 1) if accepted_at else None,
        "closed_at": closed,
        "not_accepted_reason": grounds[0] if grounds else None,
        "not_accepted_grounds": ",".join(ground.value for ground in grounds),
        "decision_note": "",
        "competent_body_id": None,
        "termination_reason": "",
        "routes_told": "",
        "prevented_criminal": rng.random() < 0.03,
        "prevented_mass_petition": rng.random() < 0.01,
        "resolved_level": rng.choice(("community", "street")) if outcome else "",
        "archive_number": None,
        "archived_at": None,
        "applicant_names": applicants,
        "respondent_names": respondents,
        "mediator_names": _mediators(gen, batch, cid) if numbered else "",
        "import_key": None,
        "version": 1,
        "created_at": received,
        "updated_at": received,
    }
    batch.rows["cases"].append(row)
    if outcome is Outcome.SUCCESS:
        _agreement(gen, batch, row)


def _batches(gen: _Generator, count: int) -> Iterator[_Batch]:
    for first in range(0, count, BATCH):
        batch = _Batch()
        for index in range(first, min(count, first + BATCH)):
            _case(gen, batch, gen.received(index, count))
        yield batch


def _insert_batches(session: Any, gen: _Generator, cases: int, progress: Callable[[int, int], None] | None) -> None:
    """Bulk inserts with the search index's triggers off, then the index built for the new cases in one go."""
    first_id, done = gen.ids["cases"], 0
    with search_index.triggers_suspended(session):
        for batch in _batches(gen, cases):
            for table in bulk.TABLES:  # parents before children
                bulk.insert_rows(session, table, batch.rows[table])
            done += len(batch.rows["cases"])
            if progress:
                progress(done, cases)
        search_index.build_from(session, first_id)


def generate_demo(
    ctx: ServiceContext,
    cases: int,
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add ``cases`` synthetic cases in one transaction; numbers continue each year's counter."""
    check_arguments(locals(), generate_demo)
    today = today or date.today()
    with ctx.db.write() as session:
        office = session.get(Office, ctx.office_id)
        assert office is not None
        ids = bulk.next_ids(session)
        first_id = ids["cases"]
        gen = _Generator(
            random.Random(seed), ids, office, today, bulk.highest_sequences(session, office.id, CASE_SERIES)
        )
        gen.agreement_seq = bulk.highest_sequences(session, office.id, AGREEMENT_SERIES)
        _insert_batches(session, gen, cases, progress)
        bulk.raise_counters(session, office.id, CASE_SERIES, gen.last_seq.items())
        bulk.raise_counters(session, office.id, AGREEMENT_SERIES, gen.agreement_seq.items())
        record_event(
            session,
            user_id=ctx.user_id,
            action="demo",
            entity="case",
            entity_id=None,
            after={"cases": cases, "seed": seed},
        )
    return DemoResult(cases, first_id, first_id + cases - 1)
