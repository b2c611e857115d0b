"""调解成功: the written agreement edited as structure (checked for completeness before printing), its signing
(the case succeeds), the oral agreement (口头协议登记表), and 司法确认: the 30-day window, the application, the
court's decision. Printing the 协议书 gives it its number (services.documents, in the printing transaction)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.agreement_rules import (
    AgreementFacts,
    JudicialFacts,
    JudicialWindow,
    PartyFacts,
    Problem,
    TermFacts,
    agreement_problems,
    judicial_window,
    payment_total,
)
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, CourtDecision, FormCode, Outcome
from mediation_app.domain.workflow import check_transition
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import stale, writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.intake import CaseRef
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Agreement, AgreementTerm, Case


@dataclass(frozen=True)
class TermInput:
    text: str
    is_payment: bool = False
    amount_fen: int | None = None
    due_on: date | None = None


@dataclass(frozen=True)
class AgreementInput:
    terms: tuple[TermInput, ...] = ()
    facts: str = ""
    disputed_matters: str = ""
    responsibilities: str = ""
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    amount_fen: int | None = None  # None: the payment terms' sum
    copies: int | None = None  # None: parties + 1
    personal_status: bool | None = None  # 婚姻、收养等身份关系 (see domain.agreement_rules)


@dataclass(frozen=True)
class AgreementInfo:
    agreement_id: int
    case_id: int
    kind: AgreementKind
    number: str | None
    data: AgreementInput
    effective_on: date | None
    judicial_applied_on: date | None
    court_name: str
    court_decision: CourtDecision | None
    court_decided_on: date | None
    version: int
    problems: tuple[Problem, ...]  # what the 协议书 still lacks (empty: complete)
    judicial: JudicialWindow


def load_case(session: DbSession, case_id: int) -> Case:
    case = store.case_with_people(session, case_id)
    if case is None:
        raise ServiceError("case.missing", case_id=case_id)
    return case


def _party_facts(case: Case) -> tuple[PartyFacts, ...]:
    return tuple(
        PartyFacts(
            name=p.name,
            kind=p.kind,
            has_gender=p.gender is not None,
            has_birth_or_age=p.birth_date is not None or p.age is not None,
            address=p.address or p.employer,
            id_number=p.id_number or "",
            legal_rep_name=p.legal_rep_name,
        )
        for p in (link.party for link in case.parties)
    )


def _terms(data: AgreementInput) -> tuple[TermFacts, ...]:
    return tuple(TermFacts(n, t.text, t.is_payment, t.amount_fen, t.due_on) for n, t in enumerate(data.terms, 1))


def _facts(case: Case, data: AgreementInput, kind: AgreementKind) -> AgreementFacts:
    return AgreementFacts(
        parties=_party_facts(case),
        terms=_terms(data),
        facts=data.facts,
        disputed_matters=data.disputed_matters,
        responsibilities=data.responsibilities,
        performance_manner=data.performance_manner,
        performance_place=data.performance_place,
        performance_deadline=data.performance_deadline,
        amount_fen=data.amount_fen,
        copies=data.copies,
        written=kind is AgreementKind.WRITTEN,
    )


def check_agreement_input(ctx: ServiceContext, case_id: int, data: AgreementInput) -> list[Problem]:
    """What the agreement as typed (not yet saved) would still lack: the editor shows it as the user types."""
    with ctx.db.read() as session:
        return agreement_problems(_facts(load_case(session, case_id), data, AgreementKind.WRITTEN))


def _input_of(row: Agreement) -> AgreementInput:
    return AgreementInput(
        terms=tuple(TermInput(t.text, t.is_payment, t.amount_fen, t.due_on) for t in row.terms),
        facts=row.facts,
        disputed_matters=row.disputed_matters,
        responsibilities=row.responsibilities,
        performance_manner=row.performance_manner,
        performance_place=row.performance_place,
        performance_deadline=row.performance_deadline,
        amount_fen=row.amount_fen,
        copies=row.copies,
        personal_status=row.personal_status,
    )


def judicial_facts(case: Case, row: Agreement) -> JudicialFacts:
    return JudicialFacts(
        written=row.kind is AgreementKind.WRITTEN,
        effective_on=row.effective_on,
        dispute_type=case.dispute_type,
        personal_status=row.personal_status,
        applied_on=row.judicial_applied_on,
        decision=row.court_decision,
    )


def problems_of(case: Case, row: Agreement) -> list[Problem]:
    """What the stored agreement still lacks (the case's parties loaded)."""
    return agreement_problems(_facts(case, _input_of(row), row.kind))


def judicial_of(case: Case, row: Agreement, today: date) -> JudicialWindow:
    return judicial_window(judicial_facts(case, row), today)


def agreement_info(case: Case, row: Agreement, today: date) -> AgreementInfo:
    data = _input_of(row)
    return AgreementInfo(
        agreement_id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        number=row.number,
        data=data,
        effective_on=row.effective_on,
        judicial_applied_on=row.judicial_applied_on,
        court_name=row.court_name,
        court_decision=row.court_decision,
        court_decided_on=row.court_decided_on,
        version=row.version,
        problems=tuple(agreement_problems(_facts(case, data, row.kind))),
        judicial=judicial_window(judicial_facts(case, row), today),
    )


def _check_input(data: AgreementInput) -> None:
    """Refuse what can never be right (the completeness check reports what is merely missing)."""
    amounts = [("amount", data.amount_fen)] + [(f"terms.{n}.amount", t.amount_fen) for n, t in enumerate(data.terms, 1)]
    for field, amount in amounts:
        if amount is not None and amount < 0:
            raise ServiceError("amount.negative", field=field)
    if data.copies is not None and data.copies < 1:
        raise ServiceError("agreement.copies_invalid", field="copies")


def _fill(session: DbSession, row: Agreement, data: AgreementInput) -> None:
    row.facts, row.disputed_matters = data.facts.strip(), data.disputed_matters.strip()
    row.responsibilities = data.responsibilities.strip()
    row.performance_manner, row.performance_place = data.performance_manner.strip(), data.performance_place.strip()
    row.performance_deadline, row.copies, row.personal_status = (
        data.performance_deadline,
        data.copies,
        data.personal_status,
    )
    total = payment_total(_terms(data))
    row.amount_fen = data.amount_fen if data.amount_fen is not None else (total or None)
    if row.terms:  # the old terms go first: (agreement, seq) is unique
        for term in row.terms:  # deleted one by one, so the audit trail records each (an orphan is not seen)
            session.delete(term)
        session.flush()
        row.terms.clear()
        store.touch(row)  # a save with other terms is a new version even if no column changed
    row.terms = [
        AgreementTerm(seq=n, text=t.text.strip(), is_payment=t.is_payment, amount_fen=t.amount_fen, due_on=t.due_on)
        for n, t in enumerate(data.terms, 1)
    ]


def load_agreement(session: DbSession, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise ServiceError("agreement.missing", agreement_id=agreement_id)
    return row


def _draft(session: DbSession, case: Case, agreement_id: int | None, version: int | None) -> Agreement:
    if agreement_id is None:
        unsigned = [a for a in store.agreements_of(session, case.id) if a.effective_on is None]
        if unsigned:
            raise ServiceError("agreement.draft_exists", agreement_id=unsigned[0].id)
        row = Agreement(case_id=case.id, kind=AgreementKind.WRITTEN)
        session.add(row)
        return row
    row = load_agreement(session, agreement_id)
    if row.case_id != case.id or row.kind is not AgreementKind.WRITTEN:
        raise ServiceError("agreement.missing", agreement_id=agreement_id)
    stale(row.version, version, "agreement", session=session, row=row)
    if row.effective_on is not None:
        raise ServiceError("agreement.effective", effective_on=str(row.effective_on))
    return row


def save_agreement(
    ctx: ServiceContext,
    case_id: int,
    data: AgreementInput,
    *,
    agreement_id: int | None = None,
    version: int | None = None,
    today: date | None = None,
    override_reason: str = "",
) -> AgreementInfo:
    """Save the written agreement being drafted (a new one, or ``agreement_id`` at the ``version`` read). An
    incomplete draft is saved too; its ``problems`` say what it lacks. A signed agreement is never edited."""
    check_arguments(locals(), save_agreement)
    _check_input(data)
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        case = load_case(session, case_id)
        row = _draft(session, case, agreement_id, version)  # a signed one is refused as such, whatever the status
        if case.status is not CaseStatus.MEDIATING:
            raise ServiceError("agreement.not_mediating", status=case.status.value)
        _fill(session, row, data)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="save",
            entity="agreement",
            entity_id=row.id,
            case_id=case.id,
            after={"terms": [t.text for t in row.terms], "amount_fen": row.amount_fen},
        )
        return agreement_info(case, row, today or date.today())


def get_agreement(ctx: ServiceContext, agreement_id: int, *, today: date | None = None) -> AgreementInfo:
    with ctx.db.read() as session:
        row = load_agreement(session, agreement_id)
        return agreement_info(load_case(session, row.case_id), row, today or date.today())


def case_agreements(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> list[AgreementInfo]:
    """The case's agreements, oldest first, each with its completeness and 司法确认 window."""
    with ctx.db.read() as session:
        case = load_case(session, case_id)
        return [agreement_info(case, row, today or date.today()) for row in store.agreements_of(session, case_id)]


def _succeed(case: Case, on: date) -> None:
    check_transition(case.status, CaseStatus.SUCCEEDED)
    case.status, case.outcome = CaseStatus.SUCCEEDED, Outcome.SUCCESS
    case.closed_at = datetime.combine(on, datetime.min.time())  # 结案: the day mediation concluded


def _check_day(case: Case, on: date, today: date, field: str) -> None:
    if on > today:
        raise ServiceError("agreement.date_future", field=field)
    if case.accepted_at is not None and on < case.accepted_at.date():
        raise ServiceError("agreement.date_before_acceptance", field=field)


def _check_printed(session: DbSession, case: Case, row: Agreement) -> None:
    """The paper signed must be the agreement on record: printed with its number, and not edited since."""
    printed = [d for d in store.issued_of(session, case.id) if d.form is FormCode.AGREEMENT and d.number == row.number]
    if row.number is None or not printed:
        raise ServiceError("agreement.not_printed")
    context = json.loads(printed[-1].context_json)
    if context.get("terms") != [t.text for t in row.terms] or context.get("facts") != (row.facts or case.facts):
        raise ServiceError("agreement.changed_since_printed", number=row.number)


def mark_effective(
    ctx: ServiceContext, agreement_id: int, signed_on: date, *, today: date | None = None, override_reason: str = ""
) -> CaseRef:
    """The parties signed (and fingerprinted) and the committee sealed on ``signed_on``: the agreement is in
    effect, the case has succeeded and the 司法确认 window starts to run."""
    check_arguments(locals(), mark_effective)
    with ctx.db.write() as session:
        row = load_agreement(session, agreement_id)
        writable_case(session, ctx, row.case_id, override_reason)
        case = load_case(session, row.case_id)
        if row.kind is not AgreementKind.WRITTEN or row.effective_on is not None:
            raise ServiceError("agreement.effective", effective_on=str(row.effective_on or ""))
        if problems := agreement_problems(_facts(case, _input_of(row), row.kind)):
            raise ServiceError("agreement.incomplete", count=len(problems), first=problems[0].code)
        _check_day(case, signed_on, today or date.today(), "signed_on")
        _check_printed(session, case, row)
        row.effective_on = signed_on
        _succeed(case, signed_on)
        record_event(
            session,
            user_id=ctx.user_id,
            action="effective",
            entity="agreement",
            entity_id=row.id,
            case_id=case.id,
            after={"number": row.number, "effective_on": signed_on},
        )
        return CaseRef(case.id, case.number, case.status)


def register_oral_agreement(
    ctx: ServiceContext,
    case_id: int,
    agreed_on: date,
    data: AgreementInput,
    *,
    today: date | None = None,
    override_reason: str = "",
) -> CaseRef:
    """口头协议 (Art. 28, 30): the parties need no written agreement; its content is registered and the case has
    succeeded. Payment terms still need their amount and due date."""
    check_arguments(locals(), register_oral_agreement)
    _check_input(data)
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        case = load_case(session, case_id)
        _check_day(case, agreed_on, today or date.today(), "agreed_on")
        if problems := agreement_problems(_facts(case, data, AgreementKind.ORAL)):
            first = problems[0]
            raise ServiceError(first.code, field=first.field, **first.params)
        check_transition(case.status, CaseStatus.SUCCEEDED)
        row = Agreement(case_id=case.id, kind=AgreementKind.ORAL, effective_on=agreed_on)
        _fill(session, row, data)
        session.add(row)
        _succeed(case, agreed_on)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="oral_agreement",
            entity="agreement",
            entity_id=row.id,
            case_id=case.id,
            after={"agreed_on": agreed_on, "terms": [t.text for t in row.terms]},
        )
        return CaseRef(case.id, case.number, case.status)
