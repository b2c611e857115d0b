"""归档: what the 卷宗 still lacks (each item in plain words); when nothing does, the retention period and
"生成卷宗", which binds the file on the writer (a busy bar meanwhile), shows its 卷号 and offers to save or preview
the PDF. The case is then archived."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QWidget,
)

from mediation_app.domain.agreement_rules import Problem
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import FormCode
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.dialogs.paper_files import pdf_file_name, with_pdf_suffix, write_atomically
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.widgets import hint, scaled_font
from mediation_app.services.archive import RETENTION_PERIODS, ArchiveResult, build_archive, check_archive
from mediation_app.services.documents import PrintedForm
from mediation_app.services.form_contexts import RETENTION


class ArchiveDialog(CaseStepDialog):
    """``problems`` is what the check found (None until it came back); ``result`` the built file."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Archive the case file"), parent)
        self.problems: list[Problem] | None = None
        self.result: ArchiveResult | None = None
        self.state_label = QLabel(self.tr("Checking the case file…"))
        self.state_label.setWordWrap(True)
        self.form.addRow(self.state_label)
        self.missing_list = QListWidget()
        self.missing_list.setMaximumHeight(160)
        self.missing_list.hide()
        self.form.addRow(self.missing_list)
        self.retention_combo = QComboBox()
        for period in RETENTION_PERIODS:  # the Chinese period is what the cover prints; the item shows it translated
            self.retention_combo.addItem(self.retention_label(period), period)
        self.retention_combo.setCurrentIndex(max(self.retention_combo.findData(RETENTION), 0))
        self.add_field("retention", self.tr("Retention period"), self.retention_combo)
        self.number_label = QLabel("—")
        self.number_label.setFont(scaled_font(self.number_label, 1.1, bold=True))
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("File number"), self.number_label)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: binding is one call
        self.busy_bar.hide()
        self.form.addRow(self.busy_bar)
        self.explanation = hint(
            self.tr("Building binds every paper and attachment into one PDF and archives the case.")
        )
        self.form.addRow(self.explanation)
        self._build_buttons()
        self.check()

    def retention_label(self, period: str) -> str:
        """The retention period printed on the cover (永久, 长期, 短期, 30年, 10年) in the UI language."""
        names = {
            "永久": self.tr("Permanent"),
            "长期": self.tr("Long-term"),
            "短期": self.tr("Short-term"),
            "30年": self.tr("30 years"),
            "10年": self.tr("10 years"),
        }
        return names.get(period, period)

    def _build_buttons(self) -> None:
        self.save_button.setText(self.tr("Build the case file"))
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        for button in (self.save_pdf_button, self.preview_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.preview_button.clicked.connect(self.open_preview)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.setEnabled(False)

    # -- the check -----------------------------------------------------------------------------------------
    def check(self) -> None:
        self.host.runner.run(check_archive, self.host.ctx, self.case_id, on_done=self._checked, on_error=self._failed)

    def _checked(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.missing_list.clear()
        for problem in problems:
            self.missing_list.addItem(message_for(problem.code, problem.params))
        self.missing_list.setVisible(bool(problems))
        self.state_label.setText(
            self.tr("The case file lacks %n item(s); add them before archiving:", "", len(problems))
            if problems
            else self.tr("The case file is complete and can be built.")
        )
        self.save_button.setEnabled(not problems)
        self.retention_combo.setEnabled(not problems)

    # -- building ------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.problems or self.result is not None:
            return
        self.notice.clear_message()
        self.save_button.setEnabled(False)
        self.retention_combo.setEnabled(False)
        self.busy_bar.show()
        self.state_label.setText(self.tr("Building the case file…"))
        build = partial(build_archive, retention=str(self.retention_combo.currentData()))
        self.host.runner.run(build, self.host.ctx, self.case_id, write=True, on_done=self._built, on_error=self._failed)

    def _built(self, result: ArchiveResult) -> None:
        self.result = self.result_value = result
        self.busy_bar.hide()
        self.number_label.setText(result.archive_number)
        self.state_label.setText(self.tr("Built: %1 pages. The case is archived.").replace("%1", str(result.pages)))
        self.save_button.hide()
        self.explanation.hide()
        self.save_pdf_button.show()
        self.preview_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.saved.emit(self.case_id)

    def _failed(self, error: BaseException) -> None:
        self.busy_bar.hide()
        self.notice.show_message(error_message(error), error=True)
        if self.result is None and self.problems is not None:
            self._checked(self.problems)

    # -- the built file ------------------------------------------------------------------------------------
    def paper(self) -> PrintedForm:
        assert self.result is not None
        r = self.result
        return PrintedForm(FormCode.FILE_COVER.value, r.pdf, r.sha256, r.archive_number, r.attachment_id)

    def open_preview(self) -> PreviewDialog | None:
        if self.result is None:
            return None
        host = self.host
        preview = PreviewDialog(host.runner, host.settings, self.paper(), self.tr("Case file"), parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.previews.append(preview)
        preview.show()
        return preview

    def save_pdf(self) -> None:
        if self.result is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = pdf_file_name(self.tr("Case file"), self.result.archive_number)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the case file"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if chosen:
            self.write_pdf(with_pdf_suffix(chosen))

    def write_pdf(self, path: Path) -> None:
        assert self.result is not None
        try:
            written = write_atomically(path, self.result.pdf)
        except DomainError as error:
            self.notice.show_message(error_message(error), error=True)
            return
        self.notice.show_message(self.tr("Saved to %1").replace("%1", str(written)))
