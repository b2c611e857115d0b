"""Chinese line breaking: an opening bracket never ends a line, a closing mark never starts one, in both of
reportlab's line breakers (one plain run of text, and text with markup), at every line width."""

from __future__ import annotations

import itertools

import pytest
from reportlab.platypus import Paragraph

from mediation_app.printing.fonts import register_fonts
from mediation_app.printing.linebreak import CANNOT_END, CANNOT_START, break_lines
from mediation_app.printing.styles import make_styles

OPENING = "（《“‘【"
CLOSING = "）》”’】。，、；：？！"
TEXT = "当事人甲（乙方）称《协议》第三条“付款”约定‘按月’【补充】履行，双方（含代理人）均无异议。" * 3


def test_the_rules_cover_the_chinese_brackets_and_marks() -> None:
    assert set(OPENING) <= set(CANNOT_END)
    assert set(CLOSING) <= set(CANNOT_START)


def test_an_opening_bracket_moves_down_with_what_it_opens() -> None:
    lines = break_lines(list("甲甲（乙乙"), [10.0] * 5, [30.0])
    assert [(line.start, line.end) for line in lines] == [(0, 2), (2, 5)]
    assert lines[0].extra_space == 10.0


def test_brackets_at_the_start_of_a_line_still_make_progress() -> None:
    lines = break_lines(list("（（（（甲"), [10.0] * 5, [30.0])
    assert [line.end - line.start for line in lines] == [3, 2]  # not an endless loop of empty lines


def _printed_lines(markup: str, width: float) -> list[str]:
    serif, bold, sans = register_fonts()
    paragraph = Paragraph(markup, make_styles(serif, bold, sans, 12).body)
    paragraph.wrap(width, 10_000)
    block = paragraph.blPara
    if block.kind == 0:  # one plain run: reportlab's word splitter
        return ["".join(words) for _space, words in block.lines]
    return ["".join(word.text for word in line.words) for line in block.lines]  # marked-up fragments


@pytest.mark.parametrize("markup", [TEXT, f"<b>注：</b>{TEXT}"], ids=["plain", "marked-up"])
def test_no_line_ends_with_an_opening_bracket_or_starts_with_a_closing_mark(markup: str) -> None:
    broken = 0
    for width in range(60, 420, 2):
        lines = _printed_lines(markup, width)
        assert "".join(lines) == markup.replace("<b>", "").replace("</b>", "")  # nothing lost or repeated
        for before, after in itertools.pairwise(lines):
            assert before[-1] not in OPENING, (width, before, after)
            assert after[0] not in CLOSING, (width, before, after)
        broken += len(lines) - 1
    assert broken > 500  # the widths did break the text, many times
