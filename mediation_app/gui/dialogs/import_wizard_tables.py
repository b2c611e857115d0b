"""The import wizard's read-only tables: rows to be created, rows that cannot be read, rows imported before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from mediation_app.domain.ledger_import import LedgerEntry, RowError
from mediation_app.domain.money import format_amount
from mediation_app.gui.errors import message_for
from mediation_app.gui.i18n import bracketed, mark
from mediation_app.gui.vocab import ALERT_COLOUR, label
from mediation_app.gui.widgets import record_table

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    numeric: bool = False


class TextTableModel(QAbstractTableModel):
    """Rows of ready-made text; the first column may be flagged (drawn in the alert colour)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[tuple[str, ...]] = []
        self._flagged: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence[str]], flagged: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._flagged = set(flagged or ())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        text = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._flagged:
            return QColor(ALERT_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
        return self.columns[section].title if horizontal and role == Qt.ItemDataRole.DisplayRole else None


def make_table(model: TextTableModel) -> QTableView:
    table = record_table(model, model.columns, row_height=28)
    table.setAlternatingRowColors(True)
    return table


def entry_cells(entry: LedgerEntry, result_text: str) -> tuple[str, ...]:
    """Row, number, date, applicants, respondents, type, result, amount."""
    kind = label(entry.dispute_type)
    if entry.dispute_type_original:
        kind = f"{kind}{bracketed(entry.dispute_type_original)}"
    amount = format_amount(entry.amount_fen) if entry.amount_fen is not None else ""
    return (
        str(entry.row),
        entry.number,
        f"{entry.received:%Y-%m-%d}",
        mark("、").join(entry.applicants),
        mark("、").join(entry.respondents),
        kind,
        result_text,
        amount,
    )


def error_cells(error: RowError) -> tuple[str, ...]:
    """Row, column, reason."""
    return (str(error.row), error.column, message_for(error.code, {"value": error.value}))
