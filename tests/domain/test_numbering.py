from __future__ import annotations

import string
from datetime import date, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import (
    NumberSeries,
    ParsedNumber,
    format_number,
    next_sequence,
    number_sort_key,
    paper_prefix,
    parse_number,
    series_year,
)

PREFIX = "某街联调字"

prefixes = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(string.ascii_letters),
    ),
    min_size=1,
    max_size=12,
)


def test_format_matches_the_printed_form() -> None:
    assert format_number(2026, PREFIX, 7) == "（2026）某街联调字第0007号"


def test_wider_sequence_is_printed_in_full() -> None:
    assert format_number(2026, PREFIX, 123456) == "（2026）某街联调字第123456号"


def test_custom_width() -> None:
    assert format_number(2025, "人调字", 3, width=3) == "（2025）人调字第003号"


@pytest.mark.parametrize(
    "text",
    [
        "（2026）某街联调字第0007号",
        "(2026)某街联调字第0007号",
        "（２０２６）某街联调字第０００７号",
        " （2026） 某街联调字 第 7 号 ",
    ],
)
def test_parse_accepts_both_bracket_widths_and_fullwidth_digits(text: str) -> None:
    assert parse_number(text) == ParsedNumber(2026, PREFIX, 7)


def test_prefix_may_contain_di() -> None:
    assert parse_number("（2026）第一调委第12号") == ParsedNumber(2026, "第一调委", 12)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026某街联调字第1号",
        "（26）某街联调字第1号",
        "（2026）某街联调字第0号",
        "（2026）第1号",
        "（2026）某街联调字第一号",
        "（2026）某街联调字第1",
        "（2026）某街联调字第1号附",
        "（2026）某街 联调字第1号",
        "（0999）某街联调字第1号",
    ],
)
def test_parse_rejects_malformed_numbers(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_number(text)
    assert caught.value.code == "number.malformed"


@pytest.mark.parametrize(
    ("year", "prefix", "seq", "width", "field"),
    [
        (999, PREFIX, 1, 4, "year"),
        (10000, PREFIX, 1, 4, "year"),
        (2026, PREFIX, 0, 4, "seq"),
        (2026, "", 1, 4, "prefix"),
        (2026, "某街2字", 1, 4, "prefix"),
        (2026, "某（街）字", 1, 4, "prefix"),
        (2026, "某街 字", 1, 4, "prefix"),
        (2026, PREFIX, 1, 0, "width"),
    ],
)
def test_format_rejects_values_that_could_not_be_read_back(
    year: int, prefix: str, seq: int, width: int, field: str
) -> None:
    with pytest.raises(DomainError) as caught:
        format_number(year, prefix, seq, width)
    assert (caught.value.code, caught.value.params["field"]) == ("number.invalid", field)


def test_series_formats_with_its_own_prefix_and_width() -> None:
    series = NumberSeries("agreement", "某街人调协字", 3)
    assert series.format(2026, 5) == "（2026）某街人调协字第005号"


@pytest.mark.parametrize("code", ["", "协议", "two words"])
def test_series_code_must_be_an_ascii_identifier(code: str) -> None:
    with pytest.raises(DomainError):
        NumberSeries(code, PREFIX)


def test_parsed_number_reformats() -> None:
    assert parse_number("(2024)人调字第12号").format(width=5) == "（2024）人调字第00012号"


def test_next_sequence_starts_at_one_and_counts_up() -> None:
    assert next_sequence(None) == 1
    assert next_sequence(0) == 1
    assert next_sequence(41) == 42


def test_next_sequence_rejects_a_negative_last() -> None:
    with pytest.raises(DomainError):
        next_sequence(-1)


def test_series_year_is_the_calendar_year_of_issue() -> None:
    assert series_year(date(2026, 12, 31)) == 2026
    assert series_year(date(2027, 1, 1)) == 2027
    assert series_year(datetime(2026, 1, 1, 0, 0, 1)) == 2026


def test_sort_key_orders_by_sequence_even_past_the_width() -> None:
    numbers = [format_number(2026, PREFIX, seq) for seq in (10000, 9999, 2)]
    assert sorted(numbers, key=number_sort_key) == [numbers[2], numbers[1], numbers[0]]
    assert sorted(numbers) != sorted(numbers, key=number_sort_key)  # why the key exists


@given(
    year=st.integers(1900, 9999),
    prefix=prefixes,
    seq=st.integers(1, 10**9),
    width=st.integers(1, 8),
)
@example(year=2026, prefix="第字第", seq=1, width=4)
@example(year=2026, prefix="号第号", seq=10, width=1)
def test_format_parse_round_trip(year: int, prefix: str, seq: int, width: int) -> None:
    assert parse_number(format_number(year, prefix, seq, width)) == ParsedNumber(year, prefix, seq)


@given(
    year=st.integers(1900, 9999),
    prefix=prefixes,
    width=st.integers(1, 6),
    data=st.data(),
)
def test_numbers_sort_by_sequence_within_a_year(year: int, prefix: str, width: int, data: st.DataObject) -> None:
    seqs = data.draw(st.lists(st.integers(1, 10**width - 1), min_size=2, max_size=20, unique=True))
    numbers = {seq: format_number(year, prefix, seq, width) for seq in seqs}
    assert sorted(numbers.values()) == [numbers[seq] for seq in sorted(seqs)]


@pytest.mark.parametrize(
    ("series", "prefix"),
    [
        ("case", "某街联调字"),
        ("agreement", "某街调协字"),
        ("diversion", "某街分字"),
        ("not_accepted", "某街不受字"),
        ("entrust", "某街委调字"),
        ("termination", "某街终调字"),
        ("file", "某街人调字"),
    ],
)
def test_each_paper_series_has_its_own_prefix(series: str, prefix: str) -> None:
    assert paper_prefix("某街联调字", series) == prefix


def test_a_prefix_without_the_usual_ending_still_gets_its_series() -> None:
    assert paper_prefix("东风调", "diversion") == "东风调分字"


def test_an_unknown_series_is_refused() -> None:
    with pytest.raises(DomainError):
        paper_prefix("某街联调字", "receipts")
