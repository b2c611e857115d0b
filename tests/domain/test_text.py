from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.text import CJK_PUNCTUATION, remove_spaces, to_halfwidth


def test_fullwidth_digits_letters_and_symbols_become_ascii() -> None:
    assert to_halfwidth("１２３４．５０ＡＢｃ＋－＃") == "1234.50ABc+-#"


def test_chinese_punctuation_is_kept_by_default() -> None:
    assert to_halfwidth("经调解，双方同意：（一）赔偿１０００元。") == "经调解，双方同意：（一）赔偿1000元。"


def test_keep_empty_converts_chinese_punctuation_too() -> None:
    assert to_halfwidth("（２０２６），", keep="") == "(2026),"


def test_ideographic_space_becomes_ascii_space() -> None:
    assert to_halfwidth("张\u3000三") == "张 三"


def test_remove_spaces_drops_ascii_and_ideographic_spaces() -> None:
    assert remove_spaces(" 1101 01\u300019\t90 ") == "110101" + "1990"


@given(st.text(alphabet=st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)))
def test_every_fullwidth_form_maps_into_printable_ascii_unless_kept(text: str) -> None:
    converted = to_halfwidth(text)
    for before, after in zip(text, converted, strict=True):
        if before in CJK_PUNCTUATION:
            assert after == before
        else:
            assert after.isascii() and after.isprintable()
            assert ord(before) - ord(after) == 0xFF01 - 0x21


@given(st.text())
def test_conversion_is_idempotent_and_keeps_length(text: str) -> None:
    once = to_halfwidth(text)
    assert to_halfwidth(once) == once
    assert len(once) == len(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x7E)))
def test_ascii_text_is_unchanged(text: str) -> None:
    assert to_halfwidth(text, keep="") == text
