"""the ledger's search index: FTS5 tables over each case's number, party names and phones, title and facts, kept in
step by triggers and built here for the existing cases (SQLite; PostgreSQL gets a pg_trgm index over the same text)

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

from mediation_app.storage import pg_search, search_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # a trigram index instead (pg_search); SQLite's is unchanged
        for statement in pg_search.create_sql():
            op.execute(statement)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_index.create_sql():
        op.execute(statement)
    search_index.build_from(op.get_bind(), 1)  # the cases already there


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg_search.drop_sql():
            op.execute(statement)
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in search_index.drop_sql():
        op.execute(statement)
