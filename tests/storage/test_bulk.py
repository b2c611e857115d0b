"""Bulk loading: SQLite's direct executemany stores exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app.app import open_database
from mediation_app.domain.vocabulary import Gender, PartyKind
from mediation_app.storage import bulk

ROWS = [
    {"id": 1, "kind": PartyKind.PERSON, "name": "周玥", "gender": Gender.FEMALE, "birth_date": date(1985, 6, 12),
     "id_number": "110105198506120042", "version": 1, "created_at": datetime(2026, 11, 1, 9, 30, 5, 120),
     "updated_at": datetime(2026, 11, 1, 9, 30, 5, 120)},
    {"id": 2, "kind": PartyKind.ORGANISATION, "name": "华联超市有限公司", "gender": None, "birth_date": None,
     "id_number": None, "version": 3, "created_at": datetime(2026, 1, 2, 0, 0), "updated_at": datetime(2026, 1, 2)},
]  # fmt: skip


def _stored(path: Path, load: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            target = bulk.TABLES["parties"]
            if load == "core":
                conn.execute(sa.insert(target), ROWS)
            else:
                with monkeypatch.context() as patch:  # the direct path never hands the rows to SQLAlchemy
                    patch.setattr(sa.Connection, "execute", _refused)
                    bulk.execute_many(conn, target, ROWS)
            return [tuple(row) for row in conn.exec_driver_sql("SELECT * FROM parties ORDER BY id")]
    finally:
        db.dispose()


def _refused(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("went through SQLAlchemy's insert")


def test_the_direct_path_stores_what_sqlalchemy_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Enums, dates, datetimes with microseconds, NULLs, and the columns left to their defaults (phone, address…).
    direct = _stored(tmp_path / "direct.sqlite3", "direct", monkeypatch)
    assert direct == _stored(tmp_path / "core.sqlite3", "core", monkeypatch)
    assert len(direct) == 2 and "female" in direct[0] and "2026-11-01 09:30:05.000120" in direct[0]
