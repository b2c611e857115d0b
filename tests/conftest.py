"""Shared fixtures: a database migrated to head (SQLite file, or a PostgreSQL copy of a migrated template) and a
service context on it; storage and service tests run on both backends, ids ``sqlite`` and ``pg``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_app.app import open_context
from mediation_app.services.context import ServiceContext
from tests import pg
from tests.backends import ModuleDatabases

BACKENDS = ("sqlite", "pg")
# Test folders whose tests run on both backends (every other test uses SQLite, without a backend id).
BOTH_BACKENDS = ("storage", "services")
SQLITE_ONLY = "sqlite_only"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{SQLITE_ONLY}(reason): about SQLite files by nature (WAL, file damage, disk full, the file's backups);"
        " runs on SQLite only, never on PostgreSQL",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``backend`` is parametrized sqlite/pg for storage and service tests, except those marked sqlite_only."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    marker = metafunc.definition.get_closest_marker(SQLITE_ONLY)
    if marker is not None and not (marker.args or marker.kwargs.get("reason")):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs its reason")
    if folder in BOTH_BACKENDS or getattr(metafunc.module, "BOTH_BACKENDS", False):
        metafunc.parametrize("backend", BACKENDS if marker is None else ("sqlite",), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``pg`` (``sqlite`` where the test is not parametrized)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the real user data directory from a test.
    monkeypatch.setenv("MEDIATION_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file's path (not yet created): for tests about the file itself."""
    return tmp_path / "test.sqlite3"


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head with its office, made once per run; each test gets a copy."""
    pg.server_url()  # skips (or fails under CI) when there is no server
    with pg.fresh_database() as url:
        open_context(pg.url_text(url)).db.dispose()  # no connection may stay open: a template must be idle
        yield str(url.database)


@pytest.fixture
def db_target(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where the test's database is: a SQLite file path, or the URL of a fresh PostgreSQL copy of the template."""
    if backend == "sqlite":
        yield str(db_path)
        return
    template = request.getfixturevalue("pg_template")
    with pg.fresh_database(template=template) as url:
        yield pg.url_text(url)


@pytest.fixture
def empty_target(backend: str, db_path: Path) -> Iterator[str]:
    """Like ``db_target`` but an empty database (no schema yet): for the migration tests."""
    if backend == "sqlite":
        yield str(db_path)
        return
    with pg.fresh_database() as url:
        yield pg.url_text(url)


@pytest.fixture
def ctx(db_target: str) -> Iterator[ServiceContext]:
    context = open_context(db_target)
    yield context
    context.db.dispose()


@pytest.fixture(scope="module")
def module_databases(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[ModuleDatabases]:
    databases = ModuleDatabases(tmp_path_factory, request)
    yield databases
    databases.close()
