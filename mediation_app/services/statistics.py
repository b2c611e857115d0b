"""Period figures: 受理数, 调解成功数, 成功率 and agreement amounts, exact (fractions, integer fen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from mediation_app.domain.rates import success_rate
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, Outcome
from mediation_app.services.context import ServiceContext
from mediation_app.storage import summary_queries

_NOT_TAKEN = (CaseStatus.REGISTERED, CaseStatus.NOT_ACCEPTED)
_IN_PROGRESS = (CaseStatus.ACCEPTED, CaseStatus.MEDIATING, CaseStatus.DIVERTED)


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    received: int
    accepted: int
    succeeded: int
    failed: int
    in_progress: int
    success_rate: Fraction | None  # success ÷ cases mediated to an outcome; None when there are none
    written_agreements: int
    oral_agreements: int
    agreement_amount_fen: int


def period_figures(ctx: ServiceContext, start: date, end: date) -> PeriodFigures:
    """Figures for the cases received from ``start`` to ``end`` inclusive."""
    with ctx.db.read() as session:
        by_status = summary_queries.outcome_counts(session, start, end)
        outcomes = summary_queries.outcome_totals(session, start, end)
        agreements = summary_queries.agreement_figures(session, start, end)
    written = agreements.get(AgreementKind.WRITTEN, (0, 0))
    oral = agreements.get(AgreementKind.ORAL, (0, 0))
    succeeded = outcomes.get(Outcome.SUCCESS, 0)
    failed = outcomes.get(Outcome.FAILURE, 0)
    received = sum(by_status.values())
    return PeriodFigures(
        start=start,
        end=end,
        received=received,
        accepted=received - sum(by_status.get(s, 0) for s in _NOT_TAKEN),
        succeeded=succeeded,
        failed=failed,
        in_progress=sum(by_status.get(s, 0) for s in _IN_PROGRESS),
        success_rate=success_rate(succeeded, succeeded + failed),
        written_agreements=written[0],
        oral_agreements=oral[0],
        agreement_amount_fen=written[1] + oral[1],
    )
