"""Form files: a TOML file per printed form, read into a FormSpec and checked, naming the file and line of a fault.

A form's wording is the office's; the context gives only the case's data. Templates take ``{field}`` and
``{a.b}`` from the context, and ``{parties.*.name}``: every item's value, empty ones left out, joined with "、"
unless the block says ``join = "，"`` (``join = "\\n"`` puts each on a line of its own). The options beyond the
plain ones, one example each:

- tick_boxes: ``options = [["labour", "属劳动争议"], ["other", "其他"]]``; ``source`` names the chosen value (or a
  list of values). A value not listed is refused (``form.bad_choice``); no choice is refused as a missing field
  unless ``optional = true``, which prints every box empty for filling in by hand. ``other_detail =
  "reason_detail"`` prints that field after a chosen "other" (☑ 其他：……).
- signature: ``source = "party"`` (who signs: a list, or one person; default ``parties``);
  ``party_label = "{role}{name}（签名）："``.
- field_grid: ``min_heights_mm = [0, 30]``, one per row (0: as tall as its text), room to write by hand.
- table: ``row_height_mm = 9`` for every row; a column's ``align = "right"`` (or "centre", default "left").
- lines: ``rows = [["卷　　名：", "{file_name}"]]``, label and value on a ruled line, no grid (a cover);
  ``width = 0.85`` of the line, centred; ``widths = [1.4, 4]``; ``row_height_mm = 12``.
- title: ``font_size = 36``.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mediation_app import paths
from mediation_app.printing.errors import FormFileError
from mediation_app.printing.form_checks import check_options

# Each block type with its required and optional keys; a form file may use nothing else.
_BLOCK_KEYS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "title": (frozenset({"text"}), frozenset({"font_size"})),
    "subtitle": (frozenset({"text"}), frozenset({"align"})),
    "number_line": (frozenset({"text"}), frozenset()),
    "paragraph": (frozenset({"text"}), frozenset({"label", "indent", "align", "min_lines", "if", "small"})),
    "field_grid": (frozenset({"rows"}), frozenset({"widths", "if", "min_heights_mm"})),
    "lines": (frozenset({"rows"}), frozenset({"widths", "width", "row_height_mm"})),
    "party_table": (frozenset(), frozenset({"source", "title"})),
    "terms": (frozenset(), frozenset({"source", "intro"})),
    "tick_boxes": (frozenset({"source", "options"}), frozenset({"title", "columns", "optional", "other_detail"})),
    "table": (frozenset({"columns", "source"}), frozenset({"title", "min_rows", "row_height_mm"})),
    "signature": (
        frozenset(),
        frozenset(
            {
                "parties",
                "source",
                "mediators",
                "recorder",
                "committee",
                "date",
                "lines",
                "party_label",
                "mediator_label",
                "recorder_label",
            }
        ),
    ),
    "cut_line": (frozenset(), frozenset({"label"})),
    "spacer": (frozenset({"height_mm"}), frozenset()),
    "page_break": (frozenset(), frozenset()),
}
# Every block that prints text may say how its ``{list.*.field}`` joins the items (default "、").
BLOCK_KEYS = {
    kind: (required, optional if kind in ("spacer", "page_break") else optional | {"join"})
    for kind, (required, optional) in _BLOCK_KEYS.items()
}
COMMON_FILE = "_common.toml"  # wording shared by every form (party particulars, signature labels, footer)
COMMON_KEYS: dict[str, frozenset[str]] = {
    "form": frozenset({"footer"}),
    "party": frozenset({"person", "organisation", "agent"}),
    "signature": frozenset({"party_label", "mediator_label", "recorder_label"}),
    "cut_line": frozenset({"label"}),
    "agreement": frozenset({"performance"}),
}
PAGE_KEYS = frozenset({"id", "title", "orientation", "margins_mm", "series", "per_party", "font_size", "footer"})
REQUIRED_PAGE_KEYS = frozenset({"id", "title"})


@dataclass(frozen=True)
class Block:
    type: str
    line: int
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FormSpec:
    id: str
    title: str
    path: str
    sha256: str
    blocks: tuple[Block, ...]
    orientation: str = "portrait"
    margins_mm: tuple[float, float, float, float] = (15.0, 20.0, 17.0, 25.0)  # top, right, bottom, left
    series: str | None = None
    per_party: bool = False
    font_size: float = 12.0
    footer: str = ""
    wording: dict[str, dict[str, str]] = field(default_factory=dict)  # the shared wording of _common.toml
    text: str = field(default="", repr=False)  # the form file and the shared wording as read: kept with
    common_text: str = field(default="", repr=False)  # each issued paper, so it can be reproduced exactly

    def word(self, section: str, key: str, block: Block | None = None) -> str:
        """The block's own wording if it has it, else the shared wording every form uses."""
        if block is not None and key in block.options:
            return str(block.options[key])
        return self.wording[section][key]


def _block_lines(text: str) -> list[int]:
    """The line of each ``[[block]]`` header, in order, so a fault names the line the office can find."""
    return [i for i, line in enumerate(text.splitlines(), start=1) if re.match(r"\s*\[\[block\]\]", line)]


def _check_block(path: str, index: int, line: int, raw: Any) -> Block:
    if not isinstance(raw, dict):
        raise FormFileError(path, line, f"block {index} is not a table")
    kind = raw.get("type")
    if kind not in BLOCK_KEYS:
        known = "、".join(sorted(BLOCK_KEYS))
        raise FormFileError(path, line, f"block {index}: unknown type {kind!r} (known: {known})")
    required, optional = BLOCK_KEYS[kind]
    keys = set(raw) - {"type"}
    if missing := sorted(required - keys):
        raise FormFileError(path, line, f"block {index} ({kind}): missing {', '.join(missing)}")
    if unknown := sorted(keys - required - optional):
        raise FormFileError(path, line, f"block {index} ({kind}): unknown key {', '.join(unknown)}")
    options = {k: v for k, v in raw.items() if k != "type"}
    if problem := check_options(kind, options):
        raise FormFileError(path, line, f"block {index} ({kind}): {problem}")
    return Block(kind, line, options)


@cache
def _common(path: Path) -> tuple[dict[str, dict[str, str]], str]:
    """The shared wording and its text (its hash goes into every form's hash)."""
    if not path.is_file():
        raise FormFileError(str(path), None, "the shared wording file is missing")
    text = path.read_text("utf-8")
    return _common_wording(text, path), text


def _common_wording(text: str, path: Path) -> dict[str, dict[str, str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FormFileError(str(path), int(match.group(1)) if match else None, f"not valid TOML: {exc}") from exc
    for section, keys in COMMON_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict) or keys - set(table):
            raise FormFileError(str(path), None, f"[{section}] must give {', '.join(sorted(keys))}")
    return {section: {k: str(v) for k, v in data[section].items()} for section in COMMON_KEYS}


def parse_form(text: str, path: str, folder: Path | None = None) -> FormSpec:
    """A FormSpec from a form file's text; FormFileError names the file, the line and the problem."""
    wording, common_text = _common((folder or paths.forms_dir()) / COMMON_FILE)
    return _parse(text, path, wording, common_text)


def parse_form_texts(text: str, common_text: str, path: str) -> FormSpec:
    """A FormSpec from stored texts of the form and the shared wording (reproducing an issued paper)."""
    return _parse(text, path, _common_wording(common_text, Path(COMMON_FILE)), common_text)


def _parse(text: str, path: str, wording: dict[str, dict[str, str]], common_text: str) -> FormSpec:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FormFileError(path, int(match.group(1)) if match else None, f"not valid TOML: {exc}") from exc
    page = data.get("form")
    if not isinstance(page, dict):
        raise FormFileError(path, 1, "the [form] table (id, title, …) is missing")
    if missing := sorted(REQUIRED_PAGE_KEYS - set(page)):
        raise FormFileError(path, 1, f"[form] lacks {', '.join(missing)}")
    if unknown := sorted(set(page) - PAGE_KEYS):
        raise FormFileError(path, 1, f"[form] has unknown key {', '.join(unknown)}")
    if page.get("orientation", "portrait") not in ("portrait", "landscape"):
        raise FormFileError(path, 1, "orientation must be portrait or landscape")
    raw_blocks = data.get("block", [])
    lines = _block_lines(text)
    if not raw_blocks:
        raise FormFileError(path, None, "the form has no [[block]]")
    blocks = tuple(
        _check_block(path, i, lines[i - 1] if i <= len(lines) else 0, raw) for i, raw in enumerate(raw_blocks, start=1)
    )
    margins = tuple(float(m) for m in page.get("margins_mm", (15, 20, 17, 25)))
    if len(margins) != 4:
        raise FormFileError(path, 1, "margins_mm needs four numbers: top, right, bottom, left")
    return FormSpec(
        id=str(page["id"]),
        title=str(page["title"]),
        path=path,
        sha256=hashlib.sha256((common_text + text).encode("utf-8")).hexdigest(),
        blocks=blocks,
        orientation=page.get("orientation", "portrait"),
        margins_mm=margins,
        series=page.get("series"),
        per_party=bool(page.get("per_party", False)),
        font_size=float(page.get("font_size", 12.0)),
        footer=str(page.get("footer", wording["form"]["footer"])),
        wording=wording,
        text=text,
        common_text=common_text,
    )


def load_form(form_id: str, folder: Path | None = None) -> FormSpec:
    path = (folder or paths.forms_dir()) / f"{form_id}.toml"
    if not path.is_file():
        raise FormFileError(str(path), None, f"no form file for {form_id!r}")
    spec = parse_form(path.read_text("utf-8"), str(path), folder)
    if spec.id != form_id:
        raise FormFileError(str(path), 1, f"id {spec.id!r} does not match the file name {form_id!r}")
    return spec


def form_ids(folder: Path | None = None) -> list[str]:
    return sorted(p.stem for p in (folder or paths.forms_dir()).glob("*.toml") if not p.name.startswith("_"))
