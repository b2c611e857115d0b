"""Termination with its ground, performance records, the 回访记录, and closing once the follow-up is done."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mediation_app.domain.casework import TerminationReason
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import (
    AttachmentKind,
    BodyKind,
    CaseStatus,
    FormCode,
    Outcome,
    Performance,
    Satisfaction,
    VisitMethod,
)
from mediation_app.services.attachments import add_attachment
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form
from mediation_app.services.followup import (
    PerformanceInput,
    TerminationInput,
    VisitInput,
    close_case,
    list_performance,
    list_visits,
    record_performance,
    record_visit,
    terminate_mediation,
)
from mediation_app.services.form_contexts import FormWording, build_context
from mediation_app.storage import documents as paper_store
from mediation_app.storage.models import Case
from tests.printing.pdf_tools import pdftotext, squash
from tests.services.casework_flow import TODAY, accepted_case, held_session, image_bytes, signed_case

ROUTES = "可向人民法院提起诉讼"


def _case(ctx: ServiceContext, case_id: int) -> Case:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def _visit(**changes: object) -> VisitInput:
    values: dict[str, object] = {
        "visited_on": date(2026, 11, 2),
        "visitee": "王堃（申请人）",
        "method": VisitMethod.IN_PERSON,
        "visitor": "周玥",
        "performance": Performance.PARTLY,
        "satisfaction": Satisfaction.FAIRLY_SATISFIED,
        "later_suit": False,
        "residual_risk": "无",
        "visitee_phone": "13812345678",
        "place": "建设路12号",
    }
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


def test_termination_fails_the_case_with_its_ground_and_prints_it(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    court = save_body(ctx, BodyInfo(None, "某区人民法院", BodyKind.COURT, address="法院街1号", phone="010-88880000"))
    when = datetime(2026, 10, 20, 16, 0)
    reason = TerminationReason.NO_AGREEMENT
    ref = terminate_mediation(ctx, case_id, TerminationInput(reason, ROUTES, "分歧较大。", court.body_id, when))
    assert ref.status is CaseStatus.FAILED
    case = _case(ctx, case_id)
    assert (case.outcome, case.termination_code, case.closed_at) == (Outcome.FAILURE, reason, when)
    with ctx.db.read() as session:
        papers = paper_store.case_papers(session, case_id)
        assert papers is not None
        context = build_context(FormCode.TERMINATION_NOTICE, papers, TODAY, FormWording(""))
    assert context["reasons"] == "no_agreement" and context["body"]["name"] == "某区人民法院"
    text = squash(pdftotext(issue_case_form(ctx, "termination_notice", case_id, party=1, today=TODAY).pdf))
    assert "☑经调解，各方当事人分歧较大" in text and ROUTES in text and "2026年10月20日" in text


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (TerminationInput(TerminationReason.OTHER, ROUTES), "termination.detail"),
        (TerminationInput(TerminationReason.PARTY_ABSENT, " "), "termination.routes"),
        (TerminationInput(TerminationReason.PARTY_ABSENT, ROUTES, body_id=9999), "body.missing"),
    ],
)
def test_a_termination_says_why_and_what_the_parties_were_told(
    ctx: ServiceContext, data: TerminationInput, code: str
) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError) as refused:
        terminate_mediation(ctx, case_id, data)
    assert refused.value.code == code
    assert _case(ctx, case_id).status is CaseStatus.ACCEPTED


def test_a_succeeded_case_cannot_be_terminated(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    with pytest.raises(DomainError, match=r"status\.transition"):
        terminate_mediation(ctx, signed.case_id, TerminationInput(TerminationReason.NO_AGREEMENT, ROUTES))


def test_performance_of_an_agreement_in_effect_with_its_receipt(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    receipt = add_attachment(ctx, signed.case_id, image_bytes("JPEG"), "回单.jpg", AttachmentKind.RECEIPT)
    partly = PerformanceInput(Performance.PARTLY, date(2026, 10, 18), date(2026, 10, 18), 100_000, "先付一千元")
    record_performance(ctx, signed.agreement_id, partly, today=TODAY)
    full = PerformanceInput(
        Performance.PERFORMED,
        date(2026, 10, 20),
        date(2026, 10, 20),
        200_000,
        receipt_attachment_id=receipt.attachment_id,
    )
    record_performance(ctx, signed.agreement_id, full, today=TODAY)
    rows = list_performance(ctx, signed.case_id)
    assert [(r.status, r.amount_fen, r.agreement_number) for r in rows] == [
        (Performance.PARTLY, 100_000, signed.agreement_number),
        (Performance.PERFORMED, 200_000, signed.agreement_number),
    ]
    assert rows[1].receipt_attachment_id == receipt.attachment_id


def test_performance_records_are_checked(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    other = accepted_case(ctx)
    foreign = add_attachment(ctx, other, image_bytes("PNG"), "x.png", AttachmentKind.RECEIPT)
    bad = {
        "performance.date": PerformanceInput(Performance.PERFORMED, date(2026, 10, 20)),
        "performance.before_effective": PerformanceInput(Performance.PARTLY, date(2026, 10, 20), date(2026, 10, 1)),
        "followup.date_future": PerformanceInput(Performance.PERFORMED, date(2026, 11, 21), date(2026, 11, 21)),
        "attachment.missing": PerformanceInput(
            Performance.PERFORMED, date(2026, 10, 20), date(2026, 10, 20), receipt_attachment_id=foreign.attachment_id
        ),
    }
    for code, data in bad.items():
        with pytest.raises(DomainError) as refused:
            record_performance(ctx, signed.agreement_id, data, today=TODAY)
        assert refused.value.code == code
    assert list_performance(ctx, signed.case_id) == []


def test_a_visit_is_recorded_after_the_outcome_and_prints(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError, match=r"visit\.status"):
        record_visit(ctx, case_id, _visit(), today=TODAY)
    signed = signed_case(ctx)
    with pytest.raises(DomainError, match=r"visit\.before_outcome"):
        record_visit(ctx, signed.case_id, _visit(visited_on=date(2026, 10, 13)), today=TODAY)
    with pytest.raises(DomainError, match=r"visit\.visitor"):
        record_visit(ctx, signed.case_id, _visit(visitor=""), today=TODAY)
    saved = record_visit(ctx, signed.case_id, _visit(), today=TODAY)
    assert saved.data.agreement_id == signed.agreement_id  # the agreement in effect, by default
    assert [v.data.satisfaction for v in list_visits(ctx, signed.case_id)] == [Satisfaction.FAIRLY_SATISFIED]
    text = squash(pdftotext(issue_case_form(ctx, "visit_record", signed.case_id, today=TODAY).pdf))
    assert "13812345678" in text and "建设路12号" in text and squash(signed.agreement_number) in text


def test_closing_waits_for_the_follow_up_of_a_success(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    with pytest.raises(DomainError, match=r"case\.followup_missing"):
        close_case(ctx, signed.case_id)
    record_visit(ctx, signed.case_id, _visit(), today=TODAY)
    assert close_case(ctx, signed.case_id).status is CaseStatus.CLOSED
    case = _case(ctx, signed.case_id)
    assert case.closed_at is not None and case.closed_at.date() == date(2026, 10, 14)  # the clock stopped at signing


def test_a_terminated_case_closes_at_once(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    terminate_mediation(ctx, case_id, TerminationInput(TerminationReason.PARTY_WITHDRAWS, ROUTES))
    assert close_case(ctx, case_id).status is CaseStatus.CLOSED
    with pytest.raises(DomainError, match=r"status\.transition"):
        close_case(ctx, case_id)
