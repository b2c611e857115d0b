"""The printable 统计报表 (A4 landscape PDF): title, figures, a bar chart by type, the monthly trend, breakdowns."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mediation_app.domain.money import format_amount
from mediation_app.domain.statistics import Dimension, Figures, Statistics, key_label, office_rate_text, percent_texts
from mediation_app.printing.fonts import register_fonts

PAGE = landscape(A4)
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN - 12  # SimpleDocTemplate's frame pads 6 pt on each side
ACCEPTED_COLOUR, SUCCESS_COLOUR = colors.HexColor("#1565C0"), colors.HexColor("#2E7D32")
GRID = colors.HexColor("#90A4AE")
HEADER_FILL = colors.HexColor("#ECEFF1")
BREAKDOWN_HEADER = (
    "受理",
    "成功",
    "不成",
    "办理中",
    "成功率",
    "结案率",
    "及时率",
    "书面协议",
    "口头协议",
    "协议金额（元）",
    "满意度",
    "民转刑（件/人）",
    "群体性上访（件/人）",
    "社区/街道化解",
)
COLUMN_WEIGHTS = (1, 1, 1, 1, 1.1, 1.1, 1.1, 1.25, 1.25, 2.1, 1.1, 1.3, 1.3, 1.4)


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _styles(serif: str, sans: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=serif, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontName=sans, fontSize=18, leading=24, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName=sans, fontSize=12, leading=16, spaceBefore=8),
        "body": base,
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=12, textColor=colors.HexColor("#455A64")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
    }


def _pair(cases: int, people: int) -> str:
    return f"{cases} 件 / {people} 人"


def figure_rows(stats: Statistics) -> list[tuple[str, str]]:
    """The headline figures as (label, value) in the office's wording."""
    t = stats.totals
    return [
        ("登记数（按登记日期）", f"{stats.received} 件"),
        ("其中不予受理", f"{stats.not_accepted} 件"),
        ("受理数", f"{t.accepted} 件"),
        ("调解成功数", f"{t.mediated_success} 件"),
        ("调解不成数", f"{t.mediated_failure} 件"),
        ("办理中", f"{t.in_progress} 件"),
        ("成功率（成功 ÷ 调解终结）", office_rate_text(t.success_rate)),
        ("结案数 / 结案率", f"{t.closed} 件　{office_rate_text(t.closure_rate)}"),
        (
            "及时率（按期结案 ÷ 有期限结案）",
            f"{t.closed_on_time}/{t.closed_with_clock}　{office_rate_text(t.timely_rate)}",
        ),
        ("书面协议数", f"{t.written_agreements} 份"),
        ("口头协议数", f"{t.oral_agreements} 份"),
        ("协议涉及金额", f"{format_amount(t.agreement_amount_fen)} 元"),
        ("司法确认数", f"{t.judicial_confirmed} 件"),
        ("履行数（全部履行）", f"{t.performed} 件"),
        ("满意度（回访）", f"{office_rate_text(t.satisfaction_rate)}　回访 {t.visits_answered} 次"),
        ("防止民转刑", _pair(t.prevented_criminal_cases, t.prevented_criminal_people)),
        ("防止群体性上访", _pair(t.prevented_petition_cases, t.prevented_petition_people)),
        ("两不出：社区化解 / 街道化解", f"{t.resolved_community} 件 / {t.resolved_street} 件"),
    ]


def breakdown_cells(figures: Figures) -> list[str]:
    """One breakdown row's cells, in BREAKDOWN_HEADER's order."""
    f = figures
    return [
        str(f.accepted),
        str(f.mediated_success),
        str(f.mediated_failure),
        str(f.in_progress),
        percent_texts(f.success_rate)[0],
        percent_texts(f.closure_rate)[0],
        percent_texts(f.timely_rate)[0],
        str(f.written_agreements),
        str(f.oral_agreements),
        format_amount(f.agreement_amount_fen),
        percent_texts(f.satisfaction_rate)[0],
        f"{f.prevented_criminal_cases}/{f.prevented_criminal_people}",
        f"{f.prevented_petition_cases}/{f.prevented_petition_people}",
        f"{f.resolved_community}/{f.resolved_street}",
    ]


def _table_style(font: str, size: float, header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, size),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _figures_table(stats: Statistics, font: str) -> Table:
    rows = figure_rows(stats)
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [("", "")] * (2 * half - len(rows))
    data = [["项目", "数值", "项目", "数值"], *([*a, *b] for a, b in zip(left, right, strict=True))]
    quarter = WIDTH / 4
    table = Table(data, colWidths=[quarter * 1.15, quarter * 0.85] * 2, repeatRows=1)
    table.setStyle(_table_style(font, 9.5))
    return table


def _breakdown_table(first_header: str, rows: Sequence[tuple[str, Figures]], font: str, cell: ParagraphStyle) -> Table:
    header = ParagraphStyle("header", parent=cell, alignment=TA_CENTER)
    data: list[list[object]] = [[Paragraph(text, header) for text in (first_header, *BREAKDOWN_HEADER)]]
    data += [[Paragraph(name, cell), *breakdown_cells(figures)] for name, figures in rows]
    if not rows:
        data.append(["无", *[""] * len(BREAKDOWN_HEADER)])
    first = 84.0
    unit = (WIDTH - first) / sum(COLUMN_WEIGHTS)
    table = Table(data, colWidths=[first, *(unit * weight for weight in COLUMN_WEIGHTS)], repeatRows=1)
    style = _table_style(font, 7.5)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def _legend(font: str, x: float, y: float, names: Sequence[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = x, y, font, 8
    legend.alignment, legend.columnMaximum = "right", 1
    legend.colorNamePairs = list(names)
    legend.deltax, legend.dxTextSpace = 70, 4
    return legend


def _chart_frame(title: str, font: str, height: float) -> Drawing:
    drawing = Drawing(WIDTH / 2 - 6, height, initialFontName=font)
    drawing.add(String(4, height - 12, title, fontName=font, fontSize=10))
    return drawing


def type_chart(stats: Statistics, font: str, height: float = 200) -> Drawing:
    """Bars of 受理 and 调解成功 for every dispute type."""
    rows = stats.breakdowns.get(Dimension.DISPUTE_TYPE, ())
    drawing = _chart_frame("按纠纷类型：受理与调解成功", font, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 52, drawing.width - 44, height - 90
    chart.data = [[r.figures.accepted for r in rows] or [0], [r.figures.mediated_success for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [key_label(Dimension.DISPUTE_TYPE, r.key) for r in rows] or [""]
    _style_bar_axes(chart, font)
    drawing.add(chart)
    drawing.add(_legend(font, drawing.width - 150, height - 8, [(ACCEPTED_COLOUR, "受理"), (SUCCESS_COLOUR, "成功")]))
    return drawing


def _style_bar_axes(chart: VerticalBarChart, font: str) -> None:
    chart.bars[0].fillColor, chart.bars[1].fillColor = ACCEPTED_COLOUR, SUCCESS_COLOUR
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 4, 0.5
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.angle, labels.boxAnchor, labels.dy = font, 7, 40, "ne", -2
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = font, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor, chart.valueAxis.visibleGrid = colors.HexColor("#CFD8DC"), 1


def trend_chart(stats: Statistics, font: str, height: float = 200) -> Drawing:
    """Lines of 受理 and 调解成功 by month of acceptance."""
    months = stats.months
    drawing = _chart_frame("月度趋势：受理与调解成功", font, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 34, 52, drawing.width - 44, height - 90
    chart.data = [[m.figures.accepted for m in months] or [0], [m.figures.mediated_success for m in months] or [0]]
    step = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [m.label if i % step == 0 else "" for i, m in enumerate(months)] or [""]
    chart.lines[0].strokeColor, chart.lines[1].strokeColor = ACCEPTED_COLOUR, SUCCESS_COLOUR
    chart.lines.strokeWidth = 1.6
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.angle, labels.boxAnchor, labels.dy = font, 7, 40, "ne", -2
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = font, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor, chart.valueAxis.visibleGrid = colors.HexColor("#CFD8DC"), 1
    drawing.add(chart)
    drawing.add(_legend(font, drawing.width - 150, height - 8, [(ACCEPTED_COLOUR, "受理"), (SUCCESS_COLOUR, "成功")]))
    return drawing


def _charts(stats: Statistics, font: str) -> Table:
    table = Table([[type_chart(stats, font), trend_chart(stats, font)]], colWidths=[WIDTH / 2, WIDTH / 2])
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), *padding]))
    return table


NOTES = (
    "统计口径：除登记数、不予受理数按登记日期统计外，各项数字均针对统计期间内受理的案件，统计其至制表日的办理结果。"
    "成功率 = 调解成功数 ÷（调解成功数 + 调解不成数），保留一位小数，括号内为上报用的整数百分比。"
    "及时率 = 在期限内结案的案件 ÷ 有办理期限的已结案件。满意度 =（满意 + 基本满意）÷ 有满意度记录的回访次数。"
    "一件案件有多名调解员时，按调解员统计中每人各计一次。"
)


def _story(stats: Statistics, office: str, made_on: date, fonts: tuple[str, str, str]) -> list[Flowable]:
    serif, _bold, sans = fonts
    styles = _styles(serif, sans)
    story: list[Flowable] = [
        Paragraph(f"{office}统计报表", styles["title"]),
        Paragraph(f"统计期间：{_day(stats.start)}至{_day(stats.end)}　　制表日期：{_day(made_on)}", styles["subtitle"]),
        _figures_table(stats, serif),
        Spacer(1, 6),
        _charts(stats, sans),
        Paragraph(NOTES, styles["note"]),
    ]
    tables = [
        (dimension.zh, [(key_label(dimension, r.key), r.figures) for r in stats.breakdowns.get(dimension, ())])
        for dimension in Dimension
    ]
    tables.append(("月份", [(m.label, m.figures) for m in stats.months]))
    for title, rows in tables:
        heading = Paragraph(f"按{title}统计", styles["heading"])
        story.append(KeepTogether([heading, Spacer(1, 3), _breakdown_table(title, rows, serif, styles["cell"])]))
    return story


def render_statistics_report(stats: Statistics, office: str, made_on: date) -> bytes:
    """The report as PDF bytes; the same statistics, office and day give the same bytes."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        title=f"{office}统计报表 {stats.start.isoformat()}—{stats.end.isoformat()}",
        author="Mediation Desk",
        creator="Mediation Desk",
        invariant=1,
        initialFontName=fonts[0],
    )
    footer = _footer(fonts[0])
    # Without an initial font every page would name Helvetica, unembedded.
    canvasmaker = functools.partial(Canvas, initialFontName=fonts[0])
    doc.build(_story(stats, office, made_on, fonts), onFirstPage=footer, onLaterPages=footer, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _footer(font: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawCentredString(PAGE[0] / 2, 8 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    return draw
