"""The manual's screenshot data: the office and its staff, a seeded demo, clauses, cases done through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mediation_app.domain.identity import id_check_digit
from mediation_app.domain.vocabulary import (
    AttachmentKind,
    Channel,
    DisputeType,
    MediatorRole,
    PartyRole,
    Performance,
    Satisfaction,
    UserRole,
    VisitMethod,
)
from mediation_app.services.agreements import AgreementInput, TermInput, mark_effective, save_agreement
from mediation_app.services.attachments import add_attachment, mark_signed_original
from mediation_app.services.clauses import ClauseInfo, save_clause
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.documents import issue_case_form
from mediation_app.services.followup import PerformanceInput, VisitInput, close_case, record_performance, record_visit
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.services.mediators import MediatorInput, set_mediators
from mediation_app.services.sessions import (
    SessionPlan,
    SessionRecord,
    StatementInput,
    party_links,
    record_session,
    schedule_session,
)
from mediation_app.services.user_admin import NewUser, create_user

TODAY = date(2026, 11, 20)  # every picture shows this day, so re-running the script changes nothing
DEMO_CASES = 800
DEMO_SEED = 8
OFFICE = ("和平街道警民联调室", "和平街道人民调解委员会", "和平联调字")
ADMIN = ("admin", "郑赟")
PASSWORD = "heping-2026"  # the demo office's administrator; the screenshots' database is thrown away after
STAFF = (
    ("zhouyue", "周玥", UserRole.MEDIATOR),
    ("wangjm", "王建民", UserRole.MEDIATOR),
    ("chen", "陈静", UserRole.VIEWER),
)
REPAIR = "被申请人于2026年11月30日前修复卫生间防水层，并恢复申请人天花板原状。"
PAY = "被申请人赔偿申请人维修及清洁费用人民币3000元，于2026年11月25日前一次性付清。"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def id_number(body: str) -> str:
    return body + id_check_digit(body)


WANG_ID = id_number("11010119790305123")  # the intake form's applicant, born 5 March 1979
LI_ID = id_number("11010519850612004")


def seed_office(admin: ServiceContext) -> None:
    """Staff accounts, the clause library and the demo cases (numbered with the office's 字号)."""
    for username, name, role in STAFF:
        create_user(admin, NewUser(username, name, role, PASSWORD))
    for title, text, payment in (("修复", REPAIR, False), ("赔偿", PAY, True)):
        save_clause(admin, ClauseInfo(None, title, text, DisputeType.NEIGHBOUR, is_payment=payment))
    save_clause(admin, ClauseInfo(None, "保密", "双方对本次纠纷及调解内容负有保密义务。"))
    generate_demo(admin, DEMO_CASES, seed=DEMO_SEED, today=TODAY)


def add_mediators(ctx: ServiceContext, case_id: int) -> None:
    lead = MediatorInput("周玥", MediatorRole.PEOPLES_MEDIATOR, is_lead=True)
    set_mediators(ctx, case_id, [lead, MediatorInput("王建民", MediatorRole.POLICE_OFFICER)])


def hold_session(ctx: ServiceContext, case_id: int, when: datetime) -> None:
    """A session planned, its 调处通知书 issued, then recorded as held with each party's statement."""
    planned = schedule_session(ctx, case_id, SessionPlan(when, "联调室第一调解室"))
    issue_case_form(ctx, "session_notice", case_id, today=when.date())
    links = party_links(ctx, case_id)
    statements = (
        StatementInput(links[0][0], "要求赔偿3000元并修复防水层。"),
        StatementInput(links[1][0], "同意修复。"),
    )
    record = SessionRecord(
        held_at=when,
        place="联调室第一调解室",
        attendees="王堃、李玥",
        recorder="郑赟",
        record_text="调解员释法明理，双方就维修和赔偿达成一致。",
        result="双方达成协议。",
        rights_notice_given=True,
        statements=statements,
    )
    record_session(ctx, case_id, record, session_id=planned.session_id, version=planned.version, today=when.date())


def agreement_input() -> AgreementInput:
    return AgreementInput(
        terms=(
            TermInput(REPAIR, due_on=date(2026, 11, 30)),
            TermInput(PAY, is_payment=True, amount_fen=300_000, due_on=date(2026, 11, 25)),
        ),
        facts="被申请人家中卫生间防水层老化，渗漏致申请人卫生间天花板受损、墙面发霉。",
        disputed_matters="维修责任及赔偿数额。",
        responsibilities="被申请人对渗漏负全部责任。",
        performance_manner="银行转账",
        performance_place="和平街道警民联调室",
        performance_deadline=date(2026, 11, 30),
    )


@dataclass(frozen=True)
class ClosedCase:
    case_id: int
    number: str


ADDRESS = "东风社区3号楼2单元"


def _accepted(ctx: ServiceContext, received: datetime) -> int:
    parties = (
        PartyInput(
            "赵敏",
            PartyRole.APPLICANT,
            id_number=id_number("11010219800214102"),
            phone="13700001111",
            address=ADDRESS + "201室",
        ),
        PartyInput(
            "孙浩",
            PartyRole.RESPONDENT,
            id_number=id_number("11010219760923201"),
            phone="13600002222",
            address=ADDRESS + "202室",
        ),
    )
    intake = IntakeInput(
        Channel.POLICE,
        DisputeType.NEIGHBOUR,
        "被申请人在楼道堆放杂物，影响通行，双方发生争吵，派出所转来调解。",
        parties,
        received_at=received,
        title="赵敏与孙浩邻里纠纷",
        community="东风社区",
    )
    case_id = register_and_accept_case(ctx, intake).case_id
    add_mediators(ctx, case_id)
    return case_id


def closed_case(ctx: ServiceContext, clock: Callable[[datetime], None], png: bytes, pdf: bytes) -> ClosedCase:
    """A case mediated, signed, performed, visited and closed with every paper: ready for its 卷宗. ``clock`` sets
    the program's wall clock (accepting and closing are stamped with it)."""
    start = TODAY - timedelta(days=40)
    clock(at(start, 10, 5))
    case_id = _accepted(ctx, at(start, 9, 30))
    for form in ("application", "acceptance_register", "rights_notice"):
        issue_case_form(ctx, form, case_id, today=start)
    signed = start + timedelta(days=2)
    hold_session(ctx, case_id, at(signed, 14, 30))
    issue_case_form(ctx, "mediation_record", case_id, today=signed)
    saved = save_agreement(ctx, case_id, _short_agreement(), today=signed)
    printed = issue_case_form(ctx, "agreement", case_id, today=signed)
    assert printed.document_id is not None and printed.number is not None
    scan = add_attachment(ctx, case_id, pdf, "协议书签字.pdf", AttachmentKind.SIGNED_ORIGINAL)
    mark_signed_original(ctx, printed.document_id, scan.attachment_id)
    mark_effective(ctx, saved.agreement_id, signed, today=signed + timedelta(days=1))
    _followed_up(ctx, case_id, saved.agreement_id, start)
    add_attachment(ctx, case_id, png, "身份证复印件.png", AttachmentKind.ID_COPY)
    clock(at(start + timedelta(days=20), 16, 0))
    close_case(ctx, case_id)
    return ClosedCase(case_id, printed.number)


def _followed_up(ctx: ServiceContext, case_id: int, agreement_id: int, start: date) -> None:
    """Performed five days after acceptance, visited by phone after twenty, the 回访记录 issued."""
    performed, visited = start + timedelta(days=5), start + timedelta(days=20)
    done = PerformanceInput(Performance.PERFORMED, performed, performed, None, "已清理楼道杂物")
    record_performance(ctx, agreement_id, done, today=performed)
    visit = VisitInput(
        visited,
        "赵敏（申请人）",
        VisitMethod.PHONE,
        "周玥",
        Performance.PERFORMED,
        Satisfaction.SATISFIED,
        visitee_phone="13700001111",
    )
    record_visit(ctx, case_id, visit, today=visited)
    issue_case_form(ctx, "visit_record", case_id, today=visited)


def _short_agreement() -> AgreementInput:
    term = TermInput("被申请人于三日内清理楼道内堆放的杂物，今后不再占用公共通道。", due_on=TODAY - timedelta(days=35))
    return AgreementInput(
        terms=(term,),
        facts="被申请人在楼道堆放杂物影响通行。",
        disputed_matters="楼道杂物的清理。",
        responsibilities="被申请人负责清理。",
        performance_manner="自行清理",
        performance_place="东风社区3号楼",
        performance_deadline=TODAY - timedelta(days=35),
    )
