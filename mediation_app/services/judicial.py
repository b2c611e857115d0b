"""司法确认 (人民调解法 Art. 33): both parties may jointly apply to a court within 30 days of the agreement taking
effect; personal-status matters (婚姻、收养…) never. The window is judged by domain.agreement_rules; here the
application and the court's decision are recorded, each refused with the code saying why."""

from __future__ import annotations

from datetime import date

from mediation_app.domain.agreement_rules import check_court_decision, check_judicial_application
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CourtDecision
from mediation_app.services.agreements import AgreementInfo, agreement_info, judicial_facts, load_agreement, load_case
from mediation_app.services.arguments import check_arguments
from mediation_app.services.case_guard import writable_case
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Agreement


def apply_judicial_confirmation(
    ctx: ServiceContext,
    agreement_id: int,
    applied_on: date,
    court_name: str,
    *,
    today: date | None = None,
    override_reason: str = "",
) -> AgreementInfo:
    """Both parties apply to ``court_name`` for 司法确认 (Art. 33): refused after the 30-day window, for an agreement
    not yet in effect or oral, and for personal-status matters — the code says which."""
    check_arguments(locals(), apply_judicial_confirmation)
    day = today or date.today()
    if not court_name.strip():
        raise ServiceError("judicial.court", field="court_name")
    if applied_on > day:
        raise ServiceError("agreement.date_future", field="applied_on")
    with ctx.db.write() as session:
        row = load_agreement(session, agreement_id)
        writable_case(session, ctx, row.case_id, override_reason)
        case = load_case(session, row.case_id)
        try:
            check_judicial_application(judicial_facts(case, row), applied_on)
        except DomainError as refused:
            raise ServiceError(refused.code, field="applied_on", **refused.params) from None
        row.judicial_applied_on, row.court_name = applied_on, court_name.strip()
        session.flush()
        _log(session, ctx, row, "judicial_apply", {"applied_on": applied_on, "court": row.court_name})
        return agreement_info(case, row, day)


def record_court_decision(
    ctx: ServiceContext,
    agreement_id: int,
    decision: CourtDecision,
    decided_on: date,
    *,
    today: date | None = None,
    override_reason: str = "",
) -> AgreementInfo:
    """The court's ruling on the application: 确认有效 or 驳回申请."""
    check_arguments(locals(), record_court_decision)
    day = today or date.today()
    if decided_on > day:
        raise ServiceError("agreement.date_future", field="decided_on")
    with ctx.db.write() as session:
        row = load_agreement(session, agreement_id)
        writable_case(session, ctx, row.case_id, override_reason)
        case = load_case(session, row.case_id)
        try:
            check_court_decision(row.judicial_applied_on, decided_on)
        except DomainError as refused:
            raise ServiceError(refused.code, field="decided_on", **refused.params) from None
        row.court_decision, row.court_decided_on = decision, decided_on
        session.flush()
        _log(session, ctx, row, "court_decision", {"decision": decision.value, "on": decided_on})
        return agreement_info(case, row, day)


def set_personal_status(
    ctx: ServiceContext, agreement_id: int, personal_status: bool, *, override_reason: str = ""
) -> AgreementInfo:
    """Say whether the agreement settles a personal-status matter (婚姻、收养…); allowed after signing too, since
    it decides 司法确认, not the agreement's text."""
    check_arguments(locals(), set_personal_status)
    with ctx.db.write() as session:
        row = load_agreement(session, agreement_id)
        writable_case(session, ctx, row.case_id, override_reason)
        if row.judicial_applied_on is not None:
            raise ServiceError("judicial.already_applied")
        row.personal_status = personal_status
        session.flush()
        _log(session, ctx, row, "personal_status", {"personal_status": personal_status})
        return agreement_info(load_case(session, row.case_id), row, date.today())


def _log(session: DbSession, ctx: ServiceContext, row: Agreement, action: str, after: dict[str, object]) -> None:
    record_event(
        session,
        user_id=ctx.user_id,
        action=action,
        entity="agreement",
        entity_id=row.id,
        case_id=row.case_id,
        after=after,
    )
