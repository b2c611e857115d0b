"""The declarative base with one naming convention, and column helpers shared by the tables."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def vocab(enum_cls: type[Enum], **kwargs: Any) -> sa.Enum:
    """A vocabulary column stored as its stable English code (VARCHAR, no native enum)."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        **kwargs,
    )


def now() -> datetime:
    """Local wall-clock time, second precision: the office works in one time zone."""
    return datetime.now().replace(microsecond=0)


class Versioned:
    """Records edited in forms carry a version so a stale save is refused, never silently applied."""

    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=now)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=now, onupdate=now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declared_attr takes the class)
        # SQLAlchemy adds "AND version = :old" to every UPDATE and raises StaleDataError on a lost race.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
