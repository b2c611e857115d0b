"""Filling a form's text templates from a context: field lookup, escaping, and refusing what cannot print."""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from mediation_app.printing.errors import FormDataError

_FORMATTER = string.Formatter()
_ALLOWED_CONTROLS = {"\n", "\t"}
# reportlab collapses an ideographic space like any other; form wording spaces labels with it ("卷　　名"), so it
# prints as no-break spaces (which reportlab keeps) about as wide.
IDEOGRAPHIC_SPACE, WIDE_BLANK = "\u3000", "&nbsp;" * 4
DEFAULT_JOIN = "、"  # how ``{list.*.field}`` joins the items unless a block says ``join = "…"``


def lookup(context: Mapping[str, Any], name: str) -> Any:
    """``a.b.0.c`` in nested dicts and lists; FormDataError names the field the case lacks."""
    value = _walk(context, name.split("."), name)
    if value is None:
        raise FormDataError("form.missing_field", field=name)
    return value


def _walk(value: Any, parts: list[str], name: str) -> Any:
    for part in parts:
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            raise FormDataError("form.missing_field", field=name)
    return value


def resolve(context: Mapping[str, Any], name: str, join: str = DEFAULT_JOIN) -> str:
    """The text a ``{name}`` prints. A ``*`` part stands for every item of a list: ``parties.*.name`` is each
    party's name, joined with ``join``; items whose text is empty are left out, an empty list gives ""."""
    parts = name.split(".")
    if "*" not in parts:
        return str(lookup(context, name))
    return _joined(context, parts, name, join)


def _joined(value: Any, parts: list[str], name: str, join: str) -> str:
    star = parts.index("*")
    items = _walk(value, parts[:star], name)
    if not isinstance(items, list):
        raise FormDataError("form.missing_field", field=name)
    rest = parts[star + 1 :]
    texts = []
    for item in items:
        if "*" in rest:
            texts.append(_joined(item, rest, name, join))
        elif (found := _walk(item, rest, name)) is not None:
            texts.append(str(found))
    return join.join(text for text in texts if text)


def check_printable(text: str, field: str, has_glyph: Callable[[str], bool]) -> None:
    """Refuse control characters and characters the fonts lack, rather than print boxes or drop them."""
    for char in text:
        if char in _ALLOWED_CONTROLS or char == " ":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise FormDataError("form.bad_text", field=field, char=f"U+{ord(char):04X}")
        if not has_glyph(char):
            raise FormDataError("form.missing_glyph", field=field, char=char, codepoint=f"U+{ord(char):04X}")


def escape(text: str) -> str:
    """reportlab's paragraph markup from plain text: entities, and line breaks kept."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\t", "    ").replace("\n", "<br/>")


def fields_of(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name]


def fill(
    template: str,
    context: Mapping[str, Any],
    has_glyph: Callable[[str], bool],
    *,
    optional: bool = False,
    join: str = DEFAULT_JOIN,
) -> str:
    """The template with every ``{field}`` replaced by escaped context text (form wording is not escaped:
    it may use reportlab markup such as <b>). ``optional`` gives "" for a missing field instead of an error;
    ``join`` separates the items of a ``{list.*.field}``."""
    out: list[str] = []
    for literal, name, _spec, _conv in _FORMATTER.parse(template):
        out.append(literal.replace(IDEOGRAPHIC_SPACE, WIDE_BLANK))
        if name is None:
            continue
        try:
            text = resolve(context, name, join)
        except FormDataError:
            if not optional:
                raise
            text = ""
        check_printable(text, name, has_glyph)
        out.append(escape(text))
    return "".join(out)


def _kept_segments(template: str, context: Mapping[str, Any]) -> list[str]:
    """Segments split by ``|`` whose fields are all empty or missing are left out (e.g. no ethnicity given)."""
    return [s for s in template.split("|") if not (names := fields_of(s)) or not all(_empty(context, n) for n in names)]


def fill_segments(template: str, context: Mapping[str, Any], has_glyph: Callable[[str], bool]) -> str:
    """The kept segments filled as paragraph markup (escaped, checked for printable characters)."""
    return "".join(fill(s, context, has_glyph, optional=True) for s in _kept_segments(template, context))


def compose(template: str, values: Mapping[str, Any]) -> str:
    """The kept segments as plain text, for a context value built from form wording (escaped when printed)."""
    return "".join(s.format_map(values) for s in _kept_segments(template, values))


def _empty(context: Mapping[str, Any], name: str) -> bool:
    try:
        return resolve(context, name).strip() == ""
    except FormDataError:
        return True


_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 40 → 四十, 99 → 九十九 (agreement terms are numbered this way)."""
    if not 1 <= n <= 99:
        return str(n)
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[units] if units else "")
