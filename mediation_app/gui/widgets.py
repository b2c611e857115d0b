"""Small building blocks shared by the views: titles, figure cards, risk chips, notices, field errors, icons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import RiskLevel, Vocabulary
from mediation_app.gui.icons import resource_icon  # noqa: F401  (re-exported)
from mediation_app.gui.vocab import ALERT_COLOUR, dot_pixmap, label, risk_colour

V = TypeVar("V", bound=Vocabulary)
PAGE_MARGINS = (24, 20, 24, 16)
SPACING = 12


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def view_title(text: str) -> QLabel:
    title = QLabel(text)
    title.setObjectName("viewTitle")
    title.setFont(scaled_font(title, 1.5, bold=True))
    return title


def page_layout(widget: QWidget, title: str) -> QVBoxLayout:
    """The layout every view starts with: margins, spacing and the view's title."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(SPACING)
    layout.addWidget(view_title(title))
    return layout


def hint(text: str = "") -> QLabel:
    """Secondary grey text: explanations, empty states."""
    widget = QLabel(text)
    widget.setObjectName("hint")
    widget.setWordWrap(True)
    return widget


class FigureCard(QFrame):
    """A titled number; ``alert`` turns the number red (used only when something is late)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self.title = QLabel(title)
        self.title.setObjectName("figureTitle")
        self.value = QLabel("—")
        self.value.setFont(scaled_font(self.value, 2.0, bold=True))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.value)

    def set_value(self, text: str, *, alert: bool = False, tooltip: str = "") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {ALERT_COLOUR};" if alert else "")
        self.value.setToolTip(tooltip)


class RiskChip(QFrame):
    """A coloured dot, the colour's name and a count: one of the four warning colours."""

    def __init__(self, level: RiskLevel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 14, 8)
        layout.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(risk_colour(level).name(), 14))
        self.name = QLabel(label(level))
        self.count = QLabel("0")
        self.count.setFont(scaled_font(self.count, 1.3, bold=True))
        layout.addWidget(dot)
        layout.addWidget(self.name)
        layout.addStretch(1)
        layout.addWidget(self.count)

    def set_count(self, count: int) -> None:
        self.count.setText(str(count))


class Notice(QLabel):
    """An inline message above or below a form: results ("已受理，案号…") or a translated error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.setProperty("kind", "error" if error else "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class FieldError(QLabel):
    """The reason a field is wrong, in red under the field; takes no space while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def field_error_label() -> FieldError:
    return FieldError()


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its reason underneath, as one form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box


class VocabularyCombo(QComboBox):
    """A choice of vocabulary members (labels in the UI language), with an optional "none" entry first.

    Items hold the member's code: Qt would turn a str Enum into a plain str, so ``member()`` rebuilds it.
    """

    def __init__(
        self,
        vocabulary: type[V],
        placeholder: str | None = None,
        icon: Callable[[V], QIcon] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        if placeholder is not None:
            self.addItem(placeholder, None)
        for member in vocabulary:
            if icon is not None:
                self.addItem(icon(member), label(member), member.value)
            else:
                self.addItem(label(member), member.value)

    def member(self) -> V | None:
        code = self.currentData()
        return None if code is None else self._vocabulary(code)

    def set_member(self, member: V | None) -> None:
        self.setCurrentIndex(self.findData(None if member is None else member.value))


def add_shortcut(
    widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
) -> QShortcut:
    """A shortcut active while focus is inside ``widget`` (so two views may both use Ctrl+S)."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class _SizedColumn(Protocol):
    @property
    def width(self) -> int: ...


def record_table(model: QAbstractItemModel, columns: Sequence[_SizedColumn], *, row_height: int = 30) -> QTableView:
    """A read-only list of records: whole rows selected one at a time, no row numbers, the columns at their widths
    (resizable), the last one stretched."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for index, column in enumerate(columns):
        header.resizeSection(index, column.width)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
