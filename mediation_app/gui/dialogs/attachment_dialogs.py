"""The attachment steps: add a file (kind, note, 卷内目录 item), mark one as the signed original of an issued paper,
and look at a picture; a PDF opens in the system's viewer from a temporary copy."""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.case_file import CaseFileItem
from mediation_app.domain.vocabulary import AttachmentKind, FormCode
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.i18n import bracketed, mark
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, VocabularyCombo, hint
from mediation_app.services.attachments import (
    AttachmentInfo,
    add_attachment_file,
    list_attachments,
    mark_signed_original,
    read_attachment,
)
from mediation_app.services.documents import IssuedInfo, issued_documents

FILE_FILTER = "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"
IMAGE_TYPES = ("image/png", "image/jpeg")
_FILE_FORMS = {FormCode.FILE_COVER.value, FormCode.FILE_CONTENTS.value, FormCode.FILE_BACK.value}


class AddAttachmentDialog(CaseStepDialog):
    """添加附件: the file, its kind, a note and (optionally) the 卷内目录 item it is bound under."""

    def __init__(self, host: StepHost, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(host, self.tr("Add an attachment"), parent)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.form.addRow(hint(self.tr("A scan or photo kept with the case: PDF, JPEG or PNG, at most 30 MB.")))
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(str(path) if path else "")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.add_field("filename", self.tr("File"), file_row)
        self.field_widgets["filename"] = self.path_edit
        self.kind_combo = VocabularyCombo(AttachmentKind)
        self.kind_combo.set_member(AttachmentKind.EVIDENCE)
        self.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.note_edit = QLineEdit()
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.item_combo = VocabularyCombo(CaseFileItem, self.tr("As its kind suggests"))
        self.item_combo.removeItem(self.item_combo.findData(CaseFileItem.BACK_COVER.value))
        self.add_field("file_item", self.tr("Case file item"), self.item_combo)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", FILE_FILTER)
        if chosen:
            self.path_edit.setText(chosen)

    def submit(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.notice.show_message(self.tr("Choose the file to attach."), error=True)
            self.path_edit.setFocus()
            return
        kind = self.kind_combo.member() or AttachmentKind.OTHER
        adder = partial(add_attachment_file, note=self.note_edit.text(), file_item=self.item_combo.member())
        self.run_save(adder, self.case_id, Path(text), kind)


class SignedOriginalDialog(CaseStepDialog):
    """标记为已签字原件: which issued paper the attachment is the signed, sealed scan of."""

    def __init__(self, host: StepHost, attachment: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Mark as the signed original"), parent)
        self.attachment = attachment
        self.form.addRow(self.tr("Attachment"), QLabel(attachment.filename))
        self.paper_combo = QComboBox()
        self.paper_combo.setMinimumWidth(320)
        self.add_field("document", self.tr("Issued paper"), self.paper_combo)
        self.save_button.setEnabled(False)
        host.runner.run(issued_documents, host.ctx, self.case_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, papers: list[IssuedInfo]) -> None:
        for paper in papers:
            if paper.form_id not in _FILE_FORMS:
                self.paper_combo.addItem(f"{paper.title} {paper.number or ''}".strip(), paper.document_id)
        self.save_button.setEnabled(self.paper_combo.count() > 0)
        if not self.paper_combo.count():
            self.notice.show_message(self.tr("No paper has been issued for this case yet."), error=True)

    def choose(self, document_id: int) -> None:
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(document_id))

    def submit(self) -> None:
        document_id = self.paper_combo.currentData()
        if document_id is not None:
            self.run_save(mark_signed_original, int(document_id), self.attachment.attachment_id)


class ImageViewer(QDialog):
    """A picture attachment at its size, scrolled when larger than the window."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paint_background(self)
        self.setWindowTitle(title)
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        picture = QLabel()
        picture.setPixmap(self.pixmap)
        area = QScrollArea()
        area.setWidget(picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(min(self.pixmap.width() + 60, 1000), min(self.pixmap.height() + 100, 800))


def open_externally(filename: str, data: bytes) -> Path:
    """Write a temporary copy and hand it to the system's viewer (the kept file itself is never exposed)."""
    folder = Path(tempfile.mkdtemp(prefix="mediation-attachment-"))
    path = folder / Path(filename).name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class AttachmentViewDialog(QDialog):
    """An attachment opened from the timeline: what it is, a picture shown at once, a PDF opened on request."""

    def __init__(self, host: StepHost, attachment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paint_background(self)
        self.host, self.attachment_id = host, attachment_id
        self.info: AttachmentInfo | None = None
        self.data = b""
        self.setWindowTitle(self.tr("Attachment"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = Notice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.open_button = QPushButton(self.tr("Open in the system viewer"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.info and open_externally(self.info.filename, self.data))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (self.details, self.picture, self.notice, buttons):
            layout.addWidget(widget, 1 if widget is self.picture else 0)
        host.runner.run(list_attachments, host.ctx, host.summary.case_id, on_done=self._listed, on_error=self._failed)

    def _listed(self, attachments: list[AttachmentInfo]) -> None:
        self.info = next((a for a in attachments if a.attachment_id == self.attachment_id), None)
        if self.info is None:
            self.notice.show_message(message_for("attachment.missing"), error=True)
            return
        info = self.info
        added = " ".join(part for part in (f"{info.added_at:%Y-%m-%d %H:%M}", info.added_by) if part)
        self.details.setText(f"{label(info.kind)}{mark('：')}{info.filename}{bracketed(added)}")
        self.host.runner.run(
            read_attachment, self.host.ctx, info.attachment_id, on_done=self._read, on_error=self._failed
        )

    def _read(self, data: bytes) -> None:
        self.data = data
        self.open_button.setEnabled(True)
        if self.info is not None and self.info.mime_type in IMAGE_TYPES:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            if pixmap.width() > 580 or pixmap.height() > 360:  # shrunk to fit, never blown up
                pixmap = pixmap.scaled(580, 360, Qt.AspectRatioMode.KeepAspectRatio)
            self.picture.setPixmap(pixmap)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)
