"""承接单位名录: the outside bodies a case may be diverted to — added, edited and made inactive, never deleted
(old referrals and papers keep the body's name)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.identity import check_phone
from mediation_app.domain.vocabulary import BodyKind
from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import MUTED_COLOUR, label
from mediation_app.gui.widgets import FieldError, Notice, VocabularyCombo, add_shortcut, hint, record_table, with_error
from mediation_app.services.bodies import BodyInfo, list_bodies, save_body
from mediation_app.services.context import ServiceContext

DEFAULT_SIZE = QSize(900, 600)
KIND_ORDER = {kind: position for position, kind in enumerate(BodyKind)}
NAME_LENGTH = 100  # the column's width in the database


def all_bodies(ctx: ServiceContext) -> list[BodyInfo]:
    """Active and inactive, active first, then by kind in the vocabulary's order and by name."""
    bodies = list_bodies(ctx, include_inactive=True)
    return sorted(bodies, key=lambda b: (not b.is_active, KIND_ORDER[b.kind], b.name))


def _inactive(body: BodyInfo) -> QColor | None:
    return None if body.is_active else QColor(MUTED_COLOUR)


def _active_text(body: BodyInfo) -> str:
    text = QT_TRANSLATE_NOOP("Columns", "In use") if body.is_active else QT_TRANSLATE_NOOP("Columns", "Inactive")
    return QCoreApplication.translate("Columns", text)


BODY_COLUMNS: tuple[Column[BodyInfo], ...] = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda b: b.name, foreground=_inactive, width=220),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda b: label(b.kind), foreground=_inactive, width=130),
    Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), lambda b: b.address, foreground=_inactive, width=200),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda b: b.phone, foreground=_inactive, width=120),
    Column("contact", QT_TRANSLATE_NOOP("Columns", "Contact"), lambda b: b.contact, foreground=_inactive, width=90),
    Column("active", QT_TRANSLATE_NOOP("Columns", "State"), _active_text, foreground=_inactive, width=70),
)


def body_id(body: BodyInfo) -> int:
    return body.body_id or 0


class BodiesDialog(QDialog):
    changed = Signal()  # a body was added, edited, made inactive or active again

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paint_background(self)
        self._ctx, self._runner = ctx, runner
        self.editing: BodyInfo | None = None  # the body in the form as last saved; None for a new one
        self.dirty = False
        self.setWindowTitle(self.tr("Directory of outside bodies"))
        self.resize(DEFAULT_SIZE)
        self.model: RowTableModel[BodyInfo] = RowTableModel(BODY_COLUMNS, body_id, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(
            hint(
                self.tr(
                    "Cases diverted out of the room go to a body chosen from this directory. A body no longer used "
                    "is made inactive: it is not offered any more, and earlier referrals keep its name."
                )
            )
        )
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_form())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_buttons())
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        add_shortcut(self, QKeySequence.StandardKey.New, self.new_body)
        self.new_body()
        self.refresh()

    # -- construction ---------------------------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = record_table(self.model, BODY_COLUMNS, row_height=28)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.model.column_index("address"), QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox()
        grid = QGridLayout(self.form_box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. 青山区劳动人事争议仲裁委员会"))
        self.kind = VocabularyCombo(BodyKind)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 010-88886666"))
        self.contact = QLineEdit()
        self.name_error, self.phone_error = FieldError(), FieldError()
        rows = (
            (self.tr("Name"), with_error(self.name, self.name_error), self.tr("Kind"), self.kind),
            (self.tr("Address"), self.address, None, None),
            (self.tr("Phone"), with_error(self.phone, self.phone_error), self.tr("Contact"), self.contact),
        )
        top = Qt.AlignmentFlag.AlignTop  # a field's reason opens below it; the row's other cells stay put
        for row, (left, left_field, right, right_field) in enumerate(rows):
            grid.addWidget(self._label(left), row, 0, top)
            if right is None or right_field is None:
                grid.addWidget(left_field, row, 1, 1, 3, top)
                continue
            grid.addWidget(left_field, row, 1, top)
            grid.addWidget(self._label(right), row, 2, top)
            grid.addWidget(right_field, row, 3, top)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for edit in (self.name, self.address, self.phone, self.contact):
            edit.textEdited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        return self.form_box

    def _label(self, text: str) -> QLabel:
        """As tall as a line edit, so the text lines up with the field's text."""
        caption = QLabel(text)
        caption.setMinimumHeight(self.name.sizeHint().height())
        return caption

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_button = QPushButton(self.tr("New body (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.active_button = QPushButton(self.tr("Make inactive"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.new_button, self.save_button, self.active_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field never saves by accident
        self.new_button.clicked.connect(self.new_body)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    # -- the list -------------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        self._runner.run(all_bodies, self._ctx, on_done=lambda rows: self.show_bodies(rows, select))

    def show_bodies(self, bodies: list[BodyInfo], select: int | None = None) -> None:
        self.model.set_rows(bodies)
        for position, body in enumerate(bodies):
            if select is not None and body.body_id == select:
                self.table.selectRow(position)
        self._update_buttons()

    def selected_body(self) -> BodyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        body = self.selected_body()
        if body is not None:
            self.show_body(body)
        self._update_buttons()

    def _update_buttons(self) -> None:
        body = self.selected_body()
        self.active_button.setEnabled(body is not None)
        inactive = body is not None and not body.is_active
        self.active_button.setText(self.tr("Make active again") if inactive else self.tr("Make inactive"))

    # -- the form -------------------------------------------------------------------------------------------
    def new_body(self) -> None:
        self.table.clearSelection()
        self.show_body(None)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_body(self, body: BodyInfo | None) -> None:
        self.editing = body
        self.form_box.setTitle(self.tr("New body") if body is None else self.tr("Edit: %1").replace("%1", body.name))
        self.name.setText(body.name if body else "")
        self.kind.set_member(body.kind if body else BodyKind.POLICE_STATION)
        self.address.setText(body.address if body else "")
        self.phone.setText(body.phone if body else "")
        self.contact.setText(body.contact if body else "")
        self.name_error.clear()
        self.phone_error.clear()
        self.dirty = False

    def typed_body(self) -> BodyInfo:
        kind = self.kind.member() or BodyKind.OTHER
        typed = BodyInfo(None, self.name.text(), kind, self.address.text(), self.phone.text(), self.contact.text())
        if self.editing is None:
            return typed
        return replace(
            typed, body_id=self.editing.body_id, is_active=self.editing.is_active, version=self.editing.version
        )

    def _edited(self) -> None:
        self.dirty = True
        phone = self.phone.text().strip()
        check = check_phone(phone) if phone else None
        self.phone_error.setText(message_for(check.code or "phone.format") if check and not check.ok else "")
        if self.name.text().strip():
            self.name_error.clear()

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.phone_error.text():
            self.notice.show_message(self.phone_error.text(), error=True)
            self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._runner.run(
            save_body, self._ctx, self.typed_body(), write=True, on_done=self._saved, on_error=self._failed
        )

    def toggle_active(self) -> None:
        """Make the selected body inactive (or active again) as it is stored; typing in the form is not saved."""
        body = self.selected_body()
        if body is None:
            return
        flipped = replace(body, is_active=not body.is_active)
        self._runner.run(save_body, self._ctx, flipped, write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, body: BodyInfo) -> None:
        text = self.tr("Saved: %1.") if body.is_active else self.tr("%1 is now inactive.")
        self.notice.show_message(text.replace("%1", body.name))
        self.show_body(body)
        self.refresh(select=body.body_id)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        """The typed input stays; the reason goes next to the field it concerns, or under the form."""
        text = error_message(error)
        field = getattr(error, "params", {}).get("field")
        fields = {"name": (self.name, self.name_error), "phone": (self.phone, self.phone_error)}
        if field in fields:
            edit, reason = fields[field]
            reason.setText(text)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.notice.clear_message()
        else:
            self.notice.show_message(text, error=True)
