"""The 联席会议: the case side (疑难, put forward), the proposed agenda and its reasons, minutes and decisions on the
case's timeline and the 工作台, and the agenda and minutes printed with the meeting's own text."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from mediation_app.domain.vocabulary import CaseStatus, FormCode, RiskLevel
from mediation_app.services.case_view import TimelineKind, case_overview
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.dashboard import Mark, dashboard_summary
from mediation_app.services.meeting_agenda import (
    AgendaReason,
    case_meeting_flags,
    find_agenda_case,
    propose_agenda,
    update_case_meeting_flags,
)
from mediation_app.services.meeting_papers import issue_meeting_paper, preview_meeting_paper
from mediation_app.services.meetings import (
    AgendaEntry,
    DecisionInput,
    MeetingInput,
    complete_decision,
    create_meeting,
    list_meetings,
    meeting_detail,
    record_minutes,
    update_meeting,
)
from mediation_app.storage.models import AuditEvent, IssuedDocument
from tests.printing.pdf_tools import pdftotext, squash

from .meeting_data import TODAY, make_case, number_of, set_case

HELD = datetime(2026, 11, 20, 14, 30)
R = AgendaReason


def meeting_input(when: datetime = HELD, **changes: str) -> MeetingInput:
    fields = {"place": "街道办三楼会议室", "host": "邵长庚", "attendees": "司法所何喆、派出所王建民", **changes}
    return MeetingInput(when, fields["place"], fields["host"], fields["attendees"], fields.get("summary", ""))


def events(ctx: ServiceContext, case_id: int) -> list[str]:
    with ctx.db.read() as session:
        stmt = (  # the services' own events (row-level events carry a row_key)
            sa.select(AuditEvent.action)
            .where(AuditEvent.case_id == case_id, AuditEvent.row_key.is_(None))
            .order_by(AuditEvent.id)
        )
        return list(session.execute(stmt).scalars())


def test_the_proposed_agenda_picks_exactly_the_right_cases_with_their_reasons(ctx: ServiceContext) -> None:
    difficult = make_case(ctx, "甲", difficult=True)
    make_case(ctx, "乙", difficult=True, status=CaseStatus.CLOSED)  # 疑难 but no longer open
    red = make_case(ctx, "丙", risk=RiskLevel.RED)
    orange_late = make_case(ctx, "丁", risk=RiskLevel.ORANGE, due_date=date(2026, 11, 1))
    late = make_case(ctx, "戊", due_date=date(2026, 11, 17))
    make_case(ctx, "己", risk=RiskLevel.BLUE, due_date=date(2026, 12, 1))  # nothing to discuss
    make_case(ctx, "庚", risk=RiskLevel.RED, accept=False)  # registered only, not open
    create_meeting(ctx, meeting_input(datetime(2026, 11, 5, 14, 0)), [])
    proposed = make_case(ctx, "辛", status=CaseStatus.SUCCEEDED)
    update_case_meeting_flags(ctx, proposed, difficult=False, proposal="履行中双方再起争执")
    set_case(ctx, proposed, meeting_proposed_at=datetime(2026, 11, 10, 9, 0))
    stale = make_case(ctx, "壬")
    set_case(ctx, stale, meeting_proposed_at=datetime(2026, 11, 1, 9, 0), meeting_proposal="上期已讨论")
    found = propose_agenda(ctx, HELD, TODAY)
    assert [(c.case_id, c.reasons) for c in found.candidates] == [
        (difficult, (R.DIFFICULT,)),
        (proposed, (R.PROPOSED,)),
        (red, (R.RED,)),
        (orange_late, (R.ORANGE, R.OVERDUE)),
        (late, (R.OVERDUE,)),
    ]
    assert found.total == 5
    assert found.since == datetime(2026, 11, 5, 14, 0)
    assert found.candidates[1].proposal == "履行中双方再起争执"


def test_without_an_earlier_meeting_every_standing_proposal_counts(ctx: ServiceContext) -> None:
    case_id = make_case(ctx, "甲", meeting_proposed_at=datetime(2025, 1, 1, 9, 0), meeting_proposal="老问题")
    found = propose_agenda(ctx, HELD, TODAY)
    assert [(c.case_id, c.reasons) for c in found.candidates] == [(case_id, (R.PROPOSED,))]
    assert found.since is None


def test_flags_are_set_withdrawn_and_audited_on_the_case(ctx: ServiceContext) -> None:
    case_id = make_case(ctx, "甲")
    with pytest.raises(ServiceError) as refused:
        update_case_meeting_flags(ctx, case_id, difficult=True, proposal="  ")
    assert refused.value.code == "meeting.proposal_reason"
    flags = update_case_meeting_flags(ctx, case_id, difficult=True, proposal="双方情绪激动，需多部门会商")
    assert (flags.difficult, flags.proposal) == (True, "双方情绪激动，需多部门会商")
    assert flags.proposed_at is not None
    assert update_case_meeting_flags(ctx, case_id, difficult=True, proposal="双方情绪激动，需多部门会商") == flags
    flags = update_case_meeting_flags(ctx, case_id, difficult=False, proposal=None)
    assert (flags.difficult, flags.proposed_at, flags.proposal) == (False, None, "")
    assert case_meeting_flags(ctx, case_id) == flags
    assert events(ctx, case_id)[-4:] == [
        "mark_difficult",
        "propose_for_meeting",
        "unmark_difficult",
        "withdraw_meeting_proposal",
    ]


def test_a_case_is_added_by_number_and_the_agenda_reordered(ctx: ServiceContext) -> None:
    a, b, c = make_case(ctx, "甲"), make_case(ctx, "乙", risk=RiskLevel.RED), make_case(ctx, "丙")
    added = find_agenda_case(ctx, f" {number_of(ctx, a)} ", HELD, TODAY)
    assert (added.case_id, added.reasons) == (a, ())
    with pytest.raises(ServiceError) as unknown:
        find_agenda_case(ctx, "（2026）某街联调字第9999号", HELD, TODAY)
    assert unknown.value.code == "meeting.case_unknown"
    meeting = create_meeting(ctx, meeting_input(), [AgendaEntry(b, ("red",), "涉众"), AgendaEntry(a)])
    assert [(x.first.case_id, x.first.reasons, x.first.topic) for x in meeting.cases] == [
        (b, ("red",), "涉众"),
        (a, (), ""),
    ]
    agenda = [AgendaEntry(c), AgendaEntry(b, ("red",), "涉众")]
    changed = update_meeting(ctx, meeting.meeting_id, meeting_input(place="联调室"), agenda, meeting.version)
    assert [x.first.case_id for x in changed.cases] == [c, b]
    assert changed.data.place == "联调室"
    with pytest.raises(ServiceError) as stale:
        update_meeting(ctx, meeting.meeting_id, meeting_input(), agenda, meeting.version)
    assert stale.value.code == "record.stale"
    assert list_meetings(ctx)[0].items == 2


def test_meeting_needs_place_host_and_each_case_once(ctx: ServiceContext) -> None:
    a = make_case(ctx, "甲")
    for data, agenda, code in [
        (meeting_input(place=" "), [], "meeting.place"),
        (meeting_input(host=""), [], "meeting.host"),
        (meeting_input(), [AgendaEntry(a), AgendaEntry(a)], "meeting.case_twice"),
    ]:
        with pytest.raises(ServiceError) as refused:
            create_meeting(ctx, data, agenda)
        assert refused.value.code == code


def test_decisions_reach_the_timeline_and_the_dashboard_until_done(ctx: ServiceContext) -> None:
    case_id = make_case(ctx, "甲", risk=RiskLevel.ORANGE)
    meeting = create_meeting(ctx, meeting_input(), [AgendaEntry(case_id, ("orange",))])
    decisions = [
        DecisionInput("约谈幼儿园负责人", "司法所 何喆", date(2026, 11, 21)),
        DecisionInput("维护调解现场秩序", "派出所 王建民", date(2026, 11, 27)),
    ]
    detail = record_minutes(ctx, meeting.meeting_id, case_id, "意见一致，一案一策", decisions)
    case = detail.cases[0]
    assert [(d.decision, d.assignee) for d in case.decisions] == [
        ("约谈幼儿园负责人", "司法所 何喆"),
        ("维护调解现场秩序", "派出所 王建民"),
    ]
    assert case.first.discussion == "意见一致，一案一策"
    assert case.first.reasons == ("orange",)  # the first decision rides on the agenda item
    timeline = case_overview(ctx, case_id, today=TODAY).timeline
    texts = [e.text for e in timeline if e.kind is TimelineKind.MEETING_DECISION]
    assert sorted(texts) == ["约谈幼儿园负责人", "维护调解现场秩序"]
    assert events(ctx, case_id).count("meeting_decision") == 2
    first, second = (d.item_id for d in case.decisions)
    due = dashboard_summary(ctx, date(2026, 11, 24)).decisions.items
    assert [(i.record_id, i.mark) for i in due] == [(first, Mark.DECISION_OVERDUE), (second, Mark.DECISION_DUE)]
    complete_decision(ctx, first, date(2026, 11, 21), today=date(2026, 11, 24))
    assert [i.record_id for i in dashboard_summary(ctx, date(2026, 11, 24)).decisions.items] == [second]
    assert list_meetings(ctx)[0].open_decisions == 1


def test_decisions_are_edited_removed_but_a_done_one_stays(ctx: ServiceContext) -> None:
    case_id = make_case(ctx, "甲")
    meeting = create_meeting(ctx, meeting_input(), [AgendaEntry(case_id)])
    first = DecisionInput("约谈", "何喆", date(2026, 11, 25))
    detail = record_minutes(
        ctx, meeting.meeting_id, case_id, "", [first, DecisionInput("走访", "马丽", date(2026, 11, 26))]
    )
    one, two = detail.cases[0].decisions
    edited = DecisionInput("约谈双方", "何喆", date(2026, 11, 25), one.item_id)
    detail = record_minutes(ctx, meeting.meeting_id, case_id, "", [edited])
    assert [(d.item_id, d.decision) for d in detail.cases[0].decisions] == [(one.item_id, "约谈双方")]
    assert len(detail.cases[0].items) == 1
    complete_decision(ctx, one.item_id, date(2026, 11, 22), today=date(2026, 11, 22))
    with pytest.raises(ServiceError) as kept:
        record_minutes(ctx, meeting.meeting_id, case_id, "", [])
    assert kept.value.code == "meeting.decision_done"
    with pytest.raises(ServiceError) as decided:
        update_meeting(ctx, meeting.meeting_id, meeting_input(), [], detail.version)
    assert decided.value.code == "meeting.case_decided"
    assert "meeting_decision_removed" in events(ctx, case_id)
    assert two.item_id not in {i.item_id for i in meeting_detail(ctx, meeting.meeting_id).cases[0].items}


@pytest.mark.parametrize(
    ("decision", "code"),
    [
        (DecisionInput("约谈", "", date(2026, 11, 25)), "meeting.assignee"),
        (DecisionInput("约谈", "何喆", None), "meeting.due"),
        (DecisionInput("约谈", "何喆", date(2026, 11, 19)), "meeting.due_before_meeting"),
    ],
)
def test_a_decision_needs_an_owner_and_a_due_date_after_the_meeting(
    ctx: ServiceContext, decision: DecisionInput, code: str
) -> None:
    case_id = make_case(ctx, "甲")
    meeting = create_meeting(ctx, meeting_input(), [AgendaEntry(case_id)])
    with pytest.raises(ServiceError) as refused:
        record_minutes(ctx, meeting.meeting_id, case_id, "", [decision])
    assert refused.value.code == code
    assert meeting_detail(ctx, meeting.meeting_id).cases[0].decisions == ()


def test_the_agenda_and_minutes_print_the_meetings_text(ctx: ServiceContext) -> None:
    earlier = create_meeting(ctx, meeting_input(datetime(2026, 11, 5, 14, 0)), [AgendaEntry(make_case(ctx, "乙"))])
    old_case = earlier.cases[0].first.case_id
    record_minutes(ctx, earlier.meeting_id, old_case, "", [DecisionInput("回访", "马丽", date(2026, 11, 10))])
    case_id = make_case(ctx, "甲", risk=RiskLevel.RED)
    meeting = create_meeting(
        ctx, meeting_input(summary="通报本月受理19件"), [AgendaEntry(case_id, ("difficult", "red"), "家长扬言上访")]
    )
    agenda = squash(pdftotext(preview_meeting_paper(ctx, meeting.meeting_id, "meeting_agenda", today=TODAY).pdf))
    for text in ("联席会议议程", "2026年第2期（11月下半月）", "2026年11月20日（星期五）14时30分", "街道办三楼会议室"):
        assert squash(text) in agenda
    for text in ("邵长庚", "上期会议决定事项1项，已完成0项", "提请案件1件", number_of(ctx, case_id), "疑难、红色预警"):
        assert squash(text) in agenda
    record_minutes(
        ctx, meeting.meeting_id, case_id, "一案一策", [DecisionInput("约谈园方", "司法所 何喆", date(2026, 12, 4))]
    )
    paper = issue_meeting_paper(ctx, meeting.meeting_id, "meeting_minutes", today=TODAY)
    minutes = squash(pdftotext(paper.pdf))
    for text in ("联席会议纪要", "通报本月受理19件", "研判意见：一案一策", "约谈园方", "司法所何喆", "2026年12月4日"):
        assert squash(text) in minutes
    with ctx.db.read() as session:
        issued = session.get(IssuedDocument, paper.document_id)
        assert issued is not None
        assert (issued.meeting_id, issued.form, issued.case_id) == (meeting.meeting_id, FormCode.MEETING_MINUTES, None)
        assert json.loads(issued.context_json)["tasks"][0]["owner"] == "司法所 何喆"
    with pytest.raises(ServiceError):
        preview_meeting_paper(ctx, meeting.meeting_id, "agreement")
