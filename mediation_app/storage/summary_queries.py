"""Aggregates for the 工作台 and the statistics screen, computed in SQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, Outcome, RiskLevel
from mediation_app.storage.models import Agreement, Case, JointMeeting, JointMeetingItem

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


def meeting_rows(session: Session, limit: int) -> list[sa.Row[tuple[int, datetime, str, str, int]]]:
    items = (
        sa.select(sa.func.count())
        .where(JointMeetingItem.meeting_id == JointMeeting.id)
        .correlate(JointMeeting)
        .scalar_subquery()
    )
    stmt = (
        sa.select(JointMeeting.id, JointMeeting.held_at, JointMeeting.place, JointMeeting.host, items)
        .order_by(JointMeeting.held_at.desc())
        .limit(limit)
    )
    return list(session.execute(stmt).all())
