"""Attachment bytes in the database, named by their SHA-256: each content is stored once, in the same transaction
as the row that names it, and checked against its name whenever it is read."""

from __future__ import annotations

import hashlib

from mediation_app.storage.engine import DbSession
from mediation_app.storage.errors import StorageError
from mediation_app.storage.models import Blob


def put_blob(session: DbSession, data: bytes) -> str:
    """Store ``data`` (once) in the caller's transaction and return its SHA-256; a damaged copy is replaced."""
    sha256 = hashlib.sha256(data).hexdigest()
    row = session.get(Blob, sha256)
    if row is None:
        session.add(Blob(sha256=sha256, size=len(data), data=data))
    elif hashlib.sha256(row.data).hexdigest() != sha256:
        row.data, row.size = data, len(data)
    session.flush()
    return sha256


def get_blob(session: DbSession, sha256: str) -> bytes:
    """The stored bytes, refused if they are gone (``attachment.file_missing``) or no longer match their checksum
    (``attachment.corrupt``)."""
    row = session.get(Blob, sha256)
    if row is None:
        raise StorageError("attachment.file_missing", sha256=sha256)
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError("attachment.corrupt", sha256=sha256)
    return data
