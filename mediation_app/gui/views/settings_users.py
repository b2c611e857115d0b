"""设置 › 账户与安全: the accounts (administrators manage them), one's own password, and the idle-lock minutes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.user_dialogs import NewUserDialog, OwnPasswordDialog, ResetPasswordDialog, RoleDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.models.row_table_model import Column, RowTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import ALERT_COLOUR, label
from mediation_app.gui.widgets import Notice, hint, record_table
from mediation_app.services.context import ServiceContext
from mediation_app.services.user_admin import UserInfo, deactivate_user, list_users, unlock_user


def _state(user: UserInfo) -> str:
    if not user.is_active:
        return QCoreApplication.translate("UsersBox", "Deactivated")
    if user.locked_until is not None:
        text = QCoreApplication.translate("UsersBox", "Locked until %1")
        return text.replace("%1", user.locked_until.strftime("%H:%M"))
    return QCoreApplication.translate("UsersBox", "Active")


def _state_colour(user: UserInfo) -> QColor | None:
    if user.locked_until is not None and user.is_active:
        return QColor(ALERT_COLOUR)
    return QColor("#90A4AE") if not user.is_active else None


USER_COLUMNS: tuple[Column[UserInfo], ...] = (
    Column("username", QT_TRANSLATE_NOOP("Columns", "User name"), lambda u: u.username, width=130),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Person's name"), lambda u: u.display_name, width=130),
    Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: label(u.role), width=100),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), _state, foreground=_state_colour, width=140),
)


class UsersBox(QGroupBox):
    """Administrators see every account and manage them; everyone may change their own password."""

    changed = Signal()  # an account was created or changed

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Accounts and security"))
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.is_admin = ctx.role in (None, UserRole.ADMIN)
        self.dialog: QDialog | None = None
        self.model: RowTableModel[UserInfo] = RowTableModel(USER_COLUMNS, lambda u: u.user_id)
        column = QVBoxLayout(self)
        column.setSpacing(8)
        if self.is_admin:
            column.addWidget(
                hint(
                    self.tr(
                        "Administrators manage settings and accounts; mediators do the daily "
                        "work; read-only accounts (e.g. the justice office) can change nothing."
                    )
                )
            )
            column.addLayout(self._build_table())
        else:
            column.addWidget(hint(self.tr("Accounts are managed by an administrator.")))
        column.addLayout(self._build_own_row())
        self.notice = Notice()
        column.addWidget(self.notice)
        if self.is_admin:
            self.refresh()

    def _button(self, text: str, slot: Callable[[], object], icon: str = "") -> QPushButton:
        button = QPushButton(resource_icon(icon), text) if icon else QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.table = record_table(self.model, USER_COLUMNS, row_height=28)
        self.table.setMinimumHeight(170)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        row.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.new_button = self._button(self.tr("New…"), self.new_user, "users")
        self.role_button = self._button(self.tr("Change role…"), self.change_role)
        self.deactivate_button = self._button(self.tr("Deactivate"), self.deactivate)
        self.reset_button = self._button(self.tr("Reset password…"), self.reset_password)
        self.unlock_button = self._button(self.tr("Unlock"), self.unlock, "lock")
        for button in (
            self.new_button,
            self.role_button,
            self.deactivate_button,
            self.reset_button,
            self.unlock_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        return row

    def _build_own_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.own_password_button = self._button(self.tr("Change my password…"), self.change_own_password)
        self.own_password_button.setEnabled(self._ctx.user_id is not None)
        row.addWidget(self.own_password_button)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Lock after idle")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setValue(self._settings.get(keys.IDLE_LOCK_MINUTES))
        self.idle_minutes.valueChanged.connect(self._idle_minutes_changed)
        row.addWidget(self.idle_minutes)
        row.addStretch(1)
        return row

    def _idle_minutes_changed(self, minutes: int) -> None:
        self._settings.set(keys.IDLE_LOCK_MINUTES, minutes)

    # -- the accounts ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(list_users, self._ctx, on_done=self._show_users, on_error=self._failed)

    def _show_users(self, users: Sequence[UserInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(list(users))
        ids = [u.user_id for u in users]
        self.table.selectRow(ids.index(selected.user_id) if selected and selected.user_id in ids else 0)
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        if not self.is_admin:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        mine = user is not None and user.user_id == self._ctx.user_id
        self.role_button.setEnabled(user is not None and user.is_active)
        self.deactivate_button.setEnabled(user is not None and user.is_active and not mine)
        self.reset_button.setEnabled(user is not None and user.is_active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._account_saved)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _account_saved(self, _result: object) -> None:
        self.notice.show_message(self.tr("Saved."))
        self.changed.emit()
        if self.is_admin:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)

    def new_user(self) -> QDialog:
        return self._open(NewUserDialog(self._ctx, self._runner, self))

    def change_role(self) -> QDialog | None:
        user = self.selected()
        return self._open(RoleDialog(self._ctx, self._runner, user, self)) if user else None

    def reset_password(self) -> QDialog | None:
        user = self.selected()
        return self._open(ResetPasswordDialog(self._ctx, self._runner, user, self)) if user else None

    def change_own_password(self) -> QDialog:
        return self._open(OwnPasswordDialog(self._ctx, self._runner, self))

    def deactivate(self) -> None:
        user = self.selected()
        if user is not None and confirm_deactivation(self, user):
            self._runner.run(
                deactivate_user, self._ctx, user.user_id, write=True, on_done=self._account_saved, on_error=self._failed
            )

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._runner.run(
                unlock_user, self._ctx, user.user_id, write=True, on_done=self._account_saved, on_error=self._failed
            )


def confirm_deactivation(parent: QWidget, user: UserInfo) -> bool:
    """Asks before an account is closed (tests replace it)."""
    title = QCoreApplication.translate("UsersBox", "Deactivate account")
    question = QCoreApplication.translate(
        "UsersBox", "Deactivate the account of %1? It can no longer sign in; its records stay."
    ).replace("%1", user.display_name)
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes
