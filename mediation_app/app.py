"""Composition root: database location, engine, upgrade, services, then the GUI or a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mediation_app import paths

if TYPE_CHECKING:
    from mediation_app.services.context import ServiceContext
    from mediation_app.storage.engine import Database

# Services and storage (SQLAlchemy) are imported inside the functions: the GUI shows its window first
# and opens the database right after, so start-up does not wait for those imports.


def resolve_target(db: str | None) -> str | Path:
    """The --db argument, then the database chosen in 设置 (a PostgreSQL server), then this PC's SQLite file."""
    if db:
        return db
    from mediation_app.services.database_choice import saved_target

    return saved_target() or paths.default_database_path()


def open_database(target: str | Path) -> Database:
    """Open (creating on first start) and migrate the database; raises StorageError with a code."""
    from mediation_app.storage import server
    from mediation_app.storage.migrate import open_migrated

    if server.is_server(target):  # reached within seconds or refused with what to check; writers take turns
        return server.open_server(str(target))
    return open_migrated(target)


def open_context(target: str | Path) -> ServiceContext:
    from mediation_app.services.context import ServiceContext
    from mediation_app.services.office import ensure_office
    from mediation_app.services.setup import prepare_database

    db = open_database(target)
    office = ensure_office(db)
    prepare_database(db)
    return ServiceContext(db=db, office_id=office.office_id)


def run_gui(db: str | None) -> int:
    """The desktop program on the database ``db`` (or the default one); the window opens before the database."""
    from mediation_app.gui.application import run_gui as start_gui

    target = resolve_target(db)
    db_path = Path(target) if "://" not in str(target) else None  # a SQLite file: backed up, recoverable
    return start_gui(lambda: open_context(target), argv=[sys.argv[0]], db_path=db_path, db_from_settings=db is None)


def main(argv: Sequence[str] | None = None) -> int:
    from mediation_app import cli

    return cli.run(list(sys.argv[1:] if argv is None else argv))
