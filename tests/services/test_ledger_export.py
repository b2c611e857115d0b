"""The ledger exported: an office's .xlsx (title, frozen header, real dates, masked IDs) and the 工作台账 PDF."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from mediation_app.domain.ledger import LedgerFilter, LedgerRow, LedgerSort, LedgerTotals, result_text
from mediation_app.domain.vocabulary import AgreementKind, CaseStatus, Channel, DisputeType, RiskLevel
from mediation_app.printing.ledger_sheet import COLUMNS
from mediation_app.services import ledger
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger_export import OLDEST_FIRST, export_ledger
from mediation_app.storage.models import Party
from tests.backends import ModuleDatabases
from tests.printing.pdf_tools import fonts, page_count, pdftotext, squash

TODAY = date(2026, 11, 1)
PERIOD = LedgerFilter(received_from=date(2025, 1, 1), received_to=date(2025, 12, 31))


@pytest.fixture
def demo(backend: str, module_databases: ModuleDatabases) -> ServiceContext:
    """A 500-case demo office, made once per module and backend."""
    return module_databases.context(backend, lambda ctx: generate_demo(ctx, 500, seed=5, today=TODAY))


def _full_ids(ctx: ServiceContext) -> set[str]:
    with ctx.db.read() as session:
        return {n for n in session.scalars(sa.select(Party.id_number)) if n}


def _column(name: str) -> int:
    return next(i for i, c in enumerate(COLUMNS, start=1) if c.title == name)


def test_xlsx_is_laid_out_as_an_office_ledger(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    result = export_ledger(demo, PERIOD, out, today=TODAY)
    expected = ledger.count_cases(demo, PERIOD)
    assert result.rows == expected > 50 and not out.with_name("台账.xlsx.part").exists()
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "某街道警民联调室案件台账"
    assert "2025年1月1日至2025年12月31日" in ws["A2"].value
    assert {str(r) for r in ws.merged_cells.ranges} >= {"A1:U1", "A2:U2"}
    assert [c.value for c in ws[3]] == [c.title for c in COLUMNS]
    assert ws.freeze_panes == "A4"
    assert ws.max_row - 3 == expected  # one row per filtered case
    assert ws.column_dimensions["B"].width == 26
    received = ws.cell(4, _column("登记日期"))
    assert isinstance(received.value, datetime) and received.is_date and received.number_format == "yyyy-mm-dd"
    days = [ws.cell(r, _column("登记日期")).value.date() for r in range(4, ws.max_row + 1)]
    assert days == sorted(days) and date(2025, 1, 1) <= days[0] and days[-1] <= date(2025, 12, 31)


def test_xlsx_ids_are_masked_amounts_are_numbers_and_risk_is_text(demo: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "l.xlsx"
    export_ledger(demo, PERIOD, out, today=TODAY)
    ws = openpyxl.load_workbook(out).active
    cells = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not _full_ids(demo) & set(cells)
    masked = [ws.cell(r, _column("申请人身份证号")).value for r in range(4, ws.max_row + 1)]
    assert sum(1 for m in masked if m and m[6:14] == "********") > len(masked) // 2
    rows = ledger.ledger_page(demo, PERIOD, OLDEST_FIRST, None, 1000)  # the export's order
    assert len(rows) == ws.max_row - 3
    amounts = 0
    for r, row in enumerate(rows, start=4):
        assert ws.cell(r, _column("案号")).value == row.number
        cell = ws.cell(r, _column("协议金额（元）"))
        if row.agreement_fen is not None:
            assert (
                cell.value == pytest.approx(float(Decimal(row.agreement_fen) / 100))
                and cell.number_format == "#,##0.00"
            )
            amounts += 1
        assert ws.cell(r, _column("风险等级")).value == f"{row.risk.zh}色"
    assert amounts > 10


def test_only_the_filtered_cases_are_exported(demo: ServiceContext, tmp_path: Path) -> None:
    flt = LedgerFilter(dispute_types=frozenset({DisputeType.NEIGHBOUR}), has_agreement=True)
    out = tmp_path / "n.xlsx"
    assert export_ledger(demo, flt, out, today=TODAY).rows == ledger.count_cases(demo, flt) > 0
    ws = openpyxl.load_workbook(out).active
    assert {ws.cell(r, _column("纠纷类型")).value for r in range(4, ws.max_row + 1)} == {"邻里"}


def test_progress_is_told_and_may_cancel_leaving_no_file(demo: ServiceContext, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("mediation_app.services.ledger_export.EXPORT_PAGE", 100)
    seen: list[tuple[int, int]] = []
    export_ledger(demo, LedgerFilter(), tmp_path / "all.xlsx", today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (100, 500) and seen[-1] == (500, 500)
    out = tmp_path / "cancelled.xlsx"
    with pytest.raises(ServiceError) as refused:
        export_ledger(demo, LedgerFilter(), out, today=TODAY, progress=lambda done, _t: done < 200)
    assert refused.value.code == "ledger.export_cancelled"
    assert list(tmp_path.glob("cancelled*")) == []


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(demo: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as refused:
        export_ledger(demo, PERIOD, tmp_path / "missing-folder" / "l.xlsx", today=TODAY)
    assert refused.value.code == "ledger.export_write" and "path" in refused.value.params
    with pytest.raises(ServiceError) as wrong:
        export_ledger(demo, PERIOD, tmp_path / "l.csv", today=TODAY)
    assert wrong.value.code == "ledger.export_format"
    assert list(tmp_path.iterdir()) == []


def test_pdf_is_the_landscape_work_ledger_with_totals_and_embedded_fonts(demo: ServiceContext, tmp_path: Path) -> None:
    flt = LedgerFilter(received_from=date(2026, 9, 1), received_to=date(2026, 10, 31))
    out = tmp_path / "台账.pdf"
    result = export_ledger(demo, flt, out, today=TODAY)
    pdf = out.read_bytes()
    text = squash(pdftotext(pdf))
    assert "某街道警民联调室矛盾纠纷调处工作台账" in text
    assert "统计期间：2026年9月1日至2026年10月31日" in text
    rows = ledger.ledger_page(demo, flt, LedgerSort(), None, 1000)
    assert result.rows == len(rows) > 5
    assert all(squash(r.applicants) in text for r in rows if r.applicants)
    assert f"合计：共{len(rows)}件" in text
    assert page_count(pdf) >= 1 and all(f["emb"] == "yes" for f in fonts(pdf))
    assert not any(full in text for full in _full_ids(demo))


def _row(case_id: int, status: CaseStatus, agreement: AgreementKind | None = None, fen: int | None = None) -> LedgerRow:
    return LedgerRow(
        case_id, None, datetime(2026, 3, 1), "", "", "", DisputeType.NEIGHBOUR, Channel.WALK_IN, None, status,
        RiskLevel.YELLOW, None, None, "", "", None, agreement=agreement, agreement_fen=fen,
    )  # fmt: skip


def test_the_totals_line_adds_up_results_and_agreed_amounts() -> None:
    totals = LedgerTotals()
    rows = [
        _row(1, CaseStatus.SUCCEEDED, AgreementKind.WRITTEN, 300_000),
        _row(2, CaseStatus.SUCCEEDED, AgreementKind.ORAL),
        _row(3, CaseStatus.FAILED),
        _row(4, CaseStatus.MEDIATING),
        _row(5, CaseStatus.NOT_ACCEPTED),
        _row(6, CaseStatus.SUCCEEDED, AgreementKind.WRITTEN, 118_050),
    ]
    for row in rows:
        totals.add(row)
    assert [result_text(r) for r in rows[:3]] == ["调解成功（书面）", "调解成功（口头）", "调解终止"]
    assert totals.text() == (
        "共6件：调解成功3件（书面协议2件、口头协议1件），调解终止1件，办理中1件，不予受理1件。协议金额合计4,180.50元。"
    )
