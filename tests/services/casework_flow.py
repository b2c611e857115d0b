"""A case taken from acceptance to closing through the services only (no direct inserts), step by step, and the
files a test attaches (a PDF of n pages, a PNG, a JPEG)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from mediation_app.domain.identity import id_check_digit
from mediation_app.domain.vocabulary import (
    AttachmentKind,
    Channel,
    DisputeType,
    MediatorRole,
    PartyKind,
    PartyRole,
    Performance,
    Route,
    Satisfaction,
    VisitMethod,
)
from mediation_app.services.agreements import AgreementInput, TermInput, mark_effective, save_agreement
from mediation_app.services.attachments import add_attachment, mark_signed_original
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import DivertInput, divert
from mediation_app.services.documents import issue_case_form
from mediation_app.services.followup import (
    PerformanceInput,
    VisitInput,
    close_case,
    record_performance,
    record_visit,
)
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

RECEIVED = datetime(2026, 10, 12, 9, 30)  # a Monday
FIRST_SESSION = datetime(2026, 10, 14, 9, 30)
SIGNED = date(2026, 10, 14)
TODAY = date(2026, 11, 20)


def _id(body: str) -> str:
    return body + id_check_digit(body)


WANG_ID = _id("11010119790305123")  # male (odd 17th digit), born 5 March 1979
LI_ID = _id("11010119850101124")  # female


def pdf_bytes(text: str = "scan", pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 720, f"{text} p{page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (60, 40), colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt)
    return buffer.getvalue()


def accepted_case(
    ctx: ServiceContext,
    *,
    dispute_type: DisputeType = DisputeType.NEIGHBOUR,
    route: Route | None = None,
    received: datetime = RECEIVED,
    organisation: bool = False,
) -> int:
    """An accepted case with two fully described parties (and optionally an organisation) and two mediators."""
    parties = [
        PartyInput(
            "王堃", PartyRole.APPLICANT, id_number=WANG_ID, address="东风社区建设路12号301室", phone="13812345678"
        ),
        PartyInput(
            "李玥", PartyRole.RESPONDENT, id_number=LI_ID, address="东风社区建设路12号401室", phone="13987654321"
        ),
    ]
    if organisation:
        parties.append(
            PartyInput(
                "某物业服务有限公司",
                PartyRole.THIRD_PARTY,
                kind=PartyKind.ORGANISATION,
                address="建设路1号",
                legal_rep_name="赵喆",
            )
        )
    ref = register_and_accept_case(
        ctx,
        IntakeInput(
            Channel.WALK_IN,
            dispute_type,
            "被申请人卫生间防水层老化，渗漏致申请人天花板受损。",
            tuple(parties),
            received_at=received,
            title="王堃与李玥房屋漏水纠纷",
            community="东风社区",
        ),
    )
    if route is not None:
        divert(ctx, DivertInput(ref.case_id, route=route, when=received))
    set_mediators(
        ctx,
        ref.case_id,
        [
            MediatorInput("周玥", MediatorRole.PEOPLES_MEDIATOR, is_lead=True),
            MediatorInput("王建民", MediatorRole.POLICE_OFFICER),
        ],
    )
    return ref.case_id


def held_session(ctx: ServiceContext, case_id: int, when: datetime = FIRST_SESSION) -> int:
    """Schedule a session, print its notice for each party, and record it as held with both statements."""
    planned = schedule_session(ctx, case_id, SessionPlan(when, "联调室第一调解室"))
    issue_case_form(ctx, "session_notice", case_id, today=when.date())
    links = party_links(ctx, case_id)
    record_session(
        ctx,
        case_id,
        SessionRecord(
            held_at=when,
            place="联调室第一调解室",
            attendees="王堃、李玥",
            recorder="郑赟",
            record_text="调解员释法明理。",
            result="双方达成协议。",
            rights_notice_given=True,
            statements=(StatementInput(links[0][0], "要求赔偿3000元。"), StatementInput(links[1][0], "同意赔偿。")),
        ),
        session_id=planned.session_id,
        version=planned.version,
        today=TODAY,
    )
    return planned.session_id


def complete_agreement() -> AgreementInput:
    return AgreementInput(
        terms=(
            TermInput("被申请人于2026年10月31日前修复卫生间防水层。", due_on=date(2026, 10, 31)),
            TermInput(
                "被申请人赔偿申请人人民币3000元。", is_payment=True, amount_fen=300_000, due_on=date(2026, 10, 20)
            ),
        ),
        facts="被申请人卫生间防水层老化致渗漏。",
        disputed_matters="维修责任及赔偿数额。",
        responsibilities="被申请人负主要责任。",
        performance_manner="银行转账",
        performance_place="联调室",
        performance_deadline=date(2026, 10, 31),
    )


@dataclass(frozen=True)
class SignedCase:
    case_id: int
    agreement_id: int
    agreement_number: str
    document_id: int  # the printed 协议书


def signed_case(ctx: ServiceContext, **case_options: object) -> SignedCase:
    """A case mediated to a written agreement: printed, its signed original attached, in effect."""
    case_id = accepted_case(ctx, **case_options)  # type: ignore[arg-type]
    held_session(ctx, case_id)
    saved = save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    printed = issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    assert printed.document_id is not None and printed.number is not None
    scan = add_attachment(
        ctx, case_id, pdf_bytes("signed agreement", 2), "协议书签字.pdf", AttachmentKind.SIGNED_ORIGINAL
    )
    mark_signed_original(ctx, printed.document_id, scan.attachment_id)
    mark_effective(ctx, saved.agreement_id, SIGNED, today=TODAY)
    return SignedCase(case_id, saved.agreement_id, printed.number, printed.document_id)


def closed_case(ctx: ServiceContext, *, papers: bool = True) -> SignedCase:
    """A signed case performed, visited, closed, with every required paper and an ID copy: ready to archive."""
    signed = signed_case(ctx)
    receipt = add_attachment(ctx, signed.case_id, image_bytes("JPEG"), "转账回单.jpg", AttachmentKind.RECEIPT)
    record_performance(
        ctx,
        signed.agreement_id,
        PerformanceInput(
            Performance.PERFORMED, date(2026, 10, 20), date(2026, 10, 20), 300_000, "", receipt.attachment_id
        ),
        today=TODAY,
    )
    record_visit(
        ctx,
        signed.case_id,
        VisitInput(
            date(2026, 11, 2),
            "王堃（申请人）",
            VisitMethod.PHONE,
            "周玥",
            Performance.PERFORMED,
            Satisfaction.SATISFIED,
            visitee_phone="13812345678",
        ),
        today=TODAY,
    )
    if papers:
        add_attachment(ctx, signed.case_id, image_bytes("PNG"), "身份证复印件.png", AttachmentKind.ID_COPY)
        for form in ("application", "acceptance_register", "rights_notice", "mediation_record", "visit_record"):
            issue_case_form(ctx, form, signed.case_id, today=TODAY)
    close_case(ctx, signed.case_id)
    return signed
