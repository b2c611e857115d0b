"""Printing a form for a stored case: the context comes from the case, the paper is registered with its hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import parse_number
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.documents import list_forms, print_case_form, render_sample
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.storage.models import Agreement, AuditEvent, Case, IssuedDocument
from tests.printing.pdf_tools import pdftotext, squash


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
    printed = print_case_form(ctx, "agreement", case.number or "", today=date(2026, 11, 21))
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
    assert parse_number(agreement.number or "").prefix == "某街调协字"


def test_reprint_gives_the_same_bytes_and_a_second_record(ctx: ServiceContext) -> None:
    case, _ = _case_with_agreement(ctx)
    first = print_case_form(ctx, "agreement", case.number or "", today=date(2026, 11, 21))
    second = print_case_form(ctx, "agreement", case.number or "", today=date(2026, 11, 21))
    assert first.pdf == second.pdf and first.document_id != second.document_id


@pytest.mark.parametrize(
    ("form", "case", "code"),
    [
        ("agreement", "（2026）某街联调字第9999号", "print.unknown_case"),
        ("no_such_form", None, "print.unknown_form"),
    ],
)
def test_unknown_case_or_form_is_refused(ctx: ServiceContext, form: str, case: str | None, code: str) -> None:
    with pytest.raises(DomainError) as info:
        print_case_form(ctx, form, case or "x")
    assert info.value.code == code


def test_a_case_without_agreement_cannot_print_one(ctx: ServiceContext) -> None:
    ref = register_and_accept_case(
        ctx,
        IntakeInput(
            Channel.WALK_IN, DisputeType.MARRIAGE_FAMILY, "家庭矛盾", (PartyInput("周昇", PartyRole.APPLICANT),)
        ),
    )
    with pytest.raises(DomainError) as info:
        print_case_form(ctx, "agreement", ref.number or "")
    assert info.value.code == "print.no_agreement"
    with ctx.db.read() as session:
        assert session.query(IssuedDocument).count() == 0


def test_every_listed_form_has_a_title_and_a_renderable_sample() -> None:
    forms = list_forms()
    assert forms and all(f.title for f in forms)
    for form in forms:
        assert render_sample(form.form_id).startswith(b"%PDF")
