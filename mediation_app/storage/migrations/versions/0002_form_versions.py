"""form versions: the exact form text each issued paper was printed with

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_versions",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("form_id", sa.String(length=40), nullable=False),
        sa.Column("form_text", sa.Text(), nullable=False),
        sa.Column("common_text", sa.Text(), nullable=False),
        sa.Column("first_used_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_form_versions")),
    )


def downgrade() -> None:
    op.drop_table("form_versions")
