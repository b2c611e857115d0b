"""Importing an Excel ledger: the shared sample, re-import, broken files refused whole, numbers, a failure midway."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app.domain.ledger import LedgerFilter
from mediation_app.domain.ledger_import import LedgerField
from mediation_app.domain.ledger_import_values import LedgerResult
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, DisputeType, Outcome, PartyKind
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.ledger import count_cases
from mediation_app.services.ledger_import import import_ledger, preview
from mediation_app.storage import bulk
from mediation_app.storage.counters import last_sequence
from mediation_app.storage.models import Agreement, AuditEvent, Case, CaseMediator, Party
from tests.bench.legacy_ledger import HEADERS, sample_row, write_sheet

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"  # a copy of ../shared/fixtures/
TODAY = date(2026, 11, 21)


def _cases(ctx: ServiceContext) -> dict[str, Case]:
    with ctx.db.read() as session:
        rows = session.execute(sa.select(Case)).scalars().all()
        session.expunge_all()
    return {row.number or "": row for row in rows}


def _count(ctx: ServiceContext, model: type = Case) -> int:
    with ctx.db.read() as session:
        return int(session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one())


def test_the_shared_sample_previews_30_cases_27_2_1_and_writes_nothing(ctx: ServiceContext) -> None:
    found = preview(ctx, SAMPLE, today=TODAY)
    assert found.header_row == 2 and found.sheet == "2024年台账"
    assert found.errors == ()
    assert found.counts() == {LedgerResult.SUCCESS: 27, LedgerResult.FAILURE: 2, LedgerResult.IN_PROGRESS: 1}
    assert [entry.row for entry in found.entries][9:11] == [12, 14]  # row 13 is blank; Excel's numbers kept
    assert _count(ctx) == 0


def test_the_shared_sample_imports_with_dates_amounts_statuses_and_agreements(ctx: ServiceContext) -> None:
    result = import_ledger(ctx, SAMPLE, today=TODAY)
    assert result.created == 30 and result.numbers_kept == 30
    cases = _cases(ctx)
    first, third = cases["（2024）某街联调字第0001号"], cases["（2024）某街联调字第0003号"]
    assert first.received_at == datetime(2024, 1, 5) and first.closed_at == datetime(2024, 1, 23)  # "2024.1.5"
    assert third.received_at == datetime(2024, 1, 29) and third.closed_at == datetime(2024, 2, 13)  # 年月日, Excel
    assert cases["（2024）某街联调字第0002号"].closed_at == datetime(2024, 2, 4)  # "2024年2月4日"
    assert cases["（2024）某街联调字第0015号"].amount_fen == 2_680_000  # "２６８００"
    assert cases["（2024）某街联调字第0010号"].amount_fen == 80_000  # "８００"
    statuses = [(case.status, case.outcome) for case in cases.values()]
    assert statuses.count((CaseStatus.CLOSED, Outcome.SUCCESS)) == 27
    assert statuses.count((CaseStatus.FAILED, Outcome.FAILURE)) == 2
    mediating = cases["（2024）某街联调字第0004号"]
    assert (mediating.status, mediating.outcome, mediating.closed_at) == (CaseStatus.MEDIATING, None, None)
    assert first.dispute_type is DisputeType.DAMAGES and first.community == "城南社区"


def test_success_has_a_written_agreement_with_an_amount_else_oral(ctx: ServiceContext) -> None:
    import_ledger(ctx, SAMPLE, today=TODAY)
    with ctx.db.read() as session:
        kinds = dict(
            session.execute(sa.select(Case.number, Agreement.kind).join(Agreement, Agreement.case_id == Case.id)).all()
        )
        organisations = set(
            session.execute(sa.select(Party.name).where(Party.kind == PartyKind.ORGANISATION)).scalars()
        )
        mediators = set(session.execute(sa.select(CaseMediator.name, CaseMediator.user_id)).all())
    assert len(kinds) == 27
    assert kinds["（2024）某街联调字第0001号"] is AgreementKind.WRITTEN  # 12000
    assert kinds["（2024）某街联调字第0003号"] is AgreementKind.ORAL  # 0
    assert "宏达建筑劳务有限公司" in organisations and "马娟" not in organisations
    assert ("王警官", None) in mediators  # an outside name, not a user


def test_imported_cases_are_found_by_the_ledger_search_and_audited(ctx: ServiceContext) -> None:
    import_ledger(ctx, SAMPLE, today=TODAY)
    assert count_cases(ctx, LedgerFilter(text="马娟")) == 1  # two characters: the per-character index
    assert count_cases(ctx, LedgerFilter(text="宏达建筑")) == 2  # three or more: the trigram index
    with ctx.db.read() as session:
        events = session.execute(sa.select(AuditEvent).where(AuditEvent.action == "ledger_import")).scalars().all()
        assert len(events) == 1 and '"created":30' in events[0].after_json
        assert last_sequence(session, ctx.office_id, "case", 2024) == 30  # the next 2024 number follows on


def test_reimporting_the_same_file_creates_no_duplicates(ctx: ServiceContext) -> None:
    import_ledger(ctx, SAMPLE, today=TODAY)
    again = preview(ctx, SAMPLE, today=TODAY)
    assert len(again.already_imported) == 30 and again.to_create == ()
    result = import_ledger(ctx, SAMPLE, today=TODAY)
    assert result.created == 0 and len(result.already_imported) == 30
    assert _count(ctx) == 30


def test_a_case_later_marked_successful_is_still_the_same_case(ctx: ServiceContext, tmp_path: Path) -> None:
    import_ledger(ctx, write_sheet(tmp_path / "a.xlsx", [sample_row(1, 调解结果="调解中")]), today=TODAY)
    later = write_sheet(tmp_path / "b.xlsx", [sample_row(1, 调解结果="调解成功"), sample_row(2)])
    result = import_ledger(ctx, later, today=TODAY)
    assert (result.created, result.already_imported) == (1, (3,))


BROKEN = [
    ({"受理日期": "2024.13.5"}, "受理日期", "import.date_bad"),
    ({"受理日期": None}, "受理日期", "import.date_missing"),
    ({"结案日期": "2024/2/1"}, "结案日期", "import.closed_before_received"),
    ({"协议金额（元）": "一千二"}, "协议金额（元）", "import.amount_bad"),
    ({"协议金额（元）": "-500"}, "协议金额（元）", "import.amount_bad"),
    ({"调解结果": "待定再议"}, "调解结果", "import.result_unknown"),
    ({"申请人": None}, "申请人", "import.applicant_missing"),
    ({"受理日期": "2030.1.1", "结案日期": None}, "受理日期", "import.date_future"),
]


@pytest.mark.parametrize(("changes", "column", "code"), BROKEN)
def test_a_broken_row_is_reported_by_row_and_reason_and_nothing_is_written(
    ctx: ServiceContext, tmp_path: Path, changes: dict[str, object], column: str, code: str
) -> None:
    import_ledger(ctx, SAMPLE, today=TODAY)
    path = write_sheet(tmp_path / "broken.xlsx", [sample_row(1), sample_row(2), sample_row(3, **changes)])
    found = preview(ctx, path, today=TODAY)
    assert [(error.row, error.column, error.code) for error in found.errors] == [(5, column, code)]
    with pytest.raises(ServiceError) as refused:
        import_ledger(ctx, path, today=TODAY)
    assert refused.value.code == "import.bad_rows" and refused.value.params == {"count": 1, "first": 5}
    assert _count(ctx) == 30 and _count(ctx, Party) == 60


def test_skipping_bad_rows_is_an_explicit_choice(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "broken.xlsx", [sample_row(1), sample_row(2, 受理日期="昨天"), sample_row(3)])
    result = import_ledger(ctx, path, skip_bad_rows=True, today=TODAY)
    assert (result.created, result.skipped_bad) == (2, (4,))


def test_a_missing_required_column_is_named_and_can_be_mapped_by_hand(ctx: ServiceContext, tmp_path: Path) -> None:
    headers = tuple("结论" if header == "调解结果" else header for header in HEADERS)
    path = write_sheet(tmp_path / "odd.xlsx", [sample_row(1), sample_row(2)], headers=headers)
    with pytest.raises(ServiceError) as missing:
        preview(ctx, path, today=TODAY)
    assert (missing.value.code, missing.value.params) == ("import.missing_column", {"column": "调解结果"})
    mapping = {**preview_mapping(ctx, path), LedgerField.RESULT: headers.index("结论")}
    assert import_ledger(ctx, path, mapping, today=TODAY).created == 2


def preview_mapping(ctx: ServiceContext, path: Path) -> dict[LedgerField, int]:
    from mediation_app.services.ledger_import_read import read_ledger_sheet

    return dict(read_ledger_sheet(path).recognised)


def test_header_synonyms_under_several_title_rows(ctx: ServiceContext, tmp_path: Path) -> None:
    headers = ("编号", "登记时间", "当事人", "对方当事人", "案由", "处理结果", "涉及金额", "承办人", "社区")
    rows = [
        [
            "A-1",
            "2024/5/6",
            "张三、李四",
            "王五",
            "民间借贷纠纷",
            "达成协议",
            "1,200元",
            "刘警官，周调解员",
            "东湖社区",
        ],
        ["A-2", "2024-05-07", "赵六", "钱七", "欠薪", "未达成", "", "周调解员", "东湖社区"],
        ["A-3", 45420, "孙八", "", "家庭矛盾", "在办", None, "", "西湖社区"],
    ]
    path = write_sheet(tmp_path / "synonyms.xlsx", rows, headers=headers, titles=3)
    found = preview(ctx, path, today=TODAY)
    assert found.header_row == 4 and found.errors == ()
    loan, wages, family = found.entries
    assert (loan.dispute_type, loan.dispute_type_original) == (DisputeType.OTHER, "民间借贷纠纷")
    assert (
        loan.applicants == ("张三", "李四") and loan.mediators == ("刘警官", "周调解员") and loan.amount_fen == 120_000
    )
    assert (wages.dispute_type, wages.result) == (DisputeType.LABOUR, LedgerResult.FAILURE)
    assert (family.received, family.result, family.respondents) == (date(2024, 5, 8), LedgerResult.IN_PROGRESS, ())
    import_ledger(ctx, path, today=TODAY)
    other = [case for case in _cases(ctx).values() if case.dispute_type is DisputeType.OTHER]
    assert [(case.dispute_type_original, case.applicant_names) for case in other] == [("民间借贷纠纷", "张三、李四")]


def test_numbers_kept_when_free_else_issued_from_the_counter(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [sample_row(1, 案号="（2024）某街联调字第0002号"), sample_row(2, 案号="台账17号"), sample_row(3, 案号=None)]
    result = import_ledger(ctx, write_sheet(tmp_path / "n.xlsx", rows), today=TODAY)
    assert result.numbers_kept == 1
    cases = sorted(_cases(ctx).values(), key=lambda case: case.id)
    assert [case.number_seq for case in cases] == [2, 3, 4]
    assert cases[1].number != "台账17号" and "台账原案号：台账17号" in cases[1].decision_note
    clash = [sample_row(4, 案号="（2024）某街联调字第0003号")]  # taken by the case above
    import_ledger(ctx, write_sheet(tmp_path / "m.xlsx", clash), today=TODAY)
    assert max(case.number_seq or 0 for case in _cases(ctx).values()) == 5


def test_a_row_repeated_in_the_file_is_an_error_naming_the_first(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "dup.xlsx", [sample_row(1), sample_row(2), sample_row(1)])
    found = preview(ctx, path, today=TODAY)
    assert [(e.row, e.code, e.value) for e in found.errors] == [(5, "import.duplicate_row", "3")]


def test_merged_cells_fill_every_row_they_cover(ctx: ServiceContext, tmp_path: Path) -> None:
    import openpyxl

    path = write_sheet(tmp_path / "merged.xlsx", [sample_row(1), sample_row(2, 所属社区=None), sample_row(3)])
    book = openpyxl.load_workbook(path)
    column = HEADERS.index("所属社区") + 1
    book.active.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)  # type: ignore[union-attr]
    book.save(path)
    assert [entry.community for entry in preview(ctx, path, today=TODAY).entries] == ["城南社区"] * 3


def test_a_failure_midway_leaves_nothing_and_the_search_still_works(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bulk.insert_rows

    def failing(session: object, table: str, rows: list[dict[str, object]]) -> None:
        if table == "agreements":
            raise RuntimeError("disk full")
        real(session, table, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk, "insert_rows", failing)
    with pytest.raises(RuntimeError):
        import_ledger(ctx, SAMPLE, today=TODAY)
    assert _count(ctx) == 0 and _count(ctx, Party) == 0 and _import_events(ctx) == 0
    monkeypatch.setattr(bulk, "insert_rows", real)
    assert import_ledger(ctx, SAMPLE, today=TODAY).created == 30
    assert count_cases(ctx, LedgerFilter(text="马娟")) == 1


def _import_events(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        query = sa.select(sa.func.count()).select_from(AuditEvent).where(AuditEvent.action == "ledger_import")
        return int(session.execute(query).scalar_one())


def test_unreadable_files_and_missing_sheets_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(ServiceError) as unreadable:
        preview(ctx, text)
    assert unreadable.value.code == "import.file_unreadable"
    with pytest.raises(ServiceError) as missing:
        preview(ctx, SAMPLE, sheet="2023年台账")
    assert (missing.value.code, missing.value.params["sheets"]) == ("import.sheet_missing", "2024年台账")
    no_header = write_sheet(tmp_path / "plain.xlsx", [["a", "b"]], headers=("甲", "乙"))
    with pytest.raises(ServiceError) as headless:
        preview(ctx, no_header)
    assert headless.value.code == "import.no_header"
