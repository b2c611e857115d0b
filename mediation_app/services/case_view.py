"""What the case window shows: a header summary (who, what, where it stands, its clock, the actions open now and
why the others are not) and a timeline of everything that happened, newest first, each entry naming the record
to open. One read of the case's records (a fixed handful of queries, however many events) serves both."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from mediation_app.domain.agreement_rules import JudicialWindow, Problem
from mediation_app.domain.case_file import missing_from_file
from mediation_app.domain.casework import ActionState, CaseFacts, next_actions
from mediation_app.domain.clocks import clock_state
from mediation_app.domain.vocabulary import (
    AgreementKind,
    CaseStatus,
    ClockKind,
    DisputeType,
    FormCode,
    Outcome,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
    SessionKind,
    Vocabulary,
)
from mediation_app.services.agreements import judicial_of, problems_of
from mediation_app.services.case_file_parts import file_facts
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.mediators import MediatorInfo, ParticipantInfo, mediator_info, participant_info
from mediation_app.storage import casework as store
from mediation_app.storage.casework import CaseRecords
from mediation_app.storage.models import Agreement


@dataclass(frozen=True)
class PartyLine:
    case_party_id: int
    name: str
    role: PartyRole
    kind: PartyKind


@dataclass(frozen=True)
class ClockInfo:
    kind: ClockKind
    due: date
    days_left: int  # from today, or from the closing day once closed (negative: late)
    overdue: bool
    closed: bool


@dataclass(frozen=True)
class CaseSummary:
    case_id: int
    number: str | None
    title: str
    status: CaseStatus
    outcome: Outcome | None
    dispute_type: DisputeType
    route: Route | None
    risk: RiskLevel
    parties: tuple[PartyLine, ...]
    mediators: str
    received_at: datetime
    accepted_at: datetime | None
    closed_at: datetime | None
    clock: ClockInfo | None
    judicial: JudicialWindow | None  # of the latest written agreement in effect
    actions: tuple[ActionState, ...]
    file_problems: tuple[Problem, ...]  # what the 卷宗 still lacks (archive.* codes)
    archive_number: str | None
    version: int
    difficult: bool = False  # 疑难: on the next 联席会议's proposed agenda
    meeting_proposed: bool = False  # put forward for the next 联席会议 by a mediator …
    meeting_proposal: str = ""  # … and why


class TimelineKind(Vocabulary):
    REGISTERED = ("registered", "登记", "Registered")
    ACCEPTED = ("accepted", "受理", "Accepted")
    NOT_ACCEPTED = ("not_accepted", "不予受理", "Not accepted")
    DIVERTED = ("diverted", "分流", "Diverted")
    REFERRAL_CONFIRMED = ("referral_confirmed", "回执", "Referral confirmed")
    REFERRAL_FEEDBACK = ("referral_feedback", "分流反馈", "Referral feedback")
    SESSION_SCHEDULED = ("session_scheduled", "安排调解", "Session scheduled")
    SESSION_HELD = ("session_held", "调解", "Session held")
    INVESTIGATION = ("investigation", "调查", "Investigation")
    AGREEMENT_DRAFTED = ("agreement_drafted", "起草协议", "Agreement drafted")
    AGREEMENT_EFFECTIVE = ("agreement_effective", "协议生效", "Agreement signed")
    ORAL_AGREEMENT = ("oral_agreement", "口头协议", "Oral agreement")
    JUDICIAL_APPLIED = ("judicial_applied", "申请司法确认", "Judicial confirmation applied for")
    COURT_DECISION = ("court_decision", "法院裁定", "Court decision")
    TERMINATED = ("terminated", "终止调解", "Mediation ended")
    PERFORMANCE = ("performance", "履行", "Performance")
    VISIT = ("visit", "回访", "Follow-up visit")
    MEETING_DECISION = ("meeting_decision", "联席会议决定", "Joint meeting decision")
    PAPER = ("paper", "出具文书", "Paper issued")
    ATTACHMENT = ("attachment", "附件", "Attachment")
    CLOSED = ("closed", "结案", "Closed")
    ARCHIVED = ("archived", "归档", "Archived")
    OVERRIDE = ("override", "归档后修改", "Change after archiving")


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    has_time: bool  # False: only the day is known (shown without a time, first among that day's entries)
    kind: TimelineKind
    record: str  # the table of the record to open: case, referral, mediation_session, agreement, …
    record_id: int
    text: str  # the entry's particulars as data (a paper's title and number, a file name, a place…)
    term: Vocabulary | None = None  # the vocabulary ``text`` names (its Chinese label): the GUI shows it translated
    rest: str = ""  # what follows the term in ``text`` (a paper's number)


@dataclass(frozen=True)
class CaseOverview:
    summary: CaseSummary
    timeline: tuple[TimelineEntry, ...]
    mediators: tuple[MediatorInfo, ...] = ()  # the lead first, then in the order added
    participants: tuple[ParticipantInfo, ...] = ()  # invited helpers, in the order added


def _records(ctx: ServiceContext, case_id: int) -> CaseRecords:
    with ctx.db.read() as session:
        records = store.case_records(session, case_id)
        if records is None:
            raise ServiceError("case.missing", case_id=case_id)
        return records


def case_overview(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> CaseOverview:
    """The summary, the timeline and the people from one read: what the case window opens with."""
    with ctx.db.read() as session:
        records = store.case_records(session, case_id)
        if records is None:
            raise ServiceError("case.missing", case_id=case_id)
        helpers = tuple(participant_info(p) for p in store.participants(session, case_id))
        mediators = tuple(mediator_info(m) for m in sorted(records.case.mediators, key=lambda m: (not m.is_lead, m.id)))
        summary = _summary(records, today or date.today())
        return CaseOverview(summary, tuple(_timeline(records)), mediators, helpers)


def case_summary(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> CaseSummary:
    return _summary(_records(ctx, case_id), today or date.today())


def case_timeline(ctx: ServiceContext, case_id: int) -> list[TimelineEntry]:
    return _timeline(_records(ctx, case_id))


def _clock(records: CaseRecords, today: date) -> ClockInfo | None:
    case = records.case
    if case.clock is None or case.due_date is None:
        return None
    state = clock_state(case.due_date, today, case.closed_at.date() if case.closed_at else None)
    return ClockInfo(case.clock, state.due, state.days_left, state.overdue, state.closed)


def _latest(agreements: list[Agreement], *, effective: bool) -> Agreement | None:
    found = [a for a in agreements if a.kind is AgreementKind.WRITTEN and (a.effective_on is not None) is effective]
    return found[-1] if found else None


def _facts(records: CaseRecords, today: date, file_problems: int) -> tuple[CaseFacts, JudicialWindow | None]:
    case = records.case
    draft, signed = _latest(records.agreements, effective=False), _latest(records.agreements, effective=True)
    printed = {d.number for d in records.issued if d.form is FormCode.AGREEMENT and d.number}
    judicial = judicial_of(case, signed, today) if signed is not None else None
    facts = CaseFacts(
        status=case.status,
        outcome=case.outcome,
        mediation_sessions=sum(s.kind is SessionKind.MEDIATION for s in records.sessions),
        draft_agreement=draft is not None,
        draft_problems=len(problems_of(case, draft)) if draft is not None else 0,
        draft_printed=draft is not None and draft.number is not None and draft.number in printed,
        agreement=any(a.effective_on is not None for a in records.agreements),
        judicial=judicial.state if judicial else None,
        judicial_reason=judicial.reason if judicial else None,
        judicial_deadline=judicial.deadline if judicial else None,
        visits=len(records.visits),
        file_problems=file_problems,
    )
    return facts, judicial


def _summary(records: CaseRecords, today: date) -> CaseSummary:
    case = records.case
    problems = tuple(missing_from_file(file_facts(records)))
    facts, judicial = _facts(records, today, len(problems))
    return CaseSummary(
        case_id=case.id,
        number=case.number,
        title=case.title,
        status=case.status,
        outcome=case.outcome,
        dispute_type=case.dispute_type,
        route=case.route,
        risk=case.risk,
        parties=tuple(PartyLine(link.id, link.party.name, link.role, link.party.kind) for link in case.parties),
        mediators=case.mediator_names,
        received_at=case.received_at,
        accepted_at=case.accepted_at,
        closed_at=case.closed_at,
        clock=_clock(records, today),
        judicial=judicial,
        actions=next_actions(facts),
        file_problems=problems,
        archive_number=case.archive_number,
        version=case.version,
        difficult=case.difficult,
        meeting_proposed=case.meeting_proposed_at is not None,
        meeting_proposal=case.meeting_proposal,
    )


def _day(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


class _Entries(list[TimelineEntry]):
    def add(
        self,
        at: datetime | date | None,
        kind: TimelineKind,
        record: str,
        record_id: int,
        text: str | Vocabulary | None = "",
        rest: str = "",
    ) -> None:
        """``text``: the particulars, or a vocabulary member (and ``rest``, what follows its label)."""
        if at is None:
            return
        timed = isinstance(at, datetime)
        moment = at if isinstance(at, datetime) else _day(at)
        if isinstance(text, Vocabulary):
            shown = f"{text.zh} {rest}".strip()
            self.append(TimelineEntry(moment, timed, kind, record, record_id, shown, text, rest))
        else:
            self.append(TimelineEntry(moment, timed, kind, record, record_id, text or ""))


def _case_entries(records: CaseRecords, out: _Entries) -> None:
    case, k = records.case, TimelineKind
    out.add(case.received_at, k.REGISTERED, "case", case.id, case.channel)
    out.add(case.accepted_at, k.ACCEPTED, "case", case.id, case.route)
    actions = {
        "not_accept": k.NOT_ACCEPTED,
        "terminate": k.TERMINATED,
        "close": k.CLOSED,
        "archived_override": k.OVERRIDE,
    }
    for event in records.events:
        if event.action in actions and event.entity == "case":
            out.add(event.at, actions[event.action], "case", case.id, _event_text(event.after_json))
    case_file = next((a for a in reversed(records.attachments) if a.is_case_file), None)
    if case.archived_at is not None:
        record, record_id = ("attachment", case_file.id) if case_file else ("case", case.id)
        out.add(case.archived_at, k.ARCHIVED, record, record_id, case.archive_number or "")


def _event_text(after_json: str) -> str:
    after = json.loads(after_json) if after_json else {}
    return str(after.get("reason") or after.get("detail") or "") if isinstance(after, dict) else ""


def _work_entries(records: CaseRecords, out: _Entries) -> None:
    k = TimelineKind
    for r in records.referrals:
        where = records.bodies.get(r.body_id, "") if r.body_id else r.route
        out.add(r.decided_at, k.DIVERTED, "referral", r.id, where)
        out.add(r.confirmed_at, k.REFERRAL_CONFIRMED, "referral", r.id, r.confirmed_by)
        out.add(r.feedback_at, k.REFERRAL_FEEDBACK, "referral", r.id, r.feedback_result)
    for s in records.sessions:
        held = k.SESSION_HELD if s.kind is SessionKind.MEDIATION else k.INVESTIGATION
        if s.held_at is not None:
            out.add(s.held_at, held, "mediation_session", s.id, s.place)
        else:
            out.add(s.scheduled_at, k.SESSION_SCHEDULED, "mediation_session", s.id, s.place)
    for a in records.agreements:
        number = a.number or ""
        if a.kind is AgreementKind.ORAL:
            out.add(a.effective_on, k.ORAL_AGREEMENT, "agreement", a.id)
            continue
        out.add(a.created_at, k.AGREEMENT_DRAFTED, "agreement", a.id, number)
        out.add(a.effective_on, k.AGREEMENT_EFFECTIVE, "agreement", a.id, number)
        out.add(a.judicial_applied_on, k.JUDICIAL_APPLIED, "agreement", a.id, a.court_name)
        out.add(a.court_decided_on, k.COURT_DECISION, "agreement", a.id, a.court_decision)


def _follow_entries(records: CaseRecords, out: _Entries) -> None:
    k = TimelineKind
    for p in records.performance:
        out.add(p.recorded_on, k.PERFORMANCE, "performance_record", p.id, p.status)
    for v in records.visits:
        out.add(v.visited_on, k.VISIT, "follow_up_visit", v.id, v.visitee)
    for m in records.meetings:
        out.add(m.held_at, k.MEETING_DECISION, "joint_meeting_item", m.item_id, m.decision or m.topic)
    for d in records.issued:
        own = d.number if d.number != records.case.number else None  # papers without a series show the case's
        out.add(d.issued_at, k.PAPER, "issued_document", d.id, d.form, own or "")
    for a in records.attachments:
        if not a.is_case_file:
            out.add(a.added_at, k.ATTACHMENT, "attachment", a.id, a.filename)


def _timeline(records: CaseRecords) -> list[TimelineEntry]:
    """Everything that happened, newest first; on one day, entries known only by their day come first."""
    out = _Entries()
    _case_entries(records, out)
    _work_entries(records, out)
    _follow_entries(records, out)
    order = {kind: n for n, kind in enumerate(TimelineKind)}
    return sorted(out, key=lambda e: (e.at, order[e.kind], e.record_id), reverse=True)
