"""The audit trail: each event is hashed together with the previous event's hash, so edits break the chain."""

from __future__ import annotations

import hashlib
import json
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
) -> str:
    payload = _canonical([prev_hash, at.isoformat(), user_id, action, entity, entity_id, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
    before_text = "" if before is None else _canonical(before)
    after_text = "" if after is None else _canonical(after)
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


def verify_chain(session: Session) -> ChainCheck:
    """Walk the trail in order and name the first event whose link or hash does not hold."""
    prev_hash = GENESIS_HASH
    count = 0
    rows = session.execute(sa.select(AuditEvent).order_by(AuditEvent.id)).scalars()
    for event in rows:
        count += 1
        expected = event_hash(
            prev_hash,
            event.at,
            event.user_id,
            event.action,
            event.entity,
            event.entity_id,
            event.before_json,
            event.after_json,
        )
        if event.prev_hash != prev_hash or event.hash != expected:
            return ChainCheck(False, count, event.id)
        prev_hash = event.hash
    return ChainCheck(True, count)
