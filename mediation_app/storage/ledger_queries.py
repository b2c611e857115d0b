"""Ledger queries: filtering, sorting and keyset paging done in SQL so 100,000 cases page instantly."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.ledger import LedgerCursor, LedgerFilter, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, PartyRole, RiskLevel
from mediation_app.domain.workflow import is_open
from mediation_app.storage import pg_search, search_index
from mediation_app.storage.models import Agreement, Case, CaseMediator, CaseParty, Party

OPEN_STATUSES = sorted(status for status in CaseStatus if is_open(status))


def _rank(column: Any, members: list[Any]) -> Any:
    """Sort a vocabulary column by its meaning (red before orange; registered before accepted), not its code."""
    return sa.case({member.value: index for index, member in enumerate(members)}, value=column, else_=len(members))


# The clock's sort key, NULL (no clock) last: written exactly as the expression index ix_cases_due_sort is, so the
# ledger sorted by clock walks that index.
DUE_SORT = sa.func.coalesce(Case.due_date, sa.literal_column("'9999-12-31'", sa.Date))

# Nullable sort columns are coalesced so keyset comparisons never meet NULL.
_SORT_COLUMNS: dict[LedgerSortKey, Any] = {
    LedgerSortKey.RECEIVED: Case.received_at,
    LedgerSortKey.NUMBER: sa.func.coalesce(Case.number, ""),
    LedgerSortKey.STATUS: _rank(Case.status, list(CaseStatus)),
    LedgerSortKey.RISK: _rank(Case.risk, list(RiskLevel)),
    LedgerSortKey.DUE: DUE_SORT,
    LedgerSortKey.DISPUTE_TYPE: Case.dispute_type,
    LedgerSortKey.COMMUNITY: Case.community,
}

LEDGER_COLUMNS = (
    Case.id,
    Case.number,
    Case.received_at,
    Case.title,
    Case.applicant_names,
    Case.respondent_names,
    Case.dispute_type,
    Case.channel,
    Case.route,
    Case.status,
    Case.risk,
    Case.due_date,
    Case.closed_at,
    Case.community,
    Case.mediator_names,
    Case.amount_fen,
    Case.grid,
    Case.outcome,
)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_clause(text: str, dialect: str, dense: bool) -> Any:
    """Cases whose number, party names, party phones, title or facts contain the term (any length, literally).

    On SQLite the index answers exactly (see search_index), on PostgreSQL pg_search's folded LIKE. Elsewhere, or
    when most cases match on SQLite (``dense``: the rows are walked in index order and a page fills within a few
    hundred), LIKE tests each row: the same answer."""
    term = search_index.normalise_term(text)
    if not term:
        return None
    if dialect == "sqlite" and not dense:
        return Case.id.in_(search_index.matching_ids(term))
    pattern = f"%{_escape_like(term)}%"
    if dialect == "postgresql":  # LIKE there is case-sensitive: pg_search folds ASCII as SQLite's LIKE does
        return pg_search.text_clause(pattern)
    phones = sa.exists().where(
        CaseParty.case_id == Case.id, CaseParty.party_id == Party.id, Party.phone.like(pattern, escape="\\")
    )
    columns = (Case.number, Case.title, Case.applicant_names, Case.respondent_names, Case.facts)
    return sa.or_(*(col.like(pattern, escape="\\") for col in columns), phones)


def filter_clauses(flt: LedgerFilter, dialect: str = "sqlite", *, dense: bool = False, walk: bool = False) -> list[Any]:
    """SQL conditions for ``flt``. ``walk``: a page is read by walking the sort index, so mediator and agreement
    are tested row by row (EXISTS) instead of gathering every match first (IN): see ``_walk``."""
    clauses: list[Any] = []
    if flt.received_from:
        clauses.append(Case.received_at >= datetime.combine(flt.received_from, time.min))
    if flt.received_to:
        clauses.append(Case.received_at < datetime.combine(flt.received_to + timedelta(days=1), time.min))
    for column, values in (
        (Case.status, flt.statuses),
        (Case.dispute_type, flt.dispute_types),
        (Case.channel, flt.channels),
        (Case.route, flt.routes),
        (Case.risk, flt.risks),
    ):
        if values:
            clauses.append(column.in_(sorted(values)))
    clauses += _place_and_people(flt, walk)
    if (text := _text_clause(flt.text, dialect, dense)) is not None:
        clauses.append(text)
    return clauses


def _place_and_people(flt: LedgerFilter, walk: bool) -> list[Any]:
    """Community and grid, mediator (through ix_case_mediators_name), overdue and has-agreement."""
    clauses: list[Any] = []
    if flt.community:
        clauses.append(Case.community == flt.community)
    if flt.grid:
        clauses.append(Case.grid == flt.grid)
    if flt.mediator:
        named = CaseMediator.name == flt.mediator
        by_row = sa.exists().where(CaseMediator.case_id == Case.id, named)
        clauses.append(by_row if walk else Case.id.in_(sa.select(CaseMediator.case_id).where(named)))
    if flt.overdue_on is not None:
        clauses += [Case.status.in_(OPEN_STATUSES), Case.due_date < flt.overdue_on]
    if flt.has_agreement is not None:
        effective = Agreement.effective_on.is_not(None)
        by_row = sa.exists().where(Agreement.case_id == Case.id, effective)
        agreed = by_row if walk else Case.id.in_(sa.select(Agreement.case_id).where(effective))
        clauses.append(agreed if flt.has_agreement else sa.not_(agreed))
    return clauses


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _text_only(session: Session, flt: LedgerFilter) -> str:
    """The normalised term when it is the filter's only condition on SQLite, else ''."""
    term = search_index.normalise_term(flt.text)
    return term if term and flt == LedgerFilter(text=flt.text) and _dialect(session) == "sqlite" else ""


def count_cases(session: Session, flt: LedgerFilter) -> int:
    if term := _text_only(session, flt):
        return search_index.count_matches(session, term)
    if flt == LedgerFilter(has_agreement=flt.has_agreement) and flt.has_agreement is not None:
        return _count_agreed(session, flt.has_agreement)
    clauses = filter_clauses(flt, _dialect(session), dense=_dense(session, flt))
    stmt = sa.select(sa.func.count()).select_from(Case).where(*clauses)
    return int(session.execute(stmt).scalar_one())


def _count_agreed(session: Session, agreed: bool) -> int:
    """The has-agreement filter alone, counted from ix_agreements_effective (the cases it lists) rather than
    testing every case; "no agreement" is the rest."""
    stmt = sa.select(sa.func.count(sa.distinct(Agreement.case_id))).where(Agreement.effective_on.is_not(None))
    with_one = int(session.execute(stmt).scalar_one())
    return (
        with_one
        if agreed
        else int(session.execute(sa.select(sa.func.count()).select_from(Case)).scalar_one()) - with_one
    )


def _dense(session: Session, flt: LedgerFilter) -> bool:
    """A search term most cases match ("纠纷", "2026"): LIKE tests each row the other conditions leave (in index
    order a page fills after a few hundred) rather than gathering every match from the search index and sorting
    them all. A term alone, in received order, walks the received index the same way."""
    term = search_index.normalise_term(flt.text)
    if not term or _dialect(session) != "sqlite":
        return False
    highest = session.execute(sa.select(sa.func.max(Case.id))).scalar_one() or 0
    key = (str(session.get_bind().engine.url), term, highest)  # the count and every page of one search ask the same
    if (known := _DENSE_SEEN.get(key)) is not None:
        return known
    half = highest // 2 + 1
    dense = search_index.count_matches(session, term, up_to=half) == half
    if len(_DENSE_SEEN) >= 256:
        _DENSE_SEEN.clear()
    _DENSE_SEEN[key] = dense
    return dense


# Whether a term is dense only chooses how to search, never what is found, so an answer kept while the newest case
# is the same is safe even if cases were edited since.
_DENSE_SEEN: dict[tuple[str, str, int], bool] = {}


_WALKABLE = (LedgerSortKey.RECEIVED, LedgerSortKey.DUE)  # orders with an index to walk: ix_cases_received, _due_sort


def _walk(session: Session, flt: LedgerFilter, sort: LedgerSort) -> bool:
    """Whether a page in received (or clock) order should walk its index testing mediator and agreement per row (a
    page fills after a few hundred rows) rather than gather every matching id and sort them. Agreements cover most
    cases, so walking wins; a mediator with few cases (under 2 % of all) is faster gathered, and so is any order
    without an index to walk (the sort sees every match either way)."""
    if sort.key not in _WALKABLE:
        return False
    if not flt.mediator:
        return True
    named = sa.select(sa.func.count()).select_from(CaseMediator).where(CaseMediator.name == flt.mediator)
    highest = session.execute(sa.select(sa.func.max(Case.id))).scalar_one() or 0
    return int(session.execute(named).scalar_one()) * 50 >= highest


def ledger_page(
    session: Session, flt: LedgerFilter, sort: LedgerSort, after: LedgerCursor | None, limit: int
) -> list[tuple[Any, sa.Row[Any]]]:
    """One page of (sort value, row) after the cursor, in sort order with id as tie-breaker."""
    key = _SORT_COLUMNS[sort.key]
    clauses = filter_clauses(flt, _dialect(session), dense=_dense(session, flt), walk=_walk(session, flt, sort))
    if after is not None:
        pair, bound = sa.tuple_(key, Case.id), sa.tuple_(sa.literal(after.value), sa.literal(after.case_id))
        clauses.append(pair < bound if sort.descending else pair > bound)
    order = (key.desc(), Case.id.desc()) if sort.descending else (key.asc(), Case.id.asc())
    # The page's ids first, sorting only (key, id) however many rows match; then those rows in full.
    page_ids = sa.select(Case.id).where(*clauses).order_by(*order).limit(limit)
    stmt = sa.select(key.label("sort_value"), *LEDGER_COLUMNS).where(Case.id.in_(page_ids)).order_by(*order)
    rows = session.execute(stmt).all()
    return [(row.sort_value, row) for row in rows]


def first_received(session: Session, flt: LedgerFilter) -> datetime | None:
    """When the earliest matching case came in (an export's period starts there when no start date is given)."""
    stmt = sa.select(sa.func.min(Case.received_at)).where(*filter_clauses(flt, _dialect(session)))
    value: datetime | None = session.execute(stmt).scalar_one()
    return value


Extras = tuple[str | None, AgreementKind | None, int | None]


def page_extras(session: Session, case_ids: list[int]) -> dict[int, Extras]:
    """For the page's cases only: the first applicant's ID number (the caller masks it), and the kind and amount
    of the effective agreement (a written one before an oral one when a case has both)."""
    if not case_ids:
        return {}
    first = (
        sa.select(CaseParty.case_id, Party.id_number)
        .join(Party, Party.id == CaseParty.party_id)
        .where(CaseParty.case_id.in_(case_ids), CaseParty.role == PartyRole.APPLICANT)
        .order_by(CaseParty.case_id, CaseParty.position.desc(), CaseParty.id.desc())
    )
    ids: dict[int, str | None] = {case_id: number for case_id, number in session.execute(first)}  # last wins
    agreed = sa.select(Agreement.case_id, Agreement.kind, Agreement.amount_fen).where(
        Agreement.case_id.in_(case_ids), Agreement.effective_on.is_not(None)
    )
    kinds: dict[int, tuple[AgreementKind, int | None]] = {}
    for case_id, kind, amount in session.execute(agreed.order_by(Agreement.id)):
        known = kinds.get(case_id)
        if known is None or (kind is AgreementKind.WRITTEN and known[0] is not AgreementKind.WRITTEN):
            kinds[case_id] = (kind, amount)
    return {case_id: (ids.get(case_id), *kinds.get(case_id, (None, None))) for case_id in case_ids}


def filter_choices(session: Session) -> tuple[list[str], list[tuple[str, str]]]:
    """The mediators' names (from ix_case_mediators_name) and the (community, grid) pairs the cases use."""
    names = session.scalars(sa.select(CaseMediator.name).distinct().order_by(CaseMediator.name)).all()
    places = session.execute(
        sa.select(Case.community, Case.grid).where(Case.community != "").distinct().order_by(Case.community, Case.grid)
    ).all()
    return list(names), [(community, grid) for community, grid in places]
