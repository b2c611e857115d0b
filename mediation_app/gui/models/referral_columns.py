"""Columns over ReferralRow values: the referral register's, and the 工作台's list of late feedback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon

from mediation_app.gui.models.row_table_model import Column
from mediation_app.gui.vocab import ALERT_COLOUR, MUTED_COLOUR, dot_pixmap, label
from mediation_app.services.decisions import ReferralRow, ReferralState

DATE_FORMAT = "%Y-%m-%d"
Today = Callable[[], date]


def referral_id(row: ReferralRow) -> int:
    return row.referral_id


def is_outside(row: ReferralRow) -> bool:
    return row.state is not ReferralState.INTERNAL


def days_late(row: ReferralRow, today: date) -> int:
    """Whole days past the feedback due date (0 when not late)."""
    if row.state is not ReferralState.OVERDUE or row.feedback_due is None:
        return 0
    return max(0, (today - row.feedback_due).days)


def _day(day: date | None) -> str:
    return day.strftime(DATE_FORMAT) if day else ""


def _state_colour(row: ReferralRow) -> QColor | None:
    if row.state is ReferralState.OVERDUE:
        return QColor(ALERT_COLOUR)
    return QColor(MUTED_COLOUR) if row.state in (ReferralState.DONE, ReferralState.INTERNAL) else None


def _state_icon(row: ReferralRow) -> QIcon | None:
    return QIcon(dot_pixmap(ALERT_COLOUR, 10)) if row.state is ReferralState.OVERDUE else None


def _alert(row: ReferralRow) -> QColor | None:
    return QColor(ALERT_COLOUR) if row.state is ReferralState.OVERDUE else None


def _late_text(row: ReferralRow, today: Today) -> str | None:
    late = days_late(row, today())
    if not late:
        return None
    if late == 1:  # lupdate sees no plural in a module-level translate(): the two English forms by hand
        return QCoreApplication.translate("Columns", "1 day late")
    return QCoreApplication.translate("Columns", "%1 days late").replace("%1", str(late))


def _destination(row: ReferralRow) -> str:
    """The body the case went to; a route inside the room for an internal diversion."""
    if row.state is ReferralState.INTERNAL:
        return QCoreApplication.translate("Columns", "Inside the room: %1").replace("%1", label(row.route))
    return row.body_name


def _title_tip(row: ReferralRow) -> str:
    return row.case_title


def _decided_tip(row: ReferralRow) -> str:
    return QCoreApplication.translate("Columns", "Diverted on %1").replace("%1", _day(row.decided_at.date()))


def _confirmation(row: ReferralRow) -> str:
    return " ".join(part for part in (_day(row.confirmed_at), row.confirmed_by) if part)


def _feedback(row: ReferralRow) -> str:
    return " ".join(part for part in (label(row.feedback_result), _day(row.feedback_at)) if part)


def register_columns(today: Today) -> tuple[Column[ReferralRow], ...]:
    """The referral register; ``today`` gives the day "late" is counted from."""
    return (
        Column(
            "state",
            QT_TRANSLATE_NOOP("Columns", "State"),
            lambda r: label(r.state),
            decoration=_state_icon,
            foreground=_state_colour,
            tooltip=lambda r: _late_text(r, today),
            width=170,
        ),
        Column("number", QT_TRANSLATE_NOOP("Columns", "Case number"), lambda r: r.case_number or "—", width=192),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.case_title, tooltip=_title_tip, width=140),
        Column("body", QT_TRANSLATE_NOOP("Columns", "Diverted to"), _destination, tooltip=_decided_tip, width=200),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Feedback due"),
            lambda r: _day(r.feedback_due),
            foreground=_alert,
            tooltip=lambda r: _late_text(r, today),
            width=112,
        ),
        Column(
            "confirmation",
            QT_TRANSLATE_NOOP("Columns", "Confirmation returned"),
            _confirmation,
            tooltip=lambda r: _confirmation(r) or None,
            width=150,
        ),
        Column(
            "feedback",
            QT_TRANSLATE_NOOP("Columns", "Feedback"),
            _feedback,
            tooltip=lambda r: _feedback(r) or None,
            width=160,
        ),
    )


def overdue_columns(today: Today) -> tuple[Column[ReferralRow], ...]:
    """The 工作台's short list: which case, which body, since when."""
    return (
        Column("number", QT_TRANSLATE_NOOP("Columns", "Case number"), lambda r: r.case_number or "—", width=190),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.case_title, width=200),
        Column("body", QT_TRANSLATE_NOOP("Columns", "Diverted to"), lambda r: r.body_name, width=200),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Feedback due"),
            lambda r: _day(r.feedback_due),
            foreground=_alert,
            width=100,
        ),
        Column(
            "late",
            QT_TRANSLATE_NOOP("Columns", "Days late"),
            lambda r: str(days_late(r, today())),
            foreground=_alert,
            align_right=True,
            width=80,
        ),
    )
