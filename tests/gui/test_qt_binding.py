"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call and the
program aborts (``Fatal Python error: none_dealloc``) after some tens of thousands of calls. Pinned away from it;
this test fails if an upgrade brings such a leak back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 2000


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.setWindowTitle("调解")  # returns nothing: the leaking path
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} calls"


def test_the_pdf_module_for_the_preview_is_installed() -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument is not None and QPdfView is not None
