"""受理登记: registering a dispute with its parties, checking what was typed, and accepting it (with its number)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mediation_app.domain.clocks import clock_for_route, due_date
from mediation_app.domain.identity import (
    check_credit_code,
    check_id_number,
    check_phone,
    normalise_id_number,
)
from mediation_app.domain.risk import REPEAT_DISPUTES, RiskFacts, RiskSuggestion, suggest_risk
from mediation_app.domain.vocabulary import (
    AgentAuthority,
    CaseStatus,
    Channel,
    ClockKind,
    DisputeType,
    Gender,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
)
from mediation_app.domain.workflow import check_transition
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.setup import session_calendar
from mediation_app.storage import parties as party_store
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.cases import add_case, assign_case_number
from mediation_app.storage.engine import DbSession as Session
from mediation_app.storage.models import Case, CaseParty, IntakeDraft, Office, Party

MAX_AGE = 150


@dataclass(frozen=True)
class PartyInput:
    name: str
    role: PartyRole
    kind: PartyKind = PartyKind.PERSON
    id_number: str = ""
    phone: str = ""
    address: str = ""
    requests: str = ""
    gender: Gender | None = None
    ethnicity: str = ""
    birth_date: date | None = None
    age: int | None = None
    occupation: str = ""
    employer: str = ""
    credit_code: str = ""  # organisation: 统一社会信用代码
    legal_rep_name: str = ""
    legal_rep_title: str = ""
    agent_name: str = ""
    agent_id_number: str = ""
    agent_phone: str = ""
    agent_relation: str = ""
    agent_authority: AgentAuthority | None = None
    party_id: int | None = None  # a known party reused: its stored details are brought up to date


@dataclass(frozen=True)
class IntakeInput:
    channel: Channel
    dispute_type: DisputeType
    facts: str
    parties: tuple[PartyInput, ...]
    received_at: datetime | None = None
    title: str = ""
    community: str = ""
    risk: RiskLevel | None = None  # None: take the suggested colour
    amount_fen: int | None = None
    people_involved: int = 0
    may_escalate: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    referrer_unit: str = ""
    referrer_person: str = ""
    place: str = ""
    occurred_at: datetime | None = None
    grid: str = ""
    received_by_id: int | None = None  # the receiving staff member (default: the signed-in user)
    risk_override_reason: str = ""  # required when ``risk`` differs from the suggestion
    draft_id: int | None = None  # the draft this intake was typed in: removed in the same save


@dataclass(frozen=True)
class CaseRef:
    case_id: int
    number: str | None
    status: CaseStatus


@dataclass(frozen=True)
class _Fault:
    """Makes the error for one field of party ``index`` (``parties.<i>.<field>``)."""

    index: int

    def __call__(self, name: str, code: str, **params: object) -> ServiceError:
        return ServiceError(code, index=self.index, field=f"parties.{self.index}.{name}", **params)


def _party_problem(index: int, p: PartyInput, today: date) -> ServiceError | None:
    """The first fault in one party's particulars, naming the field."""
    fault = _Fault(index)
    if not p.name.strip():
        return fault("name", "intake.party_name")
    if p.id_number.strip():
        check = check_id_number(p.id_number, today=today)
        if not check.ok:
            return fault("id_number", check.code or "id.invalid")
        if p.birth_date is not None and check.birth_date != p.birth_date:
            return fault("birth_date", "intake.birth_mismatch", id_birth=str(check.birth_date))
        if p.gender is not None and check.gender is not p.gender:
            return fault("gender", "intake.gender_mismatch")
    if p.birth_date is not None and p.birth_date > today:
        return fault("birth_date", "intake.birth_future")
    if p.age is not None and not 0 <= p.age <= MAX_AGE:
        return fault("age", "intake.age_range")
    if p.phone.strip() and not (phone := check_phone(p.phone)).ok:
        return fault("phone", phone.code or "phone.format")
    if p.kind is PartyKind.ORGANISATION and p.credit_code.strip() and (code := check_credit_code(p.credit_code)):
        return fault("credit_code", code)
    return _agent_problem(p, today, fault)


def _agent_problem(p: PartyInput, today: date, fault: _Fault) -> ServiceError | None:
    if (p.agent_id_number.strip() or p.agent_phone.strip() or p.agent_authority) and not p.agent_name.strip():
        return fault("agent_name", "intake.agent_name")
    if p.agent_id_number.strip() and not (check := check_id_number(p.agent_id_number, today=today)).ok:
        return fault("agent_id_number", check.code or "id.invalid")
    if p.agent_phone.strip() and not (phone := check_phone(p.agent_phone)).ok:
        return fault("agent_phone", phone.code or "phone.format")
    return None


def check_intake(data: IntakeInput, *, today: date | None = None) -> list[ServiceError]:
    """Every fault in an intake, each naming its field, in the order of the form (empty: it may be saved)."""
    day = today or date.today()
    problems: list[ServiceError] = []
    if not data.parties or not any(p.role is PartyRole.APPLICANT for p in data.parties):
        problems.append(ServiceError("intake.no_applicant", field="parties"))
    for index, party in enumerate(data.parties):
        if problem := _party_problem(index, party, day):
            problems.append(problem)
    if data.amount_fen is not None and data.amount_fen < 0:
        problems.append(ServiceError("amount.negative", field="amount"))
    if data.people_involved < 0:
        problems.append(ServiceError("intake.people_negative", field="people_involved"))
    moment = datetime.combine(day, datetime.max.time())
    if data.occurred_at is not None and data.occurred_at > moment:
        problems.append(ServiceError("intake.occurred_future", field="occurred_at"))
    if data.received_at is not None and data.received_at > moment:
        problems.append(ServiceError("intake.received_future", field="received_at"))
    return problems


def suggested_risk(ctx: ServiceContext, data: IntakeInput, *, today: date | None = None) -> RiskSuggestion:
    """The colour the data suggests (a repeat disputant among the parties counts), with its reasons."""
    with ctx.db.read() as session:
        repeat = _any_repeat_disputant(session, data, today or date.today())
    return suggest_risk(_risk_facts(data, repeat))


def _risk_facts(data: IntakeInput, repeat: bool) -> RiskFacts:
    return RiskFacts(data.dispute_type, data.channel, data.people_involved, data.amount_fen, data.may_escalate, repeat)


def _any_repeat_disputant(session: Session, data: IntakeInput, today: date) -> bool:
    """Whether a party, with this dispute, is in three or more disputes within a year."""
    since = datetime.combine(today - timedelta(days=365), datetime.min.time())
    for p in data.parties:
        party_ids = party_store.matching_party_ids(
            session, party_id=p.party_id, id_number=_normal_id(p.id_number), name=p.name.strip(), phone=p.phone
        )
        if party_ids and party_store.disputes_since(session, party_ids, since) + 1 >= REPEAT_DISPUTES:
            return True
    return False


def _normal_id(text: str) -> str:
    return normalise_id_number(text) if text.strip() else ""


def register_case(ctx: ServiceContext, data: IntakeInput) -> CaseRef:
    """Save a registration (登记); it gets its number when accepted."""
    check_arguments(locals(), register_case)
    return _register(ctx, data, accept=False)


def register_and_accept_case(ctx: ServiceContext, data: IntakeInput) -> CaseRef:
    """登记并受理 in one transaction: either the case is saved with its number, or nothing is saved."""
    check_arguments(locals(), register_and_accept_case)
    return _register(ctx, data, accept=True)


def _register(ctx: ServiceContext, data: IntakeInput, *, accept: bool) -> CaseRef:
    if problems := check_intake(data):
        raise problems[0]
    title = data.title.strip() or f"{data.parties[0].name.strip()}{data.dispute_type.zh}纠纷"
    received = data.received_at or now()
    with ctx.db.write() as session:
        suggestion = suggest_risk(_risk_facts(data, _any_repeat_disputant(session, data, received.date())))
        risk = data.risk or suggestion.level
        if risk is not suggestion.level and not data.risk_override_reason.strip():
            raise ServiceError("intake.risk_reason", field="risk_override_reason", suggested=suggestion.level.value)
        case = Case(
            office_id=ctx.office_id,
            title=title,
            status=CaseStatus.REGISTERED,
            channel=data.channel,
            referrer_unit=data.referrer_unit.strip(),
            referrer_person=data.referrer_person.strip(),
            received_at=received,
            received_by_id=data.received_by_id or ctx.user_id,
            dispute_type=data.dispute_type,
            place=data.place.strip(),
            occurred_at=data.occurred_at,
            facts=data.facts,
            community=data.community.strip(),
            grid=data.grid.strip(),
            risk=risk,
            risk_suggested=suggestion.level,
            risk_reasons="；".join(reason.zh for reason in suggestion.reasons),
            risk_override_reason=data.risk_override_reason.strip() if risk is not suggestion.level else "",
            amount_fen=data.amount_fen,
            people_involved=data.people_involved,
            may_escalate=data.may_escalate,
        )
        add_case(session, case, _party_rows(session, data))
        if data.draft_id is not None and (draft := session.get(IntakeDraft, data.draft_id)) is not None:
            session.delete(draft)  # the typed intake is now the case: its draft goes in the same save
        record_event(
            session,
            user_id=ctx.user_id,
            action="register",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            after={"title": title, "channel": data.channel.value, "risk": risk.value},
        )
        if accept:
            _accept(ctx, session, case, received)
        return CaseRef(case.id, case.number, case.status)


def _party_rows(session: Session, data: IntakeInput) -> list[tuple[Party, CaseParty]]:
    rows = []
    for p in data.parties:
        party = session.get(Party, p.party_id) if p.party_id is not None else None
        if party is None:
            party = Party(kind=p.kind)
        _fill_party(party, p)
        link = CaseParty(
            role=p.role,
            requests=p.requests.strip(),
            agent_name=p.agent_name.strip(),
            agent_id_number=_normal_id(p.agent_id_number) or None,
            agent_phone=p.agent_phone.strip(),
            agent_relation=p.agent_relation.strip(),
            agent_authority=p.agent_authority if p.agent_name.strip() else None,
        )
        rows.append((party, link))
    return rows


def _fill_party(party: Party, p: PartyInput) -> None:
    """The typed particulars; for a known party an empty field keeps what was stored."""
    typed: dict[str, object] = {
        "name": p.name.strip(),
        "phone": p.phone.strip(),
        "address": p.address.strip(),
        "id_number": _normal_id(p.id_number) or None,
        "gender": p.gender,
        "ethnicity": p.ethnicity.strip(),
        "birth_date": p.birth_date,
        "age": p.age,
        "occupation": p.occupation.strip(),
        "employer": p.employer.strip(),
        "credit_code": _normal_id(p.credit_code) or None,
        "legal_rep_name": p.legal_rep_name.strip(),
        "legal_rep_title": p.legal_rep_title.strip(),
    }
    if p.kind is PartyKind.PERSON and typed["gender"] is None and typed["id_number"]:
        typed["gender"] = check_id_number(str(typed["id_number"])).gender  # the ID says it
    if p.kind is PartyKind.PERSON and p.birth_date is None and typed["id_number"]:
        typed["birth_date"] = check_id_number(str(typed["id_number"])).birth_date
    if typed["birth_date"] is not None:
        typed["age"] = None  # the birth date says it
    for key, value in typed.items():
        if value not in (None, "") or party.id is None:
            setattr(party, key, value if value is not None or key not in _NOT_NULL else "")
    party.kind = p.kind


_NOT_NULL = frozenset({"ethnicity", "occupation", "employer", "legal_rep_name", "legal_rep_title", "phone", "address"})


def accept_case(
    ctx: ServiceContext,
    case_id: int,
    *,
    when: datetime | None = None,
    route: Route = Route.PEOPLES_MEDIATION,
    court_clock: ClockKind | None = None,
) -> CaseRef:
    """受理: the case gets its number and its clock in the same transaction as the status change."""
    check_arguments(locals(), accept_case)
    with ctx.db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        _accept(ctx, session, case, when or now(), route, court_clock)
        return CaseRef(case.id, case.number, case.status)


def _accept(
    ctx: ServiceContext,
    session: Session,
    case: Case,
    accepted_at: datetime,
    route: Route = Route.PEOPLES_MEDIATION,
    court_clock: ClockKind | None = None,
) -> None:
    office = session.get(Office, ctx.office_id)
    if office is None:
        raise ServiceError("office.missing", office_id=ctx.office_id)
    check_transition(case.status, CaseStatus.ACCEPTED)
    number = case.number or assign_case_number(session, case, office, accepted_at)
    case.status, case.accepted_at = CaseStatus.ACCEPTED, accepted_at
    start_clock(session, case, route, accepted_at.date(), court_clock)
    session.flush()
    record_event(
        session,
        user_id=ctx.user_id,
        action="accept",
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        after={"number": number, "route": route.value, "due": str(case.due_date)},
    )


def start_clock(session: Session, case: Case, route: Route, start: date, court_clock: ClockKind | None = None) -> None:
    """The route's clock from ``start``: 人民调解 one month, 治安调解 3 working days, 劳动争议 15 days, 法院 30/15/7."""
    clock = clock_for_route(route, court_kind=court_clock)
    case.route, case.clock = route, clock
    case.due_date = due_date(clock, start, session_calendar(session))
