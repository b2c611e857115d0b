"""The real main window: navigation by mouse and keyboard, real data in every view, title, status bar, state."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from mediation_app.domain.vocabulary import DisputeType
from mediation_app.gui.application import build_main_window
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.models.row_table_model import IdRole
from mediation_app.services.intake import accept_case
from mediation_app.services.office import get_office

from .factories import make_case
from .typing_helpers import replace_text

VIEW_NAMES = ("dashboard", "intake", "ledger", "referrals", "meetings", "statistics", "settings")


def click_nav(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_clicking_each_nav_item_shows_its_view_with_real_data(qtbot, ctx, runner, app_settings, new_case) -> None:
    new_case("张三", accept=True, dispute_type=DisputeType.NEIGHBOUR)
    new_case("李四", accept=True, dispute_type=DisputeType.CONTRACT)
    new_case("王五", dispute_type=DisputeType.NEIGHBOUR)
    window = build_main_window(ctx, runner, app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row, name in enumerate(VIEW_NAMES):
        click_nav(qtbot, window, row)
        assert window.current_view_name() == name
        assert window.stack.currentWidget() is window.entries[row].view
    click_nav(qtbot, window, 0)
    assert window.dashboard.total_card.value.text() == "3"
    assert window.dashboard.open_card.value.text() == "2"
    assert window.dashboard.today_card.value.text() == "3"
    assert window.dashboard.recent_model.rowCount() == 3
    click_nav(qtbot, window, 2)
    assert window.ledger.model.rowCount() == 3
    assert window.ledger.total_label.text() == "共 3 件"
    click_nav(qtbot, window, 5)
    assert window.statistics.cards["received"].value.text() == "3"
    assert window.statistics.cards["in_progress"].value.text() == "2"
    click_nav(qtbot, window, 3)
    assert window.referrals.model.rowCount() == 0
    assert window.referrals.message.text() == "尚无分流记录。在受理登记中分流的案件会列在这里。"
    click_nav(qtbot, window, 4)
    assert window.meetings.pages.currentWidget() is window.meetings.empty
    assert window.meetings.empty.text() == "尚无联席会议记录"


def test_ctrl_digits_switch_views_and_f5_reloads(qtbot, window: MainWindow, new_case) -> None:
    for index, name in reversed(list(enumerate(VIEW_NAMES, start=1))):
        press(qtbot, window, getattr(Qt.Key, f"Key_{index}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_name() == name
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ledger.model.rowCount() == 0
    new_case("赵六")  # saved elsewhere (another desk): shown after F5
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.ledger.model.rowCount() == 1
    assert window.ledger.total_label.text() == "共 1 件"
    assert window.count_label.text() == "案件 1 件"


def test_menus_and_navigation_are_in_chinese(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert items == ["工作台", "受理登记", "案件台账", "分流登记", "联席会议", "统计报表", "设置"]
    assert all(not window.navigation.item(i).icon().isNull() for i in range(window.navigation.count()))
    assert [a.shortcut().toString() for a in window.view_actions] == [f"Ctrl+{i}" for i in range(1, 8)]


def test_title_shows_office_name_after_editing_it_in_settings(qtbot, window: MainWindow, ctx) -> None:
    assert window.windowTitle() == "警民联调室 · 调解工作台 — 某街道警民联调室"
    press(qtbot, window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    replace_text(qtbot, window.settings_view.fields["name"], "青山街道警民联调室")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_office(ctx).name == "青山街道警民联调室"
    assert window.windowTitle() == "警民联调室 · 调解工作台 — 青山街道警民联调室"
    assert window.settings_view.notice.text() == "已保存。"


def test_status_bar_shows_database_location_and_case_count(window: MainWindow, ctx, new_case) -> None:
    assert window.database_label.text() == f"数据库：{ctx.db.engine.url.database}"
    assert window.count_label.text() == "案件 0 件"
    window.intake.applicant.name.setText("孙七")
    window.intake.dispute_type.setCurrentIndex(window.intake.dispute_type.findData(DisputeType.LABOUR))
    window.intake.save()
    assert window.count_label.text() == "案件 1 件"


def test_saving_a_case_refreshes_other_views_when_next_shown(qtbot, window: MainWindow) -> None:
    window.show_view("ledger")
    assert window.ledger.model.rowCount() == 0
    window.show_view("intake")
    window.intake.applicant.name.setText("周八")
    window.intake.dispute_type.setCurrentIndex(window.intake.dispute_type.findData(DisputeType.CONSUMER))
    window.intake.save()
    window.show_view("ledger")
    assert window.ledger.model.rowCount() == 1
    window.show_view("dashboard")
    assert window.dashboard.total_card.value.text() == "1"


def test_geometry_and_last_view_are_restored_by_a_second_window(qtbot, ctx, runner, app_settings) -> None:
    first = build_main_window(ctx, runner, app_settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 540)  # inside the offscreen screen (800×600), or restoring clamps it
    first.move(QPoint(40, 30))
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.show_view("statistics")
    first.close()
    second = build_main_window(ctx, runner, app_settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.current_view_name() == "statistics"
    assert second.navigation.currentRow() == VIEW_NAMES.index("statistics")


def test_first_start_opens_the_dashboard_at_the_default_size(window: MainWindow) -> None:
    assert window.current_view_name() == "dashboard"
    assert (window.width(), window.height()) == (1280, 800)


def test_about_names_the_version(window: MainWindow) -> None:
    from mediation_app import __version__

    assert window.about_text().startswith(f"调解工作台 {__version__}\n")


def test_window_is_shown_before_the_database_opens_then_filled(qtbot, ctx, runner, app_settings, new_case) -> None:
    """Start-up shows the shell at once; the choice made meanwhile is honoured when the views arrive."""
    new_case("赵堃", accept=True)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.attached
    assert window.stack.currentWidget() is window.placeholder
    assert window.placeholder.text() == "正在打开数据库……"
    window.refresh()  # F5 before the database is open does nothing, and does not fail
    click_nav(qtbot, window, VIEW_NAMES.index("ledger"))
    window.attach(ctx, runner)
    assert window.attached
    assert window.current_view_name() == "ledger"
    assert window.stack.currentWidget() is window.ledger
    assert window.ledger.model.rowCount() == 1
    assert window.count_label.text() == "案件 1 件"
    assert [a.shortcut().toString() for a in window.view_actions] == [f"Ctrl+{i}" for i in range(1, 8)]


def test_a_change_made_in_a_case_window_reloads_the_ledger_on_screen_in_place(qtbot, window: MainWindow, ctx) -> None:
    refs = [make_case(ctx, f"客{n:03d}", received_at=datetime(2026, 1, 1) + timedelta(hours=n)) for n in range(230)]
    window.show_view("ledger")
    ledger, model = window.ledger, window.ledger.model
    ledger.table.scrollToBottom()  # the second page comes in, as it does for a user scrolling down
    qtbot.waitUntil(lambda: model.rowCount() == 230)
    position = 215
    target = model.row_at(position).case_id
    ledger.table.selectRow(position)
    ledger.table.scrollTo(model.index(position, 0))
    scroll = ledger.table.verticalScrollBar().value()
    assert scroll > 0 and model.index(position, model.column_index("status")).data() == "已登记"

    accept_case(ctx, target)  # saved in the case's own window …
    window.case_windows.changed.emit(target)  # … which tells the main window
    status = model.column_index("status")
    assert model.rowCount() == 230 and model.index(position, status).data() == "已受理"  # no F5 needed
    assert ledger.selected_row() is not None and ledger.selected_row().case_id == target  # type: ignore[union-attr]
    assert ledger.table.verticalScrollBar().value() == scroll

    gone = refs[-1].case_id  # a filter hides the selected case: nothing is selected, nothing fails
    ledger.table.selectRow(0)
    assert ledger.selected_row().case_id == gone  # type: ignore[union-attr]
    replace_text(qtbot, ledger.search, "客001")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    accept_case(ctx, refs[1].case_id)
    window.case_windows.changed.emit(refs[1].case_id)
    assert model.rowCount() == 1 and model.index(0, status).data() == "已受理"


def test_a_change_made_elsewhere_reloads_the_dashboard_on_screen(qtbot, window: MainWindow, ctx) -> None:
    first = make_case(ctx, "郑一")
    window.show_view("dashboard")
    window.refresh()  # F5: the case was registered after the window opened
    assert window.dashboard.total_card.value.text() == "1"
    window.dashboard.recent.selectRow(0)
    second = make_case(ctx, "郑二")
    window.case_windows.changed.emit(second.case_id)
    assert window.dashboard.total_card.value.text() == "2"
    [chosen] = window.dashboard.recent.selectionModel().selectedRows()
    assert chosen.data(IdRole) == first.case_id  # still the case that was selected, now on the second line
    assert chosen.row() == 1


def test_file_menu_opens_the_import_wizard_and_an_import_reloads_the_ledger(qtbot, window: MainWindow, ctx) -> None:
    from pathlib import Path

    from mediation_app.gui.dialogs.import_wizard import ImportWizard
    from mediation_app.services.ledger_import import import_ledger

    window.show_view("ledger")
    assert window.ledger.model.rowCount() == 0 and window.import_action.text() == "导入 Excel 台账(&I)…"
    window.import_action.trigger()
    wizard = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
    sample = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"
    result = import_ledger(ctx, sample)  # what the wizard's last page does, off the GUI thread
    wizard.imported.emit(result)
    assert window.ledger.model.rowCount() == 30  # no F5 needed
    assert window.ledger.total_label.text() == "共 30 件"
