"""The signature block (a line and a fingerprint box per party, mediators, recorder, seal, date) and cut lines."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mediation_app.printing.blocks import BuildState, base_table_style
from mediation_app.printing.forms import Block

FINGERPRINT_BOX_MM = 12


Slot = tuple[Paragraph, bool]  # a signature label, and whether it has a fingerprint box


def _slots(block: Block, st: BuildState) -> tuple[list[Slot], list[Slot]]:
    """Party slots (with a fingerprint box each) and staff slots (extra lines, mediators, recorder)."""
    parties: list[Slot] = []
    if block.options.get("parties", True):
        template = st.spec.word("signature", "party_label", block)
        for party in st.items("parties"):
            label = template.replace("{role}", str(party.get("role", "当事人")))
            parties.append((Paragraph(label, st.styles.cell_left), True))
    staff = [(Paragraph(st.fill(extra), st.styles.cell_left), False) for extra in block.options.get("lines", [])]
    if block.options.get("mediators", True):
        staff.append((Paragraph(st.spec.word("signature", "mediator_label", block), st.styles.cell_left), False))
    if block.options.get("recorder", False):
        staff.append((Paragraph(st.spec.word("signature", "recorder_label", block), st.styles.cell_left), False))
    return parties, staff


def _rows(slots: list[Slot]) -> list[list[object]]:
    """Two slots per row: label, signature line, fingerprint box (or nothing), twice."""
    rows = []
    for i in range(0, len(slots), 2):
        row: list[object] = []
        for label, box in slots[i : i + 2]:
            row += [label, "", FingerprintBox(FINGERPRINT_BOX_MM * mm) if box else ""]
        rows.append(row + [""] * (6 - len(row)))
    return rows


def signature(block: Block, st: BuildState) -> list[Flowable]:
    """Parties two to a row, each with a line and a fingerprint box; then staff; the committee and date on the right."""
    parties, staff = _slots(block, st)
    rows = _rows(parties) + _rows(staff)
    committee = _committee(block, st)
    if not rows:
        # No nested KeepTogether: build_story already keeps the first flowables with the text before them.
        return [Spacer(0, 4 * mm), *committee]
    slot = (st.width - 2 * FINGERPRINT_BOX_MM * mm) / 2
    widths = [slot * 0.72, slot * 0.28 - 2 * mm, FINGERPRINT_BOX_MM * mm + 2 * mm] * 2
    # The first row stays with the text before it (build_story keeps the first two flowables with it),
    # the last row stays with the seal and date; rows between may run onto the next page.
    head, middle, last = rows[:1], rows[1:-1], rows[1:][-1:]
    out: list[Flowable] = [Spacer(0, 3 * mm), _rows_table(head, widths, st)]
    if middle:
        out.append(_rows_table(middle, widths, st))
    out.append(KeepTogether([_rows_table(last, widths, st), *committee] if last else committee))
    return out


def _rows_table(rows: list[list[object]], widths: list[float], st: BuildState) -> Table:
    # Rows with a fingerprint box are as tall as the box; staff rows need only room to sign.
    heights = [(FINGERPRINT_BOX_MM + 3) * mm if isinstance(row[2], FingerprintBox) else 11 * mm for row in rows]
    grid = Table(rows, colWidths=widths, rowHeights=heights)
    grid.setStyle(base_table_style(st))
    lines = [
        ("LINEBELOW", (c, r), (c, r), 0.6, colors.black)
        for r, row in enumerate(rows)
        for c in (1, 4)
        if row[c - 1] != ""
    ]
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                *lines,
            ]
        )
    )
    return grid


def _committee(block: Block, st: BuildState) -> list[Flowable]:
    out: list[Flowable] = [Spacer(0, 3 * mm)]
    if committee := block.options.get("committee"):
        out.append(Paragraph(st.fill(committee), st.styles.right))
    if date := block.options.get("date"):
        out.append(Paragraph(st.fill(date), st.styles.right))
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
