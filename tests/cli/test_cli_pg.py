"""The command line on a PostgreSQL server, as real processes: an empty database is set up by ``check``, then
``demo``, ``ledger export``, ``stats`` and ``print`` give what the same commands give on a SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.pg import fresh_database, url_text

from .test_cli import run_cli

PERIOD = ("--from", "2020-01-01", "--to", "2030-12-31")


@pytest.fixture
def server_db() -> Iterator[str]:
    """An empty database on the test server (no schema: the program makes it)."""
    with fresh_database() as url:
        yield url_text(url)


def _ok(*args: str, env_dir: Path) -> str:
    result = run_cli(*args, env_dir=env_dir)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stdout


def _ledger_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [row for row in sheet.iter_rows(values_only=True) if row and row[1] and "字第" in str(row[1])]


def test_check_sets_up_an_empty_server_database_and_says_whose_the_pages_are(server_db: str, tmp_path: Path) -> None:
    out = _ok("--db", server_db, "check", env_dir=tmp_path)
    assert "结构版本：0006（最新 0006）" in out and "检查通过" in out
    assert "由数据库服务器（PostgreSQL）自行检查" in out and "SQLite" not in out


def test_demo_ledger_stats_and_print_agree_with_a_sqlite_file(server_db: str, tmp_path: Path) -> None:
    sqlite_db = str(tmp_path / "same.sqlite3")
    for db in (server_db, sqlite_db):
        assert "已生成 120 件演示案件" in _ok("--db", db, "demo", "--cases", "120", "--seed", "8", env_dir=tmp_path)
        _ok("--db", db, "ledger", "export", str(tmp_path / f"{Path(db).name}.xlsx"), env_dir=tmp_path)
    stats = [json.loads(_ok("--db", db, "stats", *PERIOD, "--json", env_dir=tmp_path)) for db in (server_db, sqlite_db)]
    assert stats[0] == stats[1] and stats[0]["accepted"] > 0
    on_server, on_file = (_ledger_rows(tmp_path / f"{Path(db).name}.xlsx") for db in (server_db, sqlite_db))
    assert on_server == on_file and len(on_server) > 60  # the numbered cases, row by row, cell by cell
    number = next(str(row[1]) for row in on_server if row[11] == "调解成功（书面）")  # one with a written agreement
    pdf = tmp_path / "a.pdf"
    out = _ok("--db", server_db, "print", "agreement", "--case", number, "-o", str(pdf), env_dir=tmp_path)
    assert "已生成" in out and pdf.read_bytes().startswith(b"%PDF")
    assert "检查通过" in _ok("--db", server_db, "check", env_dir=tmp_path)  # every demo row is in the audit trail


def test_a_server_that_cannot_be_reached_is_named_without_a_traceback(tmp_path: Path) -> None:
    result = run_cli("--db", "postgresql+psycopg://desk:secret@127.0.0.1:9/mediation", "check", env_dir=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "无法连接数据库服务器" in result.stdout + result.stderr and "secret" not in result.stdout + result.stderr
