"""The ledger's filter panel, remembered filters, and export: driven through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerFilter, LedgerSort
from mediation_app.domain.vocabulary import CaseStatus, DisputeType
from mediation_app.gui.models.ledger_table_model import CaseIdRole, LedgerRowRole
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.ledger_view import LedgerView
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo

from .typing_helpers import type_text

TODAY = date(2026, 11, 1)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    context = open_context(tmp_path_factory.mktemp("ledger-filters") / "demo.sqlite3")
    generate_demo(context, 400, seed=9, today=TODAY)
    yield context
    context.db.dispose()


def make_view(qtbot, ctx: ServiceContext, settings: AppSettings, runner=None) -> LedgerView:  # type: ignore[no-untyped-def]
    view = LedgerView(ctx, runner or SyncRunner(), settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    view.activateWindow()  # shortcuts answer only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def ids(view: LedgerView) -> list[int]:
    view.model.fetch_all()
    return [view.model.index(r, 0).data(CaseIdRole) for r in range(view.model.rowCount())]


def expected_ids(ctx: ServiceContext, flt: LedgerFilter) -> list[int]:
    return [r.case_id for r in ledger.ledger_page(ctx, flt, LedgerSort(), None, 10_000)]


def test_the_panel_opens_by_keyboard_and_every_filter_narrows_in_sql(qtbot, demo_ctx, app_settings) -> None:
    view = make_view(qtbot, demo_ctx, app_settings)
    assert not view.filter_panel.isVisible()
    qtbot.keyClick(view.search, Qt.Key.Key_F, CTRL_SHIFT)
    assert view.filter_panel.isVisible() and view.filter_panel.date_from.hasFocus()
    panel = view.filter_panel
    assert panel.mediator.count() > 3 and panel.community.count() > 3  # offered from the data
    panel.mediator.setCurrentIndex(1)
    panel.date_from.setDate(QDate(2025, 1, 1))
    panel.agreement.setCurrentIndex(panel.agreement.findData(True))
    flt = LedgerFilter(received_from=date(2025, 1, 1), mediator=panel.mediator.currentText(), has_agreement=True)
    assert view.current_filter() == flt
    expected = expected_ids(demo_ctx, flt)
    assert expected and ids(view) == expected
    assert view.total_label.text() == f"共 {len(expected)} 件"
    assert view.filter_action.text() == "筛选 (3)"


def test_overdue_counts_from_the_windows_day_and_community_narrows_the_grids(qtbot, demo_ctx, app_settings) -> None:
    view = make_view(qtbot, demo_ctx, app_settings)
    panel = view.filter_panel
    panel.overdue.setChecked(True)
    overdue = expected_ids(demo_ctx, LedgerFilter(overdue_on=TODAY))
    assert overdue and ids(view) == overdue
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert all(r.due_date is not None and r.due_date < TODAY for r in rows)
    panel.overdue.setChecked(False)
    panel.community.setCurrentIndex(1)
    community = panel.community.currentText()
    grids = [panel.grid.itemText(i) for i in range(1, panel.grid.count())]
    assert grids and grids == sorted(grids)
    panel.grid.setCurrentIndex(1)
    flt = LedgerFilter(community=community, grid=grids[0])
    assert ids(view) == expected_ids(demo_ctx, flt) != []


def test_clear_filters_reloads_once_and_shows_every_case(qtbot, demo_ctx, app_settings) -> None:
    runner = SyncRunner()
    view = make_view(qtbot, demo_ctx, app_settings, runner)
    view.filter_action.trigger()
    view.status_filter.set_member(CaseStatus.MEDIATING)
    view.type_filter.set_member(DisputeType.NEIGHBOUR)
    assert view.model.total is not None and view.model.total < 400
    before = runner.calls.count("ledger_page")
    qtbot.mouseClick(view.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    assert runner.calls.count("ledger_page") == before + 1
    assert view.model.total == 400 and view.current_filter() == LedgerFilter()
    assert view.filter_action.text() == "筛选"


def test_filters_and_the_open_panel_are_remembered_across_restarts(qtbot, demo_ctx, app_settings) -> None:
    first = make_view(qtbot, demo_ctx, app_settings)
    first.filter_action.trigger()
    first.filter_panel.community.setCurrentIndex(2)
    first.filter_panel.date_to.setDate(QDate(2026, 6, 30))
    first.filter_panel.overdue.setChecked(True)
    first.status_filter.set_member(CaseStatus.MEDIATING)
    wanted = first.current_filter()
    first.close()
    second = make_view(qtbot, demo_ctx, app_settings)
    assert second.filter_panel.isVisible() and second.filter_action.isChecked()
    assert second.current_filter() == wanted and second.model.ledger_filter == wanted
    assert second.filter_panel.community.currentText() == wanted.community
    assert second.filter_action.text() == "筛选 (4)"


def test_export_shows_progress_writes_the_filtered_ledger_and_says_so(qtbot, demo_ctx, app_settings, tmp_path) -> None:
    view = make_view(qtbot, demo_ctx, app_settings)
    view.status_filter.set_member(CaseStatus.SUCCEEDED)
    out = tmp_path / "成功.xlsx"
    view.export.choose_path = lambda: str(out)
    seen: list[tuple[int, int]] = []
    view.export.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    total = ledger.count_cases(demo_ctx, view.current_filter())
    assert seen[-1] == (total, total) and not view.export.running
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row - 3 == total and {ws.cell(r, 11).value for r in range(4, ws.max_row + 1)} == {"调解成功"}
    assert view.message.isVisible() and view.message.text() == f"已导出 {total} 件案件：{out}"


def test_export_can_be_cancelled_and_a_failure_is_told_in_chinese(qtbot, demo_ctx, app_settings, tmp_path) -> None:
    view = make_view(qtbot, demo_ctx, app_settings)
    out = tmp_path / "all.xlsx"
    view.export.choose_path = lambda: str(out)

    def press_cancel(*_progress: int) -> None:  # the user presses 取消 while the first page is written
        dialog = view.export.dialog
        assert dialog is not None
        dialog.show()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    view.export.progressed.connect(press_cancel)
    view.export_action.trigger()
    assert view.message.text() == "导出已取消，未生成文件。" and list(tmp_path.iterdir()) == []
    view.export.progressed.disconnect()
    view.export.choose_path = lambda: str(tmp_path / "no-such-folder" / "a.pdf")
    view.export_action.trigger()
    assert view.message.text().startswith("无法写入") and view.message.property("kind") == "error"


def test_filter_search_open_and_export_off_the_gui_thread(qtbot, demo_ctx, app_settings, tmp_path) -> None:
    runner = ThreadRunner()
    view = make_view(qtbot, demo_ctx, app_settings, runner)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.filter_panel.mediator.count() > 1, timeout=10_000)
    view.filter_panel.agreement.setCurrentIndex(view.filter_panel.agreement.findData(True))
    target = ledger.ledger_page(demo_ctx, LedgerFilter(has_agreement=True), LedgerSort(), None, 50)[-1]
    type_text(qtbot, view.search, target.applicants)
    qtbot.waitUntil(
        lambda: view.model.ledger_filter.text == target.applicants and not view.model.loading, timeout=10_000
    )
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1, timeout=10_000)
    rows = [view.model.index(r, 0).data(LedgerRowRole) for r in range(view.model.rowCount())]
    assert target in rows
    view.table.setFocus()
    view.table.selectRow(rows.index(target))
    with qtbot.waitSignal(view.case_activated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [target.case_id]
    out = tmp_path / "台账.pdf"
    view.export.choose_path = lambda: str(out)
    view.export_action.trigger()
    qtbot.waitUntil(lambda: not view.export.running and view.message.isVisible(), timeout=20_000)
    assert out.exists() and view.message.text().endswith(str(out))
    assert runner.wait_idle()
    assert not view.model.canFetchMore(QModelIndex()) or view.model.rowCount() >= 1


def test_an_empty_date_opens_its_calendar_on_this_month(qtbot, demo_ctx, app_settings) -> None:
    view = make_view(qtbot, demo_ctx, app_settings)
    edit = view.filter_panel.date_from
    view.filter_action.trigger()
    calendar = edit.calendarWidget()
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down arrow opens the popup
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    edit.setDate(QDate(2025, 3, 5))
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # a chosen date opens on its own month
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 3)
