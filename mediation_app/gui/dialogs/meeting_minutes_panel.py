"""The minutes of a 联席会议, case by case: the discussion and the decisions (action, who, by when), each decision
later marked done. What is typed for one case is kept while another is looked at, until saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.gui.i18n import gap
from mediation_app.gui.vocab import MUTED_COLOUR, risk_icon
from mediation_app.gui.widgets import hint
from mediation_app.services.meetings import AgendaCase, DecisionInput, MeetingDetail

IdRole = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True)
class CaseDraft:
    discussion: str
    decisions: tuple[DecisionInput, ...]
    done: tuple[date | None, ...]


class MinutesPanel(QWidget):
    save_requested = Signal(int, str, object)  # case id, discussion, tuple[DecisionInput, ...]
    complete_requested = Signal(int)  # the decision's item id
    case_activated = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.held_on = today
        self.cases: dict[int, AgendaCase] = {}
        self.drafts: dict[int, CaseDraft] = {}
        self.current: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        self.case_list = QListWidget()
        self.case_list.setFixedWidth(300)
        self.case_list.setIconSize(QSize(12, 12))
        self.case_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_list.currentItemChanged.connect(self._case_chosen)
        self.case_list.itemActivated.connect(lambda item: self.case_activated.emit(item.data(IdRole)))
        row.addWidget(self.case_list)
        row.addLayout(self._build_editor(), 1)

    def _build_editor(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(QLabel(self.tr("Discussion at the meeting")))
        self.discussion = QPlainTextEdit()
        self.discussion.setTabChangesFocus(True)
        self.discussion.setMaximumHeight(110)
        column.addWidget(self.discussion)
        column.addWidget(QLabel(self.tr("Decisions (each one: what, who, by when)")))
        self.decisions = QTableWidget(0, 4)
        self.decisions.setHorizontalHeaderLabels(
            [self.tr("Meeting decision"), self.tr("Unit and person responsible"), self.tr("Due by"), self.tr("Done on")]
        )
        self.decisions.verticalHeader().hide()
        self.decisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.decisions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index, width in ((1, 190), (2, 130), (3, 110)):
            header.resizeSection(index, width)
        column.addWidget(self.decisions, 1)
        column.addLayout(self._build_buttons())
        column.addWidget(hint(self.tr("Each decision shows on its case's timeline and on the dashboard until done.")))
        return column

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add decision"))
        self.remove_button = QPushButton(self.tr("Remove decision"))
        self.done_button = QPushButton(self.tr("Mark done today"))
        self.save_button = QPushButton(self.tr("Save this case's minutes"))
        self.add_button.clicked.connect(lambda: self._add_decision(DecisionInput("", "", None), None))
        self.remove_button.clicked.connect(self._remove_decision)
        self.done_button.clicked.connect(self._complete)
        self.save_button.clicked.connect(self.save_current)
        for button in (self.add_button, self.remove_button, self.done_button, self.save_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.insertStretch(3, 1)
        return row

    # -- filling --------------------------------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail, keep: int | None = None) -> None:
        """The meeting's cases; the saved case's draft is dropped, the others' drafts are kept."""
        self.held_on = detail.data.held_at.date()
        self.cases = {c.first.case_id: c for c in detail.cases}
        if keep is not None:
            self.drafts.pop(keep, None)
        chosen = keep or self.current
        self.current = None
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for case in detail.cases:
            item = QListWidgetItem(risk_icon(case.first.risk), self._case_label(case))
            item.setData(IdRole, case.first.case_id)
            self.case_list.addItem(item)
        self.case_list.blockSignals(False)
        ids = list(self.cases)
        self.case_list.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self.setEnabled(bool(ids))

    def _case_label(self, case: AgendaCase) -> str:
        decided = len(case.decisions)
        mark = self.tr(" · decisions: %1").replace("%1", str(decided)) if decided else ""
        return f"{case.first.case_number or '—'}\n{case.first.title}{mark}"

    def _case_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self.current is not None and self.current in self.cases:
            self.drafts[self.current] = self.draft()
        self.current = item.data(IdRole) if item is not None else None
        if self.current is None:
            return
        case = self.cases[self.current]
        self.heading.setText(f"<b>{case.first.case_number or '—'}</b>{gap()}{case.first.title}")
        draft = self.drafts.get(self.current) or self._saved_draft(case)
        self.discussion.setPlainText(draft.discussion)
        self.decisions.setRowCount(0)
        for decision, done in zip(draft.decisions, draft.done, strict=True):
            self._add_decision(decision, done)

    @staticmethod
    def _saved_draft(case: AgendaCase) -> CaseDraft:
        decided = case.decisions
        inputs = tuple(DecisionInput(i.decision, i.assignee, i.due_on, i.item_id) for i in decided)
        return CaseDraft(case.first.discussion, inputs, tuple(i.done_on for i in decided))

    def _add_decision(self, decision: DecisionInput, done: date | None) -> None:
        at = self.decisions.rowCount()
        self.decisions.insertRow(at)
        text = QTableWidgetItem(decision.decision)
        text.setData(IdRole, decision.item_id)
        self.decisions.setItem(at, 0, text)
        self.decisions.setItem(at, 1, QTableWidgetItem(decision.assignee))
        due = QDateEdit()
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setDate(QDate(decision.due_on or self.held_on))
        self.decisions.setCellWidget(at, 2, due)
        state = QTableWidgetItem(done.strftime("%Y-%m-%d") if done else self.tr("Not done"))
        state.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        state.setData(IdRole, done)
        if done:
            state.setForeground(QColor(MUTED_COLOUR))
        self.decisions.setItem(at, 3, state)
        if decision.item_id is None:
            self.decisions.setCurrentCell(at, 0)
            self.decisions.editItem(text)

    def _remove_decision(self) -> None:
        at = self.decisions.currentRow()
        if at >= 0:
            self.decisions.removeRow(at)

    def draft(self) -> CaseDraft:
        decisions, done = [], []
        for at in range(self.decisions.rowCount()):
            due = self.decisions.cellWidget(at, 2)
            assert isinstance(due, QDateEdit)
            item_id = self.decisions.item(at, 0).data(IdRole)
            text, who = self.decisions.item(at, 0).text(), self.decisions.item(at, 1).text()
            decisions.append(DecisionInput(text, who, due.date().toPython(), item_id))  # type: ignore[arg-type]
            done.append(self.decisions.item(at, 3).data(IdRole))
        return CaseDraft(self.discussion.toPlainText(), tuple(decisions), tuple(done))

    def save_current(self) -> None:
        if self.current is not None:
            draft = self.draft()
            self.save_requested.emit(self.current, draft.discussion, draft.decisions)

    def _complete(self) -> None:
        at = self.decisions.currentRow()
        item_id = self.decisions.item(at, 0).data(IdRole) if at >= 0 else None
        if item_id is not None:
            self.complete_requested.emit(item_id)

    def unsaved(self) -> bool:
        """Whether something typed has not been saved (the case shown or another one)."""
        drafts = dict(self.drafts)
        if self.current is not None:
            drafts[self.current] = self.draft()
        return any(d != self._saved_draft(self.cases[c]) for c, d in drafts.items() if c in self.cases)
