"""``backup`` and ``restore`` on a PostgreSQL server as real processes: pg_dump into the folder, the note when this
PC has no pg_dump, the pg_restore command instead of a restore; and the server chosen in 设置 found without --db."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_app.app import open_context
from mediation_app.services.database_choice import SERVER, DatabaseChoice, save_choice
from tests.gui.factories import make_case
from tests.pg import fresh_database

from .test_cli import run_cli


@pytest.fixture
def server_db() -> Iterator[str]:
    with fresh_database() as url:
        target = url.render_as_string(hide_password=False)
        ctx = open_context(target)
        make_case(ctx, "张三")
        ctx.db.dispose()
        yield target


def test_backup_dumps_the_server_database_into_the_folder(server_db: str, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    made = run_cli("--db", server_db, "backup", str(tmp_path / "out"), env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    [dump] = list((tmp_path / "out").glob("mediation-*-manual.dump"))
    assert f"已备份到 {dump}" in made.stdout and "pg_restore --list" in made.stdout


def test_without_pg_dump_the_note_says_the_servers_backups_apply(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-client"))  # run_cli copies os.environ for the child
    made = run_cli("--db", server_db, "backup", str(tmp_path / "out"), env_dir=tmp_path)
    assert made.returncode == 1 and "由数据库服务器的备份负责" in made.stderr
    assert not (tmp_path / "out").exists()


def test_restore_on_a_server_shows_the_pg_restore_command(server_db: str, tmp_path: Path) -> None:
    dump = tmp_path / "mediation-20261121-090000-manual.dump"
    dump.write_bytes(b"PGDMP")
    refused = run_cli("--db", server_db.replace("postgres@", "postgres:pw-7@"), "restore", str(dump), env_dir=tmp_path)
    assert refused.returncode == 2
    assert "pg_restore --clean --if-exists --single-transaction" in refused.stderr and str(dump) in refused.stderr
    assert "pw-7" not in refused.stderr


def test_the_server_chosen_in_settings_is_used_without_db(server_db: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(server_db)
    choice = DatabaseChoice(SERVER, url.host or "", url.port or 5432, url.database or "", url.username or "")
    save_choice(None, choice, tmp_path / "database.json")  # run_cli's child has tmp_path as its data folder
    checked = run_cli("check", env_dir=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "PostgreSQL" in checked.stdout and "检查通过" in checked.stdout  # the server's database was checked
    assert not (tmp_path / "mediation.sqlite3").exists()  # this PC's file was never created
