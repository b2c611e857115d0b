"""Attachments: type by magic bytes, size limit, one stored copy per content named by SHA-256 (in the database,
committed with its row), checksum on read, and marking an issued paper's signed original."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mediation_app.domain.case_file import CaseFileItem
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import AttachmentKind
from mediation_app.services import attachments
from mediation_app.services.attachments import (
    add_attachment,
    add_attachment_file,
    list_attachments,
    mark_signed_original,
    read_attachment,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form
from mediation_app.storage.models import Attachment, AuditEvent, Blob, IssuedDocument
from tests.services.casework_flow import TODAY, accepted_case, image_bytes, pdf_bytes


@pytest.mark.parametrize(
    ("data", "name", "mime"),
    [
        (pdf_bytes("evidence", 3), "现场.pdf", "application/pdf"),
        (image_bytes("PNG"), "照片.png", "image/png"),
        (image_bytes("JPEG"), "照片.jpeg", "image/jpeg"),
        (pdf_bytes("named wrongly"), "scan.jpg", "application/pdf"),  # the content decides, not the name
    ],
)
def test_files_are_kept_by_their_hash_and_read_back(ctx: ServiceContext, data: bytes, name: str, mime: str) -> None:
    case_id = accepted_case(ctx)
    info = add_attachment(ctx, case_id, data, f"/home/user/扫描/{name}", AttachmentKind.EVIDENCE, note="现场")
    digest = hashlib.sha256(data).hexdigest()
    assert (info.mime_type, info.sha256, info.size, info.filename) == (mime, digest, len(data), name)
    with ctx.db.read() as session:
        stored = session.get(Blob, digest)
        assert stored is not None and (stored.data, stored.size) == (data, len(data))
    assert read_attachment(ctx, info.attachment_id) == data
    assert [a.file_item for a in list_attachments(ctx, case_id)] == [CaseFileItem.EVIDENCE]


def _blob_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return session.query(Blob).count()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "attachment.empty"),
        (b"GIF89a" + b"\0" * 40, "attachment.type"),
        (b"PK\x03\x04 a docx", "attachment.type"),
        (b"%PDF-1.7\n this is not really a pdf", "attachment.unreadable"),
        (b"\x89PNG\r\n\x1a\n" + b"broken" * 10, "attachment.unreadable"),
    ],
)
def test_other_and_broken_files_are_refused_before_anything_is_stored(
    ctx: ServiceContext, data: bytes, code: str
) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError) as refused:
        add_attachment(ctx, case_id, data, "file.bin", AttachmentKind.EVIDENCE)
    assert refused.value.code == code
    assert list_attachments(ctx, case_id) == []
    assert _blob_count(ctx) == 0


def test_an_over_large_file_is_refused(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    case_id = accepted_case(ctx)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1000)
    big = pdf_bytes("big", 5)
    assert len(big) > 1000
    with pytest.raises(DomainError, match=r"attachment\.too_large"):
        add_attachment(ctx, case_id, big, "big.pdf", AttachmentKind.EVIDENCE)
    path = tmp_path / "big.pdf"
    path.write_bytes(big)
    with pytest.raises(DomainError, match=r"attachment\.too_large"):
        add_attachment_file(ctx, case_id, path, AttachmentKind.EVIDENCE)
    with pytest.raises(DomainError, match=r"attachment\.cannot_read"):
        add_attachment_file(ctx, case_id, tmp_path / "gone.pdf", AttachmentKind.EVIDENCE)


def test_the_same_content_is_stored_once(ctx: ServiceContext) -> None:
    first, second = accepted_case(ctx), accepted_case(ctx)
    data = image_bytes("PNG")
    a = add_attachment(ctx, first, data, "a.png", AttachmentKind.ID_COPY)
    b = add_attachment(ctx, second, data, "b.png", AttachmentKind.ID_COPY)
    assert a.sha256 == b.sha256 and a.attachment_id != b.attachment_id
    assert _blob_count(ctx) == 1
    with pytest.raises(DomainError, match=r"attachment\.duplicate"):
        add_attachment(ctx, first, data, "again.png", AttachmentKind.EVIDENCE)


def _set_blob(ctx: ServiceContext, sha256: str, data: bytes | None) -> None:
    """Damage (or, with None, delete) stored bytes behind the program's back."""
    with ctx.db.write() as session:
        row = session.get(Blob, sha256)
        assert row is not None
        if data is None:
            session.delete(row)
        else:
            row.data = data


def test_damaged_or_missing_bytes_are_reported_on_read(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    info = add_attachment(ctx, case_id, image_bytes("PNG"), "a.png", AttachmentKind.ID_COPY)
    _set_blob(ctx, info.sha256, image_bytes("PNG")[:-3] + b"xyz")
    with pytest.raises(DomainError, match=r"attachment\.corrupt"):
        read_attachment(ctx, info.attachment_id)
    add_attachment(ctx, accepted_case(ctx), image_bytes("PNG"), "again.png", AttachmentKind.ID_COPY)  # repairs it
    assert read_attachment(ctx, info.attachment_id) == image_bytes("PNG")
    _set_blob(ctx, info.sha256, None)
    with pytest.raises(DomainError, match=r"attachment\.file_missing"):
        read_attachment(ctx, info.attachment_id)


def test_a_failed_save_leaves_neither_bytes_nor_row(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes are written in the row's transaction: when recording the row fails, neither is kept."""
    case_id = accepted_case(ctx)

    def audit_fails(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(attachments, "record_event", audit_fails)
    with pytest.raises(RuntimeError):
        add_attachment(ctx, case_id, image_bytes("PNG"), "a.png", AttachmentKind.ID_COPY)
    assert _blob_count(ctx) == 0
    with ctx.db.read() as session:
        assert session.query(Attachment).count() == 0


def test_marking_the_signed_original_of_an_issued_paper(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    printed = issue_case_form(ctx, "rights_notice", case_id, today=TODAY)
    assert printed.document_id is not None
    scan = add_attachment(ctx, case_id, pdf_bytes("signed"), "告知书签字.pdf", AttachmentKind.OTHER)
    mark_signed_original(ctx, printed.document_id, scan.attachment_id)
    [info] = list_attachments(ctx, case_id)
    assert info.kind is AttachmentKind.SIGNED_ORIGINAL and info.original_of == (printed.document_id,)
    with ctx.db.read() as session:
        document = session.get(IssuedDocument, printed.document_id)
        assert document is not None and document.signed_original_id == scan.attachment_id
        assert session.query(AuditEvent).filter(AuditEvent.action == "signed_original").count() == 1
    elsewhere = add_attachment(ctx, accepted_case(ctx), pdf_bytes("other"), "x.pdf", AttachmentKind.OTHER)
    with pytest.raises(DomainError, match=r"attachment\.missing"):
        mark_signed_original(ctx, printed.document_id, elsewhere.attachment_id)
    with pytest.raises(DomainError, match=r"print\.unknown_document"):
        mark_signed_original(ctx, 99_999, scan.attachment_id)


def test_an_attachment_may_be_filed_under_another_contents_item(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    add_attachment(
        ctx, case_id, pdf_bytes("委托书"), "委托书.pdf", AttachmentKind.OTHER, file_item=CaseFileItem.AUTHORISATION
    )
    assert [a.file_item for a in list_attachments(ctx, case_id)] == [CaseFileItem.AUTHORISATION]
