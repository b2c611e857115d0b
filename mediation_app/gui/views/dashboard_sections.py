"""The 工作台's lists: which ones there are, their columns over WorkItem values, and their headings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon

from mediation_app.gui.models.row_table_model import Column
from mediation_app.gui.vocab import ALERT_COLOUR, label, risk_icon
from mediation_app.services.dashboard import LATE_MARKS, DashboardSummary, WorkItem, WorkList

CONTEXT = "Dashboard"


@dataclass(frozen=True)
class Section:
    """One list: its key (the summary's attribute), heading, and the headers of its date and detail columns."""

    key: str
    title: str
    when: str
    detail: str
    alert: bool = False  # its count shows in red while above zero (something is late)


SECTIONS: tuple[Section, ...] = (
    Section(
        "sessions",
        QT_TRANSLATE_NOOP("Dashboard", "Sessions today and this week"),
        QT_TRANSLATE_NOOP("Dashboard", "Time"),
        QT_TRANSLATE_NOOP("Dashboard", "Place"),
    ),
    Section(
        "due_soon",
        QT_TRANSLATE_NOOP("Dashboard", "Time limits ending within 3 days"),
        QT_TRANSLATE_NOOP("Dashboard", "Due"),
        QT_TRANSLATE_NOOP("Dashboard", "Mediators"),
    ),
    Section(
        "overdue",
        QT_TRANSLATE_NOOP("Dashboard", "Overdue cases"),
        QT_TRANSLATE_NOOP("Dashboard", "Due"),
        QT_TRANSLATE_NOOP("Dashboard", "Mediators"),
        alert=True,
    ),
    Section(
        "high_risk",
        QT_TRANSLATE_NOOP("Dashboard", "Red and orange cases"),
        QT_TRANSLATE_NOOP("Dashboard", "Due"),
        QT_TRANSLATE_NOOP("Dashboard", "Mediators"),
    ),
    Section(
        "referrals",
        QT_TRANSLATE_NOOP("Dashboard", "Referral feedback due"),
        QT_TRANSLATE_NOOP("Dashboard", "Feedback due"),
        QT_TRANSLATE_NOOP("Dashboard", "Referred to"),
    ),
    Section(
        "judicial",
        QT_TRANSLATE_NOOP("Dashboard", "Judicial confirmation closing within 7 days"),
        QT_TRANSLATE_NOOP("Dashboard", "Last day to apply"),
        QT_TRANSLATE_NOOP("Dashboard", "Agreement number"),
    ),
    Section(
        "performance",
        QT_TRANSLATE_NOOP("Dashboard", "Performance to follow up"),
        QT_TRANSLATE_NOOP("Dashboard", "Performance deadline"),
        QT_TRANSLATE_NOOP("Dashboard", "Agreement number"),
    ),
    Section(
        "decisions",
        QT_TRANSLATE_NOOP("Dashboard", "Joint meeting decisions due"),
        QT_TRANSLATE_NOOP("Dashboard", "Due"),
        QT_TRANSLATE_NOOP("Dashboard", "Meeting decision"),
    ),
)
RECENT_KEY = "recent"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def work_list(summary: DashboardSummary, key: str) -> WorkList:
    found = getattr(summary, key)
    assert isinstance(found, WorkList)
    return found


def _when(item: WorkItem) -> str:
    if isinstance(item.when, datetime):
        return item.when.strftime("%Y-%m-%d %H:%M")
    return item.when.strftime("%Y-%m-%d") if isinstance(item.when, date) else ""


def _late(item: WorkItem) -> QColor | None:
    return QColor(ALERT_COLOUR) if item.mark in LATE_MARKS else None


def _risk(item: WorkItem) -> QIcon:
    return risk_icon(item.risk)


def work_columns(section: Section) -> tuple[Column[WorkItem], ...]:
    """Headers are translated in context "Columns" by the model: these are already in the UI language."""
    return (
        Column("when", tr(section.when), _when, width=130),
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"), lambda i: label(i.mark), foreground=_late, width=110),
        Column("number", QT_TRANSLATE_NOOP("Columns", "Case number"), lambda i: i.case_number or "—", width=200),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Case"), lambda i: i.title, decoration=_risk, width=260),
        Column("detail", tr(section.detail), lambda i: i.detail, tooltip=lambda i: i.detail or None, width=200),
    )


def case_of(item: WorkItem) -> int:
    return item.case_id
