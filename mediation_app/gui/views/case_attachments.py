"""The case window's 附件 tab: the case's scans and photos (kind, name, size, who added them and when, which issued
paper each is the signed original of); add (also by dropping files), open, and mark a signed original."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.casework import CaseAction
from mediation_app.gui.dialogs.attachment_dialogs import (
    IMAGE_TYPES,
    AddAttachmentDialog,
    ImageViewer,
    SignedOriginalDialog,
    open_externally,
)
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.i18n import mark
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import form_name, label
from mediation_app.gui.widgets import Notice, hint
from mediation_app.services.attachments import AttachmentInfo, list_attachments, read_attachment
from mediation_app.services.case_view import CaseSummary
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import IssuedInfo, issued_documents


def file_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def dropped_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AttachmentsPanel(QWidget):
    changed = Signal()  # an attachment was added or marked

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.summary: CaseSummary | None = None
        self.today = date.today()
        self.attachments: list[AttachmentInfo] = []
        self.papers: dict[int, str] = {}
        self.dialog: QDialog | None = None  # the add / mark / viewer dialog open now
        self.pending: list[Path] = []  # dropped files still to add, one dialog after the other
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(hint(self.tr("Scans and photos kept with the case (PDF, JPEG, PNG). Drop files here to add.")))
        layout.addLayout(self._build_buttons())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self._enable()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.mark_button = QPushButton(self.tr("Mark as signed original…"))
        self.add_button.clicked.connect(lambda: self.add_files([]))
        self.open_button.clicked.connect(self.open_selected)
        self.mark_button.clicked.connect(self.mark_selected)
        for button in (self.add_button, self.open_button, self.mark_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableWidget:
        headers = [
            self.tr("Kind"),
            self.tr("File"),
            self.tr("Size"),
            self.tr("Added by"),
            self.tr("Added at"),
            self.tr("Signed original of"),
        ]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 120), (2, 80), (3, 90), (4, 140), (5, 200)):
            table.setColumnWidth(col, width)
        table.itemSelectionChanged.connect(self._enable)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        return table

    # -- loading -------------------------------------------------------------------------------------------
    def load(self, summary: CaseSummary, today: date) -> None:
        self.summary, self.today = summary, today
        self.refresh()

    def refresh(self) -> None:
        if self.summary is None:
            return
        case_id = self.summary.case_id
        self._runner.run(issued_documents, self._ctx, case_id, on_done=self._papers_loaded, on_error=self._failed)
        self._runner.run(list_attachments, self._ctx, case_id, on_done=self._loaded, on_error=self._failed)

    def _papers_loaded(self, papers: list[IssuedInfo]) -> None:
        self.papers = {p.document_id: f"{form_name(p.form_id, p.title)} {p.number or ''}".strip() for p in papers}
        self._fill()

    def _loaded(self, attachments: list[AttachmentInfo]) -> None:
        self.attachments = attachments
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.attachments))
        for row, info in enumerate(self.attachments):
            originals = mark("、").join(self.papers.get(d, "") for d in info.original_of)
            texts = (
                label(info.kind),
                info.filename,
                file_size(info.size),
                info.added_by,
                info.added_at.strftime("%Y-%m-%d %H:%M"),
                originals,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(info.note or info.filename)
                self.table.setItem(row, col, item)
        self._enable()

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.attachments[rows[0].row()] if rows else None

    def select(self, filename: str) -> None:
        row = next((n for n, a in enumerate(self.attachments) if a.filename == filename), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _enable(self) -> None:
        summary = self.summary
        state = next((a for a in summary.actions if a.action is CaseAction.ADD_ATTACHMENT), None) if summary else None
        editable = state is not None and state.allowed
        chosen = self.selected() is not None
        reason = state.reason if state is not None and not state.allowed else None
        self.add_button.setToolTip(message_for(reason, dict(state.params)) if state and reason else "")
        self.add_button.setEnabled(editable)
        self.open_button.setEnabled(chosen)
        self.mark_button.setEnabled(chosen and editable)

    def _host(self) -> StepHost:
        assert self.summary is not None
        return StepHost(self._ctx, self._runner, self.summary, self.today, self._settings)

    # -- adding --------------------------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        """One add dialog per file (the first now, the next when it closes); none given: the dialog browses."""
        if self.summary is None:
            return
        self.pending = list(paths[1:])
        self._show_add(paths[0] if paths else None)

    def _show_add(self, path: Path | None) -> None:
        dialog = AddAttachmentDialog(self._host(), self, path)
        dialog.saved.connect(self._changed)
        dialog.finished.connect(self._next_pending)
        self._show(dialog)
        if path is None:
            dialog.browse()

    def _next_pending(self) -> None:
        if self.pending:
            self._show_add(self.pending.pop(0))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()) and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- opening and marking -------------------------------------------------------------------------------
    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._runner.run(
            read_attachment,
            self._ctx,
            info.attachment_id,
            on_done=lambda data: self._open(info, data),
            on_error=self._failed,
        )

    def _open(self, info: AttachmentInfo, data: bytes) -> None:
        if info.mime_type in IMAGE_TYPES:
            self._show(ImageViewer(info.filename, data, self))
        else:
            open_externally(info.filename, data)

    def mark_selected(self) -> SignedOriginalDialog | None:
        info = self.selected()
        if info is None or self.summary is None:
            return None
        dialog = SignedOriginalDialog(self._host(), info, self)
        dialog.saved.connect(self._changed)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()

    def _changed(self, _case_id: int = 0) -> None:
        self.notice.clear_message()
        self.refresh()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)
