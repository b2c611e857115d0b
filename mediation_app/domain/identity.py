"""Personal identifiers: GB 11643-1999 ID numbers and phone numbers (check, normalise, mask), and ages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mediation_app.domain.errors import DomainError
from mediation_app.domain.text import remove_spaces, to_halfwidth
from mediation_app.domain.vocabulary import Gender

ID_LENGTH = 18
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # 2**(17-i) mod 11; the check itself weighs 1
_ID_CHECK_MAP = "10X98765432"  # ISO 7064 MOD 11-2: index is the weighted sum mod 11
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class IdCheck:
    """Result of checking an ID number; ``birth_date`` and ``gender`` are set only when ``ok``."""

    ok: bool
    code: str | None
    number: str
    birth_date: date | None = None
    gender: Gender | None = None


def normalise_id_number(text: str) -> str:
    """Strip spaces, turn full-width digits into ASCII and a final x into X."""
    return to_halfwidth(remove_spaces(text), keep="").upper()


def id_check_digit(first17: str) -> str:
    """The 18th character for 17 leading digits."""
    if len(first17) != ID_LENGTH - 1:
        raise DomainError("id.length", length=len(first17))
    if not (first17.isascii() and first17.isdigit()):
        raise DomainError("id.chars")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_MAP[total % 11]


def _embedded_birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _chars_ok(number: str) -> bool:
    body, last = number[:-1], number[-1]
    return body.isascii() and body.isdigit() and (last == "X" or (last.isascii() and last.isdigit()))


def check_id_number(text: str, *, today: date | None = None) -> IdCheck:
    """Check length, characters, the embedded birth date and the check digit, in that order."""
    number = normalise_id_number(text)
    if len(number) != ID_LENGTH:
        return IdCheck(False, "id.length", number)
    if not _chars_ok(number):
        return IdCheck(False, "id.chars", number)
    born = _embedded_birth_date(number)
    if born is None or not _EARLIEST_BIRTH <= born <= (today or date.today()):
        return IdCheck(False, "id.birth_date", number)
    if id_check_digit(number[:-1]) != number[-1]:
        return IdCheck(False, "id.check_digit", number)
    gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
    return IdCheck(True, None, number, born, gender)


def mask_id_number(text: str) -> str:
    """Mask as 110101********1234 for an 18-character number; otherwise hide all but the last 4."""
    number = normalise_id_number(text)
    if len(number) == ID_LENGTH:
        return number[:6] + "*" * 8 + number[-4:]
    return _mask_keep_last4(number)


def _mask_keep_last4(text: str) -> str:
    # Four characters or fewer would be shown whole, so those are hidden completely.
    if len(text) <= 4:
        return "*" * len(text)
    return "*" * (len(text) - 4) + text[-4:]


def birth_date_matches(id_number: str, birth_date: date) -> bool:
    """Whether the birth date embedded in an 18-character ID number is ``birth_date``."""
    number = normalise_id_number(id_number)
    if len(number) != ID_LENGTH or not _chars_ok(number):
        return False
    return _embedded_birth_date(number) == birth_date


def age_on(birth_date: date, day: date) -> int:
    """Completed years (周岁) on ``day``; someone born on 29 February turns a year older on 1 March."""
    if day < birth_date:
        raise DomainError("date.before_birth", birth_date=birth_date, day=day)
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"  # with its area code
    LOCAL = "local"  # 7-8 digits without an area code


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """``number`` is canonical when ok: "13812345678", "010-88886666" or "88886666"."""

    ok: bool
    code: str | None
    kind: PhoneKind | None = None
    number: str | None = None
    extension: str | None = None


_PHONE_CHARS = re.compile(r"^\+?[0-9\-()\s转]+$")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_DASH_EXTENSION = re.compile(r"^(.*[0-9])\s*-\s*([0-9]{1,6})\s*$")
_EXTENSION = re.compile(r"^[0-9]{1,6}$")
_DASHES = str.maketrans({"‐": "-", "–": "-", "—": "-", "－": "-"})


def _fail(code: str) -> PhoneCheck:
    return PhoneCheck(False, code)


def check_phone(text: str) -> PhoneCheck:
    """Mainland mobiles (+86 optional), landlines with area code (extension 转123 or -123), local numbers."""
    cleaned = to_halfwidth(text.translate(_DASHES), keep="").strip()
    if not cleaned:
        return _fail("phone.too_short")
    if not _PHONE_CHARS.match(cleaned):
        return _fail("phone.chars")
    main, _, extension = cleaned.partition("转")
    extension = remove_spaces(extension).strip("-")
    if "转" in cleaned and not _EXTENSION.match(extension):
        return _fail("phone.format")
    return _classify(main, extension or None)


def _classify(main: str, extension: str | None) -> PhoneCheck:
    international = main.startswith("+") or remove_spaces(main).startswith("0086")
    if main.startswith("+") and not remove_spaces(main).startswith("+86"):
        return _fail("phone.format")
    digits = "".join(ch for ch in main if ch.isdigit())
    if international:
        digits = digits[4:] if digits.startswith("0086") else digits[2:]
        if not _MOBILE.match(digits) and not digits.startswith("0"):
            digits = "0" + digits  # abroad the area code is dialled without its trunk 0
    elif len(digits) == 13 and digits.startswith("86") and _MOBILE.match(digits[2:]):
        digits = digits[2:]
    if digits.startswith("1"):
        return _mobile(digits, extension)
    return _landline(main, digits, extension)


def _mobile(digits: str, extension: str | None) -> PhoneCheck:
    if len(digits) < 11:
        return _fail("phone.too_short")
    if len(digits) > 11:
        return _fail("phone.too_long")
    if not _MOBILE.match(digits) or extension is not None:
        return _fail("phone.format")
    return PhoneCheck(True, None, PhoneKind.MOBILE, digits)


def _area_length(digits: str) -> int:
    # 010 and 020-029 are the only three-character area codes; all others have four.
    return 3 if digits[1:2] in ("1", "2") else 4


def _landline(main: str, digits: str, extension: str | None) -> PhoneCheck:
    area = digits[: _area_length(digits)] if digits.startswith("0") else ""
    local = digits[len(area) :]
    dashed = _DASH_EXTENSION.match(main)
    if extension is None and dashed and 7 <= len(local) - len(dashed.group(2)) <= 8:
        extension = dashed.group(2)
        local = local[: -len(extension)]
    if len(local) < 7:
        return _fail("phone.too_short")
    if len(local) > 8:
        return _fail("phone.too_long")
    if local[0] in "01":
        return _fail("phone.format")
    kind = PhoneKind.LANDLINE if area else PhoneKind.LOCAL
    return PhoneCheck(True, None, kind, f"{area}-{local}" if area else local, extension)


def mask_phone(text: str) -> str:
    """Mask a mobile as 138****5678; for anything else only the last 4 digits stay visible."""
    check = check_phone(text)
    if check.ok and check.number is not None:
        if check.kind is PhoneKind.MOBILE:
            return check.number[:3] + "****" + check.number[-4:]
        return _mask_keep_last4(check.number.replace("-", ""))
    return _mask_keep_last4(remove_spaces(to_halfwidth(text, keep="")))


CREDIT_CODE_LENGTH = 18
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)  # 3**i mod 31


def credit_check_char(first17: str) -> str:
    """The 18th character of a 统一社会信用代码 for its first 17 (GB 32100-2015, mod 31)."""
    total = sum(_CREDIT_CHARS.index(ch) * w for ch, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31]


def check_credit_code(text: str) -> str | None:
    """None if ``text`` is a well-formed 统一社会信用代码, else the error code."""
    code = normalise_id_number(text)
    if len(code) != CREDIT_CODE_LENGTH:
        return "credit.length"
    if any(ch not in _CREDIT_CHARS for ch in code):
        return "credit.chars"
    if credit_check_char(code[:-1]) != code[-1]:
        return "credit.check_digit"
    return None
