"""One party's line on the intake form: name, phone and ID number, each checked as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit

from mediation_app.domain.identity import check_id_number, check_phone
from mediation_app.domain.vocabulary import PartyRole
from mediation_app.gui.errors import message_for
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import field_error_label
from mediation_app.services.intake import PartyInput

# lupdate finds calls spelled translate("Context", "text").
translate = QCoreApplication.translate


class PartyFields:
    """Widgets placed on two rows of a grid: the edits, then the reasons shown under them."""

    def __init__(self, role: PartyRole, *, required: bool) -> None:
        self.role, self.required = role, required
        self.name, self.phone, self.id_number = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setMaxLength(100)
        self.phone.setMaxLength(40)
        self.id_number.setMaxLength(22)
        self.phone.setPlaceholderText(translate("PartyFields", "Mobile or landline"))
        self.id_number.setPlaceholderText(translate("PartyFields", "18 characters"))
        self.name_error, self.phone_error, self.id_error = (field_error_label() for _ in range(3))
        self.name.textEdited.connect(self.check_name)
        self.phone.textEdited.connect(self.check_phone)
        self.id_number.textEdited.connect(self.check_id)

    def place(self, grid: QGridLayout, row: int) -> None:
        title = label(self.role) + (" *" if self.required else "")
        grid.addWidget(QLabel(title), row, 0)
        for column, (edit, error) in enumerate(
            ((self.name, self.name_error), (self.phone, self.phone_error), (self.id_number, self.id_error)), start=1
        ):
            grid.addWidget(edit, row, column)
            grid.addWidget(error, row + 1, column)

    def is_blank(self) -> bool:
        return not any(edit.text().strip() for edit in (self.name, self.phone, self.id_number))

    def check_name(self) -> bool:
        missing = not self.name.text().strip() and (self.required or not self.is_blank())
        self.name_error.setText(translate("PartyFields", "Please enter the name.") if missing else "")
        return not missing

    def check_phone(self) -> bool:
        text = self.phone.text().strip()
        result = check_phone(text) if text else None
        self.phone_error.setText(message_for(result.code or "phone.format") if result and not result.ok else "")
        return not self.phone_error.text()

    def check_id(self) -> bool:
        text = self.id_number.text().strip()
        result = check_id_number(text) if text else None
        self.id_error.setText(message_for(result.code or "id.invalid") if result and not result.ok else "")
        return not self.id_error.text()

    def check(self) -> bool:
        """Check every field (all of them, so every reason shows at once)."""
        results = [self.check_name(), self.check_phone(), self.check_id()]
        return all(results)

    def first_invalid(self) -> QLineEdit | None:
        for edit, error in (
            (self.name, self.name_error),
            (self.phone, self.phone_error),
            (self.id_number, self.id_error),
        ):
            if error.text():
                return edit
        return None

    def value(self) -> PartyInput | None:
        if self.is_blank():
            return None
        return PartyInput(
            name=self.name.text().strip(),
            role=self.role,
            phone=self.phone.text().strip(),
            id_number=self.id_number.text().strip(),
        )

    def clear(self) -> None:
        for widget in (self.name, self.phone, self.id_number, self.name_error, self.phone_error, self.id_error):
            widget.clear()
