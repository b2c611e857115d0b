"""One builder per block type: a form's block and the context in, reportlab flowables out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreak

from mediation_app.printing.forms import Block, FormSpec
from mediation_app.printing.styles import Styles
from mediation_app.printing.text import chinese_ordinal, fill, fill_segments, lookup

CHECKED, UNCHECKED = "☑", "☐"


@dataclass
class BuildState:
    spec: FormSpec
    context: Mapping[str, Any]
    styles: Styles
    width: float  # the frame width in points
    has_glyph: Callable[[str], bool]

    def fill(self, template: str) -> str:
        return fill(template, self.context, self.has_glyph)

    def items(self, source: str) -> list[Any]:
        value = lookup(self.context, source)
        return list(value) if isinstance(value, list) else [value]


def _para(text: str, style: Any) -> Paragraph:
    return Paragraph(text, style)


def title(block: Block, st: BuildState) -> list[Flowable]:
    return [_para(st.fill(block.options["text"]), st.styles.title)]


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


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def _widths(st: BuildState, widths: list[float] | None, columns: int) -> list[float]:
    shares = widths or [1.0] * columns
    total = sum(shares)
    return [st.width * share / total for share in shares]


def field_grid(block: Block, st: BuildState) -> list[Flowable]:
    """Rows of label / value cells; a label cell is form wording, a value cell is filled from the context."""
    condition = block.options.get("if")
    if condition and not _truthy(st.context, condition):
        return []
    rows = block.options["rows"]
    columns = max(len(r) for r in rows)
    cells = []
    for row in rows:
        line = [
            _para(st.fill(cell), st.styles.cell_label if i % 2 == 0 else st.styles.cell) for i, cell in enumerate(row)
        ]
        cells.append(line + [""] * (columns - len(line)))
    table = Table(cells, colWidths=_widths(st, block.options.get("widths"), columns))
    spans = [("SPAN", (len(r) - 1, i), (columns - 1, i)) for i, r in enumerate(rows) if len(r) < columns]
    table.setStyle(base_table_style(st))
    table.setStyle(_grid_style())
    table.setStyle(TableStyle(spans))
    return [table, Spacer(0, 3 * mm)]


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
    out: list[Flowable] = []
    if heading := block.options.get("title"):
        out.append(_para(st.fill(heading), st.styles.body))
    items = [
        f"{CHECKED if item.get('checked') else UNCHECKED} {fill('{l}', {'l': item['label']}, st.has_glyph)}"
        for item in st.items(block.options["source"])
    ]
    columns = int(block.options.get("columns", 1))
    rows = [items[i : i + columns] for i in range(0, len(items), columns)]
    cells = [[_para(text, st.styles.indented) for text in row] + [""] * (columns - len(row)) for row in rows]
    if cells:
        table = Table(cells, colWidths=[st.width / columns] * columns)
        table.setStyle(base_table_style(st))
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        out.append(table)
    return out


def table(block: Block, st: BuildState) -> list[Flowable]:
    columns = block.options["columns"]
    header = [_para(st.fill(c["title"]), st.styles.cell_label) for c in columns]
    rows = [header]
    for item in st.items(block.options["source"]):
        rows.append(
            [_para(fill("{v}", {"v": item.get(c["field"], "")}, st.has_glyph), st.styles.cell) for c in columns]
        )
    rows += [[""] * len(columns)] * max(0, int(block.options.get("min_rows", 0)) - (len(rows) - 1))
    out: list[Flowable] = []
    if heading := block.options.get("title"):
        out.append(_para(st.fill(heading), st.styles.heading))
    grid = Table(rows, colWidths=_widths(st, [c.get("width", 1.0) for c in columns], len(columns)), repeatRows=1)
    grid.setStyle(base_table_style(st))
    grid.setStyle(_grid_style())
    out.append(grid)
    return out


def spacer(block: Block, st: BuildState) -> list[Flowable]:
    return [Spacer(0, float(block.options["height_mm"]) * mm)]


def page_break(block: Block, st: BuildState) -> list[Flowable]:
    return [PageBreak()]
