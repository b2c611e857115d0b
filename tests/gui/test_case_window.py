"""The case window: opened from the ledger and the 工作台, its header and clock, the actions with their reasons,
a step saved and the window reloaded, the timeline opening its entries, an archived case read-only, and the load
kept off the GUI thread."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs import case_steps_papers, case_steps_work
from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.errors import message_for
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.models.timeline_model import TimelineTableModel
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner, ThreadRunner
from mediation_app.gui.views.case_actions import step_factory
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.services.archive import build_archive
from mediation_app.services.case_view import CaseOverview, TimelineKind
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.sessions import SessionPlan, schedule_session
from tests.services.casework_flow import TODAY, accepted_case, closed_case, signed_case

A = CaseAction


def case_window(qtbot, ctx: ServiceContext, runner: Runner, settings: AppSettings, case_id: int) -> CaseWindow:  # type: ignore[no-untyped-def]
    window = CaseWindow(ctx, runner, settings, case_id, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the window's shortcuts answer only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


class PlanDialog(CaseStepDialog):
    """A test-only step: schedules a session and returns a result carrying a warning."""

    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, "安排调解（测试）", parent)

    def submit(self) -> None:
        self.run_save(plan_with_warning, self.case_id)


def plan_with_warning(ctx: ServiceContext, case_id: int) -> SimpleNamespace:
    saved = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 11, 24, 9, 30), "联调室第二调解室"))
    return SimpleNamespace(session_id=saved.session_id, warnings=(ServiceError("case.followup_missing"),))


@pytest.fixture
def plan_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(case_steps_work.STEP_DIALOGS, A.SCHEDULE_SESSION, PlanDialog)


def test_the_ledger_opens_one_window_per_case_by_double_click_and_by_enter(qtbot, window: MainWindow, ctx) -> None:  # type: ignore[no-untyped-def]
    case_id = accepted_case(ctx)
    window.show_view("ledger")
    table = window.ledger.table
    qtbot.waitUntil(lambda: window.ledger.model.rowCount() == 1)
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = window.case_windows.windows[case_id]
    assert opened.isVisible()
    assert opened.windowTitle().startswith("案件 ") and "王堃与李玥房屋漏水纠纷" in opened.windowTitle()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert list(window.case_windows.windows) == [case_id]  # the same window, brought forward
    assert window.ledger.open_action.isEnabled()
    window.ledger.open_action.trigger()
    assert len(window.case_windows.windows) == 1
    opened.close()
    qtbot.waitUntil(lambda: case_id not in window.case_windows.windows)


def test_the_dashboard_s_latest_cases_open_their_window(qtbot, window: MainWindow, ctx) -> None:  # type: ignore[no-untyped-def]
    case_id = accepted_case(ctx)
    window.show_view("dashboard")
    window.dashboard.refresh()
    index = window.dashboard.recent_model.index(0, 0)
    window.dashboard.recent.activated.emit(index)
    assert case_id in window.case_windows.windows
    window.case_windows.windows[case_id].close()


def test_the_header_shows_the_facts_and_an_overdue_clock_in_red(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = accepted_case(ctx)  # received 12 October: the month ran out before 20 November
    win = case_window(qtbot, ctx, runner, app_settings, case_id)
    header = win.header
    assert header.number.text().endswith("号")
    assert header.title.text() == "王堃与李玥房屋漏水纠纷"
    assert header.parties.text() == "王堃（申请人）　李玥（被申请人）"
    assert header.dispute_type.text() == "邻里"
    assert header.status.text() == "已受理"
    assert header.mediators.text() == "周玥（人民调解员，主办）、王建民（民警）"
    assert header.clock.text().startswith("已超期") and header.clock.property("alert") is True
    assert not header.judicial.isVisible()  # no agreement in effect
    assert win.windowTitle() == f"案件 {header.number.text()} — 王堃与李玥房屋漏水纠纷"


def test_a_clock_still_running_is_not_red(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    case_id = accepted_case(ctx, received=datetime(2026, 11, 16, 9, 0))
    header = case_window(qtbot, ctx, runner, app_settings, case_id).header
    assert header.clock.text().startswith("还剩") and header.clock.property("alert") is False


def test_refused_actions_carry_their_reason_and_missing_dialogs_say_so(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    win = case_window(qtbot, ctx, runner, app_settings, accepted_case(ctx))
    actions = win.action_bar.actions_
    edit = actions[A.EDIT_AGREEMENT]
    assert not edit.isEnabled() and edit.toolTip() == message_for("action.needs_session")
    assert actions[A.CLOSE].toolTip() == message_for("action.status", {"status": "accepted"})
    assert "已受理" in actions[A.CLOSE].toolTip()
    schedule = actions[A.SCHEDULE_SESSION]
    if step_factory(A.SCHEDULE_SESSION) is None:
        assert not schedule.isEnabled() and schedule.toolTip() == "尚未提供"
    else:
        assert schedule.isEnabled()
    labels = [b.text() for b in win.action_bar.buttons.values()]
    assert labels[:3] == ["安排调解", "记录调解", "记录调查"]


def test_an_action_opens_its_dialog_and_saving_reloads_the_window(qtbot, ctx, runner, app_settings, plan_step) -> None:  # type: ignore[no-untyped-def]
    win = case_window(qtbot, ctx, runner, app_settings, accepted_case(ctx))
    assert win.header.status.text() == "已受理"
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 安排调解
    dialog = win.dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # open(), not exec(): other windows go on
    dialog.save_button.click()
    assert not dialog.isVisible()
    newest = win.timeline.model.row_at(0)
    assert newest.kind is TimelineKind.SESSION_SCHEDULED and newest.text == "联调室第二调解室"
    assert win.header.status.text() == "调解中"
    assert win.timeline.notice.isVisible()
    assert win.timeline.notice.text() == message_for("case.followup_missing")


def test_the_timeline_is_newest_first_and_enter_opens_an_entry(qtbot, ctx, runner, app_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[int] = []

    def opener(host: StepHost, record_id: int, parent: QWidget | None) -> QDialog:
        opened.append(record_id)
        return QDialog(parent)

    for registry in (case_steps_work, case_steps_papers):
        monkeypatch.setitem(registry.RECORD_OPENERS, "mediation_session", opener)
    signed = signed_case(ctx)
    win = case_window(qtbot, ctx, runner, app_settings, signed.case_id)
    rows = win.timeline.model.rows()
    assert [e.at for e in rows] == sorted((e.at for e in rows), reverse=True)
    assert rows[-1].kind is TimelineKind.REGISTERED
    session_row = next(i for i, e in enumerate(rows) if e.record == "mediation_session")
    table = win.timeline.table
    table.setFocus()
    table.selectRow(session_row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [rows[session_row].record_id]
    win.dialog.reject()  # type: ignore[union-attr]


def test_an_issued_paper_in_the_timeline_reprints_its_original(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    signed = signed_case(ctx)
    win = case_window(qtbot, ctx, runner, app_settings, signed.case_id)
    paper = next(e for e in win.timeline.model.rows() if e.record == "issued_document" and "协议书" in e.text)
    win.open_entry(paper)
    assert isinstance(win.preview, PreviewDialog) and win.preview.isVisible()
    win.preview.close()  # type: ignore[attr-defined]


def test_an_archived_case_is_read_only(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    closed = closed_case(ctx)
    build_archive(ctx, closed.case_id, when=datetime(2026, 11, 20, 10, 0))
    win = case_window(qtbot, ctx, runner, app_settings, closed.case_id)
    assert win.banner.isVisible() and win.banner.text().startswith("已归档（只读）")
    reason = message_for("case.archived")
    for action in CaseAction:
        assert not win.action_bar.actions_[action].isEnabled()
        assert win.action_bar.actions_[action].toolTip() == reason
    assert not win.people.edit_mediators_button.isEnabled()
    assert not win.people.add_participant_button.isEnabled()


def test_an_open_step_keeps_the_window_open_ctrl_w_closes_and_f5_reloads(  # type: ignore[no-untyped-def]
    qtbot, ctx, runner, app_settings, plan_step
) -> None:
    case_id = accepted_case(ctx)
    win = case_window(qtbot, ctx, runner, app_settings, case_id)
    calls = len(runner.calls)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert len(runner.calls) == calls + 1 and "case_overview" in runner.calls[-1]
    win.run_action(A.SCHEDULE_SESSION)
    qtbot.keyClick(win, Qt.Key.Key_Escape)  # Esc is the dialog's, never the window's
    assert win.isVisible()
    win.dialog.show()  # type: ignore[union-attr]
    assert not win.close()
    assert win.notice.isVisible()
    win.dialog.reject()  # type: ignore[union-attr]
    qtbot.keyClick(win, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not win.isVisible()
    assert app_settings.get(keys.CASE_WINDOW_GEOMETRY)  # remembered for the next case window


def test_the_window_loads_off_the_gui_thread(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    signed = signed_case(ctx)
    win = CaseWindow(ctx, ThreadRunner(), app_settings, signed.case_id, lambda: TODAY)
    qtbot.addWidget(win)
    loaded: list[CaseOverview] = []
    win.loaded.connect(loaded.append)
    assert win.overview is None  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
    assert win.header.judicial.text().startswith("申请期限已过")
    assert win.timeline.model.rowCount() == len(loaded[0].timeline) > 5


def test_the_timeline_model_is_a_sound_qt_model(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    from mediation_app.services.case_view import case_overview

    signed = signed_case(ctx)
    model = TimelineTableModel(case_overview(ctx, signed.case_id, today=TODAY).timeline)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is not None
    assert date.fromisoformat(model.data(model.index(model.rowCount() - 1, 0))[:10]) == date(2026, 10, 12)
