"""Bring a database to the head revision at start-up, in one transaction, refusing newer schemas."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mediation_app import paths
from mediation_app.storage.engine import Database, create_db_engine, write_failure
from mediation_app.storage.errors import StorageError
from mediation_app.storage.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration has to run: it costs start-up time on every launch otherwise.


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def check_schema_known(engine: Engine) -> str | None:
    """The database's revision; a revision this program does not know means a newer program wrote it."""
    current = current_revision(engine)
    if current is None or current == HEAD_REVISION:
        return current
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise StorageError("db.newer_schema", revision=current) from exc
    return current


def upgrade_to_head(engine: Engine) -> bool:
    """Migrate to head; True if anything ran. All revisions commit together or not at all. A file damaged deep
    inside (its first page reads) is reported as ``db.damaged`` and so offered its backups, never a traceback."""
    try:
        return _upgrade(engine)
    except sa.exc.DatabaseError as exc:
        failure = write_failure(exc, str(engine.url.database or engine.url))
        if failure is None:
            raise
        raise failure from exc


def _upgrade(engine: Engine) -> bool:
    current = check_schema_known(engine)
    if current == HEAD_REVISION:
        return False
    from alembic import command

    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        command.upgrade(alembic_config(conn), "head")
    return True


def open_migrated(target: str | Path) -> Database:
    """The database at ``target`` (a path or URL), migrated to head; the engine is disposed if that fails."""
    engine = create_db_engine(target)
    try:
        upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)
