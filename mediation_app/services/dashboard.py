"""The 工作台: what needs attention today (open cases, overdue clocks, risk colours, recent intake)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort
from mediation_app.domain.vocabulary import CaseStatus, RiskLevel
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import ReferralRow, overdue_referrals
from mediation_app.storage import summary_queries


@dataclass(frozen=True)
class DashboardSummary:
    total_cases: int
    open_cases: int
    overdue_cases: int
    received_today: int
    by_status: dict[CaseStatus, int]
    open_by_risk: dict[RiskLevel, int]
    recent: tuple[LedgerRow, ...]
    overdue_referrals: tuple[ReferralRow, ...] = ()  # referred out, feedback late: they must not disappear


def dashboard_summary(ctx: ServiceContext, today: date, recent: int = 10) -> DashboardSummary:
    with ctx.db.read() as session:
        by_status = summary_queries.status_counts(session)
        by_risk = summary_queries.open_risk_counts(session)
        overdue = summary_queries.overdue_open_count(session, today)
        received_today = summary_queries.received_between(session, today, today)
    recent_rows = ledger.ledger_page(ctx, LedgerFilter(), LedgerSort(), None, recent)
    open_cases = sum(by_status.get(s, 0) for s in summary_queries.OPEN_STATUSES)
    return DashboardSummary(
        total_cases=sum(by_status.values()),
        open_cases=open_cases,
        overdue_cases=overdue,
        received_today=received_today,
        by_status=by_status,
        open_by_risk={risk: by_risk.get(risk, 0) for risk in RiskLevel},
        recent=tuple(recent_rows),
        overdue_referrals=tuple(overdue_referrals(ctx, today=today)),
    )
