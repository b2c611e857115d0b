"""The suggested risk colour and its reasons."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.risk import RiskFacts, RiskReason, suggest_risk
from mediation_app.domain.vocabulary import Channel, DisputeType, RiskLevel


def facts(**changes: object) -> RiskFacts:
    base: dict[str, object] = {"dispute_type": DisputeType.NEIGHBOUR, "channel": Channel.WALK_IN, "people_involved": 2}
    return RiskFacts(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "level", "reasons"),
    [
        ({}, RiskLevel.YELLOW, (RiskReason.ORDINARY,)),
        ({"channel": Channel.GRID_WORKER}, RiskLevel.BLUE, (RiskReason.SCREENING,)),
        ({"may_escalate": True}, RiskLevel.ORANGE, (RiskReason.MAY_ESCALATE,)),
        ({"people_involved": 12}, RiskLevel.ORANGE, (RiskReason.MANY_PEOPLE,)),
        ({"people_involved": 30}, RiskLevel.RED, (RiskReason.MASS_PEOPLE,)),
        ({"amount_fen": 10_000_000}, RiskLevel.ORANGE, (RiskReason.LARGE_AMOUNT,)),
        ({"amount_fen": 9_999_999}, RiskLevel.YELLOW, (RiskReason.ORDINARY,)),
        ({"amount_fen": 100_000_000, "may_escalate": True}, RiskLevel.RED, (RiskReason.HUGE_AMOUNT,)),
        (
            {"repeat_disputant": True, "may_escalate": True},
            RiskLevel.ORANGE,
            (RiskReason.MAY_ESCALATE, RiskReason.REPEAT_DISPUTANT),
        ),
        ({"dispute_type": DisputeType.EXPROPRIATION}, RiskLevel.ORANGE, (RiskReason.SPECIALISED,)),
        ({"dispute_type": DisputeType.MEDICAL, "people_involved": 10}, RiskLevel.RED, (RiskReason.MASS_PEOPLE,)),
    ],
)
def test_suggestions(changes: dict[str, object], level: RiskLevel, reasons: tuple[RiskReason, ...]) -> None:
    suggestion = suggest_risk(facts(**changes))
    assert suggestion.level is level
    assert suggestion.reasons == reasons


@given(
    people=st.integers(min_value=0, max_value=500),
    amount=st.one_of(st.none(), st.integers(min_value=0, max_value=10**10)),
    escalate=st.booleans(),
    repeat=st.booleans(),
    kind=st.sampled_from(DisputeType),
    channel=st.sampled_from(Channel),
)
def test_more_danger_never_lowers_the_colour(
    people: int, amount: int | None, escalate: bool, repeat: bool, kind: DisputeType, channel: Channel
) -> None:
    base = suggest_risk(RiskFacts(kind, channel, people, amount, escalate, repeat))
    worse = suggest_risk(RiskFacts(kind, channel, people + 10, (amount or 0) * 10, True, True))
    assert worse.level.rank <= base.level.rank
    assert base.reasons and all(isinstance(r, RiskReason) for r in base.reasons)
