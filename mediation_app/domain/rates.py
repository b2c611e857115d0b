"""Exact rates (成功率, 结案率, 及时率…) as fractions, printed as percentages rounded half up."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from mediation_app.domain.errors import DomainError


def rate(part: int, whole: int) -> Fraction | None:
    """part/whole exactly; None when ``whole`` is 0 (no rate rather than 0 %)."""
    if part < 0 or whole < 0 or part > whole:
        raise DomainError("rate.invalid", part=part, whole=whole)
    if whole == 0:
        return None
    return Fraction(part, whole)


def success_rate(success: int, mediated: int) -> Fraction | None:
    """成功率 = 调解成功数 / 调解(受理)数."""
    return rate(success, mediated)


def round_half_up(value: Fraction, places: int = 0) -> Decimal:
    """``value`` rounded to ``places`` decimals, halves away from zero, computed exactly.

    Same result as Decimal.quantize(..., ROUND_HALF_UP) on the exact value; integer arithmetic
    avoids the rounding a Decimal division would do first.
    """
    if places < 0:
        raise DomainError("rate.invalid", places=places)
    scaled = abs(value) * 10**places
    whole, remainder = divmod(scaled.numerator, scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        whole += 1
    sign = -1 if value < 0 else 1
    return Decimal(sign * whole).scaleb(-places)


def format_percent(fraction: Fraction, places: int = 0) -> str:
    """90/92 → "98%" (places=0) or "97.8%" (places=1)."""
    return f"{round_half_up(fraction * 100, places):f}%"
