"""Backup use cases: the folder, automatic backups and their rotation, the newest good backup, PostgreSQL."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mediation_app import paths
from mediation_app.domain.backup_rotation import BackupKind
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.backup import (
    automatic_backup,
    backup_now,
    check_restore,
    database_file,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from mediation_app.services.context import ServiceContext, ServiceError
from tests.gui.factories import make_case

NOW = datetime(2026, 11, 21, 9, 0)
# A PostgreSQL database is dumped with pg_dump instead: tests/services/test_pg_backup.py.
pytestmark = pytest.mark.sqlite_only(reason="copies of the SQLite file (online backup API, verify, restore)")


def test_backup_now_goes_to_the_default_folder_and_is_listed(ctx: ServiceContext) -> None:
    make_case(ctx, "张三")
    progress: list[tuple[int, int]] = []
    info = backup_now(ctx, now=NOW, progress=lambda done, total: progress.append((done, total)))
    assert info.path.parent == paths.default_backup_dir()
    assert info.path.name == "mediation-20261121-090000-manual.sqlite3"
    assert (info.kind, info.verified, info.size) == (BackupKind.MANUAL, True, info.path.stat().st_size)
    assert progress and progress[-1][0] == progress[-1][1]
    second = backup_now(ctx, now=NOW)  # the same second: a second name, nothing overwritten
    assert [b.path for b in list_backups()] == [second.path, info.path]


def test_a_missing_or_unwritable_folder_is_named(ctx: ServiceContext, tmp_path: Path) -> None:
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(ServiceError) as refused:
        backup_now(ctx, blocker / "backups")
    assert refused.value.code == "backup.folder" and refused.value.params["path"] == str(blocker / "backups")


def test_daily_backup_only_once_a_day(ctx: ServiceContext, tmp_path: Path) -> None:
    assert automatic_backup(ctx, "start", tmp_path, NOW) is not None
    assert automatic_backup(ctx, "daily", tmp_path, NOW + timedelta(hours=3)) is None
    daily = automatic_backup(ctx, "daily", tmp_path, NOW + timedelta(days=1))
    assert daily is not None and daily.kind is BackupKind.DAILY


def test_rotation_after_a_month_of_backups_keeps_manual_ones(ctx: ServiceContext, tmp_path: Path) -> None:
    manual = backup_now(ctx, tmp_path, now=NOW - timedelta(days=40))
    for day in range(30, 0, -1):
        automatic_backup(ctx, "start", tmp_path, NOW - timedelta(days=day))
        automatic_backup(ctx, "exit", tmp_path, NOW - timedelta(days=day) + timedelta(hours=8))
    automatic_backup(ctx, "start", tmp_path, NOW)
    left = list_backups(tmp_path)
    assert manual.path in [b.path for b in left]
    days = [b.taken_at.date() for b in left if b.kind is not BackupKind.MANUAL]
    assert len(days) == len(set(days)) <= 7 + 4 + 12  # at most one per day, within the buckets
    assert {NOW.date() - timedelta(days=d) for d in range(7)} <= set(days)
    assert next(b for b in left if b.taken_at.date() == (NOW - timedelta(days=1)).date()).kind is BackupKind.EXIT


def test_newest_good_backup_skips_a_damaged_one(ctx: ServiceContext, tmp_path: Path) -> None:
    good = backup_now(ctx, tmp_path, now=NOW)
    bad = backup_now(ctx, tmp_path, now=NOW + timedelta(hours=1))
    with bad.path.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(4096))
    found = newest_good_backup(tmp_path)
    assert found is not None and found[0].path == good.path and found[1].ok
    assert newest_good_backup(tmp_path / "empty") is None


def test_postgresql_is_not_restored_from_a_desk_and_the_pg_restore_command_is_named() -> None:
    with pytest.raises(ServiceError) as refused:
        database_file("postgresql+psycopg://desk:secret@server/mediation")
    assert refused.value.code == "backup.pg_restore" and "secret" not in str(refused.value.params)
    with pytest.raises(ServiceError, match=r"backup\.pg_restore") as refused:
        restore_backup("postgresql+psycopg://desk@server/mediation", "/tmp/x.dump")
    assert "pg_restore" in str(refused.value.params["command"]) and "/tmp/x.dump" in str(refused.value.params)


def test_only_an_administrator_backs_up_or_restores_by_hand(ctx: ServiceContext, tmp_path: Path) -> None:
    mediator = ServiceContext(ctx.db, ctx.office_id, role=UserRole.MEDIATOR)
    viewer = ServiceContext(ctx.db, ctx.office_id, role=UserRole.VIEWER)
    for acting in (mediator, viewer):
        with pytest.raises(ServiceError, match=r"auth\.admin_only"):
            backup_now(acting, tmp_path)
        with pytest.raises(ServiceError, match=r"auth\.admin_only"):
            check_restore(acting, tmp_path / "any.sqlite3")
    assert list_backups(tmp_path) == []
    automatic = automatic_backup(viewer, "exit", tmp_path, NOW)  # the program protects itself for anyone
    assert automatic is not None and automatic.verified
    admin = ServiceContext(ctx.db, ctx.office_id, role=UserRole.ADMIN)
    assert check_restore(admin, automatic.path).ok
