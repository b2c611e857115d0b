"""Signing in: the login dialog (user name remembered, Enter signs in) and ``sign_in``, the one call start-up makes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.first_start import FirstStartDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner, SyncRunner
from mediation_app.gui.widgets import Notice, hint, scaled_font
from mediation_app.services.accounts import SignedIn, authenticate, needs_first_admin
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import get_office


class LoginDialog(QDialog):
    """User name and password; a refusal keeps the user name, clears the password and says why."""

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        office_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._runner, self._settings = ctx.db, runner, settings
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(400)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        heading = QLabel(office_name or self.tr("Mediation Desk"))
        heading.setFont(scaled_font(heading, 1.3, bold=True))
        column.addWidget(heading)
        column.addWidget(hint(self.tr("Sign in with your user name and password.")))
        column.addLayout(self._build_form())
        self.notice = Notice()
        column.addWidget(self.notice)
        column.addWidget(self._build_buttons())
        self.username.setText(settings.get(keys.LAST_USERNAME))
        (self.password if self.username.text() else self.username).setFocus()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)  # two fields: Enter signs in
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        return buttons

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.notice.show_message(self.tr("Enter your user name and password."), error=True)
            (self.password if username else self.username).setFocus()
            return
        self.sign_in_button.setEnabled(False)
        self._runner.run(
            authenticate, self._db, username, password, write=True, on_done=self._done, on_error=self._refused
        )

    def _done(self, signed: SignedIn) -> None:
        self.signed_in = signed
        self._settings.set(keys.LAST_USERNAME, signed.username)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        if not isinstance(error, DomainError):
            return  # a bug: the runner reports it through the excepthook
        self.notice.show_message(error_message(error), error=True)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


def _signed_context(ctx: ServiceContext, signed: SignedIn) -> ServiceContext:
    return replace(ctx, user_id=signed.user_id, role=signed.role)


def sign_in(
    parent: QWidget | None, ctx: ServiceContext, settings: AppSettings, runner: Runner | None = None
) -> ServiceContext | None:
    """First start (office and administrator) or the login; the signed-in context, or None if the user gave up."""
    runner = runner or SyncRunner()
    if needs_first_admin(ctx.db):
        first = FirstStartDialog(ctx, runner, get_office(ctx), parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.signed_in is None:
            return None
        settings.set(keys.LAST_USERNAME, first.signed_in.username)
        return _signed_context(ctx, first.signed_in)
    login = LoginDialog(ctx, runner, settings, get_office(ctx).name, parent)
    if login.exec() != QDialog.DialogCode.Accepted or login.signed_in is None:
        return None
    return _signed_context(ctx, login.signed_in)
