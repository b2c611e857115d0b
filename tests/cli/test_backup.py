"""``mediation-app backup [OUT]`` and ``mediation-app restore IN`` as real processes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mediation_app.app import open_context
from tests.gui.factories import make_case

from .test_cli import run_cli


def _cases(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


def _database(path: Path, cases: int) -> Path:
    ctx = open_context(path)
    for i in range(cases):
        make_case(ctx, f"当事人{i}")
    ctx.db.dispose()
    return path


def test_backup_to_the_default_folder_then_restore(tmp_path: Path) -> None:
    db = _database(tmp_path / "mediation.sqlite3", 3)
    made = run_cli("backup", env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    [copy] = list((tmp_path / "backups").glob("mediation-*-manual.sqlite3"))
    assert f"已备份到 {copy}" in made.stdout and "校验通过" in made.stdout
    _database(db, 2)  # two more cases after the backup
    restored = run_cli("restore", str(copy), env_dir=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "案件 3 件" in restored.stdout and "安全副本" in restored.stdout
    [safety] = list(tmp_path.glob("safety-*.sqlite3"))
    assert str(safety) in restored.stdout
    assert (_cases(db), _cases(safety)) == (3, 5)


def test_backup_to_a_named_file(tmp_path: Path) -> None:
    db = _database(tmp_path / "desk.sqlite3", 1)
    out = tmp_path / "usb" / "desk-copy.sqlite3"
    out.parent.mkdir()
    made = run_cli("--db", str(db), "backup", str(out), env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert _cases(out) == 1 and not (tmp_path / "usb" / "desk-copy.sqlite3.part").exists()


def test_restore_refuses_a_damaged_file_and_names_the_problem(tmp_path: Path) -> None:
    db = _database(tmp_path / "desk.sqlite3", 1)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a backup" * 50)
    before = db.read_bytes()
    refused = run_cli("--db", str(db), "restore", str(bad), env_dir=tmp_path)
    assert refused.returncode == 1
    assert "未恢复" in refused.stderr and "不是本程序的备份" in refused.stderr
    assert db.read_bytes() == before and not list(tmp_path.glob("safety-*"))


def test_backup_folder_that_cannot_be_made(tmp_path: Path) -> None:
    db = _database(tmp_path / "desk.sqlite3", 1)
    (tmp_path / "blocked").write_text("a file, not a folder")
    made = run_cli("--db", str(db), "backup", str(tmp_path / "blocked" / "copy.sqlite3"), env_dir=tmp_path)
    assert made.returncode == 2
    assert "备份文件夹不可用" in made.stderr and "Traceback" not in made.stderr


def test_a_server_that_cannot_be_reached_is_named_without_its_password(tmp_path: Path) -> None:
    made = run_cli("--db", "postgresql+psycopg://desk:pw@127.0.0.1:1/mediation", "backup", env_dir=tmp_path)
    assert made.returncode == 2 and "无法连接数据库服务器" in made.stderr and "pw" not in made.stderr
