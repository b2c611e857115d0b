"""统计报表: the period figures (受理数, 成功率, agreement amounts) for a month, quarter, year or chosen dates."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QWidget

from mediation_app.domain.money import format_amount
from mediation_app.domain.rates import format_percent
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import FigureCard, hint, page_layout
from mediation_app.services.context import ServiceContext
from mediation_app.services.statistics import PeriodFigures, period_figures


class Period(Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


def period_range(period: Period, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of the month, quarter or year containing ``today``."""
    if period is Period.YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    first_month = today.month if period is Period.MONTH else 3 * ((today.month - 1) // 3) + 1
    last_month = first_month if period is Period.MONTH else first_month + 2
    return date(today.year, first_month, 1), date(today.year, last_month, monthrange(today.year, last_month)[1])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatisticsView(QWidget):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.figures: PeriodFigures | None = None
        layout = page_layout(self, self.tr("Statistics"))
        layout.addLayout(self._build_picker())
        layout.addWidget(hint(self.tr("Figures count the cases received in the period.")))
        layout.addLayout(self._build_cards())
        layout.addStretch(1)
        self._apply_period(Period.MONTH)

    def _build_picker(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.period = QComboBox()
        for period, text in (
            (Period.MONTH, self.tr("This month")),
            (Period.QUARTER, self.tr("This quarter")),
            (Period.YEAR, self.tr("This year")),
            (Period.CUSTOM, self.tr("Custom")),
        ):
            self.period.addItem(text, period)
        self.start = self._date_edit()
        self.end = self._date_edit()
        row.addWidget(QLabel(self.tr("Period")))
        row.addWidget(self.period)
        row.addSpacing(12)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        self.period.currentIndexChanged.connect(lambda _i: self.set_period(self.period.currentData()))
        return row

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._dates_edited)
        return edit

    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        titles = {
            "received": self.tr("Received"),
            "succeeded": self.tr("Mediated successfully"),
            "failed": self.tr("Mediation failed"),
            "in_progress": self.tr("In progress"),
            "rate": self.tr("Success rate"),
            "written": self.tr("Written agreements"),
            "oral": self.tr("Oral agreements"),
            "amount": self.tr("Amount in agreements"),
        }
        self.cards = {name: FigureCard(title) for name, title in titles.items()}
        for position, card in enumerate(self.cards.values()):
            grid.addWidget(card, position // 4, position % 4)
        return grid

    def set_period(self, period: Period) -> None:
        """Choose a period; the dates follow it except for Custom, where they are edited by hand."""
        self._apply_period(period)
        self.refresh()

    def _apply_period(self, period: Period) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(period))
        self.period.blockSignals(False)
        custom = period is Period.CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = period_range(period, date.today())
            self.set_dates(start, end, refresh=False)

    def set_dates(self, start: date, end: date, *, refresh: bool = True) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        if refresh:
            self.refresh()

    def _dates_edited(self) -> None:
        if self.period.currentData() is Period.CUSTOM:
            self.refresh()

    def date_range(self) -> tuple[date, date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        start, end = self.date_range()
        self._runner.run(period_figures, self._ctx, start, end, on_done=self.show_figures)

    def show_figures(self, figures: PeriodFigures) -> None:
        self.figures = figures
        cards = self.cards
        for name, value in (
            ("received", figures.received),
            ("succeeded", figures.succeeded),
            ("failed", figures.failed),
            ("in_progress", figures.in_progress),
            ("written", figures.written_agreements),
            ("oral", figures.oral_agreements),
        ):
            cards[name].set_value(str(value))
        rate = figures.success_rate
        if rate is None:
            cards["rate"].set_value("—", tooltip=self.tr("No case has been mediated to an outcome yet."))
        else:
            cards["rate"].set_value(format_percent(rate), tooltip=format_percent(rate, 1))
        cards["amount"].set_value(self.tr("%1 yuan").replace("%1", format_amount(figures.agreement_amount_fen)))
