"""The ledger as an office's Excel sheet: title and period, frozen header, real dates and amounts, streamed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from mediation_app.domain.ledger import LedgerHeading, LedgerRow, is_overdue, result_text
from mediation_app.domain.vocabulary import RiskLevel

DATE_FORMAT = "yyyy-mm-dd"
AMOUNT_FORMAT = "#,##0.00"
HEADER_ROW = 3  # title, period, then the column headings; rows below it scroll under a frozen header
RISK_COLOURS = {
    RiskLevel.RED: "C62828",
    RiskLevel.ORANGE: "E65100",
    RiskLevel.YELLOW: "8D6E00",
    RiskLevel.BLUE: "1565C0",
}


@dataclass(frozen=True)
class SheetColumn:
    """A column: its heading, width in characters, kind (text, date, amount, risk) and value."""

    title: str
    width: float
    kind: str
    value: Callable[[LedgerRow, date], object]


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


COLUMNS = (
    SheetColumn("序号", 6, "text", lambda _r, _t: None),  # filled with the row's number as it is written
    SheetColumn("案号", 26, "text", lambda r, _t: r.number or ""),
    SheetColumn("登记日期", 12, "date", lambda r, _t: r.received_at.date()),
    SheetColumn("案件名称", 28, "text", lambda r, _t: r.title),
    SheetColumn("申请人", 14, "text", lambda r, _t: r.applicants),
    SheetColumn("申请人身份证号", 21, "text", lambda r, _t: r.applicant_id),
    SheetColumn("被申请人", 16, "text", lambda r, _t: r.respondents),
    SheetColumn("纠纷类型", 12, "text", lambda r, _t: r.dispute_type.zh),
    SheetColumn("来源渠道", 14, "text", lambda r, _t: r.channel.zh),
    SheetColumn("处理途径", 14, "text", lambda r, _t: r.route.zh if r.route else ""),
    SheetColumn("状态", 10, "text", lambda r, _t: r.status.zh),
    SheetColumn("调解结果", 16, "text", lambda r, _t: result_text(r)),
    SheetColumn("风险等级", 9, "risk", lambda r, _t: f"{r.risk.zh}色"),
    SheetColumn("办理期限", 12, "date", lambda r, _t: r.due_date),
    SheetColumn("是否逾期", 9, "text", lambda r, t: "逾期" if is_overdue(r, t) else ""),
    SheetColumn("结案日期", 12, "date", lambda r, _t: _day(r.closed_at)),
    SheetColumn("所属社区", 12, "text", lambda r, _t: r.community),
    SheetColumn("网格", 10, "text", lambda r, _t: r.grid),
    SheetColumn("调解员", 18, "text", lambda r, _t: r.mediators),
    SheetColumn("涉及金额（元）", 14, "amount", lambda r, _t: _yuan(r.amount_fen)),
    SheetColumn("协议金额（元）", 14, "amount", lambda r, _t: _yuan(r.agreement_fen)),
)


class _Styles:
    """Cells styled once and reused: write-only sheets take styles cell by cell."""

    def __init__(self) -> None:
        thin = Side(style="thin", color="9E9E9E")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.title_font = Font(name="宋体", size=16, bold=True)
        self.header_font = Font(name="宋体", size=11, bold=True)
        self.header_fill = PatternFill("solid", fgColor="ECEFF1")
        self.centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.risk_fonts = {
            level: Font(color=colour, bold=level is RiskLevel.RED) for level, colour in RISK_COLOURS.items()
        }


def _cell(ws: Any, value: object, **style: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _prepare(ws: Any, heading: LedgerHeading, styles: _Styles) -> None:
    """Widths, merged title rows, frozen header and print setup: all set before the first row is streamed."""
    last = get_column_letter(len(COLUMNS))
    for index, column in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.merged_cells.add(f"A1:{last}1")
    ws.merged_cells.add(f"A2:{last}2")
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.append([_cell(ws, f"{heading.office_name}案件台账", font=styles.title_font, alignment=styles.centre)])
    period = f"统计期间：{heading.period}　　制表日期：{heading.today:%Y-%m-%d}"
    ws.append([_cell(ws, period, alignment=Alignment(horizontal="center"))])
    header = [
        _cell(ws, c.title, font=styles.header_font, fill=styles.header_fill, alignment=styles.centre) for c in COLUMNS
    ]
    ws.append(header)


def _row_cells(ws: Any, no: int, row: LedgerRow, today: date, styles: _Styles) -> list[object]:
    cells: list[object] = [no]
    for column in COLUMNS[1:]:
        value = column.value(row, today)
        if column.kind == "date" and value is not None:
            cells.append(_cell(ws, value, number_format=DATE_FORMAT))
        elif column.kind == "amount" and value is not None:
            cells.append(_cell(ws, value, number_format=AMOUNT_FORMAT))
        elif column.kind == "risk":
            cells.append(_cell(ws, value, font=styles.risk_fonts[row.risk]))
        else:
            cells.append(value)
    return cells


def write_ledger_sheet(path: Path, heading: LedgerHeading, rows: Iterable[LedgerRow]) -> int:
    """Stream ``rows`` into a new workbook at ``path`` (openpyxl write-only); the number of rows written."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("案件台账")
    styles = _Styles()
    _prepare(ws, heading, styles)
    count = 0
    try:
        for count, row in enumerate(rows, start=1):
            ws.append(_row_cells(ws, count, row, heading.today, styles))
        workbook.save(path)
    except BaseException:
        _discard(ws)
        raise
    return count


def _discard(ws: Any) -> None:
    """End a streamed sheet that will not be saved and drop its temporary file: nothing is left behind."""
    if not ws.closed:
        ws.close()
    if ws._writer is not None and Path(str(ws._writer.out)).exists():
        ws._writer.cleanup()
