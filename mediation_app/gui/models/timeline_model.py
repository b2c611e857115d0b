"""The case window's timeline as a table: when, what happened (with its icon) and its particulars, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon

from mediation_app.domain.vocabulary import FormCode
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.vocab import label, paper_name
from mediation_app.services.case_view import TimelineEntry, TimelineKind

K = TimelineKind

# The icon file of each kind of entry (resources/icons); kinds of one stage share the stage's icon.
KIND_ICONS: dict[TimelineKind, str] = {
    K.REGISTERED: "intake",
    K.ACCEPTED: "case",
    K.NOT_ACCEPTED: "terminate",
    K.DIVERTED: "referrals",
    K.REFERRAL_CONFIRMED: "receipt",
    K.REFERRAL_FEEDBACK: "feedback",
    K.SESSION_SCHEDULED: "session",
    K.SESSION_HELD: "record_session",
    K.INVESTIGATION: "investigation",
    K.AGREEMENT_DRAFTED: "agreement",
    K.AGREEMENT_EFFECTIVE: "signed",
    K.ORAL_AGREEMENT: "oral",
    K.JUDICIAL_APPLIED: "court",
    K.COURT_DECISION: "court",
    K.TERMINATED: "terminate",
    K.PERFORMANCE: "performance",
    K.VISIT: "visit",
    K.MEETING_DECISION: "meetings",
    K.PAPER: "forms",
    K.ATTACHMENT: "attachment",
    K.CLOSED: "close_case",
    K.ARCHIVED: "archive",
    K.OVERRIDE: "settings",
}


@cache
def kind_icon(kind: TimelineKind) -> QIcon:
    return resource_icon(KIND_ICONS.get(kind, "case"))


def entry_when(entry: TimelineEntry) -> str:
    """The day, and the time of day when it is known."""
    return entry.at.strftime("%Y-%m-%d %H:%M" if entry.has_time else "%Y-%m-%d")


def entry_text(entry: TimelineEntry) -> str:
    """The particulars in the UI language: a vocabulary term (a channel, a paper…) translated, data as it is."""
    if entry.term is None:
        return entry.text
    name = paper_name(entry.term) if isinstance(entry.term, FormCode) else label(entry.term)
    return f"{name} {entry.rest}".strip()


TIMELINE_COLUMNS: tuple[Column[TimelineEntry], ...] = (
    Column("when", QT_TRANSLATE_NOOP("Columns", "When"), entry_when, width=140),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("Columns", "What happened"),
        lambda e: label(e.kind),
        decoration=lambda e: kind_icon(e.kind),
        width=170,
    ),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Particulars"), entry_text, tooltip=lambda e: entry_text(e) or None),
)


class TimelineTableModel(RowTableModel[TimelineEntry]):
    """Rows in the order the service gives them (newest first); IdRole is the entry's record id."""

    def __init__(self, entries: Sequence[TimelineEntry] = (), parent: Any = None) -> None:
        super().__init__(TIMELINE_COLUMNS, lambda e: e.record_id, entries, parent=parent)
