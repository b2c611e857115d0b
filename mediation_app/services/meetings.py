"""The 联席会议 list (agendas and decisions come with the meeting issue)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mediation_app.services.context import ServiceContext
from mediation_app.storage import summary_queries


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    held_at: datetime
    place: str
    host: str
    items: int


def list_meetings(ctx: ServiceContext, limit: int = 200) -> list[MeetingRow]:
    with ctx.db.read() as session:
        return [MeetingRow(*row) for row in summary_queries.meeting_rows(session, limit)]
