"""Ledger values: what a ledger row shows, how the ledger is filtered and sorted, and the paging cursor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mediation_app.domain.money import format_amount
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, Channel, DisputeType, Outcome, RiskLevel, Route
from mediation_app.domain.workflow import is_open


class LedgerSortKey(StrEnum):
    RECEIVED = "received"
    NUMBER = "number"
    STATUS = "status"
    RISK = "risk"
    DUE = "due"
    DISPUTE_TYPE = "dispute_type"
    COMMUNITY = "community"


@dataclass(frozen=True)
class LedgerFilter:
    """Every field narrows the ledger; an empty filter shows all cases."""

    received_from: date | None = None
    received_to: date | None = None  # inclusive
    statuses: frozenset[CaseStatus] = frozenset()
    dispute_types: frozenset[DisputeType] = frozenset()
    channels: frozenset[Channel] = frozenset()
    routes: frozenset[Route] = frozenset()
    risks: frozenset[RiskLevel] = frozenset()
    community: str = ""
    grid: str = ""  # within the community when both are given
    mediator: str = ""  # a name: cases this person mediates (lead or not)
    overdue_on: date | None = None  # only open cases whose clock ran out before this day (the window's day)
    has_agreement: bool | None = None  # an effective agreement (written or oral): True yes, False no, None any
    text: str = ""


@dataclass(frozen=True)
class LedgerSort:
    key: LedgerSortKey = LedgerSortKey.RECEIVED
    descending: bool = True


@dataclass(frozen=True)
class LedgerCursor:
    """Where the last page ended: the sort value and the id that breaks ties."""

    value: object
    case_id: int


@dataclass(frozen=True)
class LedgerRow:
    case_id: int
    number: str | None
    received_at: datetime
    title: str
    applicants: str
    respondents: str
    dispute_type: DisputeType
    channel: Channel
    route: Route | None
    status: CaseStatus
    risk: RiskLevel
    due_date: date | None
    closed_at: datetime | None
    community: str
    mediators: str
    amount_fen: int | None
    grid: str = ""
    outcome: Outcome | None = None
    applicant_id: str = ""  # the first applicant's ID number, masked (110101********1234); never the full number
    agreement: AgreementKind | None = None  # the effective agreement's kind, if any
    agreement_fen: int | None = None  # the amount that agreement settles (amount_fen is what was in dispute)
    cursor: LedgerCursor = field(compare=False, repr=False, default=LedgerCursor(None, 0))


def result_text(row: LedgerRow) -> str:
    """调解结果 as the office's ledger writes it: 调解成功（书面）, 调解终止, 已分流, 不予受理…"""
    if row.outcome is Outcome.SUCCESS or row.status is CaseStatus.SUCCEEDED:
        kinds = {AgreementKind.WRITTEN: "（书面）", AgreementKind.ORAL: "（口头）"}
        return "调解成功" + (kinds[row.agreement] if row.agreement else "")
    if row.outcome is Outcome.FAILURE or row.status is CaseStatus.FAILED:
        return "调解终止"
    return row.status.zh


@dataclass
class LedgerTotals:
    """The 合计 line of an exported ledger, added up row by row as the rows stream past."""

    cases: int = 0
    succeeded: int = 0
    written: int = 0
    oral: int = 0
    failed: int = 0
    in_hand: int = 0  # accepted, mediating or awaiting a referral's feedback
    not_accepted: int = 0
    amount_fen: int = 0

    def add(self, row: LedgerRow) -> None:
        self.cases += 1
        result = result_text(row)
        if result.startswith("调解成功"):
            self.succeeded += 1
            self.written += row.agreement is AgreementKind.WRITTEN
            self.oral += row.agreement is AgreementKind.ORAL
        elif result == "调解终止":
            self.failed += 1
        elif row.status in (CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.DIVERTED):
            self.in_hand += 1
        elif row.status is CaseStatus.NOT_ACCEPTED:
            self.not_accepted += 1
        self.amount_fen += row.agreement_fen or 0

    def text(self) -> str:
        return (
            f"共{self.cases}件：调解成功{self.succeeded}件（书面协议{self.written}件、口头协议{self.oral}件），"
            f"调解终止{self.failed}件，办理中{self.in_hand}件，不予受理{self.not_accepted}件。"
            f"协议金额合计{format_amount(self.amount_fen)}元。"
        )


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def is_overdue(row: LedgerRow, today: date) -> bool:
    """Still open and its clock ran out before ``today``."""
    return row.due_date is not None and is_open(row.status) and row.due_date < today


@dataclass(frozen=True)
class LedgerHeading:
    """What an exported ledger says above its rows."""

    office_name: str
    period_start: date
    period_end: date
    prepared_by: str
    today: date

    @property
    def period(self) -> str:
        return f"{chinese_date(self.period_start)}至{chinese_date(self.period_end)}"
