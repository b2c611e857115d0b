"""Aggregates and bounded lists for the 工作台 (and the older statistics figures), computed in SQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, FeedbackResult, Outcome, RiskLevel
from mediation_app.storage.models import (
    Agreement,
    Case,
    ExternalBody,
    FollowUpVisit,
    JointMeetingItem,
    MediationSession,
    PerformanceRecord,
    Referral,
)

OPEN_STATUSES = (CaseStatus.ACCEPTED, CaseStatus.DIVERTED, CaseStatus.MEDIATING)


def status_counts(session: Session) -> dict[CaseStatus, int]:
    rows = session.execute(sa.select(Case.status, sa.func.count()).group_by(Case.status)).all()
    return {status: int(n) for status, n in rows}


def open_risk_counts(session: Session) -> dict[RiskLevel, int]:
    stmt = sa.select(Case.risk, sa.func.count()).where(Case.status.in_(OPEN_STATUSES)).group_by(Case.risk)
    return {risk: int(n) for risk, n in session.execute(stmt).all()}


def overdue_open_count(session: Session, today: date) -> int:
    stmt = sa.select(sa.func.count()).select_from(Case).where(Case.status.in_(OPEN_STATUSES), Case.due_date < today)
    return int(session.execute(stmt).scalar_one())


def received_between(session: Session, start: date, end: date) -> int:
    """Cases received from ``start`` to ``end`` inclusive."""
    stmt = sa.select(sa.func.count()).select_from(Case).where(*_received_in(start, end))
    return int(session.execute(stmt).scalar_one())


def _received_in(start: date, end: date) -> tuple[sa.ColumnElement[bool], ...]:
    return (
        Case.received_at >= datetime.combine(start, time.min),
        Case.received_at < datetime.combine(end + timedelta(days=1), time.min),
    )


def outcome_counts(session: Session, start: date, end: date) -> dict[CaseStatus, int]:
    """Statuses of the cases received in the period."""
    stmt = sa.select(Case.status, sa.func.count()).where(*_received_in(start, end)).group_by(Case.status)
    return {status: int(n) for status, n in session.execute(stmt).all()}


def outcome_totals(session: Session, start: date, end: date) -> dict[Outcome, int]:
    stmt = (
        sa.select(Case.outcome, sa.func.count())
        .where(*_received_in(start, end), Case.outcome.is_not(None))
        .group_by(Case.outcome)
    )
    return {outcome: int(n) for outcome, n in session.execute(stmt).all()}


def agreement_figures(session: Session, start: date, end: date) -> dict[AgreementKind, tuple[int, int]]:
    """Per agreement kind: how many, and the total amount in fen, for cases received in the period."""
    stmt = (
        sa.select(Agreement.kind, sa.func.count(), sa.func.coalesce(sa.func.sum(Agreement.amount_fen), 0))
        .join(Case, Case.id == Agreement.case_id)
        .where(*_received_in(start, end))
        .group_by(Agreement.kind)
    )
    return {kind: (int(n), int(total)) for kind, n, total in session.execute(stmt).all()}


# -- the 工作台's lists: each bounded, each driven by an index (status, due date, received, feedback due) --------
def bounded(session: Session, stmt: sa.Select[Any], limit: int) -> tuple[list[sa.Row[Any]], int]:
    """The first ``limit`` rows of ``stmt`` and how many there are in all (counted only when the page is full)."""
    rows = list(session.execute(stmt.limit(limit)).all())
    if len(rows) < limit:
        return rows, len(rows)
    counted = sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery())
    return rows, int(session.execute(counted).scalar_one())


def _case_line(*extra: Any) -> sa.Select[Any]:
    return sa.select(Case.id, Case.number, Case.title, Case.risk, *extra)


def _open() -> sa.ColumnElement[bool]:
    return Case.status.in_(OPEN_STATUSES)


def _open_by_value() -> sa.ColumnElement[bool]:
    """Open, written so SQLite reads a few days of ``ix_cases_due`` rather than every open case by status."""
    return sa.func.coalesce(Case.status, "").in_([status.value for status in OPEN_STATUSES])


def due_between(session: Session, first: date, last: date, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """Open cases whose clock ends from ``first`` to ``last``, soonest first: case line, due date, mediators."""
    stmt = (
        _case_line(Case.due_date, Case.mediator_names, Case.status)
        .where(_open_by_value(), Case.due_date >= first, Case.due_date <= last)
        .order_by(Case.due_date, Case.id)
    )
    return bounded(session, stmt, limit)


def overdue_open(session: Session, today: date, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """Open cases past their due date, the longest overdue first."""
    stmt = (
        _case_line(Case.due_date, Case.mediator_names, Case.status)
        .where(_open(), Case.due_date < today)
        .order_by(Case.due_date, Case.id)
    )
    return bounded(session, stmt, limit)


def red_orange_open(session: Session, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """Open red and orange cases: red first, then the earliest due."""
    stmt = (
        _case_line(Case.due_date, Case.mediator_names, Case.status)
        .where(_open(), Case.risk.in_((RiskLevel.RED, RiskLevel.ORANGE)))
        .order_by((Case.risk == RiskLevel.RED).desc(), Case.due_date.is_(None), Case.due_date, Case.id)
    )
    return bounded(session, stmt, limit)


def sessions_in(
    session: Session, week: tuple[datetime, datetime], day: tuple[datetime, datetime], limit: int
) -> tuple[list[sa.Row[Any]], int]:
    """Sessions of open cases scheduled in ``week`` and not yet held, and sessions held during ``day``, by time:
    case line, session id, scheduled, held, place."""
    when = sa.func.coalesce(MediationSession.held_at, MediationSession.scheduled_at)
    scheduled = sa.and_(
        MediationSession.held_at.is_(None),
        MediationSession.scheduled_at >= week[0],
        MediationSession.scheduled_at < week[1],
        _open(),
    )
    held = sa.and_(MediationSession.held_at >= day[0], MediationSession.held_at < day[1])
    stmt = (
        _case_line(MediationSession.id, MediationSession.scheduled_at, MediationSession.held_at)
        .add_columns(MediationSession.place)
        .join(MediationSession, MediationSession.case_id == Case.id)
        .where(sa.or_(scheduled, held))
        .order_by(when, MediationSession.id)
    )
    return bounded(session, stmt, limit)


def referrals_due_by(session: Session, last: date, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """Outside referrals still awaiting feedback whose feedback is due by ``last`` (late ones first): case line,
    referral id, feedback due, body name."""
    awaiting = sa.or_(Referral.feedback_result.is_(None), Referral.feedback_result == FeedbackResult.IN_PROGRESS)
    stmt = (
        _case_line(Referral.id, Referral.feedback_due, ExternalBody.name)
        .join(Referral, Referral.case_id == Case.id)
        .outerjoin(ExternalBody, ExternalBody.id == Referral.body_id)
        .where(Referral.body_id.is_not(None), Referral.feedback_due <= last, awaiting)
        .order_by(Referral.feedback_due, Referral.id)
    )
    return bounded(session, stmt, limit)


def judicial_candidates(session: Session, effective_from: date, effective_to: date) -> list[sa.Row[Any]]:
    """Written agreements in effect from ``effective_from`` to ``effective_to`` with no application yet (the
    domain's window rule decides which are open): case line, agreement id, number, effective on, dispute type,
    personal status."""
    stmt = (
        _case_line(Agreement.id, Agreement.number, Agreement.effective_on, Case.dispute_type)
        .add_columns(Agreement.personal_status)
        .join(Agreement, Agreement.case_id == Case.id)
        .where(
            Agreement.kind == AgreementKind.WRITTEN,
            Agreement.effective_on >= effective_from,
            Agreement.effective_on <= effective_to,
            Agreement.judicial_applied_on.is_(None),
            Agreement.court_decision.is_(None),
        )
        .order_by(Agreement.effective_on, Agreement.id)
    )
    return list(session.execute(stmt).all())


def performance_unchecked(session: Session, today: date, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """Agreements of successfully mediated cases not yet closed whose performance deadline has passed with
    neither a performance record nor a visit: case line, agreement id, number, deadline."""
    no_record = ~sa.exists().where(PerformanceRecord.agreement_id == Agreement.id)
    no_visit = ~sa.exists().where(FollowUpVisit.case_id == Case.id)
    stmt = (
        _case_line(Agreement.id, Agreement.number, Agreement.performance_deadline)
        .join(Agreement, Agreement.case_id == Case.id)
        .where(
            Case.status == CaseStatus.SUCCEEDED,
            Agreement.effective_on.is_not(None),
            Agreement.performance_deadline < today,
            no_record,
            no_visit,
        )
        .order_by(Agreement.performance_deadline, Agreement.id)
    )
    return bounded(session, stmt, limit)


def meeting_decisions_due(session: Session, last: date, limit: int) -> tuple[list[sa.Row[Any]], int]:
    """联席会议 decisions not done whose due date is by ``last``: case line, item id, due on, assignee, decision."""
    stmt = (
        _case_line(JointMeetingItem.id, JointMeetingItem.due_on, JointMeetingItem.assignee)
        .add_columns(JointMeetingItem.decision)
        .join(JointMeetingItem, JointMeetingItem.case_id == Case.id)
        .where(JointMeetingItem.done_on.is_(None), JointMeetingItem.due_on <= last, JointMeetingItem.decision != "")
        .order_by(JointMeetingItem.due_on, JointMeetingItem.id)
    )
    return bounded(session, stmt, limit)


def month_figures(session: Session, start: date, end: date) -> tuple[int, int, int]:
    """Of the cases received from ``start`` to ``end``: how many, how many accepted, how many mediated
    successfully (the statistics' rule: a period's figures follow the cases it received)."""
    not_taken = Case.status.in_((CaseStatus.REGISTERED, CaseStatus.NOT_ACCEPTED))
    stmt = sa.select(
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(sa.case((not_taken, 0), else_=1)), 0),
        sa.func.coalesce(sa.func.sum(sa.case((Case.outcome == Outcome.SUCCESS, 1), else_=0)), 0),
    ).where(*_received_in(start, end))
    received, accepted, succeeded = session.execute(stmt).one()
    return int(received), int(accepted), int(succeeded)
