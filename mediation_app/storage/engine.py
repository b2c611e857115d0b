"""Opening the database: URL or path, SQLite PRAGMAs on connect, explicit BEGIN, sessions for reads and writes."""

from __future__ import annotations

import copy
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from mediation_app.storage import audit_rows, lengths, writer_lock
from mediation_app.storage.errors import StorageError

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def database_url(target: str | Path) -> URL:
    """A SQLAlchemy URL from a path or a URL string (``postgresql+psycopg://…``)."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except (sa.exc.ArgumentError, ValueError) as exc:
            raise StorageError("db.bad_url", url=text) from exc
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a database or a place we cannot write."""
    if path.exists():
        if path.is_dir():
            raise StorageError("db.not_sqlite", path=str(path))
        with path.open("rb") as handle:
            head = handle.read(16)
        if head and head != SQLITE_MAGIC:
            raise StorageError("db.not_sqlite", path=str(path))
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StorageError("db.read_only", path=str(path))
        return
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError("db.read_only", path=str(path)) from exc
    if not os.access(parent, os.W_OK):
        raise StorageError("db.read_only", path=str(path))


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL; we issue BEGIN ourselves (see _on_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit survives a power loss; NORMAL in WAL mode may lose the last transactions.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(conn: sa.Connection) -> None:
    # Writers take the lock up front (BEGIN IMMEDIATE) so two desks never deadlock upgrading a read lock.
    mode = "IMMEDIATE" if conn.get_execution_options().get("writer") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(target: str | Path, *, echo: bool = False) -> Engine:
    """An Engine for a path or URL; SQLite files are checked first and never overwritten."""
    url = database_url(target)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            check_sqlite_file(Path(url.database))
        engine = sa.create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
        _probe(engine)
        return engine
    try:
        engine = sa.create_engine(url, echo=echo, pool_pre_ping=True)
    except (sa.exc.NoSuchModuleError, sa.exc.ArgumentError, ImportError) as exc:
        raise StorageError("db.bad_url", url=url.render_as_string(hide_password=True)) from exc
    writer_lock.install(engine)  # several desks: writers take turns, as BEGIN IMMEDIATE makes them on SQLite
    return engine


def _probe(engine: Engine) -> None:
    """Open one connection now so a damaged or locked file is reported at start, not at first save."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        text = str(exc.orig).lower()
        code = "db.read_only" if "readonly" in text or "unable to open" in text else "db.not_sqlite"
        raise StorageError(code, path=str(engine.url.database)) from exc


# SQLite's words for a write that cannot happen, and the code each becomes (storage/backup.py restores).
_WRITE_FAILURES = (
    ("database or disk is full", "db.disk_full"),
    ("disk i/o error", "db.disk_full"),
    ("attempt to write a readonly database", "db.read_only"),
    ("database disk image is malformed", "db.damaged"),
    ("file is not a database", "db.damaged"),
    ("unique constraint failed", "db.duplicate"),  # as PostgreSQL's unique violation below
)


# PostgreSQL's SQLSTATEs (by class where the whole class means one thing) for the same failures, and those a
# server adds: another desk's transaction in the way, a duplicate, the server gone.
_SERVER_FAILURES = (
    ("53100", "server.disk_full"),  # disk_full (the server's disk, not this PC's)
    ("25006", "server.read_only"),  # read-only transaction (a standby, or default_transaction_read_only)
    ("42501", "server.read_only"),  # insufficient privilege: the desk's role may not write
    ("40001", "db.conflict"),  # serialization failure
    ("40P01", "db.conflict"),  # deadlock detected
    ("55P03", "db.conflict"),  # lock not available
    ("23505", "db.duplicate"),  # unique violation: another desk saved the same number or name first
    ("08", "server.unreachable"),  # connection exception
    ("57P", "server.unreachable"),  # the server shut down or was restarted
    ("XX001", "db.damaged"),  # data corrupted
)


def server_failure(exc: sa.exc.DBAPIError, location: str) -> StorageError | None:
    """The StorageError for a PostgreSQL error with a known SQLSTATE, or a connection lost; else None."""
    state = str(getattr(exc.orig, "sqlstate", "") or "")
    for prefix, code in _SERVER_FAILURES:
        if state.startswith(prefix):
            return StorageError(code, path=location, url=location)
    if exc.connection_invalidated or (not state and isinstance(exc, sa.exc.OperationalError)):
        return StorageError("server.unreachable", path=location, url=location)  # no answer: no SQLSTATE at all
    return None


def write_failure(exc: sa.exc.DBAPIError, location: str) -> StorageError | None:
    """The StorageError for a failed write (``db.disk_full``, ``db.read_only``, ``db.damaged``, ``db.duplicate``;
    on a server ``server.disk_full``, ``server.read_only``, ``db.conflict``, ``server.unreachable`` too), or None."""
    if not isinstance(exc.orig, sqlite3.Error):
        return server_failure(exc, location)
    text = str(exc.orig).lower()
    for words, code in _WRITE_FAILURES:
        if words in text:
            return StorageError(code, path=location)
    return None


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


class Database:
    """The engine with session factories: plain sessions for reading, writer sessions for changes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # A read is one snapshot, as SQLite's read transaction is: what a service reads twice agrees with itself
        # while other desks commit (PostgreSQL's default READ COMMITTED sees each commit at the next statement).
        reading = engine if is_sqlite(engine) else engine.execution_options(isolation_level="REPEATABLE READ")
        self._reader = sessionmaker(reading, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(writer=True), expire_on_commit=False)
        lengths.install(self._writer)  # text longer than its column is refused on every backend alike
        audit_rows.install(self._writer)  # every flushed change of a business row is chained into the trail
        self.user_id: int | None = None  # the acting user the trail names (None: the system)

    def as_user(self, user_id: int | None) -> Database:
        """The same database, its writes recorded in the trail as made by ``user_id``."""
        acting = copy.copy(self)
        acting.user_id = user_id
        return acting

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; a server lost on the way surfaces as ``server.unreachable``."""
        try:
            with self._reader() as session:
                yield session
        except sa.exc.DBAPIError as exc:
            lost = None if is_sqlite(self.engine) else server_failure(exc, self.location())
            if lost is None or lost.code != "server.unreachable":
                raise
            raise lost from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back everything on any error.

        A full disk, a read-only file or a damaged one surfaces as a StorageError the dialogs can explain."""
        try:
            with self._writer() as session, session.begin():
                session.info["user_id"] = self.user_id
                yield session
        except sa.exc.DBAPIError as exc:
            mapped = write_failure(exc, self.location())
            if mapped is None:
                raise
            raise mapped from exc

    def dispose(self) -> None:
        self.engine.dispose()

    def location(self) -> str:
        """The file path for SQLite, the URL without its password otherwise (for the status bar and messages)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database:
            return str(url.database)
        return url.render_as_string(hide_password=True)


# Services name the session type through storage, never importing SQLAlchemy themselves.
DbSession = Session
