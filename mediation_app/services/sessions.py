"""调解 and 调查: scheduling a session (the first moves the case to 调解中), recording it (调解记录 / 调查记录 with
each party's statement), and the police-mediation rule that the second session follows within 7 working days.

A rule the room should keep but may have reasons to break comes back as a warning (a ServiceError returned,
not raised) that the window shows; the record is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.clocks import check_second_session, second_session_deadline
from mediation_app.domain.vocabulary import CaseStatus, Route, SessionKind
from mediation_app.domain.workflow import check_transition
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import stale, writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.setup import session_calendar
from mediation_app.storage import casework as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Case, MediationSession, SessionStatement

_OPEN = frozenset({CaseStatus.ACCEPTED, CaseStatus.MEDIATING})


@dataclass(frozen=True)
class SessionPlan:
    scheduled_at: datetime
    place: str
    mediators: tuple[str, ...] = ()  # default: the case's mediators
    kind: SessionKind = SessionKind.MEDIATION


@dataclass(frozen=True)
class StatementInput:
    case_party_id: int
    statement: str


@dataclass(frozen=True)
class SessionRecord:
    held_at: datetime
    place: str
    attendees: str
    recorder: str
    record_text: str = ""
    mediator_work: str = ""
    result: str = ""
    rights_notice_given: bool = False
    statements: tuple[StatementInput, ...] = ()
    mediators: tuple[str, ...] = ()  # default: those planned, else the case's mediators
    kind: SessionKind = SessionKind.MEDIATION


@dataclass(frozen=True)
class SessionSaved:
    session_id: int
    version: int
    case_status: CaseStatus
    warnings: tuple[ServiceError, ...] = ()


@dataclass(frozen=True)
class StatementInfo:
    case_party_id: int
    party_name: str
    statement: str


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    kind: SessionKind
    seq: int  # 第n次 among the case's sessions of this kind
    scheduled_at: datetime | None
    held_at: datetime | None
    place: str
    mediators: str
    recorder: str
    attendees: str
    rights_notice_given: bool
    record_text: str
    mediator_work: str
    result: str
    statements: tuple[StatementInfo, ...]
    version: int


def _start_mediating(session: DbSession, case: Case, kind: SessionKind) -> None:
    """The first mediation session moves an accepted case to 调解中; others need a case still in mediation."""
    if case.status not in _OPEN:
        raise ServiceError("status.transition", frm=case.status.value, to=CaseStatus.MEDIATING.value)
    if kind is SessionKind.MEDIATION and case.status is CaseStatus.ACCEPTED:
        check_transition(case.status, CaseStatus.MEDIATING)
        case.status = CaseStatus.MEDIATING


def _check_moment(case: Case, moment: datetime, field: str) -> None:
    if case.accepted_at is not None and moment.date() < case.accepted_at.date():
        raise ServiceError("session.before_acceptance", field=field, accepted=str(case.accepted_at.date()))


def _names(mediators: tuple[str, ...], fallback: str) -> str:
    chosen = "、".join(name.strip() for name in mediators if name.strip())
    return chosen or fallback


def schedule_session(
    ctx: ServiceContext, case_id: int, plan: SessionPlan, *, override_reason: str = ""
) -> SessionSaved:
    """安排调解 (or an investigation): time, place and mediators; print the 调处通知书 per party afterwards."""
    check_arguments(locals(), schedule_session)
    if not plan.place.strip():
        raise ServiceError("session.place", field="place")
    with ctx.db.write() as session:
        case = writable_case(session, ctx, case_id, override_reason)
        _check_moment(case, plan.scheduled_at, "scheduled_at")
        _start_mediating(session, case, plan.kind)
        row = MediationSession(
            case_id=case.id,
            kind=plan.kind,
            scheduled_at=plan.scheduled_at,
            place=plan.place.strip(),
            mediators=_names(plan.mediators, case.mediator_names),
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="schedule",
            entity="mediation_session",
            entity_id=row.id,
            case_id=case.id,
            after={"kind": plan.kind.value, "at": plan.scheduled_at, "place": row.place},
        )
        return SessionSaved(row.id, row.version, case.status, _second_session_warning(session, case, row))


def _check_record(record: SessionRecord, today: date) -> None:
    if record.held_at.date() > today:
        raise ServiceError("session.held_future", field="held_at")
    if not record.place.strip():
        raise ServiceError("session.place", field="place")
    if not record.attendees.strip():
        raise ServiceError("session.attendees", field="attendees")
    if not record.recorder.strip():
        raise ServiceError("session.recorder", field="recorder")
    if not record.record_text.strip() and not any(s.statement.strip() for s in record.statements):
        raise ServiceError("session.record_empty", field="record_text")


def _statements(case: Case, record: SessionRecord) -> list[SessionStatement]:
    parties = {link.id for link in case.parties}
    rows = []
    for index, given in enumerate(record.statements):
        if given.case_party_id not in parties:
            raise ServiceError("session.unknown_party", field=f"statements.{index}", case_party_id=given.case_party_id)
        if given.statement.strip():
            rows.append(SessionStatement(case_party_id=given.case_party_id, statement=given.statement.strip()))
    return rows


def _session_row(
    session: DbSession, case: Case, record: SessionRecord, session_id: int | None, version: int | None
) -> MediationSession:
    if session_id is None:
        _start_mediating(session, case, record.kind)
        created = MediationSession(case_id=case.id, kind=record.kind)
        session.add(created)
        return created
    row = session.get(MediationSession, session_id)
    if row is None or row.case_id != case.id:
        raise ServiceError("session.missing", session_id=session_id)
    stale(row.version, version, "mediation_session", session=session, row=row)
    if row.kind is not record.kind:
        raise ServiceError("session.kind", field="kind")
    return row


def record_session(
    ctx: ServiceContext,
    case_id: int,
    record: SessionRecord,
    *,
    session_id: int | None = None,
    version: int | None = None,
    today: date | None = None,
    override_reason: str = "",
) -> SessionSaved:
    """Record a held session (调解记录) or investigation (调查记录): a scheduled one (``session_id``, with the
    ``version`` read, refused if someone saved it since), or a new one. Saving it again corrects it."""
    check_arguments(locals(), record_session)
    _check_record(record, today or date.today())
    with ctx.db.write() as session:
        writable_case(session, ctx, case_id, override_reason)
        case = store.case_with_people(session, case_id)
        assert case is not None
        _check_moment(case, record.held_at, "held_at")
        row = _session_row(session, case, record, session_id, version)
        was_recorded = row.held_at is not None
        row.held_at, row.place, row.attendees = record.held_at, record.place.strip(), record.attendees.strip()
        row.recorder, row.record_text = record.recorder.strip(), record.record_text.strip()
        row.mediator_work, row.result = record.mediator_work.strip(), record.result.strip()
        row.rights_notice_given = record.rights_notice_given
        row.mediators = _names(record.mediators, row.mediators or case.mediator_names)
        row.statements = _statements(case, record)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="correct_record" if was_recorded else "record",
            entity="mediation_session",
            entity_id=row.id,
            case_id=case.id,
            after={"kind": row.kind.value, "held_at": row.held_at, "statements": len(row.statements)},
        )
        warnings = _second_session_warning(session, case, row) + _rights_warning(session, case, row)
        return SessionSaved(row.id, row.version, case.status, warnings)


def _when(row: MediationSession) -> datetime | None:
    return row.held_at or row.scheduled_at


def _second_session_warning(session: DbSession, case: Case, row: MediationSession) -> tuple[ServiceError, ...]:
    """治安调解: the second session within 7 working days of the first (a warning; the room may have reasons)."""
    if case.route is not Route.POLICE_MEDIATION or row.kind is not SessionKind.MEDIATION:
        return ()
    held = [s for s in store.sessions_of(session, case.id, SessionKind.MEDIATION) if _when(s) is not None]
    if len(held) < 2 or held[1].id != row.id:
        return ()
    first, second = _when(held[0]), _when(held[1])
    assert first is not None and second is not None
    calendar = session_calendar(session)
    if check_second_session(first.date(), second.date(), calendar):
        return ()
    deadline = second_session_deadline(first.date(), calendar)
    return (ServiceError("session.second_late", first=str(first.date()), deadline=str(deadline)),)


def _rights_warning(session: DbSession, case: Case, row: MediationSession) -> tuple[ServiceError, ...]:
    """Parties are told their rights and duties before mediating (Art. 23-24): warn if no session says so."""
    if row.kind is not SessionKind.MEDIATION or row.rights_notice_given:
        return ()
    told = any(s.rights_notice_given for s in store.sessions_of(session, case.id, SessionKind.MEDIATION))
    return () if told else (ServiceError("session.no_rights_notice"),)


def cancel_session(ctx: ServiceContext, session_id: int, *, override_reason: str = "") -> None:
    """Call off a session that has not been held (a held one stays: it is part of the record)."""
    check_arguments(locals(), cancel_session)
    with ctx.db.write() as session:
        row = session.get(MediationSession, session_id)
        if row is None:
            raise ServiceError("session.missing", session_id=session_id)
        writable_case(session, ctx, row.case_id, override_reason)
        if row.held_at is not None:
            raise ServiceError("session.already_held", session_id=session_id)
        record_event(
            session,
            user_id=ctx.user_id,
            action="cancel",
            entity="mediation_session",
            entity_id=row.id,
            case_id=row.case_id,
            before={"kind": row.kind.value, "at": row.scheduled_at, "place": row.place},
        )
        session.delete(row)


def list_sessions(ctx: ServiceContext, case_id: int) -> list[SessionInfo]:
    """The case's sessions and investigations by time, each numbered within its kind."""
    with ctx.db.read() as session:
        case = store.case_with_people(session, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        names = {link.id: link.party.name for link in case.parties}
        counts: dict[SessionKind, int] = {}
        out = []
        for row in store.sessions_of(session, case_id):
            counts[row.kind] = counts.get(row.kind, 0) + 1
            out.append(_info(row, counts[row.kind], names))
        return out


def _info(row: MediationSession, seq: int, names: dict[int, str]) -> SessionInfo:
    statements = tuple(
        StatementInfo(s.case_party_id, names.get(s.case_party_id, ""), s.statement) for s in row.statements
    )
    return SessionInfo(
        session_id=row.id,
        kind=row.kind,
        seq=seq,
        scheduled_at=row.scheduled_at,
        held_at=row.held_at,
        place=row.place,
        mediators=row.mediators,
        recorder=row.recorder,
        attendees=row.attendees,
        rights_notice_given=row.rights_notice_given,
        record_text=row.record_text,
        mediator_work=row.mediator_work,
        result=row.result,
        statements=statements,
        version=row.version,
    )


def party_links(ctx: ServiceContext, case_id: int) -> list[tuple[int, str]]:
    """(case_party_id, name) for each party, in the case's order: whose statement a record holds."""
    with ctx.db.read() as session:
        case = store.case_with_people(session, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        return [(link.id, link.party.name) for link in case.parties]


def next_working_day(ctx: ServiceContext, day: date) -> date:
    """The first working day after ``day`` by the office calendar: the default day of a new session."""
    with ctx.db.read() as session:
        return session_calendar(session).add_working_days(day, 1)


def session_day_warnings(
    ctx: ServiceContext,
    case_id: int,
    on: date,
    *,
    kind: SessionKind = SessionKind.MEDIATION,
    session_id: int | None = None,
) -> tuple[ServiceError, ...]:
    """The warnings saving a session of ``kind`` on ``on`` would give (``session_id``: the session being
    recorded), so a dialog can warn before saving: a police mediation's second session after 7 working days."""
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise ServiceError("case.missing", case_id=case_id)
        if case.route is not Route.POLICE_MEDIATION or kind is not SessionKind.MEDIATION:
            return ()
        others = [s for s in store.sessions_of(session, case_id, SessionKind.MEDIATION) if s.id != session_id]
        days = sorted(moment.date() for s in others if (moment := _when(s)) is not None)
        if not days or on < days[0] or (len(days) > 1 and on >= days[1]):
            return ()  # this one would be the first, or not the second (as the save decides)
        calendar = session_calendar(session)
        if check_second_session(days[0], on, calendar):
            return ()
        deadline = second_session_deadline(days[0], calendar)
        return (ServiceError("session.second_late", first=str(days[0]), deadline=str(deadline)),)
