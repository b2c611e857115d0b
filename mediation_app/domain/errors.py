"""Domain errors: a stable code plus parameters; the GUI turns codes into translated text."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """A rule was broken. ``code`` is stable (e.g. "number.malformed"); ``params`` fill the message."""

    code: str
    params: Mapping[str, object]

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{key}={value!r}" for key, value in sorted(self.params.items()))
        return f"{self.code} ({details})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self})"


# Every code the domain raises or reports in a check result, so translators (and a test) can verify
# that each has a message. Add a code here when adding it to a module.
ERROR_CODES: frozenset[str] = frozenset(
    {
        "number.malformed",
        "number.invalid",
        "id.length",
        "id.chars",
        "id.birth_date",
        "id.check_digit",
        "credit.length",
        "credit.chars",
        "credit.check_digit",
        "date.before_birth",
        "phone.too_short",
        "phone.too_long",
        "phone.chars",
        "phone.format",
        "status.transition",
        "calendar.conflict",
        "calendar.negative_days",
        "clock.feedback_due_missing",
        "clock.feedback_due_before_start",
        "clock.court_kind",
        "amount.negative",
        "amount.precision",
        "amount.not_a_number",
        "amount.too_large",
        "rate.invalid",
        # agreement_rules: what a 协议书 lacks, and 司法确认
        "agreement.parties",
        "agreement.party_gender",
        "agreement.party_birth",
        "agreement.party_address",
        "agreement.party_id_number",
        "agreement.party_legal_rep",
        "agreement.facts",
        "agreement.disputed_matters",
        "agreement.responsibilities",
        "agreement.performance_manner",
        "agreement.performance_place",
        "agreement.performance_deadline",
        "agreement.no_terms",
        "agreement.term_text",
        "agreement.payment_amount",
        "agreement.payment_due",
        "agreement.term_after_deadline",
        "agreement.amount_mismatch",
        "agreement.copies",
        "judicial.oral",
        "judicial.not_effective",
        "judicial.already_applied",
        "judicial.personal_status",
        "judicial.personal_status_unanswered",
        "judicial.window_closed",
        "judicial.before_effective",
        "judicial.not_applied",
        "judicial.decision_before_application",
        # case_file: what keeps a case from being archived
        "archive.status",
        "archive.missing_item",
        "archive.missing_paper",
        "archive.unsigned_agreement",
        "archive.no_followup",
        # casework: why an action of the case window is not open now
        "action.status",
        "action.needs_session",
        "action.no_agreement",
        "action.agreement_incomplete",
        "action.agreement_not_printed",
        "action.file_incomplete",
        "case.archived",
        "case.followup_missing",
    }
)
