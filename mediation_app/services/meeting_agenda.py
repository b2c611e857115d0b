"""The 联席会议's case side: the 疑难 flag, a mediator putting a case forward, and the agenda proposed from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mediation_app.domain.vocabulary import CaseStatus, RiskLevel, Vocabulary
from mediation_app.domain.workflow import is_open
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import meeting_queries as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.models import Case

PROPOSAL_LIMIT = 200  # candidates offered at once; the rest are counted
PROPOSAL_MAX_CHARS = 500


class AgendaReason(Vocabulary):
    """Why a case is proposed for the agenda (stored comma-joined in ``joint_meeting_items.agenda_reason``)."""

    DIFFICULT = ("difficult", "疑难", "Difficult")
    PROPOSED = ("proposed", "调解员提请", "Put forward")
    RED = ("red", "红色预警", "Red")
    ORANGE = ("orange", "橙色预警", "Orange")
    OVERDUE = ("overdue", "超期未结", "Overdue")


@dataclass(frozen=True)
class AgendaCandidate:
    case_id: int
    case_number: str | None
    title: str
    risk: RiskLevel
    status: CaseStatus
    due_date: date | None
    mediators: str
    reasons: tuple[AgendaReason, ...]  # empty: added by hand
    proposal: str  # the mediator's words, if put forward


@dataclass(frozen=True)
class AgendaProposal:
    candidates: tuple[AgendaCandidate, ...]
    total: int  # candidates in all (``candidates`` holds at most PROPOSAL_LIMIT)
    since: datetime | None  # the previous meeting: proposals made after it count


@dataclass(frozen=True)
class CaseMeetingFlags:
    case_id: int
    difficult: bool
    proposed_at: datetime | None
    proposal: str


def reasons_of(row: Any, today: date, since: datetime | None) -> tuple[AgendaReason, ...]:
    """The reasons a candidate row (meeting_queries.CANDIDATE_COLUMNS) is on the agenda, in a fixed order."""
    _id, _number, _title, risk, status, due, difficult, proposed_at, _proposal, _mediators = row
    open_case = is_open(status)
    found = {
        AgendaReason.DIFFICULT: open_case and difficult,
        AgendaReason.PROPOSED: proposed_at is not None and (since is None or proposed_at > since),
        AgendaReason.RED: open_case and risk is RiskLevel.RED,
        AgendaReason.ORANGE: open_case and risk is RiskLevel.ORANGE,
        AgendaReason.OVERDUE: open_case and due is not None and due < today,
    }
    return tuple(reason for reason, applies in found.items() if applies)


def candidate(row: Any, reasons: tuple[AgendaReason, ...]) -> AgendaCandidate:
    case_id, number, title, risk, status, due, _difficult, _at, proposal, mediators = row
    return AgendaCandidate(case_id, number, title, risk, status, due, mediators, reasons, proposal)


def _priority(c: AgendaCandidate) -> tuple[int, date, int]:
    order = list(AgendaReason)
    first = min((order.index(r) for r in c.reasons), default=len(order))
    return first, c.due_date or date.max, c.case_id


def propose_agenda(
    ctx: ServiceContext, held_at: datetime, today: date, *, meeting_id: int | None = None
) -> AgendaProposal:
    """Open cases flagged 疑难, red or orange, or overdue, and cases put forward since the previous meeting,
    each with its reasons: 疑难 and put-forward cases first, then red, orange, overdue (earliest due first)."""
    with ctx.db.read() as session:
        since = store.last_meeting_before(session, held_at, office_id=ctx.office_id, exclude=meeting_id)
        rows = {row[0]: row for row in store.open_candidates(session, today)}
        rows.update({row[0]: row for row in store.proposed_since(session, since)})
    found = [candidate(row, reasons) for row in rows.values() if (reasons := reasons_of(row, today, since))]
    found.sort(key=_priority)
    return AgendaProposal(tuple(found[:PROPOSAL_LIMIT]), len(found), since)


def find_agenda_case(ctx: ServiceContext, number: str, held_at: datetime, today: date) -> AgendaCandidate:
    """A case to add to the agenda by hand, by its number (with whatever reasons it has)."""
    wanted = number.strip()
    if not wanted:
        raise ServiceError("meeting.case_number", field="case_number")
    with ctx.db.read() as session:
        row = store.candidate_by_number(session, wanted)
        if row is None:
            raise ServiceError("meeting.case_unknown", case=wanted, field="case_number")
        since = store.last_meeting_before(session, held_at, office_id=ctx.office_id)
    return candidate(row, reasons_of(row, today, since))


def _flags(case: Case) -> CaseMeetingFlags:
    return CaseMeetingFlags(case.id, case.difficult, case.meeting_proposed_at, case.meeting_proposal)


def case_meeting_flags(ctx: ServiceContext, case_id: int) -> CaseMeetingFlags:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        return _flags(case)


def update_case_meeting_flags(
    ctx: ServiceContext, case_id: int, *, difficult: bool, proposal: str | None
) -> CaseMeetingFlags:
    """Mark or unmark 疑难, and put the case forward for the next meeting with a reason (``proposal`` text) or
    withdraw it (None); each change is one audit event on the case."""
    check_arguments(locals(), update_case_meeting_flags)
    reason = None if proposal is None else proposal.strip()
    if reason is not None and not reason:
        raise ServiceError("meeting.proposal_reason", field="proposal")
    if reason is not None and len(reason) > PROPOSAL_MAX_CHARS:
        raise ServiceError("meeting.proposal_long", field="proposal", limit=PROPOSAL_MAX_CHARS)
    with ctx.db.write() as session:
        case = writable_case(session, ctx, case_id)
        if case.difficult != difficult:
            case.difficult = difficult
            _event(session, ctx, case, "mark_difficult" if difficult else "unmark_difficult", {"difficult": difficult})
        if reason is None and case.meeting_proposed_at is not None:
            case.meeting_proposed_at, case.meeting_proposal = None, ""
            _event(session, ctx, case, "withdraw_meeting_proposal", {})
        elif reason is not None and (case.meeting_proposed_at is None or reason != case.meeting_proposal):
            case.meeting_proposed_at, case.meeting_proposal = now(), reason
            _event(session, ctx, case, "propose_for_meeting", {"reason": reason})
        return _flags(case)


def _event(session: Any, ctx: ServiceContext, case: Case, action: str, after: dict[str, Any]) -> None:
    record_event(
        session, user_id=ctx.user_id, action=action, entity="case", entity_id=case.id, case_id=case.id, after=after
    )
