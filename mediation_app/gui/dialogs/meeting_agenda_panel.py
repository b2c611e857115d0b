"""The agenda of a 联席会议 being prepared: the proposed cases with their reasons, ticked to include, reordered,
and cases added by number."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.i18n import mark
from mediation_app.gui.vocab import label, risk_icon
from mediation_app.gui.widgets import FieldError, add_shortcut, hint, with_error
from mediation_app.services.meeting_agenda import AgendaCandidate, AgendaReason
from mediation_app.services.meetings import AgendaEntry, MeetingDetail

COLUMNS = ("include", "number", "title", "reasons", "topic")
WIDTHS = (56, 200, 250, 170, 260)
DataRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class AgendaRow:
    """A case offered for the agenda: ``included`` ticks it; ``decided`` (decisions recorded) keeps it on."""

    case_id: int
    number: str | None
    title: str
    risk: RiskLevel
    reasons: tuple[str, ...]
    topic: str
    included: bool = True
    decided: bool = False


def row_of(c: AgendaCandidate) -> AgendaRow:
    """Ticked unless it is proposed only for being overdue (those are many; the meeting picks among them)."""
    included = not c.reasons or any(r is not AgendaReason.OVERDUE for r in c.reasons)
    reasons = tuple(r.value for r in c.reasons)
    return AgendaRow(c.case_id, c.case_number, c.title, c.risk, reasons, c.proposal, included)


def rows_of(detail: MeetingDetail) -> list[AgendaRow]:
    return [
        AgendaRow(f.case_id, f.case_number, f.title, f.risk, f.reasons, f.topic, True, bool(case.decisions))
        for case in detail.cases
        for f in (case.first,)
    ]


def reasons_text(codes: tuple[str, ...]) -> str:
    known = {r.value: r for r in AgendaReason}
    return mark("、").join(label(known[c]) if c in known else c for c in codes)


class AgendaPanel(QWidget):
    add_requested = Signal(str)  # a case number typed to add

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        self.hidden = 0  # proposed cases beyond the list's bound
        self.summary = hint()
        column.addWidget(self.summary)
        self.table = self._build_table()
        column.addWidget(self.table, 1)
        column.addLayout(self._build_tools())
        add_shortcut(self.table, QKeySequence("Alt+Up"), lambda: self.move(-1))
        add_shortcut(self.table, QKeySequence("Alt+Down"), lambda: self.move(1))

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels(
            [
                self.tr("On the agenda"),
                self.tr("Case number"),
                self.tr("Case"),
                self.tr("Why proposed"),
                self.tr("Agenda topic"),
            ]
        )
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        for index, width in enumerate(WIDTHS):
            header.resizeSection(index, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Move down (Alt+↓)"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Case number to add"))
        self.number.setMinimumWidth(280)
        self.number.returnPressed.connect(self._add)  # Enter here adds the case; it never saves the meeting
        self.number_error = FieldError()
        self.add_button = QPushButton(self.tr("Add case"))
        self.add_button.clicked.connect(self._add)
        for button in (self.up_button, self.down_button, self.add_button):
            button.setAutoDefault(False)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(with_error(self.number, self.number_error))
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- rows -----------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[AgendaRow], hidden: int = 0) -> None:
        self.hidden = hidden
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self._show_count()

    def merge(self, rows: list[AgendaRow], hidden: int = 0) -> None:
        """Add proposed cases not yet listed (unticked: the saved agenda stays as it is)."""
        self.hidden = hidden
        present = {r.case_id for r in self.rows()}
        for row in rows:
            if row.case_id not in present:
                self._append(replace(row, included=False))
        self._show_count()

    def add_row(self, row: AgendaRow) -> None:
        """A case added by number: ticked and selected (if already listed, it is ticked there)."""
        self.number.clear()
        self.number_error.clear()
        ids = [r.case_id for r in self.rows()]
        if row.case_id in ids:
            self.table.item(ids.index(row.case_id), 0).setCheckState(Qt.CheckState.Checked)
            self.table.selectRow(ids.index(row.case_id))
        else:
            self._append(replace(row, included=True))
            self.table.selectRow(self.table.rowCount() - 1)
        self._show_count()

    def _append(self, row: AgendaRow) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        self._write(at, row)

    def _write(self, at: int, row: AgendaRow) -> None:
        tick = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        tick.setFlags(flags | (Qt.ItemFlag.NoItemFlags if row.decided else Qt.ItemFlag.ItemIsUserCheckable))
        tick.setCheckState(Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked)
        tick.setData(DataRole, row)
        if row.decided:
            tick.setToolTip(self.tr("Decisions are recorded for this case: it stays on the agenda."))
        cells = [tick, QTableWidgetItem(row.number or "—"), QTableWidgetItem(risk_icon(row.risk), row.title)]
        cells.append(QTableWidgetItem(reasons_text(row.reasons) or self.tr("Added by hand")))
        for cell in cells[1:]:
            cell.setFlags(flags)
        cells.append(QTableWidgetItem(row.topic))
        for column, cell in enumerate(cells):
            self.table.setItem(at, column, cell)

    def rows(self) -> list[AgendaRow]:
        out = []
        for at in range(self.table.rowCount()):
            tick = self.table.item(at, 0)
            row: AgendaRow = tick.data(DataRole)
            topic = self.table.item(at, len(COLUMNS) - 1).text()
            out.append(replace(row, included=tick.checkState() == Qt.CheckState.Checked, topic=topic))
        return out

    def entries(self) -> list[AgendaEntry]:
        """The ticked cases in their order, as the services take them."""
        return [AgendaEntry(r.case_id, r.reasons, r.topic.strip()) for r in self.rows() if r.included]

    def move(self, step: int) -> None:
        at = self.table.currentRow()
        to = at + step
        if at < 0 or not 0 <= to < self.table.rowCount():
            return
        rows = self.rows()
        rows[at], rows[to] = rows[to], rows[at]
        self._write(at, rows[at])
        self._write(to, rows[to])
        self.table.setCurrentCell(to, self.table.currentColumn())

    def _add(self) -> None:
        self.add_requested.emit(self.number.text())

    def show_add_error(self, text: str) -> None:
        self.number_error.setText(text)
        self.number.setFocus()

    def _show_count(self) -> None:
        total = self.table.rowCount()
        self.summary.setText(
            self.tr(
                "%1 cases: difficult, put forward since the last meeting, red, orange or overdue. Tick the ones to "
                "discuss (Space), reorder with Alt+↑/↓, add others by case number."
            ).replace("%1", str(total))
            + (self.tr(" The %1 least urgent are not listed.").replace("%1", str(self.hidden)) if self.hidden else "")
        )
