"""Every form file in forms/: its sample renders, shows every value of its context in order, embeds its fonts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_app import paths
from mediation_app.domain.vocabulary import CaseSource, NotAcceptedReason, Performance, Satisfaction
from mediation_app.printing.errors import FormDataError
from mediation_app.printing.forms import Block, FormSpec, form_ids, load_form
from mediation_app.printing.render import render_pdf
from mediation_app.printing.text import DEFAULT_JOIN, fields_of, lookup, resolve

from .pdf_tools import fonts, pdftotext, squash

FORMS = form_ids()


def sample(form_id: str) -> dict[str, Any]:
    return json.loads((paths.forms_dir() / "samples" / f"{form_id}.json").read_text("utf-8"))


def _values(template: str, context: dict[str, Any], join: str = DEFAULT_JOIN) -> list[str]:
    out = []
    for name in fields_of(template):
        try:
            out.append(resolve(context, name, join))
        except FormDataError:
            continue
    return out


def _party_values(spec: FormSpec, party: dict[str, Any]) -> list[str]:
    template = spec.word("party", "organisation" if party.get("kind") == "organisation" else "person")
    values = _values(template.replace("|", ""), party)
    agent = spec.word("party", "agent").replace("|", "")
    return values + (_values(agent, party) if party.get("agent_name") else [])


def _block_values(spec: FormSpec, block: Block, context: dict[str, Any]) -> list[str]:
    o = block.options
    if block.type == "party_table":
        return [v for p in lookup(context, o.get("source", "parties")) for v in _party_values(spec, p)]
    if block.type == "terms":
        return [str(t) for t in lookup(context, o.get("source", "terms"))]
    if block.type == "tick_boxes":
        return _tick_values(block, context)
    if block.type == "signature":
        return _signature_values(spec, block, context)
    if block.type == "table":
        return [str(i.get(c["field"], "")) for i in lookup(context, o["source"]) for c in o["columns"]]
    if block.type == "paragraph" and o.get("if") and not _truthy(context, o["if"]):
        return []
    templates = [o.get(k, "") for k in ("label", "text", "intro", "title", "committee", "date")]
    templates += [cell for row in o.get("rows", []) for cell in row] + list(o.get("lines", []))
    return [v for t in templates if isinstance(t, str) for v in _values(t, context, o.get("join", DEFAULT_JOIN))]


def _tick_values(block: Block, context: dict[str, Any]) -> list[str]:
    """Every option the form lists, as printed: ☑ before the chosen ones, ☐ before the rest."""
    try:
        value = lookup(context, block.options["source"])
    except FormDataError:
        value = []
    chosen = set(value if isinstance(value, list) else [value])
    out = []
    for option, label in block.options["options"]:
        detail = _values(f"{{{block.options.get('other_detail', '')}}}", context) if option == "other" else []
        suffix = f"：{detail[0]}" if option in chosen and detail and detail[0] else ""
        out.append(f"{'☑' if option in chosen else '☐'}{label}{suffix}")
    return out


def _signature_values(spec: FormSpec, block: Block, context: dict[str, Any]) -> list[str]:
    """The context values of the signature block: each signer's label, then the staff lines, seal and date."""
    o = block.options
    signers = lookup(context, o.get("source", "parties")) if o.get("parties", True) else []
    template = spec.word("signature", "party_label", block)
    labels = [
        template.format_map({"role": "当事人", **p}) for p in (signers if isinstance(signers, list) else [signers])
    ]
    templates = [*o.get("lines", []), o.get("committee", ""), o.get("date", "")]
    return labels + [v for t in templates for v in _values(t, context)]


def _truthy(context: dict[str, Any], name: str) -> bool:
    try:
        return bool(lookup(context, name))
    except FormDataError:
        return False


# pdftotext reads a grid cell by cell but may put a cell whose text sits lower after its neighbours: values in
# grids are checked for presence, the rest also for order.
_GRIDS = ("field_grid", "table", "signature", "lines")


def expected_values(spec: FormSpec, context: dict[str, Any], *, grids: bool = False) -> list[str]:
    """The context values the form shows, in the order its blocks show them (grid blocks only if ``grids``)."""
    return [
        squash(v)
        for block in spec.blocks
        if (block.type in _GRIDS) == grids
        for v in _block_values(spec, block, context)
        if squash(v)
    ]


def assert_in_order(values: list[str], text: str) -> None:
    position = 0
    for value in values:
        found = text.find(value, position)
        assert found >= 0, f"{value!r} missing or out of order after position {position}"
        position = found + len(value)


def test_there_are_forms_and_every_form_has_a_sample() -> None:
    assert "agreement" in FORMS
    missing = [f for f in FORMS if not (paths.forms_dir() / "samples" / f"{f}.json").is_file()]
    assert missing == []


@pytest.mark.parametrize("form_id", FORMS)
def test_sample_renders_with_every_value_in_order_and_fonts_embedded(form_id: str) -> None:
    spec = load_form(form_id)
    context = sample(form_id)
    if spec.per_party:
        context = {**context, "party": context["parties"][0]}
    pdf = render_pdf(spec, context)
    text = squash(pdftotext(pdf))
    values = expected_values(spec, context)
    in_grids = expected_values(spec, context, grids=True)
    assert values or in_grids, "the sample shows no context value"
    assert_in_order(values, text)
    assert [v for v in in_grids if v not in text] == []
    found = fonts(pdf)
    assert found and all(f["emb"] == "yes" for f in found), found
    assert render_pdf(spec, context) == pdf  # invariant: the same bytes again


# Keys naming a list rather than holding a template, and templates filled from each item rather than the context.
_SOURCES = ("source", "if", "other_detail")
_ITEM_TEMPLATES = ("party_label",)
_DEFAULT_SOURCES = {"party_table": "parties", "terms": "terms", "signature": "parties"}


def _template_keys(value: Any) -> set[str]:
    if isinstance(value, str):
        return {name.split(".")[0] for name in fields_of(value)}
    if isinstance(value, list):
        return {key for item in value for key in _template_keys(item)}
    if isinstance(value, dict):
        return {key for name, item in value.items() if name not in _ITEM_TEMPLATES for key in _template_keys(item)}
    return set()


def read_keys(spec: FormSpec) -> set[str]:
    """The top-level context keys a form reads: its templates' fields, the lists its blocks name, the parties of a
    per-party form."""
    keys = {"parties"} if spec.per_party else set()
    for block in spec.blocks:
        keys |= _template_keys(block.options)
        signs = block.type != "signature" or block.options.get("parties", True)
        names = [block.options.get(k) for k in _SOURCES] + [_DEFAULT_SOURCES.get(block.type) if signs else None]
        keys |= {name.split(".")[0] for name in names if isinstance(name, str)}
    return keys


@pytest.mark.parametrize("form_id", FORMS)
def test_a_sample_holds_only_what_its_form_reads(form_id: str) -> None:
    # The samples are the contract for the code that builds a case's context: no ready-made or stale keys.
    assert set(sample(form_id)) - read_keys(load_form(form_id)) == set()


# The values each tick-box block accepts: the contract with the code that builds a case's context.
CHOICES = {
    ("acceptance_register", "sources"): {"application", "proactive"},
    ("diversion_notice", "decisions"): {"accepted", "diverted", "not_accepted"},
    ("diversion_notice", "reasons"): {
        *("police_matter", "labour", "already_handled", "specialised", "legal_aid", "party_refuses", "other"),
    },
    ("not_accepted_notice", "reasons"): {reason.value for reason in NotAcceptedReason},
    ("termination_notice", "reasons"): {
        *("party_withdraws", "no_agreement", "party_absent", "over_time", "other_proceedings", "other"),
    },
    ("visit_record", "performance"): {value.value for value in Performance},
    ("visit_record", "satisfaction"): {value.value for value in Satisfaction},
}


def test_every_tick_box_block_takes_the_agreed_values() -> None:
    found = {
        (form_id, block.options["source"]): {value for value, _label in block.options["options"]}
        for form_id in FORMS
        for block in load_form(form_id).blocks
        if block.type == "tick_boxes"
    }
    assert found == CHOICES
    assert CHOICES[("acceptance_register", "sources")] <= {source.value for source in CaseSource}


_TEXT = st.text(st.characters(codec="utf-8"), min_size=0, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=_TEXT, name=st.text(min_size=1, max_size=40))
def test_any_text_renders_in_full_or_is_refused_clearly(facts: str, name: str) -> None:
    context = sample("agreement")
    context["facts"] = facts
    context["parties"][0]["name"] = name
    try:
        pdf = render_pdf(load_form("agreement"), context)
    except FormDataError as error:
        assert error.code in ("form.bad_text", "form.missing_glyph")
        assert error.params["field"] in ("facts", "name")
        return
    text = squash(pdftotext(pdf, raw=True))
    assert squash(facts) in text
    assert squash(name) in text


_PRINTABLE = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),
    st.sampled_from(list("。，、；：？！“”‘’（）《》【】…—·￥％＆＠＃ \n")),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=st.text(_PRINTABLE, max_size=400), word=st.text(st.sampled_from("abcXYZ0123"), min_size=50, max_size=200))
def test_printable_chinese_latin_and_long_words_always_render(facts: str, word: str) -> None:
    context = sample("agreement")
    context["facts"] = facts + word
    text = squash(pdftotext(render_pdf(load_form("agreement"), context), raw=True))  # a line-final "-" stays
    assert squash(facts + word) in text
