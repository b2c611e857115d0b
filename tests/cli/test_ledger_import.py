"""``mediation-app ledger import``, run as a real process: dry run, import, re-import, broken rows, sheets."""

from __future__ import annotations

from pathlib import Path

from tests.bench.legacy_ledger import sample_row, write_sheet
from tests.cli.test_cli import run_cli

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"  # a copy of ../shared/fixtures/


def test_dry_run_then_import_then_nothing_left_to_import(tmp_path: Path) -> None:
    dry = run_cli("ledger", "import", str(SAMPLE), "--dry-run", env_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "将新建 30 件：调解成功 27 件，调解不成 2 件，调解中 1 件。" in dry.stdout
    assert "表头在第 2 行" in dry.stdout and "未写入任何内容" in dry.stdout
    real = run_cli("ledger", "import", str(SAMPLE), env_dir=tmp_path)
    assert real.returncode == 0, real.stderr
    assert "已导入 30 件：调解成功 27 件，调解不成 2 件，调解中 1 件；沿用台账案号 30 件。" in real.stdout
    again = run_cli("ledger", "import", str(SAMPLE), "--dry-run", env_dir=tmp_path)
    assert "将新建 0 件" in again.stdout and "已导入过（将跳过）：30 行" in again.stdout


def test_bad_rows_are_listed_with_number_and_reason_and_refuse_the_import(tmp_path: Path) -> None:
    rows = [sample_row(1), sample_row(2, 受理日期="2024.13.5"), sample_row(3, 调解结果="待定再议")]
    path = write_sheet(tmp_path / "broken.xlsx", rows)
    dry = run_cli("ledger", "import", str(path), "--dry-run", env_dir=tmp_path)
    assert dry.returncode == 2
    assert "第 4 行 “受理日期”：日期无法识别：“2024.13.5”" in dry.stderr
    assert "第 5 行 “调解结果”：调解结果无法识别：“待定再议”" in dry.stderr
    refused = run_cli("ledger", "import", str(path), env_dir=tmp_path)
    assert refused.returncode == 2
    assert "有 2 行无法读取（第一处在第 4 行），未导入任何案件" in refused.stderr
    skipped = run_cli("ledger", "import", str(path), "--skip-bad-rows", env_dir=tmp_path)
    assert skipped.returncode == 0, skipped.stderr
    assert "已导入 1 件" in skipped.stdout and "无法读取（已跳过）：2 行，第 4、5 行。" in skipped.stdout


def test_a_missing_sheet_or_file_is_a_clear_message(tmp_path: Path) -> None:
    sheet = run_cli("ledger", "import", str(SAMPLE), "--sheet", "2023年", "--dry-run", env_dir=tmp_path)
    assert sheet.returncode == 2 and "没有名为 “2023年” 的工作表（有：2024年台账）" in sheet.stderr
    missing = run_cli("ledger", "import", str(tmp_path / "none.xlsx"), env_dir=tmp_path)
    assert missing.returncode == 2 and "无法读取文件" in missing.stderr
