"""Alembic environment: migrations run on the connection the program hands over, inside its one transaction."""

from __future__ import annotations

from alembic import context

import mediation_app.storage.models  # noqa: F401  (registers every table)
from mediation_app.storage.base import Base
from mediation_app.storage.search_index import is_index_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always passes its connection
    raise RuntimeError("run migrations through mediation_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
    # The search index's FTS tables (PostgreSQL: its trigram index) are made by SQL, not the models: autogenerate
    # must not propose dropping them.
    include_name=lambda name, type_, _parents: not (type_ in ("table", "index") and is_index_object(name)),
)
with context.begin_transaction():
    context.run_migrations()
