"""Importing an office's Excel ledger: a preview of what will be created, then one all-or-nothing transaction.

Rules (stated once here, shown in the wizard and the CLI):
- a row that cannot be read refuses the whole import, unless the caller passes ``skip_bad_rows=True``;
- a row whose key (案号, 受理日期, parties, type as written) was imported before is skipped and reported as 已导入;
- the sheet's 案号 is kept when it reads as a case number and neither it nor its (year, sequence) is taken;
  otherwise a number is issued from the year's counter in the same transaction (the sheet's one is kept in a note);
- 调解成功 → closed with an agreement (written when a 协议形式 column says so or an amount is given, else oral);
  调解不成 → 调解终止; 调解中 → mediating. Parties are created by name (organisations recognised by their endings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from mediation_app.domain.errors import DomainError
from mediation_app.domain.ledger_import import LedgerEntry, LedgerField, RowError, missing_fields, read_entries
from mediation_app.domain.ledger_import_values import LedgerResult
from mediation_app.domain.numbering import format_number, parse_number
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.ledger_import_read import LedgerSheet, read_ledger_sheet
from mediation_app.services.ledger_import_rows import CaseNumbers, RowBuilder
from mediation_app.storage import bulk, ledger_import_queries, search_index
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.cases import AGREEMENT_SERIES, CASE_SERIES, agreement_prefix
from mediation_app.storage.models import Office

BATCH = 2_000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportPreview:
    """What an import of the sheet would do; nothing is written to make it."""

    path: str
    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[LedgerField, int]
    entries: tuple[LedgerEntry, ...]  # every readable row, in sheet order
    errors: tuple[RowError, ...]  # every reason a row cannot be read
    already_imported: frozenset[int] = field(default_factory=frozenset)  # sheet rows imported before

    @property
    def to_create(self) -> tuple[LedgerEntry, ...]:
        return tuple(entry for entry in self.entries if entry.row not in self.already_imported)

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({error.row for error in self.errors}))

    def counts(self) -> dict[LedgerResult, int]:
        """Cases to be created by result (every result present, zero included)."""
        found = Counter(entry.result for entry in self.to_create)
        return {result: found[result] for result in LedgerResult}


@dataclass(frozen=True)
class ImportResult:
    created: int
    counts: dict[LedgerResult, int]
    already_imported: tuple[int, ...]  # sheet rows skipped because they were imported before
    skipped_bad: tuple[int, ...]  # sheet rows left out because they could not be read (only when asked to)
    numbers_kept: int  # cases that kept the sheet's 案号
    first_case_id: int | None
    last_case_id: int | None


def _checked_mapping(sheet: LedgerSheet, mapping: Mapping[LedgerField, int] | None) -> dict[LedgerField, int]:
    chosen = dict(sheet.recognised if mapping is None else mapping)
    for column in chosen.values():
        if not 0 <= column < len(sheet.headers):
            raise ServiceError("import.bad_mapping", column=column + 1)
    missing = missing_fields(chosen)
    if missing:
        raise ServiceError("import.missing_column", column="、".join(f.zh for f in missing))
    return chosen


def _read(
    path: str | Path, mapping: Mapping[LedgerField, int] | None, sheet: str | None, today: date | None
) -> tuple[LedgerSheet, dict[LedgerField, int], list[LedgerEntry], list[RowError]]:
    data = read_ledger_sheet(path, sheet)
    chosen = _checked_mapping(data, mapping)
    entries, errors = read_entries(data.rows, chosen, data.headers, today or date.today())
    if not entries and not errors:
        raise ServiceError("import.empty", sheet=data.sheet)
    return data, chosen, entries, errors


def preview(
    ctx: ServiceContext,
    path: str | Path,
    mapping: Mapping[LedgerField, int] | None = None,
    *,
    sheet: str | None = None,
    today: date | None = None,
) -> ImportPreview:
    """Read and check every row; say which were imported before. Writes nothing."""
    data, chosen, entries, errors = _read(path, mapping, sheet, today)
    with ctx.db.read() as session:
        existing = ledger_import_queries.existing_import_keys(session, [entry.key for entry in entries])
    return ImportPreview(
        path=str(path),
        sheet=data.sheet,
        sheet_names=data.sheet_names,
        header_row=data.header_row,
        headers=data.headers,
        mapping=chosen,
        entries=tuple(entries),
        errors=tuple(errors),
        already_imported=frozenset(entry.row for entry in entries if entry.key in existing),
    )


def import_ledger(
    ctx: ServiceContext,
    path: str | Path,
    mapping: Mapping[LedgerField, int] | None = None,
    progress: Progress | None = None,
    *,
    sheet: str | None = None,
    skip_bad_rows: bool = False,
    today: date | None = None,
) -> ImportResult:
    """Create the sheet's cases in one transaction: all of them, or (on any error) none."""
    check_arguments(locals(), import_ledger)
    data, _, entries, errors = _read(path, mapping, sheet, today)
    bad = tuple(sorted({error.row for error in errors}))
    if bad and not skip_bad_rows:
        raise ServiceError("import.bad_rows", count=len(bad), first=bad[0])
    with ctx.db.write() as session:
        existing = ledger_import_queries.existing_import_keys(session, [entry.key for entry in entries])
        new = [entry for entry in entries if entry.key not in existing]
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise ServiceError("office.missing")
        writer = _Writer(session, office, Path(path).name)
        first_id = writer.write(new, progress)
        summary = {"file": Path(path).name, "sheet": data.sheet, "created": len(new)}
        summary |= {"already_imported": len(entries) - len(new), "skipped_bad_rows": list(bad)}
        record_event(session, user_id=ctx.user_id, action="ledger_import", entity="case", entity_id=None, after=summary)
    counts = Counter(entry.result for entry in new)
    return ImportResult(
        created=len(new),
        counts={result: counts[result] for result in LedgerResult},
        already_imported=tuple(entry.row for entry in entries if entry.key in existing),
        skipped_bad=bad,
        numbers_kept=writer.numbers_kept,
        first_case_id=first_id if new else None,
        last_case_id=first_id + len(new) - 1 if new else None,
    )


class _Writer:
    """Numbers, rows and the bulk insert of the new cases, inside the import's transaction."""

    def __init__(self, session: Any, office: Office, source: str) -> None:
        self.session, self.office, self.source = session, office, source
        self.numbers_kept = 0

    def _numbers(self, entries: Sequence[LedgerEntry]) -> CaseNumbers:
        session, office = self.session, self.office
        written = [entry.number for entry in entries if entry.number]
        years = {entry.received.year for entry in entries} | _years_written(written)
        numbers = CaseNumbers(
            office.case_prefix,
            bulk.highest_sequences(session, office.id, CASE_SERIES),
            ledger_import_queries.taken_numbers(session, written),
            ledger_import_queries.taken_sequences(session, office.id, years),
        )
        numbers.assign(entries)
        self.numbers_kept = numbers.kept
        return numbers

    def write(self, entries: Sequence[LedgerEntry], progress: Progress | None) -> int:
        session = self.session
        numbers = self._numbers(entries)
        agreements = bulk.highest_sequences(session, self.office.id, AGREEMENT_SERIES)
        prefix = agreement_prefix(self.office.case_prefix)
        ids = bulk.next_ids(session)
        first_id = ids["cases"]
        builder = RowBuilder(ids, self.office.id, self.source, now())
        with search_index.triggers_suspended(session):
            for start in range(0, len(entries), BATCH):
                for entry in entries[start : start + BATCH]:
                    builder.case(entry, numbers.assigned[entry.key], _agreement_number(entry, agreements, prefix))
                self._insert(builder.flush())
                if progress is not None:
                    progress(min(start + BATCH, len(entries)), len(entries))
            search_index.build_from(session, first_id)
        bulk.raise_counters(session, self.office.id, CASE_SERIES, numbers.last.items())
        bulk.raise_counters(session, self.office.id, AGREEMENT_SERIES, agreements.items())
        return first_id

    def _insert(self, rows: dict[str, list[dict[str, object]]]) -> None:
        for table in bulk.TABLES:  # parents before children
            bulk.insert_rows(self.session, table, rows.get(table, []))


def _agreement_number(entry: LedgerEntry, last: dict[int, int], prefix: str) -> str | None:
    """The next 协议书 number of the year the agreement took effect (the day the case closed)."""
    if entry.agreement_kind is None:
        return None
    year = (entry.closed or entry.received).year
    last[year] = last.get(year, 0) + 1
    return format_number(year, prefix, last[year])


def _years_written(numbers: Sequence[str]) -> set[int]:
    years: set[int] = set()
    for number in numbers:
        try:
            years.add(parse_number(number).year)
        except DomainError:
            continue
    return years
