"""First start on a database without accounts: the office's names and 字号, and the administrator's account."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.gui.dialogs.user_dialogs import button_row
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import Notice, add_shortcut, hint, view_title
from mediation_app.services.accounts import MIN_PASSWORD, FirstStart, SignedIn, create_first_admin
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import OfficeInfo

# The service's field names (in error params) → the line edit to focus.
_FIELD_OF_CODE = {
    "auth.username_invalid": "username",
    "auth.display_name": "display_name",
    "auth.password_short": "password",
    "auth.password_long": "password",
}


class FirstStartDialog(QDialog):
    """Enter moves to the next field (many fields: nothing is submitted by accident); Ctrl+Enter or the button
    creates the account. A refusal names the field and keeps everything typed."""

    def __init__(self, ctx: ServiceContext, runner: Runner, office: OfficeInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = ctx.db, runner
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("First start"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        column.addWidget(view_title(self.tr("Welcome")))
        column.addWidget(
            hint(
                self.tr(
                    "Enter the office's details and create the administrator's account. "
                    "The administrator then adds the other staff in Settings."
                )
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        column.addWidget(self._office_box(office))
        column.addWidget(self._admin_box())
        self.notice = Notice()
        column.addWidget(self.notice)
        column.addLayout(self._buttons())
        add_shortcut(self, QKeySequence("Ctrl+Return"), self.submit)
        self.fields["name"].setFocus()

    def _edit(self, key: str, *, secret: bool = False, limit: int = 100) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(lambda: self.focusNextChild())
        self.fields[key] = edit
        return edit

    def _office_box(self, office: OfficeInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Office"))
        form = QFormLayout(box)
        form.addRow(self.tr("Office name"), self._edit("name"))
        form.addRow(self.tr("Mediation committee"), self._edit("committee_name"))
        form.addRow(self.tr("Case number prefix"), self._edit("case_prefix", limit=40))
        self.fields["name"].setPlaceholderText(office.name)
        self.fields["committee_name"].setPlaceholderText(office.committee_name)
        self.fields["case_prefix"].setPlaceholderText(self.tr("e.g. 某街联调字 → （2026）某街联调字第0001号"))
        return box

    def _admin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Administrator"))
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self._edit("username", limit=40))
        form.addRow(self.tr("Name"), self._edit("display_name", limit=40))
        form.addRow(self.tr("Password"), self._edit("password", secret=True))
        form.addRow(self.tr("Password again"), self._edit("password_again", secret=True))
        self.fields["password"].setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD)))
        return box

    def _buttons(self) -> QHBoxLayout:
        self.create_button = QPushButton(self.tr("Create and sign in (Ctrl+Enter)"))
        quit_button = QPushButton(self.tr("Quit"))
        self.create_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)
        return button_row(self.create_button, quit_button)

    def typed(self) -> FirstStart:
        text = {key: edit.text() for key, edit in self.fields.items()}
        return FirstStart(
            text["name"],
            text["committee_name"],
            text["case_prefix"],
            text["username"],
            text["display_name"],
            text["password"],
        )

    def submit(self) -> None:
        self.notice.clear_message()
        if self.fields["password"].text() != self.fields["password_again"].text():
            self._show(message_for("auth.password_mismatch"), "password_again")
            return
        self.create_button.setEnabled(False)
        self._runner.run(
            create_first_admin, self._db, self.typed(), write=True, on_done=self._done, on_error=self._refused
        )

    def _done(self, signed: SignedIn) -> None:
        self.signed_in = signed
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, DomainError):
            field = error.params.get("field")
            self._show(error_message(error), str(field) if field in self.fields else _FIELD_OF_CODE.get(error.code))

    def _show(self, text: str, field: str | None) -> None:
        self.notice.show_message(text, error=True)
        if field is not None:
            self.fields[field].setFocus()
            self.fields[field].selectAll()
