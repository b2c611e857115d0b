"""安排调解 and 记录调解 / 记录调查: plan a session (then print a 调处通知书 for each party), and record a held
session or investigation with each party's statement — warning before saving when a police mediation's second
session would come later than 7 working days after the first."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import partial

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import SessionKind
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.work_step import (
    GrowingText,
    WorkStepDialog,
    datetime_edit,
    line,
    moment_of,
    print_offer,
    qdatetime,
)
from mediation_app.gui.widgets import VocabularyCombo
from mediation_app.services.context import ServiceContext
from mediation_app.services.sessions import (
    SessionInfo,
    SessionPlan,
    SessionRecord,
    SessionSaved,
    StatementInput,
    list_sessions,
    next_working_day,
    record_session,
    schedule_session,
    session_day_warnings,
)
from mediation_app.services.staff import list_staff

DEFAULT_HOUR = time(9, 30)
NAME_SEPARATOR = "、"


def names_of(text: str) -> tuple[str, ...]:
    """Names typed with 、 , ， ; or spaces between them."""
    for mark in (",", "，", ";", "；", " "):
        text = text.replace(mark, NAME_SEPARATOR)
    return tuple(name for name in (part.strip() for part in text.split(NAME_SEPARATOR)) if name)


def save_record(
    ctx: ServiceContext,
    case_id: int,
    record: SessionRecord,
    session_id: int | None,
    version: int | None,
    today: date,
) -> SessionSaved:
    """record_session with its keyword arguments, for the runner (which passes positional arguments)."""
    return record_session(ctx, case_id, record, session_id=session_id, version=version, today=today)


def day_warnings(ctx: ServiceContext, case_id: int, on: date, kind: SessionKind, session_id: int | None) -> object:
    return session_day_warnings(ctx, case_id, on, kind=kind, session_id=session_id)


class SessionDialog(WorkStepDialog):
    """What scheduling and recording share: the place remembered, the early warning on the day."""

    def __init__(self, host: StepHost, title: str, parent: QWidget | None = None) -> None:
        super().__init__(host, title, parent)
        self.place = line(host.settings.get(keys.LAST_SESSION_PLACE), self.tr("e.g. the first mediation room"))

    def check_day(self, on: date, kind: SessionKind, session_id: int | None = None) -> None:
        """Ask the service what saving on ``on`` would warn of, and show it now."""
        self.host.runner.run(
            day_warnings, self.host.ctx, self.case_id, on, kind, session_id, on_done=self.warn, on_error=lambda _e: None
        )

    def remember_place(self) -> None:
        self.host.settings.set(keys.LAST_SESSION_PLACE, self.place.text().strip())


class ScheduleSessionDialog(SessionDialog):
    """安排调解: when, where, who mediates, and the notices to print afterwards."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Schedule a session"), parent)
        self.when = datetime_edit(datetime.combine(host.today, DEFAULT_HOUR))
        self.add_field("scheduled_at", self.tr("Date and time"), self.when)
        self.add_field("place", self.tr("Place"), self.place)
        self.mediators = line(host.summary.mediators, self.tr("Names, separated by commas"))
        self.add_field("mediators", self.tr("Mediators"), self._mediator_row())
        self.kind = VocabularyCombo(SessionKind)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.print_notices = print_offer(self.tr("Print the session notices (one per party) after saving"))
        self.form.addRow("", self.print_notices)
        self.when.dateTimeChanged.connect(lambda *_: self._day_changed())
        self.kind.currentIndexChanged.connect(lambda *_: self._day_changed())
        host.runner.run(next_working_day, host.ctx, host.today, on_done=self._default_day, on_error=lambda _e: None)
        host.runner.run(list_staff, host.ctx, on_done=self._staff_loaded, on_error=lambda _e: None)
        self.when.setFocus()

    def _mediator_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mediators, 1)
        self.pick_button = QPushButton(self.tr("Add…"))
        self.pick_button.setAutoDefault(False)
        self.pick_menu = QMenu(self.pick_button)
        self.pick_button.setMenu(self.pick_menu)
        row.addWidget(self.pick_button)
        self._fill_menu([])
        return box

    def _fill_menu(self, staff: list[str]) -> None:
        self.pick_menu.clear()
        case_names = names_of(self.host.summary.mediators)
        for name in case_names:
            self.pick_menu.addAction(name, partial(self.add_mediator, name))
        others = [name for name in staff if name not in case_names]
        if others:
            self.pick_menu.addSeparator()
        for name in others:
            self.pick_menu.addAction(name, partial(self.add_mediator, name))

    def _staff_loaded(self, staff: list[object]) -> None:
        self._fill_menu([getattr(member, "name", "") for member in staff])

    def add_mediator(self, name: str) -> None:
        names = names_of(self.mediators.text())
        if name not in names:
            self.mediators.setText(NAME_SEPARATOR.join((*names, name)))

    def _default_day(self, day: date) -> None:
        self.when.setDateTime(qdatetime(datetime.combine(day, DEFAULT_HOUR)))

    def _day_changed(self) -> None:
        kind = self.kind.member() or SessionKind.MEDIATION
        self.print_notices.setEnabled(kind is SessionKind.MEDIATION)  # 调处通知书 are for mediation sessions
        self.check_day(moment_of(self.when).date(), kind)

    def plan(self) -> SessionPlan:
        kind = self.kind.member() or SessionKind.MEDIATION
        return SessionPlan(moment_of(self.when), self.place.text(), names_of(self.mediators.text()), kind)

    def submit(self) -> None:
        self.run_save(schedule_session, self.case_id, self.plan())

    def _done(self, result: object) -> None:
        self.remember_place()
        printing = self.print_notices.isEnabled() and self.print_notices.isChecked()
        super()._done(result)
        if printing:
            self.open_previews("session_notice", len(self.host.summary.parties))


class RecordSessionDialog(SessionDialog):
    """记录调解 (调解记录) or 记录调查 (调查记录): a planned session, or a new one; held at, place, who came, who kept
    the record, and what was said. Opened on a recorded session it corrects it, or shows it when the case is on."""

    def __init__(
        self, host: StepHost, kind: SessionKind, parent: QWidget | None = None, session_id: int | None = None
    ) -> None:
        super().__init__(host, self._title(kind), parent)
        self.kind, self.opened_on, self.version = kind, session_id, None
        self.sessions: dict[int, SessionInfo] = {}
        self.setMinimumWidth(680)
        self.chosen = QComboBox()
        self.add_field("session", self.tr("Which"), self.chosen)
        self.held_at = datetime_edit(datetime.combine(host.today, DEFAULT_HOUR))
        self.add_field("held_at", self.tr("Held at"), self.held_at)
        self.add_field("place", self.tr("Place"), self.place)
        self.attendees = line("", self.tr("Names, separated by commas"))
        self.add_field("attendees", self.tr("Who attended"), self.attendees)
        self.recorder = line("", self.tr("Who kept the record"), width=200)
        self.add_field("recorder", self.tr("Recorder"), self.recorder)
        self.statements: dict[int, GrowingText] = {}
        self.rights = QCheckBox(self.tr("The parties were told their rights and duties"))
        self.record_text = GrowingText()
        self.mediator_work = GrowingText(self.tr("What the mediators did: explaining the law, proposals…"))
        self.result = GrowingText(self.tr("e.g. the parties agreed; or a next session is needed"), lines=2)
        self._add_content_rows()
        # The record is signed at the end of the session: printed now, it is this session's (the form shows the
        # latest one held), so correcting an earlier record does not offer it.
        self.print_record = print_offer(self.tr("Print the record for signing after saving"))
        self.print_record.setHidden(session_id is not None)
        self.form.addRow("", self.print_record)
        self._apply_kind(kind)
        self.chosen.currentIndexChanged.connect(lambda *_: self._session_chosen())
        self.held_at.dateTimeChanged.connect(lambda *_: self._day_changed())
        self._restore()
        host.runner.run(list_sessions, host.ctx, self.case_id, on_done=self._sessions_loaded, on_error=self._failed)
        self.held_at.setFocus()

    @classmethod
    def for_record(cls, host: StepHost, session_id: int, parent: QWidget | None = None) -> RecordSessionDialog:
        """Opened from the timeline: a session or an investigation, as the record turns out to be."""
        return cls(host, SessionKind.MEDIATION, parent, session_id)

    def _title(self, kind: SessionKind) -> str:
        return self.tr("Record a session") if kind is SessionKind.MEDIATION else self.tr("Record an investigation")

    def _add_content_rows(self) -> None:
        self.add_field("rights_notice_given", "", self.rights)
        for index, party in enumerate(self.host.summary.parties):
            box = GrowingText(self.tr("What %1 said").replace("%1", party.name), lines=2)
            self.statements[party.case_party_id] = box
            self.add_field(f"statements.{index}", self.tr("%1 states").replace("%1", party.name), box)
        self.add_field("record_text", self.tr("Course of the session"), self.record_text)
        self.add_field("mediator_work", self.tr("Mediators' work"), self.mediator_work)
        self.add_field("result", self.tr("Result"), self.result)

    def _apply_kind(self, kind: SessionKind) -> None:
        """An investigation record asks who was asked and what was found; a session record much more."""
        self.kind = kind
        mediation = kind is SessionKind.MEDIATION
        for widget in (self.rights, self.mediator_work, self.result, *self.statements.values()):
            self.form.setRowVisible(widget, mediation)
        self._set_label(self.attendees, self.tr("Who attended") if mediation else self.tr("Who was asked"))
        self._set_label(self.record_text, self.tr("Course of the session") if mediation else self.tr("Content"))
        self.record_text.setPlaceholderText(self.tr("How the session went") if mediation else self.tr("What was found"))
        self.chosen.setItemText(0, self.tr("A new session") if mediation else self.tr("A new investigation"))
        if self.chosen.count() == 0:
            self.chosen.addItem(self.tr("A new session") if mediation else self.tr("A new investigation"), None)
        self.heading.setText(self._title(kind))
        self.setWindowTitle(self._title(kind))

    def _set_label(self, field: QWidget, text: str) -> None:
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)

    def _restore(self) -> None:
        geometry = self.host.settings.get(keys.SESSION_RECORD_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))

    def done(self, result: int) -> None:
        self.host.settings.set(keys.SESSION_RECORD_GEOMETRY, bytes(self.saveGeometry().data()))
        super().done(result)

    # -- the sessions of the case ---------------------------------------------------------------------------
    def _sessions_loaded(self, sessions: list[SessionInfo]) -> None:
        opened = next((s for s in sessions if s.session_id == self.opened_on), None)
        if opened is not None and opened.kind is not self.kind:
            self._apply_kind(opened.kind)
        ours = [s for s in sessions if s.kind is self.kind]
        self.sessions = {s.session_id: s for s in ours}
        for info in ours:
            if info.held_at is None or info.session_id == self.opened_on:
                self.chosen.addItem(self._session_label(info), info.session_id)
        if self.opened_on is not None:
            self.chosen.setCurrentIndex(max(self.chosen.findData(self.opened_on), 0))
            self._lock_if_closed()
        elif self.chosen.count() > 1:
            self.chosen.setCurrentIndex(1)  # the planned session is the one usually recorded
        self._day_changed()  # the day offered may already break the second-session rule

    def _session_label(self, info: SessionInfo) -> str:
        moment = info.held_at or info.scheduled_at
        when = moment.strftime("%Y-%m-%d %H:%M") if moment else ""
        text = self.tr("No. %1: %2, %3").replace("%1", str(info.seq)).replace("%2", when).replace("%3", info.place)
        return text if info.held_at is None else self.tr("%1 (recorded)").replace("%1", text)

    def _lock_if_closed(self) -> None:
        action = CaseAction.RECORD_SESSION
        allowed = any(a.allowed for a in self.host.summary.actions if a.action is action)
        if not allowed:
            title = self.tr("Session record") if self.kind is SessionKind.MEDIATION else self.tr("Investigation record")
            self.show_read_only(self.tr("The case is no longer in mediation: the record is shown, not changed."), title)
        else:
            self.chosen.setEnabled(False)

    def selected_session(self) -> SessionInfo | None:
        session_id = self.chosen.currentData()
        return self.sessions.get(int(session_id)) if session_id is not None else None

    def _session_chosen(self) -> None:
        info = self.selected_session()
        self.version = info.version if info is not None else None
        if info is None:
            return
        self.held_at.setDateTime(qdatetime(info.held_at or info.scheduled_at or self.held_at.dateTime().toPython()))
        self.place.setText(info.place or self.place.text())
        if info.held_at is not None:  # a recorded one: show what it says
            self._fill(info)

    def _fill(self, info: SessionInfo) -> None:
        self.attendees.setText(info.attendees)
        self.recorder.setText(info.recorder)
        self.rights.setChecked(info.rights_notice_given)
        for statement in info.statements:
            if statement.case_party_id in self.statements:
                self.statements[statement.case_party_id].setPlainText(statement.statement)
        self.record_text.setPlainText(info.record_text)
        self.mediator_work.setPlainText(info.mediator_work)
        self.result.setPlainText(info.result)

    def _day_changed(self) -> None:
        if not self.read_only:
            self.check_day(moment_of(self.held_at).date(), self.kind, self.chosen.currentData())

    # -- saving ---------------------------------------------------------------------------------------------
    def record(self) -> SessionRecord:
        statements = tuple(StatementInput(pid, box.toPlainText()) for pid, box in self.statements.items())
        return SessionRecord(
            held_at=moment_of(self.held_at),
            place=self.place.text(),
            attendees=self.attendees.text(),
            recorder=self.recorder.text(),
            record_text=self.record_text.toPlainText(),
            mediator_work=self.mediator_work.toPlainText(),
            result=self.result.toPlainText(),
            rights_notice_given=self.rights.isChecked(),
            statements=statements,
            kind=self.kind,
        )

    def submit(self) -> None:
        args = (self.case_id, self.record(), self.chosen.currentData(), self.version, self.host.today)
        self.run_save(save_record, *args)

    def _done(self, result: object) -> None:
        self.remember_place()
        printing = not self.read_only and not self.print_record.isHidden() and self.print_record.isChecked()
        super()._done(result)
        if printing:
            form = "mediation_record" if self.kind is SessionKind.MEDIATION else "investigation_record"
            self.open_previews(form, 0)
