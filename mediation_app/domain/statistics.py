"""统计报表: what each figure counts, and the exact rates built from the counts.

Which cases a period covers
    A period is a range of days, both ends included. Every figure except 登记数 and 不予受理数 describes the cases
    **accepted** (受理, ``accepted_at``) in the period, followed to where they stand today: the month's report
    says what became of that month's intake. A case therefore belongs to exactly one month, the months of a year add
    up to the year, and the breakdowns add up to the totals (except by mediator, below). A report for a recent month
    still moves while its cases are being mediated; the figures are as of the moment they are computed.
    登记数 (received) counts the cases registered (``received_at``) in the period and 不予受理数 those of them
    refused; neither has an acceptance date.

The figures of the accepted cases
    受理数 accepted: the cases accepted in the period.
    调解成功数 mediated_success / 调解不成数 mediated_failure: the cases whose mediation ended with that outcome.
    成功率 success_rate = 调解成功数 ÷ (调解成功数 + 调解不成数): success over the cases mediated to an outcome;
        cases still in mediation, or diverted and closed elsewhere, are in neither. Exact (a Fraction), shown to one
        decimal and as the rounded whole percent the office reports: 90/92 → 97.8 % (reported 98 %). No case
        mediated to an outcome → no rate (—), never 0 %.
    办理中 in_progress: accepted cases not yet closed (no closing date).
    结案数 closed: cases with a closing date (outcome reached, or closed on a referral's feedback).
        结案率 closure_rate = 结案数 ÷ 受理数.
    及时率 timely_rate = 按期结案数 ÷ 有期限的结案数: a closed case with a clock (``due_date``) is on time when the
        day it closed is no later than its due date; closed cases without a clock are in neither count.
    书面协议数 / 口头协议数 written_agreements / oral_agreements: agreements in force (a date of effect) of
        these cases; drafts do not count. 协议涉及金额 agreement_amount_fen: the sum of their amounts, integer fen.
    司法确认数 judicial_confirmed: agreements in force that a court confirmed valid (确认有效).
    履行数 performed: agreements in force performed in full, by a performance record or a 回访 saying 已履行.
    满意度 satisfaction_rate = (满意 + 基本满意) ÷ 回访 with an answer: every 回访 of these cases that recorded a
        satisfaction counts once (a case visited twice counts twice).
    防止民转刑 / 防止群体性上访: the cases flagged so (件) and the people involved in them (人).
    两不出 resolved_community / resolved_street: cases resolved at community level or at the street office.

Breakdowns
    Every figure is also given by 纠纷类型, 来源渠道, 调解途径 (未分流 when none), 调解员, 社区 (未填写 when blank)
    and 风险等级, and by month of acceptance. A case with two mediators counts once for each of them, so the
    mediator breakdown adds up to more than the totals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from fractions import Fraction

from mediation_app.domain.rates import format_percent, rate
from mediation_app.domain.vocabulary import Channel, DisputeType, RiskLevel, Route, Vocabulary


class Dimension(Vocabulary):
    """What a breakdown groups by."""

    DISPUTE_TYPE = ("dispute_type", "纠纷类型", "Dispute type")
    CHANNEL = ("channel", "来源渠道", "Channel")
    ROUTE = ("route", "调解途径", "Route")
    MEDIATOR = ("mediator", "调解员", "Mediator")
    COMMUNITY = ("community", "社区", "Community")
    RISK = ("risk", "风险等级", "Risk colour")


# The vocabulary a dimension's keys come from; mediator and community keys are names.
DIMENSION_VOCABULARY: Mapping[Dimension, type[Vocabulary]] = {
    Dimension.DISPUTE_TYPE: DisputeType,
    Dimension.CHANNEL: Channel,
    Dimension.ROUTE: Route,
    Dimension.RISK: RiskLevel,
}
BLANK_KEY_LABEL: Mapping[Dimension, str] = {Dimension.ROUTE: "未分流", Dimension.COMMUNITY: "未填写"}


@dataclass(frozen=True)
class Figures:
    """The counts for one group of accepted cases; rates are derived, exactly."""

    accepted: int = 0
    mediated_success: int = 0
    mediated_failure: int = 0
    in_progress: int = 0
    closed: int = 0
    closed_with_clock: int = 0
    closed_on_time: int = 0
    written_agreements: int = 0
    oral_agreements: int = 0
    agreement_amount_fen: int = 0
    judicial_confirmed: int = 0
    performed: int = 0
    visits_answered: int = 0
    visits_satisfied: int = 0
    prevented_criminal_cases: int = 0
    prevented_criminal_people: int = 0
    prevented_petition_cases: int = 0
    prevented_petition_people: int = 0
    resolved_community: int = 0
    resolved_street: int = 0

    @classmethod
    def from_counts(cls, counts: Mapping[str, int | None]) -> Figures:
        """From a row of sums; a missing or NULL sum (no rows) is 0."""
        return cls(**{f.name: int(counts.get(f.name) or 0) for f in fields(cls)})

    @property
    def mediated(self) -> int:
        """Cases mediated to an outcome: the 成功率's denominator."""
        return self.mediated_success + self.mediated_failure

    @property
    def success_rate(self) -> Fraction | None:
        return rate(self.mediated_success, self.mediated)

    @property
    def closure_rate(self) -> Fraction | None:
        return rate(self.closed, self.accepted)

    @property
    def timely_rate(self) -> Fraction | None:
        return rate(self.closed_on_time, self.closed_with_clock)

    @property
    def satisfaction_rate(self) -> Fraction | None:
        return rate(self.visits_satisfied, self.visits_answered)


COUNT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Figures))
RATE_NAMES: tuple[str, ...] = ("success_rate", "closure_rate", "timely_rate", "satisfaction_rate")


@dataclass(frozen=True)
class BreakdownRow:
    """One group of a breakdown: its key (a vocabulary code or a name; "" for blank) and its figures."""

    key: str
    figures: Figures


@dataclass(frozen=True)
class MonthRow:
    year: int
    month: int
    figures: Figures

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True)
class Statistics:
    """A period's figures, their breakdowns and the monthly trend."""

    start: date
    end: date
    received: int
    not_accepted: int
    totals: Figures
    breakdowns: Mapping[Dimension, tuple[BreakdownRow, ...]]
    months: tuple[MonthRow, ...]


def key_label(dimension: Dimension, key: str) -> str:
    """The Chinese name of a breakdown key: 婚姻家庭, 红, 未分流, or the name itself."""
    if not key:
        return BLANK_KEY_LABEL.get(dimension, "未填写")
    vocabulary = DIMENSION_VOCABULARY.get(dimension)
    if vocabulary is None:
        return key
    member = next((m for m in vocabulary if m.value == key), None)
    return member.zh if member is not None else key


def percent_texts(value: Fraction | None) -> tuple[str, str]:
    """("97.8%", "98%") for 90/92: one decimal and the rounded whole percent; ("—", "—") for no rate."""
    if value is None:
        return "—", "—"
    return format_percent(value, 1), format_percent(value)


def office_rate_text(value: Fraction | None) -> str:
    """The office's wording: "97.8%（上报 98%）"; "—" for no rate."""
    exact, reported = percent_texts(value)
    return "—" if value is None else f"{exact}（上报 {reported}）"


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, month) from ``start``'s month to ``end``'s month, in order."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def sort_breakdown(dimension: Dimension, rows: list[BreakdownRow]) -> tuple[BreakdownRow, ...]:
    """Vocabulary dimensions in vocabulary order (blank last); names by most accepted, then by name."""
    vocabulary = DIMENSION_VOCABULARY.get(dimension)
    if vocabulary is not None:
        order = {member.value: position for position, member in enumerate(vocabulary)}
        return tuple(sorted(rows, key=lambda row: order.get(row.key, len(order))))
    return tuple(sorted(rows, key=lambda row: (not row.key, -row.figures.accepted, row.key)))
