"""The 统计报表 saved as a file: the printable PDF, and an .xlsx with a sheet per breakdown (numbers as numbers)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mediation_app.domain.rates import round_half_up
from mediation_app.domain.statistics import Dimension, Figures, Statistics, key_label
from mediation_app.printing.stats_report import figure_rows, render_statistics_report
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.office import get_office

# (header, value of a row's figures, number format); rates are fractions shown with a % format.
Column = tuple[str, Callable[[Figures], object], str]
COLUMNS: tuple[Column, ...] = (
    ("受理", lambda f: f.accepted, "0"),
    ("调解成功", lambda f: f.mediated_success, "0"),
    ("调解不成", lambda f: f.mediated_failure, "0"),
    ("办理中", lambda f: f.in_progress, "0"),
    ("成功率", lambda f: _number(f.success_rate), "0.0%"),
    ("成功率（上报）", lambda f: _reported(f.success_rate), "0%"),
    ("结案数", lambda f: f.closed, "0"),
    ("结案率", lambda f: _number(f.closure_rate), "0.0%"),
    ("及时率", lambda f: _number(f.timely_rate), "0.0%"),
    ("书面协议", lambda f: f.written_agreements, "0"),
    ("口头协议", lambda f: f.oral_agreements, "0"),
    ("协议涉及金额（元）", lambda f: Decimal(f.agreement_amount_fen).scaleb(-2), "#,##0.00"),
    ("司法确认", lambda f: f.judicial_confirmed, "0"),
    ("履行", lambda f: f.performed, "0"),
    ("满意度", lambda f: _number(f.satisfaction_rate), "0.0%"),
    ("防止民转刑（件）", lambda f: f.prevented_criminal_cases, "0"),
    ("防止民转刑（人）", lambda f: f.prevented_criminal_people, "0"),
    ("防止群体性上访（件）", lambda f: f.prevented_petition_cases, "0"),
    ("防止群体性上访（人）", lambda f: f.prevented_petition_people, "0"),
    ("社区化解", lambda f: f.resolved_community, "0"),
    ("街道化解", lambda f: f.resolved_street, "0"),
)
_HEADER_FILL = PatternFill("solid", fgColor="ECEFF1")


def _number(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _reported(value: Fraction | None) -> float | None:
    """The whole percent the office reports, as a number Excel shows with "0%": 90/92 → 0.98."""
    return None if value is None else float(round_half_up(value * 100) / 100)


def _write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Write beside the target as ``.part`` and rename, so a failure never leaves half a file."""
    part = path.with_name(path.name + ".part")
    try:
        write(part)
        os.replace(part, path)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise ServiceError("stats.write_failed", path=str(path), reason=error.strerror or str(error)) from error
    return path


def statistics_pdf(ctx: ServiceContext, stats: Statistics, made_on: date | None = None) -> bytes:
    return render_statistics_report(stats, get_office(ctx).name, made_on or date.today())


def export_statistics_pdf(ctx: ServiceContext, stats: Statistics, path: Path, made_on: date | None = None) -> Path:
    """Save the printable report of ``stats`` (the figures on screen) to ``path``."""
    pdf = statistics_pdf(ctx, stats, made_on)
    return _write_atomically(path, lambda part: part.write_bytes(pdf))


def export_statistics_xlsx(ctx: ServiceContext, stats: Statistics, path: Path) -> Path:
    """Save ``stats`` as a workbook: 汇总, one sheet per breakdown, and 月度趋势."""
    book = statistics_workbook(stats, get_office(ctx).name)
    return _write_atomically(path, lambda part: book.save(part))


def statistics_workbook(stats: Statistics, office: str) -> Workbook:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    _summary_sheet(summary, stats, office)
    for dimension in Dimension:
        rows = [(key_label(dimension, r.key), r.figures) for r in stats.breakdowns.get(dimension, ())]
        _table_sheet(book.create_sheet(f"按{dimension.zh}"), dimension.zh, stats, office, rows)
    months = [(m.label, m.figures) for m in stats.months]
    _table_sheet(book.create_sheet("月度趋势"), "月份", stats, office, months)
    return book


def _title(sheet: Worksheet, stats: Statistics, office: str, width: int) -> None:
    sheet.append([f"{office}统计报表"])
    sheet.append([f"统计期间：{stats.start.isoformat()} 至 {stats.end.isoformat()}（按受理日期）"])
    sheet["A1"].font = Font(bold=True, size=14)
    for row in (1, 2):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _summary_sheet(sheet: Worksheet, stats: Statistics, office: str) -> None:
    _title(sheet, stats, office, 3)
    sheet.append(["项目", "数值", "说明"])
    t = stats.totals
    sheet.append(["登记数", stats.received, "按登记日期"])
    sheet.append(["不予受理数", stats.not_accepted, "按登记日期"])
    for header, value, number_format in COLUMNS:
        sheet.append([header, value(t), ""])
        sheet.cell(sheet.max_row, 2).number_format = number_format
    sheet.append(["成功率（文字）", "", dict(figure_rows(stats))["成功率（成功 ÷ 调解终结）"]])
    _header_row(sheet, 3)
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 24, 18
    sheet.column_dimensions["C"].width = 28
    sheet.freeze_panes = "A4"


def _table_sheet(
    sheet: Worksheet, first: str, stats: Statistics, office: str, rows: Sequence[tuple[str, Figures]]
) -> None:
    _title(sheet, stats, office, len(COLUMNS) + 1)
    sheet.append([first, *(header for header, _v, _f in COLUMNS)])
    for label, figures in rows:
        sheet.append([label, *(value(figures) for _h, value, _f in COLUMNS)])
        for column, (_h, _v, number_format) in enumerate(COLUMNS, start=2):
            sheet.cell(sheet.max_row, column).number_format = number_format
    _header_row(sheet, 3)
    sheet.column_dimensions["A"].width = 16
    for column in range(2, len(COLUMNS) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    sheet.freeze_panes = "B4"


def _header_row(sheet: Worksheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
