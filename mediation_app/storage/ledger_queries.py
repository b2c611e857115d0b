"""Ledger queries: filtering, sorting and keyset paging done in SQL so 100,000 cases page instantly."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.domain.ledger import LedgerCursor, LedgerFilter, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import CaseStatus, RiskLevel
from mediation_app.storage.models import Case


def _rank(column: Any, members: list[Any]) -> Any:
    """Sort a vocabulary column by its meaning (red before orange; registered before accepted), not its code."""
    return sa.case({member.value: index for index, member in enumerate(members)}, value=column, else_=len(members))


# Nullable sort columns are coalesced so keyset comparisons never meet NULL.
_SORT_COLUMNS: dict[LedgerSortKey, Any] = {
    LedgerSortKey.RECEIVED: Case.received_at,
    LedgerSortKey.NUMBER: sa.func.coalesce(Case.number, ""),
    LedgerSortKey.STATUS: _rank(Case.status, list(CaseStatus)),
    LedgerSortKey.RISK: _rank(Case.risk, list(RiskLevel)),
    LedgerSortKey.DUE: sa.func.coalesce(Case.due_date, sa.literal(date(9999, 12, 31), sa.Date)),
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
)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_clauses(flt: LedgerFilter) -> list[Any]:
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
    if flt.community:
        clauses.append(Case.community == flt.community)
    if flt.text:
        # A plain substring scan; correct for any length (the indexed search comes with the ledger issue).
        pattern = f"%{_escape_like(flt.text)}%"
        clauses.append(
            sa.or_(
                *(
                    col.like(pattern, escape="\\")
                    for col in (Case.number, Case.title, Case.applicant_names, Case.respondent_names, Case.facts)
                )
            )
        )
    return clauses


def count_cases(session: Session, flt: LedgerFilter) -> int:
    stmt = sa.select(sa.func.count()).select_from(Case).where(*filter_clauses(flt))
    return int(session.execute(stmt).scalar_one())


def ledger_page(
    session: Session, flt: LedgerFilter, sort: LedgerSort, after: LedgerCursor | None, limit: int
) -> list[tuple[Any, sa.Row[Any]]]:
    """One page of (sort value, row) after the cursor, in sort order with id as tie-breaker."""
    key = _SORT_COLUMNS[sort.key]
    stmt = sa.select(key.label("sort_value"), *LEDGER_COLUMNS).where(*filter_clauses(flt))
    if after is not None:
        pair, bound = sa.tuple_(key, Case.id), sa.tuple_(sa.literal(after.value), sa.literal(after.case_id))
        stmt = stmt.where(pair < bound if sort.descending else pair > bound)
    order = (key.desc(), Case.id.desc()) if sort.descending else (key.asc(), Case.id.asc())
    rows = session.execute(stmt.order_by(*order).limit(limit)).all()
    return [(row.sort_value, row) for row in rows]
