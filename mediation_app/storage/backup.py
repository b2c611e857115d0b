"""Backups of the SQLite file: a consistent online copy while the program writes, verification, and restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from mediation_app.storage.engine import BUSY_TIMEOUT_MS, SQLITE_MAGIC
from mediation_app.storage.errors import StorageError
from mediation_app.storage.integrity import check_integrity
from mediation_app.storage.migrate import check_schema_known, current_revision
from mediation_app.storage.schema_version import HEAD_REVISION

# Pages copied per step (4 KiB each): the copy reads one snapshot, so a writer in WAL mode is never blocked.
STEP_PAGES = 1024
Progress = Callable[[int, int], None]  # (pages copied, pages in all)


@dataclass(frozen=True)
class BackupReport:
    """What ``verify_backup`` found. ``problem`` is an error code (``backup.*``) when the file is refused."""

    path: Path
    size: int
    revision: str | None = None
    cases: int = 0
    attachments: int = 0
    audit_events: int = 0
    problem: str | None = None
    details: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def error(self) -> StorageError:
        detail = self.details[0] if self.details else ""
        return StorageError(
            self.problem or "backup.damaged", path=str(self.path), detail=detail, revision=self.revision
        )


def sqlite_file(engine: Engine) -> Path:
    """The database file behind ``engine``; PostgreSQL is refused (pg_dump is its backup tool)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise StorageError("backup.postgres", url=url.render_as_string(hide_password=True))
    return Path(url.database)


def copy_database(source: Path, out: Path, progress: Progress | None = None) -> int:
    """Copy the database at ``source`` to ``out`` (through ``out.part``, renamed when complete); its size."""
    if not source.is_file():
        raise StorageError("db.not_sqlite", path=str(source))
    part = out.with_name(out.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with closing(_open(source)) as src, closing(sqlite3.connect(part, isolation_level=None)) as dst:
            src.execute("BEGIN")  # one read snapshot for every step: the copy is consistent
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=report)
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        _fsync(part)
        os.replace(part, out)
        _fsync_folder(out.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return out.stat().st_size


def backup_engine(engine: Engine, out: Path, progress: Progress | None = None) -> int:
    """``copy_database`` of the engine's file; a failed write (disk full, stick pulled) as ``backup.write``."""
    try:
        return copy_database(sqlite_file(engine), out, progress)
    except OSError as exc:
        raise StorageError("backup.write", path=str(out), reason=exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:
        raise StorageError("backup.write", path=str(out), reason=str(exc)) from exc


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":  # a rename is durable only once its folder is flushed
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _read_only_engine(path: Path) -> Engine:
    uri = path.resolve().as_uri() + "?mode=ro"
    return sa.create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)


def verify_backup(path: Path) -> BackupReport:
    """Open the copy read-only: SQLite's integrity check, a schema this program knows, an intact audit chain."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        return BackupReport(path, 0, problem="backup.unreadable", details=(exc.strerror or str(exc),))
    if path.is_dir() or head != SQLITE_MAGIC:
        return BackupReport(path, size, problem="backup.not_sqlite")
    engine = _read_only_engine(path)
    try:
        return _verify_open(engine, path, size)
    except sa.exc.DatabaseError as exc:
        return BackupReport(path, size, problem="backup.damaged", details=(str(exc.orig),))
    finally:
        engine.dispose()


def _verify_open(engine: Engine, path: Path, size: int) -> BackupReport:
    revision = current_revision(engine)
    if revision is None:
        return BackupReport(path, size, problem="backup.not_ours")
    try:
        check_schema_known(engine)
    except StorageError:
        return BackupReport(path, size, revision, problem="backup.newer_schema")
    with Session(engine) as session:
        counts = _counts(session)
        if revision != HEAD_REVISION:  # older copies are upgraded when opened; SQLite checks them as they are
            problems = _sqlite_problems(session)
            events = 0
        else:
            report = check_integrity(session)
            problems, events = list(report.problems), report.audit_events
    problem = None
    if problems:
        problem = "backup.audit_broken" if all(p.startswith("audit") for p in problems) else "backup.damaged"
    return BackupReport(path, size, revision, *counts, events, problem, tuple(problems))


def _counts(session: Session) -> tuple[int, int]:
    cases = session.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()
    attachments = session.execute(sa.text("SELECT count(*) FROM attachments")).scalar_one()
    return int(cases), int(attachments)


def _sqlite_problems(session: Session) -> list[str]:
    rows = [row[0] for row in session.execute(sa.text("PRAGMA integrity_check")).all()]
    return [] if rows == ["ok"] else [f"integrity_check: {line}" for line in rows]


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    kept_at: Path | None  # the safety copy (or the damaged file set aside); None if there was no database
    report: BackupReport


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def restore(target: Path, backup: Path, *, set_aside: bool = False, now: datetime | None = None) -> RestoreResult:
    """Replace the database at ``target`` (its engine disposed) with a verified backup.

    The current database is kept first: a safety copy beside it, or with ``set_aside`` (a damaged file)
    the file itself renamed ``NAME-damaged-STAMP``. Stale -wal/-shm files go before the new file arrives,
    so SQLite never replays an old journal onto it."""
    report = verify_backup(backup)
    if not report.ok:
        raise report.error()
    moment = now or datetime.now()
    part = target.with_name(f".{target.name}.restore.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(backup, part)
        _fsync(part)
        kept = _keep_current(target, moment, set_aside) if target.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(part, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StorageError("backup.write", path=str(target), reason=exc.strerror or str(exc)) from exc
    return RestoreResult(target, kept, report)


def _keep_current(target: Path, moment: datetime, set_aside: bool) -> Path:
    if set_aside:
        aside = target.with_name(f"{target.stem}-damaged-{stamp(moment)}{target.suffix}")
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{target}{suffix}").exists():
                os.replace(f"{target}{suffix}", f"{aside}{suffix}")
        return aside
    safety = _free_name(target.with_name(f"safety-{stamp(moment)}.sqlite3"))
    try:
        copy_database(target, safety)
    except sqlite3.Error:  # the current file does not open as a database: keep its bytes as they are
        for suffix in ("", "-wal"):
            if Path(f"{target}{suffix}").exists():
                shutil.copyfile(f"{target}{suffix}", f"{safety}{suffix}")
    return safety


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
