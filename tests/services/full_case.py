"""A stored case carrying every record a case form is printed from (referral, sessions, agreements, visit, closure).

Until the case window (issue 5) writes these through services, the test writes the rows directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.vocabulary import (
    AgentAuthority,
    AgreementKind,
    BodyKind,
    CaseStatus,
    Channel,
    DisputeType,
    Gender,
    MediatorRole,
    PartyKind,
    PartyRole,
    Performance,
    Satisfaction,
    SessionKind,
    VisitMethod,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.storage.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseMediator,
    CaseParticipant,
    ExternalBody,
    FollowUpVisit,
    MediationSession,
    Party,
    Referral,
    User,
)


@dataclass(frozen=True)
class FullCase:
    case_id: int
    number: str
    values: tuple[str, ...]  # text the case's papers must show somewhere


def make_full_case(ctx: ServiceContext) -> FullCase:
    ref = register_and_accept_case(
        ctx,
        IntakeInput(
            Channel.WALK_IN,
            DisputeType.NEIGHBOUR,
            "被申请人卫生间防水层老化，渗漏致申请人天花板受损。",
            (
                PartyInput("王堃", PartyRole.APPLICANT, phone="13812345678", address="东风社区建设路12号301室"),
                PartyInput("李玥", PartyRole.RESPONDENT, phone="13987654321", requests="不同意全额赔偿"),
                PartyInput("某物业服务有限公司", PartyRole.THIRD_PARTY, kind=PartyKind.ORGANISATION),
            ),
            received_at=datetime(2026, 10, 20, 9, 30),
            title="王堃与李玥房屋漏水纠纷",
            community="东风社区",
            amount_fen=300_000,
            people_involved=2,
        ),
    )
    with ctx.db.write() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        clerk = User(username="zhengyun", display_name="郑赟", role="mediator")
        body = ExternalBody(
            name="某区物业纠纷人民调解委员会", kind=BodyKind.SPECIALISED_COMMITTEE, phone="010-88881234"
        )
        session.add_all([clerk, body])
        session.flush()
        first = case.parties[0]
        first.party.gender, first.party.ethnicity, first.party.birth_date = Gender.MALE, "汉族", date(1979, 3, 5)
        first.agent_name, first.agent_authority = "张赟", AgentAuthority.GENERAL
        first.requests = "请求被申请人修复防水层并赔偿3000元"
        organisation: Party = case.parties[2].party
        organisation.legal_rep_name, organisation.legal_rep_title = "赵喆", "总经理"
        case.received_by_id = clerk.id
        case.place, case.occurred_at = "东风社区建设路12号", datetime(2026, 10, 8, 20, 0)
        case.mediators.append(CaseMediator(name="周玥", role=MediatorRole.PEOPLES_MEDIATOR, is_lead=True))
        case.mediator_names = "周玥"
        case.decision_note = "属于民间纠纷，双方同意调解，予以受理。"
        session.add(CaseParticipant(case_id=case.id, name="刘德昇", relation="楼长"))
        session.add(
            Referral(
                case_id=case.id,
                body_id=body.id,
                reason="各方当事人同意由物业纠纷调委会调解。",
                decided_at=datetime(2026, 10, 21, 10, 0),
                decided_by_id=clerk.id,
                feedback_due=date(2026, 11, 5),
                confirmed_at=date(2026, 10, 23),
            )
        )
        session.add_all(
            [
                MediationSession(
                    case_id=case.id,
                    kind=SessionKind.INVESTIGATION,
                    held_at=datetime(2026, 10, 22, 14, 0),
                    place="建设路12号现场",
                    mediators="周玥",
                    recorder="郑赟",
                    record_text="问：渗漏从何时开始？答：十月初。",
                ),
                MediationSession(
                    case_id=case.id,
                    kind=SessionKind.MEDIATION,
                    held_at=datetime(2026, 10, 28, 9, 30),
                    place="联调室第一调解室",
                    mediators="周玥",
                    recorder="郑赟",
                    record_text="双方陈述意见，调解员释法明理。",
                    result="双方达成协议。",
                ),
                MediationSession(
                    case_id=case.id,
                    kind=SessionKind.MEDIATION,
                    scheduled_at=datetime(2026, 11, 25, 15, 0),
                    place="联调室第二调解室",
                    mediators="周玥",
                ),
            ]
        )
        written = Agreement(
            case_id=case.id,
            kind=AgreementKind.WRITTEN,
            facts="被申请人卫生间防水层老化致渗漏。",
            disputed_matters="维修责任及赔偿数额。",
            responsibilities="被申请人负主要责任。",
            performance_manner="银行转账",
            performance_deadline=date(2026, 11, 30),
            effective_on=date(2026, 10, 28),
            court_name="某区人民法院",
        )
        written.terms = [
            AgreementTerm(seq=1, text="被申请人于2026年11月30日前修复防水层。"),
            AgreementTerm(seq=2, text="被申请人赔偿申请人人民币3000元。", is_payment=True, amount_fen=300_000),
        ]
        oral = Agreement(case_id=case.id, kind=AgreementKind.ORAL, facts="楼道堆物。")
        oral.terms = [AgreementTerm(seq=1, text="被申请人当日清理楼道杂物。")]
        session.add_all([written, oral])
        session.flush()
        session.add(
            FollowUpVisit(
                case_id=case.id,
                agreement_id=written.id,
                visited_on=date(2026, 12, 5),
                visitee="王堃（申请人）",
                method=VisitMethod.PHONE,
                performance=Performance.PERFORMED,
                satisfaction=Satisfaction.SATISFIED,
                note="已修复并支付。",
                visitor="周玥",
            )
        )
        case.status = CaseStatus.FAILED  # the 终止 notice and the file need an ended case
        case.termination_reason = "申请人撤回部分请求后另行起诉。"
        case.routes_told = "可向人民法院起诉"
        case.closed_at = datetime(2026, 12, 6, 16, 0)
        case.competent_body_id = body.id
        number = case.number or ""
    values = ("王堃", "李玥", "某物业服务有限公司", "周玥", "郑赟", "某区物业纠纷人民调解委员会", "修复防水层")
    return FullCase(ref.case_id, number, values)


def make_not_accepted_case(ctx: ServiceContext) -> FullCase:
    """A registered dispute the room refused (人民调解法 Art. 17-18), pointing to the competent body."""
    from mediation_app.domain.vocabulary import NotAcceptedReason
    from mediation_app.services.intake import register_case

    ref = register_case(
        ctx,
        IntakeInput(
            Channel.WALK_IN,
            DisputeType.MARRIAGE_FAMILY,
            "离婚后子女抚养费给付纠纷，已由法院立案。",
            (PartyInput("冯玥", PartyRole.APPLICANT),),
            received_at=datetime(2026, 5, 11, 9, 0),
            title="冯玥抚养费纠纷",
        ),
    )
    with ctx.db.write() as session:
        court = ExternalBody(name="某区人民法院", kind=BodyKind.COURT, address="某区法院街1号", phone="010-88880000")
        session.add(court)
        session.flush()
        case = session.get(Case, ref.case_id)
        assert case is not None
        case.status, case.not_accepted_reason = CaseStatus.NOT_ACCEPTED, NotAcceptedReason.ALREADY_HANDLED
        case.decision_note, case.competent_body_id = "该纠纷已由某区人民法院立案受理。", court.id
    return FullCase(ref.case_id, "", ("冯玥", "某区人民法院", "已由某区人民法院立案受理"))
