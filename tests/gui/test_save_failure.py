"""A save refused by the disk (full, read-only) is explained in Chinese and the typed input stays."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from mediation_app.gui.views.settings_view import SettingsView
from mediation_app.services.context import ServiceContext


def _on_every_connection(ctx: ServiceContext, pragma: str) -> None:
    def apply(conn: sqlite3.Connection, _record: Any) -> None:
        conn.execute(pragma)

    event.listen(ctx.db.engine, "connect", apply)
    ctx.db.engine.dispose()


def _page_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.connection().exec_driver_sql("PRAGMA page_count").scalar_one())


def _fill_until_refused(qtbot, view: SettingsView) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Save legal-length addresses, each one recorded in the audit trail, until the full file refuses one."""
    for i in range(500):
        address = f"某市某区某街道幸福路{i}号" + "院" * 150
        view.fields["address"].setText(address)
        if i % 2:  # typed, so the view knows it was edited
            qtbot.keyClick(view.fields["name"], Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(view.fields["name"], "2")
        view.save()
        if view.notice.property("kind") == "error":
            return view.fields["name"].text(), address
    raise AssertionError("the file never filled up")


@pytest.mark.parametrize("failure", ["full", "read_only"])
def test_office_details_stay_typed_when_the_save_fails(qtbot, ctx, runner, app_settings, failure: str) -> None:  # type: ignore[no-untyped-def]
    view = SettingsView(ctx, runner, app_settings)
    qtbot.addWidget(view)
    view.load()
    if failure == "full":
        _on_every_connection(ctx, f"PRAGMA max_page_count = {_page_count(ctx)}")
        typed_name, address = _fill_until_refused(qtbot, view)
    else:
        address = "某市某区幸福路8号"
        view.fields["address"].setText(address)
        qtbot.keyClicks(view.fields["name"], " 2")  # typed, so the view knows it was edited
        typed_name = view.fields["name"].text()
        _on_every_connection(ctx, "PRAGMA query_only = ON")
        view.save()
    expected = "磁盘已满或无法写入" if failure == "full" else "只读"
    assert expected in view.notice.text() and view.notice.property("kind") == "error"
    assert view.fields["name"].text() == typed_name and view.fields["address"].text() == address
    assert view.dirty
