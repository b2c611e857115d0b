"""The written agreement (structure, completeness, printing, signing), the clause library, the oral agreement,
and 司法确认: the 30-day window with a fake clock, the application and the court's decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from mediation_app.domain.agreement_rules import JudicialState
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus, CourtDecision, DisputeType, Outcome
from mediation_app.services.agreements import (
    AgreementInput,
    TermInput,
    case_agreements,
    check_agreement_input,
    get_agreement,
    mark_effective,
    register_oral_agreement,
    save_agreement,
)
from mediation_app.services.clauses import ClauseInfo, delete_clause, list_clauses, save_clause
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form
from mediation_app.services.integrity import check_database
from mediation_app.services.judicial import apply_judicial_confirmation, record_court_decision, set_personal_status
from mediation_app.storage.models import Case
from tests.printing.pdf_tools import pdftotext, squash
from tests.services.casework_flow import (
    SIGNED,
    TODAY,
    accepted_case,
    complete_agreement,
    held_session,
    signed_case,
)


def _mediating(ctx: ServiceContext, **options: object) -> int:
    case_id = accepted_case(ctx, **options)  # type: ignore[arg-type]
    held_session(ctx, case_id)
    return case_id


def _case(ctx: ServiceContext, case_id: int) -> Case:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def test_an_incomplete_draft_is_saved_with_what_it_lacks(ctx: ServiceContext) -> None:
    case_id = _mediating(ctx)
    draft = AgreementInput(terms=(TermInput("被申请人赔偿3000元。", is_payment=True),), facts="漏水。")
    saved = save_agreement(ctx, case_id, draft, today=TODAY)
    codes = [p.code for p in saved.problems]
    assert codes == [
        "agreement.disputed_matters",
        "agreement.responsibilities",
        "agreement.performance_manner",
        "agreement.performance_place",
        "agreement.performance_deadline",
        "agreement.payment_amount",
        "agreement.payment_due",
    ]
    assert [p.field for p in saved.problems][-2:] == ["terms.1.amount", "terms.1.due_on"]
    complete = save_agreement(
        ctx, case_id, complete_agreement(), agreement_id=saved.agreement_id, version=saved.version, today=TODAY
    )
    assert complete.problems == ()
    assert complete.data.amount_fen == 300_000  # the payment terms' sum when no total is typed
    assert complete.data.terms[0].text.startswith("被申请人于2026年10月31日前")
    # The replaced terms are in the audit trail as deleted rows, so the trail still matches the tables.
    assert check_database(ctx).ok


def test_a_party_without_particulars_makes_the_agreement_incomplete(ctx: ServiceContext) -> None:
    case_id = _mediating(ctx)
    from mediation_app.storage.models import Party

    with ctx.db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        party: Party = case.parties[1].party
        party.id_number, party.address = None, ""
    problems = check_agreement_input(ctx, case_id, complete_agreement())
    assert [(p.code, p.params["name"]) for p in problems] == [
        ("agreement.party_address", "李玥"),
        ("agreement.party_id_number", "李玥"),
    ]


def test_an_agreement_is_drafted_only_in_mediation_and_once(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    with pytest.raises(DomainError, match=r"agreement\.not_mediating"):
        save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    held_session(ctx, case_id)
    first = save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    with pytest.raises(DomainError, match=r"agreement\.draft_exists"):
        save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    save_agreement(ctx, case_id, complete_agreement(), agreement_id=first.agreement_id, version=first.version)
    with pytest.raises(DomainError, match=r"record\.stale"):
        save_agreement(ctx, case_id, complete_agreement(), agreement_id=first.agreement_id, version=first.version)
    with pytest.raises(DomainError, match=r"amount\.negative"):
        save_agreement(ctx, case_id, replace(complete_agreement(), amount_fen=-1), agreement_id=first.agreement_id)


def test_signing_needs_the_complete_printed_unchanged_agreement(ctx: ServiceContext) -> None:
    case_id = _mediating(ctx)
    draft = save_agreement(ctx, case_id, replace(complete_agreement(), performance_place=""), today=TODAY)
    with pytest.raises(DomainError, match=r"agreement\.incomplete"):
        mark_effective(ctx, draft.agreement_id, SIGNED, today=TODAY)
    draft = save_agreement(ctx, case_id, complete_agreement(), agreement_id=draft.agreement_id, today=TODAY)
    with pytest.raises(DomainError, match=r"agreement\.not_printed"):
        mark_effective(ctx, draft.agreement_id, SIGNED, today=TODAY)
    printed = issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    edited = replace(complete_agreement(), terms=(*complete_agreement().terms, TermInput("双方不再追究。")))
    save_agreement(ctx, case_id, edited, agreement_id=draft.agreement_id, today=TODAY)
    with pytest.raises(DomainError, match=r"agreement\.changed_since_printed"):
        mark_effective(ctx, draft.agreement_id, SIGNED, today=TODAY)
    reprinted = issue_case_form(ctx, "agreement", case_id, today=SIGNED)
    assert reprinted.number == printed.number  # the paper keeps its number however often it is printed
    with pytest.raises(DomainError, match=r"agreement\.date_future"):
        mark_effective(ctx, draft.agreement_id, TODAY + timedelta(days=1), today=TODAY)
    ref = mark_effective(ctx, draft.agreement_id, SIGNED, today=TODAY)
    assert ref.status is CaseStatus.SUCCEEDED
    case = _case(ctx, case_id)
    assert case.outcome is Outcome.SUCCESS and case.closed_at is not None and case.closed_at.date() == SIGNED
    with pytest.raises(DomainError, match=r"agreement\.effective"):
        save_agreement(ctx, case_id, complete_agreement(), agreement_id=draft.agreement_id, today=TODAY)


def test_the_printed_agreement_shows_every_term_and_amount(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    text = squash(pdftotext(issue_case_form(ctx, "agreement", signed.case_id, today=SIGNED).pdf))
    for term in complete_agreement().terms:
        assert squash(term.text) in text
    assert "本协议一式3份" in text and "银行转账" in text


def test_the_clause_library_by_dispute_type(ctx: ServiceContext) -> None:
    general = save_clause(ctx, ClauseInfo(None, "不再追究", "双方就本纠纷不再追究。"))
    repair = save_clause(
        ctx, ClauseInfo(None, "维修", "被申请人于____前修复。", DisputeType.NEIGHBOUR, is_payment=False)
    )
    save_clause(ctx, ClauseInfo(None, "工资", "用人单位支付工资____元。", DisputeType.LABOUR, is_payment=True))
    assert [c.title for c in list_clauses(ctx, DisputeType.NEIGHBOUR)] == ["维修", "不再追究"]
    assert len(list_clauses(ctx)) == 3
    edited = save_clause(ctx, replace(repair, text="被申请人于十日内修复。"))
    assert edited.version == 2
    with pytest.raises(DomainError, match=r"record\.stale"):
        save_clause(ctx, replace(repair, text="旧的"))
    with pytest.raises(DomainError, match=r"clause\.text"):
        save_clause(ctx, ClauseInfo(None, "空", " "))
    delete_clause(ctx, general.clause_id or 0)
    assert [c.title for c in list_clauses(ctx, DisputeType.NEIGHBOUR)] == ["维修"]
    # A term picked from the library, then edited, goes into the agreement as text of its own.
    case_id = _mediating(ctx)
    picked = TermInput(edited.text.replace("十日", "七日"), is_payment=edited.is_payment, due_on=date(2026, 10, 21))
    saved = save_agreement(ctx, case_id, replace(complete_agreement(), terms=(picked,)), today=TODAY)
    assert saved.data.terms[0].text == "被申请人于七日内修复。"


def test_an_oral_agreement_succeeds_the_case_and_prints_its_register(ctx: ServiceContext) -> None:
    case_id = _mediating(ctx)
    oral = AgreementInput(terms=(TermInput("被申请人当日清理楼道杂物。"),), facts="楼道堆物。")
    with pytest.raises(DomainError, match=r"agreement\.payment_due"):
        register_oral_agreement(
            ctx, case_id, SIGNED, AgreementInput(terms=(TermInput("付100元", True, 10_000),)), today=TODAY
        )
    ref = register_oral_agreement(ctx, case_id, SIGNED, oral, today=TODAY)
    assert ref.status is CaseStatus.SUCCEEDED
    [info] = case_agreements(ctx, case_id, today=TODAY)
    assert info.effective_on == SIGNED and info.judicial.state is JudicialState.NOT_WRITTEN
    text = squash(pdftotext(issue_case_form(ctx, "oral_agreement", case_id, today=TODAY).pdf))
    assert "被申请人当日清理楼道杂物" in text
    with pytest.raises(DomainError, match=r"judicial\.oral"):
        apply_judicial_confirmation(ctx, info.agreement_id, SIGNED, "某区人民法院", today=TODAY)


def test_the_judicial_window_is_open_for_thirty_days_then_closed(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    day0 = get_agreement(ctx, signed.agreement_id, today=SIGNED).judicial
    assert (day0.state, day0.days_left, day0.deadline) == (JudicialState.OPEN, 30, SIGNED + timedelta(days=30))
    last = get_agreement(ctx, signed.agreement_id, today=SIGNED + timedelta(days=30)).judicial
    assert (last.state, last.days_left) == (JudicialState.OPEN, 0)
    closed = get_agreement(ctx, signed.agreement_id, today=SIGNED + timedelta(days=31)).judicial
    assert (closed.state, closed.reason) == (JudicialState.CLOSED, "judicial.window_closed")
    late = SIGNED + timedelta(days=31)
    with pytest.raises(DomainError, match=r"judicial\.window_closed"):
        apply_judicial_confirmation(ctx, signed.agreement_id, late, "某区人民法院", today=late)


def test_applying_and_recording_the_court_decision(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    applied_on = SIGNED + timedelta(days=5)
    with pytest.raises(DomainError, match=r"judicial\.not_applied"):
        record_court_decision(ctx, signed.agreement_id, CourtDecision.CONFIRMED, applied_on, today=TODAY)
    with pytest.raises(DomainError, match=r"judicial\.court"):
        apply_judicial_confirmation(ctx, signed.agreement_id, applied_on, " ", today=TODAY)
    info = apply_judicial_confirmation(ctx, signed.agreement_id, applied_on, "某区人民法院", today=TODAY)
    assert info.judicial.state is JudicialState.APPLIED and info.court_name == "某区人民法院"
    with pytest.raises(DomainError, match=r"judicial\.already_applied"):
        apply_judicial_confirmation(ctx, signed.agreement_id, applied_on, "某区人民法院", today=TODAY)
    with pytest.raises(DomainError, match=r"judicial\.decision_before_application"):
        record_court_decision(ctx, signed.agreement_id, CourtDecision.CONFIRMED, SIGNED, today=TODAY)
    decided = record_court_decision(ctx, signed.agreement_id, CourtDecision.CONFIRMED, applied_on + timedelta(days=9))
    assert decided.judicial.state is JudicialState.DECIDED and decided.court_decision is CourtDecision.CONFIRMED
    text = squash(pdftotext(issue_case_form(ctx, "judicial_confirmation", signed.case_id, today=TODAY).pdf))
    assert "某区人民法院" in text and squash(signed.agreement_number) in text


def test_personal_status_matters_are_blocked_from_judicial_confirmation(ctx: ServiceContext) -> None:
    signed = signed_case(ctx, dispute_type=DisputeType.MARRIAGE_FAMILY)
    within = SIGNED + timedelta(days=10)
    info = get_agreement(ctx, signed.agreement_id, today=within)
    assert (info.judicial.state, info.judicial.reason) == (JudicialState.BLOCKED, "judicial.personal_status_unanswered")
    with pytest.raises(DomainError, match=r"judicial\.personal_status_unanswered"):
        apply_judicial_confirmation(ctx, signed.agreement_id, within, "某区人民法院", today=within)
    blocked = set_personal_status(ctx, signed.agreement_id, True)
    assert blocked.judicial.reason == "judicial.personal_status"
    with pytest.raises(DomainError, match=r"judicial\.personal_status"):
        apply_judicial_confirmation(ctx, signed.agreement_id, within, "某区人民法院", today=within)
    set_personal_status(ctx, signed.agreement_id, False)  # e.g. only 抚养费 is settled: a money agreement
    applied = apply_judicial_confirmation(ctx, signed.agreement_id, within, "某区人民法院", today=within)
    assert applied.judicial.state is JudicialState.APPLIED
