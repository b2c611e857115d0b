"""Row-level audit: every insert, update and delete of a business row, with its values and the row's digest."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from hashlib import sha256
from typing import Any

import sqlalchemy as sa
from sqlalchemy import inspect
from sqlalchemy.orm import Session, UOWTransaction

from mediation_app.storage.audit import append_events, canonical
from mediation_app.storage.base import Base, now

# The tables whose every row is accounted for by the trail (check recomputes their digests).
AUDITED_TABLES = (
    "offices",
    "users",
    "settings",
    "external_bodies",
    "clause_templates",
    "cases",
    "parties",
    "case_parties",
    "case_mediators",
    "case_participants",
    "referrals",
    "mediation_sessions",
    "session_statements",
    "agreements",
    "agreement_terms",
    "performance_records",
    "follow_up_visits",
    "joint_meetings",
    "joint_meeting_items",
    "attachments",
    "issued_documents",
)
SECRET_COLUMNS = frozenset({"password_hash"})  # recorded as changed, never with the value
HIDDEN = "***"
DELETED = ""  # the row digest of a deleted row
_EMPTY = (None, "")
# Rows that name their case through a parent: (table, parent key column, parent table).
_CASE_VIA = {
    "agreement_terms": ("agreement_id", "agreements"),
    "performance_records": ("agreement_id", "agreements"),
    "session_statements": ("session_id", "mediation_sessions"),
}
_PENDING = "audit_before"


def table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _columns(name: str) -> list[str]:
    # By name, not position: a column added later by ALTER TABLE sits last in the file but not in the model.
    return sorted(column.name for column in table(name).columns)


def _key_columns(name: str) -> list[str]:
    return [column.name for column in table(name).primary_key.columns]


def row_digest(columns: Sequence[str], values: Sequence[Any]) -> str:
    """128 bits of SHA-256 over the row's stored values (as the driver returns them). Empty and NULL values are
    left out, so a later migration adding a column that is empty or NULL keeps every digest."""
    return _digest([f"{name}=" for name in columns], values)


def _digest(prefixes: Sequence[str], values: Sequence[Any]) -> str:
    # The hot loop of check and of the bulk loaders: ``name=`` prefixes made once per table.
    pairs = zip(prefixes, values, strict=True)
    text = "\x1f".join([prefix + repr(value) for prefix, value in pairs if value not in _EMPTY])
    return sha256(text.encode("utf-8")).hexdigest()[:32]


def row_key(values: Sequence[Any]) -> str:
    return "/".join(str(value) for value in values)


def stored_rows(conn: sa.Connection, name: str, columns: Sequence[str], where: str = "", params: Any = None) -> Any:
    """The raw stored rows of a table (key columns first), untyped so writer and checker digest the same values."""
    columns = _key_columns(name) + list(columns)
    quoted = ", ".join(f'"{column}"' for column in columns)
    sql = f'SELECT {quoted} FROM "{name}"' + (f" WHERE {where}" if where else "")
    return conn.execute(sa.text(sql), params or {}).yield_per(5000)


def digests(
    conn: sa.Connection, name: str, where: str = "", params: Any = None, columns: Sequence[str] | None = None
) -> Iterator[tuple[str, str]]:
    """(row key, digest) of each stored row of ``name`` matching ``where`` (over the model's columns, or the
    ``columns`` a migration finds in the file then)."""
    keys, columns = len(_key_columns(name)), sorted(columns) if columns is not None else _columns(name)
    prefixes = [f"{column}=" for column in columns]
    for row in stored_rows(conn, name, columns, where, params):
        yield row_key(row[:keys]), _digest(prefixes, row[keys:])


def _plain(value: Any) -> Any:
    """A value as the trail shows it (JSON)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _shown(column: str, value: Any) -> Any:
    return HIDDEN if column in SECRET_COLUMNS and value is not None else _plain(value)


def _mapped(obj: Any) -> tuple[str, Any] | None:
    name = getattr(type(obj), "__tablename__", None)
    return (name, inspect(obj)) if name in AUDITED_TABLES else None


def _before_values(state: Any) -> dict[str, Any]:
    """The committed values of the columns about to change (and the version the change started from)."""
    before: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        column = attr.columns[0].name
        if history.deleted or (history.added and column != "version"):
            before[column] = _shown(column, history.deleted[0] if history.deleted else None)
        if column == "version":
            before[column] = state.committed_state.get(attr.key, getattr(state.obj(), attr.key))
    return before


def _whole(state: Any) -> dict[str, Any]:
    values = {attr.columns[0].name: getattr(state.obj(), attr.key) for attr in state.mapper.column_attrs}
    return {column: _shown(column, value) for column, value in values.items() if value is not None and value != ""}


def before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    """Note the values before the change: after the flush the history of version counters is gone."""
    pending = session.info.setdefault(_PENDING, {})
    for obj in list(session.dirty) + list(session.deleted):
        found = _mapped(obj)
        if found is not None and (obj in session.deleted or session.is_modified(obj, include_collections=False)):
            state = found[1]
            pending[id(obj)] = _whole(state) if obj in session.deleted else _before_values(state)


def after_flush(session: Session, _context: UOWTransaction) -> None:
    """One event per inserted, changed or deleted business row, chained in the flush's own transaction."""
    pending: dict[int, dict[str, Any]] = session.info.pop(_PENDING, {})
    conn = session.connection()
    events: list[dict[str, Any]] = []
    changes = [("insert", obj) for obj in session.new] + [("delete", obj) for obj in session.deleted]
    changes += [("update", obj) for obj in session.dirty if id(obj) in pending]
    for action, obj in changes:
        found = _mapped(obj)
        if found is not None:
            events.append(_event(conn, session, action, found, pending.get(id(obj), {})))
    append_events(conn, events)


def _event(
    conn: sa.Connection, session: Session, action: str, found: tuple[str, Any], before: dict[str, Any]
) -> dict[str, Any]:
    name, state = found
    key_values = list(state.identity or state.mapper.primary_key_from_instance(state.obj()))
    key = row_key(key_values)
    after: dict[str, Any] | None = None
    digest = DELETED
    if action != "delete":
        whole = _whole(state)
        after = whole if action == "insert" else {column: whole.get(column) for column in before}
        where = " AND ".join(f'"{column}" = :k{i}' for i, column in enumerate(_key_columns(name)))
        params = {f"k{i}": _plain(value) for i, value in enumerate(key_values)}
        digest = next(digests(conn, name, where, params), ("", DELETED))[1]
    entity_id = key_values[0] if len(key_values) == 1 and isinstance(key_values[0], int) else None
    return _event_row(session, action, name, entity_id, _case_of(conn, name, state), before or None, after, key, digest)


def _event_row(
    session: Session,
    action: str,
    name: str,
    entity_id: int | None,
    case_id: int | None,
    before: Any,
    after: Any,
    key: str,
    digest: str,
) -> dict[str, Any]:
    return {
        "at": now(),
        "user_id": session.info.get("user_id"),
        "action": action,
        "entity": name,
        "entity_id": entity_id,
        "case_id": case_id,
        "before_json": canonical(before),
        "after_json": canonical(after),
        "row_key": key,
        "row_digest": digest,
    }


def _case_of(conn: sa.Connection, name: str, state: Any) -> int | None:
    obj = state.obj()
    if name == "cases":
        return getattr(obj, "id", None)
    if name in _CASE_VIA:
        column, parent = _CASE_VIA[name]
        parent_id = getattr(obj, column, None)
        if parent_id is None:
            return None
        found = conn.execute(sa.text(f'SELECT case_id FROM "{parent}" WHERE id = :id'), {"id": parent_id}).scalar()
        return int(found) if found is not None else None
    return getattr(obj, "case_id", None)


def record_bulk(
    conn: sa.Connection, name: str, after_id: int, user_id: int | None, action: str = "bulk_insert"
) -> None:
    """One event for the rows written without the ORM (demo, Excel import) since ``after_id``: their ids and
    digests, read back as stored, so ``check`` accounts for every one of them."""
    if name not in AUDITED_TABLES:
        return
    found = list(digests(conn, name, "id > :after", {"after": after_id}))
    if found:
        after = {"ids": [int(key) for key, _ in found], "digests": "".join(digest for _, digest in found)}
        append_events(conn, [_bulk_event(name, user_id, action, after)])


def _bulk_event(name: str, user_id: int | None, action: str, after: dict[str, Any]) -> dict[str, Any]:
    return {
        "at": now(),
        "user_id": user_id,
        "action": action,
        "entity": name,
        "entity_id": None,
        "case_id": None,
        "before_json": "",
        "after_json": json.dumps(after, separators=(",", ":")),
        "row_key": None,
        "row_digest": None,
    }


def bulk_digests(after_json: str) -> Iterator[tuple[str, str]]:
    """The (row key, digest) pairs a bulk event carries."""
    data = json.loads(after_json)
    if "rows" in data:
        yield from ((str(key), digest) for key, digest in data["rows"])
        return
    text = data["digests"]
    for index, key in enumerate(data["ids"]):
        yield str(key), text[index * 32 : index * 32 + 32]


def record_baseline(conn: sa.Connection) -> None:
    """Account for every row already stored (the upgrade to the row-level trail): one event per table."""
    inspector = sa.inspect(conn)
    for name in AUDITED_TABLES:
        columns = [column["name"] for column in inspector.get_columns(name)]
        found = list(digests(conn, name, columns=columns))
        if found:
            after = {"rows": [[key, digest] for key, digest in found]}
            append_events(conn, [_bulk_event(name, None, "baseline", after)])


def install(session_factory: Any) -> None:
    """Hook the row-level trail onto a sessionmaker's sessions (the writer's)."""
    sa.event.listen(session_factory, "before_flush", before_flush)
    sa.event.listen(session_factory, "after_flush", after_flush)
