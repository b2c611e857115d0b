"""Office-level tables: the office and its settings, users, number counters, calendar and directories."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mediation_app.domain.vocabulary import BodyKind, CalendarDayKind, DisputeType, UserRole
from mediation_app.storage.base import Base, Versioned, vocab


class Office(Versioned, Base):
    """The street office's room; its names and 字号 go on every printed paper."""

    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))  # e.g. 某街道警民联调室
    committee_name: Mapped[str] = mapped_column(sa.String(100))  # e.g. 某街道人民调解委员会
    case_prefix: Mapped[str] = mapped_column(sa.String(40))  # 字号, e.g. 某街联调字
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    phone: Mapped[str] = mapped_column(sa.String(40), default="")


class Setting(Base):
    """Free-form settings (key → JSON text) that do not deserve a column of their own."""

    __tablename__ = "settings"

    office_id: Mapped[int] = mapped_column(sa.ForeignKey("offices.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(40), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(40))
    role: Mapped[UserRole] = mapped_column(vocab(UserRole))
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    is_active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(sa.Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(sa.DateTime)
    phone: Mapped[str] = mapped_column(sa.String(40), default="")


class NumberCounter(Base):
    """The last number issued per series and year; bumped inside the transaction that saves the record."""

    __tablename__ = "number_counters"

    office_id: Mapped[int] = mapped_column(sa.ForeignKey("offices.id", ondelete="CASCADE"), primary_key=True)
    series: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    year: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(sa.Integer, default=0)
    prefix: Mapped[str] = mapped_column(sa.String(40), default="")


class CalendarDay(Base):
    """Official exceptions to the Monday–Friday week: public holidays and adjusted working days."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    kind: Mapped[CalendarDayKind] = mapped_column(vocab(CalendarDayKind))
    note: Mapped[str] = mapped_column(sa.String(80), default="")


class ExternalBody(Versioned, Base):
    """The directory of outside bodies a dispute may be diverted to."""

    __tablename__ = "external_bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    kind: Mapped[BodyKind] = mapped_column(vocab(BodyKind))
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    phone: Mapped[str] = mapped_column(sa.String(40), default="")
    contact: Mapped[str] = mapped_column(sa.String(40), default="")
    is_active: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class ClauseTemplate(Versioned, Base):
    """The office's clause library for agreement terms."""

    __tablename__ = "clause_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(80))
    text: Mapped[str] = mapped_column(sa.Text)
    dispute_type: Mapped[DisputeType | None] = mapped_column(vocab(DisputeType))
    is_payment: Mapped[bool] = mapped_column(sa.Boolean, default=False)
