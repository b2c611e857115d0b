"""Exports the filtered ledger: an office ledger in .xlsx (streamed page by page) or the 工作台账 PDF, atomically."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mediation_app.domain.ledger import (
    LedgerFilter,
    LedgerHeading,
    LedgerRow,
    LedgerSort,
    LedgerSortKey,
    LedgerTotals,
    chinese_date,
    result_text,
)
from mediation_app.domain.money import format_amount
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.office import get_office
from mediation_app.storage import ledger_queries
from mediation_app.storage.models import User

EXPORT_PAGE = 1000  # rows read per query: memory stays flat however many cases match
OLDEST_FIRST = LedgerSort(LedgerSortKey.RECEIVED, descending=False)  # an office ledger reads down the calendar
FORMATS = (".xlsx", ".pdf")

# (done, total) after each page; returning False cancels the export and leaves no file.
Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_ledger(
    ctx: ServiceContext,
    flt: LedgerFilter,
    out: str | Path,
    *,
    sort: LedgerSort = OLDEST_FIRST,
    today: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the cases ``flt`` selects to ``out`` (.xlsx or .pdf, by its suffix) through ``out.part``: on any
    failure or cancellation no file is left and an existing ``out`` is untouched."""
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ServiceError("ledger.export_format", suffix=target.suffix or target.name)
    day = today or date.today()
    total = ledger.count_cases(ctx, flt)
    heading = _heading(ctx, flt, day)
    rows = _rows(ctx, flt, sort, total, progress)
    write = _write_xlsx if suffix == ".xlsx" else _write_pdf
    count = _atomic(target, lambda part: write(part, heading, rows))
    return ExportResult(target, count)


def _heading(ctx: ServiceContext, flt: LedgerFilter, today: date) -> LedgerHeading:
    with ctx.db.read() as session:
        first = ledger_queries.first_received(session, flt) if flt.received_from is None else None
        user = session.get(User, ctx.user_id) if ctx.user_id is not None else None
        prepared_by = user.display_name if user is not None else ""
    start = flt.received_from or (first.date() if first else today)
    return LedgerHeading(get_office(ctx).name, start, flt.received_to or today, prepared_by, today)


def _rows(
    ctx: ServiceContext, flt: LedgerFilter, sort: LedgerSort, total: int, progress: Progress | None
) -> Iterator[LedgerRow]:
    """Every matching row, a page at a time; ``progress`` hears after each page and may cancel."""
    after, done = None, 0
    while True:
        page = ledger.ledger_page(ctx, flt, sort, after, EXPORT_PAGE)
        yield from page
        done += len(page)
        if progress is not None and progress(done, max(total, done)) is False:
            raise ServiceError("ledger.export_cancelled")
        if len(page) < EXPORT_PAGE:
            return
        after = page[-1].cursor


def _atomic(target: Path, write: Callable[[Path], int]) -> int:
    part = target.with_name(target.name + ".part")
    try:
        part.open("wb").close()  # an unwritable place is found before any work is done
        count = write(part)
        os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise ServiceError("ledger.export_write", path=str(target), reason=error.strerror or str(error)) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def pdf_row(no: int, row: LedgerRow) -> dict[str, Any]:
    return {
        "no": no,
        "case_number": row.number or "—",
        "registered": row.received_at.strftime("%Y-%m-%d"),
        "applicants": row.applicants,
        "respondents": row.respondents,
        "dispute_type": row.dispute_type.zh,
        "source": row.channel.zh,
        "mediators": row.mediators,
        "result": result_text(row),
        "amount": format_amount(row.agreement_fen) if row.agreement_fen is not None else "",
        "risk": row.risk.zh,
    }


def pdf_context(heading: LedgerHeading, rows: Iterator[LedgerRow]) -> dict[str, Any]:
    totals = LedgerTotals()
    items = []
    for no, row in enumerate(rows, start=1):
        totals.add(row)
        items.append(pdf_row(no, row))
    return {
        "office_name": heading.office_name,
        "period_start": chinese_date(heading.period_start),
        "period_end": chinese_date(heading.period_end),
        "rows": items,
        "totals": totals.text(),
        "prepared_by": heading.prepared_by,
        "date": chinese_date(heading.today),
    }


def _write_pdf(part: Path, heading: LedgerHeading, rows: Iterator[LedgerRow]) -> int:
    from mediation_app.printing.forms import load_form
    from mediation_app.printing.render import render_pdf

    context = pdf_context(heading, rows)
    part.write_bytes(render_pdf(load_form("ledger"), context))
    return len(context["rows"])


def _write_xlsx(part: Path, heading: LedgerHeading, rows: Iterator[LedgerRow]) -> int:
    from mediation_app.printing.ledger_sheet import write_ledger_sheet

    return write_ledger_sheet(part, heading, rows)
