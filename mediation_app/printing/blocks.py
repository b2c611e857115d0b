"""One builder per block type: a form's block and the context in, reportlab flowables out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreak

from mediation_app.printing.errors import FormDataError
from mediation_app.printing.form_checks import OTHER
from mediation_app.printing.forms import Block, FormSpec
from mediation_app.printing.styles import Styles
from mediation_app.printing.text import DEFAULT_JOIN, chinese_ordinal, fill, fill_segments, lookup

CHECKED, UNCHECKED = "☑", "☐"


@dataclass
class BuildState:
    spec: FormSpec
    context: Mapping[str, Any]
    styles: Styles
    width: float  # the frame width in points
    has_glyph: Callable[[str], bool]
    join: str = DEFAULT_JOIN  # the block's separator for ``{list.*.field}``

    def fill(self, template: str, *, optional: bool = False) -> str:
        return fill(template, self.context, self.has_glyph, optional=optional, join=self.join)

    def items(self, source: str) -> list[Any]:
        value = lookup(self.context, source)
        return list(value) if isinstance(value, list) else [value]


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def title(block: Block, st: BuildState) -> list[Flowable]:
    style = st.styles.title
    if size := block.options.get("font_size"):
        # A cover's title is set larger than a letter's; leading and spacing keep the title style's proportions.
        style = ParagraphStyle("title_sized", parent=style, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.25)
    return [_para(st.fill(block.options["text"]), style)]


def subtitle(block: Block, st: BuildState) -> list[Flowable]:
    style = st.styles.right if block.options.get("align") == "right" else st.styles.centre
    return [_para(st.fill(block.options["text"]), style)]


def number_line(block: Block, st: BuildState) -> list[Flowable]:
    return [_para(st.fill(block.options["text"]), st.styles.right), Spacer(0, 2 * mm)]


def paragraph(block: Block, st: BuildState) -> list[Flowable]:
    condition = block.options.get("if")
    if condition and not _truthy(st.context, condition):
        return []
    text = st.fill(block.options["text"])
    if label := block.options.get("label"):
        text = f"<font name='{st.styles.sans}'>{st.fill(label)}</font>{text}"
    style = {"centre": st.styles.centre, "right": st.styles.right}.get(block.options.get("align", ""))
    style = style or (st.styles.indented if block.options.get("indent", True) else st.styles.body)
    if block.options.get("small"):
        style = st.styles.note
    out: list[Flowable] = [_para(text, style)]
    if (lines := int(block.options.get("min_lines", 0))) > 0:
        out.append(Spacer(0, lines * style.leading))
    return out


def _truthy(context: Mapping[str, Any], name: str) -> bool:
    try:
        return bool(lookup(context, name))
    except Exception:
        return False


def base_table_style(st: BuildState) -> TableStyle:
    # Empty cells are drawn in the table's font; reportlab's default would put unembedded Helvetica in the PDF.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.styles.serif)])


GRID_PADDING = 4  # points above and below the text of a grid cell
LINE_PADDING_TOP, LINE_PADDING_BOTTOM = 6, 2  # a ruled line's value sits just above the rule


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), GRID_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), GRID_PADDING),
        ]
    )


def _row_height(height_mm: float, padding: float = 2 * GRID_PADDING) -> float:
    """A cell's content height for a row ``height_mm`` tall: the form gives the height of the whole row."""
    return max(float(height_mm * mm) - padding, 0.0)


def _widths(st: BuildState, widths: list[float] | None, columns: int, width: float | None = None) -> list[float]:
    """Column widths in points from the form's shares of ``width`` (the frame width unless given)."""
    shares = widths or [1.0] * columns
    total = sum(shares)
    return [(width or st.width) * share / total for share in shares]


def field_grid(block: Block, st: BuildState) -> list[Flowable]:
    """Rows of label / value cells; a label cell is form wording, a value cell is filled from the context.
    ``min_heights_mm`` gives a row room to write in by hand (its values then start at the top)."""
    condition = block.options.get("if")
    if condition and not _truthy(st.context, condition):
        return []
    rows = block.options["rows"]
    heights = [_row_height(float(h)) for h in block.options.get("min_heights_mm", [0] * len(rows))]
    columns = max(len(r) for r in rows)
    cells = []
    for row, height in zip(rows, heights, strict=True):
        line: list[Any] = [
            _para(st.fill(cell), st.styles.cell_label if i % 2 == 0 else st.styles.cell) for i, cell in enumerate(row)
        ]
        if height:
            line = [MinHeight(cell, height) if i % 2 else cell for i, cell in enumerate(line)]
        cells.append(line + [""] * (columns - len(line)))
    table = Table(cells, colWidths=_widths(st, block.options.get("widths"), columns))
    spans = [("SPAN", (len(r) - 1, i), (columns - 1, i)) for i, r in enumerate(rows) if len(r) < columns]
    tops = [("VALIGN", (c, i), (c, i), "TOP") for i, h in enumerate(heights) if h for c in range(1, columns, 2)]
    table.setStyle(base_table_style(st))
    table.setStyle(_grid_style())
    table.setStyle(TableStyle(spans + tops))
    return [table, Spacer(0, 3 * mm)]


def lines(block: Block, st: BuildState) -> list[Flowable]:
    """Label and value rows without a grid, each value on a ruled line (a file cover): the wording is data."""
    rows = [
        [_para(st.fill(label), st.styles.line_label), _para(st.fill(value), st.styles.line_value)]
        for label, value in block.options["rows"]
    ]
    width = st.width * float(block.options.get("width", 1.0))
    height = _row_height(float(block.options.get("row_height_mm", 0)), LINE_PADDING_TOP + LINE_PADDING_BOTTOM)
    cells = [[label, MinHeight(value, height, valign="bottom") if height else value] for label, value in rows]
    table = Table(cells, colWidths=_widths(st, block.options.get("widths", [1.0, 3.0]), 2, width), hAlign="CENTER")
    table.setStyle(base_table_style(st))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), LINE_PADDING_TOP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), LINE_PADDING_BOTTOM),
            ]
        )
    )
    return [table]


def party_table(block: Block, st: BuildState) -> list[Flowable]:
    """Each party's particulars as the law lists them (Art. 29); empty particulars are left out."""
    out: list[Flowable] = []
    if heading := block.options.get("title"):
        out.append(_para(st.fill(heading), st.styles.heading))
    for party in st.items(block.options.get("source", "parties")):
        kind = "organisation" if party.get("kind") == "organisation" else "person"
        out.append(_para(fill_segments(st.spec.word("party", kind), party, st.has_glyph), st.styles.indented))
        if party.get("agent_name"):
            out.append(_para(fill_segments(st.spec.word("party", "agent"), party, st.has_glyph), st.styles.indented))
    return out


def terms(block: Block, st: BuildState) -> list[Flowable]:
    out: list[Flowable] = []
    if intro := block.options.get("intro"):
        out.append(_para(st.fill(intro), st.styles.indented))
    for n, term in enumerate(st.items(block.options.get("source", "terms")), start=1):
        text = fill("{t}", {"t": term}, st.has_glyph)
        out.append(_para(f"{chinese_ordinal(n)}、{text}", st.styles.indented))
    return out


def tick_boxes(block: Block, st: BuildState) -> list[Flowable]:
    """Every option the form lists, ☑ if the context chose it, else ☐; the wording is the form's, the context
    gives only values. With ``other_detail``, the case's own words follow a chosen "other"."""
    out: list[Flowable] = []
    if heading := block.options.get("title"):
        out.append(_para(st.fill(heading), st.styles.body))
    chosen = _chosen(block, st)
    items = []
    for value, label in block.options["options"]:
        text = st.fill(label)
        if value == OTHER and value in chosen and (detail := _other_detail(block, st)):
            text = f"{text}：{detail}"
        items.append(f"{CHECKED if value in chosen else UNCHECKED} {text}")
    columns = int(block.options.get("columns", 1))
    rows = [items[i : i + columns] for i in range(0, len(items), columns)]
    style = _hanging(st, f"{UNCHECKED} ")
    cells = [[_para(text, style) for text in row] + [""] * (columns - len(row)) for row in rows]
    table = Table(cells, colWidths=[st.width / columns] * columns)
    table.setStyle(base_table_style(st))
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    out.append(table)
    return out


def _hanging(st: BuildState, mark: str) -> ParagraphStyle:
    """The indented style with a long label's second line starting under its first word, not under the box."""
    hang = stringWidth(mark, st.styles.serif, st.styles.indented.fontSize)
    indent = st.styles.indented.firstLineIndent
    return ParagraphStyle("hanging", parent=st.styles.indented, leftIndent=indent + hang, firstLineIndent=-hang)


def _chosen(block: Block, st: BuildState) -> set[str]:
    """The values the context chose (one, or a list); a value the form does not list is refused. An ``optional``
    block prints all boxes empty when nothing is chosen (a form filled in by hand); otherwise a choice is needed."""
    source, optional = block.options["source"], bool(block.options.get("optional", False))
    try:
        value = lookup(st.context, source)
    except FormDataError:
        if optional:
            return set()
        raise
    values = [v for v in (value if isinstance(value, list) else [value]) if v not in ("", None)]
    known = {option for option, _label in block.options["options"]}
    for v in values:
        if not isinstance(v, str) or v not in known:
            raise FormDataError("form.bad_choice", field=source, value=str(v))
    if not values and not optional:
        raise FormDataError("form.missing_field", field=source)
    return set(values)


def _other_detail(block: Block, st: BuildState) -> str:
    field = block.options.get("other_detail")
    return st.fill(f"{{{field}}}", optional=True) if field else ""


def table(block: Block, st: BuildState) -> list[Flowable]:
    """A header row and one row per item; a column may be aligned (amounts right, numbers centred), and
    ``row_height_mm`` gives each row room to write in."""
    columns = block.options["columns"]
    header = [_para(st.fill(c["title"]), st.styles.cell_label) for c in columns]
    styles = [st.styles.cell_aligned(c.get("align", "left")) for c in columns]
    body: list[list[Any]] = [
        [
            _para(fill("{v}", {"v": item.get(c["field"], "")}, st.has_glyph), style)
            for c, style in zip(columns, styles, strict=True)
        ]
        for item in st.items(block.options["source"])
    ]
    body += [[""] * len(columns) for _ in range(int(block.options.get("min_rows", 0)) - len(body))]
    if height := _row_height(float(block.options.get("row_height_mm", 0))):
        body = [[MinHeight(row[0], height, valign="middle"), *row[1:]] for row in body]
    out: list[Flowable] = []
    if heading := block.options.get("title"):
        out.append(_para(st.fill(heading), st.styles.heading))
    widths = _widths(st, [c.get("width", 1.0) for c in columns], len(columns))
    grid = Table([header, *body], colWidths=widths, repeatRows=1)
    grid.setStyle(base_table_style(st))
    grid.setStyle(_grid_style())
    out.append(grid)
    return out


def spacer(block: Block, st: BuildState) -> list[Flowable]:
    return [Spacer(0, float(block.options["height_mm"]) * mm)]


def page_break(block: Block, st: BuildState) -> list[Flowable]:
    return [PageBreak()]


class MinHeight(Flowable):
    """A cell's content with room below it: a row at least this tall, for writing in by hand."""

    def __init__(self, content: Flowable | str, height: float, *, valign: str = "top") -> None:
        super().__init__()
        self.content = content if isinstance(content, Flowable) else Spacer(0, 0)
        self.min_height = height
        # top: room to write below the text; middle: level with the row's other cells; bottom: on a ruled line
        self.valign = valign

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, self._content_height = self.content.wrapOn(self.canv, avail_width, avail_height)
        self._drawn_height = max(self._content_height, self.min_height)
        return width, self._drawn_height

    def draw(self) -> None:
        room = self._drawn_height - self._content_height
        self.content.drawOn(self.canv, 0, {"top": room, "middle": room / 2}.get(self.valign, 0))


class KeepWithPrevious(Flowable):
    """Flowables to print on the same page as the flowable before them (a signature block and the text it
    signs). Never drawn: the story builder merges it with what comes before into one KeepTogether, because a
    KeepTogether inside another always breaks the page."""

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__()
        self.flowables = flowables
