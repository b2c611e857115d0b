"""the 联席会议 agenda's sources: the 疑难 flag, a mediator's proposal of a case for the next meeting, why each item
is on the agenda; and the indexes the ledger's filters and sorts and a period's statistics need at 100,000 cases

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New NOT NULL columns get a server default so existing rows are filled; the models default in Python.
    # Plain ALTER TABLE ADD COLUMN, never a batch rebuild of ``cases``: the search triggers name the table, and
    # dropping it would cascade to every case's records.
    op.add_column("cases", sa.Column("difficult", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("cases", sa.Column("meeting_proposed_at", sa.DateTime(), nullable=True))
    op.add_column("cases", sa.Column("meeting_proposal", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("joint_meeting_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_reason", sa.String(length=80), nullable=False, server_default=""))
    op.create_index("ix_case_mediators_name", "case_mediators", ["name", "case_id"], unique=False)
    # The ledger and the statistics at 100,000 cases (tests/bench/office.py).
    op.create_index("ix_cases_due_sort", "cases", [sa.text("coalesce(due_date, '9999-12-31')"), "id"], unique=False)
    op.create_index(
        "ix_cases_ledger_filters",
        "cases",
        ["status", "route", "risk", "channel", "dispute_type", "community", "grid", "due_date", "received_at"],
        unique=False,
    )
    op.create_index("ix_cases_accepted", "cases", ["accepted_at"], unique=False)
    op.create_index(
        "ix_agreements_effective",
        "agreements",
        ["case_id"],
        unique=False,
        sqlite_where=sa.text("effective_on IS NOT NULL"),
        postgresql_where=sa.text("effective_on IS NOT NULL"),
    )
    op.create_index("ix_follow_up_visits_agreement_id", "follow_up_visits", ["agreement_id"], unique=False)
    op.create_index("ix_agreements_effective_on", "agreements", ["effective_on"], unique=False)  # 司法确认 windows


def downgrade() -> None:
    op.drop_index("ix_agreements_effective_on", table_name="agreements")
    op.drop_index("ix_follow_up_visits_agreement_id", table_name="follow_up_visits")
    op.drop_index("ix_agreements_effective", table_name="agreements")
    for index in ("ix_cases_accepted", "ix_cases_ledger_filters", "ix_cases_due_sort"):
        op.drop_index(index, table_name="cases")
    op.drop_index("ix_case_mediators_name", table_name="case_mediators")
    with op.batch_alter_table("joint_meeting_items", schema=None) as batch_op:
        batch_op.drop_column("agenda_reason")
    for column in ("meeting_proposal", "meeting_proposed_at", "difficult"):  # ALTER TABLE DROP COLUMN (3.35+)
        op.drop_column("cases", column)
