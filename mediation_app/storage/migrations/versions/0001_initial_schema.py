"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _office_number_name() -> str:
    # Released on SQLite with the name of the number column's own constraint, which SQLite allows twice;
    # PostgreSQL names an index after each constraint and needs the distinct name the models now give.
    return "uq_cases_number" if op.get_bind().dialect.name == "sqlite" else "uq_cases_office_year_seq"


def upgrade() -> None:

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "kind", sa.Enum("holiday", "workday", name="calendardaykind", native_enum=False, length=32), nullable=False
        ),
        sa.Column("note", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "clause_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "dispute_type",
            sa.Enum(
                "marriage_family",
                "neighbour",
                "housing_land",
                "contract",
                "business",
                "damages",
                "forest_land",
                "expropriation",
                "environment",
                "labour",
                "consumer",
                "medical",
                "traffic",
                "property_mgmt",
                "other",
                name="disputetype",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("is_payment", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_templates")),
    )
    op.create_table(
        "external_bodies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "police_station",
                "court",
                "labour_arbitration",
                "legal_aid_centre",
                "administrative",
                "specialised_committee",
                "other",
                name="bodykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("contact", sa.String(length=40), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_bodies")),
        sa.UniqueConstraint("name", name=op.f("uq_external_bodies_name")),
    )
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("committee_name", sa.String(length=100), nullable=False),
        sa.Column("case_prefix", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind", sa.Enum("person", "organisation", name="partykind", native_enum=False, length=32), nullable=False
        ),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.Enum("male", "female", name="gender", native_enum=False, length=32), nullable=True),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("occupation", sa.String(length=60), nullable=False),
        sa.Column("employer", sa.String(length=100), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("legal_rep_name", sa.String(length=40), nullable=False),
        sa.Column("legal_rep_title", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parties_credit_code"), ["credit_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_parties_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_parties_name"), ["name"], unique=False)
        batch_op.create_index("ix_parties_name_phone", ["name", "phone"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=40), nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "mediator", "viewer", name="userrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("number_year", sa.Integer(), nullable=True),
        sa.Column("number_seq", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "accepted",
                "not_accepted",
                "diverted",
                "mediating",
                "succeeded",
                "failed",
                "closed",
                "archived",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "walk_in",
                "phone",
                "police",
                "grid_worker",
                "hotline_12345",
                "court",
                "petition",
                "station",
                "proactive",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("referrer_unit", sa.String(length=100), nullable=False),
        sa.Column("referrer_person", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "dispute_type",
            sa.Enum(
                "marriage_family",
                "neighbour",
                "housing_land",
                "contract",
                "business",
                "damages",
                "forest_land",
                "expropriation",
                "environment",
                "labour",
                "consumer",
                "medical",
                "traffic",
                "property_mgmt",
                "other",
                name="disputetype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dispute_type_original", sa.String(length=60), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("community", sa.String(length=60), nullable=False),
        sa.Column("grid", sa.String(length=60), nullable=False),
        sa.Column("people_involved", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column(
            "risk",
            sa.Enum("red", "orange", "yellow", "blue", name="risklevel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "risk_suggested",
            sa.Enum("red", "orange", "yellow", "blue", name="risklevel", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("risk_reasons", sa.Text(), nullable=False),
        sa.Column("risk_override_reason", sa.Text(), nullable=False),
        sa.Column("may_escalate", sa.Boolean(), nullable=False),
        sa.Column(
            "route",
            sa.Enum(
                "police_mediation",
                "peoples_mediation",
                "judicial_mediation",
                "labour_mediation",
                "legal_aid",
                name="route",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "outcome", sa.Enum("success", "failure", name="outcome", native_enum=False, length=32), nullable=True
        ),
        sa.Column(
            "clock",
            sa.Enum(
                "peoples_mediation",
                "labour_mediation",
                "court_assigned",
                "court_entrusted",
                "court_summary",
                "police_mediation",
                "judicial_confirmation",
                "legal_aid",
                "referral_feedback",
                name="clockkind",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column(
            "not_accepted_reason",
            sa.Enum(
                "specialised_organ",
                "already_handled",
                "party_refuses",
                "other",
                name="notacceptedreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("competent_body_id", sa.Integer(), nullable=True),
        sa.Column("termination_reason", sa.Text(), nullable=False),
        sa.Column("routes_told", sa.Text(), nullable=False),
        sa.Column("prevented_criminal", sa.Boolean(), nullable=False),
        sa.Column("prevented_mass_petition", sa.Boolean(), nullable=False),
        sa.Column("resolved_level", sa.String(length=20), nullable=False),
        sa.Column("archive_number", sa.String(length=60), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("applicant_names", sa.String(length=300), nullable=False),
        sa.Column("respondent_names", sa.String(length=300), nullable=False),
        sa.Column("mediator_names", sa.String(length=200), nullable=False),
        sa.Column("import_key", sa.String(length=120), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competent_body_id"], ["external_bodies.id"], name=op.f("fk_cases_competent_body_id_external_bodies")
        ),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_cases_office_id_offices")),
        sa.ForeignKeyConstraint(["received_by_id"], ["users.id"], name=op.f("fk_cases_received_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("archive_number", name=op.f("uq_cases_archive_number")),
        sa.UniqueConstraint("import_key", name=op.f("uq_cases_import_key")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
        sa.UniqueConstraint("office_id", "number_year", "number_seq", name=_office_number_name()),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_community"), ["community"], unique=False)
        batch_op.create_index("ix_cases_due", ["due_date"], unique=False)
        batch_op.create_index("ix_cases_received", ["received_at", "id"], unique=False)
        batch_op.create_index("ix_cases_status_received", ["status", "received_at"], unique=False)
        batch_op.create_index("ix_cases_type_received", ["dispute_type", "received_at"], unique=False)

    op.create_table(
        "intake_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_intake_drafts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_drafts")),
    )
    op.create_table(
        "joint_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=40), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_joint_meetings_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_meetings")),
    )
    with op.batch_alter_table("joint_meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_joint_meetings_held_at"), ["held_at"], unique=False)

    op.create_table(
        "number_counters",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_number_counters_office_id_offices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("office_id", "series", "year", name=op.f("pk_number_counters")),
    )
    op.create_table(
        "settings",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_settings_office_id_offices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("office_id", "key", name=op.f("pk_settings")),
    )
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind", sa.Enum("written", "oral", name="agreementkind", native_enum=False, length=32), nullable=False
        ),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("disputed_matters", sa.Text(), nullable=False),
        sa.Column("responsibilities", sa.Text(), nullable=False),
        sa.Column("performance_manner", sa.Text(), nullable=False),
        sa.Column("performance_place", sa.String(length=200), nullable=False),
        sa.Column("performance_deadline", sa.Date(), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("copies", sa.Integer(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("judicial_applied_on", sa.Date(), nullable=True),
        sa.Column(
            "court_decision",
            sa.Enum("confirmed", "rejected", name="courtdecision", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("court_decided_on", sa.Date(), nullable=True),
        sa.Column("court_name", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("number", name=op.f("uq_agreements_number")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_case_id"), ["case_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "signed_original",
                "id_copy",
                "evidence",
                "receipt",
                "other",
                name="attachmentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=80), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name=op.f("fk_attachments_added_by_id_users")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_mediators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column(
            "role",
            sa.Enum("police_officer", "peoples_mediator", "lawyer", name="mediatorrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_mediators_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_case_mediators_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_mediators")),
    )
    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_mediators_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_mediators_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_participants_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_participants")),
    )
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_participants_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("applicant", "respondent", "third_party", name="partyrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("requests", sa.Text(), nullable=False),
        sa.Column("agent_name", sa.String(length=40), nullable=False),
        sa.Column("agent_id_number", sa.String(length=18), nullable=True),
        sa.Column("agent_phone", sa.String(length=40), nullable=False),
        sa.Column(
            "agent_authority",
            sa.Enum("general", "special", name="agentauthority", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("agent_relation", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_parties_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_case_parties_party_id_parties")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_parties")),
        sa.UniqueConstraint("case_id", "party_id", name="uq_case_parties_case_party"),
    )
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_parties_party_id"), ["party_id"], unique=False)

    op.create_table(
        "joint_meeting_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("assignee", sa.String(length=60), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_joint_meeting_items_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["joint_meetings.id"],
            name=op.f("fk_joint_meeting_items_meeting_id_joint_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_joint_meeting_items")),
    )
    with op.batch_alter_table("joint_meeting_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_joint_meeting_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_joint_meeting_items_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "mediation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("mediation", "investigation", name="sessionkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("held_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mediators", sa.String(length=200), nullable=False),
        sa.Column("recorder", sa.String(length=40), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("rights_notice_given", sa.Boolean(), nullable=False),
        sa.Column("record_text", sa.Text(), nullable=False),
        sa.Column("mediator_work", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_mediation_sessions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_sessions")),
    )
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediation_sessions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "route",
            sa.Enum(
                "police_mediation",
                "peoples_mediation",
                "judicial_mediation",
                "labour_mediation",
                "legal_aid",
                name="route",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("feedback_due", sa.Date(), nullable=True),
        sa.Column("letter_number", sa.String(length=60), nullable=True),
        sa.Column("confirmed_at", sa.Date(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=60), nullable=False),
        sa.Column(
            "feedback_result",
            sa.Enum(
                "resolved",
                "not_resolved",
                "in_progress",
                "returned",
                name="feedbackresult",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("feedback_at", sa.Date(), nullable=True),
        sa.Column("feedback_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["external_bodies.id"], name=op.f("fk_referrals_body_id_external_bodies")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_referrals_decided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("letter_number", name=op.f("uq_referrals_letter_number")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_feedback_due"), ["feedback_due"], unique=False)

    op.create_table(
        "agreement_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_payment", sa.Boolean(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_terms_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_terms")),
        sa.UniqueConstraint("agreement_id", "seq", name="uq_agreement_terms_seq"),
    )
    op.create_table(
        "follow_up_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visitee", sa.String(length=100), nullable=False),
        sa.Column(
            "method",
            sa.Enum("in_person", "phone", "other", name="visitmethod", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "performance",
            sa.Enum("performed", "partly", "not_performed", name="performance", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column(
            "satisfaction",
            sa.Enum("satisfied", "fairly_satisfied", "dissatisfied", name="satisfaction", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("later_suit", sa.Boolean(), nullable=False),
        sa.Column("residual_risk", sa.Text(), nullable=False),
        sa.Column("visitor", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], name=op.f("fk_follow_up_visits_agreement_id_agreements")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_up_visits_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_visits")),
    )
    with op.batch_alter_table("follow_up_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_visits_case_id"), ["case_id"], unique=False)

    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column(
            "form",
            sa.Enum(
                "agreement",
                "oral_agreement",
                "diversion_notice",
                "not_accepted_notice",
                "entrust_letter",
                "entrust_confirmation",
                "session_notice",
                "application",
                "acceptance_register",
                "rights_notice",
                "investigation_record",
                "mediation_record",
                "termination_notice",
                "visit_record",
                "judicial_confirmation",
                "file_cover",
                "file_contents",
                "file_back",
                "ledger",
                "meeting_agenda",
                "meeting_minutes",
                name="formcode",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("context_json", sa.Text(), nullable=False),
        sa.Column("form_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_original_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_issued_documents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"], name=op.f("fk_issued_documents_issued_by_id_users")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["joint_meetings.id"], name=op.f("fk_issued_documents_meeting_id_joint_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["signed_original_id"], ["attachments.id"], name=op.f("fk_issued_documents_signed_original_id_attachments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issued_documents_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_issued_documents_form_number", ["form", "number"], unique=False)

    op.create_table(
        "performance_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("performed", "partly", "not_performed", name="performance", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("receipt_attachment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_performance_records_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["receipt_attachment_id"],
            ["attachments.id"],
            name=op.f("fk_performance_records_receipt_attachment_id_attachments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_records")),
    )
    with op.batch_alter_table("performance_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_performance_records_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "session_statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("case_party_id", sa.Integer(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_party_id"],
            ["case_parties.id"],
            name=op.f("fk_session_statements_case_party_id_case_parties"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mediation_sessions.id"],
            name=op.f("fk_session_statements_session_id_mediation_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_statements")),
    )
    with op.batch_alter_table("session_statements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_statements_session_id"), ["session_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("session_statements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_statements_session_id"))

    op.drop_table("session_statements")
    with op.batch_alter_table("performance_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_records_agreement_id"))

    op.drop_table("performance_records")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_documents_form_number")
        batch_op.drop_index(batch_op.f("ix_issued_documents_case_id"))

    op.drop_table("issued_documents")
    with op.batch_alter_table("follow_up_visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_visits_case_id"))

    op.drop_table("follow_up_visits")
    op.drop_table("agreement_terms")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_feedback_due"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediation_sessions_case_id"))

    op.drop_table("mediation_sessions")
    with op.batch_alter_table("joint_meeting_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_joint_meeting_items_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_joint_meeting_items_case_id"))

    op.drop_table("joint_meeting_items")
    with op.batch_alter_table("case_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_parties_party_id"))

    op.drop_table("case_parties")
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_participants_case_id"))

    op.drop_table("case_participants")
    with op.batch_alter_table("case_mediators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_mediators_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_mediators_case_id"))

    op.drop_table("case_mediators")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_case_id"))

    op.drop_table("agreements")
    op.drop_table("settings")
    op.drop_table("number_counters")
    with op.batch_alter_table("joint_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_joint_meetings_held_at"))

    op.drop_table("joint_meetings")
    op.drop_table("intake_drafts")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_type_received")
        batch_op.drop_index("ix_cases_status_received")
        batch_op.drop_index("ix_cases_received")
        batch_op.drop_index("ix_cases_due")
        batch_op.drop_index(batch_op.f("ix_cases_community"))

    op.drop_table("cases")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_case_id"))

    op.drop_table("audit_events")
    op.drop_table("users")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_index("ix_parties_name_phone")
        batch_op.drop_index(batch_op.f("ix_parties_name"))
        batch_op.drop_index(batch_op.f("ix_parties_id_number"))
        batch_op.drop_index(batch_op.f("ix_parties_credit_code"))

    op.drop_table("parties")
    op.drop_table("offices")
    op.drop_table("external_bodies")
    op.drop_table("clause_templates")
    op.drop_table("calendar_days")
