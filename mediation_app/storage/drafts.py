"""Queries on intake drafts."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.models import IntakeDraft


def drafts_of(session: Session, user_id: int | None) -> list[IntakeDraft]:
    owner = IntakeDraft.user_id.is_(None) if user_id is None else IntakeDraft.user_id == user_id
    stmt = sa.select(IntakeDraft).where(owner).order_by(IntakeDraft.updated_at.desc(), IntakeDraft.id.desc())
    return list(session.execute(stmt).scalars())
