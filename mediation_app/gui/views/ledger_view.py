"""案件台账: the whole ledger, searched, filtered and sorted in the database, loaded page by page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QWidget,
)

from mediation_app.domain.ledger import LedgerFilter
from mediation_app.gui import settings as keys
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.ledger_table_model import CaseIdRole, LedgerRowRole, LedgerTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.ledger_export import LedgerExport
from mediation_app.gui.views.ledger_filters import LedgerFilterPanel
from mediation_app.gui.widgets import Notice, page_layout
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext

if TYPE_CHECKING:
    from mediation_app.domain.ledger import LedgerRow
    from mediation_app.gui.dialogs.case_forms import CaseFormsDialog

SEARCH_DELAY_MS = 300


class LedgerView(QWidget):
    case_activated = Signal(int)  # a case id: open its case window (Enter, double-click or 打开案件)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings, self._today = ctx, runner, settings, today
        self._forms_dialogs: dict[int, CaseFormsDialog] = {}
        self.model = LedgerTableModel(ctx, runner, today=today, parent=self)
        self._build_forms_action()
        self._build_open_action()
        self._build_filter_action()
        self.export = LedgerExport(ctx, runner, settings, self)
        self.export.finished.connect(self._export_finished)
        self._build_export_action()
        layout = page_layout(self, self.tr("Case ledger"))
        layout.addLayout(self._build_filters())
        layout.addWidget(self.filter_panel)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_actions())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.total_changed.connect(self._show_total)
        self.model.load_failed.connect(self._show_error)
        self._place: tuple[int | None, int] | None = None  # the selection and scroll to restore after a reload
        self.model.page_loaded.connect(self._restore_place)
        self._restore_columns()
        self._enable_sorting()
        self._restore_filters()
        self._set_tab_order()
        runner.run(ledger.filter_choices, ctx, on_done=self.filter_panel.set_choices, on_error=self._show_error)

    def _build_actions(self) -> QHBoxLayout:
        self.message = Notice()
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addStretch(1)  # the buttons stay together at the right while the message is hidden
        for action in (self.open_action, self.forms_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            actions.addWidget(button)
        return actions

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search case number, party or case name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.filter_panel = LedgerFilterPanel()
        self.status_filter, self.type_filter = self.filter_panel.status, self.filter_panel.dispute_type
        self.filter_panel.changed.connect(self._filters_changed)
        self.filter_button = QToolButton()
        self.filter_button.setDefaultAction(self.filter_action)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.total_label = QLabel()
        row.addWidget(self.search, 2)
        row.addWidget(self.filter_button)
        row.addStretch(1)
        row.addWidget(self.total_label)
        export = QToolButton()
        export.setDefaultAction(self.export_action)
        export.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(export)
        return row

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionResized.connect(self._remember_width)
        table.activated.connect(lambda index: self.case_activated.emit(index.data(CaseIdRole)))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        table.selectionModel().selectionChanged.connect(self._update_forms_action)
        self.model.modelReset.connect(self._update_forms_action)
        return table

    def _enable_sorting(self) -> None:
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # the model records the order; refresh() loads
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)

    def _keep_indicator_on_sortable(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column the database cannot sort by leaves the current order (and its arrow)."""
        if self.model.columns[column].sort_key is None:
            header = self.table.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.model.ledger_sort.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)
            header.viewport().update()

    def current_filter(self) -> LedgerFilter:
        return self.filter_panel.apply_to(LedgerFilter(text=self.search.text().strip()), self._today)

    # 筛选: the panel's choices, remembered across restarts; the button says how many are active.
    def _restore_filters(self) -> None:
        self.filter_panel.restore(self._settings.get(keys.LEDGER_FILTERS))
        self.filter_panel.setVisible(self._settings.get(keys.LEDGER_FILTER_PANEL))
        self.filter_action.setChecked(self.filter_panel.isVisibleTo(self))
        self._show_filter_count()

    def _filters_changed(self) -> None:
        self._settings.set(keys.LEDGER_FILTERS, self.filter_panel.saved())
        self._show_filter_count()
        self.apply_filter()

    def _show_filter_count(self) -> None:
        count = self.filter_panel.active_count()
        self.filter_action.setText(self.tr("Filters (%1)").replace("%1", str(count)) if count else self.tr("Filters"))

    def show_filter_panel(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        self._settings.set(keys.LEDGER_FILTER_PANEL, shown)
        if shown:
            self.filter_panel.date_from.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_filter_action(self) -> None:
        self.filter_action = QAction(resource_icon("filter"), self.tr("Filters"), self, checkable=True)
        self.filter_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter_action.setToolTip(self.tr("Show or hide the filters (Ctrl+Shift+F)"))
        self.filter_action.toggled.connect(self.show_filter_panel)
        self.addAction(self.filter_action)

    def _set_tab_order(self) -> None:
        chain = [self.search, self.filter_button, *self.filter_panel.focus_order(), self.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # 导出…: the filtered ledger, in the order shown, to .xlsx or PDF.
    def _build_export_action(self) -> None:
        self.export_action = QAction(resource_icon("export"), self.tr("Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.setToolTip(
            self.tr("Export the filtered ledger to Excel (.xlsx) or a PDF work ledger (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.export_ledger)
        self.addAction(self.export_action)

    def export_ledger(self) -> None:
        self.message.clear_message()
        self.export.start(self.current_filter(), self.model.ledger_sort, self._today())

    def _export_finished(self, text: str, error: bool) -> None:
        self.message.show_message(text, error=error)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.current_filter() != self.model.ledger_filter:
            self.model.set_query(flt=self.current_filter())

    def refresh(self) -> None:
        self._place = None
        self.message.hide()
        self.model.set_query(flt=self.current_filter())

    def reload_in_place(self) -> None:
        """Data changed elsewhere (a case window, the intake): reload what is shown, keeping the selected case
        and the scroll position if that case is still listed."""
        selected = self.selected_row()
        self._place = (selected.case_id if selected else None, self.table.verticalScrollBar().value())
        self.message.hide()
        self.model.reload(keep=self.model.rowCount())

    def _restore_place(self) -> None:
        if self._place is None:
            return
        (case_id, scroll), self._place = self._place, None
        position = next((r for r in range(self.model.rowCount()) if self.model.row_at(r).case_id == case_id), None)
        if position is not None:
            self.table.selectRow(position)
        self.table.updateGeometries()  # the scroll bar's range follows the new rows before the value is set
        self.table.verticalScrollBar().setValue(scroll)

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("%n case(s) in total", "", total))

    def _show_error(self, error: BaseException) -> None:
        self.message.show_message(error_message(error), error=True)

    # Column widths and visibility, remembered by column name so a new column never shifts the others.
    def _restore_columns(self) -> None:
        widths = self._settings.get(keys.LEDGER_COLUMN_WIDTHS)
        hidden = set(self._settings.get(keys.LEDGER_HIDDEN_COLUMNS))
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        for index, column in enumerate(self.model.columns):
            header.resizeSection(index, int(widths.get(column.name, column.width)))
            header.setSectionHidden(index, column.name in hidden)
        header.blockSignals(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _remember_width(self, index: int, _old: int, new: int) -> None:
        if new <= 0:
            return  # hiding a section reports width 0
        widths = dict(self._settings.get(keys.LEDGER_COLUMN_WIDTHS))
        widths[self.model.columns[index].name] = new
        self._settings.set(keys.LEDGER_COLUMN_WIDTHS, widths)

    def set_column_visible(self, name: str, visible: bool) -> None:
        index = self.model.column_index(name)
        self.table.horizontalHeader().setSectionHidden(index, not visible)
        hidden = [c.name for i, c in enumerate(self.model.columns) if self.table.isColumnHidden(i)]
        self._settings.set(keys.LEDGER_HIDDEN_COLUMNS, hidden)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for index, column in enumerate(self.model.columns):
            title = self.model.headerData(index, Qt.Orientation.Horizontal)
            action = QAction(title, menu, checkable=True, checked=not self.table.isColumnHidden(index))
            action.toggled.connect(lambda on, name=column.name: self.set_column_visible(name, on))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    # 文书: the papers of the selected case, in a window of their own (one per case).
    def _build_forms_action(self) -> None:
        self.forms_action = QAction(resource_icon("forms"), self.tr("Papers…"), self)
        self.forms_action.setShortcut(QKeySequence("Ctrl+P"))
        self.forms_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.forms_action.setToolTip(self.tr("Preview, print and reprint the papers of the selected case (Ctrl+P)"))
        self.forms_action.setEnabled(False)
        self.forms_action.triggered.connect(self.open_case_forms)
        self.addAction(self.forms_action)

    def selected_row(self) -> LedgerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(LedgerRowRole) if len(rows) == 1 else None

    def _update_forms_action(self) -> None:
        self.forms_action.setEnabled(self.selected_row() is not None)
        self.open_action.setEnabled(self.selected_row() is not None)

    # 打开案件: the selected case in its own window (Enter and double-click do the same).
    def _build_open_action(self) -> None:
        self.open_action = QAction(resource_icon("case"), self.tr("Open case"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.setToolTip(self.tr("Open the selected case in its own window (Enter, double-click or Ctrl+O)"))
        self.open_action.setEnabled(False)
        self.open_action.triggered.connect(self.open_selected_case)
        self.addAction(self.open_action)

    def open_selected_case(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.case_activated.emit(row.case_id)

    def _row_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.forms_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def open_case_forms(self) -> CaseFormsDialog | None:
        """The case's 文书 window; a second request for the same case brings the open one forward."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = self._forms_dialogs.get(row.case_id)
        if dialog is None:
            from mediation_app.gui.dialogs.case_forms import CaseFormsDialog  # QtPdf loads on first use

            caption = " ".join(part for part in (row.number or "", row.title) if part)
            dialog = CaseFormsDialog(self._ctx, self._runner, self._settings, row.case_id, caption, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None, case_id=row.case_id: self._forms_dialogs.pop(case_id, None))
            self._forms_dialogs[row.case_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
