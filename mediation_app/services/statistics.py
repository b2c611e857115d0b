"""统计报表: a period's figures, breakdowns and monthly trend (definitions in domain/statistics.py), and their JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from mediation_app.domain.statistics import (
    COUNT_NAMES,
    RATE_NAMES,
    BreakdownRow,
    Dimension,
    Figures,
    MonthRow,
    Statistics,
    key_label,
    months_between,
    percent_texts,
    sort_breakdown,
)
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import stats_queries

_DIMENSIONS = {dimension.value: dimension for dimension in Dimension}


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise ServiceError("stats.range", start=start.isoformat(), end=end.isoformat())


def period_statistics(ctx: ServiceContext, start: date, end: date) -> Statistics:
    """The figures of the cases accepted from ``start`` to ``end`` inclusive, by every dimension and by month."""
    _check_range(start, end)
    with ctx.db.read() as session:
        received, not_accepted = stats_queries.received_counts(session, start, end)
        rows = stats_queries.grouped_figures(session, start, end)
    totals = Figures()
    grouped: dict[Dimension, list[BreakdownRow]] = {dimension: [] for dimension in Dimension}
    by_month: dict[tuple[int, int], Figures] = {}
    for dimension, key, counts in rows:
        figures = Figures.from_counts(counts)
        if dimension == "":
            totals = figures
        elif dimension == "month":
            by_month[divmod(int(key or 0), 100)] = figures
        else:
            grouped[_DIMENSIONS[dimension]].append(BreakdownRow(key or "", figures))
    months = tuple(MonthRow(y, m, by_month.get((y, m), Figures())) for y, m in months_between(start, end))
    breakdowns = {dimension: sort_breakdown(dimension, rows) for dimension, rows in grouped.items()}
    return Statistics(start, end, received, not_accepted, totals, breakdowns, months)


@dataclass(frozen=True)
class PeriodFigures:
    """The headline figures (the 工作台 compares months with these); the same definitions as the report."""

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


def figures_of(stats: Statistics) -> PeriodFigures:
    t = stats.totals
    return PeriodFigures(
        start=stats.start,
        end=stats.end,
        received=stats.received,
        accepted=t.accepted,
        succeeded=t.mediated_success,
        failed=t.mediated_failure,
        in_progress=t.in_progress,
        success_rate=t.success_rate,
        written_agreements=t.written_agreements,
        oral_agreements=t.oral_agreements,
        agreement_amount_fen=t.agreement_amount_fen,
    )


def period_figures(ctx: ServiceContext, start: date, end: date) -> PeriodFigures:
    """Headline figures for the period: 登记数 by registration date, the rest for the cases accepted in it."""
    _check_range(start, end)
    with ctx.db.read() as session:
        received, not_accepted = stats_queries.received_counts(session, start, end)
        rows = stats_queries.grouped_figures(session, start, end, breakdowns=False)
    totals = Figures.from_counts(rows[0][2])
    return figures_of(Statistics(start, end, received, not_accepted, totals, {}, ()))


def _rate_json(value: Fraction | None) -> dict[str, Any]:
    exact, reported = percent_texts(value)
    if value is None:
        return {"value": None, "numerator": None, "denominator": None, "percent": None, "reported": None}
    return {
        "value": float(value),
        "numerator": value.numerator,
        "denominator": value.denominator,
        "percent": exact,
        "reported": reported,
    }


def figures_json(figures: Figures) -> dict[str, Any]:
    """Counts as integers, each rate as a fraction number plus its display strings ("97.8%", "98%")."""
    out: dict[str, Any] = {name: getattr(figures, name) for name in COUNT_NAMES}
    out["mediated"] = figures.mediated
    for name in RATE_NAMES:
        value: Fraction | None = getattr(figures, name)
        out[name] = float(value) if value is not None else None
        details = _rate_json(value)
        out[f"{name}_percent"] = details["percent"]
        out[f"{name}_reported"] = details["reported"]
    return out


def statistics_json(stats: Statistics) -> dict[str, Any]:
    """The whole report as JSON-ready data with English snake_case keys."""
    return {
        "from": stats.start.isoformat(),
        "to": stats.end.isoformat(),
        "received": stats.received,
        "not_accepted": stats.not_accepted,
        **figures_json(stats.totals),
        "breakdowns": {
            dimension.value: [
                {"key": row.key, "label": key_label(dimension, row.key), **figures_json(row.figures)} for row in rows
            ]
            for dimension, rows in stats.breakdowns.items()
        },
        "months": [{"month": row.label, **figures_json(row.figures)} for row in stats.months],
    }
