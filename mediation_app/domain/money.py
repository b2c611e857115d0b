"""Exact money: amounts are integer fen; parse what people type, print figures and 大写 capitals."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from mediation_app.domain.errors import DomainError
from mediation_app.domain.text import remove_spaces, to_halfwidth

FEN_PER_YUAN = 100
# 大写 is written with 万/亿 up to 万亿 groups; beyond that there is no agreed spelling.
MAX_YUAN = 10**16 - 1
MAX_FEN = MAX_YUAN * FEN_PER_YUAN + 99

_PLAIN = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_GROUPED = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_CURRENCY_SIGNS = ("¥", "￥", "人民币", "RMB")
_MINUS_SIGNS = ("-", "−", "负")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")


def parse_amount(text: str) -> int:
    """Fen from "1234", "1,234.5", "１２３４．５０", "1234元", "1.2万" or "1.2万元"."""
    cleaned = remove_spaces(to_halfwidth(text, keep="")).replace("，", ",")
    for sign in _CURRENCY_SIGNS:
        cleaned = cleaned.removeprefix(sign)
    if cleaned.startswith(_MINUS_SIGNS):
        raise DomainError("amount.negative", text=text)
    cleaned = cleaned.removesuffix("元")
    scale = Decimal(10000) if cleaned.endswith("万") else Decimal(1)
    cleaned = cleaned.removesuffix("万")
    if not (_PLAIN.match(cleaned) or _GROUPED.match(cleaned)):
        raise DomainError("amount.not_a_number", text=text)
    return _to_fen(Decimal(cleaned.replace(",", "")) * scale, text)


def _to_fen(yuan: Decimal, text: str) -> int:
    try:
        fen = yuan * FEN_PER_YUAN
        exact = fen == fen.to_integral_value()
    except InvalidOperation as error:  # only reachable with absurdly long input
        raise DomainError("amount.too_large", text=text) from error
    if not exact:
        raise DomainError("amount.precision", text=text)
    if fen > MAX_FEN:
        raise DomainError("amount.too_large", text=text)
    return int(fen)


def _check_range(fen: int) -> None:
    if fen < 0:
        raise DomainError("amount.negative", fen=fen)
    if fen > MAX_FEN:
        raise DomainError("amount.too_large", fen=fen)


def format_amount(fen: int) -> str:
    """Figures with thousands separators: 123450 fen → 1,234.50."""
    _check_range(fen)
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    return f"{yuan:,}.{cents:02d}"


def _four_digits(n: int) -> str:
    """1..9999 in capitals; inner zeros collapse to one 零 and trailing zeros are dropped."""
    out: list[str] = []
    pending_zero = False
    for place, digit in zip(_PLACES, f"{n:04d}", strict=True):
        if digit == "0":
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[int(digit)] + place)
    return "".join(out)


def _split_read(n: int, unit: int, unit_name: str, read_low: Callable[[int], str]) -> str:
    high, low = divmod(n, unit)
    if high == 0:
        return read_low(low)
    text = read_low(high) + unit_name
    if low:
        # A gap in the lower half (e.g. 1,0005 → 壹万零伍) is spoken as one 零.
        text += ("零" if low < unit // 10 else "") + read_low(low)
    return text


def _below_yi(n: int) -> str:
    return _split_read(n, 10**4, "万", _four_digits)


def _yuan_capitals(n: int) -> str:
    return _split_read(n, 10**8, "亿", _below_yi)


def format_amount_cn(fen: int) -> str:
    """大写金额 as on agreements and receipts: 12345.60 → "壹万贰仟叁佰肆拾伍元陆角整".

    Rules (正确填写票据和结算凭证的基本规定): 整 after 元 or 角 when there are no 分; 壹拾 in full;
    one 零 for a run of zeros. Where the rules allow either form, the first one of their examples is
    used: 壹拾万柒仟元零伍角叁分 (no 零 after 万 when the 千 digit is set; 零 when the 元 digit is 0).
    """
    _check_range(fen)
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    jiao, fen_digit = divmod(cents, 10)
    if fen == 0:
        return "零元整"
    text = _yuan_capitals(yuan) + "元" if yuan else ""
    if yuan and (jiao == 0 or yuan % 10 == 0) and cents:
        text += "零"
    if jiao:
        text += _DIGITS[jiao] + "角"
    return text + (_DIGITS[fen_digit] + "分" if fen_digit else "整")
