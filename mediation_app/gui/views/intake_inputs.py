"""Small pieces the front-desk forms share: dates typed as text, Enter that moves on, labelled grid cells."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.text import remove_spaces, to_halfwidth
from mediation_app.gui.widgets import FieldError, field_error_label, with_error

# lupdate finds calls spelled translate("Context", "text").
translate = QCoreApplication.translate

_DAY = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})[:时](\d{1,2})分?$")
DAY_FORMAT = "%Y-%m-%d"
MOMENT_FORMAT = "%Y-%m-%d %H:%M"


def parse_day(text: str) -> date | None:
    """A date typed as 1979-03-05, 1979/3/5, 1979.3.5, 19790305 or 1979年3月5日; None if empty.

    Raises ValueError when the text is not such a date."""
    cleaned = remove_spaces(to_halfwidth(text, keep=""))
    if not cleaned:
        return None
    found = _DAY.match(cleaned) or _COMPACT_DAY.match(cleaned)
    if found is None:
        raise ValueError(text)
    return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))


def parse_moment(text: str) -> datetime | None:
    """A date with an optional time (2026-11-02 14:30); None if empty. Raises ValueError otherwise."""
    cleaned = to_halfwidth(text, keep="").strip()
    if not cleaned:
        return None
    day_text, _, time_text = cleaned.partition(" ")
    day = parse_day(day_text)
    assert day is not None
    time_text = remove_spaces(time_text)
    if not time_text:
        return datetime.combine(day, datetime.min.time())
    found = _TIME.match(time_text)
    if found is None:
        raise ValueError(text)
    return datetime.combine(day, datetime.min.time()).replace(hour=int(found.group(1)), minute=int(found.group(2)))


def date_problem(text: str, *, with_time: bool = False) -> str:
    """Why a typed date cannot be read ("" when it can, or is empty)."""
    try:
        (parse_moment if with_time else parse_day)(text)
    except ValueError:
        if with_time:
            return translate("IntakeInputs", "Type the date as 2026-11-02, with the time if known: 2026-11-02 14:30.")
        return translate("IntakeInputs", "Type the date as 1979-03-05.")
    return ""


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that shows the page behind it: a short screen scrolls, the window
    never grows to fit the form."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    area.viewport().setObjectName("scrollViewport")
    widget.setObjectName(widget.objectName() or "scrollContent")
    area.setStyleSheet("QScrollArea, QWidget#scrollViewport, QWidget#scrollContent { background: transparent; }")
    return area


class OnePage(QWidget):
    """Pages of which one shows, and only it takes room: as tall as the page shown, where a QStackedWidget is as
    tall as its tallest page. Named like QStackedWidget's calls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:  # noqa: N802
        self._column.addWidget(page)
        self._pages.append(page)
        page.setVisible(len(self._pages) == 1)
        self._current = max(self._current, 0)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self._current = index

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]


class KeyboardForm(QWidget):
    """A page of fields where Enter moves to the next field and never submits.

    Line edits, combo boxes, spin boxes and check boxes leave Return to their parent; it ends here. Text areas
    keep Enter for new lines (Tab leaves them)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)


class GridForm:
    """Rows of "label: field" pairs on a grid (two pairs a row), each field with its reason underneath."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self.labels: dict[str, QLabel] = {}
        self.cells: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def add(self, name: str, text: str, field: QWidget, row: int, column: int = 0, span: int = 1) -> QLabel:
        """Put ``field`` at ``row``; ``column`` 0 is the left pair, 1 the right; ``span`` 2 takes both."""
        label = QLabel(text)
        label.setBuddy(field)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # As tall as one line of input, so the label sits level with the field's first line (text areas too).
        label.setMinimumHeight(min(field.sizeHint().height(), field.maximumHeight(), self._line_height()))
        error = field_error_label()
        cell = with_error(field, error)
        self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(cell, row, column * 2 + 1, 1, 1 if span == 1 else 3, Qt.AlignmentFlag.AlignTop)
        self.labels[name], self.cells[name], self.errors[name] = label, cell, error
        return label

    @staticmethod
    def _line_height() -> int:
        return QLineEdit().sizeHint().height()

    def set_visible(self, name: str, visible: bool) -> None:
        self.labels[name].setVisible(visible)
        self.cells[name].setVisible(visible)
