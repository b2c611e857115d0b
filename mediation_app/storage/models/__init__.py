"""All mapped tables; importing this package registers every table on Base.metadata."""

from mediation_app.storage.models.case import Case, CaseMediator, CaseParticipant, CaseParty, IntakeDraft, Party
from mediation_app.storage.models.office import (
    CalendarDay,
    ClauseTemplate,
    ExternalBody,
    NumberCounter,
    Office,
    Setting,
    User,
)
from mediation_app.storage.models.records import Attachment, AuditEvent, Blob, FormVersion, IssuedDocument
from mediation_app.storage.models.work import (
    Agreement,
    AgreementTerm,
    FollowUpVisit,
    JointMeeting,
    JointMeetingItem,
    MediationSession,
    PerformanceRecord,
    Referral,
    SessionStatement,
)

__all__ = [
    "Agreement",
    "AgreementTerm",
    "Attachment",
    "AuditEvent",
    "Blob",
    "CalendarDay",
    "Case",
    "CaseMediator",
    "CaseParticipant",
    "CaseParty",
    "ClauseTemplate",
    "ExternalBody",
    "FollowUpVisit",
    "FormVersion",
    "IntakeDraft",
    "IssuedDocument",
    "JointMeeting",
    "JointMeetingItem",
    "MediationSession",
    "NumberCounter",
    "Office",
    "Party",
    "PerformanceRecord",
    "Referral",
    "SessionStatement",
    "Setting",
    "User",
]
