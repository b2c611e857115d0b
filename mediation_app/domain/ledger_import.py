"""An office's Excel ledger read as cases: its columns recognised by their headers, each row checked and keyed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from mediation_app.domain.ledger_import_values import (
    CellError,
    LedgerResult,
    cell_text,
    is_empty,
    parse_agreement_kind,
    parse_amount_cell,
    parse_channel,
    parse_date_cell,
    parse_dispute_type,
    parse_result,
    parse_risk,
    split_names,
)
from mediation_app.domain.text import remove_spaces, to_halfwidth
from mediation_app.domain.vocabulary import AgreementKind, Channel, DisputeType, RiskLevel, Vocabulary

HEADER_SEARCH_ROWS = 30  # title rows above the header: a ledger has a few, never dozens
MIN_HEADER_MATCHES = 3
KEY_VERSION = "xlsx1"
T = TypeVar("T")


class LedgerField(Vocabulary):
    """What a ledger column holds, as the import understands it."""

    NUMBER = ("number", "案号", "Case number")
    RECEIVED = ("received", "受理日期", "Date received")
    APPLICANT = ("applicant", "申请人", "Applicant")
    RESPONDENT = ("respondent", "被申请人", "Respondent")
    DISPUTE_TYPE = ("dispute_type", "纠纷类型", "Dispute type")
    FACTS = ("facts", "纠纷简要情况", "Facts")
    RESULT = ("result", "调解结果", "Result")
    AMOUNT = ("amount", "协议金额", "Amount")
    AGREEMENT_KIND = ("agreement_kind", "协议形式", "Agreement form")
    MEDIATOR = ("mediator", "调解员", "Mediator")
    COMMUNITY = ("community", "所属社区", "Community")
    GRID = ("grid", "网格", "Grid")
    CHANNEL = ("channel", "来源", "Source")
    RISK = ("risk", "风险等级", "Risk colour")
    CLOSED = ("closed", "结案日期", "Date closed")
    NOTE = ("note", "备注", "Note")


REQUIRED_FIELDS = (LedgerField.RECEIVED, LedgerField.APPLICANT, LedgerField.RESULT)

# Header words seen in office ledgers (after spaces, a unit in brackets and a trailing colon are dropped).
SYNONYMS: dict[LedgerField, tuple[str, ...]] = {
    LedgerField.NUMBER: ("案号", "编号", "案件编号", "案件号", "受理编号", "登记编号", "调解案号", "卷宗号"),
    LedgerField.RECEIVED: (
        "受理日期",
        "受理时间",
        "登记日期",
        "登记时间",
        "收案日期",
        "收案时间",
        "立案日期",
        "接待日期",
        "来访日期",
        "日期",
        "受理日期时间",
    ),
    LedgerField.APPLICANT: ("申请人", "当事人", "申请方", "申请人姓名", "当事人姓名", "甲方", "当事人一方"),
    LedgerField.RESPONDENT: (
        "被申请人",
        "对方当事人",
        "被申请方",
        "被申请人姓名",
        "乙方",
        "另一方当事人",
        "当事人另一方",
    ),
    LedgerField.DISPUTE_TYPE: ("纠纷类型", "案由", "纠纷种类", "纠纷类别", "矛盾类型", "案件类型", "类型", "纠纷性质"),
    LedgerField.FACTS: (
        "纠纷简要情况",
        "简要案情",
        "基本情况",
        "纠纷情况",
        "主要事实",
        "案情",
        "事由",
        "矛盾纠纷简要情况",
        "纠纷事实",
        "简要情况",
        "纠纷内容",
    ),
    LedgerField.RESULT: ("调解结果", "处理结果", "结果", "调处结果", "办理结果", "调解情况", "处理情况", "办结情况"),
    LedgerField.AMOUNT: ("协议金额", "涉及金额", "金额", "标的额", "涉案金额", "争议金额", "调解金额", "协议涉及金额"),
    LedgerField.AGREEMENT_KIND: ("协议形式", "协议类型", "协议方式", "协议种类"),
    LedgerField.MEDIATOR: ("调解员", "承办人", "经办人", "调解人", "主办调解员", "承办民警", "调解人员", "主持人"),
    LedgerField.COMMUNITY: ("所属社区", "社区", "村社区", "村居", "社区村", "所在社区", "村"),
    LedgerField.GRID: ("网格", "所属网格", "网格名称"),
    LedgerField.CHANNEL: ("来源", "案件来源", "来源渠道", "纠纷来源", "受理方式", "来源方式"),
    LedgerField.RISK: ("风险等级", "风险", "预警等级", "风险颜色", "预警级别", "风险级别", "预警颜色"),
    LedgerField.CLOSED: ("结案日期", "结案时间", "办结日期", "办结时间", "调结日期", "完成日期"),
    LedgerField.NOTE: ("备注", "说明"),
}
_BY_WORD: dict[str, LedgerField] = {word: field for field, words in SYNONYMS.items() for word in words}
_BRACKETED = re.compile(r"[(（【\[].*?[)）】\]]")


@dataclass(frozen=True)
class RowError:
    """A row that cannot be read: its number as Excel shows it, the column's header, why, and what it said."""

    row: int
    column: str
    code: str
    value: str = ""


@dataclass(frozen=True)
class LedgerEntry:
    """One row of the ledger, read and checked, ready to become a case."""

    row: int
    key: str
    number: str
    received: date
    applicants: tuple[str, ...]
    respondents: tuple[str, ...]
    dispute_type: DisputeType
    dispute_type_original: str
    facts: str
    result: LedgerResult
    result_text: str
    amount_fen: int | None
    agreement_kind: AgreementKind | None  # only for a success
    mediators: tuple[str, ...]
    community: str
    grid: str
    channel: Channel
    risk: RiskLevel | None
    closed: date | None
    note: str


def normalise_header(text: object) -> str:
    """协议金额（元） → 协议金额; spaces, line breaks, a unit in brackets and a trailing colon or * go."""
    cleaned = remove_spaces(to_halfwidth(cell_text(text), keep=""))
    return _BRACKETED.sub("", cleaned).strip(":：*")


def recognise_column(header: object) -> LedgerField | None:
    text = normalise_header(header)
    if not text:
        return None
    return _BY_WORD.get(text) or _BY_WORD.get(text.removesuffix("姓名").removesuffix("名称"))


def recognise_columns(headers: Sequence[object]) -> dict[LedgerField, int]:
    """Field → column index (0-based); when two columns say the same, the first one is used."""
    found: dict[LedgerField, int] = {}
    for index, header in enumerate(headers):
        field = recognise_column(header)
        if field is not None and field not in found:
            found[field] = index
    return found


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """The index of the first row (below any title rows) with at least three recognised headers."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if len(recognise_columns(row)) >= MIN_HEADER_MATCHES:
            return index
    return None


def missing_fields(mapping: Mapping[LedgerField, int]) -> list[LedgerField]:
    return [field for field in REQUIRED_FIELDS if field not in mapping]


def is_blank_row(values: Sequence[object]) -> bool:
    return all(is_empty(value) for value in values)


def import_key(number: str, received: date, applicants: Sequence[str], respondents: Sequence[str], kind: str) -> str:
    """A stable key of the row's identifying fields: the same row imported again is recognised and skipped.

    The result, amount and dates of closing are left out on purpose: a case still 调解中 in one export and
    调解成功 in the next is the same case."""
    parts = [KEY_VERSION, number, received.isoformat(), "、".join(applicants), "、".join(respondents), kind]
    text = "\x1f".join(remove_spaces(to_halfwidth(part, keep="")) for part in parts)
    return f"{KEY_VERSION}:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:40]}"


class _RowReader:
    """Reads the mapped cells of one row, collecting every error instead of stopping at the first."""

    def __init__(self, row: int, values: Sequence[object], mapping: Mapping[LedgerField, int], headers: Sequence[str]):
        self.row, self.values, self.mapping, self.headers = row, values, mapping, headers
        self.errors: list[RowError] = []

    def raw(self, field: LedgerField) -> object:
        index = self.mapping.get(field)
        return self.values[index] if index is not None and index < len(self.values) else None

    def text(self, field: LedgerField, limit: int = 0) -> str:
        value = cell_text(self.raw(field))
        if limit and len(value) > limit:
            self.fail(field, "import.too_long")
        return value

    def column(self, field: LedgerField) -> str:
        index = self.mapping.get(field)
        header = self.headers[index] if index is not None and index < len(self.headers) else ""
        return header or field.zh

    def fail(self, field: LedgerField, code: str) -> None:
        self.errors.append(RowError(self.row, self.column(field), code, cell_text(self.raw(field))[:60]))

    def parse(self, field: LedgerField, parser: Callable[[object], T], default: T) -> T:
        try:
            return parser(self.raw(field))
        except CellError as error:
            self.fail(field, error.code)
            return default

    def names(self, field: LedgerField, limit: int) -> tuple[str, ...]:
        names = split_names(self.raw(field))
        if any(len(name) > limit for name in names):
            self.fail(field, "import.too_long")
        return names


def _dates(reader: _RowReader, today: date) -> tuple[date | None, date | None]:
    received = reader.parse(LedgerField.RECEIVED, parse_date_cell, None)
    closed = reader.parse(LedgerField.CLOSED, parse_date_cell, None)
    if received is None and not reader.errors:
        reader.fail(LedgerField.RECEIVED, "import.date_missing")
    for field, day in ((LedgerField.RECEIVED, received), (LedgerField.CLOSED, closed)):
        if day is not None and day > today:
            reader.fail(field, "import.date_future")
    if received and closed and closed < received:
        reader.fail(LedgerField.CLOSED, "import.closed_before_received")
    return received, closed


def _people(reader: _RowReader) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Applicants (at least one), respondents and mediators, each cell split into names."""
    applicants = reader.names(LedgerField.APPLICANT, 100)
    if not applicants:
        reader.fail(LedgerField.APPLICANT, "import.applicant_missing")
    return applicants, reader.names(LedgerField.RESPONDENT, 100), reader.names(LedgerField.MEDIATOR, 40)


def parse_entry(
    row: int, values: Sequence[object], mapping: Mapping[LedgerField, int], headers: Sequence[str], today: date
) -> LedgerEntry | list[RowError]:
    """The row as a checked entry, or every reason it cannot be read."""
    reader = _RowReader(row, values, mapping, headers)
    received, closed = _dates(reader, today)
    applicants, respondents, mediators = _people(reader)
    result = reader.parse(LedgerField.RESULT, parse_result, LedgerResult.IN_PROGRESS)
    amount = reader.parse(LedgerField.AMOUNT, parse_amount_cell, None)
    risk = reader.parse(LedgerField.RISK, parse_risk, None)
    number = remove_spaces(reader.text(LedgerField.NUMBER, 60))
    community, grid = reader.text(LedgerField.COMMUNITY, 60), reader.text(LedgerField.GRID, 60)
    if reader.errors or received is None:
        return reader.errors
    dispute_type, original = parse_dispute_type(reader.raw(LedgerField.DISPUTE_TYPE))
    type_text = remove_spaces(cell_text(reader.raw(LedgerField.DISPUTE_TYPE)))
    return LedgerEntry(
        row=row,
        key=import_key(number, received, applicants, respondents, type_text),
        number=number,
        received=received,
        applicants=applicants,
        respondents=respondents,
        dispute_type=dispute_type,
        dispute_type_original=original,
        facts=reader.text(LedgerField.FACTS),
        result=result,
        result_text=reader.text(LedgerField.RESULT),
        amount_fen=amount,
        agreement_kind=_agreement_kind(result, amount, reader.raw(LedgerField.AGREEMENT_KIND)),
        mediators=mediators,
        community=community,
        grid=grid,
        channel=parse_channel(reader.raw(LedgerField.CHANNEL)),
        risk=risk,
        closed=closed if result is not LedgerResult.IN_PROGRESS else None,
        note=reader.text(LedgerField.NOTE),
    )


def _agreement_kind(result: LedgerResult, amount: int | None, stated: object) -> AgreementKind | None:
    """A success has an agreement: as a 协议形式 column says, else written when it names an amount, else oral."""
    if result is not LedgerResult.SUCCESS:
        return None
    kind = parse_agreement_kind(stated)
    if kind is not None:
        return kind
    return AgreementKind.WRITTEN if amount else AgreementKind.ORAL


def read_entries(
    rows: Iterable[tuple[int, Sequence[object]]],
    mapping: Mapping[LedgerField, int],
    headers: Sequence[str],
    today: date,
) -> tuple[list[LedgerEntry], list[RowError]]:
    """Every non-blank row read; a row repeating an earlier one (same key) is an error naming that row."""
    entries: list[LedgerEntry] = []
    errors: list[RowError] = []
    first_row: dict[str, int] = {}
    for row, values in rows:
        if is_blank_row(values):
            continue
        read = parse_entry(row, values, mapping, headers, today)
        if isinstance(read, list):
            errors.extend(read)
        elif read.key in first_row:
            errors.append(RowError(row, "", "import.duplicate_row", str(first_row[read.key])))
        else:
            first_row[read.key] = row
            entries.append(read)
    return entries, errors
