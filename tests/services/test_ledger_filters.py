"""Every ledger filter, combined with a search term, sorted any way and paged by keyset, against a Python oracle."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import selectinload

from mediation_app.domain.identity import mask_id_number
from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, PartyRole, RiskLevel, Route
from mediation_app.domain.workflow import is_open
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger import count_cases, ledger_page
from mediation_app.storage.models import Agreement, Case, CaseParty
from tests.backends import ModuleDatabases

TODAY = date(2026, 11, 1)


@dataclass(frozen=True)
class Fact:
    """What the oracle knows of one case, read straight from the tables."""

    case: Case
    mediators: frozenset[str]
    agreed: bool
    texts: tuple[str, ...]
    first_id: str | None


def _facts(session: sa.orm.Session) -> list[Fact]:
    agreed = set(session.scalars(sa.select(Agreement.case_id).where(Agreement.effective_on.is_not(None))))
    stmt = sa.select(Case).options(
        selectinload(Case.mediators), selectinload(Case.parties).selectinload(CaseParty.party)
    )
    facts = []
    for case in session.scalars(stmt):
        applicants = [link for link in case.parties if link.role is PartyRole.APPLICANT]
        texts = (case.number or "", case.applicant_names, case.respondent_names, case.title, case.facts)
        phones = tuple(link.party.phone for link in case.parties)
        first = min(applicants, key=lambda link: (link.position, link.id)).party.id_number if applicants else None
        facts.append(Fact(case, frozenset(m.name for m in case.mediators), case.id in agreed, texts + phones, first))
    return facts


def _demo_office(ctx: ServiceContext) -> None:
    generate_demo(ctx, 400, seed=11, today=TODAY)


@pytest.fixture
def world(backend: str, module_databases: ModuleDatabases) -> tuple[ServiceContext, list[Fact]]:
    """A 400-case demo office (made once per module and backend) and every case's facts, read for the oracle."""
    ctx = module_databases.context(backend, _demo_office)
    with ctx.db.read() as session:
        facts = _facts(session)
        session.expunge_all()
    return ctx, facts


def _fold(text: str) -> str:
    return text.translate({code: code + 32 for code in range(ord("A"), ord("Z") + 1)})


def matches(fact: Fact, flt: LedgerFilter) -> bool:
    """The brute-force reading of every LedgerFilter field."""
    c = fact.case
    day = c.received_at.date()
    needle = _fold(unicodedata.normalize("NFKC", flt.text).strip())
    return all(
        (
            flt.received_from is None or day >= flt.received_from,
            flt.received_to is None or day <= flt.received_to,
            not flt.statuses or c.status in flt.statuses,
            not flt.dispute_types or c.dispute_type in flt.dispute_types,
            not flt.channels or c.channel in flt.channels,
            not flt.routes or c.route in flt.routes,
            not flt.risks or c.risk in flt.risks,
            not flt.community or c.community == flt.community,
            not flt.grid or c.grid == flt.grid,
            not flt.mediator or flt.mediator in fact.mediators,
            flt.overdue_on is None or (is_open(c.status) and c.due_date is not None and c.due_date < flt.overdue_on),
            flt.has_agreement is None or fact.agreed == flt.has_agreement,
            not needle or any(needle in _fold(text) for text in fact.texts),
        )
    )


def sort_value(case: Case, key: LedgerSortKey) -> object:
    return {
        LedgerSortKey.RECEIVED: case.received_at,
        LedgerSortKey.NUMBER: case.number or "",
        LedgerSortKey.STATUS: list(CaseStatus).index(case.status),
        LedgerSortKey.RISK: case.risk.rank,
        LedgerSortKey.DUE: case.due_date or date(9999, 12, 31),
        LedgerSortKey.DISPUTE_TYPE: case.dispute_type.value,
        LedgerSortKey.COMMUNITY: case.community,
    }[key]


def all_pages(ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort, size: int) -> list[LedgerRow]:
    rows: list[LedgerRow] = []
    while page := ledger_page(ctx, flt, sort, rows[-1].cursor if rows else None, size):
        rows += page
        if len(page) < size:
            break
    return rows


def _around(draw: st.DrawFn, value: object, members: list[object]) -> frozenset[object]:
    """Any members, or (mostly) a few that include the chosen case's own value, so the filter keeps it."""
    others = draw(st.frozensets(st.sampled_from(members), max_size=2))
    return draw(st.sampled_from([frozenset(), others, others | {value}, others | {value}]))


@st.composite
def filters(draw: st.DrawFn, facts: list[Fact]) -> LedgerFilter:
    """Each field open or narrowed around one case drawn from the data, so that most filters match something."""
    one = draw(st.sampled_from(facts))
    c, day = one.case, one.case.received_at.date()
    start = draw(st.none() | st.dates(date(2022, 1, 1), day))
    end = draw(st.none() | st.dates(day, TODAY) | st.dates(date(2022, 1, 1), TODAY))
    texts = [t for t in one.texts if t]
    text = draw(st.sampled_from(texts)) if texts and draw(st.booleans()) else ""
    cut = draw(st.integers(0, max(0, len(text) - 1)))
    return LedgerFilter(
        received_from=start,
        received_to=end,
        statuses=_around(draw, c.status, list(CaseStatus)),
        dispute_types=_around(draw, c.dispute_type, list(DisputeType)),
        channels=_around(draw, c.channel, list(Channel)),
        routes=_around(draw, c.route, list(Route)) - {None},
        risks=_around(draw, c.risk, list(RiskLevel)),
        community=draw(st.sampled_from(["", c.community])),
        grid=draw(st.sampled_from(["", c.grid])),
        mediator=draw(st.sampled_from(["", *sorted(one.mediators)])),
        overdue_on=draw(st.sampled_from([None, None, TODAY, c.due_date or TODAY])),
        has_agreement=draw(st.sampled_from([None, one.agreed, not one.agreed])),
        text=text[cut : cut + draw(st.integers(1, 4))],
    )


@st.composite
def queries(draw: st.DrawFn, facts: list[Fact]) -> tuple[LedgerFilter, LedgerSort, int]:
    flt = draw(filters(facts))
    sort = LedgerSort(draw(st.sampled_from(list(LedgerSortKey))), draw(st.booleans()))
    return flt, sort, draw(st.integers(1, 60))


def test_filters_sorts_and_pages_agree_with_the_oracle(world: tuple[ServiceContext, list[Fact]]) -> None:
    ctx, facts = world
    matched: list[int] = []

    @settings(max_examples=120, deadline=None, derandomize=True)
    @given(queries(facts))
    def check(query: tuple[LedgerFilter, LedgerSort, int]) -> None:
        flt, sort, size = query
        expected = sorted(
            (f.case for f in facts if matches(f, flt)),
            key=lambda c: (sort_value(c, sort.key), c.id),
            reverse=sort.descending,
        )
        got = all_pages(ctx, flt, sort, size)
        assert [r.case_id for r in got] == [c.id for c in expected]
        assert count_cases(ctx, flt) == len(expected)
        matched.append(len(expected))

    check()
    assert sum(1 for n in matched if n > 0) >= 24  # a fifth of the draws or more select rows: the test sees real rows


@pytest.mark.parametrize(
    "flt",
    [
        LedgerFilter(overdue_on=TODAY),
        LedgerFilter(has_agreement=True),
        LedgerFilter(has_agreement=False),
        LedgerFilter(mediator="__nobody__"),
    ],
    ids=["overdue", "agreed", "not-agreed", "unknown-mediator"],
)
def test_each_new_filter_alone(world: tuple[ServiceContext, list[Fact]], flt: LedgerFilter) -> None:
    ctx, facts = world
    expected = {f.case.id for f in facts if matches(f, flt)}
    assert {r.case_id for r in all_pages(ctx, flt, LedgerSort(), 200)} == expected
    assert (len(expected) > 0) == (flt.mediator == "")  # the data has overdue, agreed and unagreed cases


def test_every_mediator_and_grid_filter_matches(world: tuple[ServiceContext, list[Fact]]) -> None:
    ctx, facts = world
    names = sorted({name for f in facts for name in f.mediators})
    places = sorted({(f.case.community, f.case.grid) for f in facts})[:12]
    for flt in [LedgerFilter(mediator=n) for n in names] + [LedgerFilter(community=c, grid=g) for c, g in places]:
        expected = {f.case.id for f in facts if matches(f, flt)}
        assert expected and count_cases(ctx, flt) == len(expected), flt


def test_rows_carry_the_first_applicants_id_masked_only(world: tuple[ServiceContext, list[Fact]]) -> None:
    ctx, facts = world
    by_id = {f.case.id: f for f in facts}
    rows = all_pages(ctx, LedgerFilter(), LedgerSort(), 150)
    masked = 0
    for row in rows:
        full = by_id[row.case_id].first_id
        assert row.applicant_id == (mask_id_number(full) if full else "")
        if full:
            assert full not in repr(row) and row.applicant_id[6:14] == "*" * 8
            masked += 1
    assert masked > len(rows) // 2


def test_overdue_counts_from_the_day_given_not_the_due_day_itself(world: tuple[ServiceContext, list[Fact]]) -> None:
    ctx, facts = world
    late = [f.case for f in facts if is_open(f.case.status) and f.case.due_date is not None]
    assert late
    for case in late[:5]:
        due = case.due_date
        assert due is not None
        on_due_day = {r.case_id for r in all_pages(ctx, LedgerFilter(overdue_on=due), LedgerSort(), 500)}
        day_after = {
            r.case_id for r in all_pages(ctx, LedgerFilter(overdue_on=due + timedelta(days=1)), LedgerSort(), 500)
        }
        assert case.id not in on_due_day and case.id in day_after
