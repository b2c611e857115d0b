"""条款库: the office's standard terms per dispute type, listed, added, edited and deleted; the agreement editor
offers them for the case's type."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import DisputeType
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, hint, scaled_font
from mediation_app.services.clauses import ClauseInfo, delete_clause, list_clauses, save_clause
from mediation_app.services.context import ServiceContext


def type_combo(general: str) -> QComboBox:
    """The dispute types, with ``general`` (None: every type) first."""
    combo = QComboBox()
    combo.addItem(general, None)
    for member in DisputeType:
        combo.addItem(label(member), member.value)
    return combo


class ClauseLibraryDialog(QDialog):
    changed = Signal()  # a clause was saved or deleted

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        paint_background(self)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.clauses: list[ClauseInfo] = []
        self.current: ClauseInfo | None = None
        self.setWindowTitle(self.tr("Clause library"))
        geometry = settings.get(keys.CLAUSE_LIBRARY_GEOMETRY) if settings else b""
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(900, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        self._build_heading(layout)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(self._build_list(), 3)
        columns.addLayout(self._build_editor(), 4)
        layout.addLayout(columns, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_close_row())
        self.new_clause()
        self.refresh()

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set(keys.CLAUSE_LIBRARY_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)

    def _build_heading(self, layout: QVBoxLayout) -> None:
        title = hint(self.tr("Clause library"))
        title.setObjectName("")
        title.setFont(scaled_font(title, 1.15, bold=True))
        layout.addWidget(title)
        layout.addWidget(
            hint(self.tr("Standard terms a mediator picks for an agreement and then edits, per dispute type."))
        )

    def _build_close_row(self) -> QHBoxLayout:
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        return row

    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.filter_combo = type_combo(self.tr("All dispute types"))
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Dispute type"), self.tr("Payment")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 60)
        self.table.itemSelectionChanged.connect(self._selected)
        column.addWidget(self.filter_combo)
        column.addWidget(self.table, 1)
        return column

    def _build_editor(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.title_edit = QLineEdit()
        self.type_edit = type_combo(self.tr("Every dispute type"))
        self.payment_check = QCheckBox(self.tr("A payment term (amount and due date filled in the agreement)"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Dispute type"), self.type_edit)
        form.addRow("", self.payment_check)
        form.addRow(self.tr("Text"), self.text_edit)
        column.addLayout(form, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New clause"))
        self.save_button = QPushButton(self.tr("Save clause"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_clause)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return column

    # -- the list ------------------------------------------------------------------------------------------
    def refresh(self, _index: int = 0) -> None:
        code = self.filter_combo.currentData()
        dispute_type = DisputeType(code) if code else None
        self._runner.run(list_clauses, self._ctx, dispute_type, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, clauses: list[ClauseInfo]) -> None:
        self.clauses = clauses
        self.table.blockSignals(True)
        self.table.setRowCount(len(clauses))
        for row, clause in enumerate(clauses):
            kind = label(clause.dispute_type) if clause.dispute_type else self.tr("All types")
            for col, text in enumerate((clause.title, kind, self.tr("Yes") if clause.is_payment else "")):
                item = QTableWidgetItem(text)
                item.setToolTip(clause.text)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        chosen = self.current.clause_id if self.current else None
        row = next((n for n, c in enumerate(clauses) if c.clause_id == chosen and chosen is not None), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_clause(self.clauses[rows[0].row()])

    def show_clause(self, clause: ClauseInfo | None) -> None:
        self.current = clause
        self.title_edit.setText(clause.title if clause else "")
        code = clause.dispute_type.value if clause and clause.dispute_type else None
        self.type_edit.setCurrentIndex(self.type_edit.findData(code))
        self.payment_check.setChecked(bool(clause and clause.is_payment))
        self.text_edit.setPlainText(clause.text if clause else "")
        self.delete_button.setEnabled(clause is not None)

    def new_clause(self) -> None:
        self.table.clearSelection()
        self.show_clause(None)
        code = self.filter_combo.currentData() if hasattr(self, "filter_combo") else None
        self.type_edit.setCurrentIndex(self.type_edit.findData(code))
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- changes -------------------------------------------------------------------------------------------
    def typed(self) -> ClauseInfo:
        code = self.type_edit.currentData()
        current = self.current
        return ClauseInfo(
            current.clause_id if current else None,
            self.title_edit.text(),
            self.text_edit.toPlainText(),
            DisputeType(code) if code else None,
            self.payment_check.isChecked(),
            current.version if current else None,
        )

    def save(self) -> None:
        self.notice.clear_message()
        self._runner.run(save_clause, self._ctx, self.typed(), write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, clause: ClauseInfo) -> None:
        self.current = clause
        self.notice.show_message(self.tr("Clause “%1” saved.").replace("%1", clause.title))
        self.changed.emit()
        self.refresh()

    def delete(self, *, confirm: bool = True) -> None:
        clause = self.current
        if clause is None or clause.clause_id is None:
            return
        question = self.tr("Delete the clause “%1”? Agreements keep the text they took from it.")
        answer = (
            QMessageBox.question(self, self.tr("Delete clause"), question.replace("%1", clause.title))
            if confirm
            else QMessageBox.StandardButton.Yes
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._runner.run(
            delete_clause, self._ctx, clause.clause_id, write=True, on_done=self._deleted, on_error=self._failed
        )

    def _deleted(self, _result: object) -> None:
        self.notice.show_message(self.tr("Clause deleted."))
        self.show_clause(None)
        self.changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)
        field = getattr(error, "params", {}).get("field")
        target = {"title": self.title_edit, "text": self.text_edit}.get(str(field))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
