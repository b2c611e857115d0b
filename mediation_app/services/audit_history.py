"""The audit trail read back for people: a case's history, and what changed in a record since a version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediation_app.services.context import ServiceContext, ServiceError, require_case_worker
from mediation_app.storage import audit_queries as store
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import AuditEvent

QUIET_COLUMNS = frozenset({"id", "version", "created_at", "updated_at"})  # shown by the event itself


@dataclass(frozen=True)
class FieldChange:
    column: str  # the stored column (the GUI names it in Chinese)
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    event_id: int
    at: datetime
    user: str  # display name; "" for the system (start-up, CLI, import)
    action: str  # insert / update / delete, or a service's own event (accept, demo, ledger_import…)
    table: str  # a table name, or a service event's entity (case, agreement…)
    record_id: str | None
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class CaseHistory:
    case_id: int
    number: str
    entries: tuple[HistoryEntry, ...]


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def _changes(before: Any, after: Any) -> tuple[FieldChange, ...]:
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    if not old and not new:
        shown = {"": (before, after)} if before is not None or after is not None else {}
        return tuple(FieldChange(key, b, a) for key, (b, a) in shown.items())
    columns = [c for c in dict.fromkeys([*old, *new]) if c not in QUIET_COLUMNS]
    return tuple(FieldChange(c, old.get(c), new.get(c)) for c in columns if old.get(c) != new.get(c))


def _entries(session: DbSession, events: list[AuditEvent]) -> tuple[HistoryEntry, ...]:
    names = store.user_names(session, {e.user_id for e in events if e.user_id is not None})
    return tuple(
        HistoryEntry(
            e.id,
            e.at,
            names.get(e.user_id, "") if e.user_id is not None else "",
            e.action,
            e.entity,
            e.row_key if e.row_key is not None else (str(e.entity_id) if e.entity_id is not None else None),
            _changes(_json(e.before_json), _json(e.after_json)),
        )
        for e in events
    )


def case_history(ctx: ServiceContext, number: str) -> CaseHistory:
    """Every recorded change of the case numbered ``number`` (``audit.number_empty``, ``audit.case_unknown``)."""
    require_case_worker(ctx)
    number = number.strip()
    if not number:
        raise ServiceError("audit.number_empty")
    with ctx.db.read() as session:
        case_id = store.case_id_by_number(session, number)
        if case_id is None:
            raise ServiceError("audit.case_unknown", case=number)
        return CaseHistory(case_id, number, _entries(session, store.case_events(session, case_id)))


def case_history_by_id(ctx: ServiceContext, case_id: int) -> CaseHistory:
    """The history of a case opened in its window (numbered or only registered)."""
    require_case_worker(ctx)
    with ctx.db.read() as session:
        number = store.case_number(session, case_id) or ""
        return CaseHistory(case_id, number, _entries(session, store.case_events(session, case_id)))


def _since(session: DbSession, table: str, record_id: int, version: int) -> tuple[HistoryEntry, ...]:
    events = [
        e
        for e in store.row_events(session, table, str(record_id))
        if e.action != "insert" and _version(e.before_json) >= version
    ]
    entries = _entries(session, events)
    # A save that only replaced child rows (terms) bumps the version with no field of its own: keep such an
    # entry only if it is all there is, so the refusal can still say who saved and when.
    visible = tuple(e for e in entries if e.changes or e.action == "delete")
    return visible or entries[-1:]


def _version(before_json: str) -> int:
    before = _json(before_json)
    value = before.get("version") if isinstance(before, dict) else None
    return int(value) if isinstance(value, int) else 1 << 30  # no version: a change made after any copy


def changes_since(ctx: ServiceContext, table: str, record_id: int, version: int) -> tuple[HistoryEntry, ...]:
    """The changes saved to a record since the ``version`` an editor loaded: who, when, which fields."""
    with ctx.db.read() as session:
        return _since(session, table, record_id, version)


def stale_details(session: DbSession, table: str, record_id: int, version: int) -> dict[str, object]:
    """The params of a ``record.stale`` refusal: the last person to save, when, and every field changed since."""
    entries = _since(session, table, record_id, version)
    if not entries:
        return {}
    fields = dict.fromkeys(change.column for entry in entries for change in entry.changes if change.column)
    last = entries[-1]
    return {
        "who": last.user,
        "when": last.at.strftime("%Y-%m-%d %H:%M"),
        "fields": tuple(fields),
        "table": table,
        "saves": len(entries),
    }
