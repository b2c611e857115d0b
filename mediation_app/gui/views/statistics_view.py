"""统计报表: a period's figures, breakdowns and charts for a month, quarter, year or chosen dates; PDF and Excel."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.money import format_amount
from mediation_app.domain.statistics import Dimension, Statistics, key_label, percent_texts
from mediation_app.gui.errors import error_message
from mediation_app.gui.models.row_table_model import RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views import stats_tables
from mediation_app.gui.views.stats_charts import ACCEPTED_COLOUR, SUCCESS_COLOUR, Series, TrendChart, TypeBarChart
from mediation_app.gui.widgets import FigureCard, Notice, hint, page_layout, resource_icon, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.statistics import period_statistics


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


CARD_NAMES = (
    "received",
    "accepted",
    "succeeded",
    "failed",
    "rate",
    "closure",
    "timely",
    "satisfaction",
    "written",
    "oral",
    "amount",
    "judicial",
    "in_progress",
    "criminal",
    "petition",
    "levels",
)


class StatisticsView(QWidget):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.statistics: Statistics | None = None
        self.busy = False
        self._request = 0
        layout = page_layout(self, self.tr("Statistics"))
        layout.addLayout(self._build_picker())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addWidget(self._build_body(), 1)
        self._apply_period(Period.MONTH)

    # -- building ---------------------------------------------------------------------------------------------
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
        self.start, self.end = self._date_edit(), self._date_edit()
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period)
        self.export_pdf_button = QPushButton(resource_icon("save_pdf"), self.tr("Export &PDF"))
        self.export_xlsx_button = QPushButton(resource_icon("ledger"), self.tr("Export &Excel"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for widget in (period_label, self.period):
            row.addWidget(widget)
        row.addSpacing(12)
        for widget in (self.start, QLabel(self.tr("to")), self.end):
            row.addWidget(widget)
        row.addStretch(1)
        self.period.currentIndexChanged.connect(lambda _i: self.set_period(self.period.currentData()))
        return row

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._dates_edited)
        return edit

    def _build_body(self) -> QScrollArea:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.scope = hint()
        top = QHBoxLayout()  # inside the scroll area: the view stays narrow enough for a small window
        top.addWidget(self.scope, 1)
        top.addWidget(self.export_pdf_button)
        top.addWidget(self.export_xlsx_button)
        layout.addLayout(top)
        layout.addLayout(self._build_cards())
        layout.addLayout(self._build_charts())
        self.tabs = self._build_tabs()
        layout.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _card_titles(self) -> dict[str, str]:
        return {
            "received": self.tr("Registered"),
            "accepted": self.tr("Accepted"),
            "succeeded": self.tr("Mediated successfully"),
            "failed": self.tr("Mediation failed"),
            "rate": self.tr("Success rate"),
            "closure": self.tr("Closure rate"),
            "timely": self.tr("Closed on time"),
            "satisfaction": self.tr("Satisfaction (visits)"),
            "written": self.tr("Written agreements"),
            "oral": self.tr("Oral agreements"),
            "amount": self.tr("Amount in agreements"),
            "judicial": self.tr("Court-confirmed / performed"),
            "in_progress": self.tr("In progress"),
            "criminal": self.tr("Kept from turning criminal"),
            "petition": self.tr("Mass petitions prevented"),
            "levels": self.tr("Resolved: community / street"),
        }

    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        titles = self._card_titles()
        self.cards = {name: FigureCard(titles[name]) for name in CARD_NAMES}
        for position, card in enumerate(self.cards.values()):
            card.value.setFont(scaled_font(card.title, 1.4, bold=True))  # smaller than a lone card: 16 of them
            grid.addWidget(card, position // 4, position % 4)
        return grid

    def _build_charts(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        no_data = self.tr("No accepted cases in this period.")
        self.type_chart = TypeBarChart(self.tr("Accepted and successful, by dispute type"), no_data)
        self.trend_chart = TrendChart(self.tr("Monthly trend"), no_data)
        self.type_chart.setMinimumHeight(300)
        self.trend_chart.setMinimumHeight(300)
        row.addWidget(self.type_chart, 1)
        row.addWidget(self.trend_chart, 1)
        return row

    def _build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setMinimumHeight(320)
        self.breakdown_models: dict[Dimension, RowTableModel[stats_tables.Row]] = {}
        self.breakdown_tables: dict[Dimension, QTableView] = {}
        for dimension in Dimension:
            model, table = stats_tables.breakdown_table(dimension)
            self.breakdown_models[dimension], self.breakdown_tables[dimension] = model, table
            tabs.addTab(table, self.tr("By %1").replace("%1", stats_tables.dimension_title(dimension)))
        self.month_model, month_table = stats_tables.breakdown_table(None)
        tabs.addTab(month_table, self.tr("By month"))
        return tabs

    # -- period -----------------------------------------------------------------------------------------------
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

    # -- loading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._request += 1
        request = self._request
        start, end = self.date_range()
        self._runner.run(
            period_statistics,
            self._ctx,
            start,
            end,
            on_done=lambda stats: self._loaded(request, stats),
            on_error=lambda error: self._load_failed(request, error),
        )

    def _loaded(self, request: int, stats: Statistics) -> None:
        if request == self._request:  # a later period was asked for meanwhile
            self.show_statistics(stats)

    def _load_failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.notice.show_message(error_message(error), error=True)

    def show_statistics(self, stats: Statistics) -> None:
        self.statistics = stats
        self.scope.setText(
            self.tr(
                "Cases accepted from %1 to %2, as they stand today; registered and not accepted by date of "
                "registration. A case with several mediators counts for each of them."
            )
            .replace("%1", stats.start.isoformat())
            .replace("%2", stats.end.isoformat())
        )
        self._show_cards(stats)
        self._show_charts(stats)
        for dimension, model in self.breakdown_models.items():
            model.set_rows(stats_tables.rows_of(dimension, stats))
        self.month_model.set_rows(stats_tables.month_rows(stats))

    def _rate(self, name: str, value: object) -> None:
        exact, reported = percent_texts(value)  # type: ignore[arg-type]
        card = self.cards[name]
        if value is None:
            card.set_value("—", tooltip=self.tr("No case to count this rate from yet."))
        else:
            card.set_value(self.tr("%1 (reported %2)").replace("%1", exact).replace("%2", reported))

    def _show_cards(self, stats: Statistics) -> None:
        t, cards = stats.totals, self.cards
        cases_people = self.tr("%1 cases / %2 people")
        for name, text in (
            ("accepted", str(t.accepted)),
            ("succeeded", str(t.mediated_success)),
            ("failed", str(t.mediated_failure)),
            ("in_progress", str(t.in_progress)),
            ("written", str(t.written_agreements)),
            ("oral", str(t.oral_agreements)),
            ("judicial", f"{t.judicial_confirmed} / {t.performed}"),
            ("levels", f"{t.resolved_community} / {t.resolved_street}"),
        ):
            cards[name].set_value(text)
        for name, (count, people) in (
            ("criminal", (t.prevented_criminal_cases, t.prevented_criminal_people)),
            ("petition", (t.prevented_petition_cases, t.prevented_petition_people)),
        ):
            cards[name].set_value(cases_people.replace("%1", str(count)).replace("%2", str(people)))
        refused = self.tr("Of these, %1 not accepted").replace("%1", str(stats.not_accepted))
        cards["received"].set_value(str(stats.received), tooltip=refused)
        cards["amount"].set_value(self.tr("%1 yuan").replace("%1", format_amount(t.agreement_amount_fen)))
        for name, value in (
            ("rate", t.success_rate),
            ("closure", t.closure_rate),
            ("timely", t.timely_rate),
            ("satisfaction", t.satisfaction_rate),
        ):
            self._rate(name, value)

    def _show_charts(self, stats: Statistics) -> None:
        accepted, success = self.tr("Accepted"), self.tr("Successful")
        types = stats.breakdowns.get(Dimension.DISPUTE_TYPE, ())
        self.type_chart.set_data(
            tuple(key_label(Dimension.DISPUTE_TYPE, r.key) for r in types),
            (
                Series(accepted, ACCEPTED_COLOUR, tuple(r.figures.accepted for r in types)),
                Series(success, SUCCESS_COLOUR, tuple(r.figures.mediated_success for r in types)),
            ),
        )
        months = stats.months
        self.trend_chart.set_data(
            tuple(m.label for m in months),
            (
                Series(accepted, "#1565C0", tuple(m.figures.accepted for m in months)),
                Series(success, SUCCESS_COLOUR, tuple(m.figures.mediated_success for m in months)),
            ),
        )

    # -- export -----------------------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Ask where to save the report shown (PDF or Excel), then write it off the GUI thread."""
        if self.statistics is None or self.busy:
            return
        stats = self.statistics
        name = (
            self.tr("Statistics %1 to %2").replace("%1", stats.start.isoformat()).replace("%2", stats.end.isoformat())
        )
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), str(folder / name), pattern)
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> None:
        if self.statistics is None or self.busy:
            return
        suffix = ".pdf" if kind == "pdf" else ".xlsx"
        path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
        # Imported here: openpyxl and reportlab's charts cost ~0.2 s, which start-up should not pay.
        from mediation_app.services.stats_export import export_statistics_pdf, export_statistics_xlsx

        write = export_statistics_pdf if kind == "pdf" else export_statistics_xlsx
        self._set_busy(True)
        self.notice.show_message(self.tr("Exporting…"))
        self._runner.run(write, self._ctx, self.statistics, path, on_done=self._exported, on_error=self._export_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_pdf_button.setEnabled(not busy)
        self.export_xlsx_button.setEnabled(not busy)

    def _exported(self, path: Path) -> None:
        self._set_busy(False)
        self.notice.show_message(self.tr("Saved as %1").replace("%1", str(path)))

    def _export_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_message(error_message(error), error=True)
