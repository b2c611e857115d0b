"""Reading a case for printing, numbering its papers, and registering an issued paper in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from mediation_app.domain.numbering import format_number, paper_prefix, series_year
from mediation_app.domain.vocabulary import FormCode
from mediation_app.storage.counters import issue_sequence, last_sequence
from mediation_app.storage.models import (
    Agreement,
    Attachment,
    Case,
    CaseParticipant,
    CaseParty,
    ExternalBody,
    FollowUpVisit,
    FormVersion,
    IssuedDocument,
    MediationSession,
    Office,
    Referral,
    User,
)
from mediation_app.storage.offices import setting

T = TypeVar("T")
SERIES_SETTING = "series_prefix."  # + series code: an office's own 字号 for that paper series


@dataclass
class CasePapers:
    """Everything a case's papers are printed from, loaded in a few queries."""

    case: Case
    office: Office
    referrals: list[Referral]  # oldest first
    bodies: dict[int, ExternalBody]
    sessions: list[MediationSession]  # by time
    agreements: list[Agreement]
    visits: list[FollowUpVisit]
    participants: list[CaseParticipant]
    attachments: list[Attachment]
    issued: list[IssuedDocument]
    users: dict[int, str]  # user id → display name


def case_by_number(session: Session, number: str) -> Case | None:
    return session.execute(sa.select(Case).where(Case.number == number)).scalar_one_or_none()


def case_papers(session: Session, case_id: int) -> CasePapers | None:
    stmt = (
        sa.select(Case)
        .where(Case.id == case_id)
        .options(selectinload(Case.parties).selectinload(CaseParty.party), selectinload(Case.mediators))
    )
    case = session.execute(stmt).scalar_one_or_none()
    if case is None:
        return None

    def rows(model: type[T], *order: Any, options: tuple[Any, ...] = ()) -> list[T]:
        query = sa.select(model).where(model.case_id == case_id).order_by(*order)  # type: ignore[attr-defined]
        return list(session.execute(query.options(*options)).scalars())

    referrals = rows(Referral, Referral.decided_at, Referral.id)
    body_ids = {r.body_id for r in referrals if r.body_id is not None} | (
        {case.competent_body_id} if case.competent_body_id else set()
    )
    bodies = {b.id: b for b in session.execute(sa.select(ExternalBody).where(ExternalBody.id.in_(body_ids))).scalars()}
    issued = rows(IssuedDocument, IssuedDocument.issued_at, IssuedDocument.id)
    user_ids = {d.issued_by_id for d in issued} | {case.received_by_id} | {r.decided_by_id for r in referrals}
    users = dict(
        session.execute(sa.select(User.id, User.display_name).where(User.id.in_(user_ids - {None}))).tuples().all()
    )
    sessions = rows(
        MediationSession,
        sa.func.coalesce(MediationSession.held_at, MediationSession.scheduled_at),
        MediationSession.id,
        options=(selectinload(MediationSession.statements),),
    )
    return CasePapers(
        case=case,
        office=office_of(session, case.office_id),
        referrals=referrals,
        bodies=bodies,
        sessions=sessions,
        agreements=rows(Agreement, Agreement.id, options=(selectinload(Agreement.terms),)),
        visits=rows(FollowUpVisit, FollowUpVisit.visited_on, FollowUpVisit.id),
        participants=rows(CaseParticipant, CaseParticipant.id),
        attachments=rows(Attachment, Attachment.added_at, Attachment.id),
        issued=issued,
        users=users,
    )


def office_of(session: Session, office_id: int) -> Office:
    office = session.get(Office, office_id)
    assert office is not None
    return office


def series_prefix(session: Session, office: Office, series: str) -> str:
    """The office's own 字号 for the series if it set one, else the one derived from its case 字号."""
    return setting(session, office.id, SERIES_SETTING + series) or paper_prefix(office.case_prefix, series)


def paper_number(session: Session, office: Office, series: str, day: date, *, issue: bool) -> str:
    """The next number of the series: issued (the counter moves, inside the caller's transaction) or only
    looked at (for a preview; another desk may take it first, so the printed paper gets its own)."""
    year = series_year(day)
    if issue:
        seq = issue_sequence(session, office.id, series, year)
    else:
        seq = last_sequence(session, office.id, series, year) + 1
    return format_number(year, series_prefix(session, office, series), seq)


def keep_form_version(session: Session, sha256: str, form_id: str, form_text: str, common_text: str) -> None:
    """Store the form's text under its hash once, so the paper can be reproduced after the form is edited."""
    if session.get(FormVersion, sha256) is None:
        session.add(FormVersion(sha256=sha256, form_id=form_id, form_text=form_text, common_text=common_text))


def form_version(session: Session, sha256: str) -> FormVersion | None:
    return session.get(FormVersion, sha256)


def issued_document(session: Session, document_id: int) -> IssuedDocument | None:
    return session.get(IssuedDocument, document_id)


def add_issued(
    session: Session,
    *,
    case_id: int | None,
    form: FormCode,
    number: str | None,
    user_id: int | None,
    sha256: str,
    context_json: str,
    form_sha256: str,
) -> IssuedDocument:
    document = IssuedDocument(
        case_id=case_id,
        form=form,
        number=number,
        issued_by_id=user_id,
        sha256=sha256,
        context_json=context_json,
        form_sha256=form_sha256,
    )
    session.add(document)
    session.flush()
    return document
