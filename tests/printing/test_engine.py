"""The engine on the reference form (人民调解协议书): text, fonts, determinism, flow, errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from mediation_app import paths
from mediation_app.printing.errors import FormDataError, FormFileError
from mediation_app.printing.forms import _common, load_form, parse_form
from mediation_app.printing.render import render_pdf

from .contexts import long_agreement
from .pdf_tools import fonts, page_count, pdftotext, pypdf_text, squash

FORBIDDEN_LINE_STARTS = "。，、；：？！）」』》"
FORBIDDEN_LINE_ENDS = "（《“‘【"


def sample(form_id: str) -> dict[str, Any]:
    return json.loads((paths.forms_dir() / "samples" / f"{form_id}.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def agreement_pdf() -> bytes:
    return render_pdf(load_form("agreement"), sample("agreement"))


def test_same_input_gives_the_same_bytes(agreement_pdf: bytes) -> None:
    assert render_pdf(load_form("agreement"), sample("agreement")) == agreement_pdf


def test_text_comes_back_with_both_extractors(agreement_pdf: bytes) -> None:
    context = sample("agreement")
    for extracted in (squash(pdftotext(agreement_pdf)), squash(pypdf_text(agreement_pdf))):
        for term in context["terms"]:
            assert squash(term) in extracted
        for party in context["parties"]:
            assert party["name"] in extracted and party["id_number"] in extracted
        assert "本协议一式3份" in extracted


def test_every_font_is_embedded_and_ours(agreement_pdf: bytes) -> None:
    found = fonts(agreement_pdf)
    assert found
    assert all(f["emb"] == "yes" for f in found), found
    assert all("Noto" in f["name"] for f in found), found


def test_rare_name_characters_print_as_themselves() -> None:
    context = sample("agreement")
    context["parties"][0]["name"] = "欧阳堃喆"
    context["parties"][1]["name"] = "龑赟玥昇"
    text = pdftotext(render_pdf(load_form("agreement"), context))
    assert "欧阳堃喆" in text and "龑赟玥昇" in text


def test_long_text_flows_and_signature_stays_with_its_text() -> None:
    pdf = render_pdf(load_form("agreement"), long_agreement())
    pages = page_count(pdf)
    assert pages >= 4
    last_pages = [pdftotext(pdf, p) for p in range(1, pages + 1)]
    first_signature = next(t for t in last_pages if "（签名或盖章）" in t)
    assert "申请司法确认" in squash(first_signature)  # the signature block starts on the page of the text before it
    signed = sum(t.count("（签名或盖章）") for t in last_pages)
    assert signed == 12  # one line for each of the 12 parties, rows running on from page to page
    seal = [t for t in last_pages if "调解委员会（盖章）" in t]
    assert len(seal) == 1  # the last party, the staff, the seal and the date are never parted
    assert "（签名或盖章）" in seal[0] and "人民调解员（签名）" in seal[0] and "记录人（签名）" in seal[0]
    assert "2026年11月21日" in seal[0]
    assert f"第{pages}页共{pages}页" in squash(last_pages[-1])
    for page_text in last_pages:
        for line in page_text.splitlines():
            assert not line.strip() or line.strip()[0] not in FORBIDDEN_LINE_STARTS, line


def test_missing_field_names_the_field() -> None:
    context = sample("agreement")
    del context["performance"]
    with pytest.raises(FormDataError) as info:
        render_pdf(load_form("agreement"), context)
    assert info.value.code == "form.missing_field"
    assert info.value.params["field"] == "performance"


@pytest.mark.parametrize(("text", "code"), [("付款\x07完毕", "form.bad_text"), ("已还清😀", "form.missing_glyph")])
def test_unprintable_text_is_refused_with_the_field(text: str, code: str) -> None:
    context = copy.deepcopy(sample("agreement"))
    context["facts"] = text
    with pytest.raises(FormDataError) as info:
        render_pdf(load_form("agreement"), context)
    assert info.value.code == code
    assert info.value.params["field"] == "facts"


GOOD = '[form]\nid = "x"\ntitle = "测试"\n\n[[block]]\ntype = "title"\ntext = "标题"\n'


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD + '\n[[block]]\ntype = "tabel"\n', 9, "unknown type 'tabel'"),
        (GOOD + '\n[[block]]\ntype = "paragraph"\n', 9, "missing text"),
        (GOOD + '\n[[block]]\ntype = "paragraph"\ntext = "x"\ncolour = "red"\n', 9, "unknown key colour"),
        (GOOD + '\n[[block]]\ntype = "paragraph"\ntext = "未闭合\n', 11, "not valid TOML"),
        ('title = "no form table"\n', 1, "[form] table"),
        ('[form]\nid = "x"\n', 1, "lacks title"),
    ],
)
def test_malformed_form_file_names_file_line_and_problem(text: str, line: int, words: str) -> None:
    with pytest.raises(FormFileError) as info:
        parse_form(text, "forms/broken.toml")
    assert info.value.params["path"] == "forms/broken.toml"
    assert info.value.params["line"] == line
    assert words in info.value.params["problem"]
    assert str(info.value).startswith(f"forms/broken.toml, line {line}:")


def test_unknown_form_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormFileError) as info:
        load_form("no_such_form", tmp_path)
    assert "no form file" in info.value.params["problem"]


def test_a_per_party_form_prints_one_numbered_copy_per_party() -> None:
    spec = load_form("session_notice")
    context = sample("session_notice")
    assert spec.per_party and len(context["parties"]) >= 2
    context.pop("party", None)
    pdf = render_pdf(spec, context)
    single = render_pdf(spec, {**context, "party": context["parties"][0]})
    per_copy = page_count(single)
    assert page_count(pdf) == per_copy * len(context["parties"])
    for index, party in enumerate(context["parties"]):
        first_page = index * per_copy + 1
        text = squash(pdftotext(pdf, first_page))
        assert squash(party["name"]) in text
        assert f"第1页共{per_copy}页" in text


def test_plain_and_marked_up_text_keep_the_line_start_and_end_rules() -> None:
    # A paragraph without markup goes through reportlab's other line breaker; both must keep the rules.
    form = parse_form(
        '[form]\nid = "x"\ntitle = "测试"\n\n[[block]]\ntype = "paragraph"\nindent = false\n'
        'text = "{plain}"\n\n[[block]]\ntype = "paragraph"\ntext = "<b>注</b>{marked}"\n',
        "x.toml",
    )
    for run in range(30, 46):
        body = "".join(f"{'甲' * run}{mark}" for mark in "：，；？！）」》")
        body += "".join(f"{'甲' * run}{mark}乙" for mark in FORBIDDEN_LINE_ENDS)
        text = pdftotext(render_pdf(form, {"plain": body, "marked": body}))
        for line in text.splitlines():
            assert not line.strip() or line.strip()[0] not in FORBIDDEN_LINE_STARTS, (run, line)
            assert not line.strip() or line.strip()[-1] not in FORBIDDEN_LINE_ENDS, (run, line)


def test_bold_markup_in_form_wording_uses_the_bold_face() -> None:
    text = '[form]\nid = "x"\ntitle = "测试"\n\n[[block]]\ntype = "paragraph"\ntext = "<b>加粗</b>普通"\n'
    pdf = render_pdf(parse_form(text, "forms/x.toml"), {})
    names = {f["name"].split("+")[-1] for f in fonts(pdf)}
    assert "NotoSerifCJKsc-Bold" in names and "NotoSerifCJKsc-Regular" in names


def test_shared_wording_file_is_checked(tmp_path: Path) -> None:
    with pytest.raises(FormFileError) as info:
        parse_form(GOOD, "x.toml", tmp_path)
    assert "shared wording file is missing" in info.value.params["problem"]
    (tmp_path / "_common.toml").write_text('[form]\nfooter = "{page}"\n', "utf-8")
    _common.cache_clear()
    with pytest.raises(FormFileError) as info:
        parse_form(GOOD, "x.toml", tmp_path)
    assert info.value.params["problem"].startswith("[party] must give")


def test_a_block_may_override_the_shared_wording() -> None:
    text = GOOD + '\n[[block]]\ntype = "signature"\nparty_label = "{role}签字："\n'
    pdf = render_pdf(parse_form(text, "x.toml"), {"parties": [{"role": "申请人"}], "date": ""})
    extracted = squash(pdftotext(pdf))
    assert "申请人签字：" in extracted and "（签名或盖章）" not in extracted
    assert "人民调解员（签名）：" in extracted  # not overridden: the shared wording


def test_compose_leaves_out_pieces_whose_fields_are_empty() -> None:
    from mediation_app.printing.text import compose

    template = "{manner}|，{place}|，于{deadline}前履行完毕|。"
    assert compose(template, {"manner": "转账", "place": "联调室", "deadline": "2026年12月1日"}) == (
        "转账，联调室，于2026年12月1日前履行完毕。"
    )
    assert compose(template, {"manner": "现金", "place": "", "deadline": ""}) == "现金。"
