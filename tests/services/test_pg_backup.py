"""Backups of a PostgreSQL database on the real test server: pg_dump -Fc into the backup folder under the SQLite
backups' names and rotation, restorable (pg_restore into a fresh database, the cases counted); the password only in
the child's environment; a failed dump leaves no file; without pg_dump the server's own backups apply."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.backup_rotation import BackupKind
from mediation_app.domain.errors import DomainError
from mediation_app.services.backup import (
    automatic_backup,
    backup_method,
    backup_now,
    list_backups,
    rotate_backups,
)
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.database_choice import DatabaseChoice, save_choice
from tests.gui.factories import make_case
from tests.pg import fresh_database

NOW = datetime(2026, 11, 21, 9, 0)


@pytest.fixture
def pg_ctx() -> Iterator[ServiceContext]:
    """A migrated database on the test server with three cases."""
    with fresh_database() as url:
        ctx = open_context(url.render_as_string(hide_password=False))
        for name in ("张三", "李四", "王五"):
            make_case(ctx, name)
        yield ctx
        ctx.db.dispose()


def _restored_cases(dump: Path) -> int:
    """pg_restore the dump into a fresh database and count its cases."""
    with fresh_database() as url:
        command = [shutil.which("pg_restore") or "pg_restore", "--no-owner", "--dbname", url.database or ""]
        args = ["--host", url.host or "", "--port", str(url.port), "--username", url.username or ""]
        done = subprocess.run([*command, *args, str(dump)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with engine.connect() as conn:
            count = int(conn.exec_driver_sql("SELECT count(*) FROM cases").scalar_one())
        engine.dispose()
        return count


def test_a_dump_is_made_checked_and_restorable(pg_ctx: ServiceContext, tmp_path: Path) -> None:
    assert backup_method(pg_ctx).kind == "pg_dump"
    info = backup_now(pg_ctx, tmp_path, now=NOW)
    assert info.path.name == "mediation-20261121-090000-manual.dump"
    assert info.verified is True and info.size == info.path.stat().st_size > 0
    assert info.path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert [b.path for b in list_backups(tmp_path, ".dump")] == [info.path]
    assert list_backups(tmp_path) == []  # never offered as a SQLite file to restore
    assert sorted(p.name for p in tmp_path.iterdir()) == [info.path.name]  # no .part left
    assert _restored_cases(info.path) == 3


def test_dumps_rotate_like_sqlite_backups_and_leave_those_alone(pg_ctx: ServiceContext, tmp_path: Path) -> None:
    dumps, copies = tmp_path / "dumps", tmp_path / "copies"
    dumps.mkdir()
    copies.mkdir()
    for day in range(40):  # forty days of old daily backups of both kinds, named as the program names them
        stamp = (NOW - timedelta(days=40 - day)).strftime("%Y%m%d-%H%M%S")
        for folder, suffix in ((dumps, "dump"), (copies, "sqlite3")):
            (folder / f"mediation-{stamp}-daily.{suffix}").write_bytes(b"x")
    (dumps / "mediation-20261001-120000-daily.sqlite3").write_bytes(b"x")  # a SQLite copy among the dumps
    made = automatic_backup(pg_ctx, "daily", dumps, NOW)
    assert made is not None and made.verified
    rotate_backups(copies, NOW)
    kept_dumps = {p.name.removesuffix(".dump") for p in dumps.glob("*.dump")} - {made.path.stem}
    assert kept_dumps == {p.name.removesuffix(".sqlite3") for p in copies.iterdir()}
    assert 0 < len(kept_dumps) < 40
    assert (dumps / "mediation-20261001-120000-daily.sqlite3").exists()
    assert automatic_backup(pg_ctx, "daily", dumps, NOW + timedelta(hours=1)) is None  # once a day
    assert automatic_backup(pg_ctx, "start", dumps, NOW) is None  # not one at every desk's start and exit
    assert automatic_backup(pg_ctx, "exit", dumps, NOW) is None


def _fake_pg_dump(folder: Path, body: str) -> Path:
    folder.mkdir()
    program = folder / "pg_dump"
    program.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    program.chmod(0o755)
    return program


def test_the_password_goes_in_the_environment_never_on_the_command_line(tmp_path: Path) -> None:
    seen = tmp_path / "seen.txt"
    body = f'echo "$@" > {seen}\necho "PGPASSWORD=$PGPASSWORD" >> {seen}\n'
    body += 'while [ "$1" != "--file" ]; do shift; done\necho PGDMP > "$2"\n'
    save_choice(None, DatabaseChoice(pg_dump=str(_fake_pg_dump(tmp_path / "bin", body))))
    with fresh_database() as url:
        ctx = open_context(url.set(password="Geheim-42").render_as_string(hide_password=False))
        try:
            info = backup_now(ctx, tmp_path / "out", now=NOW)
        finally:
            ctx.db.dispose()
    args, env = seen.read_text(encoding="utf-8").splitlines()
    assert "Geheim-42" not in args and "--no-password" in args and url.database in args
    assert env == "PGPASSWORD=Geheim-42"
    assert info.path.exists() and info.verified is False  # the fake's file is no real dump: not rotated on


def test_a_failed_dump_leaves_no_file(pg_ctx: ServiceContext, tmp_path: Path) -> None:
    body = (
        'while [ "$1" != "--file" ]; do shift; done\necho half > "$2"\necho "pg_dump: error: disk full" >&2\nexit 1\n'
    )
    save_choice(None, DatabaseChoice(pg_dump=str(_fake_pg_dump(tmp_path / "bin", body))))
    out = tmp_path / "out"
    with pytest.raises(DomainError) as refused:
        backup_now(pg_ctx, out, now=NOW)
    assert refused.value.code == "backup.write" and "disk full" in str(refused.value.params["reason"])
    assert list(out.iterdir()) == []


def test_without_pg_dump_the_servers_own_backups_apply(
    pg_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # a PC without the PostgreSQL client
    method = backup_method(pg_ctx)
    assert method.by_server and "@" in method.location
    with pytest.raises(ServiceError) as refused:
        backup_now(pg_ctx, tmp_path / "out", now=NOW)
    assert refused.value.code == "backup.server_side"
    assert automatic_backup(pg_ctx, BackupKind.DAILY, tmp_path / "out", NOW) is None
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert os.environ["PATH"] == str(tmp_path / "empty")
