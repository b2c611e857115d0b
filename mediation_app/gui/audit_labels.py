"""Readable names for what the audit trail records: tables, actions and the columns people edit."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_app.domain.vocabulary import (
    CaseStatus,
    Channel,
    DisputeType,
    FeedbackResult,
    FormCode,
    Outcome,
    Performance,
    RiskLevel,
    Route,
    Satisfaction,
    VisitMethod,
    Vocabulary,
)
from mediation_app.gui.i18n import mark
from mediation_app.services.meeting_agenda import AgendaReason

CONTEXT = "Audit"

TABLES: dict[str, str] = {
    "offices": QT_TRANSLATE_NOOP("Audit", "Office"),
    "office": QT_TRANSLATE_NOOP("Audit", "Office"),
    "users": QT_TRANSLATE_NOOP("Audit", "User"),
    "user": QT_TRANSLATE_NOOP("Audit", "User"),
    "settings": QT_TRANSLATE_NOOP("Audit", "Setting"),
    "external_bodies": QT_TRANSLATE_NOOP("Audit", "Outside body"),
    "clause_templates": QT_TRANSLATE_NOOP("Audit", "Clause library"),
    "cases": QT_TRANSLATE_NOOP("Audit", "Case"),
    "case": QT_TRANSLATE_NOOP("Audit", "Case"),
    "parties": QT_TRANSLATE_NOOP("Audit", "Party"),
    "case_parties": QT_TRANSLATE_NOOP("Audit", "Party in the case"),
    "case_mediators": QT_TRANSLATE_NOOP("Audit", "Mediator"),
    "case_participants": QT_TRANSLATE_NOOP("Audit", "Invited participant"),
    "referrals": QT_TRANSLATE_NOOP("Audit", "Referral"),
    "mediation_sessions": QT_TRANSLATE_NOOP("Audit", "Session record"),
    "session_statements": QT_TRANSLATE_NOOP("Audit", "Party statement"),
    "agreements": QT_TRANSLATE_NOOP("Audit", "Agreement"),
    "agreement": QT_TRANSLATE_NOOP("Audit", "Agreement"),
    "agreement_terms": QT_TRANSLATE_NOOP("Audit", "Agreement term"),
    "performance_records": QT_TRANSLATE_NOOP("Audit", "Performance"),
    "follow_up_visits": QT_TRANSLATE_NOOP("Audit", "Follow-up visit"),
    "joint_meetings": QT_TRANSLATE_NOOP("Audit", "Joint meeting"),
    "joint_meeting_items": QT_TRANSLATE_NOOP("Audit", "Agenda item"),
    "attachments": QT_TRANSLATE_NOOP("Audit", "Attachment"),
    "issued_documents": QT_TRANSLATE_NOOP("Audit", "Issued paper"),
}
# The services' own events name their entity in the singular.
for _plural, _singular in (
    ("agreements", "agreement"),
    ("attachments", "attachment"),
    ("external_bodies", "body"),
    ("external_bodies", "external_body"),
    ("case_participants", "case_participant"),
    ("clause_templates", "clause_template"),
    ("follow_up_visits", "follow_up_visit"),
    ("issued_documents", "issued_document"),
    ("joint_meetings", "joint_meeting"),
    ("joint_meeting_items", "joint_meeting_item"),
    ("mediation_sessions", "mediation_session"),
    ("parties", "party"),
    ("performance_records", "performance_record"),
    ("referrals", "referral"),
):
    TABLES[_singular] = TABLES[_plural]
TABLES["series_prefix"] = QT_TRANSLATE_NOOP("Audit", "Paper number prefix")
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("Audit", "Added"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "bulk_insert": QT_TRANSLATE_NOOP("Audit", "Added in bulk"),
    "baseline": QT_TRANSLATE_NOOP("Audit", "Existing records counted"),
    "register": QT_TRANSLATE_NOOP("Audit", "Registered"),
    "accept": QT_TRANSLATE_NOOP("Audit", "Accepted"),
    "not_accept": QT_TRANSLATE_NOOP("Audit", "Not accepted"),
    "divert": QT_TRANSLATE_NOOP("Audit", "Diverted"),
    "schedule": QT_TRANSLATE_NOOP("Audit", "Session scheduled"),
    "save": QT_TRANSLATE_NOOP("Audit", "Saved"),
    "close": QT_TRANSLATE_NOOP("Audit", "Closed"),
    "terminate": QT_TRANSLATE_NOOP("Audit", "Mediation ended"),
    "visit": QT_TRANSLATE_NOOP("Audit", "Follow-up visit recorded"),
    "performance": QT_TRANSLATE_NOOP("Audit", "Performance recorded"),
    "effective": QT_TRANSLATE_NOOP("Audit", "Agreement took effect"),
    "print": QT_TRANSLATE_NOOP("Audit", "Paper printed"),
    "attach": QT_TRANSLATE_NOOP("Audit", "File attached"),
    "archived_override": QT_TRANSLATE_NOOP("Audit", "Archived case changed by an administrator"),
    "rebuild_file": QT_TRANSLATE_NOOP("Audit", "Case file rebuilt"),
    "set_mediators": QT_TRANSLATE_NOOP("Audit", "Mediators set"),
    "feedback": QT_TRANSLATE_NOOP("Audit", "Feedback recorded"),
    "confirm": QT_TRANSLATE_NOOP("Audit", "Confirmed"),
    "cancel": QT_TRANSLATE_NOOP("Audit", "Cancelled"),
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "add": QT_TRANSLATE_NOOP("Audit", "Added"),
    "remove": QT_TRANSLATE_NOOP("Audit", "Removed"),
    "oral_agreement": QT_TRANSLATE_NOOP("Audit", "Oral agreement recorded"),
    "meeting_decision": QT_TRANSLATE_NOOP("Audit", "Joint meeting decision"),
    "signed_original": QT_TRANSLATE_NOOP("Audit", "Signed original attached"),
    "correct_record": QT_TRANSLATE_NOOP("Audit", "Record corrected"),
    "reveal": QT_TRANSLATE_NOOP("Audit", "Personal data shown"),
    "demo": QT_TRANSLATE_NOOP("Audit", "Demo cases generated"),
    "ledger_import": QT_TRANSLATE_NOOP("Audit", "Ledger imported"),
    "record": QT_TRANSLATE_NOOP("Audit", "Recorded"),
    "login": QT_TRANSLATE_NOOP("Audit", "Logged in"),
    "password": QT_TRANSLATE_NOOP("Audit", "Password changed"),
}
FIELDS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("Audit", "Number"),
    "title": QT_TRANSLATE_NOOP("Audit", "Title"),
    "status": QT_TRANSLATE_NOOP("Audit", "Status"),
    "facts": QT_TRANSLATE_NOOP("Audit", "Facts"),
    "place": QT_TRANSLATE_NOOP("Audit", "Place"),
    "risk": QT_TRANSLATE_NOOP("Audit", "Risk colour"),
    "route": QT_TRANSLATE_NOOP("Audit", "Route"),
    "outcome": QT_TRANSLATE_NOOP("Audit", "Outcome"),
    "amount_fen": QT_TRANSLATE_NOOP("Audit", "Amount (fen)"),
    "name": QT_TRANSLATE_NOOP("Audit", "Name"),
    "phone": QT_TRANSLATE_NOOP("Audit", "Phone"),
    "address": QT_TRANSLATE_NOOP("Audit", "Address"),
    "id_number": QT_TRANSLATE_NOOP("Audit", "ID number"),
    "requests": QT_TRANSLATE_NOOP("Audit", "Requests"),
    "role": QT_TRANSLATE_NOOP("Audit", "Role"),
    "reason": QT_TRANSLATE_NOOP("Audit", "Reason"),
    "note": QT_TRANSLATE_NOOP("Audit", "Note"),
    "text": QT_TRANSLATE_NOOP("Audit", "Text"),
    "disputed_matters": QT_TRANSLATE_NOOP("Audit", "Matters in dispute"),
    "responsibilities": QT_TRANSLATE_NOOP("Audit", "Responsibilities"),
    "performance_manner": QT_TRANSLATE_NOOP("Audit", "Manner of performance"),
    "performance_place": QT_TRANSLATE_NOOP("Audit", "Place of performance"),
    "performance_deadline": QT_TRANSLATE_NOOP("Audit", "Performance deadline"),
    "effective_on": QT_TRANSLATE_NOOP("Audit", "Took effect on"),
    "record_text": QT_TRANSLATE_NOOP("Audit", "Record"),
    "result": QT_TRANSLATE_NOOP("Audit", "Result"),
    "held_at": QT_TRANSLATE_NOOP("Audit", "Held at"),
    "scheduled_at": QT_TRANSLATE_NOOP("Audit", "Scheduled for"),
    "statement": QT_TRANSLATE_NOOP("Audit", "Statement"),
    "display_name": QT_TRANSLATE_NOOP("Audit", "Display name"),
    "password_hash": QT_TRANSLATE_NOOP("Audit", "Password"),
    "value": QT_TRANSLATE_NOOP("Audit", "Value"),
    "mediator_names": QT_TRANSLATE_NOOP("Audit", "Mediators"),
    "applicant_names": QT_TRANSLATE_NOOP("Audit", "Applicants"),
    "respondent_names": QT_TRANSLATE_NOOP("Audit", "Respondents"),
    "due_date": QT_TRANSLATE_NOOP("Audit", "Due date"),
    "closed_at": QT_TRANSLATE_NOOP("Audit", "Closed at"),
    "accepted_at": QT_TRANSLATE_NOOP("Audit", "Accepted at"),
    "received_at": QT_TRANSLATE_NOOP("Audit", "Received at"),
    "due_on": QT_TRANSLATE_NOOP("Audit", "Due on"),
    "is_payment": QT_TRANSLATE_NOOP("Audit", "Payment term"),
    "seq": QT_TRANSLATE_NOOP("Audit", "No."),
    "terms": QT_TRANSLATE_NOOP("Audit", "Terms"),
    "kind": QT_TRANSLATE_NOOP("Audit", "Kind"),
    "gender": QT_TRANSLATE_NOOP("Audit", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Audit", "Date of birth"),
    "ethnicity": QT_TRANSLATE_NOOP("Audit", "Ethnicity"),
    "occupation": QT_TRANSLATE_NOOP("Audit", "Occupation"),
    "employer": QT_TRANSLATE_NOOP("Audit", "Employer"),
    "channel": QT_TRANSLATE_NOOP("Audit", "Channel"),
    "dispute_type": QT_TRANSLATE_NOOP("Audit", "Dispute type"),
    "community": QT_TRANSLATE_NOOP("Audit", "Community"),
    "grid": QT_TRANSLATE_NOOP("Audit", "Grid"),
    "people_involved": QT_TRANSLATE_NOOP("Audit", "People involved"),
    "occurred_at": QT_TRANSLATE_NOOP("Audit", "Occurred at"),
    "is_lead": QT_TRANSLATE_NOOP("Audit", "Lead mediator"),
    "agent_name": QT_TRANSLATE_NOOP("Audit", "Agent"),
    "copies": QT_TRANSLATE_NOOP("Audit", "Copies"),
    "decided_at": QT_TRANSLATE_NOOP("Audit", "Decided at"),
    "feedback_due": QT_TRANSLATE_NOOP("Audit", "Feedback due"),
    "visited_on": QT_TRANSLATE_NOOP("Audit", "Visited on"),
    "visitee": QT_TRANSLATE_NOOP("Audit", "Visited person"),
    "method": QT_TRANSLATE_NOOP("Audit", "Method"),
    "satisfaction": QT_TRANSLATE_NOOP("Audit", "Satisfaction"),
    "filename": QT_TRANSLATE_NOOP("Audit", "File name"),
    "risk_reasons": QT_TRANSLATE_NOOP("Audit", "Risk grounds"),
    "risk_suggested": QT_TRANSLATE_NOOP("Audit", "Suggested risk colour"),
    "may_escalate": QT_TRANSLATE_NOOP("Audit", "May escalate"),
    "position": QT_TRANSLATE_NOOP("Audit", "Order"),
    "mediators": QT_TRANSLATE_NOOP("Audit", "Mediators"),
    "recorder": QT_TRANSLATE_NOOP("Audit", "Recorder"),
    "attendees": QT_TRANSLATE_NOOP("Audit", "Attendees"),
    "rights_notice_given": QT_TRANSLATE_NOOP("Audit", "Rights and duties explained"),
    "mediator_work": QT_TRANSLATE_NOOP("Audit", "Mediator's work"),
    "age": QT_TRANSLATE_NOOP("Audit", "Age"),
    "topic": QT_TRANSLATE_NOOP("Audit", "Topic"),
    "decision": QT_TRANSLATE_NOOP("Audit", "Decision"),
    "host": QT_TRANSLATE_NOOP("Audit", "Chair"),
    "summary": QT_TRANSLATE_NOOP("Audit", "Summary"),
    "username": QT_TRANSLATE_NOOP("Audit", "User name"),
    "is_active": QT_TRANSLATE_NOOP("Audit", "Active"),
    "contact": QT_TRANSLATE_NOOP("Audit", "Contact"),
    "clock": QT_TRANSLATE_NOOP("Audit", "Clock"),
    "archive_number": QT_TRANSLATE_NOOP("Audit", "Archive number"),
    "archived_at": QT_TRANSLATE_NOOP("Audit", "Archived at"),
    "decision_note": QT_TRANSLATE_NOOP("Audit", "Decision note"),
    "termination_reason": QT_TRANSLATE_NOOP("Audit", "Termination reason"),
    "routes_told": QT_TRANSLATE_NOOP("Audit", "Other routes told"),
    "difficult": QT_TRANSLATE_NOOP("Audit", "Difficult case"),
    "performed_on": QT_TRANSLATE_NOOP("Audit", "Performed on"),
    "recorded_on": QT_TRANSLATE_NOOP("Audit", "Recorded on"),
    "visitor": QT_TRANSLATE_NOOP("Audit", "Visitor"),
    "court_name": QT_TRANSLATE_NOOP("Audit", "Court"),
    "sha256": QT_TRANSLATE_NOOP("Audit", "Checksum"),
    "mime_type": QT_TRANSLATE_NOOP("Audit", "File type"),
    "size": QT_TRANSLATE_NOOP("Audit", "Size"),
    "form": QT_TRANSLATE_NOOP("Audit", "Form"),
    "issued_at": QT_TRANSLATE_NOOP("Audit", "Issued at"),
    "legal_rep_name": QT_TRANSLATE_NOOP("Audit", "Legal representative"),
    "credit_code": QT_TRANSLATE_NOOP("Audit", "Credit code"),
    "relation": QT_TRANSLATE_NOOP("Audit", "Relation"),
    "statements": QT_TRANSLATE_NOOP("Audit", "Statements"),
    "assignee": QT_TRANSLATE_NOOP("Audit", "Carried out by"),
    "discussion": QT_TRANSLATE_NOOP("Audit", "Discussion"),
    "due": QT_TRANSLATE_NOOP("Audit", "Due"),
    "done_on": QT_TRANSLATE_NOOP("Audit", "Done on"),
    "number_year": QT_TRANSLATE_NOOP("Audit", "Number (year)"),
    "number_seq": QT_TRANSLATE_NOOP("Audit", "Number (sequence)"),
    "signed_original_id": QT_TRANSLATE_NOOP("Audit", "Signed original"),
    "competent_body_id": QT_TRANSLATE_NOOP("Audit", "Competent body"),
    "body": QT_TRANSLATE_NOOP("Audit", "Body"),
    "attachment": QT_TRANSLATE_NOOP("Audit", "Attachment"),
    "court": QT_TRANSLATE_NOOP("Audit", "Court"),
    "applied_on": QT_TRANSLATE_NOOP("Audit", "Applied on"),
    "decided_on": QT_TRANSLATE_NOOP("Audit", "Decided on"),
    "later_suit": QT_TRANSLATE_NOOP("Audit", "Went to court or arbitration later"),
    "context_json": QT_TRANSLATE_NOOP("Audit", "Printed content"),
    "form_sha256": QT_TRANSLATE_NOOP("Audit", "Form version"),
    "added_at": QT_TRANSLATE_NOOP("Audit", "Added at"),
    "is_case_file": QT_TRANSLATE_NOOP("Audit", "Case file"),
    "prevented_criminal": QT_TRANSLATE_NOOP("Audit", "Kept from turning criminal"),
    "prevented_mass_petition": QT_TRANSLATE_NOOP("Audit", "Mass petition prevented"),
    "agenda_reason": QT_TRANSLATE_NOOP("Audit", "Why on the agenda"),
    "visitee_phone": QT_TRANSLATE_NOOP("Audit", "Visited person's phone"),
    "performance": QT_TRANSLATE_NOOP("Audit", "Performance"),
    "risk_override_reason": QT_TRANSLATE_NOOP("Audit", "Why the risk colour differs"),
    "feedback_result": QT_TRANSLATE_NOOP("Audit", "Feedback"),
    "feedback_at": QT_TRANSLATE_NOOP("Audit", "Feedback received"),
    "confirmed_at": QT_TRANSLATE_NOOP("Audit", "Confirmation returned"),
    "confirmed_by": QT_TRANSLATE_NOOP("Audit", "Confirmed by"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def table_label(name: str) -> str:
    return _tr(TABLES[name]) if name in TABLES else name


OTHER_ACTION = QT_TRANSLATE_NOOP("Audit", "Other change ({code})")


def action_label(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else _tr(OTHER_ACTION).format(code=action)


def field_label(column: str) -> str:
    return _tr(FIELDS[column]) if column in FIELDS else column


def field_list(columns: object) -> str:
    """Columns as a list in the UI language (、 or ", "), for the refusal of a stale save."""
    if isinstance(columns, str):
        columns = [columns]
    return mark("、").join(field_label(str(c)) for c in columns) if isinstance(columns, list | tuple) else ""


# Columns whose stored code names a member of one vocabulary (a code such as ``red`` is in several).
COLUMN_VOCABULARIES: dict[str, type[Vocabulary]] = {
    "status": CaseStatus,
    "route": Route,
    "channel": Channel,
    "dispute_type": DisputeType,
    "risk": RiskLevel,
    "risk_suggested": RiskLevel,
    "outcome": Outcome,
    "form": FormCode,
    "form_id": FormCode,
    "performance": Performance,
    "satisfaction": Satisfaction,
    "method": VisitMethod,
    "feedback_result": FeedbackResult,
    "agenda_reason": AgendaReason,
}


@cache
def _all_vocabularies() -> tuple[type[Vocabulary], ...]:
    """Every vocabulary, found once (a history of hundreds of values asks for each)."""
    found: list[type[Vocabulary]] = []
    waiting = list(Vocabulary.__subclasses__())
    while waiting:
        kind = waiting.pop(0)
        found.append(kind)
        waiting += kind.__subclasses__()
    return tuple(found)


def value_member(column: str, code: str) -> Vocabulary | None:
    """The vocabulary member a stored code stands for: by the column's vocabulary, else the first that has it."""
    own = (COLUMN_VOCABULARIES[column],) if column in COLUMN_VOCABULARIES else ()
    for kind in own + _all_vocabularies():
        member = kind._value2member_map_.get(code)  # the enum's own lookup by value (the code)
        if member is not None:
            return member  # type: ignore[return-value]
    return None
