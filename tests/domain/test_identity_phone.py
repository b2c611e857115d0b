from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.identity import PhoneKind, check_phone, mask_phone


@pytest.mark.parametrize(
    ("text", "kind", "number", "extension"),
    [
        ("13812345678", PhoneKind.MOBILE, "13812345678", None),
        ("138 1234 5678", PhoneKind.MOBILE, "13812345678", None),
        ("138-1234-5678", PhoneKind.MOBILE, "13812345678", None),
        ("+86 138 1234 5678", PhoneKind.MOBILE, "13812345678", None),
        ("8613812345678", PhoneKind.MOBILE, "13812345678", None),
        ("0086-19912345678", PhoneKind.MOBILE, "19912345678", None),
        ("１３８１２３４５６７８", PhoneKind.MOBILE, "13812345678", None),
        ("010-88886666", PhoneKind.LANDLINE, "010-88886666", None),
        ("(021) 6666 8888", PhoneKind.LANDLINE, "021-66668888", None),
        ("（0755）2345678", PhoneKind.LANDLINE, "0755-2345678", None),
        ("07552345678", PhoneKind.LANDLINE, "0755-2345678", None),
        ("0755-2345678转123", PhoneKind.LANDLINE, "0755-2345678", "123"),
        ("0755-2345678-123", PhoneKind.LANDLINE, "0755-2345678", "123"),
        ("010-8888-6666", PhoneKind.LANDLINE, "010-88886666", None),
        ("+86 10 8888 6666", PhoneKind.LANDLINE, "010-88886666", None),
        ("88886666", PhoneKind.LOCAL, "88886666", None),
        ("2345678", PhoneKind.LOCAL, "2345678", None),
        ("88886666转8001", PhoneKind.LOCAL, "88886666", "8001"),
    ],
)
def test_valid_numbers_are_canonicalised(text: str, kind: PhoneKind, number: str, extension: str | None) -> None:
    result = check_phone(text)
    assert (result.ok, result.code) == (True, None)
    assert (result.kind, result.number, result.extension) == (kind, number, extension)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("110", "phone.too_short"),
        ("12345", "phone.too_short"),
        ("95588", "phone.too_short"),
        ("", "phone.too_short"),
        ("1381234567", "phone.too_short"),
        ("010-123456", "phone.too_short"),
        ("138123456789", "phone.too_long"),
        ("010-123456789", "phone.too_long"),
        ("923456789", "phone.too_long"),
        ("123456789", "phone.too_short"),  # starts like a mobile
        ("138-1234-567a", "phone.chars"),
        ("138#12345678", "phone.chars"),
        ("1381234+5678", "phone.chars"),
        ("12012345678", "phone.format"),
        ("+1 415 555 0100", "phone.format"),
        ("010-01234567", "phone.format"),
        ("13812345678转12", "phone.format"),
        ("010-88886666转", "phone.format"),
    ],
)
def test_invalid_numbers_report_their_first_problem(text: str, code: str) -> None:
    result = check_phone(text)
    assert (result.ok, result.code, result.number) == (False, code, None)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("138 1234 5678", "138****5678"),
        ("+86 13812345678", "138****5678"),
        ("010-88886666", "*******6666"),
        ("88886666", "****6666"),
        ("0755-2345678转123", "*******5678"),
        ("110", "***"),
    ],
)
def test_mask_phone(text: str, masked: str) -> None:
    assert mask_phone(text) == masked


separators = st.sampled_from(["", " ", "-"])


@given(
    second=st.sampled_from("3456789"),
    rest=st.text(alphabet="0123456789", min_size=9, max_size=9),
    country=st.sampled_from(["", "+86 ", "86", "0086 "]),
    sep1=separators,
    sep2=separators,
)
def test_any_mainland_mobile_in_any_usual_spelling_is_accepted(
    second: str, rest: str, country: str, sep1: str, sep2: str
) -> None:
    digits = "1" + second + rest
    typed = f"{country}{digits[:3]}{sep1}{digits[3:7]}{sep2}{digits[7:]}"
    result = check_phone(typed)
    assert (result.ok, result.kind, result.number) == (True, PhoneKind.MOBILE, digits)
    assert mask_phone(typed) == digits[:3] + "****" + digits[-4:]


@given(st.text(alphabet="0123456789", max_size=6))
def test_service_and_short_numbers_are_never_party_phones(digits: str) -> None:
    assert check_phone(digits).code == "phone.too_short"


@given(st.text(alphabet="0123456789 -", min_size=1, max_size=20))
def test_masked_phone_shows_at_most_seven_digits(text: str) -> None:
    masked = mask_phone(text)
    assert sum(ch.isdigit() for ch in masked) <= 7
