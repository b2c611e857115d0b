"""分流登记 and the 工作台's late referrals, driven like a user: a diversion made through the services, its 回执
and late feedback recorded in the register's dialogs, the state filter, and the work kept off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QToolButton, QWidget

from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort
from mediation_app.domain.vocabulary import BodyKind, CaseStatus, DisputeType, FeedbackResult, Route
from mediation_app.gui.dialogs import referral_dialogs
from mediation_app.gui.dialogs.referral_dialogs import ConfirmationDialog, FeedbackDialog
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.models.row_table_model import IdRole
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner, ThreadRunner
from mediation_app.gui.views import referrals_view
from mediation_app.gui.views.dashboard_view import DashboardView
from mediation_app.gui.views.referrals_view import ReferralsView
from mediation_app.gui.vocab import ALERT_COLOUR
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import DivertInput, ReferralState, divert, referral_register
from mediation_app.services.ledger import ledger_page

from .factories import make_case
from .typing_helpers import type_text

DIVERTED = datetime(2026, 3, 2, 10, 0)
DUE = date(2026, 3, 16)


class Day:
    """A settable "today" for the views."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def add_body(ctx: ServiceContext, name: str = "青山区劳动人事争议仲裁委员会") -> BodyInfo:
    return save_body(ctx, BodyInfo(None, name, BodyKind.LABOUR_ARBITRATION, "青山路8号", "010-88886666", "刘主任"))


def divert_out(ctx: ServiceContext, body: BodyInfo, name: str = "王堃", due: date = DUE) -> int:
    """A registered case sent out to ``body``; returns the case id."""
    ref = make_case(ctx, name, dispute_type=DisputeType.LABOUR, received_at=datetime(2026, 3, 2, 9, 0))
    divert(ctx, DivertInput(ref.case_id, body_id=body.body_id, reason="劳动争议", feedback_due=due, when=DIVERTED))
    return ref.case_id


def divert_inside(ctx: ServiceContext, name: str = "李玥") -> int:
    ref = make_case(ctx, name, received_at=datetime(2026, 3, 2, 9, 0))
    divert(ctx, DivertInput(ref.case_id, route=Route.PEOPLES_MEDIATION, when=DIVERTED))
    return ref.case_id


def case_detail(ctx: ServiceContext, case_id: int) -> LedgerRow:
    return next(row for row in ledger_page(ctx, LedgerFilter(), LedgerSort(), None, 1000) if row.case_id == case_id)


def choose_section(dashboard: DashboardView, key: str) -> None:
    keys = [dashboard.sections.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dashboard.sections.count())]
    dashboard.sections.setCurrentRow(keys.index(key))


def late_referrals(dashboard: DashboardView) -> list[list[str]]:
    """The 工作台's referral list as shown, without the case number: when due, state, case, body."""
    model = dashboard.models["referrals"]
    return [[model.index(r, c).data() for c in (0, 1, 3, 4)] for r in range(model.rowCount())]


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1200, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()  # type: ignore[attr-defined]
    return widget


def register(qtbot, ctx: ServiceContext, runner: Runner, settings: AppSettings, today: Day) -> ReferralsView:  # type: ignore[no-untyped-def]
    return shown(qtbot, ReferralsView(ctx, runner, settings, today))  # type: ignore[return-value]


def cell(view: ReferralsView, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.model.index(row, view.model.column_index(column)).data(role)


def states(view: ReferralsView) -> list[str]:
    return [str(cell(view, row, "state")) for row in range(view.model.rowCount())]


def click_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def key(qtbot, widget: QWidget, pressed: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, pressed, modifier)


def activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts and focus need the widget's window to be the active one."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)


def open_dialog(qtbot, view: ReferralsView, opener: Callable[[], None]):  # type: ignore[no-untyped-def]
    before = view.dialog
    opener()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog is not before and view.dialog.isVisible())
    activate(qtbot, view.dialog)
    return view.dialog


def test_a_referral_comes_back_late_is_shown_overdue_then_cleared(qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    case_id = divert_out(ctx, body)
    today = Day(date(2026, 3, 3))
    view = register(qtbot, ctx, runner, app_settings, today)
    assert states(view) == ["待回执"]
    assert cell(view, 0, "body") == body.name
    assert cell(view, 0, "due") == "2026-03-16"
    assert not view.confirm_action.isEnabled()  # nothing selected yet

    # 登记回执 (Ctrl+R): the returned 委托调解确认书, on 4 March, confirmed by the body's contact
    click_row(qtbot, view.table, 0)
    assert view.confirm_action.isEnabled() and view.feedback_action.isEnabled()
    today.day = date(2026, 3, 4)
    dialog = open_dialog(qtbot, view, lambda: key(qtbot, view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))
    assert isinstance(dialog, ConfirmationDialog)
    assert dialog.confirmed_on.date() == QDate(2026, 3, 4)
    type_text(qtbot, dialog.confirmed_by, "仲裁委 刘主任")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert states(view) == ["待反馈"]
    assert cell(view, 0, "confirmation") == "2026-03-04 仲裁委 刘主任"
    assert view.selected_row() is not None  # the row stays selected after the reload

    # four days after the due date nothing has come back: red in the register and listed on the 工作台
    today.day = date(2026, 3, 20)
    view.refresh()
    assert states(view) == ["反馈逾期"]
    assert cell(view, 0, "state", Qt.ItemDataRole.ForegroundRole) == QColor(ALERT_COLOUR)
    assert cell(view, 0, "due", Qt.ItemDataRole.ForegroundRole) == QColor(ALERT_COLOUR)
    assert cell(view, 0, "state", Qt.ItemDataRole.ToolTipRole) == "逾期 4 天"
    dashboard = shown(qtbot, DashboardView(ctx, runner, today))
    assert late_referrals(dashboard) == [["2026-03-16", "反馈逾期", case_detail(ctx, case_id).title, body.name]]

    # 登记反馈 (Enter on the overdue row): 已调解成功, received today; the case is closed
    click_row(qtbot, view.table, 0)
    dialog = open_dialog(qtbot, view, lambda: key(qtbot, view.table, Qt.Key.Key_Return))
    assert isinstance(dialog, FeedbackDialog)
    assert not dialog.save_button.isEnabled()  # a result must be chosen first
    qtbot.mouseClick(dialog.result_buttons[FeedbackResult.RESOLVED], Qt.MouseButton.LeftButton)
    assert dialog.consequence.text() == "分流结束，案件随之结案。"
    assert not dialog.new_due.isEnabled()
    type_text(qtbot, dialog.note, "双方达成和解")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert states(view) == ["已反馈"]
    assert cell(view, 0, "feedback") == "已调解成功 2026-03-20"
    assert cell(view, 0, "state", Qt.ItemDataRole.ForegroundRole) != QColor(ALERT_COLOUR)
    assert not view.feedback_action.isEnabled()  # final feedback is not recorded twice
    assert case_detail(ctx, case_id).status is CaseStatus.CLOSED
    dashboard.refresh()
    assert late_referrals(dashboard) == []


def test_a_refused_confirmation_keeps_the_dialog_and_the_typed_date(qtbot, ctx, runner, app_settings) -> None:
    divert_out(ctx, add_body(ctx))
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 9)))
    click_row(qtbot, view.table, 0)
    dialog = open_dialog(qtbot, view, view.confirm_action.trigger)
    dialog.confirmed_on.setDate(QDate(2026, 3, 5))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # who confirmed is missing
    assert dialog.isVisible()
    assert dialog.notice.text() == "请填写委托调解的确认人。"
    assert dialog.notice.property("kind") == "error"
    assert dialog.confirmed_by.hasFocus()
    assert dialog.confirmed_on.date() == QDate(2026, 3, 5)
    assert states(view) == ["待回执"]
    type_text(qtbot, dialog.confirmed_by, "双方当事人")
    key(qtbot, dialog.confirmed_by, Qt.Key.Key_Return)  # Enter saves this small form
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cell(view, 0, "confirmation") == "2026-03-05 双方当事人"


def test_in_progress_feedback_with_a_new_due_date_keeps_the_referral_waiting(qtbot, ctx, runner, app_settings) -> None:
    divert_out(ctx, add_body(ctx))
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 18)))
    assert states(view) == ["反馈逾期"]
    click_row(qtbot, view.table, 0)
    dialog = open_dialog(qtbot, view, lambda: key(qtbot, view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier))
    qtbot.mouseClick(dialog.result_buttons[FeedbackResult.IN_PROGRESS], Qt.MouseButton.LeftButton)
    assert dialog.new_due_agreed.isEnabled() and not dialog.new_due.isEnabled()
    qtbot.mouseClick(dialog.new_due_agreed, Qt.MouseButton.LeftButton)
    assert dialog.new_due.isEnabled()
    dialog.new_due.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert states(view) == ["待反馈"]  # not late any more; feedback has come, so the body has the case
    assert cell(view, 0, "due") == "2026-03-31"
    assert cell(view, 0, "feedback") == "正在办理 2026-03-18"
    assert view.feedback_action.isEnabled()


def test_the_state_filter_shows_one_state_with_counts(qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    divert_out(ctx, body, "甲", due=date(2026, 3, 10))  # overdue on the 12th
    divert_out(ctx, body, "乙", due=date(2026, 3, 30))  # waiting for its 回执
    divert_inside(ctx, "丙")
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 12)))
    assert sorted(states(view)) == sorted(["反馈逾期", "待回执", "室内分流"])
    assert view.total_label.text() == "共 3 条"
    items = [view.state_filter.itemText(i) for i in range(view.state_filter.count())]
    assert items == ["全部状态", "待回执（1）", "待反馈（0）", "反馈逾期（1）", "已反馈（0）", "室内分流（1）"]
    view.state_filter.setCurrentIndex(view.state_filter.findData(ReferralState.OVERDUE.value))
    assert states(view) == ["反馈逾期"]
    assert view.total_label.text() == "共 1 条"
    view.state_filter.setCurrentIndex(view.state_filter.findData(ReferralState.INTERNAL.value))
    assert states(view) == ["室内分流"]
    assert cell(view, 0, "body") == "室内：人民调解"
    assert cell(view, 0, "due") == ""
    click_row(qtbot, view.table, 0)
    assert not view.confirm_action.isEnabled() and not view.feedback_action.isEnabled()
    assert view.forms_action.isEnabled()
    view.state_filter.setCurrentIndex(view.state_filter.findData(ReferralState.DONE.value))
    assert view.model.rowCount() == 0
    assert view.message.text() == "没有处于该状态的分流。"
    view.state_filter.setCurrentIndex(0)
    assert view.model.rowCount() == 3


def test_selecting_a_referral_by_id_shows_it_even_when_the_filter_hides_it(qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    divert_out(ctx, body, "甲", due=date(2026, 3, 10))
    divert_out(ctx, body, "乙", due=date(2026, 3, 30))
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 12)))
    activate(qtbot, view)
    waiting = next(r for r in referral_register(ctx, today=date(2026, 3, 12)) if r.state is ReferralState.OVERDUE)
    view.state_filter.setCurrentIndex(view.state_filter.findData(ReferralState.AWAITING_CONFIRMATION.value))
    view.select_referral(waiting.referral_id)
    assert view.state_filter.currentIndex() == 0
    assert view.selected_row() == waiting
    assert view.table.hasFocus()


def test_the_register_model_passes_the_qt_model_tester(qtmodeltester, qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    divert_out(ctx, body, "甲")
    divert_inside(ctx, "乙")
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 20)))
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.rowCount() == 2


def test_an_empty_register_says_how_referrals_arrive(qtbot, ctx, runner, app_settings) -> None:
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 20)))
    assert view.model.rowCount() == 0
    assert view.message.text() == "尚无分流记录。在受理登记中分流的案件会列在这里。"
    assert view.open_confirmation() is None and view.open_feedback() is None


def test_loading_and_saving_run_off_the_gui_thread(qtbot, ctx, app_settings, monkeypatch) -> None:
    divert_out(ctx, add_body(ctx))
    gui = threading.get_ident()
    threads: dict[str, int] = {}

    def spy(name: str, fn: Callable[..., object]) -> Callable[..., object]:
        def wrapped(*args: object, **kwargs: object) -> object:
            threads[name] = threading.get_ident()
            return fn(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(referrals_view, "load_register", spy("load", referrals_view.load_register))
    monkeypatch.setattr(referral_dialogs, "record_confirmation", spy("confirm", referral_dialogs.record_confirmation))
    runner = ThreadRunner()
    view = ReferralsView(ctx, runner, app_settings, Day(date(2026, 3, 5)))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    assert view.model.rowCount() == 0  # the answer is still on its way: the GUI thread did not wait
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    click_row(qtbot, view.table, 0)
    dialog = open_dialog(qtbot, view, view.confirm_action.trigger)
    type_text(qtbot, dialog.confirmed_by, "刘主任")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()  # saving: no second click
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: states(view) == ["待反馈"])
    assert threads["load"] != gui and threads["confirm"] != gui
    assert runner.wait_idle()


@pytest.mark.parametrize("result", [FeedbackResult.RETURNED, FeedbackResult.NOT_RESOLVED])
def test_other_final_results_say_what_happens_to_the_case(qtbot, ctx, runner, app_settings, result) -> None:
    case_id = divert_out(ctx, add_body(ctx))
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 10)))
    click_row(qtbot, view.table, 0)
    dialog = open_dialog(qtbot, view, view.feedback_action.trigger)
    qtbot.mouseClick(dialog.result_buttons[result], Qt.MouseButton.LeftButton)
    expected = {
        FeedbackResult.RETURNED: ("案件回到本室（已受理），需重新决定去向。", CaseStatus.ACCEPTED),
        FeedbackResult.NOT_RESOLVED: ("分流结束，案件随之结案。", CaseStatus.CLOSED),
    }[result]
    assert dialog.consequence.text() == expected[0]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert states(view) == ["已反馈"]
    assert case_detail(ctx, case_id).status is expected[1]
    assert QApplication.activeModalWidget() is None
    assert view.model.index(0, 0).data(IdRole) == view.all_rows[0].referral_id


def test_the_dashboard_leads_to_the_late_referral_in_the_register(qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    divert_out(ctx, body, "甲", due=date(2026, 3, 30))
    divert_out(ctx, body, "乙", due=date(2026, 3, 10))  # late on the 12th
    window = MainWindow(app_settings)
    window.today = Day(date(2026, 3, 12))
    window.attach(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    assert window.current_view_name() == "dashboard"
    dashboard = window.dashboard
    referrals = dashboard.models["referrals"]
    choose_section(dashboard, "referrals")
    assert [r.mark.zh for r in referrals.rows()] == ["反馈逾期"]  # 甲, due in 18 days, is not listed yet
    late = referrals.row_at(0)
    table = dashboard.tables["referrals"]
    rect = table.visualRect(referrals.index(0, 1))
    # a real double-click starts with a click; QTest's mouseDClick alone sends only the second half
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view_name() == "dashboard"  # one click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view_name() == "referrals"
    assert window.navigation.currentRow() == 3
    assert window.referrals.selected_row().referral_id == late.record_id  # type: ignore[union-attr]
    assert window.referrals.table.hasFocus()
    dialog = open_dialog(qtbot, window.referrals, lambda: qtbot.keyClick(window.referrals.table, Qt.Key.Key_Return))
    assert isinstance(dialog, FeedbackDialog)
    qtbot.mouseClick(dialog.result_buttons[FeedbackResult.RESOLVED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    qtbot.keyClick(window.referrals.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "dashboard"
    assert late_referrals(dashboard) == []  # reloaded: the saved feedback changed the data

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "referrals"


def test_the_papers_of_the_selected_referrals_case_open_with_ctrl_p(qtbot, ctx, runner, app_settings) -> None:
    case_id = divert_out(ctx, add_body(ctx))
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 5)))
    click_row(qtbot, view.table, 0)
    key(qtbot, view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.forms_dialog is not None and view.forms_dialog.isVisible())
    assert view.forms_dialog is not None and view.forms_dialog.case_id == case_id
    assert view.forms_dialog.windowTitle().endswith("王堃劳动争议纠纷")
    view.forms_dialog.close()


def test_the_referred_case_opens_with_ctrl_o_the_button_or_the_context_menu(qtbot, ctx, runner, app_settings) -> None:
    body = add_body(ctx)
    outside, inside = divert_out(ctx, body), divert_inside(ctx)
    view = register(qtbot, ctx, runner, app_settings, Day(date(2026, 3, 5)))
    assert not view.open_action.isEnabled()  # nothing selected yet
    opened: list[int] = []
    view.case_activated.connect(opened.append)
    by_case = {view.model.row_at(r).case_id: r for r in range(view.model.rowCount())}
    click_row(qtbot, view.table, by_case[outside])
    key(qtbot, view.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [outside]
    button = next(b for b in view.findChildren(QToolButton) if b.defaultAction() is view.open_action)
    assert button.text() == "打开案件"
    click_row(qtbot, view.table, by_case[inside])  # an internal diversion is a case too
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [outside, inside]

    shown_menu: list[str] = []

    def close_menu() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, close_menu)
            return
        shown_menu.extend(action.text() for action in menu.actions())
        menu.close()

    QTimer.singleShot(0, close_menu)
    rect = view.table.visualRect(view.model.index(by_case[outside], 1))
    view.table.customContextMenuRequested.emit(rect.center())
    assert "打开案件" in shown_menu and view.selected_row().case_id == outside  # type: ignore[union-attr]


def test_the_main_window_opens_the_case_window_from_the_register(qtbot, window: MainWindow, ctx) -> None:
    case_id = divert_out(ctx, add_body(ctx))
    window.show_view("referrals")
    register_view = window.referrals
    click_row(qtbot, register_view.table, 0)
    key(qtbot, register_view.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: case_id in window.case_windows.windows)
    assert window.case_windows.windows[case_id].isVisible()
