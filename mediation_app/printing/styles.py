"""Paragraph styles for the forms: 宋体-style body, bold serif titles, 黑体-style labels; CJK line breaking."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle


@dataclass(frozen=True)
class Styles:
    serif: str
    serif_bold: str
    sans: str
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    indented: ParagraphStyle
    centre: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell_left: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    line_label: ParagraphStyle  # the label and the value of a ``lines`` row (a cover): body size, no grid
    line_value: ParagraphStyle

    def cell_aligned(self, align: str) -> ParagraphStyle:
        """A value cell's style for a column aligned left, centre or right."""
        return {"centre": self.cell_centre, "right": self.cell_right}.get(align, self.cell)


def make_styles(serif: str, serif_bold: str, sans: str, size: float) -> Styles:
    # wordWrap="CJK": Chinese breaks between any two characters, never before 。，、 and the like.
    body = ParagraphStyle(
        "body",
        fontName=serif,
        fontSize=size,
        leading=size * 1.5,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        spaceAfter=size * 0.15,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=size * 0.9, leading=size * 1.3, spaceAfter=0, alignment=TA_LEFT)
    line_value = ParagraphStyle("line_value", parent=body, spaceAfter=0, alignment=TA_LEFT)
    return Styles(
        serif=serif,
        serif_bold=serif_bold,
        sans=sans,
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=serif_bold,
            fontSize=size * 1.7,
            leading=size * 2.2,
            alignment=TA_CENTER,
            spaceAfter=size * 0.4,
        ),
        heading=ParagraphStyle("heading", parent=body, fontName=sans, spaceBefore=size * 0.4),
        body=body,
        indented=ParagraphStyle("indented", parent=body, firstLineIndent=size * 2),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        cell=cell,
        cell_label=ParagraphStyle(
            "cell_label",
            parent=body,
            fontName=sans,
            fontSize=size * 0.9,
            leading=size * 1.3,
            spaceAfter=0,
            alignment=TA_CENTER,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=size * 1.2, alignment=TA_CENTER),
        cell_left=ParagraphStyle("cell_left", parent=cell),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        line_label=ParagraphStyle("line_label", parent=line_value, fontName=sans),
        line_value=line_value,
        note=ParagraphStyle("note", parent=body, fontSize=size * 0.85, leading=size * 1.35, firstLineIndent=size * 1.7),
    )
