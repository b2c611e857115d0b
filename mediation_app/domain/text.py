"""Text shared by the parsers and the services: full-width forms to half-width, and what text may hold."""

from __future__ import annotations

import unicodedata

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


# Text columns (facts, minutes, terms) have no length in the schema; this is the most any one may hold. A
# 调解协议书's facts run to a few thousand characters, so 20,000 leaves ample room and stops pasted garbage.
TEXT_LIMIT = 20_000
# Line breaks and tabs are ordinary in prose; every other control, format (e.g. U+202E, which reverses the
# text that follows) or surrogate code point cannot be printed on a form and is refused where text comes in.
_ALLOWED_CONTROLS = frozenset("\n\t")


def bad_character(text: str) -> str | None:
    """The first character that cannot be stored for printing, as "U+XXXX", or None if the text is clean."""
    for char in text:
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in ("Cc", "Cf", "Cs"):
            return f"U+{ord(char):04X}"
    return None
