"""导出…: the filtered ledger to .xlsx or PDF off the GUI thread, with a progress dialog that can cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from mediation_app.domain.ledger import LedgerFilter, LedgerSort
from mediation_app.gui import settings as keys
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.services.context import ServiceContext
from mediation_app.services.ledger_export import ExportResult, export_ledger


class LedgerExport(QObject):
    """One export at a time; ``finished`` carries the message to show and whether it is an error."""

    progressed = Signal(int, int)  # emitted on the worker thread; Qt queues it to the dialog
    finished = Signal(str, bool)

    def __init__(self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings, self._parent = ctx, runner, settings, parent
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.choose_path: Callable[[], str] = self._ask_path  # tests put a path here instead of the dialog

    @property
    def running(self) -> bool:
        return self.dialog is not None

    def _ask_path(self) -> str:
        folder = self._settings.get(keys.LEDGER_EXPORT_FOLDER) or str(Path.home())
        name = str(Path(folder) / self.tr("Case ledger {day}.xlsx").format(day=date.today().isoformat()))
        path, _kind = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the ledger"),
            name,
            self.tr("Excel ledger (*.xlsx);;PDF work ledger (*.pdf)"),
        )
        return path

    def start(self, flt: LedgerFilter, sort: LedgerSort, today: date) -> None:
        if self.running:
            return
        path = self.choose_path()
        if not path:
            return
        self._settings.set(keys.LEDGER_EXPORT_FOLDER, str(Path(path).parent))
        self._cancel.clear()
        self.dialog = self._progress_dialog()
        self.progressed.connect(self._show_progress)
        work = partial(export_ledger, sort=sort, today=today, progress=self._report)
        self._runner.run(work, self._ctx, flt, path, on_done=self._done, on_error=self._failed)

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Exporting the ledger…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Export the ledger"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel.set)
        return dialog

    def _report(self, done: int, total: int) -> bool:
        """Called on the worker thread after each page: tells the dialog, and stops when asked to."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))
            self.dialog.setLabelText(
                self.tr("Exporting the ledger: %1 of %2 cases…").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            )

    def _close_dialog(self) -> None:
        self.progressed.disconnect(self._show_progress)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result: ExportResult) -> None:
        self._close_dialog()
        text = self.tr("Exported %n case(s) to %1.", "", result.rows).replace("%1", str(result.path))
        self.finished.emit(text, False)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.finished.emit(error_message(error), True)
