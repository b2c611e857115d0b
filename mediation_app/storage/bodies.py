"""Queries on the directory of outside bodies."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.models import ExternalBody


def all_bodies(session: Session, *, include_inactive: bool) -> list[ExternalBody]:
    stmt = sa.select(ExternalBody).order_by(ExternalBody.kind, ExternalBody.name)
    if not include_inactive:
        stmt = stmt.where(ExternalBody.is_active.is_(True))
    return list(session.execute(stmt).scalars())


def body_named(session: Session, name: str) -> int | None:
    return session.execute(sa.select(ExternalBody.id).where(ExternalBody.name == name)).scalar_one_or_none()
