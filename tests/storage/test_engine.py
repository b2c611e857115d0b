"""The database file: PRAGMAs on every connection, and refusal of files we must not touch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app.app import open_database
from mediation_app.storage.engine import create_db_engine, database_url
from mediation_app.storage.errors import StorageError
from mediation_app.storage.migrate import current_revision, head_revision

SQLITE_FILE = pytest.mark.sqlite_only("about the SQLite file itself: its PRAGMAs, its path, its bytes")


@SQLITE_FILE
def test_sqlite_pragmas_on_every_connection(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert values == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 10_000}


def test_foreign_keys_are_enforced(db_target: str) -> None:
    db = open_database(db_target)
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO case_parties (case_id, party_id, role, position, requests, agent_name,"
            " agent_phone, agent_relation) VALUES (999, 999, 'applicant', 0, '', '', '', '')"
        )


@SQLITE_FILE
def test_first_start_creates_and_migrates(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "dir" / "new.sqlite3"
    db = open_database(target)
    assert target.exists()
    assert current_revision(db.engine) == head_revision()


@SQLITE_FILE
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "ledger.xlsx"
    original = b"PK\x03\x04 this is a spreadsheet, not a database" * 20
    target.write_bytes(original)
    with pytest.raises(StorageError) as info:
        open_database(target)
    assert info.value.code == "db.not_sqlite"
    assert target.read_bytes() == original
    assert not Path(str(target) + "-wal").exists()


@SQLITE_FILE
def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        open_database(tmp_path)
    assert info.value.code == "db.not_sqlite"


@SQLITE_FILE
def test_read_only_location_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom chmod does not stop writes; simulate the permission answer instead.
    target = tmp_path / "ro.sqlite3"
    open_database(target).dispose()
    before = target.read_bytes()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(StorageError) as info:
        open_database(target)
    assert info.value.code == "db.read_only"
    assert target.read_bytes() == before


@SQLITE_FILE
def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as info:
        open_database(db_path)
    assert info.value.code == "db.newer_schema"
    assert info.value.params["revision"] == "9999_from_the_future"
    assert db_path.read_bytes() == before


def test_postgresql_url_is_accepted_as_url() -> None:
    url = database_url("postgresql+psycopg://desk:secret@127.0.0.1:5432/mediation")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "mediation"


def test_bad_url_is_reported() -> None:
    with pytest.raises(StorageError) as info:
        create_db_engine("nonsense://::")
    assert info.value.code == "db.bad_url"


@SQLITE_FILE
def test_location_is_the_file_path(db_path: Path) -> None:
    assert open_database(db_path).location() == str(db_path.resolve())
