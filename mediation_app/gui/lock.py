"""The idle lock: after the set minutes without keyboard or mouse input every window is covered and a dialog asks
for the password; the windows underneath are left exactly as they were, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.gui import settings as keys
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.widgets import Notice, hint, scaled_font

Verify = Callable[[str], None]  # raises DomainError when the password is wrong (or the account locked)
MS_PER_MINUTE = 60_000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockDialog(QDialog):
    """One field, so Enter unlocks; a wrong password is cleared with the reason shown."""

    unlocked = Signal()

    def __init__(self, verify: Verify, who: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(440)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(10)
        icon = QLabel()
        icon.setPixmap(resource_icon("lock").pixmap(40, 40))
        column.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("The program is locked"))
        title.setFont(scaled_font(title, 1.25, bold=True))
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        text = self.tr("Enter the password of %1 to go on. Your unsaved input is kept.").replace("%1", who or "—")
        column.addWidget(hint(text))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        column.addWidget(self.password)
        self.notice = Notice()
        column.addWidget(self.notice)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        column.addWidget(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        try:
            self._verify(self.password.text())
        except DomainError as error:
            self.notice.show_message(error_message(error), error=True)
            self.adjustSize()  # room for a message of two lines
            self.password.clear()
            self.password.setFocus()
            return
        self.unlocked.emit()
        self.accept()

    def reject(self) -> None:  # Esc does not unlock
        self.password.setFocus()


class _Shade(QWidget):
    """An opaque cover over one window while locked: hides the personal data shown there, touches nothing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockShade")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockShade { background: #ECEFF1; }")
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    """Installed on the application; any input restarts the countdown. ``minutes`` come from the settings
    (0 = never) and are read again at every input, so a change in 设置 applies at once."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, app: QApplication, settings: AppSettings, verify: Verify, who: str = "", *, unit_ms: int = MS_PER_MINUTE
    ) -> None:
        super().__init__(app)
        self._app, self._settings, self._verify, self._who, self._unit_ms = app, settings, verify, who, unit_ms
        self.dialog: LockDialog | None = None
        self._shades: list[_Shade] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_now)
        app.installEventFilter(self)
        self.restart()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def restart(self) -> None:
        minutes = max(0, self._settings.get(keys.IDLE_LOCK_MINUTES))
        if minutes == 0 or self.is_locked:
            self._timer.stop()
            return
        self._timer.start(minutes * self._unit_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and not self.is_locked:
            self.restart()
        elif event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            for shade in self._shades:
                if shade.parentWidget() is watched:
                    shade.setGeometry(watched.rect())
        return False

    def lock_now(self) -> LockDialog:
        """Cover every open window and ask for the password (also for a "lock now" command)."""
        if self.dialog is not None:
            return self.dialog
        self._timer.stop()
        windows = [w for w in self._app.topLevelWidgets() if w.isVisible() and not isinstance(w, LockDialog)]
        self._shades = [_Shade(window) for window in windows]
        parent = self._app.activeWindow() or (windows[0] if windows else None)
        self.dialog = LockDialog(self._verify, self._who, parent)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.open()
        self.locked.emit()
        return self.dialog

    def _unlocked(self) -> None:
        for shade in self._shades:
            shade.deleteLater()
        self._shades = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.unlocked.emit()
        self.restart()

    def uninstall(self) -> None:
        """Stop watching (the program's session closes): no timer, no filter, and the object goes."""
        self._timer.stop()
        self._app.removeEventFilter(self)
        self.deleteLater()
