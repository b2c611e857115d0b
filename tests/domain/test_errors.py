from __future__ import annotations

import re
from pathlib import Path

import pytest

import mediation_app.domain as domain_package
from mediation_app.domain.errors import ERROR_CODES, DomainError

_DOMAIN_DIR = Path(domain_package.__file__).parent
_PREFIXES = "number|id|credit|date|phone|status|calendar|clock|amount|rate|agreement|judicial|archive|action|case"
_CODE_LITERAL = re.compile(rf'"((?:{_PREFIXES})\.[a-z_]+)"')


def _codes_used_in_modules() -> set[str]:
    used: set[str] = set()
    for module in _DOMAIN_DIR.glob("*.py"):
        if module.name != "errors.py":
            used.update(_CODE_LITERAL.findall(module.read_text(encoding="utf-8")))
    return used


def test_error_carries_code_and_params() -> None:
    error = DomainError("status.transition", frm="registered", to="closed")
    assert error.code == "status.transition"
    assert error.params == {"frm": "registered", "to": "closed"}
    assert str(error) == "status.transition (frm='registered', to='closed')"


def test_error_without_params_prints_its_code() -> None:
    with pytest.raises(DomainError) as caught:
        raise DomainError("amount.negative")
    assert str(caught.value) == "amount.negative"
    assert caught.value.params == {}


def test_every_code_in_the_modules_is_catalogued() -> None:
    used = _codes_used_in_modules()
    assert used, "the scan found no codes at all"
    assert used - ERROR_CODES == set()


def test_every_catalogued_code_is_used_somewhere() -> None:
    assert ERROR_CODES - _codes_used_in_modules() == set()


def test_codes_are_ascii_so_no_prose_reaches_the_gui() -> None:
    assert all(re.fullmatch(r"[a-z]+\.[a-z_0-9]+", code) for code in ERROR_CODES)
