"""What a mediation agreement must say (人民调解法 Art. 29, 若干规定 Art. 35) and its 司法确认 window (Art. 33).

The completeness check lists every missing element at once, so the mediator can fix them before printing. The
司法确认 window runs 30 days from the day the agreement took effect; personal-status matters (婚姻、收养等身份关系,
最高法《关于人民调解协议司法确认程序的若干规定》Art. 4) can never be confirmed. A case says so with an explicit
flag on its agreement, because a 婚姻家庭 dispute may also end in a confirmable money agreement (抚养费、赡养费):
the flag is required for that type, and optional (default: not personal status) for the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CourtDecision, DisputeType, PartyKind, Vocabulary

JUDICIAL_WINDOW_DAYS = 30  # 人民调解法 Art. 33: 自调解协议生效之日起三十日内


@dataclass(frozen=True)
class Problem:
    """One thing missing or wrong, with the field it concerns (for the form) and the message's params."""

    code: str
    field: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PartyFacts:
    name: str
    kind: PartyKind = PartyKind.PERSON
    has_gender: bool = False
    has_birth_or_age: bool = False
    address: str = ""  # 住所 (or 工作单位) for a person, 地址 for an organisation
    id_number: str = ""
    legal_rep_name: str = ""


@dataclass(frozen=True, slots=True)
class TermFacts:
    seq: int
    text: str
    is_payment: bool = False
    amount_fen: int | None = None
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class AgreementFacts:
    parties: tuple[PartyFacts, ...]
    terms: tuple[TermFacts, ...]
    facts: str = ""
    disputed_matters: str = ""
    responsibilities: str = ""
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    amount_fen: int | None = None
    copies: int | None = None
    written: bool = True


def payment_total(terms: tuple[TermFacts, ...]) -> int:
    """The sum of the payment terms' amounts (terms without an amount count nothing)."""
    return sum(t.amount_fen or 0 for t in terms if t.is_payment)


def _party_problems(index: int, party: PartyFacts) -> list[Problem]:
    """The particulars 若干规定 Art. 35 names: a person's gender, age, address and ID; an organisation's address
    and legal representative (名称 is the party's name, always present)."""
    needed: list[tuple[bool, str, str]]
    if party.kind is PartyKind.ORGANISATION:
        needed = [
            (bool(party.address.strip()), "agreement.party_address", "address"),
            (bool(party.legal_rep_name.strip()), "agreement.party_legal_rep", "legal_rep_name"),
        ]
    else:
        needed = [
            (party.has_gender, "agreement.party_gender", "gender"),
            (party.has_birth_or_age, "agreement.party_birth", "birth_date"),
            (bool(party.address.strip()), "agreement.party_address", "address"),
            (bool(party.id_number.strip()), "agreement.party_id_number", "id_number"),
        ]
    name = {"name": party.name, "index": index}
    return [Problem(code, f"parties.{index}.{field}", name) for ok, code, field in needed if not ok]


def _term_problems(terms: tuple[TermFacts, ...], deadline: date | None) -> list[Problem]:
    problems: list[Problem] = []
    for term in terms:
        where, seq = f"terms.{term.seq}", {"seq": term.seq}
        if not term.text.strip():
            problems.append(Problem("agreement.term_text", f"{where}.text", seq))
        if term.is_payment and not (term.amount_fen and term.amount_fen > 0):
            problems.append(Problem("agreement.payment_amount", f"{where}.amount", seq))
        if term.is_payment and term.due_on is None:
            problems.append(Problem("agreement.payment_due", f"{where}.due_on", seq))
        if term.due_on is not None and deadline is not None and term.due_on > deadline:
            problems.append(Problem("agreement.term_after_deadline", f"{where}.due_on", {**seq, "deadline": deadline}))
    return problems


def _text_problems(facts: AgreementFacts) -> list[Problem]:
    texts = (
        (facts.facts, "agreement.facts", "facts"),
        (facts.disputed_matters, "agreement.disputed_matters", "disputed_matters"),
        (facts.responsibilities, "agreement.responsibilities", "responsibilities"),
        (facts.performance_manner, "agreement.performance_manner", "performance_manner"),
        (facts.performance_place, "agreement.performance_place", "performance_place"),
    )
    problems = [Problem(code, field) for text, code, field in texts if not text.strip()]
    if facts.performance_deadline is None:
        problems.append(Problem("agreement.performance_deadline", "performance_deadline"))
    return problems


def agreement_problems(facts: AgreementFacts) -> list[Problem]:
    """Everything a 协议书 lacks, in the order of the paper; empty when it may be printed.

    A written agreement needs each party's basic particulars, the facts, the disputed matters, each side's
    responsibility, at least one numbered term, the performance manner, place and deadline, and N = parties + 1
    copies at least. Every payment term (written or oral) needs its amount and its own due date, and no term may
    fall due after the performance deadline; a stated total must equal the payment terms' sum.
    """
    problems: list[Problem] = []
    if facts.written:
        if len(facts.parties) < 2:
            problems.append(Problem("agreement.parties", "parties"))
        for index, party in enumerate(facts.parties):
            problems += _party_problems(index, party)
        problems += _text_problems(facts)
    if not facts.terms:
        problems.append(Problem("agreement.no_terms", "terms"))
    problems += _term_problems(facts.terms, facts.performance_deadline if facts.written else None)
    total = payment_total(facts.terms)
    if facts.amount_fen is not None and total and facts.amount_fen != total:
        problems.append(Problem("agreement.amount_mismatch", "amount", {"amount": facts.amount_fen, "total": total}))
    needed = len(facts.parties) + 1
    if facts.written and facts.copies is not None and facts.copies < needed:
        problems.append(Problem("agreement.copies", "copies", {"copies": facts.copies, "needed": needed}))
    return problems


class JudicialState(Vocabulary):
    """Where an agreement stands towards 司法确认."""

    NOT_WRITTEN = ("not_written", "口头协议不能申请", "Oral agreement: not possible")
    NOT_EFFECTIVE = ("not_effective", "协议尚未生效", "Agreement not yet in effect")
    BLOCKED = ("blocked", "不适用司法确认", "Not open to judicial confirmation")
    OPEN = ("open", "可申请", "Open")
    CLOSED = ("closed", "申请期限已过", "Window closed")
    APPLIED = ("applied", "已申请", "Applied")
    DECIDED = ("decided", "法院已作出裁定", "Court has decided")


@dataclass(frozen=True, slots=True)
class JudicialWindow:
    """``days_left`` counts to the deadline from today (0: the last day; negative: closed)."""

    state: JudicialState
    deadline: date | None = None
    days_left: int | None = None
    reason: str | None = None  # the code saying why application is not possible now


@dataclass(frozen=True, slots=True)
class JudicialFacts:
    written: bool
    effective_on: date | None
    dispute_type: DisputeType
    personal_status: bool | None
    applied_on: date | None = None
    decision: CourtDecision | None = None


def judicial_deadline(effective_on: date) -> date:
    """The last day both parties may apply: the 30th day after the agreement took effect."""
    return effective_on + timedelta(days=JUDICIAL_WINDOW_DAYS)


def personal_status_block(dispute_type: DisputeType, personal_status: bool | None) -> str | None:
    """Why a personal-status matter cannot be confirmed; a 婚姻家庭 agreement must say whether it is one."""
    if personal_status:
        return "judicial.personal_status"
    if personal_status is None and dispute_type is DisputeType.MARRIAGE_FAMILY:
        return "judicial.personal_status_unanswered"
    return None


def judicial_window(facts: JudicialFacts, today: date) -> JudicialWindow:
    if not facts.written:
        return JudicialWindow(JudicialState.NOT_WRITTEN, reason="judicial.oral")
    if facts.effective_on is None:
        return JudicialWindow(JudicialState.NOT_EFFECTIVE, reason="judicial.not_effective")
    deadline = judicial_deadline(facts.effective_on)
    days_left = (deadline - today).days
    if facts.decision is not None:
        return JudicialWindow(JudicialState.DECIDED, deadline, days_left, "judicial.already_applied")
    if facts.applied_on is not None:
        return JudicialWindow(JudicialState.APPLIED, deadline, days_left, "judicial.already_applied")
    if block := personal_status_block(facts.dispute_type, facts.personal_status):
        return JudicialWindow(JudicialState.BLOCKED, deadline, days_left, block)
    if days_left < 0:
        return JudicialWindow(JudicialState.CLOSED, deadline, days_left, "judicial.window_closed")
    return JudicialWindow(JudicialState.OPEN, deadline, days_left)


def check_judicial_application(facts: JudicialFacts, applied_on: date) -> None:
    """Raise DomainError unless both parties may apply on ``applied_on`` (the window judged on that day)."""
    if facts.effective_on is not None and applied_on < facts.effective_on:
        raise DomainError("judicial.before_effective", effective_on=facts.effective_on)
    window = judicial_window(facts, applied_on)
    if window.state is not JudicialState.OPEN:
        raise DomainError(window.reason or "judicial.window_closed", deadline=window.deadline)


def check_court_decision(applied_on: date | None, decided_on: date) -> None:
    if applied_on is None:
        raise DomainError("judicial.not_applied")
    if decided_on < applied_on:
        raise DomainError("judicial.decision_before_application", applied_on=applied_on)
