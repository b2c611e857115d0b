"""The case ledger: counted, filtered, sorted and paged in the database; rows returned as values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mediation_app.domain.identity import mask_id_number
from mediation_app.domain.ledger import LedgerCursor, LedgerFilter, LedgerRow, LedgerSort
from mediation_app.services.context import ServiceContext
from mediation_app.storage import ledger_queries

PAGE_SIZE = 200


def _row(sort_value: Any, row: Any, extras: ledger_queries.Extras) -> LedgerRow:
    id_number, agreement, agreement_fen = extras
    return LedgerRow(
        case_id=row.id,
        number=row.number,
        received_at=row.received_at,
        title=row.title,
        applicants=row.applicant_names,
        respondents=row.respondent_names,
        dispute_type=row.dispute_type,
        channel=row.channel,
        route=row.route,
        status=row.status,
        risk=row.risk,
        due_date=row.due_date,
        closed_at=row.closed_at,
        community=row.community,
        mediators=row.mediator_names,
        amount_fen=row.amount_fen,
        grid=row.grid,
        outcome=row.outcome,
        applicant_id=mask_id_number(id_number) if id_number else "",
        agreement=agreement,
        agreement_fen=agreement_fen,
        cursor=LedgerCursor(sort_value, row.id),
    )


def count_cases(ctx: ServiceContext, flt: LedgerFilter) -> int:
    with ctx.db.read() as session:
        return ledger_queries.count_cases(session, flt)


def ledger_page(
    ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort, after: LedgerCursor | None = None, limit: int = PAGE_SIZE
) -> list[LedgerRow]:
    """The next ``limit`` rows after ``after`` (the last row's cursor), in the requested order. ID numbers are
    read for these rows only and leave this function masked."""
    with ctx.db.read() as session:
        page = ledger_queries.ledger_page(session, flt, sort, after, limit)
        extras = ledger_queries.page_extras(session, [row.id for _value, row in page])
    return [_row(value, row, extras[row.id]) for value, row in page]


@dataclass(frozen=True)
class FilterChoices:
    """What the ledger's filter panel offers: the mediators and, per community, its grids."""

    mediators: tuple[str, ...]
    grids: dict[str, tuple[str, ...]]  # community → its grids ('' left out)


def filter_choices(ctx: ServiceContext) -> FilterChoices:
    with ctx.db.read() as session:
        names, places = ledger_queries.filter_choices(session)
    grids: dict[str, list[str]] = {}
    for community, grid in places:
        grids.setdefault(community, [])
        if grid:
            grids[community].append(grid)
    return FilterChoices(tuple(names), {community: tuple(found) for community, found in grids.items()})
