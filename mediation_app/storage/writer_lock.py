"""Several desks on one PostgreSQL server: writing transactions take turns, as BEGIN IMMEDIATE makes them on SQLite.

Every change appends to the hash-chained audit trail, which reads the last event's hash; two desks writing at the
same moment would both chain onto it and fork the trail. So a writer session's transaction first takes one
transaction-level advisory lock (per database; released by COMMIT or ROLLBACK, also when a desk's connection
dies). Readers never wait for it. The migration at start-up is a writer too, so two desks starting together on an
empty database migrate one after the other."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

# pg_advisory_xact_lock's key: any fixed 64-bit number that no other program on the server uses for this database.
WRITER_LOCK_KEY = 0x4D445F5752495445  # "MD_WRITE"


def _take_turn(conn: sa.Connection) -> None:
    if conn.get_execution_options().get("writer"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def install(engine: Engine) -> None:
    """Make the engine's writer transactions (``execution_options(writer=True)``) take turns; SQLite: nothing to do
    (its writers begin IMMEDIATE). Installing twice is harmless."""
    if engine.dialect.name != "postgresql" or event.contains(engine, "begin", _take_turn):
        return
    event.listen(engine, "begin", _take_turn)
