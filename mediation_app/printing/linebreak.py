"""Chinese line breaking (GB/T 15834): closing marks never start a line, opening brackets never end one.

reportlab's two CJK line breakers (``textsplit.dumbSplit`` for a paragraph of one plain run, ``cjkFragSplit`` for
marked-up text) only know the first rule, and read no hook for the second, so both are replaced by one breaker
that knows both. It is reportlab's own greedy algorithm (fill the line, hang a closing mark in the margin, step back
to a space inside Latin text) with one step added: opening brackets at the end of a line move to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.platypus import paragraph
from reportlab.rl_config import _FUZZ

# reportlab's lists lack several marks Chinese typesetting forbids at a line start…
CANNOT_START = textsplit.ALL_CANNOT_START + "；，：？！’”》〉〕｝…·～％"
# …and its never-used list of marks that may not end a line, plus the Latin bracket and the yuan sign.
CANNOT_END = textsplit.CANNOT_END_LINE[0] + "(¥￥"


@dataclass(frozen=True)
class Line:
    start: int  # index of the line's first unit
    end: int  # index after its last unit
    extra_space: float  # room left on the line, in points
    forced: bool  # ended by a <br/>, not by the width


def break_lines(
    chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float], forced: Sequence[bool] = ()
) -> list[Line]:
    """Where the lines of ``chars`` end, filling each line up to its width in ``max_widths`` (the last repeats)."""
    lines: list[Line] = []
    i = start = 0
    used = 0.0
    max_width = max_widths[0]
    while i < len(chars):
        used += widths[i]
        i += 1
        is_forced = bool(forced) and forced[i - 1]
        if not is_forced and not (used > max_width + _FUZZ and used > 0):
            continue
        end = i if is_forced else _line_end(chars, widths, start, i)
        lines.append(Line(start, end, max_width - sum(widths[start:end]), is_forced))
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        i = start = end
        used = 0
    if used > 0:
        lines.append(Line(start, len(chars), max_width - used, False))
    return lines


def _line_end(chars: Sequence[str], widths: Sequence[float], start: int, i: int) -> int:
    """The end of a line whose unit ``i - 1`` overflowed it."""
    if _latin(chars[i - 1]):
        # Inside Latin text: step back to a space or to a Chinese character, at most half the line back.
        for j in range(i - 1, (start + i) >> 1, -1):
            if chars[j] and (category(chars[j]) == "Zs" or not _latin(chars[j])) and j + 1 < i:
                i = j + 2
                break
    if chars[i - 1] not in CANNOT_START and i > start + 1:
        i -= 1  # the overflowing character starts the next line (a closing mark instead hangs in the margin)
    end = i
    while end > start + 1 and chars[end - 1] and chars[end - 1] in CANNOT_END:
        end -= 1  # an opening bracket goes down with what it opens…
    return end if chars[end - 1] not in CANNOT_END else i  # …unless the line holds nothing else


def _latin(char: str) -> bool:
    return not char or ord(char[0]) < 0x3000


def _dumb_split(word: str, widths: Sequence[float], max_widths: float | Sequence[float]) -> list[list[Any]]:
    """``textsplit.dumbSplit``'s contract: [extra space, line text] per line."""
    maxes = [float(max_widths)] if isinstance(max_widths, (int, float)) else list(max_widths)
    lines = break_lines(word, widths, maxes)
    out: list[list[Any]] = [[line.extra_space, word[line.start : line.end].strip()] for line in lines[:-1]]
    return out + [[line.extra_space, word[line.start : line.end]] for line in lines[-1:]]


def _cjk_frag_split(frags: list[Any], max_widths: Sequence[float], calc_bounds: bool, encoding: str = "utf8") -> Any:
    """``paragraph.cjkFragSplit``'s contract: reportlab's lines of one-character fragments."""
    units: list[Any] = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        units += [paragraph.cjkU(c, frag, encoding) for c in text] if text else [paragraph.cjkU(text, frag, encoding)]
    forced = [hasattr(u.frag, "lineBreak") for u in units]
    lines: list[Any] = []
    for line in break_lines(units, [u.width for u in units], max_widths, forced):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = max_width - line.extra_space
        units_of_line = units[line.start : line.end]
        lines.append(
            paragraph.makeCJKParaLine(units_of_line, max_width, used, line.extra_space, line.forced, calc_bounds)
        )
    return paragraph.ParaLines(kind=1, lines=lines)


def install() -> None:
    """Make both of reportlab's CJK line breakers follow both rules (idempotent)."""
    textsplit.dumbSplit = _dumb_split
    paragraph.cjkFragSplit = _cjk_frag_split
