"""What the program keeps as evidence: issued papers, attachments and the hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mediation_app.domain.case_file import CaseFileItem
from mediation_app.domain.vocabulary import AttachmentKind, FormCode
from mediation_app.storage.base import Base, now, vocab


class Blob(Base):
    """The bytes of an attachment, stored once per content and named by their SHA-256: kept in the database, so
    a backup holds them and every desk of a shared database sees them."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(sa.DateTime, default=now)


class Attachment(Base):
    """A scan, photo or evidence file kept with a case; its bytes are the blob named by its hash."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(vocab(AttachmentKind))
    filename: Mapped[str] = mapped_column(sa.String(255))
    mime_type: Mapped[str] = mapped_column(sa.String(80))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    added_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(sa.DateTime, default=now)
    note: Mapped[str] = mapped_column(sa.Text, default="")
    file_item: Mapped[CaseFileItem | None] = mapped_column(vocab(CaseFileItem))  # 卷内目录 item, if not by kind
    is_case_file: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # the bound 卷宗 made on archiving


class IssuedDocument(Base):
    """A printed paper: which form, its number, who printed it when, and the hash of the exact bytes."""

    __tablename__ = "issued_documents"
    # Not unique on (form, number): a paper may be printed again; each printing is its own record.
    __table_args__ = (sa.Index("ix_issued_documents_form_number", "form", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("joint_meetings.id"))
    form: Mapped[FormCode] = mapped_column(vocab(FormCode))
    number: Mapped[str | None] = mapped_column(sa.String(60))
    issued_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(sa.DateTime, default=now)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    context_json: Mapped[str] = mapped_column(sa.Text)  # with the form file's hash: reproduces the paper
    form_sha256: Mapped[str] = mapped_column(sa.String(64), default="")
    signed_original_id: Mapped[int | None] = mapped_column(sa.ForeignKey("attachments.id"))


class FormVersion(Base):
    """The exact text of a form file (and the shared wording) a paper was printed with, kept by its hash:
    an issued paper can be reproduced after the office has edited the form."""

    __tablename__ = "form_versions"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    form_id: Mapped[str] = mapped_column(sa.String(40))
    form_text: Mapped[str] = mapped_column(sa.Text)
    common_text: Mapped[str] = mapped_column(sa.Text)
    first_used_at: Mapped[datetime] = mapped_column(sa.DateTime, default=now)


class AuditEvent(Base):
    """Who changed what, when, with values before and after; each row's hash covers the previous one."""

    __tablename__ = "audit_events"
    __table_args__ = (sa.Index("ix_audit_events_entity_row_key", "entity", "row_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(sa.DateTime, default=now)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(sa.String(40))
    entity: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[int | None] = mapped_column(sa.Integer)
    case_id: Mapped[int | None] = mapped_column(sa.Integer, index=True)  # no FK: the trail outlives rows
    before_json: Mapped[str] = mapped_column(sa.Text, default="")
    after_json: Mapped[str] = mapped_column(sa.Text, default="")
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    # Row-level events (storage.audit_rows): the changed row's key ("12", or "1/key" for a composite key) and
    # the digest of the row as it is after the change ("" once deleted); NULL on the services' own events.
    row_key: Mapped[str | None] = mapped_column(sa.String(160))
    row_digest: Mapped[str | None] = mapped_column(sa.String(64))
