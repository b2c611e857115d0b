"""Test data through the real services."""

from __future__ import annotations

from datetime import datetime

from mediation_app.domain.vocabulary import Channel, DisputeType, PartyRole, RiskLevel
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import CaseRef, IntakeInput, PartyInput, accept_case, register_case


def make_case(
    ctx: ServiceContext,
    name: str = "张三",
    *,
    accept: bool = False,
    dispute_type: DisputeType = DisputeType.NEIGHBOUR,
    risk: RiskLevel = RiskLevel.YELLOW,
    received_at: datetime | None = None,
    community: str = "",
    respondent: str = "",
    id_number: str = "",
    amount_fen: int | None = None,
) -> CaseRef:
    """Register (and optionally accept) a case through the real service."""
    parties = [PartyInput(name, PartyRole.APPLICANT, id_number=id_number)]
    if respondent:
        parties.append(PartyInput(respondent, PartyRole.RESPONDENT))
    ref = register_case(
        ctx,
        IntakeInput(
            channel=Channel.WALK_IN,
            dispute_type=dispute_type,
            facts="双方因噪音发生争执。",
            parties=tuple(parties),
            received_at=received_at,
            community=community,
            risk=risk,
            risk_override_reason="测试设定的颜色",  # kept only when it differs from the suggestion
            amount_fen=amount_fen,
        ),
    )
    return accept_case(ctx, ref.case_id) if accept else ref
