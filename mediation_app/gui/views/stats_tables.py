"""The statistics view's breakdown tables: one row per group (a dispute type, a mediator, a month…) with its figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableView

from mediation_app.domain.money import format_amount
from mediation_app.domain.statistics import DIMENSION_VOCABULARY, Dimension, Figures, Statistics, key_label
from mediation_app.domain.statistics import percent_texts as _percent_texts
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import record_table


@dataclass(frozen=True)
class Row:
    """A shown group: its position (the row id), its name in the interface language, its figures."""

    position: int
    name: str
    figures: Figures


_FIRST_HEADERS: dict[Dimension | None, str] = {
    Dimension.DISPUTE_TYPE: QT_TRANSLATE_NOOP("Columns", "Dispute type"),
    Dimension.CHANNEL: QT_TRANSLATE_NOOP("Columns", "Channel"),
    Dimension.ROUTE: QT_TRANSLATE_NOOP("Columns", "Route"),
    Dimension.MEDIATOR: QT_TRANSLATE_NOOP("Columns", "Mediator"),
    Dimension.COMMUNITY: QT_TRANSLATE_NOOP("Columns", "Community"),
    Dimension.RISK: QT_TRANSLATE_NOOP("Columns", "Risk colour"),
    None: QT_TRANSLATE_NOOP("Columns", "Month"),
}
_BLANK = {
    Dimension.ROUTE: QT_TRANSLATE_NOOP("Columns", "(not routed)"),
    Dimension.COMMUNITY: QT_TRANSLATE_NOOP("Columns", "(not filled in)"),
}

_REPORTED = QT_TRANSLATE_NOOP("Columns", "%1 (reported %2)")


def _percent(value: Fraction | None) -> str:
    return _percent_texts(value)[0]


def _reported_tip(row: Row) -> str | None:
    rate = row.figures.success_rate
    if rate is None:
        return None
    exact, reported = _percent_texts(rate)
    return QCoreApplication.translate("Columns", _REPORTED).replace("%1", exact).replace("%2", reported)


def _count(name: str, header: str, value: Callable[[Row], object], width: int = 70) -> Column[Row]:
    return Column(name, header, lambda r: str(value(r)), align_right=True, width=width)


def _rate(
    name: str, title: str, value: Callable[[Row], Fraction | None], tooltip: Callable[[Row], str | None] | None = None
) -> Column[Row]:
    """A rate column: one decimal, right-aligned."""
    return Column(name, title, lambda r: _percent(value(r)), tooltip=tooltip, align_right=True, width=80)


FIGURE_COLUMNS: tuple[Column[Row], ...] = (
    _count("accepted", QT_TRANSLATE_NOOP("Columns", "Accepted"), lambda r: r.figures.accepted),
    _count("succeeded", QT_TRANSLATE_NOOP("Columns", "Successful"), lambda r: r.figures.mediated_success),
    _count("failed", QT_TRANSLATE_NOOP("Columns", "Failed"), lambda r: r.figures.mediated_failure),
    _count("in_progress", QT_TRANSLATE_NOOP("Columns", "In progress"), lambda r: r.figures.in_progress),
    _rate("rate", QT_TRANSLATE_NOOP("Columns", "Success rate"), lambda r: r.figures.success_rate, _reported_tip),
    _rate("closure", QT_TRANSLATE_NOOP("Columns", "Closure rate"), lambda r: r.figures.closure_rate),
    _rate("timely", QT_TRANSLATE_NOOP("Columns", "On time"), lambda r: r.figures.timely_rate),
    _count("written", QT_TRANSLATE_NOOP("Columns", "Written"), lambda r: r.figures.written_agreements),
    _count("oral", QT_TRANSLATE_NOOP("Columns", "Oral"), lambda r: r.figures.oral_agreements),
    _count(
        "amount",
        QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"),
        lambda r: format_amount(r.figures.agreement_amount_fen),
        width=130,
    ),
    _count("judicial", QT_TRANSLATE_NOOP("Columns", "Court-confirmed"), lambda r: r.figures.judicial_confirmed),
    _count("performed", QT_TRANSLATE_NOOP("Columns", "Performed"), lambda r: r.figures.performed),
    _rate("satisfaction", QT_TRANSLATE_NOOP("Columns", "Satisfaction"), lambda r: r.figures.satisfaction_rate),
    _count(
        "criminal",
        QT_TRANSLATE_NOOP("Columns", "Criminal prevented (cases/people)"),
        lambda r: f"{r.figures.prevented_criminal_cases}/{r.figures.prevented_criminal_people}",
        width=160,
    ),
    _count(
        "petition",
        QT_TRANSLATE_NOOP("Columns", "Petitions prevented (cases/people)"),
        lambda r: f"{r.figures.prevented_petition_cases}/{r.figures.prevented_petition_people}",
        width=170,
    ),
    _count(
        "levels",
        QT_TRANSLATE_NOOP("Columns", "Community/street"),
        lambda r: f"{r.figures.resolved_community}/{r.figures.resolved_street}",
        width=120,
    ),
)


def dimension_title(dimension: Dimension) -> str:
    return QCoreApplication.translate("Columns", _FIRST_HEADERS[dimension])


def breakdown_table(dimension: Dimension | None) -> tuple[RowTableModel[Row], QTableView]:
    """A model and its table for one breakdown (``None``: by month)."""
    first = Column("name", _FIRST_HEADERS[dimension], lambda r: r.name, width=130)
    columns = (first, *FIGURE_COLUMNS)
    model: RowTableModel[Row] = RowTableModel(columns, lambda r: r.position)
    table = record_table(model, columns, row_height=26)
    table.horizontalHeader().setStretchLastSection(False)
    return model, table


def _name(dimension: Dimension, key: str) -> str:
    if not key:
        return QCoreApplication.translate("Columns", _BLANK.get(dimension, "(not filled in)"))
    vocabulary = DIMENSION_VOCABULARY.get(dimension)
    if vocabulary is not None:
        try:
            return label(vocabulary(key))
        except ValueError:
            return key
    return key_label(dimension, key)


def rows_of(dimension: Dimension, stats: Statistics) -> list[Row]:
    return [Row(i, _name(dimension, r.key), r.figures) for i, r in enumerate(stats.breakdowns.get(dimension, ()))]


def month_rows(stats: Statistics) -> list[Row]:
    return [Row(i, m.label, m.figures) for i, m in enumerate(stats.months)]
