"""Shared fixtures: a temporary SQLite database migrated to head, and a service context on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_app.app import open_context
from mediation_app.services.context import ServiceContext


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the real user data directory from a test.
    monkeypatch.setenv("MEDIATION_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[ServiceContext]:
    context = open_context(db_path)
    yield context
    context.db.dispose()
