"""设置 › 账户与安全: administrators manage accounts, others change only their own password, the idle minutes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.user_dialogs import NewUserDialog, OwnPasswordDialog, ResetPasswordDialog, RoleDialog
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views import settings_users
from mediation_app.gui.views.settings_users import UsersBox
from mediation_app.services.accounts import FirstStart, authenticate, create_first_admin
from mediation_app.services.context import ServiceContext
from mediation_app.services.user_admin import NewUser, create_user, list_users

PASSWORD = "chunfeng-2024"


@pytest.fixture
def admin(ctx: ServiceContext) -> ServiceContext:
    start = FirstStart("和平街道警民联调室", "和平街道人民调解委员会", "和平联调字", "admin", "郑赟", PASSWORD)
    admin = create_first_admin(ctx.db, start).context(ctx.db)
    create_user(admin, NewUser("zhouyue", "周玥", UserRole.MEDIATOR, "mediate-2024"))
    return admin


def _box(qtbot, ctx: ServiceContext, settings: AppSettings, runner=None) -> UsersBox:  # type: ignore[no-untyped-def]
    box = UsersBox(ctx, runner or SyncRunner(), settings)
    qtbot.addWidget(box)
    box.show()
    return box


def _select(box: UsersBox, username: str) -> None:
    names = [u.username for u in box.model.rows()]
    box.table.selectRow(names.index(username))


def _state(box: UsersBox, username: str) -> str:
    row = [u.username for u in box.model.rows()].index(username)
    return str(box.model.index(row, box.model.column_index("state")).data())


def test_the_administrator_creates_an_account_and_changes_its_role(  # type: ignore[no-untyped-def]
    qtbot, admin: ServiceContext, app_settings: AppSettings
) -> None:
    box = _box(qtbot, admin, app_settings)
    assert [u.username for u in box.model.rows()] == ["zhouyue", "admin"]  # by display name
    dialog = box.new_user()
    assert isinstance(dialog, NewUserDialog)
    for key, text in (("username", "chayue"), ("password", "inspect-2024"), ("password_again", "inspect-2024")):
        dialog.fields[key].setText(text)
    dialog.fields["display_name"].setText("司法所查阅")
    dialog.role.set_member(UserRole.VIEWER)
    qtbot.keyClick(dialog.fields["password_again"], Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter moves on in a form of several fields; it never creates the account
    dialog.submit()
    assert "chayue" in [u.username for u in box.model.rows()] and "已保存" in box.notice.text()
    _select(box, "chayue")
    role = box.change_role()
    assert isinstance(role, RoleDialog)
    role.role.set_member(UserRole.MEDIATOR)
    role.submit()
    assert {u.username: u.role for u in list_users(admin)}["chayue"] is UserRole.MEDIATOR


def test_refusals_show_the_reason_and_keep_the_input(qtbot, admin: ServiceContext, app_settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, admin, app_settings)
    dialog = box.new_user()
    assert isinstance(dialog, NewUserDialog)
    for key, text in (("username", "ZhouYue"), ("display_name", "周玥"), ("password", "x" * 9)):
        dialog.fields[key].setText(text)
    dialog.submit()
    assert "不一致" in dialog.notice.text()
    dialog.fields["password_again"].setText("x" * 9)
    dialog.submit()
    assert "已被使用" in dialog.notice.text() and dialog.fields["username"].text() == "ZhouYue"
    _select(box, "admin")
    assert not box.deactivate_button.isEnabled()  # not one's own account
    role = box.change_role()
    assert isinstance(role, RoleDialog)
    role.role.set_member(UserRole.VIEWER)
    role.submit()
    assert "最后一个" in role.notice.text() and role.isVisible()


def test_deactivate_reset_and_unlock(qtbot, admin: ServiceContext, app_settings: AppSettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 (each wrong password is refused)
            authenticate(admin.db, "zhouyue", "wrong-password")
    box = _box(qtbot, admin, app_settings)
    _select(box, "zhouyue")
    assert "锁定至" in _state(box, "zhouyue") and box.unlock_button.isEnabled()
    box.unlock()
    assert not box.unlock_button.isEnabled() and _state(box, "zhouyue") == "在用"
    reset = box.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    reset.fields["password"].setText("mediate-2025")
    reset.fields["password_again"].setText("mediate-2025")
    reset.submit()
    assert authenticate(admin.db, "zhouyue", "mediate-2025").role is UserRole.MEDIATOR
    monkeypatch.setattr(settings_users, "confirm_deactivation", lambda parent, user: True)
    box.deactivate()
    assert _state(box, "zhouyue") == "已停用" and not box.deactivate_button.isEnabled()


def test_a_mediator_sees_only_their_own_password_and_the_idle_minutes(  # type: ignore[no-untyped-def]
    qtbot, admin: ServiceContext, app_settings: AppSettings
) -> None:
    mediator = authenticate(admin.db, "zhouyue", "mediate-2024").context(admin.db)
    box = _box(qtbot, mediator, app_settings)
    assert not box.is_admin and not hasattr(box, "table") and box.own_password_button.isEnabled()
    box.idle_minutes.setValue(10)
    assert app_settings.get(keys.IDLE_LOCK_MINUTES) == 10
    box.idle_minutes.setValue(0)
    assert box.idle_minutes.text() == "从不" and app_settings.get(keys.IDLE_LOCK_MINUTES) == 0
    dialog = box.change_own_password()
    assert isinstance(dialog, OwnPasswordDialog)
    dialog.fields["old"].setText("mediate-2024")
    dialog.fields["password"].setText("mediate-2025")
    dialog.fields["password_again"].setText("mediate-2025")
    dialog.submit()
    assert authenticate(admin.db, "zhouyue", "mediate-2025").user_id == mediator.user_id


def test_the_accounts_load_with_the_real_thread_runner(  # type: ignore[no-untyped-def]
    qtbot, admin: ServiceContext, app_settings: AppSettings
) -> None:
    runner = ThreadRunner()
    box = _box(qtbot, admin, app_settings, runner)
    qtbot.waitUntil(lambda: box.model.rowCount() == 2, timeout=10_000)
    _select(box, "zhouyue")
    box.unlock()
    qtbot.waitUntil(lambda: "已保存" in box.notice.text(), timeout=10_000)
    runner.wait_idle()
