"""The shape of a block's options, checked when a form file is read: the office learns of a fault at its line, not
when a paper is printed for a waiting party."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ALIGNMENTS = ("left", "centre", "right")
OTHER = "other"  # the tick-box value whose label may carry the case's own words (``other_detail``)

Check = Callable[[dict[str, Any]], str | None]


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _rows(options: dict[str, Any]) -> str | None:
    rows = options["rows"]
    if not isinstance(rows, list) or not rows or not all(_strings(row) and row for row in rows):
        return "rows must be a list of rows, each a list of texts"
    return None


def _field_grid(options: dict[str, Any]) -> str | None:
    if problem := _rows(options):
        return problem
    heights = options.get("min_heights_mm")
    if heights is not None and not (isinstance(heights, list) and all(_number(h) for h in heights)):
        return "min_heights_mm must be a list of numbers (0 for a row as tall as its text)"
    if heights is not None and len(heights) != len(options["rows"]):
        return f"min_heights_mm gives {len(heights)} heights for {len(options['rows'])} rows"
    return None


def _lines(options: dict[str, Any]) -> str | None:
    if _rows(options) or any(len(row) != 2 for row in options["rows"]):
        return 'rows must be pairs of texts: ["label", "{field}"]'
    width = options.get("width", 1.0)
    if not _number(width) or not 0 < width <= 1:
        return "width is the share of the line width the block takes, above 0 and at most 1"
    return None


def _table(options: dict[str, Any]) -> str | None:
    columns = options["columns"]
    if not isinstance(columns, list) or not columns or not all(isinstance(c, dict) for c in columns):
        return "columns must be a list of {title = …, field = …}"
    for number, column in enumerate(columns, start=1):
        if not {"title", "field"} <= set(column) or set(column) - {"title", "field", "width", "align"}:
            return f"column {number} needs title and field, and may add width and align"
        if column.get("align", "left") not in ALIGNMENTS:
            return f"column {number}: align must be one of {', '.join(ALIGNMENTS)}"
    return None


def _tick_boxes(options: dict[str, Any]) -> str | None:
    choices = options["options"]
    if not isinstance(choices, list) or not choices or not all(_strings(c) and len(c) == 2 for c in choices):
        return 'options must be a list of ["value", "label"] pairs'
    values = [value for value, _label in choices]
    if len(set(values)) != len(values):
        return "options repeat a value"
    if "other_detail" in options and OTHER not in values:
        return f'other_detail needs an option with the value "{OTHER}"'
    columns = options.get("columns", 1)
    if not isinstance(columns, int) or isinstance(columns, bool) or columns < 1:
        return "columns must be a whole number of at least 1"
    return None


def _align(options: dict[str, Any]) -> str | None:
    if options.get("align", "left") not in ALIGNMENTS:
        return f"align must be one of {', '.join(ALIGNMENTS)}"
    return None


def _row_height(options: dict[str, Any]) -> str | None:
    if (height := options.get("row_height_mm")) is not None and not _number(height):
        return "row_height_mm must be a number of millimetres"
    return None


CHECKS: dict[str, list[Check]] = {
    "field_grid": [_field_grid],
    "lines": [_lines, _row_height],
    "table": [_table, _row_height],
    "tick_boxes": [_tick_boxes],
    "paragraph": [_align],
    "subtitle": [_align],
}


def check_options(kind: str, options: dict[str, Any]) -> str | None:
    """The first problem with a block's options, or None."""
    if not isinstance(options.get("join", ""), str):
        return 'join must be a text, e.g. join = "，"'
    if "font_size" in options and not (_number(options["font_size"]) and options["font_size"] > 0):
        return "font_size must be a number of points"
    for check in CHECKS.get(kind, []):
        if problem := check(options):
            return problem
    return None
