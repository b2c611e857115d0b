"""设置: the office's details (printed on every paper), the 字号 of each paper series, the directory of outside
bodies and the interface language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.identity import check_phone
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.bodies import BodiesDialog, all_bodies
from mediation_app.gui.dialogs.clause_library import ClauseLibraryDialog
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.series_prefixes import SeriesPrefixesBox
from mediation_app.gui.views.settings_audit import AuditBox
from mediation_app.gui.views.settings_backup import BackupBox
from mediation_app.gui.views.settings_database import DatabaseBox
from mediation_app.gui.views.settings_users import UsersBox
from mediation_app.gui.widgets import Notice, add_shortcut, field_error_label, hint, page_layout, with_error
from mediation_app.services.bodies import BodyInfo
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import OfficeInfo, get_office, update_office

OFFICE_FIELDS = ("name", "committee_name", "case_prefix", "address", "phone")
# Each language is named in its own language, so it can be found whatever the interface shows now.
LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsView(QWidget):
    office_saved = Signal(object)  # the OfficeInfo as saved
    data_changed = Signal()  # the 字号 or the directory of bodies changed
    restore_requested = Signal(Path)  # a verified backup to restore: the program's session closes the database first

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.office: OfficeInfo | None = None
        self.dirty = False
        self.bodies_dialog: BodiesDialog | None = None
        self.clauses_dialog: ClauseLibraryDialog | None = None
        layout = page_layout(self, self.tr("Settings"))
        self.prefixes = SeriesPrefixesBox(ctx, runner, today)
        self.prefixes.saved.connect(self.data_changed)
        self.users = UsersBox(ctx, runner, settings)
        self.backup = BackupBox(ctx, runner, settings)
        self.audit = AuditBox(ctx, runner, settings=settings)
        self.database = DatabaseBox(ctx, runner, ctx.db.location())  # this PC's file or a shared server
        self.backup.restore_requested.connect(self.restore_requested)
        layout.addWidget(
            self._scrolled(
                self._build_office_box(),
                self._build_bodies_box(),
                self._build_clauses_box(),
                self.prefixes,
                self.users,
                self.backup,
                self.database,
                self.audit,
                self._build_language_box(),
            ),
            1,
        )
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save_all)

    def _scrolled(self, *groups: QWidget) -> QScrollArea:
        """The groups one under another; the page scrolls rather than making the window taller."""
        content = QWidget()
        content.setObjectName("settingsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        area = QScrollArea()
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(content)
        area.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        return area

    def _build_office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Office details"))
        outer = QVBoxLayout(box)
        outer.addWidget(hint(self.tr("These details are printed on notices, agreements and case numbers.")))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        labels = (
            self.tr("Office name"),
            self.tr("Mediation committee"),
            self.tr("Case number prefix"),
            self.tr("Address"),
            self.tr("Phone"),
        )
        self.fields: dict[str, QLineEdit] = {}
        for name, text in zip(OFFICE_FIELDS, labels, strict=True):
            edit = QLineEdit()
            edit.setMaximumWidth(520)
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            if name != "phone":
                form.addRow(text, edit)
        self.phone_error = field_error_label()
        form.addRow(labels[-1], with_error(self.fields["phone"], self.phone_error))
        self.fields["case_prefix"].setPlaceholderText(self.tr("e.g. 某街联调字 → （2026）某街联调字第0001号"))
        self.notice = Notice()
        self.notice.setMaximumWidth(520)
        form.addRow("", self.notice)
        form.addRow("", self._build_buttons())
        outer.addLayout(form)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.load)
        row.addWidget(self.save_button)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        return row

    def _build_bodies_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Directory of outside bodies"))
        outer = QVBoxLayout(box)
        outer.addWidget(
            hint(
                self.tr("Cases diverted out of the room go to a body from this directory (name, kind, address, phone).")
            )
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.bodies_summary = QLabel()
        self.bodies_button = QPushButton(resource_icon("bodies"), self.tr("Manage bodies…"))
        self.bodies_button.clicked.connect(self.open_bodies)
        row.addWidget(self.bodies_button)
        row.addWidget(self.bodies_summary)
        row.addStretch(1)
        outer.addLayout(row)
        return box

    def _count_bodies(self) -> None:
        self._runner.run(all_bodies, self._ctx, on_done=self._show_body_count, on_error=self._count_failed)

    def _show_body_count(self, bodies: Sequence[BodyInfo]) -> None:
        active = sum(1 for body in bodies if body.is_active)
        text = self.tr("%n in use", "", active)
        if len(bodies) > active:
            text = self.tr("%1, %2 inactive").replace("%1", text).replace("%2", str(len(bodies) - active))
        self.bodies_summary.setText(text)

    def _count_failed(self, error: BaseException) -> None:
        self.bodies_summary.setText(error_message(error))

    def open_bodies(self) -> BodiesDialog:
        """The directory in a window of its own; a second request brings the open one forward."""
        if self.bodies_dialog is None:
            self.bodies_dialog = BodiesDialog(self._ctx, self._runner, parent=self)
            self.bodies_dialog.changed.connect(self._bodies_changed)
        self.bodies_dialog.show()
        self.bodies_dialog.raise_()
        self.bodies_dialog.activateWindow()
        return self.bodies_dialog

    def _bodies_changed(self) -> None:
        self._count_bodies()
        self.data_changed.emit()

    def _build_clauses_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clause library"))
        outer = QVBoxLayout(box)
        explanation = self.tr("Standard agreement terms per dispute type, offered when an agreement is edited.")
        outer.addWidget(hint(explanation))
        row = QHBoxLayout()
        self.clauses_button = QPushButton(self.tr("Manage clauses…"))
        self.clauses_button.clicked.connect(self.open_clauses)
        row.addWidget(self.clauses_button)
        row.addStretch(1)
        outer.addLayout(row)
        return box

    def open_clauses(self) -> ClauseLibraryDialog:
        """The clause library in a window of its own; a second request brings the open one forward."""
        if self.clauses_dialog is None:
            self.clauses_dialog = ClauseLibraryDialog(self._ctx, self._runner, self._settings, parent=self)
        self.clauses_dialog.show()
        self.clauses_dialog.raise_()
        self.clauses_dialog.activateWindow()
        return self.clauses_dialog

    def _build_language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.setMinimumWidth(200)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.get(keys.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Interface language"), self.language)
        self.language_note = hint(self.tr("The new language applies after the program is restarted."))
        form.addRow("", self.language_note)
        return box

    def _language_chosen(self) -> None:
        self._settings.set(keys.LANGUAGE, self.language.currentData())

    def _edited(self) -> None:
        self.dirty = True
        phone = self.fields["phone"].text().strip()
        check = check_phone(phone) if phone else None
        self.phone_error.setText(message_for(check.code or "phone.format") if check and not check.ok else "")

    def refresh(self) -> None:
        """Load the saved details, unless the user is in the middle of editing them."""
        if not self.dirty:
            self.load()
        self.prefixes.refresh()
        self._count_bodies()

    def load(self) -> None:
        self._runner.run(get_office, self._ctx, on_done=self._show_office, on_error=self._failed)

    def _show_office(self, office: OfficeInfo) -> None:
        self.office = office
        for name, edit in self.fields.items():
            edit.setText(getattr(office, name))
        self.dirty = False
        self.phone_error.clear()
        self.notice.clear_message()

    def typed_office(self) -> OfficeInfo | None:
        if self.office is None:
            return None
        return replace(self.office, **{name: edit.text() for name, edit in self.fields.items()})

    def save_all(self) -> None:
        """Ctrl+S: whatever was edited (the office details if nothing was)."""
        if self.dirty or not self.prefixes.dirty:
            self.save()
        if self.prefixes.dirty:
            self.prefixes.save()

    def save(self) -> None:
        typed = self.typed_office()
        if typed is None:
            return
        if self.phone_error.text():
            self.notice.show_message(self.phone_error.text(), error=True)
            return
        self._runner.run(update_office, self._ctx, typed, write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, office: OfficeInfo) -> None:
        self._show_office(office)
        self.notice.show_message(self.tr("Saved."))
        self.office_saved.emit(office)
        self.prefixes.refresh()  # the defaults derive from the case 字号

    def _failed(self, error: BaseException) -> None:
        """The typed input stays; the message says what to do."""
        self.notice.show_message(error_message(error), error=True)
