"""A PostgreSQL server the desks share: its URL from host, port, database and user, and a probe saying what is there
(unreachable, wrong password, no such database, empty, this program's, another program's) as StorageError codes."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from mediation_app.storage.engine import Database
from mediation_app.storage.errors import StorageError
from mediation_app.storage.migrate import check_schema_known, open_migrated

CONNECT_TIMEOUT_S = 5  # a wrong address or a closed port answers within this, never hangs the desk


def shown_url(text: str) -> str:
    """The URL for messages, logs and the settings box: the password replaced by ***."""
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return "?"


def is_server(target: object) -> bool:
    return "://" in str(target) and not str(target).startswith("sqlite")


@dataclass(frozen=True)
class ServerState:
    """What the probe found: ``empty`` (no tables: can be set up), or this program's schema at ``revision``."""

    url: str  # without the password
    empty: bool
    revision: str | None
    cases: int = 0


# libpq's words (any language setting of the server answers these in English before authentication).
_CONNECT_FAILURES = (
    ("password authentication failed", "server.password"),
    ("no password supplied", "server.password"),
    ("fe_sendauth", "server.password"),
    ("does not exist", "server.no_database"),
    ("no pg_hba.conf entry", "server.not_allowed"),
)


def connect_failure(exc: BaseException, shown: str) -> StorageError:
    """The StorageError for a connection that failed: a wrong password, no such database, or unreachable."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    for words, code in _CONNECT_FAILURES:
        if words in text:
            return StorageError(code, url=shown)
    return StorageError("server.unreachable", url=shown)


def probe_engine(engine: Engine) -> ServerState:
    """Connect once and look: refuses with ``server.*`` codes, or ``server.not_ours`` / ``db.newer_schema``."""
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            cases = int(conn.execute(sa.text("SELECT count(*) FROM cases")).scalar_one()) if "cases" in tables else 0
    except sa.exc.OperationalError as exc:
        raise connect_failure(exc, shown) from exc
    if not tables:
        return ServerState(shown, True, None)
    if "alembic_version" not in tables or "cases" not in tables:
        raise StorageError("server.not_ours", url=shown)
    return ServerState(shown, False, check_schema_known(engine), cases)


def probe(url_text: str) -> ServerState:
    """``probe_engine`` on a throw-away engine for the settings box's 测试连接."""
    engine = server_engine(url_text)
    try:
        return probe_engine(engine)
    finally:
        engine.dispose()


def server_engine(url_text: str) -> Engine:
    try:
        url = make_url(url_text)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise StorageError("db.bad_url", url=shown_url(url_text)) from exc
    args = {"connect_timeout": CONNECT_TIMEOUT_S}
    return sa.create_engine(url, poolclass=NullPool, connect_args=args)


def open_server(url_text: str) -> Database:
    """The database on the server, migrated to head (an empty one gets this program's tables)."""
    probe(url_text)  # a clear refusal within seconds, before the engine without a timeout tries
    return open_migrated(url_text)  # its writers take turns (storage/writer_lock.py)
