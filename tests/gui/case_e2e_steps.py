"""Helpers for the end-to-end case tests: a fake clock for the main window, the case opened from the ledger, the
steps done through the case window's buttons and shortcuts, previews issued by saving, the 卷宗 read back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.gui.dialogs.case_forms import CaseFormsDialog
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.views.case_window import CaseWindow
from tests.printing.pdf_tools import pdftotext, squash, words

from .test_case_forms import open_preview_of
from .typing_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Clock:
    """The main window's day (``MainWindow.today``), moved on as the case goes on."""

    day: date

    def __call__(self) -> date:
        return self.day

    def move_to(self, day: date) -> None:
        self.day = day

    def forward(self, days: int) -> None:
        self.day += timedelta(days=days)


def open_case(qtbot, window: MainWindow, case_id: int, *, by_enter: bool = False) -> CaseWindow:  # type: ignore[no-untyped-def]
    """The case opened from the ledger, by double-click or by Enter on its row; the case window active."""
    window.show_view("ledger")
    ledger = window.ledger
    ledger.refresh()
    qtbot.waitUntil(lambda: ledger.model.rowCount() >= 1)
    table = ledger.table
    row = next(r for r in range(ledger.model.rowCount()) if ledger.model.row_at(r).case_id == case_id)
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if by_enter:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Return)
    else:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case_window = window.case_windows.windows[case_id]
    qtbot.waitExposed(case_window)
    case_window.activateWindow()
    qtbot.waitUntil(case_window.isActiveWindow)  # the window's shortcuts answer only in the active window
    qtbot.waitUntil(lambda: case_window.overview is not None)
    return case_window


def activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def by_key(qtbot, case_window: CaseWindow, key: Qt.Key, modifiers=CTRL) -> QDialog:  # type: ignore[no-untyped-def]
    """A step opened by its shortcut in the case window; its dialog shown and active."""
    activate(qtbot, case_window)
    qtbot.keyClick(case_window, key, modifiers)
    dialog = case_window.dialog
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    return dialog


def by_button(qtbot, case_window: CaseWindow, action: CaseAction) -> QDialog:  # type: ignore[no-untyped-def]
    """A step opened by clicking its button in the action row."""
    button = case_window.action_bar.buttons[action]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = case_window.dialog
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    return dialog


def save_step(qtbot, dialog: QDialog, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+S in the dialog; it closes once the service accepted (else its notice says why)."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, CTRL)

    def closed() -> None:
        assert not dialog.isVisible(), dialog.notice.text()  # type: ignore[attr-defined]

    qtbot.waitUntil(closed, timeout=timeout)


def save_to_folder(monkeypatch, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every Save-as-PDF answered with the suggested name in ``folder``; the chosen paths, in order."""
    chosen: list[Path] = []

    def answer(_parent, _caption, suggested, _filter):  # type: ignore[no-untyped-def]
        chosen.append(folder / Path(suggested).name)
        return str(chosen[-1]), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return chosen


def issue_by_saving(qtbot, previews: list[PreviewDialog]) -> list[str]:  # type: ignore[no-untyped-def]
    """Ctrl+S in each preview: the paper is issued and written; the numbers it got."""
    numbers = []
    for preview in previews:
        assert preview.provisional
        activate(qtbot, preview)
        with qtbot.waitSignal(preview.saved):
            qtbot.keyClick(preview, Qt.Key.Key_S, CTRL)
        assert not preview.provisional
        numbers.append(preview.paper.number or "")
        preview.close()
    return numbers


def print_from_papers(qtbot, case_window: CaseWindow, form_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P in the case window opens its 文书; each form previewed (Enter) and saved (issued)."""
    activate(qtbot, case_window)
    qtbot.keyClick(case_window, Qt.Key.Key_P, CTRL)
    papers = case_window.forms_dialog
    assert isinstance(papers, CaseFormsDialog) and papers.isVisible()
    for form_id in form_ids:
        qtbot.waitUntil(lambda: bool(papers.forms_model.rows()))
        issue_by_saving(qtbot, [open_preview_of(qtbot, papers, form_id)])
    papers.close()


def set_date(edit, day: date) -> None:  # type: ignore[no-untyped-def]
    edit.setDate(QDate(day.year, day.month, day.day))


def fill(qtbot, fields: dict[QWidget, str]) -> None:  # type: ignore[no-untyped-def]
    for widget, text in fields.items():
        type_text(qtbot, widget, text)


@dataclass(frozen=True)
class PageFacts:
    """One numbered page of the 卷宗: its stamped number (top right) and its text without whitespace."""

    stamp: str
    text: str


def numbered_pages(pdf: bytes, front: int, count: int) -> list[PageFacts]:
    """Pages 1…count after the ``front`` unnumbered pages, each with the number stamped in its top-right corner."""
    found = words(pdf)
    pages = []
    for number in range(1, count + 1):
        page = front + number
        on_page = [w for w in found if w.page == page]
        corner = [w.text for w in on_page if w.top < 80 and w.left > 400 and w.text.isdigit()]
        pages.append(PageFacts(corner[0] if corner else "", squash(pdftotext(pdf, page))))
    return pages
