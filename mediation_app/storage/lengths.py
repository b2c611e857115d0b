"""Text longer than its String(n) column is refused before it is written, the same on SQLite as on PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import InstanceState, Session

from mediation_app.storage.errors import StorageError

# SQLite stores any length, PostgreSQL refuses with an error; both now give the services' own ``input.too_long``.


@cache
def limits(table: sa.Table) -> dict[str, int]:
    """Column name → the most characters it takes, for the table's plain String(n) columns."""
    found: dict[str, int] = {}
    for column in table.columns:
        length = getattr(column.type, "length", None)
        if isinstance(column.type, sa.String) and not isinstance(column.type, sa.Enum) and length:
            found[column.key] = int(length)
    return found


def _refuse(table: sa.Table, column: str, value: object) -> None:
    limit = limits(table).get(column)
    if limit is not None and isinstance(value, str) and len(value) > limit:
        raise StorageError("input.too_long", field=f"{table.name}.{column}", limit=limit)


def check_rows(table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Refuse the first over-long value among rows about to be inserted without the ORM (bulk loads)."""
    for column, limit in limits(table).items():  # column by column: the loop the demo's million rows go through
        longest = max((len(value) for row in rows if isinstance(value := row.get(column), str)), default=0)
        if longest > limit:
            raise StorageError("input.too_long", field=f"{table.name}.{column}", limit=limit)


def _check_object(obj: object, *, new: bool) -> None:
    """A new row's every value; a changed row's changed values only (an old over-long value stored by SQLite before
    this check never blocks editing something else of that row)."""
    state: InstanceState[Any] = sa.inspect(obj, raiseerr=True)
    table = state.mapper.local_table
    if not isinstance(table, sa.Table):
        return
    for attr in state.mapper.column_attrs:
        key = attr.columns[0].key
        if key not in limits(table) or attr.key not in state.dict:  # never loads an expired value to check it
            continue
        if new or state.attrs[attr.key].history.added:
            _refuse(table, key, state.dict[attr.key])


def before_flush(session: Session, _context: Any, _instances: Sequence[object] | None) -> None:
    for obj in session.new:
        _check_object(obj, new=True)
    for obj in session.dirty:
        _check_object(obj, new=False)


def install(session_factory: Any) -> None:
    """Check every flush of a sessionmaker's sessions (the writer's)."""
    sa.event.listen(session_factory, "before_flush", before_flush)
