"""Attachment files in the data dir, named by their SHA-256: each content is stored once, written atomically
(temporary file, fsync, rename) and checked against its name whenever it is read."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from mediation_app import paths
from mediation_app.storage.errors import StorageError


def blob_root() -> Path:
    return paths.attachments_dir()


def blob_path(sha256: str, root: Path | None = None) -> Path:
    """``attachments/ab/abcdef…``: two-character folders keep any one folder small."""
    return (root or blob_root()) / sha256[:2] / sha256


def _intact(path: Path, sha256: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False


def put_blob(data: bytes, root: Path | None = None) -> str:
    """Store ``data`` (once) and return its SHA-256; a damaged copy already there is replaced."""
    sha256 = hashlib.sha256(data).hexdigest()
    target = blob_path(sha256, root)
    if target.exists() and _intact(target, sha256):
        return sha256
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError("attachment.write_failed", path=str(target), reason=exc.strerror or str(exc)) from exc
    return sha256


def get_blob(sha256: str, root: Path | None = None) -> bytes:
    """The stored bytes, refused if the file is gone (``attachment.file_missing``) or no longer matches its
    checksum (``attachment.corrupt``)."""
    path = blob_path(sha256, root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError("attachment.file_missing", path=str(path)) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError("attachment.corrupt", path=str(path))
    return data
