from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_app.domain.errors import DomainError
from mediation_app.domain.identity import (
    age_on,
    birth_date_matches,
    check_credit_code,
    check_id_number,
    credit_check_char,
    id_check_digit,
    mask_id_number,
    normalise_id_number,
)
from mediation_app.domain.vocabulary import Gender

TODAY = date(2026, 3, 1)
# The worked example of GB 11643-1999 itself.
STANDARD_EXAMPLE = "11010519491231002X"


def _valid(first17: str) -> str:
    return first17 + id_check_digit(first17)


def test_standard_example_is_valid_female_born_1949() -> None:
    result = check_id_number(STANDARD_EXAMPLE, today=TODAY)
    assert (result.ok, result.code) == (True, None)
    assert result.birth_date == date(1949, 12, 31)
    assert result.gender is Gender.FEMALE


def test_odd_17th_digit_is_male() -> None:
    result = check_id_number(_valid("11010119900307123"), today=TODAY)
    assert result.gender is Gender.MALE


def test_lowercase_x_fullwidth_digits_and_spaces_are_normalised() -> None:
    typed = "１１０１０５ 19491231 002x"
    assert normalise_id_number(typed) == STANDARD_EXAMPLE
    result = check_id_number(typed, today=TODAY)
    assert result.ok and result.number == STANDARD_EXAMPLE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "id.length"),
        ("11010519491231002", "id.length"),
        ("11010519491231002X1", "id.length"),
        ("1101051949123100XX", "id.chars"),
        ("11010519491231002Y", "id.chars"),
        ("A10105194912310025", "id.chars"),
        ("110105199002300021", "id.birth_date"),  # 30 February
        ("110105199013010021", "id.birth_date"),  # month 13
        ("440524188001010014", "id.birth_date"),  # the standard's 1880 example: before 1900
        ("110105194912310021", "id.check_digit"),
    ],
)
def test_first_problem_is_reported(text: str, code: str) -> None:
    result = check_id_number(text, today=TODAY)
    assert (result.ok, result.code) == (False, code)
    assert result.birth_date is None and result.gender is None


def test_birth_date_in_the_future_is_rejected() -> None:
    number = _valid("11010120260302001")
    assert check_id_number(number, today=date(2026, 3, 1)).code == "id.birth_date"
    assert check_id_number(number, today=date(2026, 3, 2)).ok


def test_leap_day_birth_is_real_only_in_leap_years() -> None:
    assert check_id_number(_valid("11010120000229001"), today=TODAY).ok
    assert check_id_number(_valid("11010119000229001"), today=TODAY).code == "id.birth_date"


@pytest.mark.parametrize(("first17", "code"), [("1234", "id.length"), ("1101051949123100A", "id.chars")])
def test_check_digit_needs_17_digits(first17: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        id_check_digit(first17)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("110101199003071233", "110101********1233"),
        ("11010519491231002x", "110105********002X"),
        ("110101900307123", "***********7123"),  # old 15-digit number
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id_number(text: str, masked: str) -> None:
    assert mask_id_number(text) == masked


def test_birth_date_matches_the_embedded_date() -> None:
    assert birth_date_matches(STANDARD_EXAMPLE, date(1949, 12, 31))
    assert not birth_date_matches(STANDARD_EXAMPLE, date(1949, 12, 30))
    assert not birth_date_matches("1101051949", date(1949, 12, 31))
    assert not birth_date_matches("110105199002300021", date(1990, 3, 2))


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(1990, 3, 7), date(2026, 3, 6), 35),
        (date(1990, 3, 7), date(2026, 3, 7), 36),
        (date(2000, 2, 29), date(2018, 2, 28), 17),
        (date(2000, 2, 29), date(2018, 3, 1), 18),
        (date(2000, 2, 29), date(2020, 2, 29), 20),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_on(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(DomainError) as caught:
        age_on(date(2000, 1, 2), date(2000, 1, 1))
    assert caught.value.code == "date.before_birth"


births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
regions = st.text(alphabet="0123456789", min_size=6, max_size=6)
serials = st.text(alphabet="0123456789", min_size=3, max_size=3)


def _number(region: str, born: date, serial: str) -> str:
    return _valid(f"{region}{born:%Y%m%d}{serial}")


@given(region=regions, born=births, serial=serials)
def test_generated_numbers_are_valid_and_decode(region: str, born: date, serial: str) -> None:
    result = check_id_number(_number(region, born, serial), today=TODAY)
    assert result.ok and result.birth_date == born
    assert result.gender is (Gender.MALE if int(serial[-1]) % 2 else Gender.FEMALE)
    assert birth_date_matches(result.number, born)


@settings(max_examples=300)
@given(region=regions, born=births, serial=serials, position=st.integers(0, 17), data=st.data())
def test_any_single_substitution_is_detected(
    region: str, born: date, serial: str, position: int, data: st.DataObject
) -> None:
    number = _number(region, born, serial)
    replacement = data.draw(st.sampled_from([c for c in "0123456789X" if c != number[position]]))
    changed = number[:position] + replacement + number[position + 1 :]
    result = check_id_number(changed, today=TODAY)
    assert not result.ok
    if replacement != "X" and not 6 <= position < 14:
        # Outside the date only the MOD 11-2 check can catch it, and it must.
        assert result.code == "id.check_digit"


def test_mod_11_2_detects_every_single_digit_substitution_exhaustively() -> None:
    base = "11010519491231002"
    for position in range(17):
        for digit in "0123456789":
            if digit != base[position]:
                changed = base[:position] + digit + base[position + 1 :]
                assert id_check_digit(changed) != id_check_digit(base), (position, digit)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.integers(0, 15))
def test_adjacent_transpositions_change_the_check_digit(first17: str, i: int) -> None:
    swapped = first17[:i] + first17[i + 1] + first17[i] + first17[i + 2 :]
    if swapped != first17:
        assert id_check_digit(swapped) != id_check_digit(first17)


@given(st.text(alphabet="0123456789Xx ", max_size=24))
def test_masking_reveals_at_most_10_of_18_and_keeps_the_last_4(text: str) -> None:
    number = normalise_id_number(text)
    masked = mask_id_number(text)
    assert len(masked) == len(number)
    shown = [i for i, ch in enumerate(masked) if ch != "*"]
    assert all(masked[i] == number[i] for i in shown)
    if len(number) == 18:
        assert len(shown) <= 10
    if len(number) > 4:
        assert masked[-4:] == number[-4:]
    else:
        assert shown == []


@pytest.mark.parametrize("code", ["914403001922038216", "91350100M000100Y43", "91110108551385082Q"])
def test_real_shaped_credit_codes_pass(code: str) -> None:
    assert check_credit_code(code) is None
    assert check_credit_code(code.lower()) is None


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("9111000010000058", "credit.length"),
        ("91110000100000589I", "credit.chars"),
        ("91110000100000589C", "credit.check_digit"),
    ],
)
def test_bad_credit_codes_name_their_fault(text: str, error: str) -> None:
    assert check_credit_code(text) == error


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=17, max_size=17))
def test_the_check_character_completes_any_code(first17: str) -> None:
    assert check_credit_code(first17 + credit_check_char(first17)) is None
