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
    }
)
