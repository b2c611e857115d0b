"""The work on a case: referrals, sessions and records, agreements and terms, performance, visits, meetings."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_app.domain.vocabulary import (
    AgreementKind,
    CourtDecision,
    FeedbackResult,
    Performance,
    Route,
    Satisfaction,
    SessionKind,
    VisitMethod,
)
from mediation_app.storage.base import Base, Versioned, vocab


class Referral(Versioned, Base):
    """A diversion to an internal route or an outside body, and the feedback it must bring back."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    route: Mapped[Route | None] = mapped_column(vocab(Route))  # inside the room
    body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("external_bodies.id"))  # or outside
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    decided_at: Mapped[datetime] = mapped_column(sa.DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    feedback_due: Mapped[date | None] = mapped_column(sa.Date, index=True)
    letter_number: Mapped[str | None] = mapped_column(sa.String(60), unique=True)  # 委托调解函 number
    confirmed_at: Mapped[date | None] = mapped_column(sa.Date)  # 委托调解确认书 / 回执 returned
    confirmed_by: Mapped[str] = mapped_column(sa.String(60), default="")
    feedback_result: Mapped[FeedbackResult | None] = mapped_column(vocab(FeedbackResult))
    feedback_at: Mapped[date | None] = mapped_column(sa.Date)
    feedback_note: Mapped[str] = mapped_column(sa.Text, default="")


class MediationSession(Versioned, Base):
    """A scheduled and then recorded mediation session, or an investigation (调查记录)."""

    __tablename__ = "mediation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SessionKind] = mapped_column(vocab(SessionKind))
    scheduled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    held_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    mediators: Mapped[str] = mapped_column(sa.String(200), default="")
    recorder: Mapped[str] = mapped_column(sa.String(40), default="")
    attendees: Mapped[str] = mapped_column(sa.Text, default="")
    rights_notice_given: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    record_text: Mapped[str] = mapped_column(sa.Text, default="")
    mediator_work: Mapped[str] = mapped_column(sa.Text, default="")
    result: Mapped[str] = mapped_column(sa.Text, default="")

    statements: Mapped[list[SessionStatement]] = relationship(cascade="all, delete-orphan")


class SessionStatement(Base):
    """What one party said in a session."""

    __tablename__ = "session_statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("mediation_sessions.id", ondelete="CASCADE"), index=True)
    case_party_id: Mapped[int] = mapped_column(sa.ForeignKey("case_parties.id", ondelete="CASCADE"))
    statement: Mapped[str] = mapped_column(sa.Text, default="")


class Agreement(Versioned, Base):
    """A written (人民调解协议书) or oral (口头协议登记表) agreement; its number is reused on the 回访记录."""

    __tablename__ = "agreements"
    __table_args__ = (  # the cases with an agreement in force: the ledger's filter, counted from this alone
        sa.Index(
            "ix_agreements_effective",
            "case_id",
            sqlite_where=sa.text("effective_on IS NOT NULL"),
            postgresql_where=sa.text("effective_on IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AgreementKind] = mapped_column(vocab(AgreementKind))
    number: Mapped[str | None] = mapped_column(sa.String(60), unique=True)
    facts: Mapped[str] = mapped_column(sa.Text, default="")
    disputed_matters: Mapped[str] = mapped_column(sa.Text, default="")
    responsibilities: Mapped[str] = mapped_column(sa.Text, default="")
    performance_manner: Mapped[str] = mapped_column(sa.Text, default="")
    performance_place: Mapped[str] = mapped_column(sa.String(200), default="")
    performance_deadline: Mapped[date | None] = mapped_column(sa.Date)
    amount_fen: Mapped[int | None] = mapped_column(sa.BigInteger)
    copies: Mapped[int | None] = mapped_column(sa.Integer)  # 一式N份; N = parties + 1 unless set
    # Signed, fingerprinted and sealed; indexed for the 工作台's 司法确认 windows closing soon.
    effective_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    judicial_applied_on: Mapped[date | None] = mapped_column(sa.Date)
    court_decision: Mapped[CourtDecision | None] = mapped_column(vocab(CourtDecision))
    court_decided_on: Mapped[date | None] = mapped_column(sa.Date)
    court_name: Mapped[str] = mapped_column(sa.String(100), default="")
    # 婚姻、收养等身份关系: never open to 司法确认; None = not answered (required for 婚姻家庭, see agreement_rules).
    personal_status: Mapped[bool | None] = mapped_column(sa.Boolean)

    terms: Mapped[list[AgreementTerm]] = relationship(order_by="AgreementTerm.seq", cascade="all, delete-orphan")


class AgreementTerm(Base):
    """One numbered term of an agreement; payment terms carry an amount and a deadline."""

    __tablename__ = "agreement_terms"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "seq", name="uq_agreement_terms_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreements.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str] = mapped_column(sa.Text)
    is_payment: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    amount_fen: Mapped[int | None] = mapped_column(sa.BigInteger)
    due_on: Mapped[date | None] = mapped_column(sa.Date)


class PerformanceRecord(Base):
    """Performance of an agreement, supervised by the committee (Art. 31)."""

    __tablename__ = "performance_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(sa.ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    status: Mapped[Performance] = mapped_column(vocab(Performance))
    recorded_on: Mapped[date] = mapped_column(sa.Date)
    performed_on: Mapped[date | None] = mapped_column(sa.Date)
    amount_fen: Mapped[int | None] = mapped_column(sa.BigInteger)
    note: Mapped[str] = mapped_column(sa.Text, default="")
    receipt_attachment_id: Mapped[int | None] = mapped_column(sa.ForeignKey("attachments.id"))


class FollowUpVisit(Versioned, Base):
    """回访记录."""

    __tablename__ = "follow_up_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreements.id"), index=True)
    visited_on: Mapped[date] = mapped_column(sa.Date)
    visitee: Mapped[str] = mapped_column(sa.String(100))
    visitee_phone: Mapped[str] = mapped_column(sa.String(40), default="")
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    method: Mapped[VisitMethod] = mapped_column(vocab(VisitMethod))
    performance: Mapped[Performance | None] = mapped_column(vocab(Performance))
    satisfaction: Mapped[Satisfaction | None] = mapped_column(vocab(Satisfaction))
    later_suit: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    residual_risk: Mapped[str] = mapped_column(sa.Text, default="")
    visitor: Mapped[str] = mapped_column(sa.String(40), default="")
    note: Mapped[str] = mapped_column(sa.Text, default="")


class JointMeeting(Versioned, Base):
    """The half-monthly 联席会议."""

    __tablename__ = "joint_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(sa.ForeignKey("offices.id"))
    held_at: Mapped[datetime] = mapped_column(sa.DateTime, index=True)
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    host: Mapped[str] = mapped_column(sa.String(40), default="")
    attendees: Mapped[str] = mapped_column(sa.Text, default="")
    summary: Mapped[str] = mapped_column(sa.Text, default="")

    items: Mapped[list[JointMeetingItem]] = relationship(order_by="JointMeetingItem.seq", cascade="all, delete-orphan")


class JointMeetingItem(Base):
    """A case on a meeting's agenda, its discussion and decision, and who does what by when."""

    __tablename__ = "joint_meeting_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("joint_meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(sa.Integer)
    # Why it is on the agenda: codes joined by commas (difficult, red, orange, overdue, proposed), "" if added by hand.
    agenda_reason: Mapped[str] = mapped_column(sa.String(80), default="")
    topic: Mapped[str] = mapped_column(sa.Text, default="")
    discussion: Mapped[str] = mapped_column(sa.Text, default="")
    decision: Mapped[str] = mapped_column(sa.Text, default="")
    assignee: Mapped[str] = mapped_column(sa.String(60), default="")
    due_on: Mapped[date | None] = mapped_column(sa.Date)
    done_on: Mapped[date | None] = mapped_column(sa.Date)
