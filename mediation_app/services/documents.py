"""Printing a case's papers: preview, issue (number + register + hash), list what was issued, reproduce it exactly."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mediation_app import paths
from mediation_app.domain.vocabulary import AgreementKind, FormCode
from mediation_app.printing.forms import FormSpec, form_ids, load_form, parse_form_texts
from mediation_app.printing.render import render_pdf
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.form_contexts import BUILDERS, OFFICE_FORMS, FormWording, build_context
from mediation_app.storage import documents as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Agreement, Referral

# The field a numbered form prints its own number in (the others print it as "number").
NUMBER_FIELD = {FormCode.FILE_COVER: "file_number"}


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    title: str
    per_party: bool


@dataclass(frozen=True)
class CaseForm:
    """A form as offered for one case: whether it can print now, and if not, why."""

    form_id: str
    title: str
    per_party: bool
    parties: list[str]
    problem: ServiceError | None


@dataclass(frozen=True)
class PrintedForm:
    form_id: str
    pdf: bytes
    sha256: str
    number: str | None
    document_id: int | None  # None for a preview: nothing was issued
    provisional: bool = False  # the number shown is only the next free one; the paper gets its own when issued


@dataclass(frozen=True)
class IssuedInfo:
    document_id: int
    form_id: str
    title: str
    number: str | None
    issued_at: datetime
    issued_by: str
    sha256: str


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


def _case_form_code(form_id: str) -> FormCode:
    code = _form_code(form_id)
    if code in OFFICE_FORMS:
        raise ServiceError("print.not_case_form", form=form_id)
    return code


def find_case(ctx: ServiceContext, case_number: str) -> int:
    """The id of the case with this number (the command line names cases by number)."""
    with ctx.db.read() as session:
        case = store.case_by_number(session, case_number.strip())
        if case is None:
            raise ServiceError("print.unknown_case", case=case_number)
        return case.id


def _papers(session: DbSession, case_id: int) -> store.CasePapers:
    papers = store.case_papers(session, case_id)
    if papers is None:
        raise ServiceError("print.unknown_case", case=str(case_id))
    return papers


def _choose_party(context: dict[str, Any], party: int | None, per_party: bool) -> dict[str, Any]:
    if not per_party or party is None:
        return context  # a per-party form without a party prints one copy for each party
    parties = context["parties"]
    if not 1 <= party <= len(parties):
        raise ServiceError("print.no_party", party=party, parties=len(parties))
    return {**context, "party": parties[party - 1]}


def forms_for_case(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> list[CaseForm]:
    """Every case form with whether this case can print it now (the problem names what is missing)."""
    out: list[CaseForm] = []
    with ctx.db.read() as session:
        papers = _papers(session, case_id)
        parties = [link.party.name for link in papers.case.parties]
        for code in BUILDERS:
            spec = load_form(code.value)
            problem: ServiceError | None = None
            try:
                build_context(code, papers, today or date.today(), _wording(spec))
            except ServiceError as error:
                problem = error
            out.append(CaseForm(code.value, spec.title, spec.per_party, parties if spec.per_party else [], problem))
    return out


def _wording(spec: FormSpec) -> FormWording:
    return FormWording(performance=spec.word("agreement", "performance"))


def _existing_number(papers: store.CasePapers, code: FormCode) -> str | None:
    """A paper keeps the number it was first issued with, however often it is printed again."""
    if code is FormCode.AGREEMENT:
        written = _latest_written(papers)
        return written.number if written is not None else None
    if code is FormCode.ENTRUST_LETTER:
        referral = _latest_outside(papers)
        return referral.letter_number if referral is not None else None
    if code is FormCode.FILE_COVER:
        return papers.case.archive_number
    earlier = [d.number for d in papers.issued if d.form is code and d.number]
    return earlier[-1] if earlier else None


def _latest_written(papers: store.CasePapers) -> Agreement | None:
    written = [a for a in papers.agreements if a.kind is AgreementKind.WRITTEN]
    return written[-1] if written else None


def _latest_outside(papers: store.CasePapers) -> Referral | None:
    return next((r for r in reversed(papers.referrals) if r.body_id is not None), None)


def _keep_number(papers: store.CasePapers, code: FormCode, number: str) -> None:
    """Write a newly issued number onto the record it belongs to (agreement, letter, file)."""
    if code is FormCode.AGREEMENT and (written := _latest_written(papers)) is not None:
        written.number = number
    elif code is FormCode.ENTRUST_LETTER and (referral := _latest_outside(papers)) is not None:
        referral.letter_number = number
    elif code is FormCode.FILE_COVER:
        papers.case.archive_number = number


def _number(
    session: DbSession, papers: store.CasePapers, code: FormCode, spec: FormSpec, day: date, *, issue: bool
) -> str | None:
    if spec.series is None:
        return None
    if existing := _existing_number(papers, code):
        return existing
    number = store.paper_number(session, papers.office, spec.series, day, issue=issue)
    if issue:
        _keep_number(papers, code, number)
    return number


@dataclass(frozen=True)
class _Rendered:
    code: FormCode
    spec: FormSpec
    papers: store.CasePapers
    context: dict[str, Any]
    pdf: bytes
    new_number: bool  # a number of the series taken (issued) or looked at (preview) for this printing

    @property
    def number(self) -> str | None:
        return str(self.context.get(NUMBER_FIELD.get(self.code, "number")) or "") or None


def _render(session: DbSession, form_id: str, case_id: int, party: int | None, today: date, issue: bool) -> _Rendered:
    code = _case_form_code(form_id)
    spec = load_form(form_id)
    papers = _papers(session, case_id)
    context = build_context(code, papers, today, _wording(spec))
    existing = _existing_number(papers, code) if spec.series else None
    number = _number(session, papers, code, spec, today, issue=issue)
    if number is not None:
        context[NUMBER_FIELD.get(code, "number")] = number
    context = _choose_party(context, party, spec.per_party)
    return _Rendered(code, spec, papers, context, render_pdf(spec, context), number is not None and not existing)


def preview_case_form(
    ctx: ServiceContext, form_id: str, case_id: int, *, party: int | None = None, today: date | None = None
) -> PrintedForm:
    """The paper as it would print; nothing is written (a new number shown is the next free one)."""
    with ctx.db.read() as session:
        paper = _render(session, form_id, case_id, party, today or date.today(), issue=False)
        digest = hashlib.sha256(paper.pdf).hexdigest()
        return PrintedForm(form_id, paper.pdf, digest, paper.number, None, provisional=paper.new_number)


def issue_case_form(
    ctx: ServiceContext, form_id: str, case_id: int, *, party: int | None = None, today: date | None = None
) -> PrintedForm:
    """Render the paper, give it its number and register it (who, when, hash, context, form text) in one
    transaction: a failure leaves neither a number used nor a paper registered."""
    check_arguments(locals(), issue_case_form)
    with ctx.db.write() as session:
        paper = _render(session, form_id, case_id, party, today or date.today(), issue=True)
        spec = paper.spec
        digest = hashlib.sha256(paper.pdf).hexdigest()
        store.keep_form_version(session, spec.sha256, spec.id, spec.text, spec.common_text)
        document = store.add_issued(
            session,
            case_id=paper.papers.case.id,
            form=paper.code,
            number=paper.number,
            user_id=ctx.user_id,
            sha256=digest,
            form_sha256=spec.sha256,
            context_json=json.dumps(paper.context, ensure_ascii=False, sort_keys=True),
        )
        record_event(
            session,
            user_id=ctx.user_id,
            action="print",
            entity="issued_document",
            entity_id=document.id,
            case_id=paper.papers.case.id,
            after={"form": form_id, "number": document.number, "sha256": digest},
        )
        return PrintedForm(form_id, paper.pdf, digest, document.number, document.id)


def issued_documents(ctx: ServiceContext, case_id: int) -> list[IssuedInfo]:
    """The case's issued papers, newest first."""
    with ctx.db.read() as session:
        papers = _papers(session, case_id)
        return [
            IssuedInfo(
                document_id=d.id,
                form_id=d.form.value,
                title=d.form.zh,
                number=d.number,
                issued_at=d.issued_at,
                issued_by=papers.users.get(d.issued_by_id, "") if d.issued_by_id is not None else "",
                sha256=d.sha256,
            )
            for d in reversed(papers.issued)
        ]


def reproduce_issued(ctx: ServiceContext, document_id: int) -> PrintedForm:
    """The exact bytes of an issued paper, rendered again from its stored context and form text; refused
    (print.not_reproducible) if the result would differ, e.g. after the program's fonts changed."""
    with ctx.db.read() as session:
        document = store.issued_document(session, document_id)
        if document is None:
            raise ServiceError("print.unknown_document", document=document_id)
        version = store.form_version(session, document.form_sha256)
        if version is None:
            raise ServiceError("print.not_reproducible", document=document_id)
        spec = parse_form_texts(version.form_text, version.common_text, f"{version.form_id}.toml")
        pdf = render_pdf(spec, json.loads(document.context_json))
        if hashlib.sha256(pdf).hexdigest() != document.sha256:
            raise ServiceError("print.not_reproducible", document=document_id)
        return PrintedForm(document.form.value, pdf, document.sha256, document.number, document.id)
