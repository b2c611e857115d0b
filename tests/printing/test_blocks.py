"""The block options forms need: tick boxes worded in the form, joined lists, who signs, row heights, alignment,
the ruled cover lines. Each on a small form made here, checked on the printed PDF."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from mediation_app.printing.errors import FormDataError, FormFileError
from mediation_app.printing.forms import FormSpec, parse_form
from mediation_app.printing.render import build_state, render_pdf
from mediation_app.printing.signature import MIN_LINE_MM, slot_rows
from mediation_app.printing.text import resolve

from .pdf_tools import page_count, pdftotext, squash, word, words

HEADER = '[form]\nid = "x"\ntitle = "测试"\n'


def form(*blocks: str, page: str = "") -> FormSpec:
    """A form of the given [[block]] bodies (TOML lines after the header)."""
    return parse_form(HEADER + page + "".join(f"\n[[block]]\n{b}\n" for b in blocks), "forms/x.toml")


def printed(spec: FormSpec, context: dict[str, Any]) -> str:
    return squash(pdftotext(render_pdf(spec, context)))


def refused(spec: FormSpec, context: dict[str, Any]) -> FormDataError:
    with pytest.raises(FormDataError) as info:
        render_pdf(spec, context)
    return info.value


TICKS = (
    'type = "tick_boxes"\nsource = "reason"\n'
    'options = [["labour", "劳动争议"], ["police", "治安案件"], ["other", "其他"]]'
)


# --- tick boxes -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ("labour", "☑劳动争议☐治安案件☐其他"),
        (["labour", "police"], "☑劳动争议☑治安案件☐其他"),
        ("other", "☐劳动争议☐治安案件☑其他"),
    ],
)
def test_tick_boxes_print_the_forms_wording_and_tick_the_chosen_values(chosen: Any, expected: str) -> None:
    assert expected in printed(form(TICKS), {"reason": chosen})


@pytest.mark.parametrize("chosen", ["theft", ["labour", "theft"], [{"label": "劳动争议", "checked": True}]])
def test_a_value_the_form_does_not_list_is_refused_naming_field_and_value(chosen: Any) -> None:
    error = refused(form(TICKS), {"reason": chosen})
    assert error.code == "form.bad_choice"
    assert error.params["field"] == "reason"
    assert error.params["value"] in ("theft", str(chosen[0]) if isinstance(chosen, list) else "")


@pytest.mark.parametrize("context", [{}, {"reason": ""}, {"reason": []}, {"reason": None}])
def test_a_choice_is_needed_unless_the_block_is_optional(context: dict[str, Any]) -> None:
    error = refused(form(TICKS), context)
    assert (error.code, error.params["field"]) == ("form.missing_field", "reason")
    assert "☐劳动争议☐治安案件☐其他" in printed(form(TICKS + "\noptional = true"), context)


@pytest.mark.parametrize(
    ("context", "expected", "absent"),
    [
        ({"reason": "other", "detail": "邻居借款"}, "☑其他：邻居借款", None),
        ({"reason": "labour", "detail": "邻居借款"}, "☐其他", "邻居借款"),
        ({"reason": "other", "detail": ""}, "☑其他", "其他："),
        ({"reason": "other"}, "☑其他", "其他："),
        ({"reason": "other", "detail": "A&B<i>"}, "☑其他：A&B<i>", None),
    ],
)
def test_a_chosen_other_carries_the_cases_own_words(context: dict[str, Any], expected: str, absent: str | None) -> None:
    text = printed(form(TICKS + '\nother_detail = "detail"'), context)
    assert expected in text
    assert absent is None or absent not in text


def test_the_other_detail_is_checked_like_every_field() -> None:
    error = refused(form(TICKS + '\nother_detail = "detail"'), {"reason": "other", "detail": "借款😀"})
    assert (error.code, error.params["field"]) == ("form.missing_glyph", "detail")


@pytest.mark.parametrize(
    ("options", "words_"),
    [
        ('options = "劳动争议"', "options must be a list"),
        ('options = [["labour"]]', "options must be a list"),
        ('options = [["a", "甲"], ["a", "乙"]]', "repeat a value"),
        ('options = [["a", "甲"]]\nother_detail = "detail"', 'needs an option with the value "other"'),
        ('options = [["a", "甲"]]\ncolumns = 0', "columns must be a whole number"),
    ],
)
def test_tick_box_options_are_checked_when_the_form_is_read(options: str, words_: str) -> None:
    with pytest.raises(FormFileError) as info:
        form('type = "tick_boxes"\nsource = "reason"\n' + options)
    assert info.value.params["line"] == 5
    assert words_ in info.value.params["problem"]


# --- lists joined in a template ---------------------------------------------------------------------------------

PARTIES = [{"name": "陈昇", "phone": "1"}, {"name": "", "phone": "2"}, {"name": "杨赟", "phone": "3"}]


def test_a_list_is_joined_inside_a_template_leaving_out_empty_items() -> None:
    assert "致陈昇、杨赟：" in printed(form('type = "paragraph"\ntext = "致{parties.*.name}："'), {"parties": PARTIES})


def test_a_block_may_join_with_its_own_separator() -> None:
    spec = form('type = "paragraph"\njoin = "，"\ntext = "电话{parties.*.phone}"')
    assert "电话1，2，3" in printed(spec, {"parties": PARTIES})


def test_a_star_may_stand_for_plain_items_and_nested_lists() -> None:
    context = {"a": [{"b": ["x", "y"]}, {"b": []}, {"b": ["z"]}], "requests": ["停止噪音", "赔偿"]}
    assert resolve(context, "a.*.b.*") == "x、y、z"
    assert resolve(context, "requests.*", "；") == "停止噪音；赔偿"
    assert resolve({"parties": []}, "parties.*.name") == ""


@pytest.mark.parametrize(
    ("context", "code"),
    [
        ({"parties": [{"name": "陈昇"}, {"phone": "1"}]}, "form.missing_field"),
        ({"parties": "陈昇"}, "form.missing_field"),
        ({}, "form.missing_field"),
        ({"parties": [{"name": "陈昇"}, {"name": "杨😀"}]}, "form.missing_glyph"),
    ],
)
def test_a_joined_field_is_refused_by_its_whole_name(context: dict[str, Any], code: str) -> None:
    error = refused(form('type = "paragraph"\ntext = "{parties.*.name}"'), context)
    assert (error.code, error.params["field"]) == (code, "parties.*.name")


def test_joined_values_are_escaped() -> None:
    spec = form('type = "paragraph"\ntext = "{parties.*.name}"')
    assert "A&B<b>、C" in printed(spec, {"parties": [{"name": "A&B<b>"}, {"name": "C"}]})


# --- who signs, and how the signature block holds together -----------------------------------------------------


def test_a_signature_block_names_the_list_of_people_who_sign() -> None:
    spec = form('type = "signature"\nsource = "applicants"\nparty_label = "{role}{name}（签名）："\nmediators = false')
    context = {"applicants": [{"role": "申请人", "name": "陈昇"}], "parties": [{"role": "被申请人", "name": "杨赟"}]}
    text = printed(spec, context)
    assert "申请人陈昇（签名）：" in text and "杨赟" not in text


def test_a_per_party_copy_is_signed_by_its_own_party_only() -> None:
    page = "per_party = true\n"
    spec = form('type = "signature"\nsource = "party"\nparty_label = "{name}（签收）："\nmediators = false', page=page)
    pdf = render_pdf(spec, {"parties": [{"name": "陈昇"}, {"name": "杨赟"}]})
    assert page_count(pdf) == 2
    first, second = squash(pdftotext(pdf, 1)), squash(pdftotext(pdf, 2))
    assert "陈昇（签收）：" in first and "杨赟" not in first
    assert "杨赟（签收）：" in second and "陈昇" not in second


def test_a_name_in_the_party_label_is_escaped_and_checked() -> None:
    spec = form('type = "signature"\nparty_label = "{name}（签名）："\nmediators = false')
    assert "A&B<i>（签名）：" in printed(spec, {"parties": [{"name": "A&B<i>"}]})
    error = refused(spec, {"parties": [{"name": "陈😀"}]})
    assert (error.code, error.params["field"]) == ("form.missing_glyph", "name")


@pytest.mark.parametrize(("label", "box"), [("被申请人（签名或盖章）：", True), ("人民调解员（签名）：", False)])
def test_every_signature_line_is_long_enough_to_sign_on(label: str, box: bool) -> None:
    state = build_state(form('type = "title"\ntext = "x"'), {}, 455)
    rows = slot_rows([Paragraph(label, state.styles.cell_left) for _ in range(4)], state, box=box)
    lines = rows.widths[1::4]
    assert lines and all(line >= MIN_LINE_MM * mm for line in lines)


SIGNED = (
    'type = "signature"\nlines = ["经办人（签名）：", "审核人（签名）："]\nrecorder = true\n'
    'committee = "某街道人民调解委员会（盖章）"\ndate = "2026年3月5日"'
)


@pytest.mark.parametrize("parties", [0, 1, 3])
def test_staff_lines_seal_and_date_never_part_across_a_page(parties: int) -> None:
    spec = form('type = "paragraph"\ntext = "{filler}"', SIGNED)
    people = [{"role": f"当事人{i}", "name": str(i)} for i in range(parties)]
    pages_seen = set()
    for lines in range(26, 46):  # the signature block meets the page end at every height in this range
        pdf = render_pdf(spec, {"filler": "\n".join(["甲" * 20] * lines), "parties": people})
        pages = [squash(pdftotext(pdf, p)) for p in range(1, page_count(pdf) + 1)]
        pages_seen.add(len(pages))
        with_seal = [p for p in pages if "委员会（盖章）" in p]
        assert len(with_seal) == 1
        for staff in ("经办人（签名）", "审核人（签名）", "人民调解员（签名）", "记录人（签名）", "2026年3月5日"):
            assert staff in with_seal[0], (lines, staff)
        if parties:
            assert f"当事人{parties - 1}（签名或盖章）" in with_seal[0]  # the last party signs with the seal
    assert pages_seen == {1, 2}  # the range did cross the page end


# --- room to write, alignment, the cover's ruled lines ---------------------------------------------------------


def test_a_grid_row_may_be_given_room_to_write_in() -> None:
    grid = 'type = "field_grid"\nrows = [["甲栏", "{a}"], ["乙栏", "{b}"], ["丙栏", "{c}"]]'
    context = {"a": "一", "b": "二", "c": "三"}
    tall = render_pdf(form(grid + "\nmin_heights_mm = [0, 50, 0]"), context)
    plain = render_pdf(form(grid), context)
    assert word(tall, "丙栏").top - word(tall, "甲栏").top >= 50 * mm
    assert word(plain, "丙栏").top - word(plain, "甲栏").top < 20 * mm
    assert word(tall, "二").top - word(tall, "乙栏").top < 0  # the value starts at the top of its room


def test_row_heights_must_match_the_rows() -> None:
    with pytest.raises(FormFileError) as info:
        form('type = "field_grid"\nrows = [["甲", "{a}"], ["乙", "{b}"]]\nmin_heights_mm = [10]')
    assert "gives 1 heights for 2 rows" in info.value.params["problem"]


TABLE = (
    'type = "table"\nsource = "rows"\nrow_height_mm = 15\ncolumns = [\n'
    '  {title = "序号", field = "no", align = "centre"},\n'
    '  {title = "事项", field = "what"},\n'
    '  {title = "金额", field = "amount", align = "right"},\n]'
)


def test_table_columns_align_and_rows_take_their_height() -> None:
    rows = [{"no": "9", "what": "甲", "amount": "5.00"}, {"no": "10", "what": "乙乙乙", "amount": "12,345.00"}]
    pdf = render_pdf(form(TABLE), {"rows": rows})
    nine, ten = word(pdf, "9"), word(pdf, "10")
    assert abs((nine.left + nine.right) - (ten.left + ten.right)) < 1  # centred
    small, large = word(pdf, "5.00"), word(pdf, "12,345.00")
    assert abs(small.right - large.right) < 1 and small.left > large.left + 10  # right-aligned
    assert abs(word(pdf, "甲").left - word(pdf, "乙乙乙").left) < 1  # left, the default
    assert word(pdf, "乙乙乙").top - word(pdf, "甲").top >= 15 * mm - 1


def test_a_column_alignment_must_be_known() -> None:
    with pytest.raises(FormFileError) as info:
        form('type = "table"\nsource = "rows"\ncolumns = [{title = "金额", field = "amount", align = "middle"}]')
    assert "align must be one of left, centre, right" in info.value.params["problem"]


LINES = 'type = "lines"\nwidth = 0.6\nwidths = [1.5, 2]\nrows = [["卷　　名：", "{name}"], ["立卷日期：", "{date}"]]'


def test_ruled_lines_put_label_and_value_side_by_side_in_a_centred_block() -> None:
    pdf = render_pdf(form(LINES), {"name": "王堃与李玥纠纷", "date": "2026年12月28日"})
    label, value = word(pdf, "立卷日期："), word(pdf, "2026年12月28日")
    assert abs(label.top - value.top) < 1 and label.right < value.left
    margin_left = 25 * mm  # the form's default left margin
    assert label.left == pytest.approx(margin_left + 6 + 0.2 * (595.28 - 45 * mm - 12) + 6, abs=1)  # centred
    # The ideographic spaces that line labels up keep their width (reportlab would collapse them to one space).
    assert word(pdf, "名：").left - word(pdf, "卷").right > 1.5 * 12


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ('rows = [["卷名："]]', "rows must be pairs"),
        ('rows = [["卷名：", "{a}"]]\nwidth = 1.5', "width is the share"),
        ('rows = [["卷名：", "{a}"]]\nrow_height_mm = "高"', "row_height_mm must be a number"),
    ],
)
def test_ruled_lines_options_are_checked(options: str, problem: str) -> None:
    with pytest.raises(FormFileError) as info:
        form('type = "lines"\n' + options)
    assert problem in info.value.params["problem"]


def test_a_title_may_be_set_larger() -> None:
    pdf = render_pdf(form('type = "title"\ntext = "人民调解卷宗"\nfont_size = 36'), {})
    title = word(pdf, "人民调解卷宗")
    assert title.bottom - title.top == pytest.approx(36, abs=1)
    assert len(words(pdf)) >= 2  # the title and the page footer
