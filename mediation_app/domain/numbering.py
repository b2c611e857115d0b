"""Document numbers such as "（2026）某街联调字第0001号": format, parse and the per-year sequence rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mediation_app.domain.errors import DomainError
from mediation_app.domain.text import to_halfwidth

DEFAULT_WIDTH = 4
MIN_YEAR = 1000  # the year is printed in full; four digits keeps numbers parseable and sortable
MAX_YEAR = 9999
MAX_WIDTH = 12

# A 字号 may itself contain 第; the end anchor makes only the final 第<digits>号 the sequence.
_NUMBER = re.compile(r"^[(（]\s*([0-9０-９]{4})\s*[)）]\s*(.+?)\s*第\s*([0-9０-９]+)\s*号$")
_FORBIDDEN_IN_PREFIX = re.compile(r"[()（）\[\]【】0-9０-９\s]")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """The parts of a document number."""

    year: int
    prefix: str
    seq: int

    def format(self, width: int = DEFAULT_WIDTH) -> str:
        return format_number(self.year, self.prefix, self.seq, width)


@dataclass(frozen=True, slots=True)
class NumberSeries:
    """One paper series (协议书, 分流告知书…): its stable code, its 字号 and the padding width."""

    code: str
    prefix: str
    width: int = DEFAULT_WIDTH

    def __post_init__(self) -> None:
        if not self.code or not self.code.isascii() or not self.code.isidentifier():
            raise DomainError("number.invalid", field="code", value=self.code)
        check_prefix(self.prefix)
        _check_width(self.width)

    def format(self, year: int, seq: int) -> str:
        return format_number(year, self.prefix, seq, self.width)


# The paper series and the 字 each one's 字号 ends in; the 字号 is the case 字号's stem plus this
# (某街联调字 → 某街调协字, 某街分字…). An office may set its own 字号 per series in its settings.
PAPER_SERIES: dict[str, str] = {
    "case": "联调字",
    "agreement": "调协字",
    "diversion": "分字",
    "not_accepted": "不受字",
    "entrust": "委调字",
    "termination": "终调字",
    "file": "人调字",
}


def paper_prefix(case_prefix: str, series: str) -> str:
    """The default 字号 of ``series`` derived from the office's case 字号 (某街联调字 + diversion → 某街分字)."""
    if series not in PAPER_SERIES:
        raise DomainError("number.invalid", field="series", value=series)
    if series == "case":
        return case_prefix
    stem = case_prefix.removesuffix("字").removesuffix("联调")
    prefix = f"{stem}{PAPER_SERIES[series]}"
    check_prefix(prefix)
    return prefix


def check_prefix(prefix: str) -> None:
    """Raise unless ``prefix`` can stand between the year and 第 and be read back unchanged."""
    if not prefix or _FORBIDDEN_IN_PREFIX.search(prefix) or not prefix.isprintable():
        raise DomainError("number.invalid", field="prefix", value=prefix)


def _check_width(width: int) -> None:
    if not 1 <= width <= MAX_WIDTH:
        raise DomainError("number.invalid", field="width", value=width)


def format_number(year: int, prefix: str, seq: int, width: int = DEFAULT_WIDTH) -> str:
    """Format as （2026）某街联调字第0001号; a sequence wider than ``width`` is printed in full, never cut."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError("number.invalid", field="year", value=year)
    if seq < 1:
        raise DomainError("number.invalid", field="seq", value=seq)
    check_prefix(prefix)
    _check_width(width)
    return f"（{year}）{prefix}第{seq:0{width}d}号"


def parse_number(text: str) -> ParsedNumber:
    """Read a number typed or printed with full- or half-width brackets and digits."""
    match = _NUMBER.match(text.strip())
    if match is None:
        raise DomainError("number.malformed", text=text)
    year_text, prefix, seq_text = match.groups()
    year = int(to_halfwidth(year_text))
    seq = int(to_halfwidth(seq_text))
    if year < MIN_YEAR or seq < 1 or _FORBIDDEN_IN_PREFIX.search(prefix):
        raise DomainError("number.malformed", text=text)
    return ParsedNumber(year, prefix, seq)


def number_sort_key(text: str) -> tuple[int, str, int]:
    """Sort key (year, prefix, seq) that stays right even when a sequence outgrew its width."""
    parsed = parse_number(text)
    return (parsed.year, parsed.prefix, parsed.seq)


def next_sequence(last: int | None) -> int:
    """The sequence to issue after ``last`` in the same year (None: nothing issued yet this year)."""
    if last is None:
        return 1
    if last < 0:
        raise DomainError("number.invalid", field="last", value=last)
    return last + 1


def series_year(issued_at: date) -> int:
    """The counter year a number belongs to: counters restart on 1 January."""
    return issued_at.year
