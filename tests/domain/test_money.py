from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import MAX_FEN, format_amount, format_amount_cn, parse_amount


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1234", 123400),
        ("1,234.5", 123450),
        ("１２３４．５０", 123450),
        ("1234元", 123400),
        ("1.2万", 1200000),
        ("1.2万元", 1200000),
        ("0.5", 50),
        ("0", 0),
        (" ¥3,000.00 ", 300000),
        ("１，２３４", 123400),
        ("12,345,678.09", 1234567809),
        ("1.234567万", 1234567),
    ],
)
def test_parse_amount(text: str, fen: int) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-5", "amount.negative"),
        ("－5元", "amount.negative"),
        ("1.234", "amount.precision"),
        ("1.2345678万", "amount.precision"),
        ("", "amount.not_a_number"),
        ("abc", "amount.not_a_number"),
        ("1,23", "amount.not_a_number"),
        ("1.2.3", "amount.not_a_number"),
        ("万", "amount.not_a_number"),
        ("1e5", "amount.not_a_number"),
        ("一千", "amount.not_a_number"),
        ("99999999999999999", "amount.too_large"),
    ],
)
def test_parse_amount_rejects(text: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("fen", "text"),
    [(0, "0.00"), (5, "0.05"), (123450, "1,234.50"), (100000000, "1,000,000.00")],
)
def test_format_amount(fen: int, text: str) -> None:
    assert format_amount(fen) == text


def test_format_rejects_negative_amounts() -> None:
    with pytest.raises(DomainError) as caught:
        format_amount(-1)
    assert caught.value.code == "amount.negative"


@pytest.mark.parametrize(
    ("yuan", "capitals"),
    [
        ("12345.60", "壹万贰仟叁佰肆拾伍元陆角整"),
        ("0", "零元整"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("0.55", "伍角伍分"),
        ("10.05", "壹拾元零伍分"),
        # The examples of 正确填写票据和结算凭证的基本规定:
        ("1409.50", "壹仟肆佰零玖元伍角整"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("10050", "壹万零伍拾元整"),
        ("100000000", "壹亿元整"),
        ("100050000", "壹亿零伍万元整"),
        ("200012345", "贰亿零壹万贰仟叁佰肆拾伍元整"),
        ("1200000000000", "壹万贰仟亿元整"),
    ],
)
def test_format_amount_cn(yuan: str, capitals: str) -> None:
    assert format_amount_cn(parse_amount(yuan)) == capitals


_DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PLACE = {"拾": 10, "佰": 100, "仟": 1000}


def _read_section(text: str) -> int:
    """Value of a run below 万, e.g. 壹仟零伍 (zeros are only markers)."""
    total, digit = 0, 0
    for ch in text:
        if ch in _PLACE:
            total += digit * _PLACE[ch]
            digit = 0
        elif ch != "零":
            digit = _DIGIT[ch]
    return total + digit


def _read_yuan(text: str) -> int:
    if "亿" in text:
        high, low = text.split("亿", 1)
        return _read_yuan(high) * 10**8 + _read_yuan(low)
    if "万" in text:
        high, low = text.split("万", 1)
        return _read_section(high) * 10**4 + _read_section(low)
    return _read_section(text)


def _decode_capitals(text: str) -> int:
    """An independent reader of 大写 amounts, used to check the writer."""
    match = re.fullmatch(r"(?:(.+)元)?零?(?:(.)角)?(?:(.)分)?(整)?", text)
    assert match is not None, text
    yuan, jiao, fen, _ = match.groups()
    return _read_yuan(yuan or "") * 100 + _DIGIT[jiao or "零"] * 10 + _DIGIT[fen or "零"]


@given(st.integers(0, MAX_FEN))
@example(0)
@example(MAX_FEN)
@example(10**10)
def test_parse_inverts_format(fen: int) -> None:
    assert parse_amount(format_amount(fen)) == fen


@given(st.one_of(st.integers(0, 10**6), st.integers(0, MAX_FEN)))
@example(100000000000000)
@example(1000010000000000)
def test_capitals_read_back_to_the_same_amount_and_follow_the_rules(fen: int) -> None:
    capitals = format_amount_cn(fen)
    assert _decode_capitals(capitals) == fen
    assert "零零" not in capitals
    assert capitals.endswith("整") is (fen % 10 == 0)
    if fen:
        assert not capitals.startswith("零")
        assert not re.search(r"零[元万亿]", capitals)


def test_capitals_refuse_amounts_beyond_the_spelling() -> None:
    with pytest.raises(DomainError) as caught:
        format_amount_cn(MAX_FEN + 1)
    assert caught.value.code == "amount.too_large"
