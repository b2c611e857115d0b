"""Attachments: scans of signed originals, ID copies, evidence and receipts (PDF, JPEG, PNG), kept with the case
under the data dir by their SHA-256 (so backups of that folder carry them), and checked whenever read.

The type is decided by the file's first bytes, never by its name; a file that cannot be bound into the case file
(damaged, encrypted PDF) is refused when it is added, not when the file is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mediation_app.domain.case_file import CaseFileItem, item_of_attachment
from mediation_app.domain.vocabulary import AttachmentKind, FormCode
from mediation_app.printing.binding import BindingError, image_size, pdf_page_count
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.blobs import get_blob, put_blob
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Attachment, IssuedDocument

MAX_ATTACHMENT_BYTES = 30 * 1024 * 1024  # a many-page scan at 300 dpi fits; a video does not
PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
_MAGIC = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))


@dataclass(frozen=True)
class AttachmentInfo:
    attachment_id: int
    case_id: int
    kind: AttachmentKind
    filename: str
    mime_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str
    note: str
    file_item: CaseFileItem  # where the case file binds it
    original_of: tuple[int, ...]  # the issued papers this is the signed original of


def sniff_type(head: bytes) -> str | None:
    """The MIME type the first bytes say (PDF, JPEG or PNG), or None."""
    return next((mime for magic, mime in _MAGIC if head.startswith(magic)), None)


def _check_content(data: bytes, filename: str) -> str:
    if not data:
        raise ServiceError("attachment.empty", filename=filename)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ServiceError("attachment.too_large", filename=filename, size=len(data), limit=MAX_ATTACHMENT_BYTES)
    mime = sniff_type(data[:16])
    if mime is None:
        raise ServiceError("attachment.type", filename=filename)
    try:
        pdf_page_count(data) if mime == PDF else image_size(data)
    except BindingError as exc:
        raise ServiceError("attachment.unreadable", filename=filename, reason=exc.params.get("reason", "")) from exc
    return mime


def add_attachment(
    ctx: ServiceContext,
    case_id: int,
    data: bytes,
    filename: str,
    kind: AttachmentKind,
    *,
    note: str = "",
    file_item: CaseFileItem | None = None,
    override_reason: str = "",
) -> AttachmentInfo:
    """Keep a file with the case. The same content twice on one case is refused (``attachment.duplicate``)."""
    check_arguments(locals(), add_attachment)
    name = Path(filename).name.strip() or "attachment"
    mime = _check_content(data, name)
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        sha256 = put_blob(session, data)  # the bytes and the row that names them commit together
        twin = next((a for a in store.attachments_of(session, case_id) if a.sha256 == sha256), None)
        if twin is not None:
            raise ServiceError("attachment.duplicate", filename=name, existing=twin.filename, attachment_id=twin.id)
        row = Attachment(
            case_id=case_id,
            kind=kind,
            filename=name[:255],
            mime_type=mime,
            size=len(data),
            sha256=sha256,
            added_by_id=ctx.user_id,
            note=note.strip(),
            file_item=file_item,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="attach",
            entity="attachment",
            entity_id=row.id,
            case_id=case_id,
            after={"kind": kind.value, "filename": row.filename, "sha256": sha256, "size": row.size},
        )
        return _info(row, {}, [])


def add_attachment_file(
    ctx: ServiceContext,
    case_id: int,
    path: Path,
    kind: AttachmentKind,
    *,
    note: str = "",
    file_item: CaseFileItem | None = None,
    override_reason: str = "",
) -> AttachmentInfo:
    """``add_attachment`` from a file the user picked; its size is checked before it is read."""
    check_arguments(locals(), add_attachment_file)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ServiceError("attachment.too_large", filename=path.name, size=size, limit=MAX_ATTACHMENT_BYTES)
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError("attachment.cannot_read", filename=path.name, reason=exc.strerror or "") from exc
    return add_attachment(
        ctx, case_id, data, path.name, kind, note=note, file_item=file_item, override_reason=override_reason
    )


def _info(row: Attachment, users: dict[int, str], original_of: list[int]) -> AttachmentInfo:
    return AttachmentInfo(
        attachment_id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        filename=row.filename,
        mime_type=row.mime_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        added_by=users.get(row.added_by_id, "") if row.added_by_id is not None else "",
        note=row.note,
        file_item=item_of_attachment(row.kind, row.file_item),
        original_of=tuple(original_of),
    )


def list_attachments(ctx: ServiceContext, case_id: int) -> list[AttachmentInfo]:
    """The case's attachments in the order added (the bound 卷宗 itself is not listed)."""
    with ctx.db.read() as session:
        rows = [a for a in store.attachments_of(session, case_id) if not a.is_case_file]
        users = store.user_names(session, {a.added_by_id for a in rows})
        originals: dict[int, list[int]] = {}
        for document in store.issued_of(session, case_id, with_context=False):
            if document.signed_original_id is not None:
                originals.setdefault(document.signed_original_id, []).append(document.id)
        return [_info(a, users, originals.get(a.id, [])) for a in rows]


def read_attachment(ctx: ServiceContext, attachment_id: int) -> bytes:
    """The file's bytes, checked against the checksum recorded when it was added."""
    with ctx.db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ServiceError("attachment.missing", attachment_id=attachment_id)
        return get_blob(session, row.sha256)


def _document(session: DbSession, document_id: int) -> IssuedDocument:
    document = session.get(IssuedDocument, document_id)
    if document is None or document.case_id is None:
        raise ServiceError("print.unknown_document", document=document_id)
    return document


def mark_signed_original(
    ctx: ServiceContext, document_id: int, attachment_id: int, *, override_reason: str = ""
) -> None:
    """Record that ``attachment_id`` is the scan of the issued paper ``document_id`` as signed, fingerprinted
    and sealed (an electronic signature is not a legal one here: print, sign, scan, attach)."""
    check_arguments(locals(), mark_signed_original)
    with ctx.db.write() as session:
        document = _document(session, document_id)
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or attachment.case_id != document.case_id or attachment.is_case_file:
            raise ServiceError("attachment.missing", attachment_id=attachment_id)
        assert document.case_id is not None
        writable_case(session, ctx, document.case_id, override_reason)
        if document.form in (FormCode.FILE_COVER, FormCode.FILE_CONTENTS, FormCode.FILE_BACK):
            raise ServiceError("attachment.not_signed_paper", form=document.form.value)
        document.signed_original_id = attachment.id
        attachment.kind = AttachmentKind.SIGNED_ORIGINAL
        record_event(
            session,
            user_id=ctx.user_id,
            action="signed_original",
            entity="issued_document",
            entity_id=document.id,
            case_id=document.case_id,
            after={"form": document.form.value, "number": document.number, "attachment": attachment.id},
        )
