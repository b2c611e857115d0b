"""The ledger's columns over LedgerRow values; an ID number only ever shows masked (个人信息保护法)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon

from mediation_app.domain.ledger import LedgerRow, LedgerSortKey
from mediation_app.domain.money import format_amount
from mediation_app.domain.vocabulary import CaseStatus
from mediation_app.domain.workflow import is_open
from mediation_app.gui.models.row_table_model import Column
from mediation_app.gui.vocab import ALERT_COLOUR, label, risk_icon

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


Today = Callable[[], date]  # the window's day: "overdue" is counted from it, as in the other views


def is_overdue(row: LedgerRow, today: date) -> bool:
    """Still open and past its due date."""
    return row.due_date is not None and is_open(row.status) and row.due_date < today


def overdue_mark(row: LedgerRow, today: date) -> str | None:
    """已逾期; a diverted case's due date is its referral's feedback date, so it is 分流反馈逾期."""
    if not is_overdue(row, today):
        return None
    if row.status is CaseStatus.DIVERTED:
        return QCoreApplication.translate("Columns", "Referral feedback overdue")
    return QCoreApplication.translate("Columns", "Overdue")


def _number(row: LedgerRow) -> str:
    return row.number or "—"


def _due(row: LedgerRow) -> str:
    return row.due_date.strftime(DATE_FORMAT) if row.due_date else ""


def _due_colour(row: LedgerRow, today: date) -> QColor | None:
    return QColor(ALERT_COLOUR) if is_overdue(row, today) else None


def _risk_icon(row: LedgerRow) -> QIcon:
    return risk_icon(row.risk)


def _amount(row: LedgerRow) -> str:
    return format_amount(row.amount_fen) if row.amount_fen is not None else ""


K = LedgerSortKey
RECENT = ("number", "received", "title", "dispute_type", "status", "risk")  # the 工作台's latest cases


def ledger_columns(today: Today = date.today) -> tuple[Column[LedgerRow], ...]:
    """The ledger's columns; ``today`` gives the day "overdue" is counted from."""
    return (
        Column("number", QT_TRANSLATE_NOOP("Columns", "Case number"), _number, K.NUMBER, width=190),
        Column(
            "received",
            QT_TRANSLATE_NOOP("Columns", "Received"),
            lambda r: r.received_at.strftime(DATETIME_FORMAT),
            K.RECEIVED,
            width=130,
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.title, width=200),
        Column("applicants", QT_TRANSLATE_NOOP("Columns", "Applicants"), lambda r: r.applicants, width=110),
        Column(
            "applicant_id", QT_TRANSLATE_NOOP("Columns", "Applicant ID (masked)"), lambda r: r.applicant_id, width=160
        ),
        Column("respondents", QT_TRANSLATE_NOOP("Columns", "Respondents"), lambda r: r.respondents, width=110),
        Column(
            "dispute_type",
            QT_TRANSLATE_NOOP("Columns", "Dispute type"),
            lambda r: label(r.dispute_type),
            K.DISPUTE_TYPE,
            width=100,
        ),
        Column("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: label(r.channel), width=110),
        Column("route", QT_TRANSLATE_NOOP("Columns", "Route"), lambda r: label(r.route), width=110),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.status), K.STATUS, width=80),
        Column(
            "risk",
            QT_TRANSLATE_NOOP("Columns", "Risk"),
            lambda r: label(r.risk),
            K.RISK,
            decoration=_risk_icon,
            width=64,
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Due"),
            _due,
            K.DUE,
            foreground=lambda r: _due_colour(r, today()),
            tooltip=lambda r: overdue_mark(r, today()),
            width=96,
        ),
        Column("community", QT_TRANSLATE_NOOP("Columns", "Community"), lambda r: r.community, K.COMMUNITY, width=100),
        Column("mediators", QT_TRANSLATE_NOOP("Columns", "Mediators"), lambda r: r.mediators, width=110),
        Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), _amount, align_right=True, width=100),
    )


def recent_columns(today: Today = date.today) -> tuple[Column[LedgerRow], ...]:
    """The dashboard's "recent cases" table shows a few of the same columns."""
    return tuple(column for column in ledger_columns(today) if column.name in RECENT)


def case_id(row: LedgerRow) -> int:
    return row.case_id
