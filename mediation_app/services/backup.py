"""Backups as use cases: back up now, automatic backups with rotation, the list of backups, restore."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mediation_app import paths
from mediation_app.domain.backup_rotation import BackupEntry, BackupKind, backups_to_delete
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage import backup as store
from mediation_app.storage.backup import BackupReport, RestoreResult
from mediation_app.storage.engine import database_url

NAME_PATTERN = re.compile(r"^mediation-(\d{8}-\d{6})(?:-(\d+))?-(start|exit|daily|manual)\.sqlite3$")
Progress = Callable[[int, int], None]


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


def backup_name(kind: BackupKind, moment: datetime) -> str:
    return f"mediation-{store.stamp(moment)}-{kind.value}.sqlite3"


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


def list_backups(folder: Path | str | None = None) -> list[BackupInfo]:
    """The backups in the folder, newest first (files named as this program names them)."""
    chosen = Path(folder) if folder else paths.default_backup_dir()
    try:
        found = [info for path in chosen.iterdir() if (info := _parse(path)) is not None]
    except OSError:
        return []
    return sorted(found, key=lambda info: (info.taken_at, _sequence(info.path)), reverse=True)


def _sequence(path: Path) -> int:
    match = NAME_PATTERN.match(path.name)
    return int(match.group(2) or 1) if match else 0


def _free_path(folder: Path, kind: BackupKind, moment: datetime) -> Path:
    path, n = folder / backup_name(kind, moment), 1
    while path.exists():  # two backups in one second (a start and a manual one)
        n += 1
        path = folder / f"mediation-{store.stamp(moment)}-{n}-{kind.value}.sqlite3"
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
    out = _free_path(backup_folder(folder), kind, moment)
    return _copy_to(ctx, out, kind, moment, progress)


def backup_to_file(ctx: ServiceContext, out: Path, *, progress: Progress | None = None) -> BackupInfo:
    """A manual backup to a file the user named (``mediation-app backup OUT``)."""
    require_admin(ctx)
    backup_folder(out.parent)
    return _copy_to(ctx, out, BackupKind.MANUAL, datetime.now(), progress)


def _copy_to(
    ctx: ServiceContext, out: Path, kind: BackupKind, moment: datetime, progress: Progress | None
) -> BackupInfo:
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
    if kind is BackupKind.DAILY and any(b.taken_at.date() == moment.date() for b in list_backups(folder)):
        return None
    info = _backup(ctx, folder, kind, moment, None)  # whoever is signed in: the program protects itself
    if info.verified:
        rotate_backups(folder, moment)
    return info


def rotate_backups(folder: Path | str | None, now: datetime) -> list[Path]:
    """Delete the automatic backups the rotation lets go; manual ones and the newest are always kept."""
    backups = {info.path.name: info for info in list_backups(folder)}
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


def database_file(target: str | Path) -> Path:
    """The SQLite file a --db argument names; PostgreSQL is refused (back it up with pg_dump)."""
    url = database_url(target)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise ServiceError("backup.postgres", url=url.render_as_string(hide_password=True))
    return Path(url.database)


def restore_backup(target: str | Path, backup: Path | str, *, set_aside: bool = False) -> RestoreResult:
    """Replace the database (its engine must be disposed first) with a verified backup; the current one is
    kept as a safety copy (or, for a damaged file, set aside under a new name). Refuses a bad backup."""
    return store.restore(database_file(target), Path(backup), set_aside=set_aside)


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
