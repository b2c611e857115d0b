"""The import wizard's last two pages: the preview (what will be created, what cannot be read) and the import."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QProgressBar, QTabWidget, QVBoxLayout, QWizard, QWizardPage

from mediation_app.domain.ledger_import_values import LedgerResult
from mediation_app.gui.dialogs.import_wizard_pages import WizardState
from mediation_app.gui.dialogs.import_wizard_tables import Column, TextTableModel, entry_cells, error_cells, make_table
from mediation_app.gui.errors import error_message
from mediation_app.gui.widgets import Notice, hint, scaled_font
from mediation_app.services.ledger_import import ImportPreview, ImportResult, import_ledger, preview


class PreviewPage(QWizardPage):
    """Step 3: counts by result, the rows to be created, every unreadable row with its reason, rows imported before."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. The import is one step: all rows or none."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.summary, 1.1, bold=True))
        self.details = hint()
        self.skip_box = QCheckBox(self.tr("S&kip the rows that cannot be read and import the others"))
        self.skip_box.toggled.connect(self._skip_toggled)
        self.notice = Notice()
        self.tabs = QTabWidget()
        self.create_model = TextTableModel(self._entry_columns(), self)
        self.error_model = TextTableModel(self._error_columns(), self)
        self.already_model = TextTableModel(self._entry_columns(), self)
        for model in (self.create_model, self.error_model, self.already_model):
            self.tabs.addTab(make_table(model), "")
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.details, self.notice, self.tabs, self.skip_box):
            layout.addWidget(widget, 1 if widget is self.tabs else 0)

    def _entry_columns(self) -> list[Column]:
        return [
            Column(self.tr("Row"), 50, numeric=True),
            Column(self.tr("Case number"), 200),
            Column(self.tr("Received"), 96),
            Column(self.tr("Applicant"), 90),
            Column(self.tr("Respondent"), 150),
            Column(self.tr("Dispute type"), 100),
            Column(self.tr("Result"), 90),
            Column(self.tr("Amount (yuan)"), 100, numeric=True),
        ]

    def _error_columns(self) -> list[Column]:
        return [
            Column(self.tr("Row"), 56, numeric=True),
            Column(self.tr("Column"), 150),
            Column(self.tr("Reason"), 400),
        ]

    def result_text(self, result: LedgerResult) -> str:
        return {
            LedgerResult.SUCCESS: self.tr("Mediated successfully"),
            LedgerResult.FAILURE: self.tr("Not successful"),
            LedgerResult.IN_PROGRESS: self.tr("Still being mediated"),
        }[result]

    def initializePage(self) -> None:  # noqa: N802
        self.state.preview = None
        for model in (self.create_model, self.error_model, self.already_model):
            model.set_rows([])
        self.summary.setText(self.tr("Reading every row…"))
        self.details.setText("")
        self.notice.clear_message()
        self.skip_box.setChecked(False)
        self.skip_box.hide()
        sheet = self.state.sheet
        assert sheet is not None
        read = partial(preview, sheet=sheet.sheet)
        self.state.runner.run(
            read, self.state.ctx, sheet.path, self.state.mapping, on_done=self._shown, on_error=self._failed
        )

    def _shown(self, found: ImportPreview) -> None:
        self.state.preview = found
        counts = found.counts()
        self.summary.setText(
            self.tr(
                "Cases to be created: %1 (mediated successfully: %2; not successful: %3; still being mediated: %4)."
            )
            .replace("%1", str(len(found.to_create)))
            .replace("%2", str(counts[LedgerResult.SUCCESS]))
            .replace("%3", str(counts[LedgerResult.FAILURE]))
            .replace("%4", str(counts[LedgerResult.IN_PROGRESS]))
        )
        self.details.setText(
            self.tr("Rows already imported before (skipped): %1. Rows that cannot be read: %2.")
            .replace("%1", str(len(found.already_imported)))
            .replace("%2", str(len(found.bad_rows)))
        )
        self._fill_tables(found)
        self.skip_box.setVisible(bool(found.errors))
        if found.errors:
            self.notice.show_message(
                self.tr(
                    "Some rows cannot be read (see the list with each row number and reason). Nothing is imported "
                    "while they remain: correct them in Excel and choose the file again, or tick the box below."
                ),
                error=True,
            )
            self.tabs.setCurrentIndex(1)
        elif not found.to_create:
            self.notice.show_message(self.tr("Every row of this sheet has been imported before: nothing to do."))
        self.completeChanged.emit()

    def _fill_tables(self, found: ImportPreview) -> None:
        create = [entry_cells(e, self.result_text(e.result)) for e in found.to_create]
        already = [entry_cells(e, self.result_text(e.result)) for e in found.entries if e.row in found.already_imported]
        self.create_model.set_rows(create)
        self.error_model.set_rows([error_cells(error) for error in found.errors], set(range(len(found.errors))))
        self.already_model.set_rows(already)
        titles = (self.tr("To be created (%1)"), self.tr("Cannot be read (%1)"), self.tr("Imported before (%1)"))
        for index, (title, count) in enumerate(
            zip(titles, (len(create), len(found.bad_rows), len(already)), strict=True)
        ):
            self.tabs.setTabText(index, title.replace("%1", str(count)))

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The sheet cannot be imported."))
        self.notice.show_message(error_message(error), error=True)
        self.completeChanged.emit()

    def _skip_toggled(self, _checked: bool) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        found = self.state.preview
        if found is None or not found.to_create:
            return False
        return not found.errors or self.skip_box.isChecked()


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the import emits from its worker thread and the bar updates through the queue."""

    changed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)


class ImportPage(QWizardPage):
    """Step 4: the import runs off the GUI thread with a progress bar, then the result is shown here."""

    finished = Signal(object)  # the ImportResult

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self.running = False
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one step; the wizard cannot be closed until it ends."))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m cases"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFont(scaled_font(self.status, 1.1, bold=True))
        self.details = hint()
        self.notice = Notice()
        self.relay = _ProgressRelay(self)
        self.relay.changed.connect(self._advance)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.status, self.details, self.notice):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        found, sheet = self.state.preview, self.state.sheet
        assert found is not None and sheet is not None
        self.running = True
        self.progress.setRange(0, max(1, len(found.to_create)))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing… the cases appear in the ledger when every row is written."))
        skip = bool(found.errors)  # the preview page lets the import go on with bad rows only when ticked
        run = partial(import_ledger, sheet=sheet.sheet, skip_bad_rows=skip)
        mapping = self.state.mapping
        progress = self.relay.report
        self.state.runner.run(
            run, self.state.ctx, sheet.path, mapping, progress, write=True, on_done=self._done, on_error=self._failed
        )

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.running = False
        self.state.result = result
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The cases are in the ledger. Close the wizard with Finish."))
        self.progress.setValue(self.progress.maximum())
        counts = result.counts
        self.status.setText(
            self.tr("Cases imported: %1 (mediated successfully: %2; not successful: %3; still being mediated: %4).")
            .replace("%1", str(result.created))
            .replace("%2", str(counts[LedgerResult.SUCCESS]))
            .replace("%3", str(counts[LedgerResult.FAILURE]))
            .replace("%4", str(counts[LedgerResult.IN_PROGRESS]))
        )
        self.details.setText(
            self.tr(
                "%1 kept the ledger's own case number; the others were numbered from this year's counter. "
                "Skipped: %2 row(s) imported before, %3 row(s) that cannot be read."
            )
            .replace("%1", str(result.numbers_kept))
            .replace("%2", str(len(result.already_imported)))
            .replace("%3", str(len(result.skipped_bad)))
        )
        self.completeChanged.emit()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.setTitle(self.tr("Not imported"))
        self.setSubTitle(self.tr("The database is unchanged. Close the wizard, correct the file and try again."))
        self.status.setText(self.tr("Nothing was imported."))
        self.notice.show_message(error_message(error), error=True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running
