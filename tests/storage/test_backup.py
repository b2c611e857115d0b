"""Backups: a copy taken while cases are written restores complete; damaged or newer copies are refused."""

from __future__ import annotations

import io
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PIL import Image

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import AttachmentKind
from mediation_app.services.attachments import add_attachment, read_attachment
from mediation_app.services.context import ServiceContext
from mediation_app.storage import backup
from mediation_app.storage.backup import copy_database, restore, verify_backup
from mediation_app.storage.errors import StorageError
from tests.gui.factories import make_case

# A PostgreSQL database is dumped with pg_dump instead (tests/services/test_pg_backup.py).
pytestmark = pytest.mark.sqlite_only(reason="the SQLite file's own backup API, its copies, damage and restore")


def _png() -> bytes:
    image = Image.frombytes("RGB", (16, 12), os.urandom(16 * 12 * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _incomplete_cases(path: Path) -> list[int]:
    """Cases without a number or without a party: what a torn copy would show."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id)"
        ).fetchall()
    return [row[0] for row in rows]


def _case_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])


class _Writer(threading.Thread):
    """Registers cases in a loop on its own connection until told to stop."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(daemon=True)
        self.ctx = open_context(db_path)
        self.stop = threading.Event()
        self.saved = 0
        self.saved_once_more = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                make_case(self.ctx, f"当事人{self.saved}", respondent="对方")
                self.saved += 1
                self.saved_once_more.set()
        except BaseException as error:  # reported by the test
            self.error = error
        finally:
            self.ctx.db.dispose()


def test_backup_taken_while_cases_are_written_restores_complete(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(40):
        make_case(ctx, f"旧案{i}", respondent="对方", id_number="")
    monkeypatch.setattr(backup, "STEP_PAGES", 4)  # many steps, so the writer runs between them
    writer = _Writer(db_path)
    writer.start()
    steps: list[int] = []

    def progress(done: int, total: int) -> None:
        if not steps:  # the writer commits while the copy is under way: the copy never blocks it
            writer.saved_once_more.clear()
            assert writer.saved_once_more.wait(10)
        steps.append(done)

    out = tmp_path / "during.sqlite3"
    assert writer.saved_once_more.wait(10)
    copy_database(db_path, out, progress)
    writer.stop.set()
    writer.join(30)
    assert writer.error is None
    assert len(steps) > 3 and not (tmp_path / "during.sqlite3.part").exists()
    report = verify_backup(out)
    assert report.ok, report.details
    assert 40 < report.cases < 40 + writer.saved + 1  # some, not all, of the concurrent saves
    restored = tmp_path / "restored.sqlite3"
    restore(restored, out)
    assert _incomplete_cases(restored) == []
    again = open_context(restored)
    again.db.dispose()
    assert verify_backup(restored).ok


def test_attachment_bytes_come_back_after_restore(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    case = make_case(ctx, "李四", accept=True)
    data = _png()
    info = add_attachment(ctx, case.case_id, data, "证据.png", AttachmentKind.EVIDENCE)
    out = tmp_path / "with-attachment.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    restored = tmp_path / "elsewhere.sqlite3"
    restore(restored, out)
    other = open_context(restored)
    try:
        assert read_attachment(other, info.attachment_id) == data
    finally:
        other.db.dispose()


def _overwrite_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * 8192)


def test_corrupted_backup_is_refused_and_nothing_is_replaced(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    for i in range(60):
        make_case(ctx, f"王{i}", respondent="赵")
    out = tmp_path / "damaged.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    _overwrite_middle(out)
    report = verify_backup(out)
    assert not report.ok and report.problem in {"backup.damaged", "backup.audit_broken"}
    target = tmp_path / "current.sqlite3"
    target.write_bytes(db_path.read_bytes())
    before = target.read_bytes()
    with pytest.raises(StorageError) as refused:
        restore(target, out)
    assert refused.value.code == report.problem and refused.value.params["path"] == str(out)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("safety-*"))


def test_newer_schema_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "newer.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    with sqlite3.connect(out) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    report = verify_backup(out)
    assert (report.ok, report.problem, report.revision) == (False, "backup.newer_schema", "9999_future")
    with pytest.raises(StorageError, match=r"backup\.newer_schema"):
        restore(tmp_path / "target.sqlite3", out)
    assert not (tmp_path / "target.sqlite3").exists()


def test_files_that_are_not_backups_are_named_as_such(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("调解记录", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert verify_backup(text).problem == "backup.not_sqlite"
    assert verify_backup(other).problem == "backup.not_ours"
    assert verify_backup(tmp_path / "missing.sqlite3").problem == "backup.unreadable"


def test_restore_keeps_a_safety_copy_of_the_current_database(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    make_case(ctx, "甲")
    out = tmp_path / "one-case.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    make_case(ctx, "乙")  # only in the current database
    ctx.db.dispose()
    result = restore(db_path, out)
    assert result.kept_at is not None and result.kept_at.name.startswith("safety-")
    assert result.kept_at.parent == db_path.parent
    assert verify_backup(result.kept_at).ok
    assert (_case_count(result.kept_at), _case_count(db_path)) == (2, 1)
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


def test_a_damaged_database_is_set_aside_under_a_dated_name(ctx: ServiceContext, tmp_path: Path) -> None:
    make_case(ctx, "丙")
    out = tmp_path / "good.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    target = tmp_path / "desk.sqlite3"
    target.write_bytes(b"this is not a database at all" * 100)
    result = restore(target, out, set_aside=True)
    assert result.kept_at is not None and result.kept_at.name.startswith("desk-damaged-")
    assert result.kept_at.read_bytes() == b"this is not a database at all" * 100
    assert _case_count(target) == 1


def test_safety_copy_of_an_unreadable_database_keeps_its_bytes(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "good.sqlite3"
    backup.backup_engine(ctx.db.engine, out)
    target = tmp_path / "desk.sqlite3"
    target.write_bytes(b"garbage" * 1000)
    result = restore(target, out)
    assert result.kept_at is not None and result.kept_at.read_bytes() == b"garbage" * 1000
    assert verify_backup(target).ok
