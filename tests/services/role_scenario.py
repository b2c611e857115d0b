"""The rest of the office's work for the role test: referrals, judicial confirmation, oral agreements, termination,
participants, files from disk and joint meetings, each through its service with arguments that succeed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from mediation_app.domain.casework import TerminationReason
from mediation_app.domain.vocabulary import (
    AttachmentKind,
    BodyKind,
    CourtDecision,
    DisputeType,
    FeedbackResult,
    NotAcceptedReason,
)
from mediation_app.services.agreements import AgreementInput, TermInput, register_oral_agreement
from mediation_app.services.attachments import add_attachment_file
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import (
    DivertInput,
    divert,
    not_accept,
    record_confirmation,
    record_feedback,
    referral_register,
)
from mediation_app.services.followup import TerminationInput, terminate_mediation
from mediation_app.services.intake import register_case
from mediation_app.services.judicial import apply_judicial_confirmation, record_court_decision, set_personal_status
from mediation_app.services.mediators import add_participant, remove_participant
from mediation_app.services.meeting_papers import issue_meeting_paper
from mediation_app.services.meetings import (
    AgendaEntry,
    DecisionInput,
    MeetingInput,
    complete_decision,
    create_meeting,
    record_minutes,
    update_meeting,
)

from .casework_flow import SIGNED, TODAY, accepted_case, held_session, image_bytes, signed_case
from .test_front_desk import RECEIVED, neighbours

HELD = datetime(2026, 11, 10, 14, 0)


def referrals(ctx: ServiceContext) -> None:
    body = save_body(ctx, BodyInfo(None, "某区劳动人事争议仲裁委", BodyKind.LABOUR_ARBITRATION))
    ref = register_case(ctx, neighbours(dispute_type=DisputeType.LABOUR))
    due = date(2026, 11, 16)
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, reason="劳动争议", feedback_due=due, when=RECEIVED))
    [row] = [r for r in referral_register(ctx, today=date(2026, 11, 3)) if r.case_id == ref.case_id]
    record_confirmation(ctx, row.referral_id, date(2026, 11, 4), "仲裁委 刘主任")
    record_feedback(ctx, row.referral_id, FeedbackResult.RESOLVED, date(2026, 11, 20), "已调解")
    refused = register_case(ctx, neighbours())
    not_accept(ctx, refused.case_id, [NotAcceptedReason.ALREADY_HANDLED], "法院已立案", body.body_id)


def agreements_and_endings(ctx: ServiceContext, folder: Path) -> None:
    signed = signed_case(ctx)
    set_personal_status(ctx, signed.agreement_id, False)
    applied_on = SIGNED + timedelta(days=5)
    apply_judicial_confirmation(ctx, signed.agreement_id, applied_on, "某区人民法院", today=TODAY)
    record_court_decision(ctx, signed.agreement_id, CourtDecision.CONFIRMED, applied_on + timedelta(days=9))
    oral = accepted_case(ctx)
    held_session(ctx, oral)
    agreed = AgreementInput(terms=(TermInput("被申请人当日清理楼道杂物。"),), facts="楼道堆物。")
    register_oral_agreement(ctx, oral, SIGNED, agreed, today=TODAY)
    ended = accepted_case(ctx)
    held_session(ctx, ended)
    terminate_mediation(ctx, ended, TerminationInput(TerminationReason.NO_AGREEMENT, "可向人民法院起诉"))
    scan = folder / "现场照片.png"
    scan.write_bytes(image_bytes("PNG"))
    add_attachment_file(ctx, ended, scan, AttachmentKind.EVIDENCE)


def participants_and_meetings(ctx: ServiceContext, case_id: int) -> None:
    added = add_participant(ctx, case_id, "李大爷", "邻居", "13700001111")
    remove_participant(ctx, added.participant_id)
    data = MeetingInput(HELD, "三楼会议室", "王主任", "司法所、派出所、社区")
    meeting = create_meeting(ctx, data, [AgendaEntry(case_id)])
    meeting = update_meeting(ctx, meeting.meeting_id, data, [AgendaEntry(case_id, topic="疑难")], meeting.version)
    decisions = [DecisionInput("约谈双方", "司法所 何喆", date(2026, 11, 20))]
    detail = record_minutes(ctx, meeting.meeting_id, case_id, "意见一致", decisions)
    complete_decision(ctx, detail.cases[0].decisions[0].item_id, date(2026, 11, 12), today=date(2026, 11, 15))
    issue_meeting_paper(ctx, meeting.meeting_id, "meeting_minutes", today=date(2026, 11, 15))
