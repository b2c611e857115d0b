"""安排调解, 记录调解 and 记录调查 driven like a user: typing, clicking, Ctrl+S; refusals keep what was typed; the
police second-session warning before saving; the 调处通知书 previews per party; the real thread runner."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import CaseStatus, Route, SessionKind
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.case_steps_work import RECORD_OPENERS, STEP_DIALOGS
from mediation_app.gui.dialogs.session_dialogs import RecordSessionDialog, ScheduleSessionDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner, ThreadRunner
from mediation_app.services.case_view import case_summary
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.sessions import SessionPlan, SessionSaved, list_sessions, schedule_session
from tests.services.casework_flow import TODAY, accepted_case, held_session, signed_case

from .typing_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def make_host(ctx: ServiceContext, runner: Runner, settings: AppSettings, case_id: int) -> StepHost:
    return StepHost(ctx, runner, case_summary(ctx, case_id, today=TODAY), TODAY, settings)


def opened(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts reach an active window only
    return dialog


def step(qtbot, ctx, runner, settings, case_id: int, action: CaseAction):  # type: ignore[no-untyped-def]
    return opened(qtbot, STEP_DIALOGS[action](make_host(ctx, runner, settings, case_id), None))


def test_scheduling_by_keyboard_remembers_the_place_and_opens_a_notice_per_party(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.SCHEDULE_SESSION)
    assert isinstance(dialog, ScheduleSessionDialog)
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 23, 9, 30)  # Friday's next working day
    assert dialog.mediators.text() == "周玥、王建民" and dialog.print_notices.isChecked()
    type_text(qtbot, dialog.place, "联调室第二调解室")
    dialog.add_mediator("何律师")
    qtbot.keyClick(dialog.place, Qt.Key.Key_S, CTRL)
    [session] = list_sessions(ctx, case_id)
    assert (session.scheduled_at, session.place) == (datetime(2026, 11, 23, 9, 30), "联调室第二调解室")
    assert session.mediators == "周玥、王建民、何律师" and session.held_at is None
    assert case_summary(ctx, case_id).status is CaseStatus.MEDIATING
    assert not dialog.isVisible() and isinstance(dialog.result_value, SessionSaved)
    assert app_settings.get(keys.LAST_SESSION_PLACE) == "联调室第二调解室"
    assert [p.paper.form_id for p in dialog.previews] == ["session_notice", "session_notice"]
    assert [p._party for p in dialog.previews] == ["王堃", "李玥"]
    again = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.SCHEDULE_SESSION)
    assert again.place.text() == "联调室第二调解室"  # offered for the next session
    for preview in dialog.previews:
        preview.close()


def test_enter_and_ctrl_enter_never_save_ctrl_s_does(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.SCHEDULE_SESSION)
    dialog.print_notices.setChecked(False)
    type_text(qtbot, dialog.place, "第一调解室")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(dialog.mediators, Qt.Key.Key_Enter)
    assert list_sessions(ctx, case_id) == [] and dialog.isVisible()
    qtbot.keyClick(dialog.mediators, Qt.Key.Key_S, CTRL)
    assert len(list_sessions(ctx, case_id)) == 1 and dialog.previews == []


def test_a_refused_record_keeps_the_text_and_focuses_the_field(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.RECORD_SESSION)
    assert isinstance(dialog, RecordSessionDialog)
    type_text(qtbot, dialog.place, "第一调解室")
    type_text(qtbot, dialog.attendees, "王堃、李玥")
    first_statement = next(iter(dialog.statements.values()))
    type_text(qtbot, first_statement, "要求赔偿。")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and list_sessions(ctx, case_id) == []
    assert dialog.notice.text() == error_message(ServiceError("session.recorder"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.recorder)
    assert dialog.attendees.text() == "王堃、李玥" and first_statement.toPlainText() == "要求赔偿。"
    type_text(qtbot, dialog.recorder, "郑赟")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [session] = list_sessions(ctx, case_id)
    assert session.recorder == "郑赟" and [s.statement for s in session.statements] == ["要求赔偿。"]


def test_recording_the_planned_session_with_each_partys_statement(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    planned = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 14, 14, 30), "联调室第一调解室"))
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.RECORD_SESSION)
    assert dialog.chosen.currentData() == planned.session_id  # the planned one is offered first
    assert dialog.held_at.dateTime().toPython() == datetime(2026, 10, 14, 14, 30)
    assert dialog.place.text() == "联调室第一调解室"
    type_text(qtbot, dialog.attendees, "王堃、李玥")
    type_text(qtbot, dialog.recorder, "郑赟")
    dialog.rights.setFocus()
    qtbot.keyClick(dialog.rights, Qt.Key.Key_Space)
    boxes = list(dialog.statements.values())
    type_text(qtbot, boxes[0], "漏水三个月。")
    qtbot.keyClick(boxes[0], Qt.Key.Key_Return, CTRL)  # never a save
    assert dialog.isVisible() and list_sessions(ctx, case_id)[0].held_at is None
    type_text(qtbot, boxes[0], "要求赔偿3000元。")
    type_text(qtbot, boxes[1], "同意维修。")
    type_text(qtbot, dialog.result, "双方达成协议。")
    assert list_sessions(ctx, case_id)[0].held_at is None and dialog.isVisible()
    qtbot.keyClick(dialog.result, Qt.Key.Key_S, CTRL)
    [session] = list_sessions(ctx, case_id)
    assert session.session_id == planned.session_id and session.held_at == datetime(2026, 10, 14, 14, 30)
    assert session.rights_notice_given and session.result == "双方达成协议。"
    said = {s.party_name: s.statement for s in session.statements}
    assert said == {"王堃": "漏水三个月。要求赔偿3000元。", "李玥": "同意维修。"}


def test_a_late_second_police_session_is_warned_before_and_after_saving(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx, route=Route.POLICE_MEDIATION)
    held_session(ctx, case_id)  # Wednesday 14 October: the second session is due by Friday 23 October
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.RECORD_SESSION)
    dialog.held_at.setDateTime(QDateTime(datetime(2026, 10, 23, 9, 0)))
    assert dialog.notice.isHidden()
    dialog.held_at.setDateTime(QDateTime(datetime(2026, 10, 26, 9, 0)))
    warning = error_message(ServiceError("session.second_late", first="2026-10-14", deadline="2026-10-23"))
    assert dialog.notice.isVisible() and dialog.notice.text() == warning
    type_text(qtbot, dialog.place, "第一调解室")
    type_text(qtbot, dialog.attendees, "王堃、李玥")
    type_text(qtbot, dialog.recorder, "郑赟")
    type_text(qtbot, dialog.record_text, "继续调解。")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.result_value, SessionSaved)
    assert [w.code for w in dialog.result_value.warnings] == ["session.second_late"]  # rights told at the first


def test_an_investigation_asks_who_where_and_what(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.RECORD_INVESTIGATION)
    assert dialog.heading.text() == dialog.tr("Record an investigation")
    assert all(box.isHidden() for box in dialog.statements.values()) and dialog.rights.isHidden()
    dialog.held_at.setDateTime(QDateTime(datetime(2026, 10, 13, 15, 0)))
    type_text(qtbot, dialog.place, "建设路12号401室")
    type_text(qtbot, dialog.attendees, "物业赵喆")
    type_text(qtbot, dialog.recorder, "郑赟")
    type_text(qtbot, dialog.record_text, "卫生间地面防水层老化。")
    qtbot.keyClick(dialog.record_text, Qt.Key.Key_S, CTRL)
    [found] = list_sessions(ctx, case_id)
    assert found.kind is SessionKind.INVESTIGATION and found.attendees == "物业赵喆"
    assert found.record_text == "卫生间地面防水层老化。"
    assert case_summary(ctx, case_id).status is CaseStatus.ACCEPTED  # an investigation does not start mediation
    reopened = opened(
        qtbot,
        RECORD_OPENERS["mediation_session"](make_host(ctx, runner, app_settings, case_id), found.session_id, None),
    )
    assert reopened.kind is SessionKind.INVESTIGATION and reopened.rights.isHidden()
    assert reopened.record_text.toPlainText() == "卫生间地面防水层老化。" and reopened.save_button.isVisible()


def test_a_session_of_a_case_past_mediation_opens_read_only(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    signed = signed_case(ctx)
    [session] = list_sessions(ctx, signed.case_id)
    host = make_host(ctx, runner, app_settings, signed.case_id)
    dialog = opened(qtbot, RECORD_OPENERS["mediation_session"](host, session.session_id, None))
    assert dialog.read_only and dialog.save_button.isHidden()
    assert dialog.attendees.isReadOnly() and dialog.attendees.text() == "王堃、李玥"
    assert [box.toPlainText() for box in dialog.statements.values()] == ["要求赔偿3000元。", "同意赔偿。"]
    qtbot.keyClick(dialog.attendees, Qt.Key.Key_S, CTRL)
    assert list_sessions(ctx, signed.case_id)[0].version == session.version  # nothing saved


def test_scheduling_on_the_real_thread_runner(qtbot, ctx: ServiceContext, app_settings: AppSettings) -> None:
    case_id = accepted_case(ctx)
    runner = ThreadRunner()
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.SCHEDULE_SESSION)
    qtbot.waitUntil(lambda: dialog.when.date().toPython() == date(2026, 11, 23))
    type_text(qtbot, dialog.place, "第一调解室")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(dialog.previews) == 2)
    assert [s.place for s in list_sessions(ctx, case_id)] == ["第一调解室"]
    for preview in dialog.previews:
        preview.close()
    assert runner.wait_idle()


def test_the_text_boxes_grow_with_the_text_up_to_a_limit(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.RECORD_SESSION)
    box = dialog.record_text
    empty = box.height()
    for number in range(6):
        type_text(qtbot, box, f"line {number}")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    grown = box.height()
    assert grown > empty
    for number in range(30):
        type_text(qtbot, box, f"more {number}")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert grown < box.height() <= box.fontMetrics().lineSpacing() * 13 + 20  # then it scrolls
    assert box.toPlainText().count("\n") == 36 and dialog.isVisible()
