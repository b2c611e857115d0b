"""Unfinished intakes kept as drafts: pick one to go on with, or discard it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.gui.i18n import gap
from mediation_app.gui.widgets import hint
from mediation_app.services.drafts import DraftInfo

TIME_FORMAT = "%Y-%m-%d %H:%M"


class DraftsDialog(QDialog):
    restore_requested = Signal(int)  # draft id
    discard_requested = Signal(int)  # draft id

    def __init__(self, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished intakes"))
        self.setMinimumWidth(620)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        column.setSpacing(10)
        column.addWidget(
            hint(
                self.tr(
                    "These intakes were typed but not saved. Go on with one (Enter), discard it (Delete), "
                    "or start a new intake (Esc)."
                )
            )
        )
        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self._restore())
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self._discard)
        self.new_button = QPushButton(self.tr("New intake"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Go on with this one"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.restore_button)
        column.addLayout(row)
        self.set_drafts(drafts)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self._discard()
            return
        super().keyPressEvent(event)

    def set_drafts(self, drafts: list[DraftInfo]) -> None:
        self.list.clear()
        for draft in drafts:
            summary = draft.summary or self.tr("(nothing but the case details)")
            item = QListWidgetItem(f"{draft.updated_at.strftime(TIME_FORMAT)}{gap()}{summary}")
            item.setData(Qt.ItemDataRole.UserRole, draft.draft_id)
            item.setToolTip(summary)
            self.list.addItem(item)
        if drafts:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(drafts))
        self.discard_button.setEnabled(bool(drafts))

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _restore(self) -> None:
        if (draft_id := self.chosen()) is not None:
            self.restore_requested.emit(draft_id)
            self.accept()

    def _discard(self) -> None:
        draft_id = self.chosen()
        if draft_id is None:
            return
        row = self.list.currentRow()
        self.list.takeItem(row)
        self.discard_requested.emit(draft_id)
        if self.list.count() == 0:
            self.reject()
        else:
            self.list.setCurrentRow(min(row, self.list.count() - 1))
