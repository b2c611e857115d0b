"""The case window's header: number, title, parties and their roles, type, route, risk colour, status, the clock
and the 司法确认 window, and who mediates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mediation_app.domain.agreement_rules import JudicialState, JudicialWindow
from mediation_app.gui.errors import message_for
from mediation_app.gui.i18n import bracketed, gap, mark
from mediation_app.gui.vocab import ALERT_COLOUR, MUTED_COLOUR, dot_pixmap, label, risk_colour
from mediation_app.gui.widgets import scaled_font
from mediation_app.services.case_view import CaseOverview, ClockInfo
from mediation_app.services.mediators import MediatorInfo

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
CHIP_STYLE = f"color: {ALERT_COLOUR}; border: 1px solid {ALERT_COLOUR}; border-radius: 9px; padding: 1px 8px;"


def _day(day: date) -> str:
    return day.strftime("%Y-%m-%d")


def _value() -> QLabel:
    value = QLabel("—")
    value.setWordWrap(True)
    value.setTextInteractionFlags(SELECTABLE)
    return value


def _chip(text: str) -> QLabel:
    chip = QLabel(text)
    chip.setStyleSheet(CHIP_STYLE)
    chip.hide()
    return chip


class CaseHeader(QFrame):
    """Filled by ``show_overview``; each fact is a label the tests (and the user) can read and select."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addLayout(self._build_title_row())
        column.addLayout(self._build_facts())

    def _build_title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.number = QLabel()
        self.number.setFont(scaled_font(self.number, 1.35, bold=True))
        self.number.setTextInteractionFlags(SELECTABLE)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.2))
        self.title.setTextInteractionFlags(SELECTABLE)
        self.status = QLabel()
        self.status.setFont(scaled_font(self.status, 1.05, bold=True))
        self.risk_dot = QLabel()
        self.risk = QLabel()
        row.addWidget(self.number)
        row.addWidget(self.title, 1)
        row.addWidget(self.status)
        self.difficult_chip, self.proposed_chip = _chip(self.tr("Difficult")), _chip(self.tr("For the joint meeting"))
        row.addWidget(self.difficult_chip)
        row.addWidget(self.proposed_chip)
        row.addSpacing(8)
        row.addWidget(self.risk_dot)
        row.addWidget(self.risk)
        return row

    def _build_facts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.parties, self.dispute_type, self.route = _value(), _value(), _value()
        self.clock, self.judicial, self.mediators = _value(), _value(), _value()
        self.received = _value()
        self._captions: dict[QLabel, QLabel] = {}
        self._place(grid, 0, 0, self.tr("Parties"), self.parties, span=3)
        self._place(grid, 1, 0, self.tr("Dispute type"), self.dispute_type)
        self._place(grid, 1, 2, self.tr("Route"), self.route)
        self._place(grid, 2, 0, self.tr("Time limit"), self.clock)
        self._place(grid, 2, 2, self.tr("Judicial confirmation"), self.judicial)
        self._place(grid, 3, 0, self.tr("Mediators"), self.mediators)
        self._place(grid, 3, 2, self.tr("Received"), self.received)
        return grid

    def _place(self, grid: QGridLayout, row: int, col: int, caption: str, value: QLabel, span: int = 1) -> None:
        name = QLabel(caption)
        name.setObjectName("hint")
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(name, row, col)
        grid.addWidget(value, row, col + 1, 1, span)
        self._captions[value] = name

    def show_meeting_flags(self, difficult: bool, proposed: bool, proposal: str = "") -> None:
        """The 疑难 chip, and the chip of a case put forward for the next 联席会议 (its reason as tooltip)."""
        self.difficult_chip.setVisible(difficult)
        self.proposed_chip.setVisible(proposed)
        self.proposed_chip.setToolTip(proposal)

    def caption_of(self, value: QLabel) -> QLabel:
        return self._captions[value]

    # -- filling --------------------------------------------------------------------------------------------
    def show_overview(self, overview: CaseOverview) -> None:
        s = overview.summary
        self.number.setText(s.number or self.tr("(no number yet)"))
        self.title.setText(s.title)
        status = label(s.status)
        if s.archive_number:
            status = self.tr("%1 · file %2").replace("%1", status).replace("%2", s.archive_number)
        self.status.setText(status)
        self.risk_dot.setPixmap(dot_pixmap(risk_colour(s.risk).name(), 14))
        self.risk.setText(label(s.risk))
        self.show_meeting_flags(s.difficult, s.meeting_proposed, s.meeting_proposal)
        self.parties.setText(gap().join(f"{p.name}{bracketed(label(p.role))}" for p in s.parties) or "—")
        self.dispute_type.setText(label(s.dispute_type))
        self.route.setText(label(s.route) or self.tr("Not decided yet"))
        self.mediators.setText(self.mediator_text(overview.mediators) or s.mediators or self.tr("None assigned"))
        self.received.setText(s.received_at.strftime("%Y-%m-%d %H:%M"))
        self._show_clock(s.clock)
        self._show_judicial(s.judicial)

    def mediator_text(self, mediators: tuple[MediatorInfo, ...]) -> str:
        lead = self.tr("lead")
        return mark("、").join(
            f"{m.name}{bracketed(label(m.role) + (mark('，') + lead if m.is_lead else ''))}" for m in mediators
        )

    def _set(self, value: QLabel, text: str, colour: str = "") -> None:
        value.setText(text)
        value.setStyleSheet(f"color: {colour};" if colour else "")
        value.setProperty("alert", colour == ALERT_COLOUR)

    def _show_clock(self, clock: ClockInfo | None) -> None:
        if clock is None:
            self._set(self.clock, self.tr("No time limit runs (not accepted for mediation here)"), MUTED_COLOUR)
            return
        text, colour = self.clock_text(clock)
        self._set(self.clock, f"{text}{gap()}{label(clock.kind)}", colour)

    def clock_text(self, clock: ClockInfo) -> tuple[str, str]:
        due = _day(clock.due)
        if clock.closed:
            if clock.overdue:
                late = self.tr("Ended %n day(s) after the deadline (due %1)", "", -clock.days_left)
                return late.replace("%1", due), ALERT_COLOUR
            return self.tr("Ended within the time limit (due %1)").replace("%1", due), MUTED_COLOUR
        if clock.overdue:
            return self.tr("Overdue by %n day(s) (due %1)", "", -clock.days_left).replace("%1", due), ALERT_COLOUR
        if clock.days_left == 0:
            return self.tr("Due today (%1)").replace("%1", due), ALERT_COLOUR
        return self.tr("%n day(s) left (due %1)", "", clock.days_left).replace("%1", due), ""

    def _show_judicial(self, window: JudicialWindow | None) -> None:
        caption = self.caption_of(self.judicial)
        caption.setVisible(window is not None)
        self.judicial.setVisible(window is not None)
        if window is None:
            return
        text, colour = self.judicial_text(window)
        self._set(self.judicial, text, colour)

    def judicial_text(self, window: JudicialWindow) -> tuple[str, str]:
        deadline = _day(window.deadline) if window.deadline else ""
        if window.state is JudicialState.OPEN and window.days_left is not None:
            text = self.tr("Open: %n day(s) left to apply (until %1)", "", window.days_left)
            return text.replace("%1", deadline), ALERT_COLOUR if window.days_left <= 3 else ""
        if window.state is JudicialState.CLOSED:
            return self.tr("Closed: the 30 days ended on %1").replace("%1", deadline), MUTED_COLOUR
        if window.state is JudicialState.BLOCKED and window.reason:
            return f"{label(window.state)}{mark('：')}{message_for(window.reason)}", MUTED_COLOUR
        return label(window.state), ""
