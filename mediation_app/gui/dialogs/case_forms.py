"""文书 for one case: the forms it can print (greyed, with the reason, while it cannot yet) and the papers issued.

Preview renders without writing anything; the preview window issues the paper when it is printed or saved.
An issued paper is reprinted from the register exactly as it was issued, without a new number.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.errors import error_message, needs_label
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.row_table_model import Column, RowRole, RowTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import form_name
from mediation_app.gui.widgets import Notice, add_shortcut, hint, record_table
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import (
    CaseForm,
    IssuedInfo,
    PrintedForm,
    forms_for_case,
    issue_case_form,
    issued_documents,
    preview_case_form,
    reproduce_issued,
)

UNAVAILABLE_COLOUR = "#9AA5AE"  # a form the case cannot print yet: readable, clearly not ready
DEFAULT_SIZE = QSize(900, 560)
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


def form_label(form_id: str, title: str) -> str:
    """The form's name in the UI language (the paper itself is always Chinese)."""
    return form_name(form_id, title)


def _form_note(form: CaseForm) -> str:
    """Short in the list (the full sentence is the tooltip): what the case still lacks, or that it is ready."""
    if form.problem is not None and form.problem.code == "print.needs":
        what = needs_label(str(form.problem.params.get("what", "")))
        return QCoreApplication.translate("CaseFormsDialog", "Not yet: the case has no %1").replace("%1", what)
    if form.problem is not None:
        return error_message(form.problem)
    if form.per_party:
        return QCoreApplication.translate("CaseFormsDialog", "One copy for each party, or for one party")
    return QCoreApplication.translate("CaseFormsDialog", "Ready to print")


def _unavailable(form: CaseForm) -> QColor | None:
    return QColor(UNAVAILABLE_COLOUR) if form.problem is not None else None


def _problem(form: CaseForm) -> str | None:
    return error_message(form.problem) if form.problem is not None else None


FORM_COLUMNS: tuple[Column[CaseForm], ...] = (
    Column(
        "form",
        QT_TRANSLATE_NOOP("Columns", "Form"),
        lambda f: form_label(f.form_id, f.title),
        foreground=_unavailable,
        tooltip=_problem,
        width=330,  # "Mediation agreement (人民调解协议书)" in English
    ),
    Column(
        "note",
        QT_TRANSLATE_NOOP("Columns", "Can it be printed now?"),
        _form_note,
        foreground=_unavailable,
        tooltip=_problem,
        width=480,
    ),
)

ISSUED_COLUMNS: tuple[Column[IssuedInfo], ...] = (
    Column("form", QT_TRANSLATE_NOOP("Columns", "Form"), lambda d: form_label(d.form_id, d.title), width=300),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Paper number"), lambda d: d.number or "—", width=200),
    Column(
        "issued_at", QT_TRANSLATE_NOOP("Columns", "Issued"), lambda d: d.issued_at.strftime(DATETIME_FORMAT), width=130
    ),
    Column("issued_by", QT_TRANSLATE_NOOP("Columns", "Issued by"), lambda d: d.issued_by or "—", width=90),
    Column(
        "sha256",
        QT_TRANSLATE_NOOP("Columns", "Fingerprint"),
        lambda d: d.sha256[:12],
        tooltip=lambda d: d.sha256,
        width=110,
    ),
)


def _tab_page(explanation: str, table: QTableView) -> tuple[QWidget, QVBoxLayout]:
    """A tab: what it is for, then its table; the caller adds its button row to the column."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(10, 10, 10, 10)
    column.addWidget(hint(explanation))
    column.addWidget(table, 1)
    return page, column


def _button(icon: str, text: str) -> QPushButton:
    button = QPushButton(resource_icon(icon), text) if icon else QPushButton(text)
    button.setAutoDefault(False)  # Enter belongs to the list (it opens the preview), never to a default button
    return button


class CaseFormsDialog(QDialog):
    preview_opened = Signal(object)  # the PreviewDialog just shown

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        case_id: int,
        caption: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``caption`` names the case in the title (its number, or its name before it has one)."""
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Window)
        paint_background(self)
        self._ctx, self._runner, self._settings, self.case_id = ctx, runner, settings, case_id
        self.setWindowTitle(self.tr("Papers — %1").replace("%1", caption) if caption else self.tr("Papers"))
        self.forms_model: RowTableModel[CaseForm] = RowTableModel(FORM_COLUMNS, self._form_position, parent=self)
        self.issued_model: RowTableModel[IssuedInfo] = RowTableModel(
            ISSUED_COLUMNS, lambda d: d.document_id, parent=self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_forms_tab(), self.tr("Forms"))
        self.tabs.addTab(self._build_issued_tab(), self.tr("Issued papers"))
        layout.addWidget(self.tabs, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_bottom_row())
        self._restore()
        self.refresh()

    # -- construction ---------------------------------------------------------------------------------------
    def _build_forms_tab(self) -> QWidget:
        explanation = self.tr(
            "Choose a form and preview it (Enter or double-click). The paper is numbered and registered when "
            "it is printed or saved from the preview."
        )
        self.forms_table = record_table(self.forms_model, self.forms_model.columns)
        self.forms_table.activated.connect(lambda _index: self.preview_selected())
        page, column = _tab_page(explanation, self.forms_table)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.party_label = QLabel(self.tr("Party:"))
        self.party_combo = QComboBox()
        self.party_combo.setMinimumWidth(220)
        self.party_combo.setPlaceholderText(self.tr("This form is not per party"))
        self.party_label.setBuddy(self.party_combo)
        self.preview_button = _button("forms", self.tr("Preview…"))
        self.preview_button.clicked.connect(self.preview_selected)
        row.addWidget(self.party_label)
        row.addWidget(self.party_combo)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        column.addLayout(row)
        self.forms_table.selectionModel().currentRowChanged.connect(lambda *_: self._form_chosen())
        return page

    def _build_issued_tab(self) -> QWidget:
        explanation = self.tr(
            "Every paper printed or saved for this case. Reprinting gives the original, identical to the byte, "
            "with its own number: nothing is issued again."
        )
        self.issued_table = record_table(self.issued_model, self.issued_model.columns)
        self.issued_table.activated.connect(lambda _index: self.reprint_selected())
        page, column = _tab_page(explanation, self.issued_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reprint_button = _button("reprint", self.tr("Reprint the original…"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        row.addWidget(self.reprint_button)
        column.addLayout(row)
        self.issued_table.selectionModel().currentRowChanged.connect(lambda *_: self._issued_chosen())
        return page

    def _build_bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = _button("", self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        add_shortcut(self, QKeySequence("F5"), self.refresh)
        return row

    def _restore(self) -> None:
        geometry = self._settings.get(keys.CASE_FORMS_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_SIZE)

    # -- loading --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.notice.clear_message()
        self._runner.run(forms_for_case, self._ctx, self.case_id, on_done=self._forms_loaded, on_error=self._failed)
        self._load_issued()

    def _load_issued(self) -> None:
        self._runner.run(issued_documents, self._ctx, self.case_id, on_done=self._issued_loaded, on_error=self._failed)

    def _form_position(self, form: CaseForm) -> int:
        return next(i for i, row in enumerate(self.forms_model.rows()) if row.form_id == form.form_id)

    def _forms_loaded(self, forms: list[CaseForm]) -> None:
        chosen = self.selected_form()
        self.forms_model.set_rows(forms)
        ids = [form.form_id for form in forms]
        row = ids.index(chosen.form_id) if chosen is not None and chosen.form_id in ids else 0
        if forms:
            self.forms_table.selectRow(row)
        self._form_chosen()

    def _issued_loaded(self, issued: list[IssuedInfo]) -> None:
        self.issued_model.set_rows(issued)
        self.tabs.setTabText(1, self.tr("Issued papers (%1)").replace("%1", str(len(issued))))
        if issued:
            self.issued_table.selectRow(0)
        self._issued_chosen()

    def _failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(self.selected_form() is not None)
        self.notice.show_message(error_message(error), error=True)

    # -- forms and parties ----------------------------------------------------------------------------------
    def selected_form(self) -> CaseForm | None:
        index = self.forms_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _form_chosen(self) -> None:
        form = self.selected_form()
        self.party_combo.clear()
        per_party = form is not None and form.per_party
        if form is not None and per_party:
            self.party_combo.addItem(self.tr("All parties (one copy each)"), None)
            for number, name in enumerate(form.parties, start=1):
                self.party_combo.addItem(name, number)
            self.party_combo.setCurrentIndex(0)  # with a placeholder set, Qt leaves the choice empty
        self.party_combo.setEnabled(per_party)
        self.party_label.setEnabled(per_party)
        self.preview_button.setEnabled(form is not None and form.problem is None)

    def chosen_party(self) -> int | None:
        """1-based, or None for "all parties" (and for forms that are not per party)."""
        data = self.party_combo.currentData() if self.party_combo.isEnabled() else None
        return int(data) if data is not None else None

    def preview_selected(self) -> None:
        form = self.selected_form()
        if form is None:
            return
        if form.problem is not None:
            self.notice.show_message(error_message(form.problem), error=True)
            return
        party = self.chosen_party()
        self.notice.clear_message()
        self.preview_button.setEnabled(False)
        render = partial(preview_case_form, self._ctx, form.form_id, self.case_id, party=party)
        self._runner.run(render, on_done=lambda paper: self._open_preview(form, party, paper), on_error=self._failed)

    def _open_preview(self, form: CaseForm, party: int | None, paper: PrintedForm) -> None:
        self.preview_button.setEnabled(True)
        issue = partial(issue_case_form, self._ctx, form.form_id, self.case_id, party=party)
        party_name = form.parties[party - 1] if party is not None and party <= len(form.parties) else ""
        self._show(paper, form_label(form.form_id, form.title), issue=issue, party=party_name)

    def _show(self, paper: PrintedForm, title: str, **options: object) -> None:
        preview = PreviewDialog(self._runner, self._settings, paper, title, parent=self, **options)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.issued.connect(lambda _paper: self._paper_issued())
        preview.show()
        preview.raise_()
        self.preview_opened.emit(preview)

    def _paper_issued(self) -> None:
        """A preview issued its paper: the register grew, and the case may now carry the paper's number."""
        self._load_issued()
        self._runner.run(forms_for_case, self._ctx, self.case_id, on_done=self._forms_loaded, on_error=self._failed)

    # -- issued papers --------------------------------------------------------------------------------------
    def selected_issued(self) -> IssuedInfo | None:
        index = self.issued_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _issued_chosen(self) -> None:
        self.reprint_button.setEnabled(self.selected_issued() is not None)

    def reprint_selected(self) -> None:
        document = self.selected_issued()
        if document is None:
            return
        self.notice.clear_message()
        self._runner.run(
            reproduce_issued,
            self._ctx,
            document.document_id,
            on_done=lambda paper: self._show(paper, form_label(document.form_id, document.title), reprint=True),
            on_error=self._failed,
        )

    # -- closing --------------------------------------------------------------------------------------------
    def busy_previews(self) -> list[PreviewDialog]:
        return [preview for preview in self.findChildren(PreviewDialog) if preview.busy]

    def done(self, result: int) -> None:
        """The previews close with this window; one still printing or saving keeps it open."""
        if self.busy_previews():
            self.notice.show_message(self.tr("A preview is still printing or saving; close it when it has finished."))
            return
        self._settings.set(keys.CASE_FORMS_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)
