"""The ledger search against a brute-force scan: every term length, every page, both directions, after every edit."""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import selectinload

from mediation_app.domain.ledger import LedgerFilter, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyKind, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger import count_cases, ledger_page
from mediation_app.storage import ledger_queries, pg_search, search_index
from mediation_app.storage.cases import add_case, refresh_names
from mediation_app.storage.models import Case, CaseParty, Party
from tests.backends import ModuleDatabases

# Few characters, so that 1- and 2-character terms match many cases; plus LIKE and FTS syntax and case pairs.
ALPHABET = '王堃李四张三纠纷号第、，。（）() 0123456789ABab%_"*:-^éÉ'
SHORT_NAMES = ("王堃", "李四", "张三", "王", "堃王", "AB公司")


def _text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(size)))


def _add(session: sa.orm.Session, office_id: int, rng: random.Random, n: int) -> None:
    case = Case(
        office_id=office_id,
        number=f"（2026）某街联调字第{n}号" if rng.random() < 0.7 else None,
        title=_text(rng, 12),
        channel=Channel.WALK_IN,
        dispute_type=DisputeType.NEIGHBOUR,
        received_at=datetime(2026, 1, 1) + timedelta(hours=rng.randrange(0, 40)),  # many ties: id breaks them
        facts=_text(rng, 40),
    )
    parties = []
    for role in (PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.RESPONDENT)[: rng.randrange(1, 4)]:
        name = rng.choice(SHORT_NAMES) if rng.random() < 0.5 else _text(rng, 5) or "某"
        phone = rng.choice(("", "13812345678", f"1{rng.randrange(10**9, 10**10)}", "０５７１-８８"))
        parties.append((Party(kind=PartyKind.PERSON, name=name, phone=phone), CaseParty(role=role)))
    add_case(session, case, parties)


def _seventy_cases(ctx: ServiceContext) -> None:
    rng = random.Random(6)
    with ctx.db.write() as session:
        for n in range(70):
            _add(session, ctx.office_id, rng, n + 1)


@pytest.fixture
def search_ctx(backend: str, module_databases: ModuleDatabases) -> ServiceContext:
    """70 cases of random text over a small alphabet, shared by the module's tests on one backend."""
    return module_databases.context(backend, _seventy_cases)


def _fold(text: str) -> str:
    return text.translate({code: code + 32 for code in range(ord("A"), ord("Z") + 1)})  # LIKE folds ASCII only


def oracle(ctx: ServiceContext, term: str) -> set[int]:
    """Python ``in`` over number, party names, phones, title and facts of every case."""
    needle = _fold(unicodedata.normalize("NFKC", term).strip())
    found = set()
    with ctx.db.read() as session:
        every = sa.select(Case).options(selectinload(Case.parties).joinedload(CaseParty.party))  # not one by one
        for case in session.scalars(every):
            fields = [case.number or "", case.applicant_names, case.respondent_names, case.title, case.facts]
            fields += [link.party.phone for link in case.parties]
            if not needle or any(needle in _fold(field) for field in fields):
                found.add(case.id)
    return found


def _all_pages(ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort) -> list[int]:
    ids, after = [], None
    while page := ledger_page(ctx, flt, sort, after, limit=7):
        ids += [row.case_id for row in page]
        after = page[-1].cursor
    return ids


def assert_search_right(ctx: ServiceContext, term: str) -> None:
    expected, flt = oracle(ctx, term), LedgerFilter(text=term)
    assert count_cases(ctx, flt) == len(expected), term
    for descending in (True, False):
        ids = _all_pages(ctx, flt, LedgerSort(LedgerSortKey.RECEIVED, descending))
        assert len(ids) == len(set(ids)) and set(ids) == expected, (term, descending)


def _data_terms(ctx: ServiceContext) -> list[str]:
    with ctx.db.read() as session:
        texts = [t for row in session.execute(sa.select(Case.title, Case.facts, Case.number)) for t in row if t]
        texts += session.scalars(sa.select(Party.phone)).all()
    return texts


@st.composite
def terms(draw: st.DrawFn, texts: list[str]) -> str:
    if draw(st.booleans()):
        text = draw(st.sampled_from(texts))
        start = draw(st.integers(0, max(0, len(text) - 1)))
        return text[start : start + draw(st.integers(1, 6))]
    return draw(st.text(alphabet=ALPHABET + "龘Ａ１", min_size=1, max_size=6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_search_matches_a_brute_force_scan(search_ctx: ServiceContext, data: st.DataObject) -> None:
    term = data.draw(terms(_data_terms(search_ctx)))
    assert_search_right(search_ctx, term)


@pytest.mark.parametrize(
    "term",
    ["王", "堃", "李四", "王堃", "张三", "王堃李", "AB公司", "ab", "é", "É", "号", "、", "（", " 王堃 ", "龘", "龘龘"],
)
def test_short_chinese_terms_and_pitfalls(search_ctx: ServiceContext, term: str) -> None:
    """The issue's pitfall: 1- and 2-character Chinese terms, which a trigram index alone never finds."""
    assert_search_right(search_ctx, term)
    if term.strip() in ("王", "堃", "王堃", "李四"):
        assert count_cases(search_ctx, LedgerFilter(text=term)) > 0


@pytest.mark.parametrize(
    "term", ["%", "_", '"', "*", '"王', "王*", "a:b", "-王", "^王", "NEAR", "王 OR 李", "8%", "1_3"]
)
def test_syntax_characters_are_literal(search_ctx: ServiceContext, term: str) -> None:
    assert_search_right(search_ctx, term)


def test_full_width_digits_find_phones(ctx: ServiceContext) -> None:
    with ctx.db.write() as session:
        _add(session, ctx.office_id, random.Random(1), 1)
        session.flush()
        party = session.scalars(sa.select(Party)).first()
        assert party is not None
        party.phone = "13912345678"
    assert count_cases(ctx, LedgerFilter(text="１２３４５")) == 1
    assert count_cases(ctx, LedgerFilter(text="  9123 ")) == 1


def test_the_index_follows_every_edit(ctx: ServiceContext) -> None:
    """Phones, names, title, facts, number and deletions: the index changes in the same transaction."""
    rng = random.Random(9)
    with ctx.db.write() as session:
        for n in range(25):
            _add(session, ctx.office_id, rng, n + 1)
    with ctx.db.write() as session:
        cases = session.scalars(sa.select(Case).order_by(Case.id)).all()
        cases[0].title, cases[1].facts, cases[2].number = "新标题王堃", "事实变了李四", "（2026）改号第99号"
        session.scalars(sa.select(Party)).first().phone = "15500001111"  # type: ignore[union-attr]
        link = cases[3].parties[0]
        link.party.name = "赵喆"
        refresh_names(cases[3])
        cases[4].parties.remove(cases[4].parties[0])
        refresh_names(cases[4])
        session.delete(cases[5])
    for term in ("王堃", "李四", "99", "0000", "5500001111", "赵喆", "喆", "新", "王", "3812", "第1"):
        assert_search_right(ctx, term)
    for _ in range(3):  # more rounds: the index forgets each old text exactly before it learns the new one
        _random_edits(ctx, rng)
        for term in ["王", "堃王", "a", "(", "13812", "李四张", *rng.sample(_data_terms(ctx), 5)]:
            assert_search_right(ctx, term[:4])


def _random_edits(ctx: ServiceContext, rng: random.Random) -> None:
    with ctx.db.write() as session:
        cases = session.scalars(sa.select(Case).order_by(Case.id)).all()
        for case in rng.sample(cases, 5):
            case.title, case.facts = _text(rng, 12), _text(rng, 30)
        for party in rng.sample(session.scalars(sa.select(Party)).all(), 5):
            party.phone = rng.choice(("", "13812345678", str(rng.randrange(10**6))))
        case = rng.choice(cases)
        case.parties.append(CaseParty(role=PartyRole.RESPONDENT, party=Party(kind=PartyKind.PERSON, name="李四张")))
        refresh_names(case)
        session.delete(rng.choice(cases))


def test_other_databases_keep_the_plain_like_scan() -> None:
    clause = ledger_queries.filter_clauses(LedgerFilter(text="王堃"), "postgresql")[0]
    sql = str(clause.compile(compile_kwargs={"literal_binds": True}))
    assert "MATCH" not in sql and "LIKE" in sql
    assert "MATCH" in str(ledger_queries.filter_clauses(LedgerFilter(text="王堃"))[0].compile())


@pytest.mark.sqlite_only("SQLite's FTS5 index: the bulk build against its triggers")
def test_bulk_build_gives_the_triggers_tokens(search_ctx: ServiceContext) -> None:
    """The demo's and the migration's fast build (a Python function) indexes exactly what the triggers index."""
    with search_ctx.db.read() as session:
        by_sql = session.execute(sa.text(search_index.source_sql(search_index.CHARS) + " ORDER BY c.id")).all()
        for row in by_sql:
            case = session.get(Case, row[0])
            assert case is not None
            phones = "\u00a0".join(link.party.phone for link in case.parties if link.party.phone)
            fields = (case.number or "", case.applicant_names, case.respondent_names, phones, case.title, case.facts)
            assert tuple(row[1:]) == tuple(map(search_index.char_tokens, fields))
    assert any("C2A0" in row[4] for row in by_sql) and any(" 20 " in row[5] for row in by_sql)  # joins, spaces


def test_demo_cases_are_searchable(ctx: ServiceContext) -> None:
    generate_demo(ctx, 300, seed=2)
    with ctx.db.read() as session:
        case = session.scalars(sa.select(Case).where(Case.number.is_not(None)).limit(1)).one()
        terms = [case.applicant_names[:1], case.applicant_names[:2], case.title[:3], case.facts[2:8], case.number[-4:]]
        terms.append(case.parties[0].party.phone[4:9])
    for term in terms:
        assert_search_right(ctx, term)


def test_migration_0004_indexes_the_cases_already_there(ctx: ServiceContext) -> None:
    from alembic import command

    from mediation_app.storage import migrate

    rng = random.Random(4)
    with ctx.db.write() as session:
        for n in range(15):
            _add(session, ctx.office_id, rng, n + 1)
    with ctx.db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
        assert search_index.CHARS not in sa.inspect(conn).get_table_names()
        indexes = {index["name"] for index in sa.inspect(conn).get_indexes("cases")}
        assert pg_search.INDEX not in indexes
    assert migrate.upgrade_to_head(ctx.db.engine) is True
    for term in ("王", "王堃", "李四", "138", "第1"):
        assert_search_right(ctx, term)
    assert count_cases(ctx, LedgerFilter(text="王堃")) > 0


@pytest.mark.parametrize("term", ["2026", "联调字", "第1号"])
def test_common_terms_walk_the_received_index_and_agree(search_ctx: ServiceContext, backend: str, term: str) -> None:
    """A term most cases contain is tested row by row in received order; rarer ones gather the matches first."""
    with search_ctx.db.read() as session:
        dense = ledger_queries._dense(session, LedgerFilter(text=term))
    assert dense is (term != "第1号" and backend == "sqlite")  # PostgreSQL always tests each row (pg_search)
    assert_search_right(search_ctx, term)


def test_search_with_another_filter(search_ctx: ServiceContext) -> None:
    with search_ctx.db.read() as session:
        received = {c.id: c.received_at for c in session.scalars(sa.select(Case))}
    flt = LedgerFilter(text="王", received_to=datetime(2026, 1, 1).date())
    expected = {i for i in oracle(search_ctx, "王") if received[i] < datetime(2026, 1, 2)}
    assert count_cases(search_ctx, flt) == len(expected) > 0
    for descending in (True, False):
        assert set(_all_pages(search_ctx, flt, LedgerSort(LedgerSortKey.NUMBER, descending))) == expected
