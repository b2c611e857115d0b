"""Ledger paging and filtering in SQL agree with a brute-force scan; period figures are exact."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import CaseStatus, Outcome
from mediation_app.services import ledger, statistics
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.storage.models import Case


def _all_rows(ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort, page: int) -> list[LedgerRow]:
    rows: list[LedgerRow] = []
    while True:
        batch = ledger.ledger_page(ctx, flt, sort, rows[-1].cursor if rows else None, page)
        rows.extend(batch)
        if len(batch) < page:
            return rows


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    generate_demo(ctx, 600, seed=7, today=date(2026, 11, 1))
    return ctx


@pytest.mark.parametrize("key", list(LedgerSortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_cover_every_case_once_in_order(
    demo_ctx: ServiceContext, key: LedgerSortKey, descending: bool
) -> None:
    rows = _all_rows(demo_ctx, LedgerFilter(), LedgerSort(key, descending), page=97)
    assert len(rows) == 600 == ledger.count_cases(demo_ctx, LedgerFilter())
    assert len({r.case_id for r in rows}) == 600
    keys = [(r.cursor.value, r.case_id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_filters_match_brute_force(demo_ctx: ServiceContext) -> None:
    everything = _all_rows(demo_ctx, LedgerFilter(), LedgerSort(), 1000)
    flt = LedgerFilter(
        statuses=frozenset({CaseStatus.SUCCEEDED, CaseStatus.CLOSED}),
        received_from=date(2024, 1, 1),
        received_to=date(2025, 6, 30),
    )
    expected = {
        r.case_id
        for r in everything
        if r.status in flt.statuses and date(2024, 1, 1) <= r.received_at.date() <= date(2025, 6, 30)
    }
    got = {r.case_id for r in _all_rows(demo_ctx, flt, LedgerSort(), 50)}
    assert got == expected and expected
    assert ledger.count_cases(demo_ctx, flt) == len(expected)


@pytest.mark.parametrize("term", ["堃", "王", "漏水", "第0", "%", "_"])
def test_text_search_matches_brute_force_for_any_length(demo_ctx: ServiceContext, term: str) -> None:
    with demo_ctx.db.read() as session:
        cases = session.query(Case).all()
        expected = {
            c.id
            for c in cases
            if any(term in (v or "") for v in (c.number, c.title, c.applicant_names, c.respondent_names, c.facts))
        }
    got = {r.case_id for r in _all_rows(demo_ctx, LedgerFilter(text=term), LedgerSort(), 200)}
    assert got == expected


def test_period_figures_are_exact(demo_ctx: ServiceContext) -> None:
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    with demo_ctx.db.read() as session:
        cases = [c for c in session.query(Case).all() if start <= c.received_at.date() <= end]
        # Outcomes count for the cases accepted in the period (domain/statistics.py).
        accepted = [c for c in session.query(Case).all() if c.accepted_at and start <= c.accepted_at.date() <= end]
    success = sum(c.outcome is Outcome.SUCCESS for c in accepted)
    failure = sum(c.outcome is Outcome.FAILURE for c in accepted)
    figures = statistics.period_figures(demo_ctx, start, end)
    assert figures.received == len(cases)
    assert (figures.succeeded, figures.failed) == (success, failure)
    assert figures.success_rate == Fraction(success, success + failure)
    assert figures.accepted == len(accepted)


def test_work_calendar_is_seeded_with_official_days(ctx: ServiceContext) -> None:
    from mediation_app.domain.calendar import CHINA_CALENDAR
    from mediation_app.services.setup import work_calendar

    calendar = work_calendar(ctx)
    assert calendar == CHINA_CALENDAR
    assert not calendar.is_working_day(date(2026, 2, 17))  # Spring Festival 2026
    assert calendar.is_working_day(date(2026, 2, 14))  # Saturday worked in lieu (调休)
