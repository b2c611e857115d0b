"""Test data for the 工作台 and the 联席会议: cases through the intake service, then the one fact a test needs
(a due date, a session, a referral, an agreement) written straight onto the rows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from mediation_app.domain.vocabulary import (
    AgreementKind,
    BodyKind,
    Channel,
    DisputeType,
    PartyRole,
    RiskLevel,
    SessionKind,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case, register_case
from mediation_app.storage.models import Agreement, Case, ExternalBody, MediationSession, Referral

TODAY = date(2026, 11, 18)  # a Wednesday
RECEIVED = datetime(2026, 11, 2, 9, 0)


def make_case(
    ctx: ServiceContext,
    name: str,
    *,
    risk: RiskLevel = RiskLevel.YELLOW,
    received: datetime = RECEIVED,
    accept: bool = True,
    **fields: Any,
) -> int:
    """A case registered (and accepted) through the service, then ``fields`` written onto its row."""
    data = IntakeInput(
        Channel.WALK_IN,
        DisputeType.NEIGHBOUR,
        "双方因噪音发生争执。",
        (PartyInput(name, PartyRole.APPLICANT), PartyInput(f"{name}邻居", PartyRole.RESPONDENT)),
        received_at=received,
        title=f"{name}邻里纠纷",
        risk=risk,
        risk_override_reason="测试设定的颜色",
    )
    ref = (register_and_accept_case if accept else register_case)(ctx, data)
    if fields:
        set_case(ctx, ref.case_id, **fields)
    return ref.case_id


def set_case(ctx: ServiceContext, case_id: int, **fields: Any) -> None:
    with ctx.db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        for name, value in fields.items():
            setattr(case, name, value)


def number_of(ctx: ServiceContext, case_id: int) -> str:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.number is not None
        return case.number


def add_session(ctx: ServiceContext, case_id: int, scheduled: datetime, held: datetime | None = None) -> int:
    with ctx.db.write() as session:
        row = MediationSession(
            case_id=case_id, kind=SessionKind.MEDIATION, scheduled_at=scheduled, held_at=held, place="第一调解室"
        )
        session.add(row)
        session.flush()
        return row.id


def add_referral(ctx: ServiceContext, case_id: int, feedback_due: date, body: str = "某区劳动人事争议仲裁委") -> int:
    with ctx.db.write() as session:
        found = session.query(ExternalBody).filter_by(name=body).one_or_none()
        if found is None:
            found = ExternalBody(name=body, kind=BodyKind.OTHER)
            session.add(found)
            session.flush()
        row = Referral(case_id=case_id, body_id=found.id, decided_at=RECEIVED, feedback_due=feedback_due)
        session.add(row)
        session.flush()
        return row.id


def add_agreement(
    ctx: ServiceContext,
    case_id: int,
    effective_on: date,
    *,
    deadline: date | None = None,
    number: str = "",
    kind: AgreementKind = AgreementKind.WRITTEN,
    **fields: Any,
) -> int:
    with ctx.db.write() as session:
        row = Agreement(
            case_id=case_id,
            kind=kind,
            effective_on=effective_on,
            performance_deadline=deadline,
            number=number or None,
            **{"personal_status": False, **fields},
        )
        session.add(row)
        session.flush()
        return row.id
