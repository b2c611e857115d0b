"""The import wizard's first two pages: choose the workbook (and sheet), then match its columns to the fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mediation_app.domain.ledger_import import REQUIRED_FIELDS, LedgerField, is_blank_row
from mediation_app.gui import settings as keys
from mediation_app.gui.errors import error_message
from mediation_app.gui.i18n import mark
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, hint, resource_icon, scaled_font
from mediation_app.services.context import ServiceContext
from mediation_app.services.ledger_import import ImportPreview, ImportResult
from mediation_app.services.ledger_import_read import LedgerSheet, read_ledger_sheet

NOT_IMPORTED = -1


@dataclass
class WizardState:
    """What the pages share: the services, the sheet read, the mapping chosen, the preview and the result."""

    ctx: ServiceContext
    runner: Runner
    settings: AppSettings
    sheet: LedgerSheet | None = None
    mapping: dict[LedgerField, int] = field(default_factory=dict)
    mapped_sheet: tuple[str, str] = ("", "")  # (path, sheet) the mapping was chosen for
    preview: ImportPreview | None = None
    result: ImportResult | None = None


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as Excel names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class FilePage(QWizardPage):
    """Step 1: the .xlsx file and the sheet; the header row is found at once so the user sees it was understood."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self._loading = False
        self.setTitle(self.tr("Choose the Excel ledger"))
        self.setSubTitle(
            self.tr("The office's work ledger (工作台账) as an .xlsx workbook. Nothing is written until the last step.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the .xlsx file (type it and press Enter, or choose)"))
        self.path_edit.returnPressed.connect(lambda: self.open_path(self.path_edit.text().strip()))
        self.browse_button = QPushButton(resource_icon("ledger"), self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(220)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.found = hint()
        self.notice = Notice()
        self.rules = hint(
            self.tr(
                "How rows become cases: 调解成功 → closed, with a written agreement when an amount is given (else "
                "oral); 调解不成 → mediation terminated; 调解中 or empty → being mediated. The sheet's case number is "
                "kept when it is free, otherwise the case is numbered from the year's counter. Rows imported before "
                "are skipped, so importing the same file again never creates a case twice."
            )
        )
        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&File:"), file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self._buddy(form, 0, self.path_edit)
        self._buddy(form, 1, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.notice)
        layout.addSpacing(12)
        layout.addWidget(self.rules)
        layout.addStretch(1)

    @staticmethod
    def _buddy(form: QFormLayout, row: int, widget: QWidget) -> None:
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            item.widget().setBuddy(widget)  # type: ignore[attr-defined]

    def isComplete(self) -> bool:  # noqa: N802
        return self.state.sheet is not None and not self._loading

    def browse(self) -> None:
        folder = self.state.settings.get(keys.IMPORT_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an Excel ledger"), folder, self.tr("Excel workbooks (*.xlsx *.xlsm)")
        )
        if path:
            self.state.settings.set(keys.IMPORT_FOLDER, str(Path(path).parent))
            self.path_edit.setText(path)
            self.open_path(path)

    def open_path(self, path: str, sheet: str | None = None) -> None:
        """Read the workbook off the GUI thread; the sheet chosen (or the first with a header) is shown."""
        if not path:
            self.notice.show_message(self.tr("Type the path of the .xlsx file, or choose it."), error=True)
            return
        self.path_edit.setText(path)
        self.state.sheet, self._loading = None, True
        self.completeChanged.emit()
        self.found.setText("")
        self.notice.show_message(self.tr("Reading the workbook…"))
        self.state.runner.run(read_ledger_sheet, path, sheet, on_done=self._loaded, on_error=self._failed)

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet_combo.itemText(index)
        if self.state.sheet is None or name != self.state.sheet.sheet:
            self.open_path(self.path_edit.text().strip(), name)

    def _loaded(self, sheet: LedgerSheet) -> None:
        self._loading = False
        self.state.sheet = sheet
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheet.sheet_names))
        self.sheet_combo.setCurrentText(sheet.sheet)
        self.found.setText(
            self.tr("Header found on row %1. Rows below it: %2. Columns recognised: %3 of %4.")
            .replace("%1", str(sheet.header_row))
            .replace("%2", str(sum(1 for _, values in sheet.rows if not is_blank_row(values))))
            .replace("%3", str(len(sheet.recognised)))
            .replace("%4", str(len(sheet.headers)))
        )
        self.notice.clear_message()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.state.sheet = None
        self.notice.show_message(error_message(error), error=True)
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    """Step 2: each field's column, recognised ones chosen already; a few sample values show what a column holds."""

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Columns recognised by their headers are chosen already. Choose any other by hand; * is required.")
        )
        self.combos: dict[LedgerField, QComboBox] = {}
        self.samples: dict[LedgerField, QLabel] = {}
        self.notice = Notice()
        layout = QVBoxLayout(self)
        layout.addWidget(self._grid(), 1)
        layout.addWidget(self.notice)

    def _grid(self) -> QScrollArea:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(16)
        for column, title in enumerate((self.tr("Field"), self.tr("Column in the sheet"), self.tr("Sample values"))):
            heading = QLabel(title)
            heading.setFont(scaled_font(heading, 1.0, bold=True))
            grid.addWidget(heading, 0, column)
        for row, member in enumerate(LedgerField, start=1):
            name = QLabel(label(member) + (" *" if member in REQUIRED_FIELDS else ""))
            combo = QComboBox()
            combo.setMinimumWidth(200)
            combo.currentIndexChanged.connect(lambda _i, f=member: self._show_samples(f))
            name.setBuddy(combo)
            sample = hint()
            sample.setWordWrap(False)
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
            self.combos[member], self.samples[member] = combo, sample
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def initializePage(self) -> None:  # noqa: N802
        sheet = self.state.sheet
        assert sheet is not None
        same = self.state.mapped_sheet == (sheet.path, sheet.sheet)
        chosen = self.state.mapping if same else sheet.recognised
        for member, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for index, header in enumerate(sheet.headers):
                combo.addItem(f"{column_letter(index)} · {header or self.tr('(no header)')}", index)
            combo.setCurrentIndex(combo.findData(chosen.get(member, NOT_IMPORTED)))
            combo.blockSignals(False)
            self._show_samples(member)
        self.notice.clear_message()

    def _show_samples(self, member: LedgerField) -> None:
        column = self.combos[member].currentData()
        sheet = self.state.sheet
        values = sheet.samples(column) if sheet is not None and column not in (None, NOT_IMPORTED) else ()
        text = mark("；").join(values)
        self.samples[member].setText(text if len(text) <= 60 else text[:59] + "…")
        self.samples[member].setToolTip(text)

    def mapping(self) -> dict[LedgerField, int]:
        chosen = {member: combo.currentData() for member, combo in self.combos.items()}
        return {member: int(column) for member, column in chosen.items() if column not in (None, NOT_IMPORTED)}

    def choose(self, member: LedgerField, column: int) -> None:
        """Map ``member`` to the sheet's column ``column`` (0-based; NOT_IMPORTED to leave it out)."""
        self.combos[member].setCurrentIndex(self.combos[member].findData(column))

    def validatePage(self) -> bool:  # noqa: N802
        mapping = self.mapping()
        missing = [member for member in REQUIRED_FIELDS if member not in mapping]
        if missing:
            names = mark("、").join(label(member) for member in missing)
            self.notice.show_message(self.tr("Choose the column that holds: %1").replace("%1", names), error=True)
            self.combos[missing[0]].setFocus()
            return False
        seen: dict[int, LedgerField] = {}
        for member, column in mapping.items():
            if column in seen:
                text = self.tr("Column %1 is chosen for both %2 and %3; choose one column for each field.")
                text = text.replace("%1", column_letter(column)).replace("%2", label(seen[column]))
                self.notice.show_message(text.replace("%3", label(member)), error=True)
                self.combos[member].setFocus()
                return False
            seen[column] = member
        sheet = self.state.sheet
        assert sheet is not None
        self.state.mapping, self.state.mapped_sheet = mapping, (sheet.path, sheet.sheet)
        return True
