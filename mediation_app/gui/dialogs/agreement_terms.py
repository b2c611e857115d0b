"""The numbered terms of an agreement: a list to pick from the clause library, add, reorder and remove, and the
chosen term's text, payment amount (yuan) and due date edited underneath."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import format_amount, parse_amount
from mediation_app.gui.errors import error_message
from mediation_app.gui.vocab import ALERT_COLOUR
from mediation_app.gui.widgets import add_shortcut, field_error_label
from mediation_app.services.agreements import TermInput
from mediation_app.services.clauses import ClauseInfo

COLUMNS = 4  # 序号, 内容, 金额, 期限


@dataclass
class TermDraft:
    """One term as being typed: the amount stays text until it parses."""

    text: str = ""
    is_payment: bool = False
    amount_text: str = ""
    due_on: date | None = None

    def amount_fen(self) -> int | None:
        """The amount in fen, None when empty or not a number (``amount_error`` says why)."""
        try:
            return parse_amount(self.amount_text) if self.amount_text.strip() else None
        except DomainError:
            return None

    def amount_error(self) -> str:
        try:
            if self.amount_text.strip():
                parse_amount(self.amount_text)
        except DomainError as error:
            return error_message(error)
        return ""

    def to_input(self) -> TermInput:
        return TermInput(self.text, self.is_payment, self.amount_fen() if self.is_payment else None, self.due_on)

    @classmethod
    def of(cls, term: TermInput) -> TermDraft:
        amount = format_amount(term.amount_fen).replace(",", "") if term.amount_fen is not None else ""
        return cls(term.text, term.is_payment, amount, term.due_on)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TermsEditor(QWidget):
    """``changed`` after every edit; ``terms()`` gives them for the service, numbered by their order."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.drafts: list[TermDraft] = []
        self.problems: dict[int, list[str]] = {}
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self._build_library_row())
        column.addLayout(self._build_buttons())
        self.table = self._build_table()
        column.addWidget(self.table, 1)
        column.addWidget(self._build_detail())
        add_shortcut(self, "Alt+Up", lambda: self.move_current(-1))
        add_shortcut(self, "Alt+Down", lambda: self.move_current(1))
        self._show_current()

    # -- building ------------------------------------------------------------------------------------------
    def _build_library_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.clause_combo = QComboBox()
        self.clause_combo.setMinimumWidth(260)
        self.clause_combo.setToolTip(self.tr("Clauses of the library for this dispute type"))
        self.add_clause_button = QPushButton(self.tr("Add from library"))
        self.add_clause_button.clicked.connect(self.add_selected_clause)
        row.addWidget(QLabel(self.tr("Clause library:")))
        row.addWidget(self.clause_combo, 1)
        row.addWidget(self.add_clause_button)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_blank_button = QPushButton(self.tr("Add blank term"))
        self.up_button = QPushButton(self.tr("Move up (Alt+↑)"))
        self.down_button = QPushButton(self.tr("Move down (Alt+↓)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_blank_button.clicked.connect(lambda: self.add_term(TermDraft()))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_blank_button, self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS)
        table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Term"), self.tr("Amount (yuan)"), self.tr("Due")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 48), (2, 110), (3, 110)):
            table.setColumnWidth(col, width)
        table.setMinimumHeight(150)
        table.itemSelectionChanged.connect(self._show_current)
        return table

    def _build_detail(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Text of the selected term"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(64)
        self.text_edit.textChanged.connect(self._text_edited)
        self.term_error = field_error_label()
        column.addWidget(self.text_edit)
        column.addLayout(self._build_amount_row())
        column.addWidget(self.term_error)
        return box

    def _build_amount_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.payment_check = QCheckBox(self.tr("Payment term"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("Amount in yuan"))
        self.amount_edit.setMaximumWidth(140)
        self.due_check = QCheckBox(self.tr("Due by"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(_qdate(self.today))
        self.payment_check.toggled.connect(self._detail_edited)
        self.amount_edit.textEdited.connect(self._detail_edited)
        self.due_check.toggled.connect(self._detail_edited)
        self.due_edit.dateChanged.connect(self._detail_edited)
        for widget in (self.payment_check, QLabel(self.tr("Amount:")), self.amount_edit, self.due_check, self.due_edit):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- the clause library --------------------------------------------------------------------------------
    def set_clauses(self, clauses: list[ClauseInfo]) -> None:
        self.clause_combo.clear()
        for clause in clauses:
            self.clause_combo.addItem(clause.title, clause)
            self.clause_combo.setItemData(self.clause_combo.count() - 1, clause.text, Qt.ItemDataRole.ToolTipRole)
        if not clauses:
            self.clause_combo.addItem(self.tr("(the library has no clauses for this type)"), None)
        self.add_clause_button.setEnabled(bool(clauses))

    def add_selected_clause(self) -> None:
        clause = self.clause_combo.currentData()
        if isinstance(clause, ClauseInfo):
            self.add_term(TermDraft(clause.text, clause.is_payment))
            self.text_edit.setFocus()

    # -- the list ------------------------------------------------------------------------------------------
    def set_terms(self, terms: tuple[TermInput, ...]) -> None:
        self.drafts = [TermDraft.of(t) for t in terms]
        self._rebuild(0 if self.drafts else -1)

    def terms(self) -> tuple[TermInput, ...]:
        return tuple(d.to_input() for d in self.drafts)

    def payment_total(self) -> int:
        return sum(d.amount_fen() or 0 for d in self.drafts if d.is_payment)

    def amount_errors(self) -> list[str]:
        return [f"{n}: {e}" for n, d in enumerate(self.drafts, 1) if d.is_payment and (e := d.amount_error())]

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self.drafts):
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 1)

    def add_term(self, draft: TermDraft) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self.drafts)
        self.drafts.insert(row, draft)
        self._rebuild(row)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        del self.drafts[row]
        self._rebuild(min(row, len(self.drafts) - 1))
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.drafts):
            return
        self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
        self._rebuild(target)
        self.changed.emit()

    def _rebuild(self, select: int) -> None:
        self.table.setRowCount(len(self.drafts))
        for row in range(len(self.drafts)):
            self._fill_row(row)
        if select >= 0:
            self.select_row(select)
        else:
            self._show_current()

    def _fill_row(self, row: int) -> None:
        draft = self.drafts[row]
        fen = draft.amount_fen() if draft.is_payment else None
        texts = (
            str(row + 1),
            draft.text.replace("\n", " ") or self.tr("(no text)"),
            format_amount(fen) if fen is not None else ("?" if draft.is_payment else ""),
            draft.due_on.isoformat() if draft.due_on else "",
        )
        problems = self.problems.get(row + 1, [])
        for col, text in enumerate(texts):
            item = self.table.item(row, col) or QTableWidgetItem()
            item.setText(text)
            item.setToolTip("\n".join(problems) or draft.text)
            item.setForeground(QColor(ALERT_COLOUR) if problems else QColor())
            if self.table.item(row, col) is None:
                self.table.setItem(row, col, item)

    # -- the selected term ---------------------------------------------------------------------------------
    def _show_current(self) -> None:
        row = self.current_row()
        draft = self.drafts[row] if row >= 0 else None
        self._loading = True
        self.text_edit.setPlainText(draft.text if draft else "")
        self.payment_check.setChecked(bool(draft and draft.is_payment))
        self.amount_edit.setText(draft.amount_text if draft else "")
        self.due_check.setChecked(bool(draft and draft.due_on))
        self.due_edit.setDate(_qdate(draft.due_on if draft and draft.due_on else self.today))
        self._loading = False
        for widget in (self.text_edit, self.payment_check, self.due_check, self.up_button, self.down_button):
            widget.setEnabled(draft is not None)
        self.remove_button.setEnabled(draft is not None)
        self._enable_detail()
        self._show_term_error()

    def _enable_detail(self) -> None:
        has = self.current_row() >= 0
        self.amount_edit.setEnabled(has and self.payment_check.isChecked())
        self.due_edit.setEnabled(has and self.due_check.isChecked())

    def _text_edited(self) -> None:
        self._detail_edited()

    def _detail_edited(self) -> None:
        self._enable_detail()
        row = self.current_row()
        if self._loading or row < 0:
            return
        draft = self.drafts[row]
        draft.text = self.text_edit.toPlainText()
        draft.is_payment = self.payment_check.isChecked()
        draft.amount_text = self.amount_edit.text()
        draft.due_on = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        self._fill_row(row)
        self._show_term_error()
        self.changed.emit()

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        """What each term (by its number) still lacks: its row turns red, the message shows under the term."""
        self.problems = problems
        for row in range(len(self.drafts)):
            self._fill_row(row)
        self._show_term_error()

    def _show_term_error(self) -> None:
        row = self.current_row()
        if row < 0:
            self.term_error.clear()
            return
        draft = self.drafts[row]
        messages = ([draft.amount_error()] if draft.is_payment and draft.amount_error() else []) + self.problems.get(
            row + 1, []
        )
        self.term_error.setText("\n".join(messages))

    def focus_refused(self, error: BaseException) -> None:
        """A refusal naming a term (``terms.<seq>[.<what>]``) puts the cursor on that term's field."""
        field = str(getattr(error, "params", {}).get("field", ""))
        if field.startswith("terms."):
            parts = field.split(".")
            self.focus_term(int(parts[1]), parts[2] if len(parts) > 2 else "text")

    def focus_term(self, seq: int, what: str = "text") -> None:
        """Select term ``seq`` and put the cursor where ``what`` (text, amount, due_on) is edited."""
        self.select_row(seq - 1)
        target = {"amount": self.amount_edit, "due_on": self.due_check}.get(what, self.text_edit)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
