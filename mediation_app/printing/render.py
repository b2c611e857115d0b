"""The one renderer: a FormSpec and a context in, PDF bytes out (same input, same bytes)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Mapping
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from mediation_app.printing import blocks, signature
from mediation_app.printing.fonts import has_glyph, register_fonts
from mediation_app.printing.forms import Block, FormSpec
from mediation_app.printing.styles import make_styles
from mediation_app.printing.text import DEFAULT_JOIN

Builder = Callable[[Block, blocks.BuildState], list[Flowable]]
BUILDERS: dict[str, Builder] = {
    "title": blocks.title,
    "subtitle": blocks.subtitle,
    "number_line": blocks.number_line,
    "paragraph": blocks.paragraph,
    "field_grid": blocks.field_grid,
    "lines": blocks.lines,
    "party_table": blocks.party_table,
    "terms": blocks.terms,
    "tick_boxes": blocks.tick_boxes,
    "table": blocks.table,
    "signature": signature.signature,
    "cut_line": signature.cut_line,
    "spacer": blocks.spacer,
    "page_break": blocks.page_break,
}


class CopyStart(Flowable):
    """Marks where one copy of a per-party form begins, so each copy is numbered 第 1 页 共 n 页 on its own."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.copy_starts.append(self.canv.getPageNumber())


def _numbered_canvas(footer: str, font: str) -> type[Canvas]:
    """A canvas that knows the page count when it saves, for "第 x 页 共 y 页" (per copy)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", font)  # otherwise every page names Helvetica, unembedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.copy_starts: list[int] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            starts = sorted(set(self.copy_starts) | {1})
            ends = [*(s - 1 for s in starts[1:]), total]
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 9)
                number = self._pageNumber
                first, last = next((a, b) for a, b in zip(starts, ends, strict=True) if a <= number <= b)
                text = footer.format(page=number - first + 1, pages=last - first + 1)
                self.drawCentredString(self._pagesize[0] / 2, 8 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_state(spec: FormSpec, context: Mapping[str, Any], width: float) -> blocks.BuildState:
    """What every block builder reads: the form, the context, the styles at the form's size, the frame width."""
    serif, serif_bold, sans = register_fonts()
    styles = make_styles(serif, serif_bold, sans, spec.font_size)
    return blocks.BuildState(spec, context, styles, width, lambda ch: has_glyph(serif, ch))


def build_story(spec: FormSpec, context: Mapping[str, Any], width: float) -> list[Flowable]:
    """Flowables for every block; a signature block is kept with the text before it, a stub with itself."""
    state = build_state(spec, context, width)
    story: list[Flowable] = []
    stub: list[Flowable] | None = None
    for block in spec.blocks:
        made = BUILDERS[block.type](block, dataclasses.replace(state, join=block.options.get("join", DEFAULT_JOIN)))
        if block.type == "cut_line":
            stub = list(made)
        elif stub is not None:
            # The stub is one KeepTogether already; one inside it would push it onto a page of its own.
            stub += [f for m in made for f in (m.flowables if isinstance(m, blocks.KeepWithPrevious) else [m])]
        else:
            for flowable in made:
                _append(story, flowable)
    if stub is not None:
        story.append(KeepTogether(stub))
    return story


def _append(story: list[Flowable], flowable: Flowable) -> None:
    if not isinstance(flowable, blocks.KeepWithPrevious):
        story.append(flowable)
        return
    # The text a signature block signs goes with it: the paragraph before, with any spacing after it. A table
    # before it stays where it is (kept together, a long one would leave the rest of its page empty).
    kept: list[Flowable] = []
    while story and isinstance(story[-1], Spacer):
        kept.insert(0, story.pop())
    if story and isinstance(story[-1], Paragraph):
        kept.insert(0, story.pop())
    story.append(KeepTogether([*kept, *flowable.flowables]))


def render_pdf(spec: FormSpec, context: Mapping[str, Any]) -> bytes:
    """Render one form; raises FormDataError naming a field the context lacks or cannot print."""
    serif = register_fonts()[0]
    pagesize = landscape(A4) if spec.orientation == "landscape" else A4
    top, right, bottom, left = (m * mm for m in spec.margins_mm)
    buffer = io.BytesIO()
    title = str(context.get("number") or spec.title)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=f"{spec.title} {title}".strip(),
        author="Mediation Desk",
        creator="Mediation Desk",
        invariant=1,
        initialFontName=serif,
    )
    width = pagesize[0] - left - right - 12  # SimpleDocTemplate's frame pads 6 pt on each side
    if spec.per_party and "party" not in context:
        # One copy per party, each starting on a new page and numbered on its own.
        story: list[Flowable] = []
        for party in context.get("parties", []):
            story += [CopyStart(), *build_story(spec, {**context, "party": party}, width), PageBreak()]
        story = story[:-1]
    else:
        story = build_story(spec, context, width)
    doc.build(story, canvasmaker=_numbered_canvas(spec.footer, serif))
    return buffer.getvalue()
