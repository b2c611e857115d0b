"""A small office for the interface-language checks: cases at every stage (registered, accepted, signed, closed,
sent out), a body, a joint meeting with minutes, all through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mediation_app.domain.vocabulary import AttachmentKind, RiskLevel
from mediation_app.services.agreements import mark_effective, save_agreement
from mediation_app.services.attachments import add_attachment
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import DivertInput, divert
from mediation_app.services.documents import issue_case_form
from mediation_app.services.judicial import apply_judicial_confirmation
from mediation_app.services.meetings import AgendaEntry, DecisionInput, MeetingInput, create_meeting, record_minutes
from tests.services.casework_flow import (
    TODAY,
    accepted_case,
    closed_case,
    complete_agreement,
    held_session,
    pdf_bytes,
    signed_case,
)

from .factories import make_case
from .test_referrals import add_body


@dataclass(frozen=True)
class Office:
    registered: int
    accepted: int
    signed: int
    closed: int
    referred: int
    meeting: int
    later: tuple[int, ...]  # mediated; agreement drafted and printed; in effect 4 days; before the court

    @property
    def cases(self) -> tuple[int, ...]:
        return (self.registered, self.accepted, self.signed, self.closed, self.referred, *self.later)


def later_stages(ctx: ServiceContext) -> tuple[int, ...]:
    """A case mediated (a session held), one with its agreement printed, one in effect since 16 November (the
    司法确认 window open) and one whose parties applied to the court."""
    mediated = accepted_case(ctx)
    held_session(ctx, mediated)
    printed, in_effect, applied = (agreed_case(ctx) for _ in range(3))
    for case_id, agreement_id in (in_effect, applied):
        add_attachment(ctx, case_id, pdf_bytes(), "协议书签字.pdf", AttachmentKind.SIGNED_ORIGINAL)
        mark_effective(ctx, agreement_id, date(2026, 11, 16), today=TODAY)
    apply_judicial_confirmation(ctx, applied[1], date(2026, 11, 18), "某区人民法院", today=TODAY)
    return (mediated, printed[0], in_effect[0], applied[0])


def agreed_case(ctx: ServiceContext) -> tuple[int, int]:
    """A case with a session held and its written agreement saved and printed: (case id, agreement id)."""
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    saved = save_agreement(ctx, case_id, complete_agreement(), today=TODAY)
    issue_case_form(ctx, "agreement", case_id, today=date(2026, 11, 16))
    return case_id, saved.agreement_id


def build_office(ctx: ServiceContext) -> Office:
    registered = make_case(ctx, "赵六", risk=RiskLevel.RED, respondent="钱七").case_id
    accepted = accepted_case(ctx)
    signed = signed_case(ctx).case_id
    closed = closed_case(ctx).case_id
    body = add_body(ctx)
    referred = make_case(ctx, "孙八", received_at=datetime(2026, 11, 2, 9, 0)).case_id
    divert(
        ctx,
        DivertInput(
            referred,
            body_id=body.body_id,
            reason="劳动争议",
            feedback_due=date(2026, 11, 16),
            when=datetime(2026, 11, 2, 10, 0),
        ),
    )
    meeting = create_meeting(
        ctx,
        MeetingInput(datetime(2026, 11, 17, 14, 30), "街道办三楼会议室", "邵长庚", "派出所、司法所"),
        [AgendaEntry(registered, ("red",), "家长扬言上访")],
    )
    record_minutes(
        ctx,
        meeting.meeting_id,
        registered,
        "一案一策",
        [DecisionInput("约谈当事人", "司法所 何喆", date(2026, 11, 21))],
    )
    return Office(registered, accepted, signed, closed, referred, meeting.meeting_id, later_stages(ctx))
