"""The preview of a paper: the rendered PDF to page through and zoom, then Print (A4, 100 %) or Save as PDF.

A preview of a paper not yet issued may show a provisional number (the next free one). Print and Save first issue
the paper (number, register entry and hash in one transaction), then print or save exactly the issued bytes, which
may carry another number. Issuing, printing and writing the file all go through the runner, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.paper_files import pdf_file_name, renumbered, with_pdf_suffix, write_atomically
from mediation_app.gui.dialogs.paper_view import PaperView, make_action, paint_background, stretch
from mediation_app.gui.dialogs.print_job import PrintJob, PrintResult, prepare_printer
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.theme import BORDER, SURFACE
from mediation_app.gui.widgets import Notice
from mediation_app.services.documents import PrintedForm

DEFAULT_SIZE = QSize(900, 1000)
TOOLBAR_STYLE = (
    f"QToolBar#previewTools {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER};"
    " padding: 4px 10px; spacing: 4px; }"
)
IssueFn = Callable[[], PrintedForm]


class PreviewDialog(QDialog):
    issued = Signal(object)  # PrintedForm: this preview's paper has been issued (numbered and registered)
    printed = Signal(object)  # PrintResult
    saved = Signal(str)  # the path of the PDF written

    def __init__(
        self,
        runner: Runner,
        settings: AppSettings,
        paper: PrintedForm,
        title: str,
        *,
        issue: IssueFn | None = None,
        reprint: bool = False,
        party: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``issue`` turns the preview into the issued paper (None: ``paper`` is already the issued one);
        ``reprint`` marks an earlier paper reproduced; ``party`` names the one party of a per-party paper."""
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Window)  # a document window: minimise, maximise, not modal
        paint_background(self)
        self._runner, self._settings = runner, settings
        self.paper, self.title_text, self._party = paper, title, party
        self._issue, self._reprint = issue, reprint
        self.busy = False
        self.print_job: PrintJob | None = None
        self._printer: QPrinter | None = None
        self._build()
        self._restore()
        self._show_paper(paper)

    def _build(self) -> None:
        self.paper_view = PaperView(self)
        self.paper_view.zoom_changed.connect(lambda zoom: self._settings.set(keys.PREVIEW_ZOOM, zoom))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_toolbar())
        self.state = Notice()
        state_row = QHBoxLayout()
        state_row.setContentsMargins(12, 8, 12, 8)
        state_row.addWidget(self.state)
        layout.addLayout(state_row)
        layout.addWidget(self.paper_view, 1)
        layout.addLayout(self._build_bottom_bar())

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("previewTools")
        bar.setIconSize(QSize(20, 20))
        bar.setMovable(False)
        bar.setStyleSheet(TOOLBAR_STYLE)
        print_keys, save_keys = (QKeySequence.StandardKey.Print,), (QKeySequence.StandardKey.Save,)
        self.print_action = make_action(self, "print", self.tr("Print…"), print_keys, self.print_paper)
        self.save_action = make_action(self, "save_pdf", self.tr("Save as PDF…"), save_keys, self.save_pdf)
        for action in (self.print_action, self.save_action):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(stretch())
        self.paper_view.add_controls(bar)
        return bar

    def _build_bottom_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(12, 8, 12, 10)
        row.setSpacing(8)
        self.notice = Notice()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setFormat(self.tr("%v of %m pages"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_button.clicked.connect(self.cancel_printing)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.cancel_button, self.close_button):
            button.setAutoDefault(False)
        row.addWidget(self.notice, 1)
        row.addStretch(0)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        return row

    def _restore(self) -> None:
        geometry = self._settings.get(keys.PREVIEW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            screen = QGuiApplication.primaryScreen().availableSize()
            self.resize(min(DEFAULT_SIZE.width(), screen.width()), min(DEFAULT_SIZE.height(), screen.height() - 60))
        self.paper_view.set_zoom(self._settings.get(keys.PREVIEW_ZOOM))

    # -- the paper shown ------------------------------------------------------------------------------------
    @property
    def provisional(self) -> bool:
        """Not issued yet: printing or saving issues it first."""
        return self._issue is not None

    def _show_paper(self, paper: PrintedForm) -> None:
        self.paper = paper
        if not self.paper_view.load(paper.pdf):
            self.notice.show_message(self.tr("The paper could not be shown."), error=True)
        self._update_state()

    def _update_state(self) -> None:
        number = self.paper.number
        if self.provisional:
            text = (
                self.tr("Preview: the number is fixed when the paper is printed or saved.")
                if number and self.paper.provisional
                else self.tr("Preview: printing or saving registers this paper as issued.")
            )
        elif self._reprint:
            text = self.tr("The original as issued, identical to the byte; printing it again gives no new number.")
        elif number:
            text = self.tr("Issued as %1; printing or saving again gives no new number.").replace("%1", number)
        else:
            text = self.tr("Issued and registered; printing or saving again registers nothing new.")
        self.state.show_message(text)
        caption = f"{self.title_text} {number}" if number and not self.paper.provisional else self.title_text
        self.setWindowTitle(self.tr("%1 — Preview").replace("%1", caption))

    def _with_final_paper(self, then: Callable[[PrintedForm], None]) -> None:
        """``then`` gets the bytes that count: the paper as issued (issuing it now if this is a preview)."""
        if self._issue is None:
            then(self.paper)
            return
        self._set_busy(self.tr("Issuing the paper…"))
        self._runner.run(
            self._issue, on_done=lambda paper: self._issued(paper, then), on_error=self._failed, write=True
        )

    def _issued(self, paper: PrintedForm, then: Callable[[PrintedForm], None]) -> None:
        self._issue = None  # from now on Print and Save use these bytes; nothing is issued twice
        self._show_paper(paper)
        self.issued.emit(paper)
        self._set_idle()
        then(paper)

    # -- print ----------------------------------------------------------------------------------------------
    @property
    def printer(self) -> QPrinter:
        """Made on first use: asking the system for its default printer can take a moment on office networks."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_paper(self) -> None:
        """Ctrl+P: the print dialog, then (issued first if need be) the pages to the printer off the GUI thread."""
        if self.busy or not self.paper_view.page_count():
            return
        first_page = self.paper_view.document.pagePointSize(0)
        job_name = pdf_file_name(self.title_text, self.paper.number, self._party).removesuffix(".pdf")
        prepare_printer(self.printer, first_page, job_name)  # the paper's A4; the job named as in the queue
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title_text))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize, False)  # the form's A4 it is
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, self.paper_view.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._with_final_paper(self._start_printing)

    def _start_printing(self, paper: PrintedForm) -> None:
        job = PrintJob(paper.pdf, self.printer, current_page=self.paper_view.current_page())
        job.progressed.connect(self._print_progressed)
        self.print_job = job
        self._set_busy(self.tr("Printing…"), pages=len(job.pages))
        self._runner.run(job.run, on_done=self._print_finished, on_error=self._failed)

    def _print_progressed(self, sent: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(sent)

    def cancel_printing(self) -> None:
        if self.print_job is not None:
            self.print_job.cancel()
            self.cancel_button.setEnabled(False)
            self.notice.show_message(self.tr("Cancelling…"))

    def _print_finished(self, result: PrintResult) -> None:
        self._set_idle()
        if result.cancelled:
            text = self.tr("Printing cancelled after %n page(s).", "", result.pages)
        else:
            text = self.tr("Sent %n page(s) to the printer.", "", result.pages)
        self.notice.show_message(text)
        self.printed.emit(result)

    # -- save -----------------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        """Ctrl+S: choose a file, then (issued first if need be) write the paper's bytes there atomically."""
        if self.busy:
            return
        shown = self.paper.number
        suggested = self._pdf_folder() / pdf_file_name(self.title_text, shown, self._party)
        path, _chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        chosen = with_pdf_suffix(path)
        self._with_final_paper(lambda paper: self._write(renumbered(chosen, shown, paper.number), paper))

    def _pdf_folder(self) -> Path:
        folder = self._settings.get(keys.PDF_FOLDER)
        if folder and Path(folder).is_dir():
            return Path(folder)
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))

    def _write(self, path: Path, paper: PrintedForm) -> None:
        self._set_busy(self.tr("Saving…"))
        self._runner.run(write_atomically, path, paper.pdf, on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self._set_idle()
        self._settings.set(keys.PDF_FOLDER, str(path.parent))
        self.notice.show_message(self.tr("Saved as %1").replace("%1", str(path)))
        self.saved.emit(str(path))

    # -- busy state -----------------------------------------------------------------------------------------
    def _set_busy(self, text: str, *, pages: int = 0) -> None:
        self.busy = True
        for action in (self.print_action, self.save_action):
            action.setEnabled(False)
        self.notice.show_message(text)
        self.progress.setVisible(pages > 0)
        self.progress.setRange(0, max(pages, 1))
        self.progress.setValue(0)
        self.cancel_button.setVisible(pages > 0)
        self.cancel_button.setEnabled(True)

    def _set_idle(self) -> None:
        self.busy = False
        self.print_job = None
        for action in (self.print_action, self.save_action):
            action.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.notice.clear_message()

    def _failed(self, error: BaseException) -> None:
        self._set_idle()
        self.notice.show_message(error_message(error), error=True)

    def done(self, result: int) -> None:
        """Closing waits for a running print or save: its result arrives in this window."""
        if self.busy:
            self.notice.show_message(self.tr("Please wait until printing or saving has finished."))
            return
        self._settings.set(keys.PREVIEW_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)
