"""What goes into a case file, in 卷内目录 order: every issued paper (its signed original if one is attached, else
the paper reproduced byte for byte) and every attachment, each as PDF pages; and the facts the completeness
check reads. Papers printed several times are bound once (the signed printing, else the latest)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache

from mediation_app.domain.case_file import (
    FILE_ORDER,
    FORM_ITEMS,
    FORM_RANK,
    NAMED_PAPERS,
    CaseFileItem,
    FileFacts,
    item_of_attachment,
)
from mediation_app.domain.vocabulary import AgreementKind, FormCode
from mediation_app.printing.binding import image_pdf, pdf_page_count
from mediation_app.printing.forms import FormSpec, parse_form_texts
from mediation_app.printing.render import render_pdf
from mediation_app.services.attachments import PDF
from mediation_app.services.context import ServiceError
from mediation_app.storage import documents as paper_store
from mediation_app.storage.blobs import get_blob
from mediation_app.storage.casework import CaseRecords
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Attachment, IssuedDocument

FILE_FORMS = frozenset({FormCode.FILE_COVER, FormCode.FILE_CONTENTS, FormCode.FILE_BACK})


@dataclass(frozen=True)
class FilePart:
    """One paper or attachment as bound: its 卷内目录 item and row name, a remark, and its pages."""

    item: CaseFileItem
    name: str
    remark: str
    pdf: bytes
    pages: int
    source: str  # "document:<id>" or "attachment:<id>", to check nothing changed before the file is made


def _key(document: IssuedDocument) -> tuple[object, ...]:
    """What makes two printings the same paper: form, number, the party a copy is for, and the session or
    visit it records (the 调解记录 of the first and of the second session are two papers)."""
    context = json.loads(document.context_json)
    party = context.get("party")
    who = str(party.get("name", "")) if isinstance(party, dict) else ""
    when = tuple(str(context.get(key, "")) for key in ("session", "time", "session_time"))
    return document.form, document.number or "", who, when


def bound_papers(issued: list[IssuedDocument]) -> list[IssuedDocument]:
    """One printing per paper (form, number, party): the one with a signed original, else the latest."""
    chosen: dict[tuple[object, ...], IssuedDocument] = {}
    for document in issued:  # oldest first
        if document.form in FILE_FORMS or document.form not in FORM_ITEMS:
            continue
        key = _key(document)
        kept = chosen.get(key)
        if kept is None or document.signed_original_id is not None or kept.signed_original_id is None:
            chosen[key] = document
    return sorted(chosen.values(), key=lambda d: (FORM_RANK[d.form], d.issued_at, d.id))


def file_facts(records: CaseRecords) -> FileFacts:
    issued = [d for d in records.issued if d.form not in FILE_FORMS]
    attachments = [a for a in records.attachments if not a.is_case_file]
    present = {NAMED_PAPERS[d.form] for d in issued if d.form in NAMED_PAPERS}
    present |= {item_of_attachment(a.kind, a.file_item) for a in attachments}
    signed = {d.number for d in issued if d.form is FormCode.AGREEMENT and d.signed_original_id and d.number}
    written = [a for a in records.agreements if a.kind is AgreementKind.WRITTEN and a.effective_on is not None]
    return FileFacts(
        status=records.case.status,
        outcome=records.case.outcome,
        present=frozenset(present),
        papers=frozenset(d.form for d in issued),
        written_agreements=tuple(a.number or "" for a in written),
        signed_agreements=frozenset(signed),
        oral_agreement=any(a.kind is AgreementKind.ORAL for a in records.agreements),
        visits=len(records.visits),
    )


@cache
def _spec(form_text: str, common_text: str, form_id: str) -> FormSpec:
    return parse_form_texts(form_text, common_text, f"{form_id}.toml")


def reproduce(session: DbSession, document: IssuedDocument) -> bytes:
    """The issued paper's exact bytes again, from its stored context and form text (refused if they differ)."""
    version = paper_store.form_version(session, document.form_sha256)
    if version is None:
        raise ServiceError("print.not_reproducible", document=document.id)
    pdf = render_pdf(_spec(version.form_text, version.common_text, version.form_id), json.loads(document.context_json))
    if hashlib.sha256(pdf).hexdigest() != document.sha256:
        raise ServiceError("print.not_reproducible", document=document.id)
    return pdf


def attachment_pdf(session: DbSession, attachment: Attachment) -> bytes:
    data = get_blob(session, attachment.sha256)
    return data if attachment.mime_type == PDF else image_pdf(data)


def _paper_part(
    session: DbSession, document: IssuedDocument, originals: dict[int, Attachment], case_number: str | None
) -> FilePart:
    scan = originals.get(document.signed_original_id) if document.signed_original_id else None
    pdf = attachment_pdf(session, scan) if scan is not None else reproduce(session, document)
    own_number = document.number if document.number != case_number else None  # 协议书、告知书 have their own
    remark = " ".join(filter(None, (own_number, "签字原件" if scan is not None else "")))
    item, source = FORM_ITEMS[document.form], f"document:{document.id}"
    return FilePart(item, document.form.zh, remark, pdf, pdf_page_count(pdf), source)


def _attachment_part(session: DbSession, attachment: Attachment, item: CaseFileItem) -> FilePart:
    pdf = attachment_pdf(session, attachment)
    return FilePart(item, item.zh, attachment.note, pdf, pdf_page_count(pdf), f"attachment:{attachment.id}")


def file_parts(session: DbSession, records: CaseRecords) -> list[FilePart]:
    """Every part of the file between the contents and the back cover, in binding order."""
    attachments = {a.id: a for a in records.attachments if not a.is_case_file}
    papers = bound_papers(records.issued)
    used = {d.signed_original_id for d in papers if d.signed_original_id is not None}
    # A scan marked as the original of a printing not bound (a superseded one) goes with that paper's item.
    paper_items = {d.signed_original_id: FORM_ITEMS[d.form] for d in records.issued if d.form in FORM_ITEMS}
    parts: dict[CaseFileItem, list[FilePart]] = {item: [] for item in FILE_ORDER}
    for document in papers:
        parts[FORM_ITEMS[document.form]].append(_paper_part(session, document, attachments, records.case.number))
    for attachment in attachments.values():
        if attachment.id not in used:
            item = attachment.file_item or paper_items.get(attachment.id) or item_of_attachment(attachment.kind, None)
            parts[item].append(_attachment_part(session, attachment, item))
    return [part for item in FILE_ORDER for part in parts[item]]
