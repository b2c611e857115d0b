"""the row-level audit trail: each event names the changed row and the digest of the row after the change, and
every row already stored is accounted for by one baseline event per table

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mediation_app.storage.audit_rows import record_baseline

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("row_key", sa.String(length=160), nullable=True))
    op.add_column("audit_events", sa.Column("row_digest", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_events_entity_row_key", "audit_events", ["entity", "row_key"], unique=False)
    record_baseline(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM audit_events WHERE action = 'baseline' OR row_key IS NOT NULL")
    op.drop_index("ix_audit_events_entity_row_key", table_name="audit_events")
    for column in ("row_digest", "row_key"):
        op.drop_column("audit_events", column)
