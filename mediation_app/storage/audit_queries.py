"""Reading the trail back: a case's events (its own rows, its parties) and one record's events."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.models import AuditEvent, Case, CaseParty, User

ROW_ACTIONS = ("insert", "update", "delete")
LIMIT = 2000  # the newest events shown for one case


def case_id_by_number(session: Session, number: str) -> int | None:
    found = session.execute(sa.select(Case.id).where(Case.number == number)).scalar()
    return int(found) if found is not None else None


def case_number(session: Session, case_id: int) -> str | None:
    return session.execute(sa.select(Case.number).where(Case.id == case_id)).scalar()


def case_events(session: Session, case_id: int) -> list[AuditEvent]:
    """Every event about the case, its records, and the parties it names (a party may be shared), oldest first."""
    party_keys = [
        str(pid) for pid in session.execute(sa.select(CaseParty.party_id).where(CaseParty.case_id == case_id)).scalars()
    ]
    about = sa.or_(
        AuditEvent.case_id == case_id,
        sa.and_(AuditEvent.entity == "cases", AuditEvent.row_key == str(case_id)),
        sa.and_(AuditEvent.entity == "parties", AuditEvent.row_key.in_(party_keys)),
    )
    newest = sa.select(AuditEvent).where(about).order_by(AuditEvent.id.desc()).limit(LIMIT)
    return list(reversed(session.execute(newest).scalars().all()))


def row_events(session: Session, table: str, key: str, after_id: int = 0) -> list[AuditEvent]:
    """The row-level events of one record, oldest first."""
    query = (
        sa.select(AuditEvent)
        .where(AuditEvent.entity == table, AuditEvent.row_key == key, AuditEvent.id > after_id)
        .where(AuditEvent.action.in_(ROW_ACTIONS))
        .order_by(AuditEvent.id)
    )
    return list(session.execute(query).scalars())


def user_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(sa.select(User.id, User.display_name, User.username).where(User.id.in_(ids))).all()
    return {int(uid): display or username for uid, display, username in rows}
