"""Printing a stored case's papers: context from the case, numbers per series, the issued register, reproduction."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import parse_number
from mediation_app.domain.vocabulary import Channel, DisputeType, FormCode, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.documents import (
    find_case,
    forms_for_case,
    issue_case_form,
    issued_documents,
    list_forms,
    preview_case_form,
    render_sample,
    reproduce_issued,
    sample_context,
)
from mediation_app.services.form_contexts import BUILDERS, OFFICE_FORMS, FormWording, build_context
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.storage import documents as store
from mediation_app.storage.models import Agreement, AuditEvent, Case, FormVersion, IssuedDocument, Setting
from tests.printing.pdf_tools import pdftotext, squash
from tests.services.full_case import make_full_case, make_not_accepted_case

TODAY = date(2026, 11, 21)


def _case_with_agreement(ctx: ServiceContext) -> tuple[Case, Agreement]:
    generate_demo(ctx, 60, seed=2, today=date(2026, 11, 1))
    with ctx.db.read() as session:
        agreement = session.query(Agreement).filter(Agreement.kind == "written").first()
        assert agreement is not None
        case = session.get(Case, agreement.case_id)
        assert case is not None
        _ = [link.party.name for link in case.parties], [t.text for t in agreement.terms]
        return case, agreement


def test_agreement_prints_from_the_case_and_is_registered(ctx: ServiceContext) -> None:
    case, agreement = _case_with_agreement(ctx)
    printed = issue_case_form(ctx, "agreement", case.id, today=TODAY)
    text = squash(pdftotext(printed.pdf))
    assert squash(agreement.number or "") in text
    for link in case.parties:
        assert link.party.name in text
    for term in agreement.terms:
        assert squash(term.text) in text
    assert f"本协议一式{len(case.parties) + 1}份" in text
    assert printed.sha256 == hashlib.sha256(printed.pdf).hexdigest()
    with ctx.db.read() as session:
        document = session.get(IssuedDocument, printed.document_id)
        assert document is not None and document.sha256 == printed.sha256 and document.case_id == case.id
        assert json.loads(document.context_json)["number"] == agreement.number
        assert session.query(AuditEvent).filter(AuditEvent.action == "print").count() == 1
        assert session.get(FormVersion, document.form_sha256) is not None
    assert parse_number(agreement.number or "").prefix == "某街调协字"


def test_printing_again_gives_the_same_bytes_and_a_second_record(ctx: ServiceContext) -> None:
    case, _ = _case_with_agreement(ctx)
    first = issue_case_form(ctx, "agreement", case.id, today=TODAY)
    second = issue_case_form(ctx, "agreement", case.id, today=TODAY)
    assert first.pdf == second.pdf and first.document_id != second.document_id


def test_every_case_form_prints_from_a_full_case(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    offered = forms_for_case(ctx, full.case_id, today=TODAY)
    assert {f.form_id for f in offered} == {c.value for c in BUILDERS}
    # A case either was refused or went on; the refusal notice is printed from a refused case (below).
    assert [f.form_id for f in offered if f.problem is not None] == ["not_accepted_notice"]
    shown: set[str] = set()
    for form in (f for f in offered if f.problem is None):
        text = squash(pdftotext(issue_case_form(ctx, form.form_id, full.case_id, today=TODAY).pdf))
        assert "王堃" in text or form.form_id.startswith("file_"), form.form_id
        shown |= {value for value in full.values if squash(value) in text}
    assert shown == set(full.values)


def test_a_refused_case_prints_its_notice_and_no_mediation_papers(ctx: ServiceContext) -> None:
    refused = make_not_accepted_case(ctx)
    offered = {f.form_id: f.problem for f in forms_for_case(ctx, refused.case_id, today=TODAY)}
    assert offered["not_accepted_notice"] is None and offered["diversion_notice"] is None
    assert offered["agreement"] is not None and offered["mediation_record"] is not None
    printed = issue_case_form(ctx, "not_accepted_notice", refused.case_id, today=TODAY)
    text = squash(pdftotext(printed.pdf))
    assert all(squash(value) in text for value in refused.values)
    assert printed.number == "（2026）某街不受字第0001号"


@pytest.mark.parametrize("code", sorted(BUILDERS, key=str))
def test_a_case_context_gives_every_field_the_sample_gives(ctx: ServiceContext, code: FormCode) -> None:
    """The sample contexts are the contract between the form files and the database."""
    full = make_not_accepted_case(ctx) if code is FormCode.NOT_ACCEPTED_NOTICE else make_full_case(ctx)
    spec_wording = FormWording(performance="{manner}|，{place}|，于{deadline}前履行完毕|。")
    with ctx.db.read() as session:
        papers = store.case_papers(session, full.case_id)
        assert papers is not None
        context = build_context(code, papers, TODAY, spec_wording)
    sample = sample_context(code.value)
    missing = set(sample) - set(context) - {"party"}  # "party" is chosen per copy of a per-party form
    assert not missing, f"{code.value}: the case context lacks {sorted(missing)}"


def test_papers_are_numbered_in_their_own_series_and_keep_their_number(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    expected = {
        "agreement": "某街调协字",
        "diversion_notice": "某街分字",
        "entrust_letter": "某街委调字",
        "termination_notice": "某街终调字",
        "file_cover": "某街人调字",
    }
    numbers = {}
    for form_id, prefix in expected.items():
        preview = preview_case_form(ctx, form_id, full.case_id, today=TODAY)
        issued = issue_case_form(ctx, form_id, full.case_id, today=TODAY)
        assert preview.number == issued.number, form_id  # nobody else took the number in between
        assert issued.number is not None and parse_number(issued.number).prefix == prefix
        assert parse_number(issued.number).seq == 1
        numbers[form_id] = issued.number
        assert squash(issued.number) in squash(pdftotext(issued.pdf))
    again = {form_id: issue_case_form(ctx, form_id, full.case_id, today=TODAY).number for form_id in expected}
    assert again == numbers
    with ctx.db.read() as session:
        case = session.get(Case, full.case_id)
        assert case is not None and case.archive_number == numbers["file_cover"]


def test_an_office_may_set_its_own_prefix_for_a_series(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    with ctx.db.write() as session:
        session.add(Setting(office_id=ctx.office_id, key="series_prefix.diversion", value="东风分流字"))
    number = issue_case_form(ctx, "diversion_notice", full.case_id, today=TODAY).number
    assert number == "（2026）东风分流字第0001号"


def test_a_preview_writes_nothing(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    preview_case_form(ctx, "diversion_notice", full.case_id, today=TODAY)
    with ctx.db.read() as session:
        assert session.query(IssuedDocument).count() == 0
        office = store.office_of(session, ctx.office_id)
        assert store.paper_number(session, office, "diversion", TODAY, issue=False) == "（2026）某街分字第0001号"
    assert issue_case_form(ctx, "diversion_notice", full.case_id, today=TODAY).number == "（2026）某街分字第0001号"


def test_issued_papers_are_listed_and_reproduced_exactly(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    first = issue_case_form(ctx, "session_notice", full.case_id, party=2, today=TODAY)
    second = issue_case_form(ctx, "agreement", full.case_id, today=TODAY)
    listed = issued_documents(ctx, full.case_id)
    assert [p.document_id for p in listed] == [second.document_id, first.document_id]
    assert listed[0].title == "人民调解协议书" and listed[0].number == second.number
    for printed in (first, second):
        assert printed.document_id is not None
        again = reproduce_issued(ctx, printed.document_id)
        assert again.pdf == printed.pdf and again.number == printed.number


def test_reproduction_uses_the_form_text_of_the_day(ctx: ServiceContext) -> None:
    """After the office edits a form, an earlier paper still comes back as it was printed."""
    full = make_full_case(ctx)
    printed = issue_case_form(ctx, "rights_notice", full.case_id, today=TODAY)
    assert printed.document_id is not None
    with ctx.db.write() as session:
        document = session.get(IssuedDocument, printed.document_id)
        assert document is not None
        version = session.get(FormVersion, document.form_sha256)
        assert version is not None and "当事人权利义务告知书" in version.form_text
    assert reproduce_issued(ctx, printed.document_id).pdf == printed.pdf


def test_a_paper_that_cannot_come_back_identical_is_refused(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    printed = issue_case_form(ctx, "rights_notice", full.case_id, today=TODAY)
    with ctx.db.write() as session:
        document = session.get(IssuedDocument, printed.document_id)
        assert document is not None
        document.sha256 = "0" * 64  # as if the fonts had changed since
    with pytest.raises(DomainError) as info:
        reproduce_issued(ctx, printed.document_id or 0)
    assert info.value.code == "print.not_reproducible"


@pytest.mark.parametrize(
    ("form", "code"),
    [("no_such_form", "print.unknown_form"), ("ledger", "print.not_case_form")],
)
def test_unknown_or_office_forms_are_refused(ctx: ServiceContext, form: str, code: str) -> None:
    full = make_full_case(ctx)
    with pytest.raises(DomainError) as info:
        issue_case_form(ctx, form, full.case_id)
    assert info.value.code == code


def test_unknown_case_number_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as info:
        find_case(ctx, "（2026）某街联调字第9999号")
    assert info.value.code == "print.unknown_case"


def test_a_new_case_offers_only_what_it_has_and_issues_nothing_it_cannot(ctx: ServiceContext) -> None:
    ref = register_and_accept_case(
        ctx,
        IntakeInput(
            Channel.WALK_IN, DisputeType.MARRIAGE_FAMILY, "家庭矛盾", (PartyInput("周昇", PartyRole.APPLICANT),)
        ),
    )
    offered = {f.form_id: f.problem for f in forms_for_case(ctx, ref.case_id)}
    assert offered["application"] is None and offered["rights_notice"] is None
    problem = offered["agreement"]
    assert problem is not None and problem.code == "print.needs" and problem.params["what"] == "written_agreement"
    with pytest.raises(DomainError) as info:
        issue_case_form(ctx, "agreement", ref.case_id)
    assert info.value.code == "print.needs"
    with ctx.db.read() as session:
        assert session.query(IssuedDocument).count() == 0
        office = store.office_of(session, ctx.office_id)
        assert store.paper_number(session, office, "agreement", TODAY, issue=False) == "（2026）某街调协字第0001号"


def test_office_forms_are_not_offered_for_a_case() -> None:
    assert not OFFICE_FORMS & set(BUILDERS)
    assert {f.form_id for f in list_forms()} == {c.value for c in BUILDERS} | {c.value for c in OFFICE_FORMS}


def test_every_listed_form_has_a_title_and_a_renderable_sample() -> None:
    forms = list_forms()
    assert forms and all(f.title for f in forms)
    for form in forms:
        assert render_sample(form.form_id).startswith(b"%PDF")


def test_a_preview_says_whether_its_number_is_only_provisional(ctx: ServiceContext) -> None:
    full = make_full_case(ctx)
    assert preview_case_form(ctx, "diversion_notice", full.case_id, today=TODAY).provisional
    assert not preview_case_form(ctx, "application", full.case_id, today=TODAY).provisional  # the case's own number
    issue_case_form(ctx, "diversion_notice", full.case_id, today=TODAY)
    assert not preview_case_form(ctx, "diversion_notice", full.case_id, today=TODAY).provisional  # kept from then
