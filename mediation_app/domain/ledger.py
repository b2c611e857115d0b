"""Ledger values: what a ledger row shows, how the ledger is filtered and sorted, and the paging cursor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, RiskLevel, Route


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
    cursor: LedgerCursor = field(compare=False, repr=False, default=LedgerCursor(None, 0))
