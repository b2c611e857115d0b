"""The idle lock: it covers every window after the idle time, needs the password, and keeps what was typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mediation_app.gui import settings as keys
from mediation_app.gui.lock import IdleLock, _Shade
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.services.accounts import FirstStart, create_first_admin, verify_password
from mediation_app.services.context import ServiceContext

PASSWORD = "chunfeng-2024"
UNIT_MS = 40  # one "minute" in the tests


@pytest.fixture
def admin(ctx: ServiceContext) -> ServiceContext:
    start = FirstStart("和平街道警民联调室", "和平街道人民调解委员会", "和平联调字", "admin", "郑赟", PASSWORD)
    return create_first_admin(ctx.db, start).context(ctx.db)


@pytest.fixture
def idle_lock(qapp: QApplication, app_settings: AppSettings, admin: ServiceContext) -> Iterator[IdleLock]:
    app_settings.set(keys.IDLE_LOCK_MINUTES, 2)
    lock = IdleLock(qapp, app_settings, lambda password: verify_password(admin, password), "郑赟", unit_ms=UNIT_MS)
    yield lock
    lock.uninstall()


def _shades(widget: QWidget) -> list[_Shade]:
    return [s for s in widget.findChildren(_Shade) if s.isVisible()]


def test_idle_time_locks_every_window_and_the_password_unlocks_keeping_the_input(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, idle_lock: IdleLock
) -> None:
    typed = QLineEdit(window)  # stands for any field with unsaved input
    typed.setText("王堃与李玥房屋漏水纠纷，尚未保存")
    qtbot.waitUntil(lambda: idle_lock.is_locked, timeout=5_000)
    dialog = idle_lock.dialog
    assert dialog is not None and dialog.isVisible() and _shades(window)
    assert _shades(window)[0].geometry() == window.rect()  # the window's content is covered
    dialog.password.setText("not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert idle_lock.is_locked and "用户名或密码不正确" in dialog.notice.text() and dialog.password.text() == ""
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert idle_lock.is_locked  # Esc does not unlock
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(idle_lock.unlocked):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _shades(window))
    assert typed.text() == "王堃与李玥房屋漏水纠纷，尚未保存" and window.isVisible()


def test_input_restarts_the_countdown_and_zero_minutes_never_locks(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, idle_lock: IdleLock, app_settings: AppSettings
) -> None:
    timer = idle_lock._timer
    assert timer.isActive() and timer.interval() == 2 * UNIT_MS
    app_settings.set(keys.IDLE_LOCK_MINUTES, 0)
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # any input reads the setting again
    assert not timer.isActive() and not idle_lock.is_locked
    app_settings.set(keys.IDLE_LOCK_MINUTES, 500)
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton)
    assert timer.isActive() and timer.interval() == 500 * UNIT_MS


def test_locking_by_hand_and_a_lock_shown_once(qtbot, window: MainWindow, idle_lock: IdleLock) -> None:  # type: ignore[no-untyped-def]
    first = idle_lock.lock_now()
    assert idle_lock.lock_now() is first and len(_shades(window)) == 1
    assert not idle_lock._timer.isActive()  # no countdown while locked
    first.password.setText(PASSWORD)
    first.submit()
    assert not idle_lock.is_locked and idle_lock._timer.isActive()
