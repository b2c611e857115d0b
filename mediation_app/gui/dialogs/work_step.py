"""What the work-step dialogs share: text boxes that grow with what is typed, read-only display of a record, and
the offer to print a paper after saving (Enter and Ctrl+S are CaseStepDialog's)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.errors import error_message

MIN_LINES = 3
MAX_LINES = 12


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def date_edit(value: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    edit.setFixedWidth(150)
    return edit


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(qdatetime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setFixedWidth(190)
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    value: datetime = edit.dateTime().toPython()
    return value.replace(second=0, microsecond=0)


def line(text: str = "", placeholder: str = "", *, width: int = 360) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(width)
    return edit


class GrowingText(QPlainTextEdit):
    """A text box that grows with its text from ``lines`` up to MAX_LINES lines, then scrolls.

    Tab moves on (it never types a tab) and Enter, with or without Ctrl, is a new line: it never saves."""

    def __init__(self, placeholder: str = "", lines: int = MIN_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumWidth(360)
        self._lines = lines
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        line_height = self.fontMetrics().lineSpacing()
        shown = min(max(int(self.document().size().height()), self._lines), MAX_LINES)
        frame = int(self.document().documentMargin() * 2 + self.frameWidth() * 2) + 4
        self.setFixedHeight(shown * line_height + frame)


class WorkStepDialog(CaseStepDialog):
    """A step dialog of the work: read-only records, warnings before saving, and the print offer."""

    def __init__(self, host: StepHost, title: str, parent: QWidget | None = None) -> None:
        super().__init__(host, title, parent)
        self.heading = next(label for label in self.findChildren(QLabel) if label.text() == title)  # the base's
        self.read_only = False

    def show_read_only(self, reason: str, title: str = "") -> None:
        """Show a record that cannot be changed here: every field locked, only 关闭 left."""
        self.read_only = True
        if title:
            self.heading.setText(title)
            self.setWindowTitle(title)
        for widget in self.field_widgets.values():
            lock(widget)
        self.save_button.hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        self.notice.show_message(reason)

    def warn(self, warnings: tuple[BaseException, ...]) -> None:
        """Warnings known before saving (the record would still be saved)."""
        if warnings:
            self.notice.show_message("\n".join(error_message(w) for w in warnings))
        else:
            self.notice.clear_message()

    def open_previews(self, form_id: str, parties: int) -> None:
        """Preview ``form_id`` for the case, one window per party (``parties`` > 0) or one for the case."""
        if parties:
            self.preview_per_party(form_id)
        else:
            self.preview_paper(form_id)


def lock(widget: QWidget) -> None:
    """Read-only where the widget can be read (text stays selectable), disabled where it cannot."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(True)
        widget.setPlaceholderText("")  # an example of what to type, where nothing can be typed, misleads
    elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
        widget.setReadOnly(True)
        widget.setCalendarPopup(False)
        widget.setButtonSymbols(QDateTimeEdit.ButtonSymbols.NoButtons)
    elif isinstance(widget, QComboBox | QAbstractButton):
        widget.setEnabled(False)
    else:
        for child in widget.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit | QDateTimeEdit | QComboBox | QAbstractButton):
                lock(child)


def print_offer(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(True)
    return box
