"""分流登记: every referral with its state; the returned 回执 and the body's feedback are recorded here, so a
referred case never disappears."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMenu, QTableView, QToolButton, QWidget

from mediation_app.gui.dialogs.referral_dialogs import ConfirmationDialog, FeedbackDialog, ReferralDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.referral_columns import is_outside, referral_id, register_columns
from mediation_app.gui.models.row_table_model import IdRole, RowTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import VocabularyCombo, hint, page_layout, record_table
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import ReferralRow, ReferralState, referral_register

if TYPE_CHECKING:
    from mediation_app.gui.dialogs.case_forms import CaseFormsDialog


def load_register(ctx: ServiceContext, today: date) -> list[ReferralRow]:
    return referral_register(ctx, today=today)


class ReferralsView(QWidget):
    data_changed = Signal()  # a confirmation or feedback was saved (the case may have changed too)
    case_activated = Signal(int)  # a case id: open its case window (打开案件, Ctrl+O, as in the ledger)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings, self.today = ctx, runner, settings, today
        self.all_rows: tuple[ReferralRow, ...] = ()
        self._generation = self._shown_generation = 0
        self._wanted: int | None = None  # a referral to select once the rows are in (from the 工作台)
        self.dialog: ReferralDialog | None = None
        self.forms_dialog: CaseFormsDialog | None = None
        self.model: RowTableModel[ReferralRow] = RowTableModel(register_columns(self._today), referral_id, parent=self)
        self._build_actions()
        layout = page_layout(self, self.tr("Referral register"))
        layout.addLayout(self._build_filters())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.message = hint()
        layout.addLayout(self._build_action_row())

    def _today(self) -> date:
        return self.today()

    # -- construction ---------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(icon: str, text: str, keys: str, tip: str, slot: Callable[[], object]) -> QAction:
            made = QAction(resource_icon(icon), text, self)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(tip)
            made.setEnabled(False)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.confirm_action = action(
            "receipt",
            self.tr("Record confirmation…"),
            "Ctrl+R",
            self.tr("The body's confirmation of entrusted mediation or its receipt came back (Ctrl+R)"),
            self.open_confirmation,
        )
        self.feedback_action = action(
            "feedback",
            self.tr("Record feedback…"),
            "Ctrl+K",
            self.tr("The body reported its result (Ctrl+K)"),
            self.open_feedback,
        )
        self.open_action = action(
            "case",
            self.tr("Open case"),
            "Ctrl+O",
            self.tr("Open the referred case in its own window (Ctrl+O)"),
            self.open_selected_case,
        )
        self.forms_action = action(
            "forms",
            self.tr("Papers…"),
            "Ctrl+P",
            self.tr("Preview, print and reprint the papers of the case (Ctrl+P)"),
            self.open_case_forms,
        )

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.state_filter = VocabularyCombo(ReferralState, self.tr("All states"))
        self.state_filter.setMinimumWidth(160)
        self.state_filter.currentIndexChanged.connect(self._show_rows)
        caption = QLabel(self.tr("State:"))
        caption.setBuddy(self.state_filter)
        self.total_label = QLabel()
        row.addWidget(caption)
        row.addWidget(self.state_filter)
        row.addStretch(1)
        row.addWidget(self.total_label)
        return row

    def _build_table(self) -> QTableView:
        table = record_table(self.model, self.model.columns)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        return table

    def _build_action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.message, 1)
        for action in (self.confirm_action, self.feedback_action, self.open_action, self.forms_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        return row

    # -- loading and filtering ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def refresh(self) -> None:
        """Load every referral; only the latest request's answer is shown (an older one may arrive later)."""
        self._generation += 1
        generation = self._generation
        self._runner.run(
            load_register,
            self._ctx,
            self._today(),
            on_done=lambda rows: self._loaded(generation, rows),
            on_error=lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, rows: Sequence[ReferralRow]) -> None:
        if generation == self._generation:
            self._shown_generation = generation
            self.show_rows(rows)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._shown_generation = generation
            self.message.setText(error_message(error))

    def show_rows(self, rows: Sequence[ReferralRow]) -> None:
        self.all_rows = tuple(rows)
        self._count_states()
        self._show_rows()

    def _count_states(self) -> None:
        counts = {state: 0 for state in ReferralState}
        for row in self.all_rows:
            counts[row.state] += 1
        for index in range(1, self.state_filter.count()):
            state = ReferralState(self.state_filter.itemData(index))
            text = self.tr("%1 (%2)").replace("%1", label(state)).replace("%2", str(counts[state]))
            self.state_filter.setItemText(index, text)

    def _show_rows(self) -> None:
        """Fill the table with the rows the filter lets through; the selection stays on the same referral."""
        wanted, self._wanted = self._wanted, None
        keep = wanted if wanted is not None else self._selected_id()
        if wanted is not None and not self._passes_filter(wanted):
            self.state_filter.blockSignals(True)  # asked for by id: show every state rather than nothing
            self.state_filter.setCurrentIndex(0)
            self.state_filter.blockSignals(False)
        state = self.state_filter.member()
        self.model.set_rows([row for row in self.all_rows if state is None or row.state is state])
        self.total_label.setText(self.tr("%n referral(s)", "", self.model.rowCount()))
        if not self.all_rows:
            self.message.setText(self.tr("No referrals yet. A case diverted at intake is listed here."))
        elif not self.model.rowCount():
            self.message.setText(self.tr("No referral is in this state."))
        else:
            self.message.setText("")
        if keep is not None:
            self._select(keep, focus=wanted is not None)

    def _passes_filter(self, wanted: int) -> bool:
        state = self.state_filter.member()
        return any(row.referral_id == wanted and state in (None, row.state) for row in self.all_rows)

    # -- selection ------------------------------------------------------------------------------------------
    def selected_row(self) -> ReferralRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.referral_id if row is not None else None

    def select_referral(self, wanted: int) -> None:
        """Select a referral (from the 工作台), showing every state if the filter hides it; one made since the
        last load is loaded first."""
        self._wanted = wanted
        if self.loading:
            return  # applied when the rows arrive
        if any(row.referral_id == wanted for row in self.all_rows):
            self._show_rows()
        else:
            self.refresh()

    def _select(self, wanted: int, *, focus: bool) -> None:
        for position in range(self.model.rowCount()):
            if self.model.index(position, 0).data(IdRole) == wanted:
                self.table.selectRow(position)
                self.table.scrollTo(self.model.index(position, 0))
                if focus:
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _update_actions(self) -> None:
        row = self.selected_row()
        outside = row is not None and is_outside(row)
        self.confirm_action.setEnabled(outside)
        self.feedback_action.setEnabled(outside and row is not None and row.state is not ReferralState.DONE)
        self.forms_action.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)

    def _activated(self, _index: QModelIndex) -> None:
        """Enter or double-click: the step the referral waits for."""
        row = self.selected_row()
        if row is None:
            return
        if row.state is ReferralState.AWAITING_CONFIRMATION:
            self.open_confirmation()
        elif row.state in (ReferralState.AWAITING_FEEDBACK, ReferralState.OVERDUE):
            self.open_feedback()
        else:
            self.open_case_forms()

    def _row_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.confirm_action, self.feedback_action, self.open_action, self.forms_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def open_selected_case(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.case_activated.emit(row.case_id)

    # -- the dialogs ----------------------------------------------------------------------------------------
    def open_confirmation(self) -> ConfirmationDialog | None:
        row = self.selected_row()
        if row is None or not self.confirm_action.isEnabled():
            return None
        dialog = ConfirmationDialog(self._ctx, self._runner, row, self._today(), parent=self)
        self._open(dialog)
        return dialog

    def open_feedback(self) -> FeedbackDialog | None:
        row = self.selected_row()
        if row is None or not self.feedback_action.isEnabled():
            return None
        dialog = FeedbackDialog(self._ctx, self._runner, row, self._today(), parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: ReferralDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, _referral_id: int) -> None:
        """Reload: the row shows its new state (and leaves a filtered list it no longer belongs to)."""
        self.data_changed.emit()
        self.refresh()

    def open_case_forms(self) -> CaseFormsDialog | None:
        """The case's 文书 (分流告知书, 委托调解函…), as the ledger opens them."""
        row = self.selected_row()
        if row is None:
            return None
        from mediation_app.gui.dialogs.case_forms import CaseFormsDialog  # QtPdf loads on first use

        if self.forms_dialog is not None:
            self.forms_dialog.close()
            self.forms_dialog.deleteLater()
        caption = " ".join(part for part in (row.case_number or "", row.case_title) if part)
        dialog = CaseFormsDialog(self._ctx, self._runner, self._settings, row.case_id, caption, parent=self)
        self.forms_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
