"""Printing a form for a case: build its context, render it, and register the issued paper with its hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from mediation_app import paths
from mediation_app.domain.vocabulary import FormCode
from mediation_app.printing.forms import form_ids, load_form
from mediation_app.printing.render import render_pdf
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.print_context import agreement_context, case_context
from mediation_app.storage import documents as store
from mediation_app.storage.audit import record_event


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    title: str
    per_party: bool


@dataclass(frozen=True)
class PrintedForm:
    form_id: str
    pdf: bytes
    sha256: str
    number: str | None
    document_id: int | None


def list_forms() -> list[FormInfo]:
    return [FormInfo(f, (spec := load_form(f)).title, spec.per_party) for f in form_ids()]


def sample_context(form_id: str) -> dict[str, Any]:
    path = paths.forms_dir() / "samples" / f"{form_id}.json"
    if not path.is_file():
        raise ServiceError("print.no_sample", form=form_id)
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def render_sample(form_id: str) -> bytes:
    _form_code(form_id)  # an unknown form is refused by name before any file is read
    spec = load_form(form_id)
    context = sample_context(form_id)
    if spec.per_party:
        context = {**context, "party": context["parties"][0]}
    return render_pdf(spec, context)


def _form_code(form_id: str) -> FormCode:
    code = next((member for member in FormCode if member.value == form_id), None)
    if code is None:
        raise ServiceError("print.unknown_form", form=form_id)
    return code


def _choose_party(context: dict[str, Any], party: int | None, per_party: bool) -> dict[str, Any]:
    if not per_party or party is None:
        return context  # a per-party form without a party prints one copy for each party
    parties = context["parties"]
    index = party
    if not 1 <= index <= len(parties):
        raise ServiceError("print.no_party", party=index, parties=len(parties))
    return {**context, "party": parties[index - 1]}


def print_case_form(
    ctx: ServiceContext, form_id: str, case_number: str, *, party: int | None = None, today: date | None = None
) -> PrintedForm:
    """Render ``form_id`` for the case and register it (who, when, number, hash, context) in one transaction."""
    code = _form_code(form_id)
    spec = load_form(form_id)
    with ctx.db.write() as session:
        case = store.case_by_number(session, case_number)
        if case is None:
            raise ServiceError("print.unknown_case", case=case_number)
        context = case_context(case, store.office_of(session, ctx.office_id), today or date.today())
        if code is FormCode.AGREEMENT:
            agreement = store.written_agreement(session, case.id)
            if agreement is None:
                raise ServiceError("print.no_agreement", case=case_number)
            context = agreement_context(context, agreement, spec.word("agreement", "performance"))
        context = _choose_party(context, party, spec.per_party)
        pdf = render_pdf(spec, context)
        digest = hashlib.sha256(pdf).hexdigest()
        document = store.add_issued(
            session,
            case_id=case.id,
            form=code,
            number=context.get("number") or None,
            user_id=ctx.user_id,
            sha256=digest,
            form_sha256=spec.sha256,
            context_json=json.dumps(context, ensure_ascii=False, sort_keys=True),
        )
        record_event(
            session,
            user_id=ctx.user_id,
            action="print",
            entity="issued_document",
            entity_id=document.id,
            case_id=case.id,
            after={"form": form_id, "sha256": digest},
        )
        return PrintedForm(form_id, pdf, digest, document.number, document.id)
