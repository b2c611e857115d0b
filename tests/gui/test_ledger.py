"""The ledger: model contract, paging by 200, sorting in SQL by header click, search and filters, columns."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QIcon

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerCursor, LedgerFilter, LedgerRow, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, RiskLevel
from mediation_app.gui.models.ledger_columns import case_id, ledger_columns
from mediation_app.gui.models.ledger_table_model import CaseIdRole, LedgerRowRole, LedgerTableModel
from mediation_app.gui.models.row_table_model import RowTableModel, SortKeyRole
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.ledger_view import LedgerView
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext

from .factories import make_case
from .typing_helpers import type_text

BIG = 450
COMMUNITIES = ("东园社区", "西湖社区", "南苑社区", "")
NAMES = ("张", "王", "李", "赵", "刘", "陈")


@pytest.fixture(scope="module")
def big_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """450 varied cases (every 7th accepted, so it has a number); read-only for the tests below."""
    context = open_context(tmp_path_factory.mktemp("big") / "big.sqlite3")
    rng = random.Random(7)
    start = datetime(2025, 1, 1, 9, 0)
    for n in range(BIG):
        ref = make_case(
            context,
            f"{rng.choice(NAMES)}{n:03d}",
            dispute_type=rng.choice(list(DisputeType)),
            risk=rng.choice(list(RiskLevel)),
            community=rng.choice(COMMUNITIES),
            received_at=start + timedelta(hours=rng.randrange(0, 24 * 300)),
            accept=n % 7 == 0,
        )
        assert ref.case_id == n + 1
    yield context
    context.db.dispose()


def all_rows(ctx: ServiceContext, flt: LedgerFilter = LedgerFilter()) -> list[LedgerRow]:  # noqa: B008
    return ledger.ledger_page(ctx, flt, LedgerSort(), None, 10_000)


def model_ids(model: LedgerTableModel) -> list[int]:
    return [model.index(row, 0).data(CaseIdRole) for row in range(model.rowCount())]


@pytest.fixture
def ledger_view(qtbot, big_ctx: ServiceContext, app_settings: AppSettings) -> LedgerView:  # type: ignore[no-untyped-def]
    view = LedgerView(big_ctx, SyncRunner(), app_settings)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def test_model_passes_the_qt_model_tester(qtmodeltester, big_ctx: ServiceContext) -> None:
    model = LedgerTableModel(big_ctx, SyncRunner())
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 200


def test_pages_of_200_load_progressively_and_stop_at_the_end(big_ctx: ServiceContext) -> None:
    runner = SyncRunner()
    model = LedgerTableModel(big_ctx, runner)
    model.reload()
    assert model.rowCount() == 200
    assert model.total == BIG
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BIG
    assert not model.canFetchMore(QModelIndex())
    assert runner.calls.count("ledger_page") == 3
    assert model_ids(model) == [row.case_id for row in all_rows(big_ctx)]


def test_scrolling_the_table_to_the_bottom_fetches_the_next_page(qtbot, ledger_view: LedgerView) -> None:
    model = ledger_view.model
    assert model.rowCount() == 200
    ledger_view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    assert ledger_view.total_label.text() == f"共 {BIG} 件"


def python_sort_value(row: LedgerRow, key: LedgerSortKey) -> object:
    """What the database orders by, computed in Python: the brute-force reference."""
    return {
        LedgerSortKey.RECEIVED: row.received_at,
        LedgerSortKey.NUMBER: row.number or "",
        LedgerSortKey.STATUS: list(CaseStatus).index(row.status),  # workflow order, not the code
        LedgerSortKey.RISK: row.risk.rank,  # red first: by seriousness, not alphabetically
        LedgerSortKey.DUE: row.due_date or date(9999, 12, 31),
        LedgerSortKey.DISPUTE_TYPE: row.dispute_type.value,
        LedgerSortKey.COMMUNITY: row.community,
    }[key]


def click_header(qtbot, view: LedgerView, column: int) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    view.table.scrollTo(view.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.mark.parametrize("name", ["number", "received", "dispute_type", "status", "risk", "due", "community"])
def test_header_click_sorts_in_sql_like_a_brute_force_sort(qtbot, ledger_view: LedgerView, big_ctx, name) -> None:
    model = ledger_view.model
    column = model.column_index(name)
    key = model.headerData(column, Qt.Orientation.Horizontal, SortKeyRole)
    everything = all_rows(big_ctx)
    for _ in range(2):  # the first click sorts one way, the second the other
        click_header(qtbot, ledger_view, column)
        assert model.ledger_sort.key == key
        assert model.rowCount() == 200  # a sort starts again at the first page
        model.fetch_all()
        descending = model.ledger_sort.descending
        expected = sorted(everything, key=lambda r: (python_sort_value(r, key), r.case_id), reverse=descending)
        assert model_ids(model) == [r.case_id for r in expected]


def test_columns_without_a_sort_key_are_not_sortable(qtbot, ledger_view: LedgerView) -> None:
    model = ledger_view.model
    before = (model.ledger_sort, model_ids(model))
    title = model.column_index("title")
    assert model.headerData(title, Qt.Orientation.Horizontal, SortKeyRole) is None
    click_header(qtbot, ledger_view, title)
    assert (model.ledger_sort, model_ids(model)) == before
    assert ledger_view.table.horizontalHeader().sortIndicatorSection() == model.column_index("received")


def test_search_box_filters_after_a_pause(qtbot, ledger_view: LedgerView, big_ctx) -> None:
    target = all_rows(big_ctx)[123]
    type_text(qtbot, ledger_view.search, target.applicants)
    assert ledger_view.model.rowCount() == 200  # not yet: the search waits for the typing to stop
    qtbot.waitUntil(lambda: ledger_view.model.rowCount() == 1)
    assert ledger_view.model.index(0, 0).data(LedgerRowRole) == target
    assert ledger_view.total_label.text() == "共 1 件"


def test_status_and_dispute_type_filters(ledger_view: LedgerView, big_ctx) -> None:
    everything = all_rows(big_ctx)
    ledger_view.status_filter.set_member(CaseStatus.ACCEPTED)
    accepted = [r.case_id for r in everything if r.status is CaseStatus.ACCEPTED]
    assert len(accepted) == len(range(0, BIG, 7))
    assert model_ids(ledger_view.model) == accepted
    ledger_view.type_filter.set_member(DisputeType.NEIGHBOUR)
    both = [
        r.case_id for r in everything if r.status is CaseStatus.ACCEPTED and r.dispute_type is DisputeType.NEIGHBOUR
    ]
    assert model_ids(ledger_view.model) == both
    assert ledger_view.total_label.text() == f"共 {len(both)} 件"
    assert ledger_view.status_filter.currentText() == "已受理"


def _row(**changes: object) -> LedgerRow:
    base = dict(
        case_id=1,
        number="（2026）某街联调字第0001号",
        received_at=datetime(2026, 3, 1, 9, 30),
        title="张三邻里纠纷",
        applicants="张三",
        respondents="李四",
        dispute_type=DisputeType.NEIGHBOUR,
        channel=Channel.WALK_IN,
        route=None,
        status=CaseStatus.ACCEPTED,
        risk=RiskLevel.RED,
        due_date=date.today() - timedelta(days=1),
        closed_at=None,
        community="东园社区",
        mediators="",
        amount_fen=123456,
        cursor=LedgerCursor(None, 1),
    )
    base.update(changes)
    return LedgerRow(**base)  # type: ignore[arg-type]


def test_risk_dot_overdue_red_and_named_roles() -> None:
    overdue, on_time, closed = (
        _row(),
        _row(case_id=2, due_date=date.today() + timedelta(days=3)),
        _row(case_id=3, status=CaseStatus.SUCCEEDED),
    )
    model = RowTableModel(ledger_columns(), case_id, [overdue, on_time, closed])
    risk, due = model.column_index("risk"), model.column_index("due")
    icon = model.index(0, risk).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert icon.pixmap(12, 12).toImage().pixelColor(6, 6) == QColor("#C62828")
    assert model.index(0, risk).data() == "红"
    assert model.index(0, due).data(Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")
    assert model.index(0, due).data(Qt.ItemDataRole.ToolTipRole) == "已逾期"
    assert model.index(1, due).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, due).data(Qt.ItemDataRole.ForegroundRole) is None  # concluded: no longer late
    assert model.index(1, 0).data(CaseIdRole) == 2
    assert model.index(0, model.column_index("amount")).data() == "1,234.56"


def test_overdue_is_counted_from_the_windows_day_and_a_late_referral_is_named() -> None:
    due = date(2026, 3, 10)
    accepted, diverted = _row(due_date=due), _row(case_id=2, status=CaseStatus.DIVERTED, due_date=due)
    day = [due]  # the window's day, as MainWindow.current_day gives it
    model = RowTableModel(ledger_columns(lambda: day[0]), case_id, [accepted, diverted])
    cell = model.column_index("due")

    def marks() -> list[object]:
        return [model.index(r, cell).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]

    assert marks() == [None, None]  # due today: not late, whatever the real date is
    assert model.index(0, cell).data(Qt.ItemDataRole.ForegroundRole) is None
    day[0] = due + timedelta(days=1)
    assert marks() == ["已逾期", "分流反馈逾期"]
    assert model.index(1, cell).data(Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")


def test_id_numbers_appear_in_the_ledger_only_masked(ctx, new_case, runner) -> None:
    new_case("钱九", id_number="11010519491231002X")
    model = LedgerTableModel(ctx, runner)
    model.reload()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)
    cells = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in roles
    ]
    assert any("钱九" in cell for cell in cells)
    assert not any("19491231" in cell for cell in cells)  # the full number (and its birth date) never shows
    assert model.index(0, model.column_index("applicant_id")).data() == "110105********002X"
    assert "11010519491231002X" not in repr(model.row_at(0))


def test_column_widths_and_visibility_are_remembered(qtbot, big_ctx, app_settings) -> None:
    first = LedgerView(big_ctx, SyncRunner(), app_settings)
    qtbot.addWidget(first)
    title, mediators = first.model.column_index("title"), first.model.column_index("mediators")
    first.table.horizontalHeader().resizeSection(title, 333)
    first.set_column_visible("mediators", False)
    second = LedgerView(big_ctx, SyncRunner(), app_settings)
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(title) == 333
    assert second.table.isColumnHidden(mediators)
    assert not second.table.isColumnHidden(title)


def test_thread_runner_loads_pages_off_the_gui_thread(qtbot, big_ctx) -> None:
    runner = ThreadRunner()
    model = LedgerTableModel(big_ctx, runner)
    with qtbot.waitSignal(model.total_changed, timeout=10_000) as total:
        model.reload()
    assert total.args == [BIG]
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=10_000)
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page at a time
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10_000)
    assert runner.wait_idle()


def test_a_reload_in_place_brings_back_every_loaded_row_in_one_query_off_the_gui_thread(
    qtbot, big_ctx, app_settings
) -> None:
    runner = ThreadRunner()
    view = LedgerView(big_ctx, runner, app_settings)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=10_000)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 400 and not model.loading, timeout=10_000)
    wanted = model.row_at(321).case_id
    view.table.selectRow(321)
    view.table.scrollTo(model.index(321, 0))
    scroll = view.table.verticalScrollBar().value()
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        view.reload_in_place()
    assert model.rowCount() == 400 and model.canFetchMore(QModelIndex())  # the last 50 still come on demand
    assert view.selected_row() is not None and view.selected_row().case_id == wanted  # type: ignore[union-attr]
    assert view.table.verticalScrollBar().value() == scroll
    assert runner.wait_idle()
