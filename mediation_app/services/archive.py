"""归档: the completeness check against the 卷内目录, and the case file (卷宗) built as one PDF — cover, contents
with the real page numbers, every paper and attachment in order, back cover — with its 卷号 and retention period.

The built file is kept as an attachment of the case (``is_case_file``), so it is in the data dir's backups and
opens again without being rebuilt (``case_file_pdf``); the call also returns its bytes. Pages after the contents
are numbered 1…N in the top right corner (the back cover is page N), as the contents list them. Archiving makes
the case read-only: later changes need an administrator and a reason (services.case_guard).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from mediation_app.domain.agreement_rules import Problem
from mediation_app.domain.case_file import CaseFileItem, missing_from_file, page_label
from mediation_app.domain.vocabulary import AttachmentKind, CaseStatus, CourtDecision, FormCode
from mediation_app.domain.workflow import check_transition
from mediation_app.printing.binding import bind, pdf_page_count
from mediation_app.printing.forms import load_form
from mediation_app.printing.render import render_pdf
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_file_parts import FilePart, file_facts, file_parts
from mediation_app.services.case_guard import check_override
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.form_contexts import RETENTION, FormWording, build_context
from mediation_app.services.print_context import cn_date
from mediation_app.storage import casework as store
from mediation_app.storage import documents as paper_store
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.blobs import get_blob, put_blob
from mediation_app.storage.casework import CaseRecords
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Attachment, Case

RETENTION_PERIODS = ("永久", "长期", "短期", "30年", "10年")
FILE_SERIES = "file"  # the 卷号: （2026）某街人调字第0001号


@dataclass(frozen=True)
class ContentsRow:
    no: int
    name: str
    first_page: int
    last_page: int
    remarks: str

    @property
    def pages(self) -> str:
        return page_label(self.first_page, self.last_page)


@dataclass(frozen=True)
class ArchiveResult:
    case_id: int
    archive_number: str
    retention: str
    pdf: bytes
    sha256: str
    pages: int  # every page of the PDF, cover and contents included
    numbered_pages: int  # pages 1…N after the contents (the back cover is N)
    front_pages: int  # cover + contents, unnumbered
    contents: tuple[ContentsRow, ...]
    attachment_id: int


def _records(session: DbSession, case_id: int, *, contexts: bool = False) -> CaseRecords:
    records = store.case_records(session, case_id, paper_contexts=contexts)
    if records is None:
        raise ServiceError("case.missing", case_id=case_id)
    return records


def _problems(records: CaseRecords) -> list[Problem]:
    facts = file_facts(records)
    if facts.status is CaseStatus.ARCHIVED:  # an administrator rebuilding the file: judged as when it was closed
        facts = replace(facts, status=CaseStatus.CLOSED)
    return missing_from_file(facts)


def check_archive(ctx: ServiceContext, case_id: int) -> list[Problem]:
    """What keeps the case from being archived, in 卷内目录 order (empty: the file may be built). Codes:
    archive.status, archive.missing_item (item), archive.missing_paper (form), archive.unsigned_agreement
    (number), archive.no_followup."""
    with ctx.db.read() as session:
        return missing_from_file(file_facts(_records(session, case_id)))


def contents_rows(parts: list[FilePart]) -> list[ContentsRow]:
    """One 卷内目录 row per run of parts with the same name, with its first and last page (page 1 is the first
    page after the contents); the back cover is the last row."""
    rows: list[ContentsRow] = []
    page = 1
    for part in parts:
        first, last = page, page + part.pages - 1
        page = last + 1
        if rows and rows[-1].name == part.name:
            prev = rows[-1]
            remarks = "、".join(dict.fromkeys(r for r in (prev.remarks, part.remark) if r))
            rows[-1] = ContentsRow(prev.no, prev.name, prev.first_page, last, remarks[:60])
        else:
            rows.append(ContentsRow(len(rows) + 1, part.name, first, last, part.remark[:60]))
    rows.append(ContentsRow(len(rows) + 1, CaseFileItem.BACK_COVER.zh, page, page, ""))
    return rows


@dataclass(frozen=True)
class _Sheet:
    """A cover, contents or back cover as made for the file, registered like any issued paper."""

    code: FormCode
    context: dict[str, Any]
    pdf: bytes


def _sheet(code: FormCode, papers: paper_store.CasePapers, day: date, extra: dict[str, Any]) -> _Sheet:
    spec = load_form(code.value)
    context = {**build_context(code, papers, day, FormWording(performance="")), **extra}
    return _Sheet(code, context, render_pdf(spec, context))


def _register(session: DbSession, ctx: ServiceContext, case: Case, sheet: _Sheet, number: str | None) -> None:
    spec = load_form(sheet.code.value)
    paper_store.keep_form_version(session, spec.sha256, spec.id, spec.text, spec.common_text)
    paper_store.add_issued(
        session,
        case_id=case.id,
        form=sheet.code,
        number=number,
        user_id=ctx.user_id,
        sha256=hashlib.sha256(sheet.pdf).hexdigest(),
        context_json=json.dumps(sheet.context, ensure_ascii=False, sort_keys=True),
        form_sha256=spec.sha256,
    )


def _cover_remarks(records: CaseRecords) -> str:
    confirmed = [a for a in records.agreements if a.court_decision is CourtDecision.CONFIRMED and a.court_decided_on]
    return "；".join(f"已于{cn_date(a.court_decided_on)}经{a.court_name}司法确认" for a in confirmed)


def _sources(session: DbSession, case_id: int) -> tuple[object, ...]:
    """What the parts were made from: a paper or attachment added (or a scan marked) meanwhile is noticed."""
    issued = store.issued_of(session, case_id, with_context=False)
    papers = tuple((d.id, d.signed_original_id) for d in issued if d.form not in _FILE_FORMS)
    return papers, tuple(a.id for a in store.attachments_of(session, case_id) if not a.is_case_file)


_FILE_FORMS = frozenset({FormCode.FILE_COVER, FormCode.FILE_CONTENTS, FormCode.FILE_BACK})


@dataclass(frozen=True)
class _Prepared:
    parts: list[FilePart]
    sources: tuple[object, ...]
    remarks: str
    rebuilding: bool


def _prepare(ctx: ServiceContext, case_id: int) -> _Prepared:
    """Check the file and render its parts in a read transaction: the write lock is held only for the end."""
    with ctx.db.read() as session:
        records = _records(session, case_id, contexts=True)
        if problems := _problems(records):
            raise ServiceError("archive.incomplete", count=len(problems), first=problems[0].code)
        parts = file_parts(session, records)
        rebuilding = records.case.status is CaseStatus.ARCHIVED
        return _Prepared(parts, _sources(session, case_id), _cover_remarks(records), rebuilding)


def build_archive(
    ctx: ServiceContext,
    case_id: int,
    *,
    retention: str = RETENTION,
    filed_by: str = "",
    when: datetime | None = None,
    override_reason: str = "",
) -> ArchiveResult:
    """Build the 卷宗 of a closed (or not accepted) case whose file is complete, give it its 卷号 and mark the
    case archived — all or nothing. ``archive.incomplete`` when something is missing (``check_archive`` lists
    it); an archived case's file is built again only by an administrator with a reason (it keeps its 卷号)."""
    check_arguments(locals(), build_archive)
    if retention not in RETENTION_PERIODS:
        raise ServiceError("archive.retention", field="retention", retention=retention)
    prepared = _prepare(ctx, case_id)
    moment = when or now()
    with ctx.db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        if case.status is CaseStatus.ARCHIVED:
            check_override(session, ctx, case, override_reason)
        else:
            check_transition(case.status, CaseStatus.ARCHIVED)
        if (
            prepared.rebuilding is not (case.status is CaseStatus.ARCHIVED)
            or _sources(session, case_id) != prepared.sources
        ):
            raise ServiceError("record.stale", entity="case")
        signer = filed_by.strip() or store.user_names(session, {ctx.user_id}).get(ctx.user_id or 0, "")
        return _bind(session, ctx, case, prepared, moment, retention, signer)


def _bind(
    session: DbSession,
    ctx: ServiceContext,
    case: Case,
    prepared: _Prepared,
    moment: datetime,
    retention: str,
    filed_by: str,
) -> ArchiveResult:
    day = moment.date()
    office = paper_store.office_of(session, case.office_id)
    number = case.archive_number or paper_store.paper_number(session, office, FILE_SERIES, day, issue=True)
    case.archive_number, case.archive_retention, case.archived_at = number, retention, moment
    papers = paper_store.case_papers(session, case.id)
    assert papers is not None
    rows = contents_rows(prepared.parts)
    items = [{"no": r.no, "name": r.name, "pages": r.pages, "remarks": r.remarks} for r in rows]
    common = {"file_number": number, "filed_by": filed_by, "filed_date": cn_date(day)}
    cover = _sheet(FormCode.FILE_COVER, papers, day, {**common, "retention": retention, "remarks": prepared.remarks})
    contents = _sheet(FormCode.FILE_CONTENTS, papers, day, {**common, "items": items})
    back = _sheet(FormCode.FILE_BACK, papers, day, {**common, "pages": str(rows[-1].last_page), "exhibits": "0"})
    for sheet in (cover, contents, back):
        _register(session, ctx, case, sheet, number if sheet.code is FormCode.FILE_COVER else None)
    front = pdf_page_count(cover.pdf) + pdf_page_count(contents.pdf)
    pdf = bind([cover.pdf, contents.pdf, *(p.pdf for p in prepared.parts), back.pdf], numbered_from=front)
    attachment = _keep_file(session, ctx, case, pdf, number)
    case.status = CaseStatus.ARCHIVED
    sha256 = attachment.sha256
    record_event(
        session,
        user_id=ctx.user_id,
        action="rebuild_file" if prepared.rebuilding else "archive",
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        after={"archive_number": number, "retention": retention, "pages": rows[-1].last_page, "sha256": sha256},
    )
    total = front + rows[-1].last_page
    return ArchiveResult(
        case.id, number, retention, pdf, sha256, total, rows[-1].last_page, front, tuple(rows), attachment.id
    )


def _keep_file(session: DbSession, ctx: ServiceContext, case: Case, pdf: bytes, number: str) -> Attachment:
    sha256 = put_blob(session, pdf)
    row = Attachment(
        case_id=case.id,
        kind=AttachmentKind.OTHER,
        filename=f"卷宗{number}.pdf",
        mime_type="application/pdf",
        size=len(pdf),
        sha256=sha256,
        added_by_id=ctx.user_id,
        note="归档卷宗",
        is_case_file=True,
    )
    session.add(row)
    session.flush()
    return row


def case_file_pdf(ctx: ServiceContext, case_id: int) -> bytes:
    """The bound 卷宗 as built when the case was archived (checked against its checksum)."""
    with ctx.db.read() as session:
        row = store.case_file_attachment(session, case_id)
        if row is None:
            raise ServiceError("archive.not_built", case_id=case_id)
        return get_blob(session, row.sha256)
