"""Opening an office's Excel ledger with openpyxl: the sheet, its header row, and its rows with merged cells filled."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediation_app.domain.ledger_import import LedgerField, find_header_row, recognise_columns
from mediation_app.domain.ledger_import_values import cell_text
from mediation_app.services.context import ServiceError

SAMPLE_VALUES = 3  # per column, shown beside the mapping


@dataclass(frozen=True)
class LedgerSheet:
    """One sheet read whole: its header (as Excel numbers rows) and the rows below it."""

    path: str
    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int  # 1-based, as Excel shows it
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]  # (Excel row number, values)
    recognised: dict[LedgerField, int]

    def samples(self, column: int) -> tuple[str, ...]:
        """The first few non-empty values of a column, to show next to its header."""
        found: list[str] = []
        for _, values in self.rows:
            text = cell_text(values[column]) if column < len(values) else ""
            if text:
                found.append(text)
                if len(found) == SAMPLE_VALUES:
                    break
        return tuple(found)


def _open(path: str | Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ServiceError("import.file_unreadable", path=str(path)) from error


def _merged_values(worksheet: Any) -> dict[tuple[int, int], object]:
    """Every cell covered by a merged range carries the range's value (a community merged over five rows…)."""
    filled: dict[tuple[int, int], object] = {}
    for merged in worksheet.merged_cells.ranges:
        value = worksheet.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                filled[(row, col)] = value
    return filled


def _values(worksheet: Any) -> Iterator[tuple[object, ...]]:
    filled = _merged_values(worksheet)
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if not filled:
            yield row
            continue
        yield tuple(filled.get((number, col), value) for col, value in enumerate(row, start=1))


def _headers(row: tuple[object, ...]) -> tuple[str, ...]:
    return tuple(cell_text(value).replace("\n", " ") for value in row)


def _read_sheet(path: str | Path, worksheet: Any, names: tuple[str, ...]) -> LedgerSheet | None:
    rows = list(_values(worksheet))
    header_index = find_header_row(rows)
    if header_index is None:
        return None
    headers = _headers(rows[header_index])
    width = len(headers)
    body = tuple(
        (number, tuple(values[:width]))
        for number, values in enumerate(rows[header_index + 1 :], start=header_index + 2)
    )
    return LedgerSheet(
        str(path), worksheet.title, names, header_index + 1, headers, body, recognise_columns(rows[header_index])
    )


def read_ledger_sheet(path: str | Path, sheet: str | None = None) -> LedgerSheet:
    """The named sheet, or else the first sheet that has a recognisable header row."""
    workbook = _open(path)
    try:
        names = tuple(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise ServiceError("import.sheet_missing", sheet=sheet, sheets="、".join(names))
        candidates = [workbook[sheet]] if sheet is not None else list(workbook.worksheets)
        for worksheet in candidates:
            found = _read_sheet(path, worksheet, names)
            if found is not None:
                return found
        raise ServiceError("import.no_header", sheet=sheet or names[0] if names else "")
    finally:
        workbook.close()
