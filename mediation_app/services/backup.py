"""Backups as use cases: back up now, automatic backups with rotation, the list of backups, restore. A SQLite file is
copied with SQLite's online backup; a PostgreSQL database is dumped with pg_dump when this PC has it, else the
server's own backups apply (the settings box and the command line say so)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from mediation_app import paths
from mediation_app.domain.backup_rotation import BackupEntry, BackupKind, backups_to_delete
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage import backup as store
from mediation_app.storage import pg_backup
from mediation_app.storage.backup import BackupReport, RestoreResult
from mediation_app.storage.engine import database_url, is_sqlite

NAME_PATTERN = re.compile(r"^mediation-(\d{8}-\d{6})(?:-(\d+))?-(start|exit|daily|manual)(\.sqlite3|\.dump)$")
SQLITE_SUFFIX, DUMP_SUFFIX = ".sqlite3", ".dump"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupMethod:
    """How this desk backs up its database: ``sqlite`` (the file), ``pg_dump`` (``tool``), or ``server`` (no
    pg_dump here: the server's own backups apply). ``suffix``: the backup files' ending in the folder."""

    kind: str
    location: str  # the file, or the server's URL without its password
    tool: Path | None = None

    @property
    def suffix(self) -> str:
        return SQLITE_SUFFIX if self.kind == "sqlite" else DUMP_SUFFIX

    @property
    def by_server(self) -> bool:
        return self.kind == "server"


def backup_method(ctx: ServiceContext, pg_dump: str | Path | None = None) -> BackupMethod:
    """The method for the context's database; ``pg_dump``: a program chosen in the settings (else PATH)."""
    from mediation_app.services.database_choice import load_choice

    location = ctx.db.location()
    if is_sqlite(ctx.db.engine):
        return BackupMethod("sqlite", location)
    tool = pg_backup.find_tool("pg_dump", pg_dump or load_choice().pg_dump or None)
    return BackupMethod("pg_dump", location, tool) if tool is not None else BackupMethod("server", location)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: BackupKind
    size: int
    verified: bool | None = None  # None: not checked; False: the new copy failed its check (rotation skipped)


def backup_folder(folder: Path | str | None = None) -> Path:
    """The folder named in the settings, or the default one; created if missing, refused if unwritable."""
    chosen = Path(folder) if folder else paths.default_backup_dir()
    try:
        chosen.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError("backup.folder", path=str(chosen), reason=exc.strerror or str(exc)) from exc
    if not chosen.is_dir() or not os.access(chosen, os.W_OK | os.X_OK):
        raise ServiceError("backup.folder", path=str(chosen), reason="")
    return chosen


def backup_name(kind: BackupKind, moment: datetime, suffix: str = SQLITE_SUFFIX) -> str:
    return f"mediation-{store.stamp(moment)}-{kind.value}{suffix}"


def _parse(path: Path) -> BackupInfo | None:
    match = NAME_PATTERN.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, BackupKind(match.group(3)), size)


def list_backups(folder: Path | str | None = None, suffix: str = SQLITE_SUFFIX) -> list[BackupInfo]:
    """The backups in the folder, newest first (files named as this program names them): SQLite copies, or with
    ``suffix=".dump"`` the PostgreSQL dumps; each kind is rotated on its own."""
    chosen = Path(folder) if folder else paths.default_backup_dir()
    try:
        found = [info for path in chosen.iterdir() if path.suffix == suffix and (info := _parse(path)) is not None]
    except OSError:
        return []
    return sorted(found, key=lambda info: (info.taken_at, _sequence(info.path)), reverse=True)


def _sequence(path: Path) -> int:
    match = NAME_PATTERN.match(path.name)
    return int(match.group(2) or 1) if match else 0


def _free_path(folder: Path, kind: BackupKind, moment: datetime, suffix: str) -> Path:
    path, n = folder / backup_name(kind, moment, suffix), 1
    while path.exists():  # two backups in one second (a start and a manual one)
        n += 1
        path = folder / f"mediation-{store.stamp(moment)}-{n}-{kind.value}{suffix}"
    return path


def backup_now(
    ctx: ServiceContext,
    folder: Path | str | None = None,
    kind: BackupKind | str = BackupKind.MANUAL,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the database, consistently even while others write, to a new file in the folder; then verify it.

    A copy holds every party's personal data, so only an administrator (or the system) makes one by hand."""
    require_admin(ctx)
    return _backup(ctx, folder, BackupKind(kind), now or datetime.now(), progress)


def _backup(
    ctx: ServiceContext, folder: Path | str | None, kind: BackupKind, moment: datetime, progress: Progress | None
) -> BackupInfo:
    method = backup_method(ctx)
    _refuse_server_side(method)
    out = _free_path(backup_folder(folder), kind, moment, method.suffix)
    return _copy_to(ctx, out, kind, moment, progress, method)


def _refuse_server_side(method: BackupMethod) -> None:
    if method.by_server:
        raise ServiceError("backup.server_side", url=method.location)


def backup_to_file(ctx: ServiceContext, out: Path, *, progress: Progress | None = None) -> BackupInfo:
    """A manual backup to a file the user named (``mediation-app backup OUT``)."""
    require_admin(ctx)
    method = backup_method(ctx)
    _refuse_server_side(method)
    backup_folder(out.parent)
    return _copy_to(ctx, out, BackupKind.MANUAL, datetime.now(), progress, method)


def _copy_to(
    ctx: ServiceContext,
    out: Path,
    kind: BackupKind,
    moment: datetime,
    progress: Progress | None,
    method: BackupMethod,
) -> BackupInfo:
    if method.tool is not None:  # pg_dump: a dump of the server's database, checked by pg_restore --list
        size = pg_backup.dump(ctx.db.engine, method.tool, out)
        pg_restore = pg_backup.find_tool("pg_restore", method.tool)
        whole = pg_backup.dump_is_whole(pg_restore, out) if pg_restore is not None else None
        return BackupInfo(out, moment, kind, size, verified=whole)
    size = store.backup_engine(ctx.db.engine, out, progress)
    report = store.verify_backup(out)
    return BackupInfo(out, moment, kind, size, verified=report.ok)


def automatic_backup(
    ctx: ServiceContext, kind: BackupKind | str, folder: Path | str | None = None, now: datetime | None = None
) -> BackupInfo | None:
    """A start, exit or daily backup (daily only if none was taken today), then the rotation of old ones.

    If the new copy fails its check the rotation is skipped: older good copies are never let go for it."""
    kind = BackupKind(kind)
    moment = now or datetime.now()
    method = backup_method(ctx)
    if method.by_server or (method.kind == "pg_dump" and kind is not BackupKind.DAILY):
        return None  # a shared server: its own backups, or one dump a day, not one at every desk's start and exit
    taken = list_backups(folder, method.suffix)
    if kind is BackupKind.DAILY and any(b.taken_at.date() == moment.date() for b in taken):
        return None
    info = _backup(ctx, folder, kind, moment, None)  # whoever is signed in: the program protects itself
    if info.verified:
        rotate_backups(folder, moment, method.suffix)
    return info


def rotate_backups(folder: Path | str | None, now: datetime, suffix: str = SQLITE_SUFFIX) -> list[Path]:
    """Delete the automatic backups the rotation lets go; manual ones and the newest are always kept."""
    backups = {info.path.name: info for info in list_backups(folder, suffix)}
    entries = [BackupEntry(name, info.taken_at, info.kind) for name, info in backups.items()]
    deleted = []
    for entry in backups_to_delete(entries, now):
        path = backups[entry.name].path
        try:
            path.unlink()
        except OSError:
            continue  # a file that cannot be deleted now is tried again at the next rotation
        deleted.append(path)
    return deleted


def backup_overview(ctx: ServiceContext, folder: Path | str | None = None) -> tuple[BackupMethod, list[BackupInfo]]:
    """For the settings box: how this desk backs up, and the backups of that kind in the folder."""
    method = backup_method(ctx)
    return method, list_backups(folder, method.suffix)


def choose_pg_dump(ctx: ServiceContext, program: Path | str) -> BackupMethod:
    """Keep the pg_dump program chosen in 设置 → 备份 (where the command line finds it too); refused if it is
    not a program called pg_dump."""
    from mediation_app.services.database_choice import load_choice, save_choice

    require_admin(ctx)
    chosen = Path(program)
    if pg_backup.find_tool("pg_dump", chosen) != chosen:
        raise ServiceError("backup.pg_dump", path=str(chosen))
    save_choice(ctx, replace(load_choice(), pg_dump=str(chosen)))
    return backup_method(ctx, chosen)


def verify_backup_file(path: Path | str) -> BackupReport:
    return store.verify_backup(Path(path))


def check_restore(ctx: ServiceContext, path: Path | str) -> BackupReport:
    """Before a restore from the settings screen: an administrator's job; the file's check."""
    require_admin(ctx)
    return store.verify_backup(Path(path))


def newest_good_backup(folder: Path | str | None = None) -> tuple[BackupInfo, BackupReport] | None:
    """The newest backup in the folder that passes verification (checked newest first)."""
    for info in list_backups(folder):
        report = store.verify_backup(info.path)
        if report.ok:
            return info, report
    return None


def database_file(target: str | Path, backup: Path | str | None = None) -> Path:
    """The SQLite file a --db argument names. A PostgreSQL server is refused with the pg_restore command its
    administrator runs: restoring a database every desk shares is not done from one desk."""
    url = database_url(target)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        command = pg_backup.restore_command(url, Path(backup or "BACKUP.dump"))
        raise ServiceError("backup.pg_restore", url=url.render_as_string(hide_password=True), command=command)
    return Path(url.database)


def restore_backup(target: str | Path, backup: Path | str, *, set_aside: bool = False) -> RestoreResult:
    """Replace the database (its engine must be disposed first) with a verified backup; the current one is
    kept as a safety copy (or, for a damaged file, set aside under a new name). Refuses a bad backup."""
    return store.restore(database_file(target, backup), Path(backup), set_aside=set_aside)


def backup_taken_at(path: Path | str) -> datetime | None:
    """When a backup was made: from its name if this program named it, else the file's time."""
    path = Path(path)
    info = _parse(path)
    if info is not None:
        return info.taken_at
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
