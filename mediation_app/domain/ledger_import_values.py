"""Reading one cell of an office's Excel ledger: dates, amounts, results, types, sources, colours and names."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum

from mediation_app.domain.errors import DomainError
from mediation_app.domain.money import parse_amount
from mediation_app.domain.text import remove_spaces, to_halfwidth
from mediation_app.domain.vocabulary import AgreementKind, Channel, DisputeType, RiskLevel


class CellError(ValueError):
    """A cell that cannot be read; ``code`` (e.g. "import.date_bad") names the reason for the front ends."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class LedgerResult(Enum):
    """What the ledger says became of a case."""

    SUCCESS = "success"
    FAILURE = "failure"
    IN_PROGRESS = "in_progress"


# Excel counts days from 1899-12-30 (with its 1900 leap-year bug already folded in for dates after March 1900).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (20_000, 80_000)  # 1954 … 2119: a plain number outside this is not a date in a case ledger
_DATE_TEXT = re.compile(r"^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?(?:[ T]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EMPTY_MARKS = {"", "-", "—", "——", "/", "无", "／", "－"}
_NAME_SPLIT = re.compile(r"[、,，;；/／\s]+")


def cell_text(value: object) -> str:
    """The cell as trimmed text ("" for empty); whole floats lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d}" if value.time() == datetime.min.time() else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return str(value).strip()


def is_empty(value: object) -> bool:
    return remove_spaces(cell_text(value)) in _EMPTY_MARKS


def parse_date_cell(value: object) -> date | None:
    """A date from an Excel date, an Excel day number, or text such as 2024.3.5, 2024/3/5, 2024年3月5日."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value)
    text = remove_spaces(to_halfwidth(cell_text(value), keep="")).replace("：", ":")
    match = _DATE_TEXT.match(text) or _DATE_COMPACT.match(text)
    if match is None:
        if text.isdigit():
            return _from_serial(int(text))
        raise CellError("import.date_bad")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as error:
        raise CellError("import.date_bad") from error


def _from_serial(number: float) -> date:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        raise CellError("import.date_bad")
    return _EXCEL_EPOCH + timedelta(days=int(number))


def parse_amount_cell(value: object) -> int | None:
    """Fen from a number cell or text like "１２０００", "12,000元", "1.2万"; empty marks give None."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellError("import.amount_bad")
    if isinstance(value, int | float):
        try:
            fen = Decimal(str(value)) * 100
        except InvalidOperation as error:
            raise CellError("import.amount_bad") from error
        if fen < 0 or fen != fen.to_integral_value():
            raise CellError("import.amount_bad")
        return int(fen)
    try:
        return parse_amount(cell_text(value))
    except DomainError as error:
        raise CellError("import.amount_bad") from error


# Exact wordings first; then words inside a longer note, failures before successes ("不成功" contains "成功").
_RESULT_EXACT: dict[str, LedgerResult] = {
    "调解成功": LedgerResult.SUCCESS,
    "成功": LedgerResult.SUCCESS,
    "达成协议": LedgerResult.SUCCESS,
    "已调解": LedgerResult.SUCCESS,
    "调解不成": LedgerResult.FAILURE,
    "不成功": LedgerResult.FAILURE,
    "未达成": LedgerResult.FAILURE,
    "终止": LedgerResult.FAILURE,
    "调解中": LedgerResult.IN_PROGRESS,
    "在办": LedgerResult.IN_PROGRESS,
    "": LedgerResult.IN_PROGRESS,
}
_RESULT_WORDS: tuple[tuple[tuple[str, ...], LedgerResult], ...] = (
    (("不成", "未达成", "未成", "终止", "失败", "未调成", "撤回", "调解未果"), LedgerResult.FAILURE),
    (("成功", "达成", "已调解", "调成", "已化解", "已调处"), LedgerResult.SUCCESS),
    (("调解中", "在办", "办理中", "正在", "未结", "待调解", "未办结"), LedgerResult.IN_PROGRESS),
)


def parse_result(value: object) -> LedgerResult:
    """调解成功/达成协议/已调解 → success; 调解不成/未达成/终止 → failure; 调解中/在办/empty → in progress."""
    text = remove_spaces(cell_text(value))
    if text in _EMPTY_MARKS:
        return LedgerResult.IN_PROGRESS
    if text in _RESULT_EXACT:
        return _RESULT_EXACT[text]
    for words, result in _RESULT_WORDS:
        if any(word in text for word in words):
            return result
    raise CellError("import.result_unknown")


# Words seen in office ledgers for the standard types (besides the label itself, with or without 纠纷).
_TYPE_WORDS: tuple[tuple[str, DisputeType], ...] = (
    ("家庭", DisputeType.MARRIAGE_FAMILY),
    ("婚姻", DisputeType.MARRIAGE_FAMILY),
    ("赡养", DisputeType.MARRIAGE_FAMILY),
    ("邻里", DisputeType.NEIGHBOUR),
    ("宅基地", DisputeType.HOUSING_LAND),
    ("房屋", DisputeType.HOUSING_LAND),
    ("交通", DisputeType.TRAFFIC),
    ("劳动", DisputeType.LABOUR),
    ("劳资", DisputeType.LABOUR),
    ("欠薪", DisputeType.LABOUR),
    ("工资", DisputeType.LABOUR),
    ("医患", DisputeType.MEDICAL),
    ("医疗", DisputeType.MEDICAL),
    ("物业", DisputeType.PROPERTY_MGMT),
    ("消费", DisputeType.CONSUMER),
    ("拆迁", DisputeType.EXPROPRIATION),
    ("征地", DisputeType.EXPROPRIATION),
    ("污染", DisputeType.ENVIRONMENT),
    ("山林", DisputeType.FOREST_LAND),
    ("土地", DisputeType.FOREST_LAND),
    ("经营", DisputeType.BUSINESS),
    ("合同", DisputeType.CONTRACT),
    ("损害赔偿", DisputeType.DAMAGES),
)


def parse_dispute_type(value: object) -> tuple[DisputeType, str]:
    """The standard type and, for anything that is not one, 其他 with the sheet's words kept."""
    text = remove_spaces(cell_text(value))
    stem = text.removesuffix("纠纷").removesuffix("类")
    for member in DisputeType:
        if stem == member.zh or text == member.zh:
            return member, ""
    for word, member in _TYPE_WORDS:
        if word in stem:
            return member, ""
    return DisputeType.OTHER, text[:60]


_CHANNEL_WORDS: tuple[tuple[str, Channel], ...] = (
    ("110", Channel.POLICE),
    ("派出所", Channel.POLICE),
    ("公安", Channel.POLICE),
    ("网格", Channel.GRID_WORKER),
    ("12345", Channel.HOTLINE_12345),
    ("热线", Channel.HOTLINE_12345),
    ("法院", Channel.COURT),
    ("信访", Channel.PETITION),
    ("联调站", Channel.STATION),
    ("社区", Channel.STATION),
    ("主动", Channel.PROACTIVE),
    ("排查", Channel.PROACTIVE),
    ("来电", Channel.PHONE),
    ("电话", Channel.PHONE),
    ("来访", Channel.WALK_IN),
    ("申请", Channel.WALK_IN),
)


def parse_channel(value: object) -> Channel:
    """How the case came in; a wording not recognised (or none) counts as 其他."""
    text = remove_spaces(to_halfwidth(cell_text(value), keep=""))
    for word, channel in _CHANNEL_WORDS:
        if word in text:
            return channel
    return Channel.OTHER


def parse_risk(value: object) -> RiskLevel | None:
    """红/橙/黄/蓝 with or without 色/预警/级; None when empty."""
    text = remove_spaces(cell_text(value))
    if text in _EMPTY_MARKS:
        return None
    for level in RiskLevel:
        if text.startswith(level.zh) or text.lower().startswith(level.value):
            return level
    raise CellError("import.risk_unknown")


def parse_agreement_kind(value: object) -> AgreementKind | None:
    """书面/口头 from a 协议形式 column; None when the column says nothing."""
    text = remove_spaces(cell_text(value))
    if "口头" in text:
        return AgreementKind.ORAL
    if "书面" in text or text in {"有", "是", "√"}:
        return AgreementKind.WRITTEN
    return None


def split_names(value: object) -> tuple[str, ...]:
    """Several names in one cell, separated by 、 , ， ; ； / or spaces."""
    return tuple(name for name in _NAME_SPLIT.split(cell_text(value)) if name)


_ORGANISATION_ENDINGS = (
    "公司",
    "超市",
    "商店",
    "商行",
    "维修部",
    "经营部",
    "厂",
    "店",
    "中心",
    "委员会",
    "医院",
    "诊所",
    "学校",
    "银行",
    "合作社",
    "集团",
    "事务所",
    "酒店",
    "餐厅",
    "饭店",
    "物业",
    "工作室",
)


def looks_like_organisation(name: str) -> bool:
    """A name ending like 有限公司, 超市, 维修部… is an organisation; every other name a natural person."""
    return len(name) > 3 and name.endswith(_ORGANISATION_ENDINGS)
