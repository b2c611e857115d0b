"""Queries on the users table: count, find by name or id, list all."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.vocabulary import UserRole
from mediation_app.storage.models import User


def user_count(session: Session) -> int:
    return int(session.execute(sa.select(sa.func.count()).select_from(User)).scalar_one())


def user_by_name(session: Session, username: str) -> User | None:
    """The user with this login name, compared without regard to case."""
    stmt = sa.select(User).where(sa.func.lower(User.username) == username.strip().lower()).order_by(User.id)
    return session.execute(stmt).scalars().first()


def user_by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def all_users(session: Session) -> list[User]:
    """Active accounts first, then by display name."""
    stmt = sa.select(User).order_by(User.is_active.desc(), User.display_name, User.id)
    return list(session.execute(stmt).scalars())


def active_admin_count(session: Session) -> int:
    stmt = sa.select(sa.func.count()).select_from(User).where(User.is_active.is_(True), User.role == UserRole.ADMIN)
    return int(session.execute(stmt).scalar_one())
