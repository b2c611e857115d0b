"""The check every writing service runs first: arguments of the declared types, clean text, sane numbers and dates.

A service calls ``check_arguments(locals(), fn)`` as its first statement, so a wrong type, a control character,
a negative number or a date out of range is refused as a ServiceError naming the field, before any work starts,
instead of surfacing as an AttributeError deep inside or an OverflowError from the database driver."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from mediation_app.domain.text import TEXT_LIMIT, bad_character
from mediation_app.services.context import ServiceContext, ServiceError

# SQLite stores integers in 8 bytes; ids, amounts in fen, counts and versions are never negative.
INT_LIMIT = 2**63 - 1
# The office's records (births in ID numbers aside) fall in these years; outside them a date is a typing slip.
FIRST_YEAR = 1900
LAST_YEAR = 2199
_SKIPPED = {"ctx", "self"}
_COLLECTIONS = (list, tuple, set, frozenset)


def check_arguments(arguments: Mapping[str, object], fn: Callable[..., Any]) -> None:
    """Refuse the first bad argument of ``fn`` (its ``locals()`` on entry) with a ServiceError naming it."""
    hints = _hints(fn)
    for name, value in arguments.items():
        if name not in _SKIPPED and not isinstance(value, ServiceContext):
            _check(value, hints.get(name, Any), name)


@cache
def _hints(owner: Callable[..., Any] | type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(owner)
    except (NameError, TypeError):  # a name imported only for type checkers: check the values alone
        return {}


def _check(value: object, hint: Any, field: str) -> None:
    _check_type(value, hint, field)
    if isinstance(value, str):
        _check_text(value, field)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        _check_integer(value, field)
    elif isinstance(value, date):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ServiceError("input.date_range", field=field, first=FIRST_YEAR, last=LAST_YEAR)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = _hints(type(value))
        for item in dataclasses.fields(value):
            _check(getattr(value, item.name), inner.get(item.name, Any), item.name)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for element in value:
            _check(element, _element_hint(hint), field)
    elif isinstance(value, Mapping):
        _check_mapping(value, field)


def _check_mapping(value: Mapping[object, object], field: str) -> None:
    """Only the size of a mapping's text: a draft keeps what was typed (it is checked when saved for real) and
    the paper prefixes have their own rule."""
    for key, element in value.items():
        for text in (key, element):
            if isinstance(text, str) and len(text) > TEXT_LIMIT:
                raise ServiceError("input.too_long", field=field, limit=TEXT_LIMIT)


def _check_text(value: str, field: str) -> None:
    if len(value) > TEXT_LIMIT:
        raise ServiceError("input.too_long", field=field, limit=TEXT_LIMIT)
    char = bad_character(value)
    if char is not None:
        raise ServiceError("input.bad_char", field=field, char=char)


def _check_integer(value: int, field: str) -> None:
    # Amounts in fen have their own rule (amount.negative, named for the field the dialog shows).
    if value < 0 and "amount" not in field:
        raise ServiceError("input.negative", field=field)
    if value > INT_LIMIT:
        raise ServiceError("input.too_large", field=field)


def _check_type(value: object, hint: Any, field: str) -> None:
    allowed = _runtime_types(hint)
    try:
        fits = allowed is None or isinstance(value, allowed)
    except TypeError:  # a protocol that cannot be checked at run time
        return
    if not fits or (isinstance(value, (str, bytes)) and _is_collection(hint)):
        raise ServiceError("input.type", field=field)


def _is_collection(hint: Any) -> bool:
    """A list/tuple/Sequence hint: a string is a sequence to Python but never a list of entries."""
    origin = typing.get_origin(hint)
    return isinstance(origin, type) and issubclass(origin, Iterable) and not issubclass(origin, (str, bytes))


def _runtime_types(hint: Any) -> tuple[type, ...] | None:
    """The classes a value of ``hint`` may be, or None where the hint cannot be checked cheaply."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        parts = [_runtime_types(arg) for arg in typing.get_args(hint)]
        if any(part is None for part in parts):
            return None
        return tuple(t for part in parts if part for t in part)
    if hint is type(None) or hint is None:
        return (type(None),)
    if origin is not None:
        if origin in (list, tuple, set, frozenset):
            return _COLLECTIONS  # a caller's list for a tuple of entries is the same entries
        return (origin,) if isinstance(origin, type) else None
    if hint is float:
        return (int, float)
    if hint is int:
        return (int,)
    if isinstance(hint, type) and hint is not object:
        return (hint,)
    return None


def _element_hint(hint: Any) -> Any:
    """The element type of ``tuple[X, ...]``, ``list[X]`` or ``Sequence[X]``; Any otherwise."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return Any
    if len(args) == 1 or (len(args) == 2 and args[1] is Ellipsis):
        return args[0]
    return Any
