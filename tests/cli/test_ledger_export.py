"""``mediation-app ledger export``: the .xlsx and the PDF for a period, by suffix or --pdf, and its refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerFilter
from mediation_app.services.ledger import count_cases
from tests.printing.pdf_tools import pdftotext, squash

from .test_cli import run_cli


def test_export_xlsx_for_a_period_then_pdf(tmp_path: Path) -> None:
    assert run_cli("demo", "--cases", "150", "--seed", "2", env_dir=tmp_path).returncode == 0
    out = tmp_path / "台账.xlsx"
    done = run_cli("ledger", "export", str(out), "--from", "2025-01-01", "--to", "2025/12/31", env_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    ctx = open_context(tmp_path / "mediation.sqlite3")
    expected = count_cases(ctx, LedgerFilter(received_from=date(2025, 1, 1), received_to=date(2025, 12, 31)))
    ctx.db.dispose()
    assert f"已导出Excel 台账 {out}：共 {expected} 件案件。" in done.stdout
    ws = openpyxl.load_workbook(out).active
    assert "2025年1月1日至2025年12月31日" in ws["A2"].value and ws.max_row - 3 == expected > 0
    pdf = run_cli("ledger", "export", str(tmp_path / "台账"), "--pdf", "--from", "2025-06-01", env_dir=tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    text = squash(pdftotext((tmp_path / "台账.pdf").read_bytes()))
    assert "工作台账" in text and "统计期间：2025年6月1日至" in text and "合计：共" in text


def test_export_refuses_bad_dates_and_formats_in_chinese(tmp_path: Path) -> None:
    bad_date = run_cli("ledger", "export", str(tmp_path / "a.xlsx"), "--from", "2025-13-01", env_dir=tmp_path)
    assert bad_date.returncode == 2 and "日期应写作 2026-03-05" in bad_date.stderr
    backwards = run_cli(
        "ledger", "export", str(tmp_path / "a.xlsx"), "--from", "2025-06-01", "--to", "2025-01-01", env_dir=tmp_path
    )
    assert backwards.returncode == 2 and "晚于结束日期" in backwards.stderr
    wrong = run_cli("ledger", "export", str(tmp_path / "a.csv"), env_dir=tmp_path)
    assert wrong.returncode == 2 and "请选择 .xlsx（Excel 台账）或 .pdf（工作台账）" in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv", ".part")) == []
