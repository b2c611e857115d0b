"""The look: one calm palette and style sheet; colour is kept for meaning (risk colours, overdue red)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

BACKGROUND = "#F5F6F8"
SURFACE = "#FFFFFF"
BORDER = "#DDE1E6"
TEXT = "#263238"
SECONDARY_TEXT = "#607D8B"
SELECTION = "#E3EAF3"
ACCENT = "#1565C0"

STYLE_SHEET = f"""
QMainWindow, QStackedWidget > QWidget {{ background: {BACKGROUND}; }}
QListWidget#navigation {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER}; padding: 8px 0;
    outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 14px; margin: 1px 6px; border-radius: 6px; color: {TEXT}; }}
QListWidget#navigation::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
QListWidget#navigation::item:hover:!selected {{ background: #EEF1F4; }}
QLabel#viewTitle {{ color: {TEXT}; }}
QLabel#hint, QLabel#figureTitle {{ color: {SECONDARY_TEXT}; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; margin-top: 14px;
    padding: 14px 12px 10px 12px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {TEXT}; }}
QTableView {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; gridline-color: #ECEFF1;
    selection-background-color: {SELECTION}; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #FAFBFC; border: none; border-bottom: 1px solid {BORDER}; border-right: 1px solid #ECEFF1;
    padding: 5px 6px; color: {TEXT};
}}
QLabel#fieldError {{ color: #C62828; }}
QLabel#notice {{
    background: #EEF3F8; border: 1px solid #D3DEEA; border-radius: 6px; padding: 6px 10px; color: {TEXT};
}}
QLabel#notice[kind="error"] {{ background: #FDECEC; border-color: #F1C4C4; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {SECONDARY_TEXT}; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
