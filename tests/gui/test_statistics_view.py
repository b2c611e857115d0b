"""The 统计报表 view: the figures in the office's wording, breakdown tabs, both charts, periods, PDF and Excel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from mediation_app.domain.statistics import Dimension, Figures
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.statistics_view import Period, StatisticsView, period_range
from mediation_app.services.context import ServiceContext
from mediation_app.services.statistics import period_statistics
from tests.printing.pdf_tools import fonts, pdftotext, squash
from tests.services.test_statistics import build_march

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def shown(qtbot, ctx: ServiceContext, runner) -> StatisticsView:  # type: ignore[no-untyped-def]
    view = StatisticsView(ctx, runner)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()  # the main window refreshes a view when it is shown
    return view


def choose_march(view: StatisticsView) -> None:
    view.period.setCurrentIndex(view.period.findData(Period.CUSTOM))
    view.start.setDate(QDate(2026, 3, 1))
    view.end.setDate(QDate(2026, 3, 31))


def card(view: StatisticsView, name: str) -> str:
    return view.cards[name].value.text()


def column(view: StatisticsView, dimension: Dimension | None, name: str) -> list[str]:
    model = view.month_model if dimension is None else view.breakdown_models[dimension]
    index = model.column_index(name)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_figures_in_the_offices_wording(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    build_march(ctx)
    view = shown(qtbot, ctx, runner)
    choose_march(view)
    assert view.date_range() == MARCH
    assert view.statistics == period_statistics(ctx, *MARCH)
    assert [card(view, n) for n in ("accepted", "succeeded", "failed", "in_progress")] == ["6", "3", "1", "1"]
    assert card(view, "received") == "7" and view.cards["received"].value.toolTip() == "其中不予受理 1 件"
    assert card(view, "rate") == "75.0%（上报 75%）"
    assert card(view, "closure") == "83.3%（上报 83%）"
    assert card(view, "satisfaction") == "66.7%（上报 67%）"
    assert card(view, "amount") == "5,120.00 元"
    assert [card(view, n) for n in ("written", "oral", "judicial", "levels")] == ["1", "1", "1 / 2", "2 / 1"]
    assert (card(view, "criminal"), card(view, "petition")) == ("1 件 / 3 人", "1 件 / 12 人")
    assert view.cards["rate"].title.text() == "成功率"
    assert "2026-03-01" in view.scope.text() and "每名调解员各计一次" in view.scope.text()


def test_breakdown_tabs_and_charts(qtbot, qtmodeltester, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    build_march(ctx)
    view = shown(qtbot, ctx, runner)
    choose_march(view)
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs[0] == "按纠纷类型" and tabs[-1] == "按月份" and len(tabs) == 7
    assert column(view, Dimension.DISPUTE_TYPE, "name") == ["邻里", "劳动争议", "其他"]
    assert column(view, Dimension.DISPUTE_TYPE, "rate") == ["100.0%", "0.0%", "—"]
    assert column(view, Dimension.ROUTE, "name")[-1] == "（未分流）"
    assert column(view, Dimension.MEDIATOR, "accepted") == ["2", "2", "2", "1"]
    assert column(view, Dimension.COMMUNITY, "name") == ["东湖社区", "西山社区", "（未填写）"]
    assert column(view, None, "name") == ["2026-03"]
    qtmodeltester.check(view.breakdown_models[Dimension.MEDIATOR])
    model = view.breakdown_models[Dimension.DISPUTE_TYPE]
    assert model.headerData(model.column_index("rate"), Qt.Orientation.Horizontal) == "成功率"
    assert view.type_chart.labels == ("邻里", "劳动争议", "其他")
    assert [s.values for s in view.type_chart.series] == [(3, 2, 1), (3, 0, 0)]
    assert [s.name for s in view.type_chart.series] == ["受理", "调解成功"]
    assert view.trend_chart.labels == ("2026-03",) and view.trend_chart.has_data()
    assert "邻里  3 / 3" in view.type_chart.toolTip()


def test_the_seed_figures_and_an_empty_period(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, ctx, runner)
    assert view.period.currentText() == "本月" and not view.start.isEnabled()
    assert card(view, "accepted") == "0" and card(view, "rate") == "—"  # no case: no rate, not 0 %
    assert view.cards["rate"].value.toolTip() == "尚无可计算该比率的案件。"
    assert not view.type_chart.has_data() and view.breakdown_models[Dimension.MEDIATOR].rowCount() == 0
    stats = view.statistics
    assert stats is not None
    seed = Figures(accepted=92, mediated_success=90, mediated_failure=2, closed=92)
    view.show_statistics(replace(stats, totals=seed))
    assert card(view, "rate") == "97.8%（上报 98%）"
    assert seed.success_rate == Fraction(90, 92)


def test_choosing_periods(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, ctx, runner)
    assert [view.period.itemText(i) for i in range(4)] == ["本月", "本季度", "本年", "自定义"]
    view.period.setFocus()
    qtbot.keyClick(view.period, Qt.Key.Key_Down)  # 本季度
    assert view.date_range() == period_range(Period.QUARTER, date.today())
    view.period.setCurrentIndex(view.period.findData(Period.YEAR))
    assert view.date_range() == period_range(Period.YEAR, date.today()) and not view.end.isEnabled()
    view.period.setCurrentIndex(view.period.findData(Period.CUSTOM))
    assert view.start.isEnabled() and view.end.isEnabled()
    view.end.setDate(QDate(2020, 1, 1))  # typed the wrong way round: the range is read in order
    assert view.date_range()[0] == date(2020, 1, 1)
    assert view.statistics is not None and view.statistics.start == date(2020, 1, 1)


def test_export_pdf_and_excel(qtbot, ctx, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_march(ctx)
    view = shown(qtbot, ctx, runner)
    choose_march(view)
    view.export_to("pdf", tmp_path / "march")  # the suffix is added
    pdf = (tmp_path / "march.pdf").read_bytes()
    assert view.notice.text() == f"已保存为 {tmp_path / 'march.pdf'}"
    text = squash(pdftotext(pdf))
    for expected in ("某街道警民联调室统计报表", "2026年3月1日至2026年3月31日", "75.0%（上报75%）", "按纠纷类型统计",
                     "月度趋势", "按调解员统计", "5,120.00元"):  # fmt: skip
        assert expected in text
    assert all(font["emb"] == "yes" for font in fonts(pdf))
    view.export_to("xlsx", tmp_path / "march.xlsx")
    book = load_workbook(tmp_path / "march.xlsx")
    assert book.sheetnames[:2] == ["汇总", "按纠纷类型"] and book.sheetnames[-1] == "月度趋势"
    sheet = book["按纠纷类型"]
    header = [cell.value for cell in sheet[3]]
    rate = header.index("成功率") + 1
    assert [sheet.cell(r, 1).value for r in (4, 5, 6)] == ["邻里", "劳动争议", "其他"]
    assert (sheet.cell(4, rate).value, sheet.cell(4, rate).number_format) == (1.0, "0.0%")
    assert sheet.cell(6, rate).value is None  # no outcome: no rate
    amount = header.index("协议涉及金额（元）") + 1
    assert sheet.cell(4, amount).value == 5120 and sheet.cell(4, amount).number_format == "#,##0.00"
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_export_says_why_and_leaves_nothing(qtbot, ctx, runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, ctx, runner)
    target = tmp_path / "missing-folder" / "report.xlsx"
    view.export_to("xlsx", target)
    assert view.notice.text().startswith("无法保存") and "未写入任何内容" in view.notice.text()
    assert view.export_xlsx_button.isEnabled() and not view.busy
    assert not target.parent.exists()


@pytest.mark.parametrize("kind", ["pdf"])
def test_with_the_real_thread_runner(qtbot, ctx, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    build_march(ctx)
    view = shown(qtbot, ctx, ThreadRunner())
    choose_march(view)
    qtbot.waitUntil(lambda: view.statistics is not None and view.statistics.start == MARCH[0], timeout=10_000)
    qtbot.waitUntil(lambda: card(view, "accepted") == "6", timeout=10_000)
    view.export_to(kind, tmp_path / f"report.{kind}")
    assert view.busy and not view.export_pdf_button.isEnabled()  # the export runs off the GUI thread
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert (tmp_path / f"report.{kind}").read_bytes().startswith(b"%PDF")
