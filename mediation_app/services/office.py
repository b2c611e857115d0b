"""The office's details (names, 字号, address, phone): first-start setup, reading and editing."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import PAPER_SERIES, check_prefix, paper_prefix
from mediation_app.services.arguments import check_arguments
from mediation_app.services.audit_history import stale_details
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage.audit import record_event
from mediation_app.storage.documents import SERIES_SETTING
from mediation_app.storage.engine import Database
from mediation_app.storage.models import Office
from mediation_app.storage.offices import first_office, put_setting, setting


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
    check_arguments(locals(), ensure_office)
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
    check_arguments(locals(), update_office)
    require_admin(ctx)
    for key in ("name", "committee_name", "case_prefix"):
        if not getattr(info, key).strip():
            raise ServiceError("office.required", field=key)
    check_prefix(info.case_prefix.strip())  # the 字号 must make parseable case numbers
    with ctx.db.write() as session:
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise ServiceError("office.missing", office_id=ctx.office_id)
        if office.version != info.version:
            details = stale_details(session, "offices", office.id, info.version)
            raise ServiceError("record.stale", entity="office", **details)
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


# The numbered papers, each with its own series (the case series is the office's case 字号 itself).
SERIES_TITLES = {
    "agreement": "人民调解协议书",
    "diversion": "案件分流告知书",
    "not_accepted": "不予受理告知书",
    "entrust": "委托调解函",
    "termination": "终止调解告知书",
    "file": "卷宗",
}


@dataclass(frozen=True)
class SeriesPrefix:
    series: str
    title: str
    default: str  # derived from the case 字号
    own: str  # the office's own 字号 for the series, "" to use the default


def paper_prefixes(ctx: ServiceContext) -> list[SeriesPrefix]:
    with ctx.db.read() as session:
        office = session.get(Office, ctx.office_id)
        if office is None:
            raise ServiceError("office.missing", office_id=ctx.office_id)
        return [
            SeriesPrefix(
                series,
                title,
                paper_prefix(office.case_prefix, series),
                setting(session, office.id, SERIES_SETTING + series) or "",
            )
            for series, title in SERIES_TITLES.items()
        ]


def set_paper_prefixes(ctx: ServiceContext, own: dict[str, str]) -> list[SeriesPrefix]:
    """Save the office's own 字号 per series ("" goes back to the default); all or nothing."""
    check_arguments(locals(), set_paper_prefixes)
    require_admin(ctx)
    cleaned = {series: prefix.strip() for series, prefix in own.items()}
    for series, prefix in cleaned.items():
        if series not in SERIES_TITLES or series not in PAPER_SERIES:
            raise ServiceError("office.unknown_series", series=series)
        if prefix:
            try:
                check_prefix(prefix)
            except DomainError as error:  # name the series, so the screen can point at its field
                raise ServiceError(error.code, **{**error.params, "series": series, "field": "prefix"}) from error
    with ctx.db.write() as session:
        before = {s: setting(session, ctx.office_id, SERIES_SETTING + s) or "" for s in cleaned}
        for series, prefix in cleaned.items():
            put_setting(session, ctx.office_id, SERIES_SETTING + series, prefix or None)
        record_event(
            session,
            user_id=ctx.user_id,
            action="update",
            entity="series_prefix",
            entity_id=ctx.office_id,
            before=before,
            after=cleaned,
        )
    return paper_prefixes(ctx)
