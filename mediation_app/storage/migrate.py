"""Bring a database to the head revision at start-up, in one transaction, refusing newer schemas."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from mediation_app import paths
from mediation_app.storage.errors import StorageError


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema_known(engine: Engine) -> str | None:
    """The database's revision; a revision this program does not know means a newer program wrote it."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise StorageError("db.newer_schema", revision=current) from exc
    return current


def upgrade_to_head(engine: Engine) -> bool:
    """Migrate to head; True if anything ran. All revisions commit together or not at all."""
    current = check_schema_known(engine)
    if current == head_revision():
        return False
    with engine.connect().execution_options(writer=True) as conn, conn.begin():
        command.upgrade(alembic_config(conn), "head")
    return True
