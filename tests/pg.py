"""The PostgreSQL server the tests use: ``MEDIATION_DESK_TEST_PG`` (an admin URL; `.ci/postgres start` sets it)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

ENV = "MEDIATION_DESK_TEST_PG"
NO_SERVER = f'no PostgreSQL server for the tests: {ENV} is not set (`eval "$(.ci/postgres start)"` starts one)'


def server_url() -> URL:
    """The admin URL; without one the test is skipped with the reason, except in CI where that is an error."""
    text = os.environ.get(ENV)
    if not text:
        if os.environ.get("CI"):
            pytest.fail(NO_SERVER)
        pytest.skip(NO_SERVER)
    return make_url(text)


def url_text(url: URL) -> str:
    """The URL as the program takes it on its command line (with its password, unlike ``str(url)``)."""
    return url.render_as_string(hide_password=False)


def _admin_engine(url: URL) -> sa.Engine:
    return sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)


@contextmanager
def fresh_database(template: str | None = None) -> Iterator[URL]:
    """A new, empty (or copied from ``template``) database on the server, dropped afterwards."""
    admin = server_url()
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    engine = _admin_engine(admin)
    with engine.connect() as conn:
        clause = f" TEMPLATE {template}" if template else ""
        conn.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
    try:
        yield admin.set(database=name)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        engine.dispose()
