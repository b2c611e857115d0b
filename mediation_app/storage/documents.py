"""Reading a case for printing, and registering an issued paper in the same transaction as its number."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from mediation_app.domain.vocabulary import AgreementKind, FormCode
from mediation_app.storage.models import Agreement, Case, CaseParty, IssuedDocument, Office


def case_by_number(session: Session, number: str) -> Case | None:
    stmt = (
        sa.select(Case)
        .where(Case.number == number)
        .options(selectinload(Case.parties).selectinload(CaseParty.party), selectinload(Case.mediators))
    )
    return session.execute(stmt).scalar_one_or_none()


def written_agreement(session: Session, case_id: int) -> Agreement | None:
    stmt = (
        sa.select(Agreement)
        .where(Agreement.case_id == case_id, Agreement.kind == AgreementKind.WRITTEN)
        .options(selectinload(Agreement.terms))
        .order_by(Agreement.id.desc())
        .limit(1)
    )
    return session.execute(stmt).scalar_one_or_none()


def office_of(session: Session, office_id: int) -> Office:
    office = session.get(Office, office_id)
    assert office is not None
    return office


def add_issued(
    session: Session,
    *,
    case_id: int | None,
    form: FormCode,
    number: str | None,
    user_id: int | None,
    sha256: str,
    context_json: str,
    form_sha256: str,
) -> IssuedDocument:
    document = IssuedDocument(
        case_id=case_id,
        form=form,
        number=number,
        issued_by_id=user_id,
        sha256=sha256,
        context_json=context_json,
        form_sha256=form_sha256,
    )
    session.add(document)
    session.flush()
    return document
