"""The office's details (names, 字号, address, phone): first-start setup, reading and editing."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mediation_app.domain.numbering import check_prefix
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import Database
from mediation_app.storage.models import Office
from mediation_app.storage.offices import first_office


@dataclass(frozen=True)
class OfficeInfo:
    office_id: int
    name: str
    committee_name: str
    case_prefix: str
    address: str
    phone: str
    version: int


# Placeholder details for a new database; the office edits them in 设置 before printing anything.
DEFAULT_OFFICE = {
    "name": "某街道警民联调室",
    "committee_name": "某街道人民调解委员会",
    "case_prefix": "某街联调字",
    "address": "",
    "phone": "",
}

_EDITABLE = ("name", "committee_name", "case_prefix", "address", "phone")


def _info(office: Office) -> OfficeInfo:
    return OfficeInfo(
        office.id, office.name, office.committee_name, office.case_prefix, office.address, office.phone, office.version
    )


def ensure_office(db: Database) -> OfficeInfo:
    """The office of this database, created with placeholder details on first start."""
    with db.write() as session:
        office = first_office(session)
        if office is None:
            office = Office(**DEFAULT_OFFICE)
            session.add(office)
            session.flush()
            record_event(
                session, user_id=None, action="create", entity="office", entity_id=office.id, after=DEFAULT_OFFICE
            )
        return _info(office)


def get_office(ctx: ServiceContext) -> OfficeInfo:
    with ctx.db.read() as session:
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise ServiceError("office.missing", office_id=ctx.office_id)
        return _info(office)


def update_office(ctx: ServiceContext, info: OfficeInfo) -> OfficeInfo:
    """Save edited details; refused if someone else saved since ``info`` was read."""
    for key in ("name", "committee_name", "case_prefix"):
        if not getattr(info, key).strip():
            raise ServiceError("office.required", field=key)
    check_prefix(info.case_prefix.strip())  # the 字号 must make parseable case numbers
    with ctx.db.write() as session:
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise ServiceError("office.missing", office_id=ctx.office_id)
        if office.version != info.version:
            raise ServiceError("record.stale", entity="office")
        before = {key: getattr(office, key) for key in _EDITABLE}
        after = {key: getattr(info, key).strip() for key in _EDITABLE}
        for key, value in after.items():
            setattr(office, key, value)
        session.flush()
        record_event(
            session,
            user_id=ctx.user_id,
            action="update",
            entity="office",
            entity_id=office.id,
            before=before,
            after=after,
        )
        return replace(_info(office))
