"""The row-level trail: every business table's inserts, updates and deletes are recorded with the values before
and after, the acting user and the row's digest, in the change's own transaction; password hashes never appear."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from mediation_app.domain.vocabulary import AttachmentKind, FormCode, Performance, UserRole
from mediation_app.services.context import ServiceContext
from mediation_app.storage import audit_rows
from mediation_app.storage.integrity import check_integrity
from mediation_app.storage.models import (
    Agreement,
    Attachment,
    AuditEvent,
    CaseParty,
    ClauseTemplate,
    IssuedDocument,
    JointMeeting,
    JointMeetingItem,
    MediationSession,
    PerformanceRecord,
    SessionStatement,
    Setting,
    User,
)
from tests.services.full_case import make_full_case

SECRET = "$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0$very-secret-hash"
NEW_SECRET = "$argon2id$v=19$m=65536,t=3,p=4$bmV3$another-secret-hash"
# A text column of each table the test changes, and the new value.
EDITS: dict[str, tuple[str, Any]] = {
    "offices": ("address", "新地址1号"),
    "users": ("display_name", "审计员乙"),
    "settings": ("value", '"changed"'),
    "external_bodies": ("contact", "联系人甲"),
    "clause_templates": ("text", "新的条款文字"),
    "cases": ("facts", "改过的事实"),
    "parties": ("address", "改过的住址"),
    "case_parties": ("requests", "改过的请求"),
    "case_mediators": ("name", "改过的调解员"),
    "case_participants": ("relation", "邻居"),
    "referrals": ("reason", "改过的理由"),
    "mediation_sessions": ("place", "第三调解室"),
    "session_statements": ("statement", "改过的陈述"),
    "agreements": ("facts", "改过的协议事实"),
    "agreement_terms": ("text", "改过的条款"),
    "performance_records": ("note", "已付清"),
    "follow_up_visits": ("note", "改过的回访"),
    "joint_meetings": ("place", "会议室乙"),
    "joint_meeting_items": ("topic", "改过的议题"),
    "attachments": ("note", "改过的说明"),
    "issued_documents": ("number", "第0099号"),
}
# Children before parents, so each table can be emptied through the ORM.
DELETE_ORDER = (
    "session_statements",
    "performance_records",
    "agreement_terms",
    "follow_up_visits",
    "joint_meeting_items",
    "issued_documents",
    "attachments",
    "referrals",
    "mediation_sessions",
    "agreements",
    "case_participants",
    "case_mediators",
    "case_parties",
    "joint_meetings",
    "cases",
    "parties",
    "clause_templates",
    "external_bodies",
    "settings",
)


def _model(name: str) -> Any:
    return next(m.class_ for m in AuditEvent.registry.mappers if getattr(m.class_, "__tablename__", "") == name)


def _fill_the_rest(ctx: ServiceContext, case_id: int) -> None:
    """Rows for the tables the full case leaves empty."""
    with ctx.db.write() as session:
        agreement = session.execute(sa.select(Agreement).limit(1)).scalar_one()
        hearing = session.execute(sa.select(MediationSession).limit(1)).scalar_one()
        party = session.execute(sa.select(CaseParty).limit(1)).scalar_one()
        meeting = JointMeeting(office_id=ctx.office_id, held_at=datetime(2026, 11, 15, 9, 0), place="会议室甲")
        meeting.items = [JointMeetingItem(case_id=case_id, seq=1, topic="议题")]
        session.add_all(
            [
                SessionStatement(session_id=hearing.id, case_party_id=party.id, statement="陈述"),
                PerformanceRecord(
                    agreement_id=agreement.id, status=Performance.PERFORMED, recorded_on=date(2026, 11, 1)
                ),
                meeting,
                Attachment(
                    case_id=case_id,
                    kind=AttachmentKind.ID_COPY,
                    filename="a.pdf",
                    mime_type="application/pdf",
                    size=3,
                    sha256="0" * 64,
                ),
                IssuedDocument(case_id=case_id, form=FormCode.AGREEMENT, sha256="1" * 64, context_json="{}"),
                ClauseTemplate(title="条款", text="条款文字"),
                Setting(office_id=ctx.office_id, key="audit.test", value='"v"'),
            ]
        )


@pytest.fixture
def actor(ctx: ServiceContext) -> ServiceContext:
    """A context acting as an administrator whose password hash is set: every change below is theirs."""
    with ctx.db.write() as session:
        user = User(username="auditor", display_name="审计员", role=UserRole.ADMIN, password_hash=SECRET)
        session.add(user)
        session.flush()
        user_id = user.id
    acting = ServiceContext(ctx.db, ctx.office_id, user_id=user_id)
    case = make_full_case(acting)
    _fill_the_rest(acting, case.case_id)
    return acting


def _events(ctx: ServiceContext, **where: Any) -> list[AuditEvent]:
    with ctx.db.read() as session:
        query = sa.select(AuditEvent).filter_by(**where).order_by(AuditEvent.id)
        return list(session.execute(query).scalars())


def _stored_digest(ctx: ServiceContext, table: str, key: str) -> str:
    with ctx.db.read() as session:
        found = dict(audit_rows.digests(session.connection(), table, "id = :id", {"id": int(key)}))
    return found[key]


def test_every_business_table_is_accounted_for(actor: ServiceContext) -> None:
    assert set(EDITS) == set(audit_rows.AUDITED_TABLES)
    for table in audit_rows.AUDITED_TABLES:
        if table == "offices":  # created at first start, by the system
            assert _events(actor, entity=table, action="insert", user_id=None)
            continue
        inserts = _events(actor, entity=table, action="insert", user_id=actor.user_id)
        assert inserts, table
        last = inserts[-1]
        assert last.row_digest and json.loads(last.after_json), table


def test_each_insert_is_recorded_with_its_values_and_case(actor: ServiceContext) -> None:
    (term,) = [e for e in _events(actor, entity="agreement_terms", action="insert") if "3000" in e.after_json]
    assert json.loads(term.after_json)["amount_fen"] == 300_000
    (agreement,) = _events(actor, entity="agreements", entity_id=json.loads(term.after_json)["agreement_id"])[:1]
    assert term.case_id == agreement.case_id is not None  # terms name their case through the agreement


@pytest.mark.parametrize("table", sorted(EDITS))
def test_an_update_records_before_after_user_and_digest(actor: ServiceContext, table: str) -> None:
    column, value = EDITS[table]
    model = _model(table)
    with actor.db.write() as session:
        row = session.execute(sa.select(model).limit(1)).scalar_one()
        key = audit_rows.row_key(sa.inspect(row).identity)
        old = getattr(row, column)
        setattr(row, column, value)
    event = _events(actor, entity=table, action="update", row_key=key)[-1]
    before, after = json.loads(event.before_json), json.loads(event.after_json)
    assert (before[column], after[column]) == (old, value)
    assert event.user_id == actor.user_id
    if "version" in before:  # edited records: the version the change started from, and the new one
        assert after["version"] == before["version"] + 1
    if table != "settings":
        assert event.row_digest == _stored_digest(actor, table, key)


def test_deletes_are_recorded_with_the_values_deleted_and_the_trail_verifies(actor: ServiceContext) -> None:
    for table in DELETE_ORDER:
        model = _model(table)
        with actor.db.write() as session:
            rows = list(session.execute(sa.select(model)).scalars())
            keys = [audit_rows.row_key(sa.inspect(row).identity) for row in rows]
            for row in rows:
                session.delete(row)
        for key in keys:
            (event,) = _events(actor, entity=table, action="delete", row_key=key)
            assert event.row_digest == audit_rows.DELETED and json.loads(event.before_json), (table, key)
            assert event.user_id == actor.user_id
    with actor.db.read() as session:
        report = check_integrity(session)
    assert report.ok, report.problems


def test_password_hashes_never_reach_the_trail(actor: ServiceContext) -> None:
    with actor.db.write() as session:
        user = session.execute(sa.select(User).filter_by(username="auditor")).scalar_one()
        user.password_hash = NEW_SECRET
    (event,) = [e for e in _events(actor, entity="users", action="update") if "password_hash" in e.before_json]
    assert json.loads(event.before_json)["password_hash"] == audit_rows.HIDDEN
    assert json.loads(event.after_json)["password_hash"] == audit_rows.HIDDEN
    with actor.db.read() as session:
        text = " ".join(f"{e.before_json} {e.after_json}" for e in session.execute(sa.select(AuditEvent)).scalars())
    assert "argon2id" not in text and "secret" not in text


def test_a_change_rolled_back_leaves_no_event(actor: ServiceContext) -> None:
    count = len(_events(actor))
    with pytest.raises(RuntimeError), actor.db.write() as session:
        session.add(ClauseTemplate(title="不会保存", text="回滚"))
        session.flush()
        raise RuntimeError("the save fails after the flush")
    assert len(_events(actor)) == count
