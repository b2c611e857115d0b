"""The command line, run as a real process: version, demo, check, bad arguments and bad databases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mediation_app import __version__


def run_cli(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MEDIATION_DESK_DATA_DIR": str(env_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mediation_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", env_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"mediation-app {__version__}"


def test_demo_then_check_on_default_database(tmp_path: Path) -> None:
    demo = run_cli("demo", "--cases", "250", "--seed", "4", env_dir=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "已生成 250 件演示案件" in demo.stdout
    assert (tmp_path / "mediation.sqlite3").exists()  # the user data dir, created on first start
    check = run_cli("check", env_dir=tmp_path)
    assert check.returncode == 0, check.stderr
    assert "检查通过" in check.stdout


def test_check_detects_a_tampered_audit_trail(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert run_cli("--db", str(db), "demo", "--cases", "5", env_dir=tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_events SET after_json = '{\"cases\": 1}' WHERE action = 'demo'")
        (demo_event,) = conn.execute("SELECT id FROM audit_events WHERE action = 'demo'").fetchone()
    check = run_cli("--db", str(db), "check", env_dir=tmp_path)
    assert check.returncode == 1
    assert f"审计记录链在第 {demo_event} 条处断开" in check.stdout


def test_bad_arguments_give_a_message_and_nonzero_exit(tmp_path: Path) -> None:
    for args in (("--bogus",), ("demo",), ("demo", "--cases", "-3"), ("demo", "--cases", "many"), ("frobnicate",)):
        result = run_cli(*args, env_dir=tmp_path)
        assert result.returncode == 2, args
        assert "参数错误" in result.stderr, args
        assert "Traceback" not in result.stderr


def test_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("这不是数据库", encoding="utf-8")
    result = run_cli("--db", str(target), "check", env_dir=tmp_path)
    assert result.returncode == 2
    assert "不是本程序的数据库文件" in result.stderr
    assert target.read_text(encoding="utf-8") == "这不是数据库"


def test_forms_lists_the_form_ids(tmp_path: Path) -> None:
    result = run_cli("forms", env_dir=tmp_path)
    assert result.returncode == 0
    assert any(line.split()[:2] == ["agreement", "人民调解协议书"] for line in result.stdout.splitlines())


def test_print_a_sample_and_a_case(tmp_path: Path) -> None:
    out = tmp_path / "sample.pdf"
    result = run_cli("print", "agreement", "--sample", "-o", str(out), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert run_cli("demo", "--cases", "40", env_dir=tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "mediation.sqlite3") as conn:
        (number,) = conn.execute(
            "SELECT c.number FROM cases c JOIN agreements a ON a.case_id = c.id WHERE a.kind = 'written' LIMIT 1"
        ).fetchone()
    case_pdf = tmp_path / "case.pdf"
    result = run_cli("print", "agreement", "--case", number, "-o", str(case_pdf), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert case_pdf.read_bytes().startswith(b"%PDF")
    assert "文书编号：（" in result.stdout

    listed = run_cli("issued", "--case", number, env_dir=tmp_path)
    assert listed.returncode == 0 and "人民调解协议书" in listed.stdout
    document_id = listed.stdout.split()[0]
    again = tmp_path / "again.pdf"
    result = run_cli("reprint", document_id, "-o", str(again), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == case_pdf.read_bytes()


def test_printing_to_an_unwritable_place_issues_nothing(tmp_path: Path) -> None:
    assert run_cli("demo", "--cases", "40", env_dir=tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "mediation.sqlite3") as conn:
        (number,) = conn.execute("SELECT number FROM cases WHERE number IS NOT NULL LIMIT 1").fetchone()
    result = run_cli("print", "rights_notice", "--case", number, "-o", str(tmp_path / "no" / "x.pdf"), env_dir=tmp_path)
    assert result.returncode == 1 and "无法写入" in result.stderr
    listed = run_cli("issued", "--case", number, env_dir=tmp_path)
    assert "还没有出具过文书" in listed.stdout


def test_print_refusals_write_no_file(tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    cases = [
        (("print", "nosuch", "--sample", "-o", str(out)), "没有名为 “nosuch” 的文书"),
        (("print", "agreement", "--case", "（2026）某街联调字第0404号", "-o", str(out)), "找不到案号"),
        (("print", "agreement", "-o", str(out)), "参数错误"),
        (("print", "ledger", "--case", "（2026）某街联调字第0404号", "-o", str(out)), "找不到案号"),
        (("reprint", "99", "-o", str(out)), "没有编号为 99 的已出具文书"),
    ]
    for args, words in cases:
        result = run_cli(*args, env_dir=tmp_path)
        assert result.returncode == 2, args
        assert words in result.stderr, (args, result.stderr)
        assert not out.exists() and not list(tmp_path.glob("*.part"))
