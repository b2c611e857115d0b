"""A save that cannot be written (full disk, read-only file) fails with a code the dialogs explain."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from mediation_app.services.context import ServiceContext
from mediation_app.storage.errors import StorageError
from tests.gui.factories import make_case

SQLITE_FILE = pytest.mark.sqlite_only("SQLite's own file limits (max_page_count, query_only) stand in for the disk")


def _on_every_connection(ctx: ServiceContext, pragma: str) -> None:
    def apply(conn: sqlite3.Connection, _record: Any) -> None:
        conn.execute(pragma)

    event.listen(ctx.db.engine, "connect", apply)
    ctx.db.engine.dispose()  # the pooled connections are replaced by ones with the PRAGMA


def _page_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.connection().exec_driver_sql("PRAGMA page_count").scalar_one())


@SQLITE_FILE
def test_a_full_disk_is_reported_as_disk_full(ctx: ServiceContext) -> None:
    make_case(ctx, "张三")
    _on_every_connection(ctx, f"PRAGMA max_page_count = {_page_count(ctx)}")
    with pytest.raises(StorageError) as failed:
        for i in range(2000):  # legal-length cases, each with its parties and audit events: the file fills up
            make_case(ctx, f"当事人{i}", respondent=f"对方{i}")
    assert failed.value.code == "db.disk_full"
    assert failed.value.params["path"] == ctx.db.location()


def test_text_longer_than_its_column_is_refused_before_the_write(ctx: ServiceContext) -> None:
    """SQLite would store it and PostgreSQL refuse it with a raw error: both refuse it alike, nothing written."""
    with pytest.raises(StorageError) as failed:
        make_case(ctx, "当事人" * 50)  # the case's applicant names hold 300 characters, the party's name fewer
    assert failed.value.code == "input.too_long"
    assert failed.value.params["limit"] < 150
    with ctx.db.read() as session:
        assert session.execute(sa.text("SELECT count(*) FROM cases")).scalar_one() == 0


@SQLITE_FILE
def test_a_read_only_database_is_reported_as_read_only(ctx: ServiceContext) -> None:
    _on_every_connection(ctx, "PRAGMA query_only = ON")
    with pytest.raises(StorageError) as failed:
        make_case(ctx, "李四")
    assert failed.value.code == "db.read_only"
