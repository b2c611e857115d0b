"""Collecting the visible chrome text of a window (titles, labels, buttons, tabs, menus, tooltips, headers, cells,
combo items, placeholders) and finding what is in the wrong language once the user's data is taken out."""

from __future__ import annotations

import html
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
ASCII_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
TAG = re.compile(r"<[^>]+>")
# Case numbers and paper numbers are the office's data, printed in Chinese: （2026）某街联调字第0001号.
CASE_NUMBER = re.compile(r"[（(]\d{4}[）)][^\s，,；;。（）()]*?第\d+号")
# Also the user's data: paths, file names and checksums (the database, backups, attachments, papers' fingerprints).
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s，。；：）)]+")
FILE_NAME = re.compile(r"[\w\-]+\.(?:sqlite3|pdf|xlsx|png|jpe?g)\b")
CHECKSUM = re.compile(r"\b[0-9a-f]{12,}\b")
MAX_ROWS = 40


def plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text)).replace("&", "")


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private in PySide6
        return 1


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    orientation = Qt.Orientation.Horizontal
    for column in range(_columns(model, QModelIndex())):
        yield f"{where}:header{column}", str(model.headerData(column, orientation) or "")
        tip = model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole)
        yield f"{where}:header{column}:tip", str(tip or "")
    yield from _rows(model, QModelIndex(), where, depth=0)


def _rows(model: QAbstractItemModel, parent: QModelIndex, where: str, depth: int) -> Iterator[tuple[str, str]]:
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            shown, tip = model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"{where}[{row},{column}]", tip
            if isinstance(shown, str) and not _elided_from(shown, tip):
                yield f"{where}[{row},{column}]", shown
        first = model.index(row, 0, parent)
        if depth < 2 and first.isValid() and model.rowCount(first) > 0:
            yield from _rows(model, first, where, depth + 1)


def _elided_from(shown: str, tip: object) -> bool:
    """A cut-off text whose whole is the tooltip (judged there: a cut word is neither data nor chrome)."""
    return shown.endswith("…") and isinstance(tip, str) and tip.startswith(shown[:-1])


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        yield f"{where}:action", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where}:action-tip", action.toolTip()
        yield f"{where}:action-status", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where}:menu", menu.title()
            yield from _action_texts(menu.actions(), f"{where}>{action.text()}")


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    where = f"{type(widget).__name__}:{widget.objectName()}"
    yield f"{where}:tip", widget.toolTip()
    if widget.isWindow():
        yield f"{where}:title", widget.windowTitle()
    if isinstance(widget, QLabel):
        if not _elided_from(widget.text(), widget.toolTip()):
            yield where, widget.text()
    elif isinstance(widget, QAbstractButton):
        yield where, widget.text()
    elif isinstance(widget, QGroupBox):
        yield where, widget.title()
    elif isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield f"{where}:tab", widget.tabText(tab)
            yield f"{where}:tab-tip", widget.tabToolTip(tab)
    elif isinstance(widget, QLineEdit):
        yield f"{where}:placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield where, widget.text()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield f"{where}:placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield where, widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for item in range(min(widget.count(), 200)):
            yield f"{where}:item", widget.itemText(item)
    elif isinstance(widget, QDateTimeEdit):
        yield f"{where}:shown", widget.text()
    elif isinstance(widget, QSpinBox):
        yield f"{where}:unit", widget.prefix() + widget.suffix() + widget.specialValueText()
    elif isinstance(widget, QAbstractSpinBox):
        yield f"{where}:special", widget.specialValueText()
    elif isinstance(widget, QProgressBar):
        yield f"{where}:format", widget.text()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        yield from _model_texts(widget.model(), where)
    if isinstance(widget, QWizardPage):
        yield f"{where}:page", widget.title() + " " + widget.subTitle()
    if isinstance(widget, QWizard):
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
            yield f"{where}:wizard-button", widget.buttonText(which)
    yield from _action_texts(widget.actions(), where)


def chrome_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the window and every child shown with it (hidden pages and collapsed panels excluded)."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    found: list[tuple[str, str]] = []
    for widget in widgets:
        found.extend((where, plain(text)) for where, text in _widget_texts(widget) if text and text.strip())
    if isinstance(root, QMainWindow):
        found.extend(_action_texts(root.menuBar().actions(), "menubar"))
        found.append(("statusbar", root.statusBar().currentMessage()))
    return [(where, text) for where, text in found if text.strip()]


def data_values(database: Path) -> list[str]:
    """Every stored text value of the user's data, longest first (removed from texts before they are judged)."""
    values: set[str] = set()
    with sqlite3.connect(database) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("sqlite_") or "fts" in table:
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                values.update(_strings(row))
    return sorted((v for v in values if CJK.search(v)), key=len, reverse=True)


def _strings(value: object) -> Iterator[str]:
    """Strings in a row, and inside the JSON it stores (the audit trail's before and after, a paper's context)."""
    if isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, str):
        yield value
        if value[:1] in "{[":
            try:
                yield from _strings(json.loads(value))
            except ValueError:
                return


def workbook_values(path: Path) -> list[str]:
    """The sheet names and cell texts of an Excel file (the import wizard shows them: they are the user's data)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    values = set(book.sheetnames)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            values.update(str(v) for v in row if v is not None)
    return [v for v in values if CJK.search(v)]


def without(text: str, removed: Iterable[str]) -> str:
    for data in (CASE_NUMBER, PATH, FILE_NAME, CHECKSUM):
        text = data.sub(" ", text)
    for value in removed:
        if value in text:
            text = text.replace(value, " ")
    return text


def cjk_left(texts: Iterable[tuple[str, str]], data: list[str], allowed: Iterable[str]) -> list[tuple[str, str]]:
    """The texts that still show Chinese once the user's data and the allowed words are taken out."""
    removed = [*data, *sorted(allowed, key=len, reverse=True)]
    return sorted({(where, text) for where, text in texts if CJK.search(without(text, removed))})


def english_left(texts: Iterable[tuple[str, str]], data: list[str], allowed: set[str]) -> list[tuple[str, str]]:
    """The texts with an English word (3+ letters) that is not an allowed token (PDF, Excel, Ctrl…)."""
    return sorted(
        {
            (where, text)
            for where, text in texts
            if any(word not in allowed for word in ASCII_WORD.findall(without(text, data)))
        }
    )
