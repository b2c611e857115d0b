"""Saving a paper as a PDF file: its default name, and an atomic write whose failures read as sentences."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path

from mediation_app.domain.errors import DomainError

# Characters Windows refuses in a file name (the case numbers' full-width brackets are fine).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def pdf_file_name(title: str, number: str | None = None, party: str | None = None) -> str:
    """ "人民调解协议书_（2026）某街调协字第0007号.pdf"; a per-party paper for one party adds the party's name."""
    parts = [title, number, party]
    name = "_".join(_UNSAFE.sub("_", part.strip()) for part in parts if part and part.strip())
    return f"{name or 'document'}.pdf"


def with_pdf_suffix(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")


def renumbered(path: Path, shown: str | None, issued: str | None) -> Path:
    """The chosen name with the number the paper really got, if the name carried the one the preview showed
    (another desk may have taken that number in between)."""
    if shown and issued and shown != issued and shown in path.name:
        return path.with_name(path.name.replace(shown, issued))
    return path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then put it in place in one step: a failure leaves
    either the old file or none, never a half-written PDF. Raises DomainError("file.…", path=…)."""
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem[:40]}.", suffix=".part", dir=path.parent)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise file_error(error, path) from error
    finally:
        if temporary is not None:
            _remove_quietly(temporary)
    return path


def _remove_quietly(name: str) -> None:
    with contextlib.suppress(OSError):  # the write already failed; its message matters, not this one
        os.remove(name)


def file_error(error: OSError, path: Path) -> DomainError:
    """An OSError as an error code the GUI translates; the system's own text only for the rare rest."""
    where = str(path)
    if error.errno in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return DomainError("file.no_permission", path=where)
    if error.errno == errno.ENOENT or isinstance(error, FileNotFoundError):
        return DomainError("file.no_folder", path=where)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DomainError("file.disk_full", path=where)
    if error.errno == errno.EISDIR or isinstance(error, IsADirectoryError):
        return DomainError("file.is_folder", path=where)
    if error.errno == errno.EROFS:
        return DomainError("file.read_only", path=where)
    return DomainError("file.write_failed", path=where, reason=error.strerror or type(error).__name__)
