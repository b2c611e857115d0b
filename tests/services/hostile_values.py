"""Hostile values for one argument of a service, chosen by the type of the value the real call passed."""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hypothesis import strategies as st

SQL = "'; DROP TABLE cases; --"
HUGE = "调" * 100_000
LONG = "长" * 5_000  # under the 20,000 characters any text may hold
CONTROLS = ("\x00", "\x1b", "\u202e", "\x07", "\ud800")


@dataclass(frozen=True)
class Hostile:
    """A value and whether a service must refuse it (True) or may store it as given (False)."""

    value: Any
    refuse: bool
    label: str


@dataclass(frozen=True)
class Slot:
    """One argument of a recorded call: a top-level name, or a field of a dataclass argument."""

    arg: str
    field: str | None
    original: Any
    optional: bool

    def apply(self, args: dict[str, Any], value: Any) -> dict[str, Any]:
        if self.field is None:
            return {**args, self.arg: value}
        return {**args, self.arg: dataclasses.replace(args[self.arg], **{self.field: value})}


def _allows_none(hints: dict[str, Any], name: str) -> bool:
    hint = hints.get(name)
    return hint is None or type(None) in typing.get_args(hint) or hint is Any


def slots(fn: Callable[..., Any], args: dict[str, Any]) -> Iterator[Slot]:
    """Every argument but the context, and every field of a dataclass argument (one level down)."""
    hints = typing.get_type_hints(fn)
    for name, value in args.items():
        if name == "ctx":
            continue
        yield Slot(name, None, value, _allows_none(hints, name))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            inner = typing.get_type_hints(type(value))
            for field in dataclasses.fields(value):
                if field.init:
                    yield Slot(name, field.name, getattr(value, field.name), _allows_none(inner, field.name))


def _text(original: str) -> list[Hostile]:
    values = [
        Hostile(SQL, False, "sql"),
        Hostile(original + SQL, False, "sql-suffix"),
        Hostile(HUGE, True, "huge"),
        Hostile(LONG, False, "long"),
        Hostile(None, True, "none-for-str"),
        Hostile(42, True, "int-for-str"),
        Hostile(b"bytes", True, "bytes-for-str"),
    ]
    values += [Hostile((original or "甲") + c + "乙", True, f"control-U+{ord(c):04X}") for c in CONTROLS]
    return values


def _integer(original: int) -> list[Hostile]:
    return [
        Hostile(-1, True, "negative"),
        Hostile(-(10**9), True, "very-negative"),
        Hostile(2**63, True, "over-int64"),
        Hostile(str(original), True, "str-for-int"),
        Hostile(None, True, "none-for-int"),
        Hostile(1.5, True, "float-for-int"),
    ]


def _day(original: date) -> list[Hostile]:
    kind = type(original)
    far = [kind(1, 1, 1), kind(9999, 12, 31)] if kind is date else [datetime(1, 1, 1, 8), datetime(9999, 12, 31, 8)]
    values = [Hostile(v, False, f"far-{v.year}") for v in far]
    return [
        *values,
        Hostile("2024-02-30", True, "impossible-date-text"),
        Hostile(original.isoformat(), True, "str-for-date"),
        Hostile(None, True, "none-for-date"),
        Hostile(20240230, True, "int-for-date"),
    ]


def _other(original: Any) -> list[Hostile]:
    if original is None:
        return [Hostile(SQL, False, "sql-for-optional"), Hostile(HUGE, True, "huge-for-optional")]
    values = [Hostile(SQL, True, "str-for-other"), Hostile(-1, True, "int-for-other")]
    if isinstance(original, (tuple, list, dict)) or dataclasses.is_dataclass(original):
        values.append(Hostile(None, True, "none-for-other"))
    if isinstance(original, enum.Enum):
        values.append(Hostile(None, True, "none-for-enum"))
    return values


def hostile_values(slot: Slot) -> list[Hostile]:
    """The fixed hostile values for a slot; None only where the annotation does not allow it."""
    return [h for h in _by_type(slot.original) if not (h.value is None and slot.optional)]


def _by_type(original: Any) -> list[Hostile]:
    if isinstance(original, bool):
        return [Hostile("yes", True, "str-for-bool"), Hostile(None, True, "none-for-bool")]
    if isinstance(original, enum.Enum):
        return _other(original)
    if isinstance(original, str):
        return _text(original)
    if isinstance(original, int):
        return _integer(original)
    if isinstance(original, date):
        return _day(original)
    return _other(original)


def drawn_text() -> st.SearchStrategy[Hostile]:
    """Generated text with control and format characters mixed into ordinary Chinese."""
    bad = st.sampled_from(["\x00", "\x1b", "\x7f", "\u202e", "\u200f", "\x0b", "\x85"])
    return st.tuples(st.text("调解协议甲乙", max_size=8), bad, st.text("申请人", max_size=8)).map(
        lambda t: Hostile(t[0] + t[1] + t[2], True, f"drawn-control-U+{ord(t[1]):04X}")
    )


def hostile_for(slot: Slot) -> st.SearchStrategy[Hostile]:
    """Hypothesis strategy: a fixed hostile value for the slot, or (for text) a generated one."""
    fixed = st.sampled_from(hostile_values(slot))
    if isinstance(slot.original, str):
        return st.one_of(fixed, drawn_text())
    return fixed
