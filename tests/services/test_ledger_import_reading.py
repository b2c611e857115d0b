"""Reading the cells and headers of an office ledger: dates, amounts, result wordings, types, header synonyms."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.ledger_import import LedgerField, find_header_row, recognise_column
from mediation_app.domain.ledger_import_values import (
    CellError,
    LedgerResult,
    looks_like_organisation,
    parse_amount_cell,
    parse_channel,
    parse_date_cell,
    parse_dispute_type,
    parse_result,
    parse_risk,
    split_names,
)
from mediation_app.domain.vocabulary import Channel, DisputeType, RiskLevel

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2100, 12, 31)))
def test_every_written_form_of_a_date_reads_back(day: date) -> None:
    forms = [
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%Y-%m-%d}",
        f"{day.year}年{day.month}月{day.day}日".translate(_FULLWIDTH),
        datetime(day.year, day.month, day.day),
        (day - date(1899, 12, 30)).days,  # an Excel day number in a cell not formatted as a date
    ]
    assert {parse_date_cell(form) for form in forms} == {day}


@pytest.mark.parametrize("text", ["2024.2.30", "2024.13.1", "3月5日", "昨天", "12", "2024..5"])
def test_impossible_or_partial_dates_are_refused(text: str) -> None:
    with pytest.raises(CellError) as refused:
        parse_date_cell(text)
    assert refused.value.code == "import.date_bad"


@pytest.mark.parametrize(
    ("value", "fen"),
    [(12000, 1_200_000), (12000.5, 1_200_050), ("１２０００", 1_200_000), ("1,200元", 120_000), ("0.5万", 500_000),
     ("", None), ("—", None), ("无", None), (None, None)],
)  # fmt: skip
def test_amounts(value: object, fen: int | None) -> None:
    assert parse_amount_cell(value) == fen


@pytest.mark.parametrize("value", ["一千", "-5", "12.345", True])
def test_bad_amounts(value: object) -> None:
    with pytest.raises(CellError):
        parse_amount_cell(value)


@pytest.mark.parametrize(
    ("text", "result"),
    [("调解成功", LedgerResult.SUCCESS), ("成功", LedgerResult.SUCCESS), ("达成协议", LedgerResult.SUCCESS),
     ("已调解", LedgerResult.SUCCESS), ("已达成口头协议", LedgerResult.SUCCESS),
     ("调解不成", LedgerResult.FAILURE), ("不成功", LedgerResult.FAILURE), ("未达成", LedgerResult.FAILURE),
     ("终止", LedgerResult.FAILURE), ("调解终止", LedgerResult.FAILURE), ("未达成协议", LedgerResult.FAILURE),
     ("调解中", LedgerResult.IN_PROGRESS), ("在办", LedgerResult.IN_PROGRESS), ("", LedgerResult.IN_PROGRESS),
     (None, LedgerResult.IN_PROGRESS), ("正在调解", LedgerResult.IN_PROGRESS)],
)  # fmt: skip
def test_result_wordings(text: object, result: LedgerResult) -> None:
    assert parse_result(text) is result


def test_a_result_not_understood_is_an_error_not_a_guess() -> None:
    with pytest.raises(CellError) as refused:
        parse_result("移交法院")
    assert refused.value.code == "import.result_unknown"


def test_types_channels_colours_and_names() -> None:
    assert parse_dispute_type("损害赔偿纠纷") == (DisputeType.DAMAGES, "")
    assert parse_dispute_type("道路交通事故纠纷") == (DisputeType.TRAFFIC, "")
    assert parse_dispute_type("欠薪") == (DisputeType.LABOUR, "")
    assert parse_dispute_type("民间借贷纠纷") == (DisputeType.OTHER, "民间借贷纠纷")
    assert parse_channel("110转来") is Channel.POLICE and parse_channel("") is Channel.OTHER
    assert parse_risk("红色预警") is RiskLevel.RED and parse_risk("") is None
    assert split_names("张三、李四，王五;赵六 / 钱七") == ("张三", "李四", "王五", "赵六", "钱七")
    assert looks_like_organisation("顺通汽车维修部") and not looks_like_organisation("马娟")


@pytest.mark.parametrize(
    ("header", "field"),
    [("案号", LedgerField.NUMBER), ("编号", LedgerField.NUMBER), ("登记时间", LedgerField.RECEIVED),
     ("受理\n日期", LedgerField.RECEIVED), ("当事人（申请人）", LedgerField.APPLICANT),
     ("对方当事人", LedgerField.RESPONDENT), ("案由", LedgerField.DISPUTE_TYPE), ("处理结果", LedgerField.RESULT),
     ("协议金额（元）", LedgerField.AMOUNT), ("涉及金额(元)", LedgerField.AMOUNT), ("承办人", LedgerField.MEDIATOR),
     ("网格", LedgerField.GRID), ("所属社区：", LedgerField.COMMUNITY), ("申请人姓名", LedgerField.APPLICANT),
     ("序号", None), ("申请人联系电话", None)],
)  # fmt: skip
def test_header_synonyms(header: str, field: LedgerField | None) -> None:
    assert recognise_column(header) is field


def test_the_header_is_found_below_title_rows() -> None:
    rows = [
        ("××街道工作台账",) * 5,
        ("填报单位：××", None, None, None, "2024年"),
        (),
        ("序号", "受理日期", "申请人", "调解结果"),
    ]
    assert find_header_row(rows) == 3
    assert find_header_row(rows[:3]) is None
