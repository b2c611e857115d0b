"""Queries for the 联席会议: the agenda's candidate cases, a meeting with its items, and the case lookups."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.storage.models import Case, JointMeeting, JointMeetingItem
from mediation_app.storage.summary_queries import OPEN_STATUSES

CANDIDATE_COLUMNS = (
    Case.id,
    Case.number,
    Case.title,
    Case.risk,
    Case.status,
    Case.due_date,
    Case.difficult,
    Case.meeting_proposed_at,
    Case.meeting_proposal,
    Case.mediator_names,
)


def last_meeting_before(
    session: Session, when: datetime, *, office_id: int, exclude: int | None = None
) -> datetime | None:
    """When the office's latest meeting before ``when`` was held (None: there was none)."""
    stmt = sa.select(sa.func.max(JointMeeting.held_at)).where(
        JointMeeting.office_id == office_id, JointMeeting.held_at < when
    )
    if exclude is not None:
        stmt = stmt.where(JointMeeting.id != exclude)
    return session.execute(stmt).scalar_one_or_none()


def open_candidates(session: Session, today: date) -> list[sa.Row[Any]]:
    """Open cases flagged 疑难, red or orange, or past their due date (read by status through its index)."""
    stmt = sa.select(*CANDIDATE_COLUMNS).where(
        Case.status.in_(OPEN_STATUSES),
        sa.or_(
            Case.difficult.is_(True),
            Case.risk.in_((RiskLevel.RED, RiskLevel.ORANGE)),
            Case.due_date < today,
        ),
    )
    return list(session.execute(stmt).all())


def proposed_since(session: Session, since: datetime | None) -> list[sa.Row[Any]]:
    """Cases a mediator put forward after ``since`` (every standing proposal when there was no meeting yet)."""
    stmt = sa.select(*CANDIDATE_COLUMNS).where(Case.meeting_proposed_at.is_not(None))
    if since is not None:
        stmt = stmt.where(Case.meeting_proposed_at > since)
    return list(session.execute(stmt).all())


def candidate_by_number(session: Session, number: str) -> sa.Row[Any] | None:
    return session.execute(sa.select(*CANDIDATE_COLUMNS).where(Case.number == number)).one_or_none()


def candidates_by_id(session: Session, case_ids: set[int]) -> dict[int, sa.Row[Any]]:
    if not case_ids:
        return {}
    rows = session.execute(sa.select(*CANDIDATE_COLUMNS).where(Case.id.in_(case_ids))).all()
    return {row[0]: row for row in rows}


def meeting_items(session: Session, meeting_id: int) -> list[JointMeetingItem]:
    """The meeting's items in agenda order; one case's decisions follow each other (same ``seq``, by id)."""
    stmt = (
        sa.select(JointMeetingItem)
        .where(JointMeetingItem.meeting_id == meeting_id)
        .order_by(JointMeetingItem.seq, JointMeetingItem.id)
    )
    return list(session.execute(stmt).scalars())


def meeting_number_in_year(session: Session, meeting: JointMeeting) -> int:
    """The meeting's place in its year (第N期), counting the office's meetings held up to it."""
    start = datetime(meeting.held_at.year, 1, 1)
    stmt = sa.select(sa.func.count()).where(
        JointMeeting.office_id == meeting.office_id,
        JointMeeting.held_at >= start,
        sa.or_(
            JointMeeting.held_at < meeting.held_at,
            sa.and_(JointMeeting.held_at == meeting.held_at, JointMeeting.id <= meeting.id),
        ),
    )
    return int(session.execute(stmt).scalar_one())


def meeting_rows(session: Session, office_id: int, limit: int) -> list[sa.Row[Any]]:
    """Meetings newest first: id, held at, place, host, cases on the agenda, decisions, decisions not done."""
    item = JointMeetingItem
    per_meeting = (
        sa.select(
            item.meeting_id,
            sa.func.count(sa.distinct(item.case_id)).label("cases"),
            sa.func.sum(sa.case((item.decision != "", 1), else_=0)).label("decisions"),
            sa.func.sum(sa.case((sa.and_(item.decision != "", item.done_on.is_(None)), 1), else_=0)).label("open"),
        )
        .group_by(item.meeting_id)
        .subquery()
    )
    stmt = (
        sa.select(
            JointMeeting.id,
            JointMeeting.held_at,
            JointMeeting.place,
            JointMeeting.host,
            sa.func.coalesce(per_meeting.c.cases, 0),
            sa.func.coalesce(per_meeting.c.decisions, 0),
            sa.func.coalesce(per_meeting.c.open, 0),
        )
        .outerjoin(per_meeting, per_meeting.c.meeting_id == JointMeeting.id)
        .where(JointMeeting.office_id == office_id)
        .order_by(JointMeeting.held_at.desc(), JointMeeting.id.desc())
        .limit(limit)
    )
    return list(session.execute(stmt).all())


def previous_decisions(session: Session, meeting: JointMeeting) -> tuple[int, int]:
    """The decisions of the office's meeting before ``meeting``: how many, how many done (0, 0 if none)."""
    previous = (
        sa.select(JointMeeting.id)
        .where(JointMeeting.office_id == meeting.office_id, JointMeeting.held_at < meeting.held_at)
        .order_by(JointMeeting.held_at.desc(), JointMeeting.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    item = JointMeetingItem
    stmt = sa.select(
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(sa.case((item.done_on.is_not(None), 1), else_=0)), 0),
    ).where(item.meeting_id == previous, item.decision != "")
    total, done = session.execute(stmt).one()
    return int(total), int(done)
