"""The 联席会议: create a meeting with its agenda, record per case the discussion and decisions, complete them.

One agenda entry per case; each decision on a case is one ``JointMeetingItem`` (the first item of a case also
holds why it is on the agenda, the topic and the discussion; the case's further decisions share its ``seq``).
Every decision is an event on the case's timeline and a due item on the 工作台 until it is done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.services.arguments import check_arguments
from mediation_app.services.audit_history import stale_details
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage import meeting_queries as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Case, JointMeeting, JointMeetingItem


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    held_at: datetime
    place: str
    host: str
    items: int  # cases on the agenda
    decisions: int = 0
    open_decisions: int = 0  # decided, not yet done


@dataclass(frozen=True)
class MeetingInput:
    held_at: datetime
    place: str
    host: str
    attendees: str
    summary: str = ""  # 会议概况, written with the minutes


@dataclass(frozen=True)
class AgendaEntry:
    case_id: int
    reasons: tuple[str, ...] = ()  # AgendaReason codes; none: added by hand
    topic: str = ""


@dataclass(frozen=True)
class DecisionInput:
    decision: str
    assignee: str
    due_on: date | None
    item_id: int | None = None  # the decision being edited; None: a new one


@dataclass(frozen=True)
class ItemInfo:
    item_id: int
    case_id: int
    case_number: str | None
    title: str
    risk: RiskLevel
    seq: int
    reasons: tuple[str, ...]
    topic: str
    discussion: str
    decision: str
    assignee: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class AgendaCase:
    """One case on the agenda with its decisions (its items, the first holding reasons, topic, discussion)."""

    items: tuple[ItemInfo, ...]

    @property
    def first(self) -> ItemInfo:
        return self.items[0]

    @property
    def decisions(self) -> tuple[ItemInfo, ...]:
        return tuple(i for i in self.items if i.decision)


@dataclass(frozen=True)
class MeetingDetail:
    meeting_id: int
    version: int
    data: MeetingInput
    cases: tuple[AgendaCase, ...]


def list_meetings(ctx: ServiceContext, limit: int = 200) -> list[MeetingRow]:
    with ctx.db.read() as session:
        return [MeetingRow(*row) for row in store.meeting_rows(session, ctx.office_id, limit)]


def _check(data: MeetingInput, agenda: Sequence[AgendaEntry]) -> None:
    if not data.place.strip():
        raise ServiceError("meeting.place", field="place")
    if not data.host.strip():
        raise ServiceError("meeting.host", field="host")
    if len({e.case_id for e in agenda}) != len(agenda):
        raise ServiceError("meeting.case_twice", field="agenda")


def meeting_in_office(session: DbSession, ctx: ServiceContext, meeting_id: int) -> JointMeeting:
    meeting = session.get(JointMeeting, meeting_id)
    if meeting is None or meeting.office_id != ctx.office_id:
        raise ServiceError("meeting.missing", meeting_id=meeting_id)
    return meeting


def _fill(meeting: JointMeeting, data: MeetingInput) -> None:
    meeting.held_at, meeting.place, meeting.host = data.held_at, data.place.strip(), data.host.strip()
    meeting.attendees, meeting.summary = data.attendees.strip(), data.summary.strip()


def create_meeting(ctx: ServiceContext, data: MeetingInput, agenda: Sequence[AgendaEntry]) -> MeetingDetail:
    """A new meeting with the agenda chosen (in this order)."""
    check_arguments(locals(), create_meeting)
    _check(data, agenda)
    with ctx.db.write() as session:
        meeting = JointMeeting(office_id=ctx.office_id)
        _fill(meeting, data)
        session.add(meeting)
        session.flush()
        _set_agenda(session, meeting, agenda)
        _meeting_event(session, ctx, meeting, "create")
        return load_detail(session, meeting)


def update_meeting(
    ctx: ServiceContext, meeting_id: int, data: MeetingInput, agenda: Sequence[AgendaEntry], version: int
) -> MeetingDetail:
    """Change the meeting's particulars and agenda (order, cases added or taken off); a case with a decision
    recorded cannot be taken off (``meeting.case_decided``)."""
    check_arguments(locals(), update_meeting)
    _check(data, agenda)
    with ctx.db.write() as session:
        meeting = meeting_in_office(session, ctx, meeting_id)
        if meeting.version != version:
            details = stale_details(session, "joint_meetings", meeting.id, version)
            raise ServiceError("record.stale", entity="joint_meeting", **details)
        _fill(meeting, data)
        _set_agenda(session, meeting, agenda)
        _meeting_event(session, ctx, meeting, "update")
        return load_detail(session, meeting)


def _set_agenda(session: DbSession, meeting: JointMeeting, agenda: Sequence[AgendaEntry]) -> None:
    by_case: dict[int, list[JointMeetingItem]] = {}
    for item in store.meeting_items(session, meeting.id):
        by_case.setdefault(item.case_id or 0, []).append(item)
    wanted = {e.case_id for e in agenda}
    for case_id, items in by_case.items():
        if case_id not in wanted:
            if any(i.decision for i in items):
                raise ServiceError("meeting.case_decided", field="agenda", case=items[0].case_id)
            for item in items:
                session.delete(item)
    for seq, entry in enumerate(agenda, start=1):
        if session.get(Case, entry.case_id) is None:
            raise ServiceError("case.missing", case_id=entry.case_id)
        items = by_case.get(entry.case_id) or [_new_item(session, meeting, entry.case_id)]
        for item in items:
            item.seq = seq
        items[0].agenda_reason, items[0].topic = ",".join(entry.reasons), entry.topic.strip()
    session.flush()


def _new_item(session: DbSession, meeting: JointMeeting, case_id: int) -> JointMeetingItem:
    item = JointMeetingItem(meeting_id=meeting.id, case_id=case_id, seq=0)
    session.add(item)
    return item


def meeting_detail(ctx: ServiceContext, meeting_id: int) -> MeetingDetail:
    with ctx.db.read() as session:
        return load_detail(session, meeting_in_office(session, ctx, meeting_id))


def load_detail(session: DbSession, meeting: JointMeeting) -> MeetingDetail:
    items = store.meeting_items(session, meeting.id)
    rows = store.candidates_by_id(session, {i.case_id for i in items if i.case_id is not None})
    grouped: dict[int, list[ItemInfo]] = {}
    for item in items:
        row = rows[item.case_id or 0]
        grouped.setdefault(item.case_id or 0, []).append(_info(item, row[1], row[2], row[3]))
    data = MeetingInput(meeting.held_at, meeting.place, meeting.host, meeting.attendees, meeting.summary)
    return MeetingDetail(meeting.id, meeting.version, data, tuple(AgendaCase(tuple(g)) for g in grouped.values()))


def _info(item: JointMeetingItem, number: str | None, title: str, risk: RiskLevel) -> ItemInfo:
    reasons = tuple(r for r in item.agenda_reason.split(",") if r)
    return ItemInfo(
        item.id,
        item.case_id or 0,
        number,
        title,
        risk,
        item.seq,
        reasons,
        item.topic,
        item.discussion,
        item.decision,
        item.assignee,
        item.due_on,
        item.done_on,
    )


def _check_decision(d: DecisionInput, held_on: date) -> None:
    if not d.assignee.strip():
        raise ServiceError("meeting.assignee", field="assignee")
    if d.due_on is None:
        raise ServiceError("meeting.due", field="due_on")
    if d.due_on < held_on:
        raise ServiceError("meeting.due_before_meeting", field="due_on", held=held_on.isoformat())


def record_minutes(
    ctx: ServiceContext, meeting_id: int, case_id: int, discussion: str, decisions: Sequence[DecisionInput]
) -> MeetingDetail:
    """The discussion of one case and its decisions (action, who, by when); each new or changed decision is an
    audit event on the case. A decision already done cannot be taken away (``meeting.decision_done``)."""
    check_arguments(locals(), record_minutes)
    chosen = [d for d in decisions if d.decision.strip()]
    with ctx.db.write() as session:
        meeting = meeting_in_office(session, ctx, meeting_id)
        for d in chosen:
            _check_decision(d, meeting.held_at.date())
        items = [i for i in store.meeting_items(session, meeting.id) if i.case_id == case_id]
        if not items:
            raise ServiceError("meeting.not_on_agenda", case_id=case_id)
        items[0].discussion = discussion.strip()
        _apply_decisions(session, ctx, meeting, items, chosen)
        session.flush()
        return load_detail(session, meeting)


def _apply_decisions(
    session: DbSession,
    ctx: ServiceContext,
    meeting: JointMeeting,
    items: list[JointMeetingItem],
    chosen: list[DecisionInput],
) -> None:
    by_id = {i.id: i for i in items}
    first = items[0]
    kept = {d.item_id for d in chosen if d.item_id in by_id}
    for item in items:
        if item.decision and item.id not in kept:
            if item.done_on is not None:
                raise ServiceError("meeting.decision_done", field="decisions")
            _decision_event(session, ctx, item, "meeting_decision_removed")
            _clear_or_delete(session, item, first)
    spare = [] if first.decision else [first]  # the case's first item carries its first decision
    for d in chosen:
        found = by_id.get(d.item_id or 0) if d.item_id in kept else (spare.pop() if spare else None)
        item = found or JointMeetingItem(meeting_id=meeting.id, case_id=first.case_id, seq=first.seq)
        if found is None:
            session.add(item)
        before = (item.decision, item.assignee, item.due_on)
        item.decision, item.assignee, item.due_on = d.decision.strip(), d.assignee.strip(), d.due_on
        if before != (item.decision, item.assignee, item.due_on):
            session.flush()
            _decision_event(session, ctx, item, "meeting_decision")


def _clear_or_delete(session: DbSession, item: JointMeetingItem, first: JointMeetingItem) -> None:
    if item is first:
        item.decision, item.assignee, item.due_on = "", "", None
    else:
        session.delete(item)


def complete_decision(ctx: ServiceContext, item_id: int, done_on: date, *, today: date | None = None) -> ItemInfo:
    """完成: the decision was carried out on ``done_on``; it leaves the 工作台."""
    check_arguments(locals(), complete_decision)
    if done_on > (today or date.today()):
        raise ServiceError("meeting.done_future", field="done_on")
    with ctx.db.write() as session:
        item = session.get(JointMeetingItem, item_id)
        if item is None:
            raise ServiceError("meeting.item_missing", item_id=item_id)
        meeting = meeting_in_office(session, ctx, item.meeting_id)
        if not item.decision:
            raise ServiceError("meeting.no_decision")
        if done_on < meeting.held_at.date():
            raise ServiceError("meeting.done_before_meeting", field="done_on", held=meeting.held_at.date().isoformat())
        item.done_on = done_on
        _decision_event(session, ctx, item, "meeting_decision_done")
        case = session.get(Case, item.case_id)
        assert case is not None
        return _info(item, case.number, case.title, case.risk)


def _decision_event(session: DbSession, ctx: ServiceContext, item: JointMeetingItem, action: str) -> None:
    after = {"decision": item.decision, "assignee": item.assignee, "due_on": item.due_on, "done_on": item.done_on}
    record_event(
        session,
        user_id=ctx.user_id,
        action=action,
        entity="joint_meeting_item",
        entity_id=item.id,
        case_id=item.case_id,
        after=after,
    )


def _meeting_event(session: DbSession, ctx: ServiceContext, meeting: JointMeeting, action: str) -> None:
    after = {"held_at": meeting.held_at, "place": meeting.place, "host": meeting.host}
    record_event(session, user_id=ctx.user_id, action=action, entity="joint_meeting", entity_id=meeting.id, after=after)
