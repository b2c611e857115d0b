"""A legacy Excel 工作台账 of any size, laid out like the office's own (for the import benchmark and tests).

Like the shared sample: a merged title row, the usual headers, dates as Excel dates and as text in three ways,
full-width digits in some amounts, a blank row every so often; about 90 % 调解成功, 7 % 调解不成, 3 % 调解中.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

HEADERS = (
    "序号", "案号", "受理日期", "申请人", "被申请人", "纠纷类型", "纠纷简要情况",
    "调解员", "调解结果", "协议金额（元）", "结案日期", "所属社区", "备注",
)  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅海燕子涵晓东"
_ORGANISATIONS = (
    "宏达建筑劳务有限公司",
    "顺通汽车维修部",
    "惠民超市",
    "金鼎房地产开发有限公司",
    "安居物业服务有限公司",
)
_TYPES = (
    "婚姻家庭纠纷", "邻里纠纷", "房屋宅基地纠纷", "合同纠纷", "损害赔偿纠纷", "劳动争议",
    "消费纠纷", "医疗纠纷", "道路交通事故纠纷", "物业纠纷", "民间借贷纠纷",
)  # fmt: skip
_FACTS = (
    "电动车碰撞致一人轻微受伤，就医疗费赔偿发生争议。",
    "物业费收取标准争议，业主拒缴物业费。",
    "宅基地界址争议，双方各执一词。",
    "拖欠三个月工资，协商未果。",
    "楼上漏水导致楼下天花板受损，双方就赔偿数额发生争执。",
)
_MEDIATORS = ("李红梅", "张建民", "陈志刚", "王警官", "赵律师")
_COMMUNITIES = ("城南社区", "望江社区", "九华社区", "友谊社区", "曙光社区", "汇景社区", "创景社区", "银河社区")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def _date_cell(rng: random.Random, day: date) -> object:
    style = rng.randrange(4)
    if style == 0:
        return datetime(day.year, day.month, day.day)
    return (
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y}年{day.month}月{day.day}日",
    )[style - 1]


def _result(rng: random.Random) -> str:
    roll = rng.random()
    return "调解成功" if roll < 0.90 else "调解不成" if roll < 0.97 else "调解中"


def _row(rng: random.Random, index: int, received: date) -> list[object]:
    result = _result(rng)
    closed = received + timedelta(days=rng.randrange(1, 30))
    amount: object = rng.choice((0, 800, 1200, 3500, 5000, 12000, 26800))
    if rng.random() < 0.15:
        amount = str(amount).translate(_FULLWIDTH)
    respondent = rng.choice(_ORGANISATIONS) if rng.random() < 0.2 else _name(rng)
    return [
        index,
        f"（{received.year}）某街联调字第{index:04d}号",
        _date_cell(rng, received),
        _name(rng),
        respondent,
        rng.choice(_TYPES),
        rng.choice(_FACTS),
        rng.choice(_MEDIATORS),
        result,
        amount,
        None if result == "调解中" else _date_cell(rng, closed),
        rng.choice(_COMMUNITIES),
        None,
    ]


def write_legacy_ledger(path: str | Path, rows: int, *, seed: int = 1, year: int = 2024) -> Path:
    """Write ``rows`` cases of one year's ledger to ``path`` (.xlsx) and return the path."""
    import openpyxl

    rng = random.Random(seed)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"{year}年台账"
    sheet.append([f"××街道警民联调室矛盾纠纷调解工作台账（{year}年）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(list(HEADERS))
    start = date(year, 1, 2)
    for index in range(1, rows + 1):
        received = start + timedelta(days=(index - 1) * 330 // max(rows, 1))
        sheet.append(_row(rng, index, received))
        if index % 50 == 0:
            sheet.append([])
    workbook.save(path)
    return Path(path)


def write_sheet(
    path: str | Path, rows: list[list[object]], *, headers: tuple[str, ...] = HEADERS, titles: int = 1
) -> Path:
    """A small ledger for tests: ``titles`` title rows (the first merged across), the header, then ``rows``."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "台账"
    for index in range(titles):
        sheet.append([f"××街道警民联调室工作台账（标题第{index + 1}行）"])
    if titles:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return Path(path)


def sample_row(index: int, **changes: object) -> list[object]:
    """One good row in the layout of ``HEADERS``; ``changes`` replace cells by header (e.g. 调解结果="不清楚")."""
    row: list[object] = [
        index,
        f"（2024）某街联调字第{index:04d}号",
        f"2024.3.{index}",
        f"申请人{index}",
        f"被申请人{index}",
        "邻里纠纷",
        "因停车位发生口角。",
        "李红梅",
        "调解成功",
        1000,
        f"2024/4/{index}",
        "城南社区",
        None,
    ]
    for header, value in changes.items():
        row[HEADERS.index(header)] = value
    return row


def bench_import(rows: int = 10_000) -> dict[str, float]:
    """Write a ledger of ``rows`` cases and time its import into a fresh database (seconds)."""
    import tempfile
    import time

    from mediation_app.app import open_context
    from mediation_app.services.ledger_import import import_ledger

    with tempfile.TemporaryDirectory() as folder:
        ledger = write_legacy_ledger(Path(folder) / "ledger.xlsx", rows)
        ctx = open_context(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        result = import_ledger(ctx, ledger, today=date(2026, 11, 21))
        seconds = time.perf_counter() - started
        ctx.db.dispose()
    assert result.created == rows
    return {"import_rows": rows, "import_s": round(seconds, 2)}


if __name__ == "__main__":
    print(bench_import())
