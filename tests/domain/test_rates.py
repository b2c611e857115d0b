from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.errors import DomainError
from mediation_app.domain.rates import format_percent, rate, round_half_up, success_rate


def test_the_seed_figure() -> None:
    fraction = success_rate(90, 92)
    assert fraction == Fraction(45, 46)
    assert format_percent(fraction) == "98%"
    assert format_percent(fraction, places=1) == "97.8%"


def test_no_rate_without_mediated_cases() -> None:
    assert success_rate(0, 0) is None


@pytest.mark.parametrize(("part", "whole"), [(-1, 3), (4, 3), (0, -1)])
def test_impossible_counts_are_rejected(part: int, whole: int) -> None:
    with pytest.raises(DomainError) as caught:
        rate(part, whole)
    assert caught.value.code == "rate.invalid"


@pytest.mark.parametrize(
    ("fraction", "places", "text"),
    [
        (Fraction(1, 8), 0, "13%"),  # 12.5 rounds half up, not to even
        (Fraction(1, 8), 1, "12.5%"),
        (Fraction(1, 200), 0, "1%"),
        (Fraction(1, 2), 2, "50.00%"),
        (Fraction(0), 0, "0%"),
        (Fraction(1), 1, "100.0%"),
        (Fraction(2, 3), 1, "66.7%"),
        (Fraction(5, 1000), 0, "1%"),
        (Fraction(1, 1000), 1, "0.1%"),
    ],
)
def test_format_percent(fraction: Fraction, places: int, text: str) -> None:
    assert format_percent(fraction, places) == text


def test_negative_values_round_half_away_from_zero() -> None:
    assert round_half_up(Fraction(-5, 2)) == Decimal(-3)
    assert round_half_up(Fraction(-12, 10)) == Decimal(-1)


def _reference(part: int, whole: int, places: int) -> str:
    with localcontext() as context:
        context.prec = 60
        value = Decimal(part * 100) / Decimal(whole)
        return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}%"


@given(st.integers(1, 10**6), st.data(), st.integers(0, 4))
def test_matches_a_decimal_reference(whole: int, data: st.DataObject, places: int) -> None:
    part = data.draw(st.integers(0, whole))
    fraction = success_rate(part, whole)
    assert fraction is not None
    assert format_percent(fraction, places) == _reference(part, whole, places)
