"""One 联席会议: its particulars, the agenda (proposed, ticked, reordered), the minutes case by case, and the
agenda and minutes printed. A new meeting becomes an existing one when first saved."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import partial

from PySide6.QtCore import QByteArray, QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.meeting_agenda_panel import AgendaPanel, row_of, rows_of
from mediation_app.gui.dialogs.meeting_minutes_panel import MinutesPanel
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import FieldError, Notice, add_shortcut, with_error
from mediation_app.services import meeting_papers
from mediation_app.services.context import ServiceContext
from mediation_app.services.meeting_agenda import AgendaProposal, find_agenda_case, propose_agenda
from mediation_app.services.meetings import (
    MeetingDetail,
    MeetingInput,
    complete_decision,
    create_meeting,
    meeting_detail,
    record_minutes,
    update_meeting,
)

DEFAULT_SIZE = QSize(1100, 780)
DEFAULT_TIME = time(14, 30)


class MeetingDialog(QDialog):
    saved = Signal(int)  # the meeting's id, after any change was saved
    case_activated = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        today: date,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Window)
        self._ctx, self._runner, self._settings, self.today = ctx, runner, settings, today
        self.meeting_id, self.detail = meeting_id, None
        self.preview: QDialog | None = None
        self._build()
        self._restore()
        self.load()

    # -- construction ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Joint meeting"))
        column = QVBoxLayout(self)
        column.addLayout(self._build_form())
        self.tabs = QTabWidget()
        self.agenda = AgendaPanel()
        self.agenda.add_requested.connect(self._add_case)
        self.minutes = MinutesPanel(self.today)
        self.minutes.save_requested.connect(self._save_minutes)
        self.minutes.complete_requested.connect(self._complete)
        self.minutes.case_activated.connect(self.case_activated)
        self.tabs.addTab(self.agenda, resource_icon("meetings"), self.tr("Agenda"))
        self.tabs.addTab(self.minutes, resource_icon("record_session"), self.tr("Minutes"))
        column.addWidget(self.tabs, 1)
        self.notice = Notice()
        column.addWidget(self.notice)
        column.addLayout(self._build_buttons())
        add_shortcut(self, QKeySequence.StandardKey.Save, self.save)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime(datetime.combine(self.today, DEFAULT_TIME)))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.place, self.host = QLineEdit(), QLineEdit()
        self.place_error, self.host_error = FieldError(), FieldError()
        self.attendees, self.summary = QPlainTextEdit(), QPlainTextEdit()
        for text in (self.attendees, self.summary):
            text.setTabChangesFocus(True)
            text.setMaximumHeight(56)
        self.summary.setPlaceholderText(self.tr("Written with the minutes: what was reported and reviewed"))
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Place"), with_error(self.place, self.place_error))
        form.addRow(self.tr("Chaired by"), with_error(self.host, self.host_error))
        form.addRow(self.tr("Units and people attending"), self.attendees)
        form.addRow(self.tr("Summary of the meeting"), self.summary)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_agenda = QPushButton(resource_icon("print"), self.tr("Print agenda…"))
        self.print_minutes = QPushButton(resource_icon("print"), self.tr("Print minutes…"))
        self.save_button = QPushButton(self.tr("Save meeting (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_agenda.clicked.connect(lambda: self.print_paper("meeting_agenda"))
        self.print_minutes.clicked.connect(lambda: self.print_paper("meeting_minutes"))
        self.save_button.clicked.connect(self.save_meeting)
        self.close_button.clicked.connect(self.close)
        for button in (self.print_agenda, self.print_minutes, self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter never saves the meeting by accident
        for widget in (self.print_agenda, self.print_minutes):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    def _restore(self) -> None:
        geometry = self._settings.get(keys.MEETING_DIALOG_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_SIZE)

    # -- loading --------------------------------------------------------------------------------------------
    def load(self) -> None:
        if self.meeting_id is None:
            self._set_saved_state()
            self._propose()
        else:
            self._runner.run(meeting_detail, self._ctx, self.meeting_id, on_done=self._loaded, on_error=self._failed)

    def held_at(self) -> datetime:
        return self.when.dateTime().toPython()  # type: ignore[no-any-return]

    def _propose(self) -> None:
        propose = partial(propose_agenda, self._ctx, self.held_at(), self.today, meeting_id=self.meeting_id)
        self._runner.run(propose, on_done=self._proposed, on_error=self._failed)

    def _proposed(self, proposal: AgendaProposal) -> None:
        rows = [row_of(c) for c in proposal.candidates]
        hidden = proposal.total - len(rows)
        if self.detail is None:
            self.agenda.set_rows(rows, hidden)
        else:
            self.agenda.merge(rows, hidden)

    def _loaded(self, detail: MeetingDetail, *, keep: int | None = None, agenda: bool = True) -> None:
        first = self.detail is None
        self.detail, self.meeting_id = detail, detail.meeting_id
        d = detail.data
        self.setWindowTitle(self.tr("Joint meeting %1").replace("%1", d.held_at.strftime("%Y-%m-%d %H:%M")))
        if first:
            self.when.setDateTime(QDateTime(d.held_at))
            self.place.setText(d.place)
            self.host.setText(d.host)
            self.attendees.setPlainText(d.attendees)
            self.summary.setPlainText(d.summary)
        if agenda:
            self.agenda.set_rows(rows_of(detail))
            self._propose()
        self.minutes.show_detail(detail, keep)
        self._set_saved_state()

    def _set_saved_state(self) -> None:
        saved = self.detail is not None
        self.tabs.setTabEnabled(1, saved)
        self.print_agenda.setEnabled(saved)
        self.print_minutes.setEnabled(saved)

    # -- saving ---------------------------------------------------------------------------------------------
    def meeting_input(self) -> MeetingInput:
        return MeetingInput(
            self.held_at(),
            self.place.text(),
            self.host.text(),
            self.attendees.toPlainText(),
            self.summary.toPlainText(),
        )

    def save(self) -> None:
        """Ctrl+S: the minutes of the case shown while on the minutes tab, else the meeting and its agenda."""
        if self.tabs.currentWidget() is self.minutes:
            self.minutes.save_current()
        else:
            self.save_meeting()

    def save_meeting(self) -> None:
        self._clear_errors()
        data, entries = self.meeting_input(), self.agenda.entries()
        if self.detail is None:
            self._runner.run(
                create_meeting, self._ctx, data, entries, write=True, on_done=self._saved, on_error=self._failed
            )
        else:
            args = (self._ctx, self.detail.meeting_id, data, entries, self.detail.version)
            self._runner.run(update_meeting, *args, write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, detail: MeetingDetail) -> None:
        self._loaded(detail)
        self.notice.show_message(
            self.tr("Meeting saved: %1 cases on the agenda.").replace("%1", str(len(detail.cases)))
        )
        self.saved.emit(detail.meeting_id)

    def _save_minutes(self, case_id: int, discussion: str, decisions: object) -> None:
        assert self.detail is not None
        args = (self._ctx, self.detail.meeting_id, case_id, discussion, decisions)
        self._runner.run(
            record_minutes, *args, write=True, on_done=lambda d: self._minutes_saved(d, case_id), on_error=self._failed
        )

    def _minutes_saved(self, detail: MeetingDetail, case_id: int) -> None:
        self._loaded(detail, keep=case_id, agenda=False)
        self.notice.show_message(self.tr("Minutes saved for this case."))
        self.saved.emit(detail.meeting_id)

    def _complete(self, item_id: int) -> None:
        complete = partial(complete_decision, self._ctx, item_id, self.today, today=self.today)
        self._runner.run(complete, write=True, on_done=self._completed, on_error=self._failed)

    def _completed(self, _item: object) -> None:
        assert self.detail is not None
        current = self.minutes.current
        self._runner.run(
            meeting_detail,
            self._ctx,
            self.detail.meeting_id,
            on_done=lambda d: self._loaded(d, keep=current, agenda=False),
            on_error=self._failed,
        )
        self.notice.show_message(self.tr("Decision marked done."))
        self.saved.emit(self.detail.meeting_id)

    def _add_case(self, number: str) -> None:
        find = partial(find_agenda_case, self._ctx, number, self.held_at(), self.today)
        self._runner.run(find, on_done=lambda c: self.agenda.add_row(row_of(c)), on_error=self._add_failed)

    def _add_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.agenda.show_add_error(error_message(error))

    def _clear_errors(self) -> None:
        self.notice.clear_message()
        self.place_error.clear()
        self.host_error.clear()

    def _failed(self, error: BaseException) -> None:
        """A refusal shows next to its field, or in the message line; nothing typed is lost."""
        if not isinstance(error, DomainError):
            return
        field = error.params.get("field")
        target = {"place": (self.place_error, self.place), "host": (self.host_error, self.host)}.get(str(field))
        if target is not None:
            target[0].setText(error_message(error))
            target[1].setFocus()
        else:
            self.notice.show_message(error_message(error), error=True)

    # -- printing -------------------------------------------------------------------------------------------
    def print_paper(self, form_id: str) -> None:
        if self.detail is None:
            return
        meeting_id, today = self.detail.meeting_id, self.today
        preview = partial(meeting_papers.preview_meeting_paper, self._ctx, meeting_id, form_id, today=today)
        self._runner.run(preview, on_done=lambda paper: self._show_preview(form_id, paper), on_error=self._failed)

    def _show_preview(self, form_id: str, paper: object) -> None:
        from mediation_app.gui.dialogs.preview import PreviewDialog  # QtPdf loads on first use

        assert self.detail is not None
        meeting_id, today = self.detail.meeting_id, self.today
        issue = partial(meeting_papers.issue_meeting_paper, self._ctx, meeting_id, form_id, today=today)
        title = self.tr("Agenda") if form_id == "meeting_agenda" else self.tr("Minutes")
        dialog = PreviewDialog(self._runner, self._settings, paper, title, issue=issue, parent=self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview = dialog

    # -- closing --------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Close and the window's close button: not while minutes typed here are unsaved, unless confirmed."""
        if self.minutes.unsaved() and not self._confirm_discard():
            return
        self._settings.set(keys.MEETING_DIALOG_GEOMETRY, bytes(self.saveGeometry().data()))
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved minutes"),
            self.tr("Some minutes typed here are not saved. Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
