"""The front desk without Qt: full intake, known parties, risk suggestion and override, drafts, the decision
(accept / not accept / divert), the referral's confirmation and feedback, and the referral register."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.domain.identity import id_check_digit
from mediation_app.domain.vocabulary import (
    AgentAuthority,
    BodyKind,
    CaseStatus,
    Channel,
    ClockKind,
    DisputeType,
    FeedbackResult,
    Gender,
    NotAcceptedReason,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
)
from mediation_app.services.bodies import BodyInfo, list_bodies, save_body
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import (
    DivertInput,
    ReferralState,
    divert,
    not_accept,
    not_accepted_grounds,
    overdue_referrals,
    record_confirmation,
    record_feedback,
    referral_register,
)
from mediation_app.services.documents import preview_case_form
from mediation_app.services.drafts import discard_draft, list_drafts, load_draft, save_draft
from mediation_app.services.intake import (
    IntakeInput,
    PartyInput,
    accept_case,
    check_intake,
    register_and_accept_case,
    register_case,
    suggested_risk,
)
from mediation_app.services.parties import find_known_party
from mediation_app.storage.models import AuditEvent, Case, IntakeDraft, Party, Referral
from tests.printing.pdf_tools import pdftotext, squash

WANG_ID = "11010119790305" + "123"
WANG_ID += id_check_digit(WANG_ID)  # a man born 5 March 1979
RECEIVED = datetime(2026, 11, 2, 9, 30)


def neighbours(**changes: object) -> IntakeInput:
    base: dict[str, object] = {
        "channel": Channel.WALK_IN,
        "dispute_type": DisputeType.NEIGHBOUR,
        "facts": "楼上漏水，天花板受损。",
        "parties": (
            PartyInput(
                "王堃",
                PartyRole.APPLICANT,
                id_number=WANG_ID,
                phone="13812345678",
                ethnicity="汉族",
                occupation="个体经营",
                requests="赔偿3000元",
                agent_name="张赟",
                agent_authority=AgentAuthority.GENERAL,
            ),
            PartyInput("李玥", PartyRole.RESPONDENT, gender=Gender.FEMALE, age=41, phone="13987654321"),
        ),
        "received_at": RECEIVED,
        "place": "建设路12号",
        "community": "东风社区",
        "grid": "第3网格",
        "people_involved": 2,
        "amount_fen": 300_000,
        "referrer_unit": "东风派出所",
    }
    return IntakeInput(**{**base, **changes})  # type: ignore[arg-type]


def test_a_full_intake_is_saved_with_every_particular(ctx: ServiceContext) -> None:
    ref = register_and_accept_case(ctx, neighbours())
    assert ref.status is CaseStatus.ACCEPTED and ref.number == "（2026）某街联调字第0001号"
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        wang, li = (link.party for link in case.parties)
        assert (wang.gender, wang.birth_date, wang.ethnicity) == (Gender.MALE, date(1979, 3, 5), "汉族")
        assert case.parties[0].agent_name == "张赟" and case.parties[0].agent_authority is AgentAuthority.GENERAL
        assert (li.gender, li.age) == (Gender.FEMALE, 41)
        assert (case.grid, case.place, case.referrer_unit) == ("第3网格", "建设路12号", "东风派出所")
        assert case.risk is RiskLevel.YELLOW and case.risk_suggested is RiskLevel.YELLOW
        # Accepted on 人民调解: the one-month clock runs from acceptance.
        assert case.route is Route.PEOPLES_MEDIATION and case.clock is ClockKind.PEOPLES_MEDIATION
        assert case.due_date == date(2026, 12, 2)


def test_an_organisation_party_keeps_its_credit_code_and_representative(ctx: ServiceContext) -> None:
    company = PartyInput(
        "某物业服务有限公司",
        PartyRole.RESPONDENT,
        kind=PartyKind.ORGANISATION,
        credit_code="91350100M000100Y43",
        legal_rep_name="赵喆",
        legal_rep_title="总经理",
        address="东风路1号",
    )
    ref = register_case(ctx, neighbours(parties=(neighbours().parties[0], company)))
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        org = case.parties[1].party
        assert (org.kind, org.credit_code, org.legal_rep_name, org.legal_rep_title) == (
            PartyKind.ORGANISATION,
            "91350100M000100Y43",
            "赵喆",
            "总经理",
        )


@pytest.mark.parametrize(
    ("party", "field", "code"),
    [
        (
            PartyInput("王堃", PartyRole.APPLICANT, id_number=WANG_ID[:-1] + "0"),
            "parties.0.id_number",
            "id.check_digit",
        ),
        (
            PartyInput("王堃", PartyRole.APPLICANT, id_number=WANG_ID, birth_date=date(1979, 3, 6)),
            "parties.0.birth_date",
            "intake.birth_mismatch",
        ),
        (
            PartyInput("王堃", PartyRole.APPLICANT, id_number=WANG_ID, gender=Gender.FEMALE),
            "parties.0.gender",
            "intake.gender_mismatch",
        ),
        (PartyInput("王堃", PartyRole.APPLICANT, phone="1381234"), "parties.0.phone", "phone.too_short"),
        (PartyInput("王堃", PartyRole.APPLICANT, age=200), "parties.0.age", "intake.age_range"),
        (
            PartyInput("王堃", PartyRole.APPLICANT, agent_phone="13812345678"),
            "parties.0.agent_name",
            "intake.agent_name",
        ),
        (
            PartyInput("某公司", PartyRole.APPLICANT, kind=PartyKind.ORGANISATION, credit_code="91350100M000100Y44"),
            "parties.0.credit_code",
            "credit.check_digit",
        ),
    ],
)
def test_each_bad_field_is_named_and_nothing_is_saved(
    ctx: ServiceContext, party: PartyInput, field: str, code: str
) -> None:
    data = neighbours(parties=(party,))
    problems = check_intake(data, today=date(2026, 11, 21))
    assert [(p.code, p.params["field"]) for p in problems] == [(code, field)]
    with pytest.raises(DomainError) as info:
        register_and_accept_case(ctx, data)
    assert info.value.code == code
    with ctx.db.read() as session:
        assert session.query(Case).count() == 0 and session.query(Party).count() == 0


def test_all_faults_are_reported_at_once_in_form_order() -> None:
    data = neighbours(
        parties=(
            PartyInput("", PartyRole.RESPONDENT),
            PartyInput("李玥", PartyRole.RESPONDENT, phone="12"),
        ),
        amount_fen=-1,
    )
    fields = [p.params["field"] for p in check_intake(data, today=date(2026, 11, 21))]
    assert fields == ["parties", "parties.0.name", "parties.1.phone", "amount"]


def test_a_known_party_is_found_by_id_number_with_earlier_cases(ctx: ServiceContext) -> None:
    first = register_and_accept_case(ctx, neighbours())
    known = find_known_party(ctx, id_number=WANG_ID.lower(), today=date(2026, 11, 21))
    assert known is not None and known.name == "王堃" and known.gender is Gender.MALE
    assert [c.case_id for c in known.cases] == [first.case_id]
    assert known.cases[0].role is PartyRole.APPLICANT
    assert known.disputes_last_year == 1 and not known.repeat_disputant
    assert find_known_party(ctx, id_number=WANG_ID[:10]) is None  # half typed: no lookup
    by_phone = find_known_party(ctx, name="李玥", phone="13987654321")
    assert by_phone is not None and by_phone.age == 41
    assert find_known_party(ctx, name="李玥", phone="") is None


def test_reusing_a_known_party_updates_it_and_a_third_dispute_flags_a_repeat_disputant(ctx: ServiceContext) -> None:
    register_case(ctx, neighbours())
    known = find_known_party(ctx, id_number=WANG_ID, today=date(2026, 11, 21))
    assert known is not None
    again = PartyInput("王堃", PartyRole.APPLICANT, id_number=WANG_ID, phone="13800000000", party_id=known.party_id)
    register_case(ctx, neighbours(parties=(again,)))
    with ctx.db.read() as session:
        assert session.query(Party).filter(Party.name == "王堃").count() == 1
        party = session.get(Party, known.party_id)
        assert party is not None and party.phone == "13800000000" and party.occupation == "个体经营"
    known = find_known_party(ctx, id_number=WANG_ID, today=date(2026, 11, 21))
    assert known is not None and known.disputes_last_year == 2 and known.repeat_disputant
    suggestion = suggested_risk(ctx, neighbours(parties=(again,)), today=date(2026, 11, 21))
    assert suggestion.level is RiskLevel.ORANGE and "repeat_disputant" in {r.value for r in suggestion.reasons}


def test_overriding_the_suggested_colour_needs_a_reason_which_is_kept(ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as info:
        register_case(ctx, neighbours(risk=RiskLevel.RED))
    assert info.value.code == "intake.risk_reason" and info.value.params["suggested"] == "yellow"
    ref = register_case(ctx, neighbours(risk=RiskLevel.RED, risk_override_reason="双方曾持刀对峙"))
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        assert (case.risk, case.risk_suggested, case.risk_override_reason) == (
            RiskLevel.RED,
            RiskLevel.YELLOW,
            "双方曾持刀对峙",
        )
        assert case.risk_reasons == "一般民间纠纷"


def test_a_draft_survives_until_its_intake_is_saved(ctx: ServiceContext) -> None:
    typed = {"parties": [{"name": "王堃"}], "facts": "楼上漏水", "amount": "3000"}
    draft = save_draft(ctx, typed)
    draft = save_draft(ctx, {**typed, "amount": "3500"}, draft.draft_id)
    assert [d.draft_id for d in list_drafts(ctx)] == [draft.draft_id]
    assert list_drafts(ctx)[0].summary == "王堃：楼上漏水"
    assert load_draft(ctx, draft.draft_id)["amount"] == "3500"
    with pytest.raises(DomainError):
        register_case(ctx, neighbours(parties=(), draft_id=draft.draft_id))
    assert list_drafts(ctx), "a refused save keeps the draft"
    register_case(ctx, neighbours(draft_id=draft.draft_id))
    assert list_drafts(ctx) == []
    other = save_draft(ctx, typed)
    discard_draft(ctx, other.draft_id)
    with ctx.db.read() as session:
        assert session.query(IntakeDraft).count() == 0


def _body(ctx: ServiceContext, name: str = "某区劳动人事争议仲裁委员会") -> BodyInfo:
    return save_body(ctx, BodyInfo(None, name, BodyKind.LABOUR_ARBITRATION, "人民路188号", "010-88881234", "刘主任"))


def test_the_body_directory_refuses_duplicates_and_stale_edits(ctx: ServiceContext) -> None:
    body = _body(ctx)
    with pytest.raises(DomainError) as info:
        _body(ctx)
    assert info.value.code == "body.duplicate"
    edited = save_body(ctx, BodyInfo(**{**body.__dict__, "phone": "010-88880000"}))
    with pytest.raises(DomainError) as info:
        save_body(ctx, BodyInfo(**{**body.__dict__, "contact": "王"}))
    assert info.value.code == "record.stale"
    save_body(ctx, BodyInfo(**{**edited.__dict__, "is_active": False}))
    assert list_bodies(ctx) == [] and len(list_bodies(ctx, include_inactive=True)) == 1


def test_not_accepted_with_reason_and_competent_body(ctx: ServiceContext) -> None:
    court = save_body(ctx, BodyInfo(None, "某区人民法院", BodyKind.COURT))
    ref = register_case(ctx, neighbours())
    with pytest.raises(DomainError) as info:
        not_accept(ctx, ref.case_id, [NotAcceptedReason.ALREADY_HANDLED, NotAcceptedReason.OTHER])
    assert info.value.code == "decision.note_required"
    with pytest.raises(DomainError) as info:
        not_accept(ctx, ref.case_id, [], "法院已立案")
    assert (info.value.code, info.value.params["field"]) == ("decision.ground_required", "reasons")
    done = not_accept(ctx, ref.case_id, [NotAcceptedReason.ALREADY_HANDLED], "法院已立案", court.body_id)
    assert done.status is CaseStatus.NOT_ACCEPTED and done.number is None
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None and case.competent_body_id == court.body_id and case.closed_at is not None
        assert not_accepted_grounds(case) == [NotAcceptedReason.ALREADY_HANDLED]
    with pytest.raises(DomainError):
        accept_case(ctx, ref.case_id)


def test_several_grounds_are_all_kept_and_all_ticked_on_the_notice(ctx: ServiceContext) -> None:
    ref = register_case(ctx, neighbours())
    chosen = [NotAcceptedReason.OTHER, NotAcceptedReason.PARTY_REFUSES, NotAcceptedReason.ALREADY_HANDLED]
    not_accept(ctx, ref.case_id, chosen, "被申请人已向派出所报案")
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        # the law's order; the first ground is the one the ledger and the figures count
        assert not_accepted_grounds(case) == [
            NotAcceptedReason.ALREADY_HANDLED,
            NotAcceptedReason.PARTY_REFUSES,
            NotAcceptedReason.OTHER,
        ]
        assert case.not_accepted_reason is NotAcceptedReason.ALREADY_HANDLED
        [event] = session.query(AuditEvent).filter(AuditEvent.action == "not_accept")
        assert json.loads(event.after_json)["reasons"] == ["already_handled", "party_refuses", "other"]
    printed = squash(pdftotext(preview_case_form(ctx, "not_accepted_notice", ref.case_id).pdf))
    assert "☐属于法律" in printed
    assert "☑人民法院、公安机关或者其他行政机关已经受理或者解决的" in printed
    assert "☑一方当事人明确拒绝调解的" in printed and "☑其他" in printed
    assert "被申请人已向派出所报案" in printed


@pytest.mark.parametrize(
    ("route", "clock", "due"),
    [
        (Route.POLICE_MEDIATION, ClockKind.POLICE_MEDIATION, date(2026, 11, 5)),  # 3 working days
        (Route.LABOUR_MEDIATION, ClockKind.LABOUR_MEDIATION, date(2026, 11, 17)),  # 15 days
        (Route.JUDICIAL_MEDIATION, ClockKind.COURT_ASSIGNED, date(2026, 12, 2)),  # 委派: 30 days
    ],
)
def test_diverting_inside_the_room_accepts_on_the_route_with_its_clock(
    ctx: ServiceContext, route: Route, clock: ClockKind, due: date
) -> None:
    ref = register_case(ctx, neighbours())
    done = divert(ctx, DivertInput(ref.case_id, route=route, reason="当场受理", when=RECEIVED))
    assert done.status is CaseStatus.ACCEPTED and done.number is not None
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None and (case.route, case.clock, case.due_date) == (route, clock, due)
    [row] = referral_register(ctx, case_id=ref.case_id)
    assert row.state is ReferralState.INTERNAL


def test_an_outside_referral_comes_back_late_then_is_cleared(ctx: ServiceContext) -> None:
    body = _body(ctx)
    ref = register_case(ctx, neighbours(dispute_type=DisputeType.LABOUR))
    with pytest.raises(DomainError) as info:
        divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, when=RECEIVED))
    assert info.value.code == "decision.feedback_due"
    done = divert(
        ctx,
        DivertInput(
            ref.case_id, body_id=body.body_id, reason="劳动争议", feedback_due=date(2026, 11, 16), when=RECEIVED
        ),
    )
    assert done.status is CaseStatus.DIVERTED and done.number is not None
    [row] = referral_register(ctx, today=date(2026, 11, 3))
    assert row.state is ReferralState.AWAITING_CONFIRMATION and row.body_name == body.name
    record_confirmation(ctx, row.referral_id, date(2026, 11, 4), "仲裁委 刘主任")
    assert referral_register(ctx, today=date(2026, 11, 10))[0].state is ReferralState.AWAITING_FEEDBACK
    assert overdue_referrals(ctx, today=date(2026, 11, 16)) == []
    [late] = overdue_referrals(ctx, today=date(2026, 11, 20))
    assert late.state is ReferralState.OVERDUE and late.case_id == ref.case_id
    closed = record_feedback(ctx, row.referral_id, FeedbackResult.RESOLVED, date(2026, 11, 20), "已调解")
    assert closed.status is CaseStatus.CLOSED
    assert overdue_referrals(ctx, today=date(2026, 11, 20)) == []
    assert referral_register(ctx, today=date(2026, 11, 20))[0].state is ReferralState.DONE
    with ctx.db.read() as session:
        service_events = session.query(AuditEvent).filter(AuditEvent.row_key.is_(None))  # not the row-level ones
        actions = [e.action for e in service_events.order_by(AuditEvent.id)]
        assert actions[-3:] == ["divert", "confirm", "feedback"]


def test_feedback_in_progress_moves_the_due_date_and_returned_brings_the_case_back(ctx: ServiceContext) -> None:
    body = _body(ctx)
    ref = register_case(ctx, neighbours())
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, feedback_due=date(2026, 11, 10), when=RECEIVED))
    referral_id = referral_register(ctx)[0].referral_id
    record_feedback(ctx, referral_id, FeedbackResult.IN_PROGRESS, date(2026, 11, 9), new_due=date(2026, 11, 30))
    assert overdue_referrals(ctx, today=date(2026, 11, 20)) == []
    back = record_feedback(ctx, referral_id, FeedbackResult.RETURNED, date(2026, 11, 21), "不属本会受理范围")
    assert back.status is CaseStatus.ACCEPTED
    with ctx.db.read() as session:
        case = session.get(Case, ref.case_id)
        referral = session.get(Referral, referral_id)
        assert case is not None and case.due_date is None
        assert referral is not None and referral.feedback_note == "不属本会受理范围"


def test_a_referral_needs_one_destination_and_a_due_date_not_in_the_past(ctx: ServiceContext) -> None:
    body = _body(ctx)
    ref = register_case(ctx, neighbours())
    for data, code in [
        (DivertInput(ref.case_id), "decision.route_or_body"),
        (DivertInput(ref.case_id, route=Route.LEGAL_AID, body_id=body.body_id), "decision.route_or_body"),
        (
            DivertInput(ref.case_id, body_id=body.body_id, feedback_due=date(2026, 11, 1), when=RECEIVED),
            "clock.feedback_due_before_start",
        ),
    ]:
        with pytest.raises(DomainError) as info:
            divert(ctx, data)
        assert info.value.code == code
    with ctx.db.read() as session:
        assert session.query(Referral).count() == 0


def test_the_dashboard_lists_referrals_due_then_overdue(ctx: ServiceContext) -> None:
    from mediation_app.services.dashboard import Mark, dashboard_summary

    body = _body(ctx)
    ref = register_case(ctx, neighbours())
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, feedback_due=date(2026, 11, 10), when=RECEIVED))
    assert dashboard_summary(ctx, date(2026, 11, 6)).referrals.items == ()  # due in 4 days: not yet
    due = dashboard_summary(ctx, date(2026, 11, 10)).referrals.items
    assert [(r.case_id, r.mark) for r in due] == [(ref.case_id, Mark.FEEDBACK_DUE)]
    summary = dashboard_summary(ctx, date(2026, 11, 11))
    assert [(r.case_id, r.mark) for r in summary.referrals.items] == [(ref.case_id, Mark.FEEDBACK_OVERDUE)]
    assert summary.overdue_cases == 1  # the referral's clock is the case's clock


def test_staff_are_the_active_case_workers(ctx: ServiceContext) -> None:
    from mediation_app.domain.vocabulary import UserRole
    from mediation_app.services.staff import list_staff
    from mediation_app.storage.models import User

    with ctx.db.write() as session:
        session.add_all(
            [
                User(username="a", display_name="周玥", role=UserRole.MEDIATOR),
                User(username="b", display_name="郑赟", role=UserRole.ADMIN),
                User(username="c", display_name="查阅员", role=UserRole.VIEWER),
                User(username="d", display_name="离职者", role=UserRole.MEDIATOR, is_active=False),
            ]
        )
    assert [s.name for s in list_staff(ctx)] == sorted(["周玥", "郑赟"])


def test_a_progress_report_without_a_receipt_counts_as_an_answer(ctx: ServiceContext) -> None:
    body = _body(ctx)
    ref = register_case(ctx, neighbours())
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, feedback_due=date(2026, 11, 30), when=RECEIVED))
    [row] = referral_register(ctx, today=date(2026, 11, 10))
    assert row.state is ReferralState.AWAITING_CONFIRMATION and row.body_phone == "010-88881234"
    record_feedback(ctx, row.referral_id, FeedbackResult.IN_PROGRESS, date(2026, 11, 9), "正在调查")
    [row] = referral_register(ctx, today=date(2026, 11, 10))
    assert row.state is ReferralState.AWAITING_FEEDBACK and row.feedback_note == "正在调查"


def test_a_final_feedback_cannot_be_recorded_twice_nor_in_the_future(ctx: ServiceContext) -> None:
    body = _body(ctx)
    ref = register_case(ctx, neighbours())
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, feedback_due=date(2026, 11, 30), when=RECEIVED))
    referral_id = referral_register(ctx)[0].referral_id
    with pytest.raises(DomainError) as info:
        record_feedback(ctx, referral_id, FeedbackResult.RESOLVED, date(2099, 1, 1))
    assert info.value.code == "referral.date_future"
    record_feedback(ctx, referral_id, FeedbackResult.RESOLVED, date(2026, 11, 20))
    for again in (
        lambda: record_feedback(ctx, referral_id, FeedbackResult.NOT_RESOLVED, date(2026, 11, 21)),
        lambda: record_confirmation(ctx, referral_id, date(2026, 11, 21), "某人"),
    ):
        with pytest.raises(DomainError) as info:
            again()
        assert info.value.code == "referral.closed"
    assert referral_register(ctx)[0].feedback_result is FeedbackResult.RESOLVED


def test_the_directory_reads_in_vocabulary_order_and_refuses_over_long_names(ctx: ServiceContext) -> None:
    save_body(ctx, BodyInfo(None, "某区法律援助中心", BodyKind.LEGAL_AID_CENTRE))
    save_body(ctx, BodyInfo(None, "东风派出所", BodyKind.POLICE_STATION))
    assert [b.kind for b in list_bodies(ctx)] == [BodyKind.POLICE_STATION, BodyKind.LEGAL_AID_CENTRE]
    with pytest.raises(DomainError) as info:
        save_body(ctx, BodyInfo(None, "某" * 101, BodyKind.OTHER))
    assert info.value.code == "body.name_long"
