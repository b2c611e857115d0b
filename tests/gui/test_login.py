"""First start and login: the dialogs driven by keyboard, ``sign_in`` end to end, and the real ThreadRunner."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.first_start import FirstStartDialog
from mediation_app.gui.dialogs.login import LoginDialog, sign_in
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.services.accounts import FirstStart, create_first_admin
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import get_office
from mediation_app.services.user_admin import NewUser, create_user

PASSWORD = "chunfeng-2024"


def _with_admin(ctx: ServiceContext) -> ServiceContext:
    start = FirstStart("和平街道警民联调室", "和平街道人民调解委员会", "和平联调字", "admin", "郑赟", PASSWORD)
    signed = create_first_admin(ctx.db, start)
    return signed.context(ctx.db)


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)  # QTest types ASCII only; Chinese arrives through the input method


def test_first_start_enter_moves_on_and_mismatched_passwords_keep_the_input(qtbot, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog(ctx, SyncRunner(), get_office(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    values = {
        "name": "和平街道警民联调室",
        "committee_name": "和平街道人民调解委员会",
        "case_prefix": "和平联调字",
        "username": "admin",
        "display_name": "郑赟",
        "password": PASSWORD,
        "password_again": "chunfeng-2025",
    }
    for key, text in values.items():
        _type(qtbot, dialog.fields[key], text)
        qtbot.keyClick(dialog.fields[key], Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.isVisible()  # Enter never submitted the form
    dialog.submit()
    assert "不一致" in dialog.notice.text() and dialog.focusWidget() is dialog.fields["password_again"]
    assert dialog.fields["name"].text() == "和平街道警民联调室"  # nothing typed is thrown away
    dialog.fields["password_again"].setText(PASSWORD)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.signed_in is not None and dialog.signed_in.role is UserRole.ADMIN
    assert get_office(ctx).case_prefix == "和平联调字"


def test_first_start_shows_the_services_reason_and_focuses_the_field(qtbot, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog(ctx, SyncRunner(), get_office(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in (("name", "甲"), ("committee_name", "乙"), ("case_prefix", "和平联调字"), ("username", "admin")):
        dialog.fields[key].setText(text)
    dialog.fields["display_name"].setText("郑赟")
    for key in ("password", "password_again"):
        dialog.fields[key].setText("short")
    dialog.submit()
    assert "至少" in dialog.notice.text() and "8" in dialog.notice.text()
    assert dialog.focusWidget() is dialog.fields["password"] and dialog.signed_in is None


def test_a_wrong_password_is_cleared_the_user_name_kept_and_enter_signs_in(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, app_settings: AppSettings
) -> None:
    _with_admin(ctx)
    app_settings.set(keys.LAST_USERNAME, "admin")
    dialog = LoginDialog(ctx, SyncRunner(), app_settings, "和平街道警民联调室")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.username.text() == "admin" and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "用户名或密码不正确" in dialog.notice.text() and "4" in dialog.notice.text()
    assert (
        dialog.password.text() == "" and dialog.focusWidget() is dialog.password and dialog.username.text() == "admin"
    )
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.signed_in is not None


def test_a_locked_account_says_until_when(qtbot, ctx: ServiceContext, app_settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    _with_admin(ctx)
    dialog = LoginDialog(ctx, SyncRunner(), app_settings)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    for _ in range(5):
        dialog.password.setText("wrong-password")
        dialog.submit()
    assert "锁定至" in dialog.notice.text() and dialog.signed_in is None
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert "锁定至" in dialog.notice.text() and dialog.signed_in is None


def test_login_with_the_real_thread_runner(qtbot, ctx: ServiceContext, app_settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    admin = _with_admin(ctx)
    create_user(admin, NewUser("chayue", "司法所查阅", UserRole.VIEWER, "inspect-2024"))
    runner = ThreadRunner()
    dialog = LoginDialog(ctx, runner, app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("chayue")
    dialog.password.setText("inspect-2024")
    dialog.submit()
    assert not dialog.sign_in_button.isEnabled()  # busy while the password is checked off the GUI thread
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=10_000)
    assert dialog.signed_in is not None and dialog.signed_in.role is UserRole.VIEWER
    assert app_settings.get(keys.LAST_USERNAME) == "chayue"
    runner.wait_idle()


def _answer_the_modal(action) -> None:  # type: ignore[no-untyped-def]
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        action(dialog)

    QTimer.singleShot(0, step)


def test_sign_in_returns_the_signed_in_context_or_none(ctx: ServiceContext, app_settings: AppSettings) -> None:
    _with_admin(ctx)

    def log_in(dialog: LoginDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.submit()

    _answer_the_modal(log_in)
    signed = sign_in(None, ctx, app_settings)
    assert signed is not None and signed.role is UserRole.ADMIN and signed.user_id is not None
    assert replace(signed, role=None).office_id == ctx.office_id
    _answer_the_modal(lambda dialog: dialog.reject())
    assert sign_in(None, ctx, app_settings) is None  # gave up: the program exits


def test_sign_in_on_a_new_database_asks_for_the_first_administrator(
    ctx: ServiceContext, app_settings: AppSettings
) -> None:
    def fill(dialog: FirstStartDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        texts = ("甲街道警民联调室", "甲街道人民调解委员会", "甲联调字", "boss", "郑赟", PASSWORD, PASSWORD)
        for edit, text in zip(dialog.fields.values(), texts, strict=True):
            edit.setText(text)
        dialog.submit()

    _answer_the_modal(fill)
    signed = sign_in(None, ctx, app_settings)
    assert signed is not None and signed.role is UserRole.ADMIN
    assert app_settings.get(keys.LAST_USERNAME) == "boss" and get_office(ctx).name == "甲街道警民联调室"
