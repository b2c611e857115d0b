"""The wizard that moves the office's Excel 工作台账 in: file → columns → preview → import and result."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard

from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.import_wizard_pages import FilePage, MappingPage, WizardState
from mediation_app.gui.dialogs.import_wizard_preview import ImportPage, PreviewPage
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.services.context import ServiceContext


class ImportWizard(QWizard):
    """Four pages over one shared state; ``imported`` carries the ImportResult once the cases are written."""

    imported = Signal(object)

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = WizardState(ctx, runner, settings)
        self.setWindowTitle(self.tr("Import an Excel ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._name_buttons()
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.import_page = ImportPage(self.state)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.import_page.finished.connect(self.imported)
        self.import_page.completeChanged.connect(self._lock_while_importing)
        self.currentIdChanged.connect(lambda _id: self._lock_while_importing())
        self._restore()

    def _name_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def _restore(self) -> None:
        geometry = self.state.settings.get(keys.IMPORT_WIZARD_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(960, 640)

    def _remember(self) -> None:
        self.state.settings.set(keys.IMPORT_WIZARD_GEOMETRY, bytes(self.saveGeometry().data()))

    def _lock_while_importing(self) -> None:
        """The import is one transaction that cannot be stopped half-way: no cancelling while it runs."""
        cancel: QAbstractButton | None = self.button(QWizard.WizardButton.CancelButton)
        if cancel is not None:
            cancel.setEnabled(not self.import_page.running)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QAbstractButton):
            event.accept()  # swallowed: QDialog would press the default button (Next / Import)
            return
        if event.key() == Qt.Key.Key_Escape and self.import_page.running:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.import_page.running:
            event.ignore()
            return
        self._remember()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.import_page.running:
            return
        self._remember()
        super().done(result)
