"""文书字号 in 设置: each numbered paper series with its default as the placeholder; the office's own 字号 saved
all together, a bad one refused with its reason and nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediation_app.gui.views.series_prefixes import SeriesPrefixesBox
from mediation_app.gui.views.settings_view import SettingsView
from mediation_app.services.office import paper_prefixes, set_paper_prefixes

from .typing_helpers import replace_text, type_text

SERIES = ("agreement", "diversion", "not_accepted", "entrust", "termination", "file")


@pytest.fixture
def settings_view(qtbot, ctx, runner, app_settings) -> SettingsView:  # type: ignore[no-untyped-def]
    view = SettingsView(ctx, runner, app_settings, lambda: date(2026, 3, 20))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def own(ctx) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {prefix.series: prefix.own for prefix in paper_prefixes(ctx)}


def test_each_series_shows_its_title_and_default(settings_view: SettingsView) -> None:
    box = settings_view.prefixes
    assert box.title() == "文书字号"
    assert tuple(box.edits) == SERIES
    assert [box.edits[s].placeholderText() for s in SERIES] == [
        "某街调协字",
        "某街分字",
        "某街不受字",
        "某街委调字",
        "某街终调字",
        "某街人调字",
    ]
    assert all(box.edits[s].text() == "" for s in SERIES)
    assert box.examples["agreement"].text() == "例：（2026）某街调协字第0001号"
    titles = [box.grid.itemAtPosition(row, 0).widget().text() for row in range(len(SERIES))]
    assert titles == ["人民调解协议书", "案件分流告知书", "不予受理告知书", "委托调解函", "终止调解告知书", "卷宗"]


def test_the_offices_own_prefix_is_saved_and_empty_goes_back_to_the_default(qtbot, settings_view, ctx) -> None:
    box: SeriesPrefixesBox = settings_view.prefixes
    type_text(qtbot, box.edits["agreement"], "青山调协字")
    assert box.examples["agreement"].text() == "例：（2026）青山调协字第0001号"
    assert box.dirty
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert own(ctx)["agreement"] == "青山调协字"
    assert box.notice.text() == "已保存。"
    assert not box.dirty
    replace_text(qtbot, box.edits["agreement"], "")
    type_text(qtbot, box.edits["entrust"], "青山委字")
    qtbot.keyClick(box.edits["entrust"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S in 设置
    assert own(ctx) == {s: ("青山委字" if s == "entrust" else "") for s in SERIES}
    assert box.examples["agreement"].text() == "例：（2026）某街调协字第0001号"


def test_a_bad_prefix_is_refused_with_its_reason_and_nothing_is_saved(qtbot, settings_view, ctx) -> None:
    set_paper_prefixes(ctx, {"diversion": "青山分字"})
    settings_view.prefixes.load()
    box: SeriesPrefixesBox = settings_view.prefixes
    assert box.edits["diversion"].text() == "青山分字"
    type_text(qtbot, box.edits["agreement"], "青山调协字")
    replace_text(qtbot, box.edits["diversion"], "青山(2)分字")
    reason = "字号不能为空，也不能含括号、数字或空格（如：某街调协字）。"
    assert box.errors["diversion"].text() == reason
    assert box.errors["agreement"].text() == ""
    assert box.examples["diversion"].text() == ""
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.notice.text() == "请先改正标红的字号；本次未保存任何修改。"
    assert box.notice.property("kind") == "error"
    assert box.edits["diversion"].hasFocus()
    assert own(ctx)["agreement"] == "" and own(ctx)["diversion"] == "青山分字"
    assert box.edits["agreement"].text() == "青山调协字"  # the typing stays
    settings_view.refresh()  # e.g. F5 while editing: not thrown away
    assert box.edits["diversion"].text() == "青山(2)分字"


def test_a_refusal_from_the_service_is_shown_and_the_typing_kept(qtbot, settings_view, ctx) -> None:
    """The service checks too (another desk, or a check the form does not know): all or nothing."""
    box: SeriesPrefixesBox = settings_view.prefixes
    type_text(qtbot, box.edits["agreement"], "青山调协字")
    box.edits["file"].setText("人调 字")  # not typed: no check as you type
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.notice.text() == "字号不能为空，也不能含括号、数字或空格（如：某街调协字）。"
    assert own(ctx) == {s: "" for s in SERIES}
    assert box.edits["agreement"].text() == "青山调协字"


def test_saving_the_case_prefix_updates_the_defaults(qtbot, settings_view, ctx) -> None:
    replace_text(qtbot, settings_view.fields["case_prefix"], "青山联调字")
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    assert settings_view.prefixes.edits["agreement"].placeholderText() == "青山调协字"
