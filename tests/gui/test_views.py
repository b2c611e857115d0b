"""Dashboard, statistics, meetings and settings views against real data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui import settings as keys
from mediation_app.gui.views.dashboard_view import DashboardView
from mediation_app.gui.views.meetings_view import MeetingsView
from mediation_app.gui.views.settings_view import SettingsView
from mediation_app.gui.views.statistics_view import Period, period_range
from mediation_app.services.dashboard import dashboard_summary
from mediation_app.services.meetings import MeetingRow
from mediation_app.services.office import get_office, update_office

from .typing_helpers import replace_text


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


# -- dashboard ------------------------------------------------------------------------------------------------
def test_dashboard_counts_match_the_database(qtbot, ctx, runner, new_case) -> None:
    new_case("甲", accept=True, risk=RiskLevel.RED)
    new_case("乙", accept=True, risk=RiskLevel.RED)
    new_case("丙", accept=True, risk=RiskLevel.BLUE)
    new_case("丁", risk=RiskLevel.ORANGE)  # registered only: not yet open
    new_case("戊", received_at=datetime.now() - timedelta(days=3))
    view = shown(qtbot, DashboardView(ctx, runner))
    cards = (view.total_card, view.open_card, view.overdue_card, view.today_card)
    assert [card.value.text() for card in cards] == ["5", "3", "0", "4"]
    assert [view.chips[level].count.text() for level in RiskLevel] == ["2", "0", "0", "1"]
    assert [view.chips[level].name.text() for level in RiskLevel] == ["红", "橙", "黄", "蓝"]
    assert view.recent_model.rowCount() == 5
    titles = [view.recent_model.index(r, view.recent_model.column_index("title")).data() for r in range(5)]
    assert titles == ["丁邻里纠纷", "丙邻里纠纷", "乙邻里纠纷", "甲邻里纠纷", "戊邻里纠纷"]  # newest first
    assert view.empty.isHidden()
    assert view.summary == dashboard_summary(ctx, date.today())


def test_overdue_count_turns_red_only_when_above_zero(qtbot, ctx, runner) -> None:
    view = shown(qtbot, DashboardView(ctx, runner))
    assert "C62828" not in view.overdue_card.value.styleSheet()
    assert view.empty.isVisible()
    view.show_summary(replace(dashboard_summary(ctx, date.today()), overdue_cases=2))
    assert view.overdue_card.value.text() == "2"
    assert "#C62828" in view.overdue_card.value.styleSheet()


# -- statistics -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (Period.MONTH, date(2024, 2, 10), (date(2024, 2, 1), date(2024, 2, 29))),
        (Period.QUARTER, date(2026, 5, 31), (date(2026, 4, 1), date(2026, 6, 30))),
        (Period.QUARTER, date(2026, 12, 1), (date(2026, 10, 1), date(2026, 12, 31))),
        (Period.YEAR, date(2026, 7, 1), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_period_ranges(period: Period, today: date, expected: tuple[date, date]) -> None:
    assert period_range(period, today) == expected


# The statistics view's figures, breakdowns, charts and exports: tests/gui/test_statistics_view.py.


# -- meetings -------------------------------------------------------------------------------------------------
def test_meetings_show_an_empty_state_then_a_table(qtbot, ctx, runner) -> None:
    view = shown(qtbot, MeetingsView(ctx, runner))
    assert view.pages.currentWidget() is view.empty
    assert view.empty.text() == "尚无联席会议记录"
    view.show_meetings([MeetingRow(1, datetime(2026, 3, 15, 9, 0), "街道办三楼会议室", "王主任", 4)])
    assert view.pages.currentWidget() is view.table
    assert [view.model.index(0, c).data() for c in range(4)] == ["2026-03-15 09:00", "街道办三楼会议室", "王主任", "4"]
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "议题数"


# -- settings -------------------------------------------------------------------------------------------------
@pytest.fixture
def settings_view(qtbot, ctx, runner, app_settings) -> SettingsView:  # type: ignore[no-untyped-def]
    return shown(qtbot, SettingsView(ctx, runner, app_settings))


def test_office_details_are_saved(qtbot, settings_view: SettingsView, ctx) -> None:
    assert settings_view.fields["name"].text() == "某街道警民联调室"
    replace_text(qtbot, settings_view.fields["address"], "青山路1号")
    replace_text(qtbot, settings_view.fields["phone"], "010-88886666")
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    office = get_office(ctx)
    assert (office.address, office.phone) == ("青山路1号", "010-88886666")
    assert settings_view.notice.text() == "已保存。"
    assert not settings_view.dirty


def test_a_stale_save_says_so_and_keeps_the_typed_input(qtbot, settings_view: SettingsView, ctx) -> None:
    other_desk = get_office(ctx)
    update_office(ctx, replace(other_desk, address="另一台电脑改的地址"))
    replace_text(qtbot, settings_view.fields["name"], "我刚输入的名称")
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert "（修改了：住址）" in settings_view.notice.text()  # whose change, when and what: from the audit trail
    assert settings_view.notice.property("kind") == "error"
    assert settings_view.fields["name"].text() == "我刚输入的名称"
    assert get_office(ctx).name == "某街道警民联调室"
    settings_view.refresh()  # e.g. F5 while editing: the typing is not thrown away
    assert settings_view.fields["name"].text() == "我刚输入的名称"
    qtbot.mouseClick(settings_view.reload_button, Qt.MouseButton.LeftButton)
    assert settings_view.fields["address"].text() == "另一台电脑改的地址"


def test_required_office_fields_and_phone_are_checked(qtbot, settings_view: SettingsView, ctx) -> None:
    replace_text(qtbot, settings_view.fields["phone"], "12")
    assert settings_view.phone_error.text() == "电话号码位数不足。"
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert settings_view.notice.text() == "电话号码位数不足。"
    replace_text(qtbot, settings_view.fields["phone"], "")
    replace_text(qtbot, settings_view.fields["case_prefix"], "")
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert settings_view.notice.text() == "请填写案号字号。"
    assert get_office(ctx).case_prefix == "某街联调字"


def test_language_choice_is_stored_for_the_next_start(qtbot, settings_view: SettingsView, app_settings) -> None:
    assert settings_view.language.currentData() == "zh_CN"
    settings_view.language.setCurrentIndex(settings_view.language.findData("en"))
    assert app_settings.get(keys.LANGUAGE) == "en"
    assert settings_view.language_note.text() == "重新启动程序后生效。"
