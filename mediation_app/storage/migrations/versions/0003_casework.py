"""the case from mediation to archive: every 不予受理 ground, termination ground, retention period, personal-status
flag, visit details, attachments' 卷内目录 item, and the attachments' bytes in the database (blobs)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TERMINATION = sa.Enum(
    "party_withdraws",
    "no_agreement",
    "party_absent",
    "over_time",
    "other_proceedings",
    "other",
    name="terminationreason",
    native_enum=False,
    length=32,
)
_FILE_ITEM = sa.Enum(
    "application",
    "rights_notice",
    "identity",
    "authorisation",
    "investigation",
    "evidence",
    "mediation_record",
    "agreement",
    "performance",
    "visit",
    "judicial",
    "file_note",
    "back_cover",
    name="casefileitem",
    native_enum=False,
    length=32,
)


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    # New NOT NULL columns get a server default so existing rows are filled; the models default in Python.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("termination_code", _TERMINATION, nullable=True))
        batch_op.add_column(sa.Column("archive_retention", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("not_accepted_grounds", sa.String(length=200), nullable=False, server_default=""))
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("personal_status", sa.Boolean(), nullable=True))
    with op.batch_alter_table("follow_up_visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("visitee_phone", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("place", sa.String(length=200), nullable=False, server_default=""))
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_item", _FILE_ITEM, nullable=True))
        batch_op.add_column(sa.Column("is_case_file", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("is_case_file")
        batch_op.drop_column("file_item")
    with op.batch_alter_table("follow_up_visits", schema=None) as batch_op:
        batch_op.drop_column("place")
        batch_op.drop_column("visitee_phone")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_column("personal_status")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("not_accepted_grounds")
        batch_op.drop_column("archive_retention")
        batch_op.drop_column("termination_code")
    op.drop_table("blobs")
