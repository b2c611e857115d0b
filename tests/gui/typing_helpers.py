"""Typing into widgets as a user does: ASCII by key presses, Chinese by an input method's commit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key clicks for ASCII runs; Chinese arrives the way an IME delivers it (a committed string)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def replace_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select everything in a line edit, then type over it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)
