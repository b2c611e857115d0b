"""Error codes (from domain, storage and services) turned into translated, actionable messages."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus
from mediation_app.gui.vocab import label

CONTEXT = "Errors"

# Templates name the error's params in braces; a missing param prints as "?".
MESSAGES: dict[str, str] = {
    # database (start-up)
    "db.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is not a database of this program:\n{path}\n\nNothing in it was changed. "
        "Start the program with the right database file (--db), or move this file away and start again "
        "to create a new database.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file or its folder is read-only:\n{path}\n\nNothing was changed. "
        "Ask for write permission on the folder, or copy the database to a folder you can write to.",
    ),
    "db.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The database was created by a newer version of this program (schema {revision}).\n\n"
        "Nothing was changed. Install the newer version of the program to open it.",
    ),
    "db.bad_url": QT_TRANSLATE_NOOP("Errors", "The database address is not valid:\n{url}\n\nCheck the --db argument."),
    # records and services
    "record.stale": QT_TRANSLATE_NOOP(
        "Errors",
        "This record has been changed by someone else since you opened it. Your input is kept: "
        "reload to see the other changes, then enter yours again.",
    ),
    "office.required": QT_TRANSLATE_NOOP("Errors", "Please fill in the {field}."),
    "office.missing": QT_TRANSLATE_NOOP("Errors", "The office record is missing from this database."),
    "intake.no_applicant": QT_TRANSLATE_NOOP("Errors", "A case needs at least one applicant."),
    "intake.party_name": QT_TRANSLATE_NOOP("Errors", "Please enter the name of every party."),
    "case.missing": QT_TRANSLATE_NOOP("Errors", "The case no longer exists (it may have been deleted)."),
    # printing
    "print.unknown_form": QT_TRANSLATE_NOOP("Errors", "There is no form called {form}."),
    "print.unknown_case": QT_TRANSLATE_NOOP("Errors", "There is no case numbered {case}."),
    "print.no_agreement": QT_TRANSLATE_NOOP(
        "Errors", "Case {case} has no written agreement yet, so the mediation agreement cannot be printed."
    ),
    "print.no_party": QT_TRANSLATE_NOOP("Errors", "The case has {parties} parties; there is no party {party}."),
    "print.no_sample": QT_TRANSLATE_NOOP("Errors", "The form {form} has no sample data."),
    "form.missing_field": QT_TRANSLATE_NOOP(
        "Errors", "The case lacks information this form needs: {field}. Fill it in on the case first."
    ),
    "form.bad_text": QT_TRANSLATE_NOOP(
        "Errors", "The text in {field} contains a control character ({char}) that cannot be printed; remove it."
    ),
    "form.missing_glyph": QT_TRANSLATE_NOOP(
        "Errors", "The character {char} ({codepoint}) in {field} cannot be printed with the program's fonts."
    ),
    "form.file": QT_TRANSLATE_NOOP("Errors", "The form file is not valid: {path}, line {line}: {problem}"),
    # case numbers
    "number.malformed": QT_TRANSLATE_NOOP("Errors", "The case number is not in the form （2026）…第0001号."),
    "number.invalid": QT_TRANSLATE_NOOP("Errors", "The case number settings are not valid ({field})."),
    # ID numbers and dates
    "id.length": QT_TRANSLATE_NOOP("Errors", "An ID number has 18 characters."),
    "id.chars": QT_TRANSLATE_NOOP("Errors", "An ID number has 17 digits followed by a digit or X."),
    "id.birth_date": QT_TRANSLATE_NOOP("Errors", "The birth date inside the ID number is not a real date."),
    "id.check_digit": QT_TRANSLATE_NOOP(
        "Errors", "The check digit (last character) does not match; please check the number."
    ),
    "id.invalid": QT_TRANSLATE_NOOP("Errors", "The ID number is not valid."),
    "date.before_birth": QT_TRANSLATE_NOOP("Errors", "The date is before the birth date."),
    # phone numbers
    "phone.too_short": QT_TRANSLATE_NOOP("Errors", "The phone number is too short."),
    "phone.too_long": QT_TRANSLATE_NOOP("Errors", "The phone number is too long."),
    "phone.chars": QT_TRANSLATE_NOOP(
        "Errors", "A phone number may contain only digits, spaces, dashes, brackets, +86 and 转."
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "Errors", "Not a valid mobile or landline number (landlines need the area code, e.g. 010-88886666)."
    ),
    # workflow, calendar and clocks
    "status.transition": QT_TRANSLATE_NOOP("Errors", "A case in status “{frm}” cannot move to “{to}”."),
    "calendar.conflict": QT_TRANSLATE_NOOP(
        "Errors", "A day cannot be both a holiday and an adjusted working day: {days}."
    ),
    "calendar.negative_days": QT_TRANSLATE_NOOP("Errors", "The number of days cannot be negative."),
    "clock.feedback_due_missing": QT_TRANSLATE_NOOP("Errors", "Please set the date feedback is due."),
    "clock.feedback_due_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The feedback due date cannot be before the start date."
    ),
    "clock.court_kind": QT_TRANSLATE_NOOP("Errors", "The court referral kind does not fit this route."),
    # amounts and rates
    "amount.negative": QT_TRANSLATE_NOOP("Errors", "The amount cannot be negative."),
    "amount.precision": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimals (fen)."),
    "amount.not_a_number": QT_TRANSLATE_NOOP("Errors", "Please enter the amount in yuan, e.g. 1200 or 1200.50."),
    "amount.too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large."),
    "rate.invalid": QT_TRANSLATE_NOOP("Errors", "The figures do not give a valid rate."),
}

_FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Errors", "office name"),
    "committee_name": QT_TRANSLATE_NOOP("Errors", "mediation committee name"),
    "case_prefix": QT_TRANSLATE_NOOP("Errors", "case number prefix (字号)"),
    "prefix": QT_TRANSLATE_NOOP("Errors", "case number prefix (字号)"),
    "width": QT_TRANSLATE_NOOP("Errors", "number width"),
    "code": QT_TRANSLATE_NOOP("Errors", "series code"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed (code: {code}).")


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _prepared(params: Mapping[str, object]) -> _Params:
    prepared = _Params(params)
    field = params.get("field")
    if isinstance(field, str) and field in _FIELD_NAMES:
        prepared["field"] = _translate(_FIELD_NAMES[field])
    for key in ("frm", "to"):
        if isinstance(params.get(key), str):
            prepared[key] = _status_label(str(params[key]))
    return prepared


def _status_label(code: str) -> str:
    try:
        return label(CaseStatus(code))
    except ValueError:
        return code


def message_for(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated message for ``code``; unknown codes still read as a sentence with the code."""
    template = MESSAGES.get(code)
    if template is None:
        return _translate(_UNKNOWN).format_map(_Params(code=code))
    return _translate(template).format_map(_prepared(params or {}))


def error_message(error: BaseException) -> str:
    """The message for a DomainError (any layer's); None of the English code text reaches the user."""
    if isinstance(error, DomainError):
        return message_for(error.code, error.params)
    return message_for(type(error).__name__)
