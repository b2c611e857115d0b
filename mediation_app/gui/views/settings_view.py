"""设置: the office's details (printed on every paper) and the interface language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.identity import check_phone
from mediation_app.gui import settings as keys
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import Notice, add_shortcut, field_error_label, hint, page_layout, with_error
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import OfficeInfo, get_office, update_office

OFFICE_FIELDS = ("name", "committee_name", "case_prefix", "address", "phone")
# Each language is named in its own language, so it can be found whatever the interface shows now.
LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsView(QWidget):
    office_saved = Signal(object)  # the OfficeInfo as saved

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.office: OfficeInfo | None = None
        self.dirty = False
        layout = page_layout(self, self.tr("Settings"))
        layout.addWidget(self._build_office_box())
        layout.addWidget(self._build_language_box())
        layout.addStretch(1)
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)

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
            self.tr("Case number prefix (字号)"),
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

    def _failed(self, error: BaseException) -> None:
        """The typed input stays; the message says what to do."""
        self.notice.show_message(error_message(error), error=True)
