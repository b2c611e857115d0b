"""Queries for the work on a case (sessions, agreements, follow-up, attachments, the file): a whole case in a
few queries for its window, and the small lookups the services need, always in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.orm.attributes import flag_modified

from mediation_app.domain.vocabulary import DisputeType, SessionKind, UserRole
from mediation_app.storage.models import (
    Agreement,
    Attachment,
    AuditEvent,
    Case,
    CaseParticipant,
    CaseParty,
    ClauseTemplate,
    ExternalBody,
    FollowUpVisit,
    IssuedDocument,
    JointMeeting,
    JointMeetingItem,
    MediationSession,
    PerformanceRecord,
    Referral,
    User,
)

T = TypeVar("T")


def case_with_people(session: Session, case_id: int) -> Case | None:
    """The case with its parties and mediators loaded (two more queries, not one per party)."""
    stmt = (
        sa.select(Case)
        .where(Case.id == case_id)
        .options(selectinload(Case.parties).selectinload(CaseParty.party), selectinload(Case.mediators))
    )
    return session.execute(stmt).scalar_one_or_none()


def refresh_mediator_names(case: Case) -> None:
    """Keep the ledger's mediator column in step: the lead first, then the others in the order added."""
    ordered = sorted(case.mediators, key=lambda m: (not m.is_lead, m.id or 0))
    case.mediator_names = "、".join(m.name for m in ordered)[:200]


def touch(row: object) -> None:
    """Make the next flush update ``row`` (and bump its version) although only its children changed."""
    flag_modified(row, "updated_at")


def _rows(session: Session, model: type[T], case_id: int, *order: Any, options: tuple[Any, ...] = ()) -> list[T]:
    query = sa.select(model).where(model.case_id == case_id).order_by(*order)  # type: ignore[attr-defined]
    return list(session.execute(query.options(*options)).scalars())


def participants(session: Session, case_id: int) -> list[CaseParticipant]:
    return _rows(session, CaseParticipant, case_id, CaseParticipant.id)


def sessions_of(session: Session, case_id: int, kind: SessionKind | None = None) -> list[MediationSession]:
    """The case's sessions by time (held, or else scheduled), with the parties' statements."""
    when = sa.func.coalesce(MediationSession.held_at, MediationSession.scheduled_at)
    found = _rows(session, MediationSession, case_id, when, MediationSession.id, options=(_STATEMENTS,))
    return [s for s in found if kind is None or s.kind is kind]


_STATEMENTS = selectinload(MediationSession.statements)


def agreements_of(session: Session, case_id: int) -> list[Agreement]:
    return _rows(session, Agreement, case_id, Agreement.id, options=(selectinload(Agreement.terms),))


def performance_of(session: Session, case_id: int) -> list[PerformanceRecord]:
    stmt = (
        sa.select(PerformanceRecord)
        .join(Agreement, Agreement.id == PerformanceRecord.agreement_id)
        .where(Agreement.case_id == case_id)
        .order_by(PerformanceRecord.recorded_on, PerformanceRecord.id)
    )
    return list(session.execute(stmt).scalars())


def visits_of(session: Session, case_id: int) -> list[FollowUpVisit]:
    return _rows(session, FollowUpVisit, case_id, FollowUpVisit.visited_on, FollowUpVisit.id)


def attachments_of(session: Session, case_id: int) -> list[Attachment]:
    return _rows(session, Attachment, case_id, Attachment.added_at, Attachment.id)


def issued_of(session: Session, case_id: int, *, with_context: bool = True) -> list[IssuedDocument]:
    """Every issued paper of the case, oldest first (without ``with_context`` the stored context, the bulk of
    each row, is loaded only if asked for)."""
    lazy = () if with_context else (defer(IssuedDocument.context_json),)
    return _rows(session, IssuedDocument, case_id, IssuedDocument.issued_at, IssuedDocument.id, options=lazy)


def case_file_attachment(session: Session, case_id: int) -> Attachment | None:
    """The bound 卷宗 kept when the case was archived (the latest, if an administrator built it again)."""
    stmt = (
        sa.select(Attachment)
        .where(Attachment.case_id == case_id, Attachment.is_case_file.is_(True))
        .order_by(Attachment.id.desc())
        .limit(1)
    )
    return session.execute(stmt).scalar_one_or_none()


def user_role(session: Session, user_id: int | None) -> UserRole | None:
    if user_id is None:
        return None
    return session.execute(sa.select(User.role).where(User.id == user_id)).scalar_one_or_none()


def user_names(session: Session, user_ids: set[int | None]) -> dict[int, str]:
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(sa.select(User.id, User.display_name).where(User.id.in_(ids))).tuples().all())


def clauses(session: Session, dispute_type: DisputeType | None) -> list[ClauseTemplate]:
    """The clause library: the dispute type's own clauses first, then those for every type."""
    stmt = sa.select(ClauseTemplate).order_by(ClauseTemplate.dispute_type.is_(None), ClauseTemplate.title)
    if dispute_type is not None:
        stmt = stmt.where(sa.or_(ClauseTemplate.dispute_type == dispute_type, ClauseTemplate.dispute_type.is_(None)))
    return list(session.execute(stmt).scalars())


def _body_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    stmt = sa.select(ExternalBody.id, ExternalBody.name).where(ExternalBody.id.in_(ids))
    return dict(session.execute(stmt).tuples().all())


@dataclass(frozen=True)
class MeetingDecision:
    item_id: int
    meeting_id: int
    held_at: datetime
    topic: str
    decision: str


@dataclass
class CaseRecords:
    """A case and all its records, as its window shows them (one query per table)."""

    case: Case
    referrals: list[Referral]
    sessions: list[MediationSession]
    agreements: list[Agreement]
    performance: list[PerformanceRecord]
    visits: list[FollowUpVisit]
    issued: list[IssuedDocument]
    attachments: list[Attachment]
    events: list[AuditEvent]
    meetings: list[MeetingDecision]
    bodies: dict[int, str]  # external body id → name, for the referrals and the competent body


def case_records(session: Session, case_id: int, *, paper_contexts: bool = False) -> CaseRecords | None:
    """The case's records; the issued papers' stored contexts only with ``paper_contexts`` (binding the file)."""
    case = case_with_people(session, case_id)
    if case is None:
        return None
    events = _rows(session, AuditEvent, case_id, AuditEvent.id)
    meeting_rows = session.execute(
        sa.select(JointMeetingItem.id, JointMeeting.id, JointMeeting.held_at, JointMeetingItem.topic)
        .add_columns(JointMeetingItem.decision)
        .join(JointMeeting, JointMeeting.id == JointMeetingItem.meeting_id)
        .where(JointMeetingItem.case_id == case_id, JointMeetingItem.decision != "")  # an agenda item only: no event
    ).all()
    referrals = _rows(session, Referral, case_id, Referral.decided_at, Referral.id)
    body_ids = {r.body_id for r in referrals if r.body_id} | ({case.competent_body_id} - {None})
    bodies = _body_names(session, body_ids) if body_ids else {}
    return CaseRecords(
        case=case,
        referrals=referrals,
        sessions=sessions_of(session, case_id),
        agreements=agreements_of(session, case_id),
        performance=performance_of(session, case_id),
        visits=visits_of(session, case_id),
        issued=issued_of(session, case_id, with_context=paper_contexts),
        attachments=attachments_of(session, case_id),
        events=events,
        meetings=[MeetingDecision(*row) for row in meeting_rows],
        bodies=bodies,
    )
