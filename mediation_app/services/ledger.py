"""The case ledger: counted, filtered, sorted and paged in the database; rows returned as values."""

from __future__ import annotations

from typing import Any

from mediation_app.domain.ledger import LedgerCursor, LedgerFilter, LedgerRow, LedgerSort
from mediation_app.services.context import ServiceContext
from mediation_app.storage import ledger_queries

PAGE_SIZE = 200


def _row(sort_value: Any, row: Any) -> LedgerRow:
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
        cursor=LedgerCursor(sort_value, row.id),
    )


def count_cases(ctx: ServiceContext, flt: LedgerFilter) -> int:
    with ctx.db.read() as session:
        return ledger_queries.count_cases(session, flt)


def ledger_page(
    ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort, after: LedgerCursor | None = None, limit: int = PAGE_SIZE
) -> list[LedgerRow]:
    """The next ``limit`` rows after ``after`` (the last row's cursor), in the requested order."""
    with ctx.db.read() as session:
        return [_row(value, row) for value, row in ledger_queries.ledger_page(session, flt, sort, after, limit)]
