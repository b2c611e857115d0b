"""统计报表 in SQL: the figures of the cases accepted in a period, grouped by every dimension in one statement."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from mediation_app.domain.statistics import COUNT_NAMES
from mediation_app.domain.vocabulary import (
    AgreementKind,
    CaseStatus,
    CourtDecision,
    Outcome,
    Performance,
    Satisfaction,
)
from mediation_app.storage.models import Agreement, Case, CaseMediator, FollowUpVisit, PerformanceRecord

# (dimension code or "" for the totals or "month" for the trend, the group's key, the sums of its figures)
GroupRow = tuple[str, str | None, dict[str, int]]


class YearMonth(FunctionElement[int]):
    """A timestamp's year * 100 + month (2025-03-… → 202503)."""

    type = sa.Integer()
    inherit_cache = True


@compiles(YearMonth)
def _year_month(element: YearMonth, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = element.clauses
    year, month = sa.extract("year", value), sa.extract("month", value)
    return compiler.process(year * 100 + month, **kw)


@compiles(YearMonth, "sqlite")
def _year_month_sqlite(element: YearMonth, compiler: SQLCompiler, **kw: Any) -> str:
    """From the stored text ('2025-03-05 09:30:00'): a third of the time strftime takes over a year's cases."""
    text = compiler.process(next(iter(element.clauses)), **kw)
    return f"(CAST(substr({text}, 1, 4) AS INTEGER) * 100 + CAST(substr({text}, 6, 2) AS INTEGER))"


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def _flag(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.case((condition, 1), else_=0)


def received_counts(session: Session, start: date, end: date) -> tuple[int, int]:
    """登记数 and 不予受理数: cases registered in the period, and those of them refused."""
    low, high = _bounds(start, end)
    stmt = sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(_flag(Case.status == CaseStatus.NOT_ACCEPTED)), 0))
    row = session.execute(stmt.where(Case.received_at >= low, Case.received_at < high)).one()
    return int(row[0]), int(row[1])


def _driven_by(cohort: sa.CTE) -> sa.ColumnElement[int]:
    """The cohort's id in a join condition, written so no index can serve it: the planner then walks the cohort (a
    period's cases) and finds each one's records by their case_id index, instead of walking every record of every
    case and probing the cohort."""
    return cohort.c.id + 0


def _agreements(cohort: sa.CTE) -> sa.Subquery:
    """Per accepted case: its agreements in force, their amount, court confirmations and full performances."""
    performed = sa.or_(
        sa.exists().where(
            PerformanceRecord.agreement_id == Agreement.id, PerformanceRecord.status == Performance.PERFORMED
        ),
        sa.exists().where(
            FollowUpVisit.agreement_id == Agreement.id, FollowUpVisit.performance == Performance.PERFORMED
        ),
    )
    stmt = (
        sa.select(
            Agreement.case_id.label("case_id"),
            sa.func.sum(_flag(Agreement.kind == AgreementKind.WRITTEN)).label("written_agreements"),
            sa.func.sum(_flag(Agreement.kind == AgreementKind.ORAL)).label("oral_agreements"),
            sa.func.coalesce(sa.func.sum(Agreement.amount_fen), 0).label("agreement_amount_fen"),
            sa.func.sum(_flag(Agreement.court_decision == CourtDecision.CONFIRMED)).label("judicial_confirmed"),
            sa.func.sum(_flag(performed)).label("performed"),
        )
        .join(cohort, _driven_by(cohort) == Agreement.case_id)
        .where(Agreement.effective_on.is_not(None))
        .group_by(Agreement.case_id)
    )
    return stmt.subquery("agreement_figures")


def _visits(cohort: sa.CTE) -> sa.Subquery:
    """Per accepted case: its 回访 that recorded a satisfaction, and how many said 满意 or 基本满意."""
    pleased = FollowUpVisit.satisfaction.in_((Satisfaction.SATISFIED, Satisfaction.FAIRLY_SATISFIED))
    stmt = (
        sa.select(
            FollowUpVisit.case_id.label("case_id"),
            sa.func.count(FollowUpVisit.satisfaction).label("visits_answered"),
            sa.func.sum(_flag(pleased)).label("visits_satisfied"),
        )
        .join(cohort, _driven_by(cohort) == FollowUpVisit.case_id)
        .group_by(FollowUpVisit.case_id)
    )
    return stmt.subquery("visit_figures")


def _cohort(start: date, end: date) -> sa.CTE:
    """The cases accepted in the period, one row each, with every per-case figure as a 0/1 flag or a number."""
    low, high = _bounds(start, end)
    closed = Case.closed_at.is_not(None)
    with_clock = sa.and_(closed, Case.due_date.is_not(None))
    stmt = sa.select(
        Case.id,
        Case.dispute_type,
        Case.channel,
        Case.route,
        Case.community,
        Case.risk,
        YearMonth(Case.accepted_at).label("month"),
        sa.literal(1).label("accepted"),
        _flag(Case.outcome == Outcome.SUCCESS).label("mediated_success"),
        _flag(Case.outcome == Outcome.FAILURE).label("mediated_failure"),
        _flag(Case.closed_at.is_(None)).label("in_progress"),
        _flag(closed).label("closed"),
        _flag(with_clock).label("closed_with_clock"),
        _flag(sa.and_(with_clock, sa.func.date(Case.closed_at) <= Case.due_date)).label("closed_on_time"),
        _flag(Case.prevented_criminal.is_(sa.true())).label("prevented_criminal_cases"),
        sa.case((Case.prevented_criminal.is_(sa.true()), Case.people_involved), else_=0).label(
            "prevented_criminal_people"
        ),
        _flag(Case.prevented_mass_petition.is_(sa.true())).label("prevented_petition_cases"),
        sa.case((Case.prevented_mass_petition.is_(sa.true()), Case.people_involved), else_=0).label(
            "prevented_petition_people"
        ),
        _flag(Case.resolved_level == "community").label("resolved_community"),
        _flag(Case.resolved_level == "street").label("resolved_street"),
    ).where(Case.accepted_at >= low, Case.accepted_at < high)
    return stmt.cte("cohort").prefix_with("MATERIALIZED")


_CHILD_COUNTS = {
    "agreements": (
        "written_agreements",
        "oral_agreements",
        "agreement_amount_fen",
        "judicial_confirmed",
        "performed",
    ),
    "visits": ("visits_answered", "visits_satisfied"),
}


def _per_case(start: date, end: date) -> sa.CTE:
    """The cohort joined with its agreement and visit figures; materialised once for every grouping."""
    cohort = _cohort(start, end)
    agreements, visits = _agreements(cohort), _visits(cohort)
    children = [(agreements, _CHILD_COUNTS["agreements"]), (visits, _CHILD_COUNTS["visits"])]
    columns = [c for c in cohort.c]
    for child, names in children:
        columns += [sa.func.coalesce(child.c[name], 0).label(name) for name in names]
    stmt = (
        sa.select(*columns)
        .select_from(cohort)
        .outerjoin(agreements, agreements.c.case_id == cohort.c.id)
        .outerjoin(visits, visits.c.case_id == cohort.c.id)
    )
    return stmt.cte("per_case").prefix_with("MATERIALIZED")


# Two passes over the cases put them into cells small enough that every breakdown but the mediators' is a sum of
# cells: each pass over a year's 20,000 cases costs about as much as the rest together.
_CELLS = (("dispute_type", "risk", "month"), ("channel", "route", "community"))


def _sums(source: sa.CTE) -> list[sa.Label[object]]:
    return [sa.func.sum(source.c[name]).label(name) for name in COUNT_NAMES]


def _cells(per_case: sa.CTE, keys: tuple[str, ...], name: str) -> sa.CTE:
    columns = [per_case.c[key] for key in keys]
    return sa.select(*columns, *_sums(per_case)).group_by(*columns).cte(name).prefix_with("MATERIALIZED")


def _rollup(cells: sa.CTE, dimension: str) -> sa.Select[tuple[object]]:
    if not dimension:
        return sa.select(sa.literal("").label("dimension"), sa.null().label("key"), *_sums(cells))
    key = cells.c[dimension]
    stmt = sa.select(sa.literal(dimension).label("dimension"), sa.cast(key, sa.String).label("key"), *_sums(cells))
    return stmt.group_by(key)


def _by_mediator(per_case: sa.CTE) -> sa.Select[tuple[object]]:
    """A case with several mediators counts once for each of them."""
    return (
        sa.select(sa.literal("mediator").label("dimension"), CaseMediator.name.label("key"), *_sums(per_case))
        .select_from(per_case)
        .join(CaseMediator, CaseMediator.case_id == _driven_by(per_case))
        .group_by(CaseMediator.name)
    )


def grouped_figures(session: Session, start: date, end: date, *, breakdowns: bool = True) -> list[GroupRow]:
    """Rows of (dimension, key, sums): the totals (dimension ""), then, with ``breakdowns``, one row per key of
    dispute_type, risk, month, channel, route, community and mediator."""
    per_case = _per_case(start, end)
    if not breakdowns:
        selects = [sa.select(sa.literal("").label("dimension"), sa.null().label("key"), *_sums(per_case))]
    else:
        first, second = (_cells(per_case, keys, f"cells_{n}") for n, keys in enumerate(_CELLS))
        selects = [_rollup(first, ""), *(_rollup(first, k) for k in _CELLS[0])]
        selects += [*(_rollup(second, k) for k in _CELLS[1]), _by_mediator(per_case)]
    rows = session.execute(sa.union_all(*selects)).mappings().all()
    return [(row["dimension"], row["key"], {name: row[name] for name in COUNT_NAMES}) for row in rows]
