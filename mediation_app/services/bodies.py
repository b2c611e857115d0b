"""The directory of outside bodies a dispute may be diverted to (派出所, 法院, 仲裁委, 法律援助中心, 专业调委会…)."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.identity import check_phone
from mediation_app.domain.vocabulary import BodyKind
from mediation_app.services.arguments import check_arguments
from mediation_app.services.audit_history import stale_details
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage.audit import record_event
from mediation_app.storage.bodies import all_bodies, body_named
from mediation_app.storage.models import ExternalBody

NAME_LIMIT = 100  # the column's width


@dataclass(frozen=True)
class BodyInfo:
    body_id: int | None  # None for a new body
    name: str
    kind: BodyKind
    address: str = ""
    phone: str = ""
    contact: str = ""
    is_active: bool = True
    version: int = 0


def _info(body: ExternalBody) -> BodyInfo:
    return BodyInfo(body.id, body.name, body.kind, body.address, body.phone, body.contact, body.is_active, body.version)


def list_bodies(ctx: ServiceContext, *, include_inactive: bool = False) -> list[BodyInfo]:
    with ctx.db.read() as session:
        bodies = [_info(body) for body in all_bodies(session, include_inactive=include_inactive)]
    kinds = list(BodyKind)  # the directory reads in the vocabulary's order, active first
    return sorted(bodies, key=lambda b: (not b.is_active, kinds.index(b.kind), b.name))


def save_body(ctx: ServiceContext, info: BodyInfo) -> BodyInfo:
    """Add a body or save an edited one (refused if someone else saved it meanwhile). A body already used by
    referrals is never deleted; it is made inactive so old papers keep its name."""
    check_arguments(locals(), save_body)
    require_admin(ctx)
    name = info.name.strip()
    if not name:
        raise ServiceError("body.name", field="name")
    if len(name) > NAME_LIMIT:
        raise ServiceError("body.name_long", field="name", limit=NAME_LIMIT)
    if info.phone.strip() and not (phone := check_phone(info.phone)).ok:
        raise ServiceError(phone.code or "phone.format", field="phone")
    with ctx.db.write() as session:
        clash = body_named(session, name)
        if clash is not None and clash != info.body_id:
            raise ServiceError("body.duplicate", field="name", name=name)
        if info.body_id is None:
            body = ExternalBody(name=name, kind=info.kind)
            session.add(body)
            before: dict[str, object] = {}
        else:
            found = session.get(ExternalBody, info.body_id)
            if found is None:
                raise ServiceError("body.missing", body_id=info.body_id)
            if found.version != info.version:
                details = stale_details(session, "external_bodies", found.id, info.version)
                raise ServiceError("record.stale", entity="body", **details)
            body, before = found, {"name": found.name, "active": found.is_active}
        body.name, body.kind = name, info.kind
        body.address, body.phone, body.contact = info.address.strip(), info.phone.strip(), info.contact.strip()
        body.is_active = info.is_active
        session.flush()
        after = {"name": body.name, "kind": body.kind.value, "active": body.is_active}
        record_event(
            session,
            user_id=ctx.user_id,
            action="create" if not before else "update",
            entity="external_body",
            entity_id=body.id,
            before=before,
            after=after,
        )
        return _info(body)
