"""Attachments: type by magic bytes, size limit, one stored copy per content named by SHA-256, checksum on read,
and marking an issued paper's signed original."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from mediation_app import paths
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
from mediation_app.storage.blobs import blob_path
from mediation_app.storage.models import Attachment, AuditEvent, IssuedDocument
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
    stored = paths.attachments_dir() / digest[:2] / digest
    assert stored.read_bytes() == data
    assert read_attachment(ctx, info.attachment_id) == data
    assert [a.file_item for a in list_attachments(ctx, case_id)] == [CaseFileItem.EVIDENCE]
    assert not list(paths.attachments_dir().rglob(".part-*"))  # no temporary file left behind


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
    assert not paths.attachments_dir().exists() or not any(paths.attachments_dir().rglob("*"))


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
    assert len([p for p in paths.attachments_dir().rglob("*") if p.is_file()]) == 1
    with pytest.raises(DomainError, match=r"attachment\.duplicate"):
        add_attachment(ctx, first, data, "again.png", AttachmentKind.EVIDENCE)


def test_a_damaged_or_missing_file_is_reported_on_read(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    info = add_attachment(ctx, case_id, image_bytes("PNG"), "a.png", AttachmentKind.ID_COPY)
    stored = blob_path(info.sha256)
    stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")
    with pytest.raises(DomainError, match=r"attachment\.corrupt"):
        read_attachment(ctx, info.attachment_id)
    add_attachment(ctx, accepted_case(ctx), image_bytes("PNG"), "again.png", AttachmentKind.ID_COPY)  # repairs it
    assert read_attachment(ctx, info.attachment_id) == image_bytes("PNG")
    stored.unlink()
    with pytest.raises(DomainError, match=r"attachment\.file_missing"):
        read_attachment(ctx, info.attachment_id)


def test_a_failed_write_leaves_no_file_and_no_row(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = accepted_case(ctx)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DomainError, match=r"attachment\.write_failed"):
        add_attachment(ctx, case_id, image_bytes("PNG"), "a.png", AttachmentKind.ID_COPY)
    assert [p for p in paths.attachments_dir().rglob("*") if p.is_file()] == []
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
