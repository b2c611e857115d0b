"""Text normalisation shared by the parsers: full-width ASCII forms to their half-width twins."""

from __future__ import annotations

# Full-width marks that are ordinary Chinese punctuation; converting them would damage prose.
CJK_PUNCTUATION = "，：；？！（）"

_FULLWIDTH_FIRST = 0xFF01  # ！
_FULLWIDTH_LAST = 0xFF5E  # ～
_OFFSET = 0xFF01 - 0x21
_IDEOGRAPHIC_SPACE = "\u3000"


def _table(keep: str) -> dict[int, str]:
    table = {
        code: chr(code - _OFFSET) for code in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1) if chr(code) not in keep
    }
    if _IDEOGRAPHIC_SPACE not in keep:
        table[ord(_IDEOGRAPHIC_SPACE)] = " "
    return table


_DEFAULT_TABLE = _table(CJK_PUNCTUATION)


def to_halfwidth(text: str, *, keep: str = CJK_PUNCTUATION) -> str:
    """Map full-width digits, letters, symbols and the ideographic space to ASCII.

    Characters in ``keep`` are left alone; by default that is the Chinese punctuation that shares
    the full-width block (，：；？！（）). Parsers of numbers pass ``keep=""`` to convert everything.
    """
    table = _DEFAULT_TABLE if keep == CJK_PUNCTUATION else _table(keep)
    return text.translate(table)


def remove_spaces(text: str) -> str:
    """Drop every kind of whitespace, including the ideographic space."""
    return "".join(text.split())
