"""Unfinished intakes kept as drafts: saved as the user types, they survive closing the window and a crash, until
the intake is saved (the draft goes in the same transaction) or discarded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import drafts as store
from mediation_app.storage.models import IntakeDraft


@dataclass(frozen=True)
class DraftInfo:
    draft_id: int
    updated_at: datetime
    summary: str  # what the user will recognise it by: the first party's name and the dispute


def _summary(payload: dict[str, Any]) -> str:
    names = [str(p.get("name", "")).strip() for p in payload.get("parties", []) if isinstance(p, dict)]
    facts = str(payload.get("facts", "")).strip().replace("\n", " ")
    return "、".join(n for n in names if n) + ("：" if names and facts else "") + facts[:30]


def save_draft(ctx: ServiceContext, payload: dict[str, Any], draft_id: int | None = None) -> DraftInfo:
    """Keep what is typed (any JSON-able fields of the intake form); returns the draft to update next time."""
    check_arguments(locals(), save_draft)
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with ctx.db.write() as session:
        draft = session.get(IntakeDraft, draft_id) if draft_id is not None else None
        if draft is None:
            draft = IntakeDraft(user_id=ctx.user_id, payload=text)
            session.add(draft)
        else:
            draft.payload = text
        session.flush()
        return DraftInfo(draft.id, draft.updated_at, _summary(payload))


def list_drafts(ctx: ServiceContext) -> list[DraftInfo]:
    """This user's drafts, newest first."""
    with ctx.db.read() as session:
        return [
            DraftInfo(d.id, d.updated_at, _summary(json.loads(d.payload)))
            for d in store.drafts_of(session, ctx.user_id)
        ]


def load_draft(ctx: ServiceContext, draft_id: int) -> dict[str, Any]:
    with ctx.db.read() as session:
        draft = session.get(IntakeDraft, draft_id)
        if draft is None:
            raise ServiceError("draft.missing", draft_id=draft_id)
        payload: dict[str, Any] = json.loads(draft.payload)
        return payload


def discard_draft(ctx: ServiceContext, draft_id: int) -> None:
    check_arguments(locals(), discard_draft)
    with ctx.db.write() as session:
        draft = session.get(IntakeDraft, draft_id)
        if draft is not None:
            session.delete(draft)
