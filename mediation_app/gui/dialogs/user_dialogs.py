"""Small account dialogs: a new account, another role, a reset password, and one's own new password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import Notice, VocabularyCombo, add_shortcut, hint
from mediation_app.services.accounts import MIN_PASSWORD, change_own_password
from mediation_app.services.context import ServiceContext
from mediation_app.services.user_admin import NewUser, UserInfo, change_role, create_user, reset_password


def button_row(save: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    """Save and cancel at the right, neither a default button: in a form of several fields Enter never saves
    (a QDialogButtonBox would make its accept button the default)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in (save, cancel):
        button.setAutoDefault(False)
        button.setDefault(False)
        row.addWidget(button)
    return row


class _AccountDialog(QDialog):
    """A form whose Enter moves on (several fields); Ctrl+Enter or the button saves; a refusal keeps the input."""

    saved = Signal(object)

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setMinimumWidth(420)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 16, 20, 12)
        self.form = QFormLayout()
        self.column.addLayout(self.form)
        self.fields: dict[str, QLineEdit] = {}
        self.notice = Notice()
        add_shortcut(self, QKeySequence("Ctrl+Return"), self.submit)

    def line(self, key: str, caption: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(256 if secret else 40)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD)))
        edit.returnPressed.connect(lambda: self.focusNextChild())
        self.form.addRow(caption, edit)
        self.fields[key] = edit
        return edit

    def finish(self, save_text: str) -> None:
        self.column.addWidget(self.notice)
        self.save_button = QPushButton(save_text)
        cancel = QPushButton(self.tr("Cancel"))
        self.column.addLayout(button_row(self.save_button, cancel))
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

    def passwords_match(self, first: str = "password", second: str = "password_again") -> bool:
        if self.fields[first].text() == self.fields[second].text():
            return True
        self.notice.show_message(message_for("auth.password_mismatch"), error=True)
        self.fields[second].setFocus()
        self.fields[second].selectAll()
        return False

    def run(self, fn: Callable[..., Any], *args: Any) -> None:
        self.save_button.setEnabled(False)
        self._runner.run(fn, self._ctx, *args, write=True, on_done=self._done, on_error=self._refused)

    def _done(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DomainError):
            self.notice.show_message(error_message(error), error=True)

    def submit(self) -> None:
        raise NotImplementedError


class NewUserDialog(_AccountDialog):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.setWindowTitle(self.tr("New account"))
        self.line("username", self.tr("User name")).setFocus()
        self.line("display_name", self.tr("Name"))
        self.role = VocabularyCombo(UserRole)
        self.role.set_member(UserRole.MEDIATOR)
        self.form.addRow(self.tr("Role"), self.role)
        self.line("password", self.tr("Password"), secret=True)
        self.line("password_again", self.tr("Password again"), secret=True)
        self.finish(self.tr("Create (Ctrl+Enter)"))

    def submit(self) -> None:
        if self.passwords_match():
            text = {key: edit.text() for key, edit in self.fields.items()}
            role = self.role.member() or UserRole.MEDIATOR
            self.run(create_user, NewUser(text["username"], text["display_name"], role, text["password"]))


class RoleDialog(_AccountDialog):
    def __init__(self, ctx: ServiceContext, runner: Runner, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.setWindowTitle(self.tr("Change role"))
        self._user = user
        self.column.insertWidget(
            0, hint(self.tr("Role of %1 (%2):").replace("%1", user.display_name).replace("%2", user.username))
        )
        self.role = VocabularyCombo(UserRole)
        self.role.set_member(user.role)
        self.form.addRow(self.tr("Role"), self.role)
        self.finish(self.tr("Save"))
        self.save_button.setDefault(True)  # one field: Enter saves

    def submit(self) -> None:
        self.run(change_role, self._user.user_id, self.role.member() or self._user.role)


class ResetPasswordDialog(_AccountDialog):
    def __init__(self, ctx: ServiceContext, runner: Runner, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self._user = user
        self.column.insertWidget(
            0,
            hint(
                self.tr("A new password for %1 (%2); it also lifts a lock.")
                .replace("%1", user.display_name)
                .replace("%2", user.username)
            ),
        )
        self.line("password", self.tr("New password"), secret=True).setFocus()
        self.line("password_again", self.tr("Password again"), secret=True)
        self.finish(self.tr("Set password (Ctrl+Enter)"))

    def submit(self) -> None:
        if self.passwords_match():
            self.run(reset_password, self._user.user_id, self.fields["password"].text())


class OwnPasswordDialog(_AccountDialog):
    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.line("old", self.tr("Current password"), secret=True).setFocus()
        self.fields["old"].setPlaceholderText("")
        self.line("password", self.tr("New password"), secret=True)
        self.line("password_again", self.tr("New password again"), secret=True)
        self.finish(self.tr("Change password (Ctrl+Enter)"))

    def submit(self) -> None:
        if self.passwords_match():
            self.run(change_own_password, self.fields["old"].text(), self.fields["password"].text())
