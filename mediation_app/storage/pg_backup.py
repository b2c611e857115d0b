"""Backups of a PostgreSQL database with the server's own tools: ``pg_dump -Fc`` to a file (through ``.part``, so a
failed dump leaves no half file), checked with ``pg_restore --list``; the password goes in PGPASSWORD, never on the
command line."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, Engine

from mediation_app.storage.errors import StorageError

DUMP_TIMEOUT_S = 6 * 60 * 60  # a large office database over a slow network; never forever
LIST_TIMEOUT_S = 300


def find_tool(name: str, configured: str | Path | None = None) -> Path | None:
    """``configured`` if it is a program, else ``name`` (pg_dump, pg_restore) on PATH, else beside ``configured``."""
    if configured:
        chosen = Path(configured)
        if chosen.is_file() and os.access(chosen, os.X_OK):
            if chosen.stem == name:
                return chosen
            sibling = chosen.with_name(name + chosen.suffix)  # pg_restore beside a configured pg_dump
            if sibling.is_file():
                return sibling
    found = shutil.which(name)
    return Path(found) if found else None


def _connection_args(url: URL, *, prompt: bool = False) -> list[str]:
    args = [] if prompt else ["--no-password"]  # never prompt from a desk: nobody is at a terminal to answer
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args


def _environment(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # the child's environment: not in ps, not in any log
    return env


def _failure(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (result.stderr or "").splitlines() if line.strip()]
    return lines[-1].strip() if lines else f"exit status {result.returncode}"


def dump(engine: Engine, pg_dump: Path, out: Path) -> int:
    """``pg_dump -Fc`` of the engine's database to ``out``; its size. ``backup.write`` when the dump fails."""
    url = engine.url
    part = out.with_name(out.name + ".part")
    command = [str(pg_dump), "--format=custom", "--file", str(part), *_connection_args(url), url.database or ""]
    try:
        result = subprocess.run(
            command, env=_environment(url), capture_output=True, text=True, timeout=DUMP_TIMEOUT_S, check=False
        )
        if result.returncode != 0:
            raise StorageError("backup.write", path=str(out), reason=_failure(result))
        os.replace(part, out)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError("backup.write", path=str(out), reason=str(exc)) from exc
    finally:
        part.unlink(missing_ok=True)
    return out.stat().st_size


def list_dump(pg_restore: Path, path: Path) -> list[str]:
    """The dump's table of contents (``pg_restore --list``); ``backup.damaged`` if it does not read."""
    try:
        result = subprocess.run(
            [str(pg_restore), "--list", str(path)], capture_output=True, text=True, timeout=LIST_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError("backup.damaged", path=str(path), detail=str(exc)) from exc
    if result.returncode != 0:
        raise StorageError("backup.damaged", path=str(path), detail=_failure(result))
    return [line for line in result.stdout.splitlines() if line and not line.startswith(";")]


def dump_is_whole(pg_restore: Path, path: Path) -> bool:
    """The dump reads and holds this program's tables with their data (cases and the audit trail)."""
    try:
        contents = list_dump(pg_restore, path)
    except StorageError:
        return False
    needed = ("TABLE DATA public cases ", "TABLE DATA public audit_events ")
    return all(any(word in line for line in contents) for word in needed)


def restore_command(url: URL, path: Path) -> str:
    """What an administrator runs to restore a dump into the server's database (shown, never run from a desk)."""
    args = " ".join(_connection_args(url, prompt=True))
    return f'pg_restore --clean --if-exists --single-transaction {args} --dbname {url.database} "{path}"'
