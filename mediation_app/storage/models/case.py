"""The case and its people: parties (persons and organisations), their roles and agents, mediators, drafts."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_app.domain.casework import TerminationReason
from mediation_app.domain.vocabulary import (
    AgentAuthority,
    CaseStatus,
    Channel,
    ClockKind,
    DisputeType,
    Gender,
    MediatorRole,
    NotAcceptedReason,
    Outcome,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
)
from mediation_app.storage.base import Base, Versioned, now, vocab


class Case(Versioned, Base):
    """One dispute from intake to archive; the ledger is a view over these rows."""

    __tablename__ = "cases"
    __table_args__ = (
        # Named uq_cases_number on SQLite databases (migration 0001); SQLite keeps the name and compares the columns.
        sa.UniqueConstraint("office_id", "number_year", "number_seq", name="uq_cases_office_year_seq"),
        sa.Index("ix_cases_received", "received_at", "id"),
        sa.Index("ix_cases_status_received", "status", "received_at"),
        sa.Index("ix_cases_type_received", "dispute_type", "received_at"),
        sa.Index("ix_cases_due", "due_date"),
        # The ledger sorted by clock walks this (its sort key, NULL last); see ledger_queries.DUE_SORT.
        sa.Index("ix_cases_due_sort", sa.func.coalesce(sa.column("due_date"), sa.literal_column("'9999-12-31'")), "id"),
        # Narrow copy of the filterable columns: counting the ledger under any filter scans this, not the wide rows.
        sa.Index(
            "ix_cases_ledger_filters",
            "status",
            "route",
            "risk",
            "channel",
            "dispute_type",
            "community",
            "grid",
            "due_date",
            "received_at",
        ),
        sa.Index("ix_cases_accepted", "accepted_at"),  # a period's statistics: the cases accepted in it
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("offices.id"))
    # The number is issued on acceptance, in the same transaction; a mere registration has none yet.
    number: Mapped[str | None] = mapped_column(sa.String(60), unique=True)
    number_year: Mapped[int | None] = mapped_column(sa.Integer)
    number_seq: Mapped[int | None] = mapped_column(sa.Integer)
    title: Mapped[str] = mapped_column(sa.String(200), default="")
    status: Mapped[CaseStatus] = mapped_column(vocab(CaseStatus), default=CaseStatus.REGISTERED)
    channel: Mapped[Channel] = mapped_column(vocab(Channel))
    referrer_unit: Mapped[str] = mapped_column(sa.String(100), default="")
    referrer_person: Mapped[str] = mapped_column(sa.String(40), default="")
    received_at: Mapped[datetime] = mapped_column(sa.DateTime)
    received_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    dispute_type: Mapped[DisputeType] = mapped_column(vocab(DisputeType))
    # An imported or typed type that is not one of the 15 is stored as OTHER with the words kept here.
    dispute_type_original: Mapped[str] = mapped_column(sa.String(60), default="")
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    occurred_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    community: Mapped[str] = mapped_column(sa.String(60), default="", index=True)
    grid: Mapped[str] = mapped_column(sa.String(60), default="")
    people_involved: Mapped[int] = mapped_column(sa.Integer, default=0)
    amount_fen: Mapped[int | None] = mapped_column(sa.BigInteger)  # amounts are exact: integer fen
    facts: Mapped[str] = mapped_column(sa.Text, default="")
    risk: Mapped[RiskLevel] = mapped_column(vocab(RiskLevel), default=RiskLevel.YELLOW)
    risk_suggested: Mapped[RiskLevel | None] = mapped_column(vocab(RiskLevel))
    risk_reasons: Mapped[str] = mapped_column(sa.Text, default="")
    risk_override_reason: Mapped[str] = mapped_column(sa.Text, default="")
    may_escalate: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # 可能激化/需报告公安
    route: Mapped[Route | None] = mapped_column(vocab(Route))
    outcome: Mapped[Outcome | None] = mapped_column(vocab(Outcome))
    clock: Mapped[ClockKind | None] = mapped_column(vocab(ClockKind))
    accepted_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    due_date: Mapped[date | None] = mapped_column(sa.Date)
    closed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    not_accepted_reason: Mapped[NotAcceptedReason | None] = mapped_column(vocab(NotAcceptedReason))
    # Every ground ticked, comma-separated in the law's order; the first is also not_accepted_reason.
    not_accepted_grounds: Mapped[str] = mapped_column(sa.String(200), default="")
    decision_note: Mapped[str] = mapped_column(sa.Text, default="")
    competent_body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("external_bodies.id"))
    termination_code: Mapped[TerminationReason | None] = mapped_column(vocab(TerminationReason))  # 终止 ground
    termination_reason: Mapped[str] = mapped_column(sa.Text, default="")  # the details in words
    routes_told: Mapped[str] = mapped_column(sa.Text, default="")  # other routes the parties were told of
    prevented_criminal: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # 防止民转刑
    prevented_mass_petition: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # 防止群体性上访
    resolved_level: Mapped[str] = mapped_column(sa.String(20), default="")  # community / street (两不出)
    difficult: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # 疑难: goes to the 联席会议
    # Put forward for the next 联席会议 by a mediator: when, and why in their words.
    meeting_proposed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    meeting_proposal: Mapped[str] = mapped_column(sa.Text, default="")
    archive_number: Mapped[str | None] = mapped_column(sa.String(60), unique=True)
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    archive_retention: Mapped[str] = mapped_column(sa.String(20), default="")  # 保管期限 on the file's cover
    # Denormalised for the ledger (one row = one read at 100,000 cases); kept in step by the services.
    applicant_names: Mapped[str] = mapped_column(sa.String(300), default="")
    respondent_names: Mapped[str] = mapped_column(sa.String(300), default="")
    mediator_names: Mapped[str] = mapped_column(sa.String(200), default="")
    import_key: Mapped[str | None] = mapped_column(sa.String(120), unique=True)  # re-import makes no duplicates

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", order_by="CaseParty.position", cascade="all, delete-orphan"
    )
    mediators: Mapped[list[CaseMediator]] = relationship(cascade="all, delete-orphan")


class Party(Versioned, Base):
    """A natural person or an organisation; the same party may appear in several cases."""

    __tablename__ = "parties"
    __table_args__ = (sa.Index("ix_parties_name_phone", "name", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PartyKind] = mapped_column(vocab(PartyKind))
    name: Mapped[str] = mapped_column(sa.String(100), index=True)
    gender: Mapped[Gender | None] = mapped_column(vocab(Gender))
    ethnicity: Mapped[str] = mapped_column(sa.String(20), default="")
    birth_date: Mapped[date | None] = mapped_column(sa.Date)
    age: Mapped[int | None] = mapped_column(sa.Integer)
    id_number: Mapped[str | None] = mapped_column(sa.String(18), index=True)
    phone: Mapped[str] = mapped_column(sa.String(40), default="")
    address: Mapped[str] = mapped_column(sa.String(200), default="")
    occupation: Mapped[str] = mapped_column(sa.String(60), default="")
    employer: Mapped[str] = mapped_column(sa.String(100), default="")
    credit_code: Mapped[str | None] = mapped_column(sa.String(18), index=True)  # 统一社会信用代码
    legal_rep_name: Mapped[str] = mapped_column(sa.String(40), default="")
    legal_rep_title: Mapped[str] = mapped_column(sa.String(40), default="")


class CaseParty(Base):
    """A party's place in one case: role, requests and agent."""

    __tablename__ = "case_parties"
    __table_args__ = (sa.UniqueConstraint("case_id", "party_id", name="uq_case_parties_case_party"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(sa.ForeignKey("parties.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(vocab(PartyRole))
    position: Mapped[int] = mapped_column(sa.Integer, default=0)
    requests: Mapped[str] = mapped_column(sa.Text, default="")  # what this party asks for
    agent_name: Mapped[str] = mapped_column(sa.String(40), default="")
    agent_id_number: Mapped[str | None] = mapped_column(sa.String(18))
    agent_phone: Mapped[str] = mapped_column(sa.String(40), default="")
    agent_authority: Mapped[AgentAuthority | None] = mapped_column(vocab(AgentAuthority))
    agent_relation: Mapped[str] = mapped_column(sa.String(40), default="")

    case: Mapped[Case] = relationship(back_populates="parties")
    party: Mapped[Party] = relationship()


class CaseMediator(Base):
    """A mediator on a case with the role in which they act; a staff user or an outside name."""

    __tablename__ = "case_mediators"
    __table_args__ = (sa.Index("ix_case_mediators_name", "name", "case_id"),)  # the ledger's mediator filter

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(40))
    role: Mapped[MediatorRole] = mapped_column(vocab(MediatorRole))
    is_lead: Mapped[bool] = mapped_column(sa.Boolean, default=False)


class CaseParticipant(Base):
    """Invited helpers: relatives, neighbours, experts."""

    __tablename__ = "case_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(40))
    relation: Mapped[str] = mapped_column(sa.String(60), default="")
    phone: Mapped[str] = mapped_column(sa.String(40), default="")


class IntakeDraft(Base):
    """An unfinished intake, kept until saved or discarded (survives a crash)."""

    __tablename__ = "intake_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    payload: Mapped[str] = mapped_column(sa.Text)  # JSON of the form's fields
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=now, onupdate=now)
