"""A diversion made at the front desk of the whole program, followed until its feedback: papers printed, the
feedback late (shown on the 工作台, in the ledger and in the referral register), then recorded, and cleared; and the
route clocks a diversion inside the room starts (治安调解 3 working days, 劳动争议 15 days)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from mediation_app.domain.vocabulary import BodyKind, CaseStatus, ClockKind, FeedbackResult, Route
from mediation_app.gui.dialogs.referral_dialogs import FeedbackDialog
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.vocab import ALERT_COLOUR
from mediation_app.services import decisions
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.case_view import case_summary
from mediation_app.services.setup import work_calendar

from .test_intake_decision import confirm, open_paper, registered
from .test_intake_view import cases, choose, fill_neighbours, make_view, press_save
from .test_referrals import Day, activate, cell, click_row, late_referrals, open_dialog, states
from .typing_helpers import type_text


@pytest.fixture
def arbitration(ctx) -> BodyInfo:  # type: ignore[no-untyped-def]
    return save_body(
        ctx, BodyInfo(None, "某区劳动人事争议仲裁委员会", BodyKind.LABOUR_ARBITRATION, "人民路188号", "010-88881234")
    )


def divert_outside(qtbot, window: MainWindow, body: BodyInfo) -> date:  # type: ignore[no-untyped-def]
    """Register at the front desk and divert the case to ``body``; returns the feedback date."""
    window.show_view("intake")
    view = window.intake
    registered(qtbot, view)
    decision = view.decision
    qtbot.mouseClick(decision.choice_buttons["divert"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.outside, Qt.MouseButton.LeftButton)
    choose(qtbot, decision.body, None)
    qtbot.keyClick(decision.body, Qt.Key.Key_Down)
    assert decision.body.body_id() == body.body_id
    type_text(qtbot, decision.divert_reason, "属劳动争议，由仲裁委处理")
    confirm(qtbot, view)
    assert decision.stack.currentIndex() == 1
    return decision.feedback_due.date().toPython()  # type: ignore[no-any-return]


def ledger_due(qtbot, window: MainWindow, case_id: int) -> tuple[str, object, object]:  # type: ignore[no-untyped-def]
    """The ledger's due cell for the case: text, colour, tooltip."""
    window.show_view("ledger")
    model = window.ledger.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).case_id == case_id)
    index = model.index(row, model.column_index("due"))
    return index.data(), index.data(Qt.ItemDataRole.ForegroundRole), index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_diversion_outside_is_printed_its_late_feedback_shown_then_cleared(
    qtbot, window: MainWindow, ctx, arbitration: BodyInfo, monkeypatch
) -> None:
    window.today = Day(date.today())
    due = divert_outside(qtbot, window, arbitration)
    result = window.intake.decision.result
    assert open_paper(qtbot, window.intake, "diversion_notice").paper.form_id == "diversion_notice"
    assert open_paper(qtbot, window.intake, "entrust_letter").paper.form_id == "entrust_letter"
    [row] = cases(ctx)
    assert (row.status, row.due_date) == (CaseStatus.DIVERTED, due)
    assert result.number.text() == row.number
    assert result.follow_up.isVisible() and "分流登记" in result.follow_up.text()

    # Nothing comes back: five days after the due date …
    late = due + timedelta(days=5)
    window.today = Day(late)
    monkeypatch.setattr(decisions, "now", lambda: datetime.combine(late, datetime.min.time()).replace(hour=9))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.dashboard
    dashboard.refresh()
    assert window.current_view_name() == "dashboard"
    assert late_referrals(dashboard) == [[due.strftime("%Y-%m-%d"), "反馈逾期", row.title, arbitration.name]]
    assert ledger_due(qtbot, window, row.case_id) == (due.strftime("%Y-%m-%d"), QColor(ALERT_COLOUR), "分流反馈逾期")

    # … then the feedback arrives late and is recorded in the referral register
    window.show_view("referrals")
    register = window.referrals
    register.refresh()
    assert states(register) == ["反馈逾期"]
    click_row(qtbot, register.table, 0)
    dialog = open_dialog(qtbot, register, lambda: qtbot.keyClick(register.table, Qt.Key.Key_Return))
    assert isinstance(dialog, FeedbackDialog) and dialog.feedback_on.date().toPython() == late
    qtbot.mouseClick(dialog.result_buttons[FeedbackResult.RESOLVED], Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.note, "已调解成功")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert states(register) == ["已反馈"]
    assert cell(register, 0, "feedback") == f"已调解成功 {late:%Y-%m-%d}"

    window.show_view("dashboard")
    assert late_referrals(dashboard) == []
    _text, colour, tooltip = ledger_due(qtbot, window, row.case_id)
    assert (colour, tooltip) == (None, None)  # closed with the feedback: nothing is late any more
    assert cases(ctx)[0].status is CaseStatus.CLOSED


@pytest.mark.parametrize(
    ("route", "clock", "days"),
    [
        (Route.POLICE_MEDIATION, ClockKind.POLICE_MEDIATION, None),  # 3 working days: counted by the calendar
        (Route.LABOUR_MEDIATION, ClockKind.LABOUR_MEDIATION, 15),  # 15 calendar days
    ],
)
def test_a_diversion_inside_the_room_starts_its_routes_clock(
    qtbot, ctx, runner, app_settings, route: Route, clock: ClockKind, days: int | None
) -> None:
    view = make_view(qtbot, ctx, runner, app_settings)
    registered(qtbot, view)
    decision = view.decision
    qtbot.mouseClick(decision.choice_buttons["divert"], Qt.MouseButton.LeftButton)
    choose(qtbot, decision.route, route)
    assert not decision.court_clock.isVisible()
    assert decision.route_clock.text() == f"受理后办理时限：{clock.zh}"  # the rule, before confirming
    confirm(qtbot, view)
    [row] = cases(ctx)
    accepted_at = case_summary(ctx, row.case_id).accepted_at
    assert accepted_at is not None
    accepted = accepted_at.date()  # the clock runs from acceptance (a run across midnight stays right)
    calendar = work_calendar(ctx)  # the office's calendar
    expected = accepted + timedelta(days=days) if days else calendar.add_working_days(accepted, 3)
    assert (row.status, row.route, row.due_date) == (CaseStatus.ACCEPTED, route, expected)
    assert decision.result.clock.text() == clock.zh
    assert decision.result.due.text().startswith(expected.strftime("%Y-%m-%d"))
    papers = ["diversion_notice", "application", "acceptance_register", "rights_notice"]
    assert list(decision.result.print_buttons) == papers


def test_deciding_runs_off_the_gui_thread(qtbot, ctx, app_settings, arbitration: BodyInfo) -> None:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    view = make_view(qtbot, ctx, runner, app_settings)
    try:
        fill_neighbours(qtbot, view)
        press_save(qtbot, view)
        qtbot.waitUntil(lambda: view.pages.currentIndex() == 1)
        decision = view.decision
        qtbot.waitUntil(lambda: decision.body.count() == 2)  # the directory, loaded off the GUI thread
        qtbot.mouseClick(decision.choice_buttons["divert"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(decision.outside, Qt.MouseButton.LeftButton)
        decision.body.setFocus()
        qtbot.keyClick(decision.body, Qt.Key.Key_Down)
        confirm(qtbot, view)
        qtbot.waitUntil(lambda: decision.stack.currentIndex() == 1)
        letter = decision.result.print_buttons["entrust_letter"]
        qtbot.waitUntil(letter.isEnabled)  # the case's forms, checked off the GUI thread
        [row] = cases(ctx)
        assert (row.status, decision.result.number.text()) == (CaseStatus.DIVERTED, row.number)
    finally:
        assert runner.wait_idle()
