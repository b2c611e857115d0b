"""After the outcome: 终止调解 (failure, with its ground and the routes told), performance of the agreement
(Art. 31, with receipts), the 回访记录, and closing the case once the follow-up is done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.casework import TerminationReason, followup_done
from mediation_app.domain.vocabulary import (
    CaseStatus,
    Outcome,
    Performance,
    Satisfaction,
    VisitMethod,
)
from mediation_app.domain.workflow import check_transition
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.intake import CaseRef
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Agreement, Attachment, Case, ExternalBody, FollowUpVisit, PerformanceRecord


@dataclass(frozen=True)
class TerminationInput:
    reason: TerminationReason
    routes_told: str  # the other routes the parties were told of (Art. 26): arbitration, administrative, court
    detail: str = ""  # required for 其他
    body_id: int | None = None  # the competent body, if one was named
    when: datetime | None = None


def terminate_mediation(
    ctx: ServiceContext, case_id: int, data: TerminationInput, *, override_reason: str = ""
) -> CaseRef:
    """终止调解 (Art. 26): the case fails with its ground; print the 终止调解告知书 for each party afterwards."""
    check_arguments(locals(), terminate_mediation)
    if data.reason is TerminationReason.OTHER and not data.detail.strip():
        raise ServiceError("termination.detail", field="detail")
    if not data.routes_told.strip():
        raise ServiceError("termination.routes", field="routes_told")
    with ctx.db.write() as session:
        case = writable_case(session, ctx, case_id, override_reason)
        check_transition(case.status, CaseStatus.FAILED)
        if data.body_id is not None:
            body = session.get(ExternalBody, data.body_id)
            if body is None or not body.is_active:
                raise ServiceError("body.missing", body_id=data.body_id, field="body")
        when = data.when or now()
        case.status, case.outcome = CaseStatus.FAILED, Outcome.FAILURE
        case.termination_code, case.termination_reason = data.reason, data.detail.strip()
        case.routes_told, case.closed_at = data.routes_told.strip(), when
        if data.body_id is not None:
            case.competent_body_id = data.body_id
        record_event(
            session,
            user_id=ctx.user_id,
            action="terminate",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            after={"reason": data.reason.value, "detail": case.termination_reason, "routes": case.routes_told},
        )
        return CaseRef(case.id, case.number, case.status)


@dataclass(frozen=True)
class PerformanceInput:
    status: Performance
    recorded_on: date
    performed_on: date | None = None
    amount_fen: int | None = None
    note: str = ""
    receipt_attachment_id: int | None = None  # a 履行凭证 already attached to the case


@dataclass(frozen=True)
class PerformanceInfo:
    record_id: int
    agreement_id: int
    agreement_number: str | None
    status: Performance
    recorded_on: date
    performed_on: date | None
    amount_fen: int | None
    note: str
    receipt_attachment_id: int | None


def _check_performance(data: PerformanceInput, today: date) -> None:
    if data.recorded_on > today or (data.performed_on is not None and data.performed_on > today):
        raise ServiceError("followup.date_future", field="performed_on")
    if data.status is not Performance.NOT_PERFORMED and data.performed_on is None:
        raise ServiceError("performance.date", field="performed_on")
    if data.amount_fen is not None and data.amount_fen < 0:
        raise ServiceError("amount.negative", field="amount")


def _receipt(session: DbSession, case_id: int, attachment_id: int | None) -> None:
    if attachment_id is None:
        return
    found = session.get(Attachment, attachment_id)
    if found is None or found.case_id != case_id:
        raise ServiceError("attachment.missing", attachment_id=attachment_id, field="receipt")


def record_performance(
    ctx: ServiceContext,
    agreement_id: int,
    data: PerformanceInput,
    *,
    today: date | None = None,
    override_reason: str = "",
) -> PerformanceInfo:
    """How an agreement in effect is being performed (已履行 / 部分履行 / 未履行), with its receipt."""
    check_arguments(locals(), record_performance)
    _check_performance(data, today or date.today())
    with ctx.db.write() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise ServiceError("agreement.missing", agreement_id=agreement_id)
        writable_case(session, ctx, agreement.case_id, override_reason)
        if agreement.effective_on is None:
            raise ServiceError("performance.not_effective", field="agreement")
        if data.performed_on is not None and data.performed_on < agreement.effective_on:
            raise ServiceError("performance.before_effective", field="performed_on")
        _receipt(session, agreement.case_id, data.receipt_attachment_id)
        row = PerformanceRecord(
            agreement_id=agreement.id,
            status=data.status,
            recorded_on=data.recorded_on,
            performed_on=data.performed_on,
            amount_fen=data.amount_fen,
            note=data.note.strip(),
            receipt_attachment_id=data.receipt_attachment_id,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="performance",
            entity="performance_record",
            entity_id=row.id,
            case_id=agreement.case_id,
            after={"status": data.status.value, "performed_on": data.performed_on, "amount_fen": data.amount_fen},
        )
        return _performance_info(row, agreement.number)


def _performance_info(row: PerformanceRecord, number: str | None) -> PerformanceInfo:
    return PerformanceInfo(
        row.id,
        row.agreement_id,
        number,
        row.status,
        row.recorded_on,
        row.performed_on,
        row.amount_fen,
        row.note,
        row.receipt_attachment_id,
    )


def list_performance(ctx: ServiceContext, case_id: int) -> list[PerformanceInfo]:
    with ctx.db.read() as session:
        numbers = {a.id: a.number for a in store.agreements_of(session, case_id)}
        return [_performance_info(r, numbers.get(r.agreement_id)) for r in store.performance_of(session, case_id)]


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    visitee: str
    method: VisitMethod
    visitor: str
    performance: Performance | None = None
    satisfaction: Satisfaction | None = None
    later_suit: bool = False  # 是否另行起诉
    residual_risk: str = ""
    note: str = ""
    visitee_phone: str = ""
    place: str = ""
    agreement_id: int | None = None  # the agreement visited about; default: the latest in effect


@dataclass(frozen=True)
class VisitInfo:
    visit_id: int
    data: VisitInput
    version: int


_VISITABLE = frozenset({CaseStatus.SUCCEEDED, CaseStatus.FAILED, CaseStatus.CLOSED})


def _visit_agreement(session: DbSession, case: Case, agreement_id: int | None) -> int | None:
    in_effect = [a for a in store.agreements_of(session, case.id) if a.effective_on is not None]
    if agreement_id is None:
        return in_effect[-1].id if in_effect else None
    if agreement_id not in {a.id for a in in_effect}:
        raise ServiceError("agreement.missing", agreement_id=agreement_id, field="agreement")
    return agreement_id


def record_visit(
    ctx: ServiceContext, case_id: int, data: VisitInput, *, today: date | None = None, override_reason: str = ""
) -> VisitInfo:
    """回访记录: who was visited, how, how the agreement is performed, satisfaction, later suit, residual risk."""
    check_arguments(locals(), record_visit)
    if not data.visitee.strip():
        raise ServiceError("visit.visitee", field="visitee")
    if not data.visitor.strip():
        raise ServiceError("visit.visitor", field="visitor")
    if data.visited_on > (today or date.today()):
        raise ServiceError("followup.date_future", field="visited_on")
    with ctx.db.write() as session:
        case = writable_case(session, ctx, case_id, override_reason)
        if case.status not in _VISITABLE:
            raise ServiceError("visit.status", status=case.status.value)
        if case.closed_at is not None and data.visited_on < case.closed_at.date():
            raise ServiceError("visit.before_outcome", field="visited_on", closed=str(case.closed_at.date()))
        row = FollowUpVisit(
            case_id=case.id,
            agreement_id=_visit_agreement(session, case, data.agreement_id),
            visited_on=data.visited_on,
            visitee=data.visitee.strip(),
            visitee_phone=data.visitee_phone.strip(),
            place=data.place.strip(),
            method=data.method,
            performance=data.performance,
            satisfaction=data.satisfaction,
            later_suit=data.later_suit,
            residual_risk=data.residual_risk.strip(),
            visitor=data.visitor.strip(),
            note=data.note.strip(),
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="visit",
            entity="follow_up_visit",
            entity_id=row.id,
            case_id=case.id,
            after={"on": data.visited_on, "satisfaction": data.satisfaction, "later_suit": data.later_suit},
        )
        return _visit_info(row)


def _visit_info(row: FollowUpVisit) -> VisitInfo:
    data = VisitInput(
        visited_on=row.visited_on,
        visitee=row.visitee,
        method=row.method,
        visitor=row.visitor,
        performance=row.performance,
        satisfaction=row.satisfaction,
        later_suit=row.later_suit,
        residual_risk=row.residual_risk,
        note=row.note,
        visitee_phone=row.visitee_phone,
        place=row.place,
        agreement_id=row.agreement_id,
    )
    return VisitInfo(row.id, data, row.version)


def list_visits(ctx: ServiceContext, case_id: int) -> list[VisitInfo]:
    with ctx.db.read() as session:
        return [_visit_info(v) for v in store.visits_of(session, case_id)]


def close_case(ctx: ServiceContext, case_id: int) -> CaseRef:
    """结案 after the outcome: a successful mediation once it has been followed up (回访), a terminated one at
    once. The closing day of the clock stays the day the outcome was reached."""
    check_arguments(locals(), close_case)
    with ctx.db.write() as session:
        case = writable_case(session, ctx, case_id)
        check_transition(case.status, CaseStatus.CLOSED)
        if not followup_done(case.outcome, len(store.visits_of(session, case.id))):
            raise ServiceError("case.followup_missing")
        before = case.status
        case.status = CaseStatus.CLOSED
        if case.closed_at is None:
            case.closed_at = now()
        record_event(
            session,
            user_id=ctx.user_id,
            action="close",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            before={"status": before.value},
            after={"status": case.status.value},
        )
        return CaseRef(case.id, case.number, case.status)
