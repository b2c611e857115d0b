"""修改记录: a case's audit history (who changed what, when, before → after), from 设置 or the case window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_app.gui import settings as keys
from mediation_app.gui.audit_labels import action_label, field_label, table_label, value_member
from mediation_app.gui.errors import error_message
from mediation_app.gui.i18n import mark
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import FieldError, add_shortcut, hint, record_table
from mediation_app.services.audit_history import (
    CaseHistory,
    FieldChange,
    HistoryEntry,
    case_history,
    case_history_by_id,
)
from mediation_app.services.context import ServiceContext

CONTEXT = "AuditHistory"
HIDDEN = "***"
QUIET = frozenset({"number_year", "number_seq", "import_key"})  # bookkeeping columns a summary leaves out
CELL_LIMIT = 80  # characters shown in a cell; the tooltip and Copy give the whole value


@dataclass(frozen=True)
class AuditLine:
    """One row of the history table: one field of one change (a change with no fields is one row)."""

    event_id: int
    at: str
    user: str
    action: str
    record: str
    field: str
    before: str
    after: str


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_value(value: Any, column: str = "") -> str:
    """A stored value as people read it: 是/否, — for nothing, a code by its label, hidden secrets say so."""
    if value is None or value == "":
        return "—"
    if value is True or value is False:
        return _tr(QT_TRANSLATE_NOOP("AuditHistory", "yes")) if value else _tr(QT_TRANSLATE_NOOP("AuditHistory", "no"))
    if value == HIDDEN:
        return _tr(QT_TRANSLATE_NOOP("AuditHistory", "(hidden)"))
    if isinstance(value, list):
        return mark("；").join(shown_value(item, column) for item in value)
    if isinstance(value, dict):
        return mark("；").join(_pair(field_label(k), shown_value(v, k)) for k, v in value.items())
    member = value_member(column, value) if isinstance(value, str) else None
    return label(member) if member is not None else str(value)


def _summary(changes: Sequence[FieldChange], after: bool) -> str:
    """A row added or deleted, in one line: 字段：值；… (links to other rows left out)."""
    shown = [c for c in changes if c.column and not c.column.endswith("_id") and c.column not in QUIET]
    return mark("；").join(
        _pair(field_label(c.column), shown_value(c.after if after else c.before, c.column)) for c in shown
    )


def _pair(field: str, value: str) -> str:
    """A field and its value in a one-line summary: 字段：值, or "Field: value"."""
    return f"{field}{mark('：')}{value}"


def _entry_lines(entry: HistoryEntry, base: tuple[int, str, str, str, str]) -> list[AuditLine]:
    if entry.action in ("insert", "delete"):
        after = entry.action == "insert"
        text = _summary(entry.changes, after)
        return [AuditLine(*base, "", "" if after else text, text if after else "")]
    if not entry.changes:
        # An update with no field of its own only marks that child rows changed (they have their own lines).
        return [] if entry.action == "update" else [AuditLine(*base, "", "", "")]
    return [
        AuditLine(
            *base,
            field_label(c.column) if c.column else "",
            shown_value(c.before, c.column),
            shown_value(c.after, c.column),
        )
        for c in entry.changes
    ]


def audit_lines(entries: Sequence[HistoryEntry]) -> list[AuditLine]:
    """The history's rows, newest first."""
    lines: list[AuditLine] = []
    for entry in reversed(entries):
        user = entry.user or _tr(QT_TRANSLATE_NOOP("AuditHistory", "System"))
        record = table_label(entry.table) + (f" #{entry.record_id}" if entry.record_id else "")
        base = (entry.event_id, entry.at.strftime("%Y-%m-%d %H:%M:%S"), user, action_label(entry.action), record)
        lines += _entry_lines(entry, base)
    return lines


def _clipped(text: str) -> str:
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


COLUMNS: tuple[Column[AuditLine], ...] = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: r.at, width=150),
    Column("user", QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.user, width=90),
    Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: r.action, width=110),
    Column("record", QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.record, width=130),
    Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), lambda r: r.field, width=110),
    Column(
        "before",
        QT_TRANSLATE_NOOP("Columns", "Before"),
        lambda r: _clipped(r.before),
        tooltip=lambda r: r.before,
        width=220,
    ),
    Column(
        "after",
        QT_TRANSLATE_NOOP("Columns", "After"),
        lambda r: _clipped(r.after),
        tooltip=lambda r: r.after,
        width=220,
    ),
)


class AuditHistoryDialog(QDialog):
    """The case's changes in a table, newest first; Copy puts the selected row (or all) on the clipboard."""

    def __init__(
        self, history: CaseHistory, settings: AppSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        number = history.number or self.tr("(not numbered yet)")
        self.setWindowTitle(self.tr("Change history — %1").replace("%1", number))
        geometry = settings.get(keys.AUDIT_HISTORY_GEOMETRY) if settings else b""
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1080, 560)
        self.model: RowTableModel[AuditLine] = RowTableModel(
            COLUMNS, lambda r: r.event_id, audit_lines(history.entries)
        )
        self.table: QTableView = record_table(self.model, COLUMNS)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        layout = QVBoxLayout(self)
        count = len(history.entries)
        summary = self.tr("%n change(s) recorded for case %1, newest first.", "", count).replace("%1", number)
        layout.addWidget(hint(summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(self._buttons())
        add_shortcut(self, QKeySequence.StandardKey.Copy, self.copy)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy (Ctrl+C)"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def copied_text(self) -> str:
        """The selected rows (all rows if none is selected) as tab-separated text with a header line."""
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = [self.model.row_at(i) for i in chosen] or list(self.model.rows())
        header = "\t".join(QCoreApplication.translate("Columns", c.header) for c in COLUMNS)
        body = ["\t".join((r.at, r.user, r.action, r.record, r.field, r.before, r.after)) for r in rows]
        return "\n".join([header, *body])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.copied_text())

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set(keys.AUDIT_HISTORY_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)


class AuditBox(QGroupBox):
    """In 设置: type a case number, see its history."""

    def __init__(
        self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None, settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.dialog: AuditHistoryDialog | None = None
        self.setTitle(self.tr("Change history (audit trail)"))
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint(
                self.tr(
                    "Every change is recorded with who made it, when, and the values before and after. "
                    "Enter a case's number to see its history."
                )
            )
        )
        outer.addLayout(self._build_row())

    def _build_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Case no."))
        self.number = QLineEdit()
        self.number.setFixedWidth(320)
        self.number.setPlaceholderText(self.tr("e.g. （2026）某街联调字第0001号"))
        self.number.returnPressed.connect(self.show_history)  # one field: Enter means "show"
        self.number.textEdited.connect(lambda _text: self.error.clear())
        label.setBuddy(self.number)
        self.show_button = QPushButton(self.tr("Show history"))
        self.show_button.clicked.connect(self.show_history)
        for widget in (label, self.number, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.error = FieldError()  # under the field, the reason a number was refused
        self.error.setContentsMargins(label.sizeHint().width() + 8, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        return column

    def show_history(self) -> None:
        self.error.clear()
        self.show_button.setEnabled(False)
        self._runner.run(case_history, self._ctx, self.number.text(), on_done=self._open, on_error=self._failed)

    def _open(self, history: CaseHistory) -> None:
        self.show_button.setEnabled(True)
        self.dialog = open_history(history, self._settings, self)

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.error.setText(error_message(error))  # the number typed stays, to be corrected
        self.number.setFocus()


def open_history(history: CaseHistory, settings: AppSettings | None, parent: QWidget | None) -> AuditHistoryDialog:
    dialog = AuditHistoryDialog(history, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_case_history(
    ctx: ServiceContext, runner: Runner, case_id: int, parent: QWidget, settings: AppSettings | None = None
) -> None:
    """The case window's 修改记录 button: the history of the case it shows."""

    def failed(error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, _tr(QT_TRANSLATE_NOOP("AuditHistory", "Change history")), error_message(error))

    runner.run(case_history_by_id, ctx, case_id, on_done=lambda h: open_history(h, settings, parent), on_error=failed)
