"""A save that cannot be written (full disk, read-only file) fails with a code the dialogs explain."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from mediation_app.services.context import ServiceContext
from mediation_app.storage.errors import StorageError
from tests.gui.factories import make_case


def _on_every_connection(ctx: ServiceContext, pragma: str) -> None:
    def apply(conn: sqlite3.Connection, _record: Any) -> None:
        conn.execute(pragma)

    event.listen(ctx.db.engine, "connect", apply)
    ctx.db.engine.dispose()  # the pooled connections are replaced by ones with the PRAGMA


def _page_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.connection().exec_driver_sql("PRAGMA page_count").scalar_one())


def test_a_full_disk_is_reported_as_disk_full(ctx: ServiceContext) -> None:
    make_case(ctx, "张三")
    _on_every_connection(ctx, f"PRAGMA max_page_count = {_page_count(ctx)}")
    with pytest.raises(StorageError) as failed:
        for i in range(200):  # the WAL fills the last free pages after a few cases
            make_case(ctx, f"当事人{i}" * 50)
    assert failed.value.code == "db.disk_full"
    assert failed.value.params["path"] == ctx.db.location()


def test_a_read_only_database_is_reported_as_read_only(ctx: ServiceContext) -> None:
    _on_every_connection(ctx, "PRAGMA query_only = ON")
    with pytest.raises(StorageError) as failed:
        make_case(ctx, "李四")
    assert failed.value.code == "db.read_only"
