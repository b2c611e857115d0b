"""四色预警研判: the risk colour suggested from the intake data, with the reasons that led to it.

红 = cross-department or specialised, several departments; 橙 = may escalate, watch closely;
黄 = ordinary family/neighbour dispute; 蓝 = latent risk found by screening (domain.md §1).
The mediator may choose another colour; the program keeps the suggestion and the reason for the override.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.vocabulary import Channel, DisputeType, RiskLevel, Vocabulary

MANY_PEOPLE = 10  # 群体性: from this many people a dispute is watched closely
MASS_PEOPLE = 30  # and from this many it needs several departments
LARGE_AMOUNT_FEN = 10_000_000  # 10 万元
HUGE_AMOUNT_FEN = 100_000_000  # 100 万元
REPEAT_DISPUTES = 3  # a person in this many disputes within a year is a repeat disputant
# Disputes that usually need a specialised body or several departments.
SPECIALISED_TYPES = frozenset({DisputeType.EXPROPRIATION, DisputeType.ENVIRONMENT, DisputeType.MEDICAL})
SCREENING_CHANNELS = frozenset({Channel.GRID_WORKER, Channel.STATION, Channel.PROACTIVE})


class RiskReason(Vocabulary):
    """Why a colour was suggested (shown next to the suggestion)."""

    MAY_ESCALATE = ("may_escalate", "可能激化，需报告公安", "May escalate; the police must be told")
    MASS_PEOPLE = ("mass_people", "涉及30人以上，需多部门联动", "30 or more people; several departments")
    MANY_PEOPLE = ("many_people", "涉及10人以上", "10 or more people involved")
    HUGE_AMOUNT = ("huge_amount", "涉及金额100万元以上", "Amount of 1,000,000 yuan or more")
    LARGE_AMOUNT = ("large_amount", "涉及金额10万元以上", "Amount of 100,000 yuan or more")
    REPEAT_DISPUTANT = ("repeat_disputant", "当事人一年内3次以上纠纷", "A party in 3+ disputes within a year")
    SPECIALISED = ("specialised", "专业性或跨部门纠纷", "Specialised or cross-department dispute")
    ORDINARY = ("ordinary", "一般民间纠纷", "Ordinary civil dispute")
    SCREENING = ("screening", "排查发现的潜在风险，需闭环回访", "Latent risk found by screening; revisit")


@dataclass(frozen=True)
class RiskFacts:
    dispute_type: DisputeType
    channel: Channel
    people_involved: int = 0
    amount_fen: int | None = None
    may_escalate: bool = False
    repeat_disputant: bool = False


@dataclass(frozen=True)
class RiskSuggestion:
    level: RiskLevel
    reasons: tuple[RiskReason, ...]  # the reasons for this colour, most serious first


def suggest_risk(facts: RiskFacts) -> RiskSuggestion:
    """The most serious colour any rule gives, with every reason that gave it."""
    found: list[tuple[RiskLevel, RiskReason]] = []
    amount = facts.amount_fen or 0
    specialised = facts.dispute_type in SPECIALISED_TYPES
    if facts.people_involved >= MASS_PEOPLE or (specialised and facts.people_involved >= MANY_PEOPLE):
        found.append((RiskLevel.RED, RiskReason.MASS_PEOPLE))
    elif facts.people_involved >= MANY_PEOPLE:
        found.append((RiskLevel.ORANGE, RiskReason.MANY_PEOPLE))
    if amount >= HUGE_AMOUNT_FEN:
        found.append((RiskLevel.RED, RiskReason.HUGE_AMOUNT))
    elif amount >= LARGE_AMOUNT_FEN:
        found.append((RiskLevel.ORANGE, RiskReason.LARGE_AMOUNT))
    if facts.may_escalate:
        found.append((RiskLevel.ORANGE, RiskReason.MAY_ESCALATE))
    if facts.repeat_disputant:
        found.append((RiskLevel.ORANGE, RiskReason.REPEAT_DISPUTANT))
    if specialised:
        found.append((RiskLevel.ORANGE, RiskReason.SPECIALISED))
    if not found:
        quiet = facts.channel in SCREENING_CHANNELS and facts.people_involved <= 2 and not amount
        found.append((RiskLevel.BLUE, RiskReason.SCREENING) if quiet else (RiskLevel.YELLOW, RiskReason.ORDINARY))
    level = min((lvl for lvl, _ in found), key=lambda lvl: lvl.rank)
    return RiskSuggestion(level, tuple(reason for lvl, reason in found if lvl is level))
