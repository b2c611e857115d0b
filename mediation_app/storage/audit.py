"""The audit trail: each event is hashed together with the previous event's hash, so edits break the chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.base import now
from mediation_app.storage.models import AuditEvent

GENESIS_HASH = "0" * 64


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


def event_hash(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str,
    after: str,
    row_key: str | None = None,
    row_digest: str | None = None,
) -> str:
    fields: list[Any] = [prev_hash, at.isoformat(), user_id, action, entity, entity_id, before, after]
    if row_key is not None or row_digest is not None:  # events before 0006 had neither: their hashes still hold
        fields += [row_key, row_digest]
    return hashlib.sha256(_canonical(fields).encode("utf-8")).hexdigest()


def canonical(value: Any) -> str:
    """The JSON text an event stores for a before/after value ("" for None)."""
    return "" if value is None else _canonical(value)


def last_hash(conn: sa.Connection) -> str:
    prev = conn.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    return prev or GENESIS_HASH


def append_events(conn: sa.Connection, events: list[dict[str, Any]]) -> None:
    """Chain and insert events given as column dicts (``at``, ``user_id``, ``action``, ``entity``, ``entity_id``,
    ``case_id``, ``before_json``, ``after_json``, ``row_key``, ``row_digest``), in order, on the caller's
    connection: the row-level hook and the bulk loaders write through this, inside the change's transaction."""
    prev = last_hash(conn)
    for event in events:
        event["prev_hash"] = prev
        event["hash"] = prev = event_hash(
            prev,
            event["at"],
            event["user_id"],
            event["action"],
            event["entity"],
            event["entity_id"],
            event["before_json"],
            event["after_json"],
            event["row_key"],
            event["row_digest"],
        )
    if events:
        conn.execute(sa.insert(AuditEvent), events)


def record_event(
    session: Session,
    *,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None = None,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Append an event in the caller's transaction (the change and its record commit together)."""
    prev = session.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    prev_hash = prev or GENESIS_HASH
    at = now()
    before_text, after_text = canonical(before), canonical(after)
    event = AuditEvent(
        at=at,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        before_json=before_text,
        after_json=after_text,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, at, user_id, action, entity, entity_id, before_text, after_text),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    first_broken_id: int | None = None


CHAIN_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.user_id,
    AuditEvent.action,
    AuditEvent.entity,
    AuditEvent.entity_id,
    AuditEvent.before_json,
    AuditEvent.after_json,
    AuditEvent.row_key,
    AuditEvent.row_digest,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def event_rows(session: Session) -> Iterator[sa.Row[Any]]:
    """Every event in order, streamed (the columns of CHAIN_COLUMNS)."""
    result = session.execute(sa.select(*CHAIN_COLUMNS).order_by(AuditEvent.id).execution_options(yield_per=5000))
    yield from result


class ChainWalker:
    """Feeds events in order and remembers the first one whose link or hash does not hold."""

    def __init__(self) -> None:
        self.prev_hash = GENESIS_HASH
        self.count = 0
        self.first_broken_id: int | None = None

    def feed(self, row: sa.Row[Any]) -> None:
        self.count += 1
        expected = event_hash(self.prev_hash, *row[1:10])
        if self.first_broken_id is None and (row.prev_hash != self.prev_hash or row.hash != expected):
            self.first_broken_id = row.id
        self.prev_hash = row.hash

    def result(self) -> ChainCheck:
        return ChainCheck(self.first_broken_id is None, self.count, self.first_broken_id)


def verify_chain(session: Session) -> ChainCheck:
    """Walk the trail in order and name the first event whose link or hash does not hold."""
    walker = ChainWalker()
    for row in event_rows(session):
        walker.feed(row)
        if walker.first_broken_id is not None:
            break
    return walker.result()
