"""The signature block (a line and a fingerprint box per party, mediators, recorder, seal, date) and cut lines."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from mediation_app.printing.blocks import BuildState, KeepWithPrevious, base_table_style
from mediation_app.printing.errors import FormDataError
from mediation_app.printing.forms import Block
from mediation_app.printing.text import fill

FINGERPRINT_BOX_MM = 12
MIN_LINE_MM = 40  # room for a signature; a shorter line puts the slots one to a row
MAX_LINE_MM = 80  # a longer line reads as a blank to fill in, not a place to sign
MAX_LABEL_SHARE = 0.45  # a label wider than this share of the line wraps rather than squeezing the line


def _party_labels(block: Block, st: BuildState) -> list[Paragraph]:
    """One label per person who signs: the list ``source`` names (default parties), ``{role}``/``{name}`` filled."""
    if not block.options.get("parties", True):
        return []
    source = block.options.get("source", "parties")
    template = st.spec.word("signature", "party_label", block)
    labels = []
    for party in st.items(source):
        if not isinstance(party, Mapping):
            raise FormDataError("form.missing_field", field=f"{source}.name")
        text = fill(template, {"role": "当事人", **party}, st.has_glyph, join=st.join)
        labels.append(Paragraph(text, st.styles.cell_left))
    return labels


def _staff_labels(block: Block, st: BuildState) -> list[Paragraph]:
    """Extra lines (经办人, 被回访人…), then the mediators and the recorder."""
    texts = [st.fill(extra) for extra in block.options.get("lines", [])]
    if block.options.get("mediators", True):
        texts.append(st.fill(st.spec.word("signature", "mediator_label", block)))
    if block.options.get("recorder", False):
        texts.append(st.fill(st.spec.word("signature", "recorder_label", block)))
    return [Paragraph(text, st.styles.cell_left) for text in texts]


def signature(block: Block, st: BuildState) -> list[Flowable]:
    """Each party on a row with a long line and a fingerprint box; then the staff, the seal and the date, which
    never part across a page. The first party row stays with the text before; rows between may run on."""
    parties = slot_rows(_party_labels(block, st), st, box=True)
    staff = slot_rows(_staff_labels(block, st), st, box=False)
    closing = [*staff.table(staff.rows), *_committee(block, st)]
    rows = parties.rows
    if len(rows) <= 1:
        return [KeepWithPrevious([Spacer(0, 2 * mm), _unbreakable([*parties.table(rows), *closing], st)])]
    return [
        KeepWithPrevious([Spacer(0, 2 * mm), *parties.table(rows[:1])]),
        *parties.table(rows[1:-1]),
        _unbreakable([*parties.table(rows[-1:]), *closing], st),
    ]


def _unbreakable(flowables: list[Flowable], st: BuildState) -> Table:
    """The flowables as one table cell: a page never falls inside it. Unlike a KeepTogether it reports its true
    height, so it may itself be kept with the text before it (a KeepTogether inside another always breaks the page)."""
    cell = Table([[flowables]], colWidths=[st.width])
    cell.setStyle(base_table_style(st))
    cell.setStyle(TableStyle([(side, (0, 0), (-1, -1), 0) for side in _PADDINGS]))
    return cell


_PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


@dataclass
class SlotRows:
    """Signature rows: label, line, fingerprint box (or none), gap, once or twice per row."""

    rows: list[list[object]]
    widths: list[float]
    height: float
    st: BuildState

    def table(self, rows: list[list[object]]) -> list[Flowable]:
        """These rows as one table (none if there are no rows): a page may fall only between tables."""
        if not rows:
            return []
        grid = Table(rows, colWidths=self.widths, rowHeights=[self.height] * len(rows), hAlign="LEFT")
        grid.setStyle(base_table_style(self.st))
        lines = [
            ("LINEBELOW", (c + 1, r), (c + 1, r), 0.6, colors.black)
            for r, row in enumerate(rows)
            for c in range(0, len(row), 4)
            if row[c] != ""
        ]
        padding = [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *padding, *lines]))
        return [grid]


def slot_rows(labels: list[Paragraph], st: BuildState, *, box: bool) -> SlotRows:
    """Two slots to a row when each still has a line of MIN_LINE_MM, else one: the line is what is signed on."""
    box_width = (FINGERPRINT_BOX_MM + 2) * mm if box else 0
    per_row = 2 if st.width / 2 - _label_width(labels, st) - box_width >= MIN_LINE_MM * mm else 1
    slot = st.width / per_row
    widths: list[float] = []
    for position in range(per_row):
        # Each column of slots is as wide as its own longest label, so every line starts right after its label.
        label = _label_width(labels[position::per_row], st)
        line = min(slot - label - box_width, MAX_LINE_MM * mm)
        widths += [label, line, box_width, slot - label - line - box_width]
    rows = []
    for i in range(0, len(labels), per_row):
        row: list[object] = []
        for label in labels[i : i + per_row]:
            row += [label, "", FingerprintBox(FINGERPRINT_BOX_MM * mm) if box else "", ""]
        rows.append(row + [""] * (4 * per_row - len(row)))
    # Rows with a fingerprint box are as tall as the box; staff rows need only room to sign.
    height = (FINGERPRINT_BOX_MM + 1) * mm if box else 9 * mm
    return SlotRows(rows, widths, height, st)


def _label_width(labels: list[Paragraph], st: BuildState) -> float:
    widest = max((_text_width(label) for label in labels), default=0.0)
    return min(widest + 3, st.width * MAX_LABEL_SHARE)  # + the cell's padding


def _text_width(label: Paragraph) -> float:
    label.wrap(10_000, 10_000)
    return max(label.getActualLineWidths0(), default=0.0)


def _committee(block: Block, st: BuildState) -> list[Flowable]:
    """The committee's name and the date, set close: the seal is pressed over both."""
    out: list[Flowable] = [Spacer(0, 2 * mm)]
    style = ParagraphStyle("seal", parent=st.styles.right, leading=st.spec.font_size * 1.3, spaceAfter=0)
    if committee := block.options.get("committee"):
        out.append(Paragraph(st.fill(committee), style))
    if date := block.options.get("date"):
        out.append(Paragraph(st.fill(date), style))
    return out


class FingerprintBox(Flowable):
    """An empty square where a party presses a fingerprint."""

    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.side, self.side)


class CutLine(Flowable):
    """A dashed line across the page with a label in the middle: where the stub or receipt is torn off."""

    def __init__(self, label: str, font: str, size: float) -> None:
        super().__init__()
        self.label, self.font, self.size = label, font, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 2.4

    def draw(self) -> None:
        canvas, middle = self.canv, self.size * 1.2
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        text_width = canvas.stringWidth(self.label, self.font, self.size) + self.size
        left = (self.width - text_width) / 2
        canvas.line(0, middle, left, middle)
        canvas.line(left + text_width, middle, self.width, middle)
        canvas.setDash()
        canvas.setFont(self.font, self.size)
        canvas.drawCentredString(self.width / 2, middle - self.size * 0.35, self.label)


def cut_line(block: Block, st: BuildState) -> list[Flowable]:
    label = st.fill(st.spec.word("cut_line", "label", block))
    return [Spacer(0, 4 * mm), CutLine(label, st.styles.serif, st.spec.font_size * 0.8), Spacer(0, 2 * mm)]
