"""The decision after registration: 受理 (see intake), 不予受理 with its reason and the competent body, or 分流 to a
route inside the room or to an outside body — and the referral's confirmation and feedback, which must come back."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.vocabulary import (
    CaseStatus,
    ClockKind,
    FeedbackResult,
    NotAcceptedReason,
    Route,
    Vocabulary,
)
from mediation_app.domain.workflow import check_transition
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.intake import CaseRef, start_clock
from mediation_app.storage import referrals as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.cases import assign_case_number
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Case, ExternalBody, Office, Referral


class ReferralState(Vocabulary):
    """Where a referral to an outside body stands; an overdue one shows on the 工作台 and in the ledger."""

    AWAITING_CONFIRMATION = ("awaiting_confirmation", "待回执", "Awaiting confirmation")
    AWAITING_FEEDBACK = ("awaiting_feedback", "待反馈", "Awaiting feedback")
    OVERDUE = ("overdue", "反馈逾期", "Feedback overdue")
    DONE = ("done", "已反馈", "Feedback received")
    INTERNAL = ("internal", "室内分流", "Routed inside the room")


def referral_state(referral: Referral, today: date) -> ReferralState:
    if referral.body_id is None:
        return ReferralState.INTERNAL
    if referral.feedback_result is not None and referral.feedback_result is not FeedbackResult.IN_PROGRESS:
        return ReferralState.DONE
    if referral.feedback_due is not None and referral.feedback_due < today:
        return ReferralState.OVERDUE
    reported = referral.confirmed_at is not None or referral.feedback_result is not None  # the body has answered
    return ReferralState.AWAITING_FEEDBACK if reported else ReferralState.AWAITING_CONFIRMATION


def _case(session: DbSession, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise ServiceError("case.missing", case_id=case_id)
    return case


def _office(session: DbSession, ctx: ServiceContext) -> Office:
    office = session.get(Office, ctx.office_id)
    if office is None:
        raise ServiceError("office.missing", office_id=ctx.office_id)
    return office


def _active_body(session: DbSession, body_id: int | None) -> ExternalBody | None:
    if body_id is None:
        return None
    body = session.get(ExternalBody, body_id)
    if body is None or not body.is_active:
        raise ServiceError("body.missing", body_id=body_id, field="body")
    return body


def not_accept(
    ctx: ServiceContext,
    case_id: int,
    reasons: Collection[NotAcceptedReason],
    note: str = "",
    body_id: int | None = None,
    *,
    when: datetime | None = None,
) -> CaseRef:
    """不予受理 (人民调解法 Art. 17-18, 26): one or more grounds, free text (required with 其他), the competent
    body. Every ground is kept; the first (in the law's order) is also ``not_accepted_reason`` for the figures."""
    check_arguments(locals(), not_accept)
    grounds = [reason for reason in NotAcceptedReason if reason in set(reasons)]
    if not grounds:
        raise ServiceError("decision.ground_required", field="reasons")
    if NotAcceptedReason.OTHER in grounds and not note.strip():
        raise ServiceError("decision.note_required", field="note")
    with ctx.db.write() as session:
        case = _case(session, case_id)
        check_transition(case.status, CaseStatus.NOT_ACCEPTED)
        body = _active_body(session, body_id)
        case.status, case.not_accepted_reason = CaseStatus.NOT_ACCEPTED, grounds[0]
        case.not_accepted_grounds = ",".join(reason.value for reason in grounds)
        case.decision_note, case.competent_body_id = note.strip(), body.id if body else None
        case.closed_at = when or now()
        record_event(
            session,
            user_id=ctx.user_id,
            action="not_accept",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            after={
                "reason": grounds[0].value,
                "reasons": [reason.value for reason in grounds],
                "body": body.name if body else None,
            },
        )
        return CaseRef(case.id, case.number, case.status)


def not_accepted_grounds(case: Case) -> list[NotAcceptedReason]:
    """Every ground of a 不予受理 decision; a case decided before grounds were kept has its one reason."""
    values = set(case.not_accepted_grounds.split(","))
    stored = [reason for reason in NotAcceptedReason if reason.value in values]  # kept in the law's order
    return stored or ([case.not_accepted_reason] if case.not_accepted_reason is not None else [])


@dataclass(frozen=True)
class DivertInput:
    case_id: int
    route: Route | None = None  # inside the room …
    body_id: int | None = None  # … or out to a body from the directory
    reason: str = ""
    feedback_due: date | None = None  # required for an outside body
    court_clock: ClockKind | None = None  # 司法调解: 委派 30 days (default), 委托 15, 简易 7
    when: datetime | None = None


def divert(ctx: ServiceContext, data: DivertInput) -> CaseRef:
    """分流. Inside the room the case is accepted on that route with its clock (治安调解 3 working days, 劳动争议
    15 days, 法院 30/15/7); outside, it is numbered, marked 已分流 and waits for the body's feedback by its due date."""
    check_arguments(locals(), divert)
    if (data.route is None) == (data.body_id is None):
        raise ServiceError("decision.route_or_body", field="route")
    decided = data.when or now()
    if data.body_id is not None:
        if data.feedback_due is None:
            raise ServiceError("decision.feedback_due", field="feedback_due")
        if data.feedback_due < decided.date():
            raise ServiceError("clock.feedback_due_before_start", field="feedback_due", due=str(data.feedback_due))
    with ctx.db.write() as session:
        case = _case(session, data.case_id)
        body = _active_body(session, data.body_id)
        if data.route is not None:
            _route_inside(ctx, session, case, data.route, decided, data.court_clock)
        else:
            check_transition(case.status, CaseStatus.DIVERTED)
            if case.number is None:  # every dispute taken in is on the ledger with its number
                assign_case_number(session, case, _office(session, ctx), decided)
            case.status, case.clock, case.due_date = CaseStatus.DIVERTED, ClockKind.REFERRAL_FEEDBACK, data.feedback_due
            case.competent_body_id = data.body_id
        referral = Referral(
            case_id=case.id,
            route=data.route,
            body_id=body.id if body else None,
            reason=data.reason.strip(),
            decided_at=decided,
            decided_by_id=ctx.user_id,
            feedback_due=data.feedback_due if body else None,
        )
        session.add(referral)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="divert",
            entity="referral",
            entity_id=referral.id,
            case_id=case.id,
            after={
                "route": data.route.value if data.route else None,
                "body": body.name if body else None,
                "feedback_due": str(data.feedback_due) if body else None,
            },
        )
        return CaseRef(case.id, case.number, case.status)


def _route_inside(
    ctx: ServiceContext, session: DbSession, case: Case, route: Route, when: datetime, court: ClockKind | None
) -> None:
    if case.status is CaseStatus.REGISTERED:
        check_transition(case.status, CaseStatus.ACCEPTED)
        assign_case_number(session, case, _office(session, ctx), when)
        case.status, case.accepted_at = CaseStatus.ACCEPTED, when
    elif case.status not in (CaseStatus.ACCEPTED, CaseStatus.MEDIATING):
        raise ServiceError("status.transition", frm=case.status.value, to=CaseStatus.ACCEPTED.value)
    start_clock(session, case, route, when.date(), court)


def _open_referral(session: DbSession, referral_id: int, on: date, field: str) -> Referral:
    """An outside referral still waiting for its final feedback; ``on`` may not be in the future."""
    referral = session.get(Referral, referral_id)
    if referral is None or referral.body_id is None:
        raise ServiceError("referral.missing", referral_id=referral_id)
    if referral.feedback_result not in (None, FeedbackResult.IN_PROGRESS):
        raise ServiceError("referral.closed", referral_id=referral_id)
    if on > now().date():
        raise ServiceError("referral.date_future", field=field)
    if on < referral.decided_at.date():
        raise ServiceError("referral.date_before_decision", field=field)
    return referral


def record_confirmation(ctx: ServiceContext, referral_id: int, on: date, by: str) -> None:
    """The receiving body's 委托调解确认书 / 回执 came back."""
    check_arguments(locals(), record_confirmation)
    if not by.strip():
        raise ServiceError("referral.confirmed_by", field="confirmed_by")
    with ctx.db.write() as session:
        referral = _open_referral(session, referral_id, on, "confirmed_at")
        referral.confirmed_at, referral.confirmed_by = on, by.strip()
        record_event(
            session,
            user_id=ctx.user_id,
            action="confirm",
            entity="referral",
            entity_id=referral.id,
            case_id=referral.case_id,
            after={"on": str(on), "by": by.strip()},
        )


def record_feedback(
    ctx: ServiceContext,
    referral_id: int,
    result: FeedbackResult,
    on: date,
    note: str = "",
    *,
    new_due: date | None = None,
) -> CaseRef:
    """The body's feedback. 已调解成功 / 调解不成 close the referral and the case; 退回 brings the case back to the
    room (accepted); 正在办理 keeps it waiting, with a new due date if one was agreed."""
    check_arguments(locals(), record_feedback)
    with ctx.db.write() as session:
        referral = _open_referral(session, referral_id, on, "feedback_at")
        case = _case(session, referral.case_id)
        referral.feedback_result, referral.feedback_at, referral.feedback_note = result, on, note.strip()
        if result is FeedbackResult.IN_PROGRESS:
            if new_due is not None:
                if new_due < on:
                    raise ServiceError("clock.feedback_due_before_start", field="new_due", due=str(new_due))
                referral.feedback_due = case.due_date = new_due
        elif case.status is CaseStatus.DIVERTED:
            target = CaseStatus.ACCEPTED if result is FeedbackResult.RETURNED else CaseStatus.CLOSED
            check_transition(case.status, target)
            case.status = target
            if target is CaseStatus.CLOSED:
                case.closed_at = datetime.combine(on, datetime.min.time())
            else:
                case.clock = case.due_date = None  # the room decides the route again
        record_event(
            session,
            user_id=ctx.user_id,
            action="feedback",
            entity="referral",
            entity_id=referral.id,
            case_id=case.id,
            after={"result": result.value, "on": str(on)},
        )
        return CaseRef(case.id, case.number, case.status)


@dataclass(frozen=True)
class ReferralRow:
    referral_id: int
    case_id: int
    case_number: str | None
    case_title: str
    route: Route | None
    body_name: str
    body_phone: str
    body_contact: str
    reason: str
    case_status: CaseStatus
    decided_at: datetime
    feedback_due: date | None
    confirmed_at: date | None
    confirmed_by: str
    feedback_result: FeedbackResult | None
    feedback_at: date | None
    feedback_note: str
    state: ReferralState


def referral_register(
    ctx: ServiceContext,
    *,
    today: date | None = None,
    state: ReferralState | None = None,
    case_id: int | None = None,
    overdue_only: bool = False,
) -> list[ReferralRow]:
    """Every referral with its state, newest first (optionally only one state, or one case's)."""
    day = today or date.today()
    found = store.referrals_with_cases
    with ctx.db.read() as session:
        rows = [
            ReferralRow(
                referral_id=r.id,
                case_id=case.id,
                case_number=case.number,
                case_title=case.title,
                route=r.route,
                body_name=body.name if body else "",
                body_phone=body.phone if body else "",
                body_contact=body.contact if body else "",
                reason=r.reason,
                case_status=case.status,
                decided_at=r.decided_at,
                feedback_due=r.feedback_due,
                confirmed_at=r.confirmed_at,
                confirmed_by=r.confirmed_by,
                feedback_result=r.feedback_result,
                feedback_at=r.feedback_at,
                feedback_note=r.feedback_note,
                state=referral_state(r, day),
            )
            for r, case, body in found(session, case_id=case_id, overdue_on=day if overdue_only else None)
        ]
    return [row for row in rows if state is None or row.state is state]


def overdue_referrals(ctx: ServiceContext, *, today: date | None = None) -> list[ReferralRow]:
    """Outside referrals whose feedback is late: the commonest complaint is that referred cases disappear."""
    return referral_register(ctx, today=today, overdue_only=True)
