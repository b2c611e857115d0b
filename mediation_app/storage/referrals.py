"""Queries on referrals (分流/委托): the register and the overdue ones."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import FeedbackResult
from mediation_app.storage.models import Case, ExternalBody, Referral


def _awaiting_feedback() -> sa.ColumnElement[bool]:
    return sa.or_(Referral.feedback_result.is_(None), Referral.feedback_result == FeedbackResult.IN_PROGRESS)


def referrals_with_cases(
    session: Session, *, case_id: int | None = None, overdue_on: date | None = None
) -> list[tuple[Referral, Case, ExternalBody | None]]:
    """Referrals with their case and body, newest first; ``overdue_on``: only those late on that day."""
    stmt = (
        sa.select(Referral, Case, ExternalBody)
        .join(Case, Case.id == Referral.case_id)
        .outerjoin(ExternalBody, ExternalBody.id == Referral.body_id)
        .order_by(Referral.decided_at.desc(), Referral.id.desc())
    )
    if case_id is not None:
        stmt = stmt.where(Referral.case_id == case_id)
    if overdue_on is not None:
        stmt = stmt.where(Referral.body_id.is_not(None), Referral.feedback_due < overdue_on, _awaiting_feedback())
    return [(r, c, body) for r, c, body in session.execute(stmt).tuples()]
