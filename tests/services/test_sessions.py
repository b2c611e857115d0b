"""Mediators and invited helpers, scheduling and recording sessions, the police second-session rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus, MediatorRole, Route, SessionKind
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form
from mediation_app.services.integrity import check_database
from mediation_app.services.mediators import (
    MediatorInput,
    add_participant,
    list_mediators,
    list_participants,
    remove_participant,
    set_mediators,
)
from mediation_app.services.sessions import (
    SessionPlan,
    SessionRecord,
    StatementInput,
    cancel_session,
    list_sessions,
    party_links,
    record_session,
    schedule_session,
)
from mediation_app.storage.models import AuditEvent, Case
from tests.printing.pdf_tools import pdftotext, squash
from tests.services.casework_flow import FIRST_SESSION, TODAY, accepted_case, held_session

M = MediatorRole


def _status(ctx: ServiceContext, case_id: int) -> CaseStatus:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def _record(links: list[tuple[int, str]], **changes: object) -> SessionRecord:
    values: dict[str, object] = {
        "held_at": FIRST_SESSION,
        "place": "第一调解室",
        "attendees": "王堃、李玥",
        "recorder": "郑赟",
        "record_text": "释法明理。",
        "rights_notice_given": True,
        "statements": tuple(StatementInput(link, f"{name}的意见") for link, name in links),
    }
    values.update(changes)
    return SessionRecord(**values)  # type: ignore[arg-type]


def test_mediators_keep_the_ledger_names_lead_first(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    saved = set_mediators(
        ctx,
        case_id,
        [
            MediatorInput("王建民", M.POLICE_OFFICER),
            MediatorInput("周玥", M.PEOPLES_MEDIATOR, is_lead=True),
            MediatorInput("何律师", M.LAWYER),
        ],
    )
    assert {m.role for m in saved} == {M.POLICE_OFFICER, M.PEOPLES_MEDIATOR, M.LAWYER}
    assert [m.name for m in list_mediators(ctx, case_id)] == ["周玥", "王建民", "何律师"]
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.mediator_names == "周玥、王建民、何律师"
    set_mediators(ctx, case_id, [MediatorInput("何律师", M.LAWYER, is_lead=True)])
    assert [m.name for m in list_mediators(ctx, case_id)] == ["何律师"]
    assert check_database(ctx).ok  # the replaced mediators are in the audit trail as deleted rows


@pytest.mark.parametrize(
    ("mediators", "code"),
    [
        ([MediatorInput("周玥", M.PEOPLES_MEDIATOR)], "mediator.one_lead"),
        ([MediatorInput("周玥", M.PEOPLES_MEDIATOR, True), MediatorInput("王", M.LAWYER, True)], "mediator.one_lead"),
        ([MediatorInput("周玥", M.PEOPLES_MEDIATOR, True), MediatorInput("周玥", M.LAWYER)], "mediator.duplicate"),
        ([MediatorInput(" ", M.PEOPLES_MEDIATOR, True)], "mediator.name"),
    ],
)
def test_bad_mediator_lists_are_refused(ctx: ServiceContext, mediators: list[MediatorInput], code: str) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError) as refused:
        set_mediators(ctx, case_id, mediators)
    assert refused.value.code == code
    assert [m.name for m in list_mediators(ctx, case_id)] == ["周玥", "王建民"]  # unchanged


def test_invited_participants(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    added = add_participant(ctx, case_id, "刘德昇", "楼长", "13700001111")
    add_participant(ctx, case_id, "马丽", "网格员")
    assert [(p.name, p.relation) for p in list_participants(ctx, case_id)] == [("刘德昇", "楼长"), ("马丽", "网格员")]
    remove_participant(ctx, added.participant_id)
    assert [p.name for p in list_participants(ctx, case_id)] == ["马丽"]
    with pytest.raises(DomainError, match=r"participant\.name"):
        add_participant(ctx, case_id, "")


def test_first_mediation_session_starts_mediation_an_investigation_does_not(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 13, 9), "现场", kind=SessionKind.INVESTIGATION))
    assert _status(ctx, case_id) is CaseStatus.ACCEPTED
    saved = schedule_session(ctx, case_id, SessionPlan(FIRST_SESSION, "第一调解室"))
    assert saved.case_status is CaseStatus.MEDIATING and _status(ctx, case_id) is CaseStatus.MEDIATING
    sessions = list_sessions(ctx, case_id)
    assert [(s.kind, s.seq) for s in sessions] == [(SessionKind.INVESTIGATION, 1), (SessionKind.MEDIATION, 1)]
    assert sessions[1].mediators == "周玥、王建民"  # the case's mediators unless others are named


def test_a_recorded_session_keeps_each_partys_statement_and_prints_it(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    planned = schedule_session(ctx, case_id, SessionPlan(FIRST_SESSION, "第一调解室"))
    links = party_links(ctx, case_id)
    record = _record(links, statements=(StatementInput(links[0][0], "要求赔偿三千元"),), mediator_work="分别做工作")
    saved = record_session(ctx, case_id, record, session_id=planned.session_id, version=planned.version, today=TODAY)
    assert saved.warnings == () and saved.version == planned.version + 1
    [info] = list_sessions(ctx, case_id)
    assert info.held_at == FIRST_SESSION and info.recorder == "郑赟"
    assert [(s.party_name, s.statement) for s in info.statements] == [("王堃", "要求赔偿三千元")]
    text = squash(pdftotext(issue_case_form(ctx, "mediation_record", case_id, today=TODAY).pdf))
    assert "王堃陈述：要求赔偿三千元" in text and "分别做工作" in text and "郑赟" in text


def test_a_stale_record_is_refused(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    planned = schedule_session(ctx, case_id, SessionPlan(FIRST_SESSION, "第一调解室"))
    links = party_links(ctx, case_id)
    record_session(ctx, case_id, _record(links), session_id=planned.session_id, version=planned.version, today=TODAY)
    with pytest.raises(DomainError, match=r"record\.stale"):
        record_session(
            ctx, case_id, _record(links), session_id=planned.session_id, version=planned.version, today=TODAY
        )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"held_at": datetime(2026, 11, 21, 9)}, "session.held_future"),
        ({"held_at": datetime(2026, 10, 1, 9)}, "session.before_acceptance"),
        ({"attendees": ""}, "session.attendees"),
        ({"recorder": " "}, "session.recorder"),
        ({"record_text": "", "statements": ()}, "session.record_empty"),
        ({"statements": (StatementInput(99_999, "?"),)}, "session.unknown_party"),
    ],
)
def test_a_record_missing_what_the_paper_needs_is_refused(
    ctx: ServiceContext, changes: dict[str, object], code: str
) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError) as refused:
        record_session(ctx, case_id, _record(party_links(ctx, case_id), **changes), today=TODAY)
    assert refused.value.code == code
    assert list_sessions(ctx, case_id) == []


def test_police_mediation_second_session_within_seven_working_days_or_a_warning(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx, route=Route.POLICE_MEDIATION)
    held_session(ctx, case_id)  # Wednesday 14 October 2026
    # 7 working days after 14 Oct is Friday 23 Oct: on time, no warning.
    on_time = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 23, 9), "第一调解室"))
    assert on_time.warnings == ()
    cancel_session(ctx, on_time.session_id)
    late = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 26, 9), "第一调解室"))
    [warning] = late.warnings
    assert warning.code == "session.second_late" and warning.params["deadline"] == "2026-10-23"
    assert [s.scheduled_at for s in list_sessions(ctx, case_id)][-1] == datetime(2026, 10, 26, 9)  # still saved


def test_other_routes_have_no_second_session_rule(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    assert schedule_session(ctx, case_id, SessionPlan(datetime(2026, 11, 16, 9), "第一调解室")).warnings == ()


def test_mediating_without_telling_the_rights_is_warned(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    saved = record_session(ctx, case_id, _record(party_links(ctx, case_id), rights_notice_given=False), today=TODAY)
    assert [w.code for w in saved.warnings] == ["session.no_rights_notice"]


def test_a_held_session_cannot_be_cancelled_a_planned_one_can(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    held = held_session(ctx, case_id)
    with pytest.raises(DomainError, match=r"session\.already_held"):
        cancel_session(ctx, held)
    planned = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 20, 9), "第二调解室"))
    cancel_session(ctx, planned.session_id)
    assert [s.session_id for s in list_sessions(ctx, case_id)] == [held]
    with ctx.db.read() as session:
        actions = [e.action for e in session.query(AuditEvent).filter(AuditEvent.case_id == case_id)]
    assert "cancel" in actions and "record" in actions


def test_a_notice_prints_for_each_party_with_the_planned_time(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 14, 14, 30), "联调室第二调解室"))
    for party, name in ((1, "王堃"), (2, "李玥")):
        text = squash(
            pdftotext(issue_case_form(ctx, "session_notice", case_id, party=party, today=date(2026, 10, 13)).pdf)
        )
        assert name in text and "2026年10月14日14时30分" in text and "联调室第二调解室" in text


def test_no_new_session_after_the_outcome(ctx: ServiceContext) -> None:
    from tests.services.casework_flow import signed_case

    signed = signed_case(ctx)
    with pytest.raises(DomainError, match=r"status\.transition"):
        schedule_session(ctx, signed.case_id, SessionPlan(datetime(2026, 10, 20, 9), "第一调解室"))
