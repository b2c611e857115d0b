"""The administrator's work on accounts: list, create, change role, deactivate, reset password, unlock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.accounts import clean_display_name, clean_username, hash_password
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError, require_admin
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import User
from mediation_app.storage.users import active_admin_count, all_users, user_by_id, user_by_name


@dataclass(frozen=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    role: UserRole
    is_active: bool
    locked_until: datetime | None  # set only while the lock lasts


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: UserRole
    password: str


def _role(role: object) -> UserRole:
    """A role from the screen or the CLI: a member, or its code ("admin", "mediator", "viewer")."""
    for member in UserRole:
        if role is member or role == member.value:
            return member
    raise ServiceError("auth.role", role=str(role)[:40])


def _info(user: User, moment: datetime) -> UserInfo:
    locked = user.locked_until if user.locked_until is not None and user.locked_until > moment else None
    return UserInfo(user.id, user.username, user.display_name, user.role, bool(user.is_active), locked)


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    require_admin(ctx)
    with ctx.db.read() as session:
        moment = now()
        return [_info(user, moment) for user in all_users(session)]


def create_user(ctx: ServiceContext, new: NewUser) -> UserInfo:
    check_arguments(locals(), create_user)
    require_admin(ctx)
    username, display_name = clean_username(new.username), clean_display_name(new.display_name)
    role = _role(new.role)
    password_hash = hash_password(new.password)
    with ctx.db.write() as session:
        if user_by_name(session, username) is not None:
            raise ServiceError("auth.username_taken", username=username)
        user = User(username=username, display_name=display_name, role=role, password_hash=password_hash)
        session.add(user)
        session.flush()
        after = {"username": username, "display_name": display_name, "role": role.value}
        _audit(session, ctx, user, "create", None, after)
        return _info(user, now())


def _audit(session: DbSession, ctx: ServiceContext, user: User, action: str, before: object, after: object) -> None:
    record_event(
        session, user_id=ctx.user_id, action=action, entity="user", entity_id=user.id, before=before, after=after
    )


def _target(session: DbSession, user_id: int) -> User:
    user = user_by_id(session, user_id)
    if user is None:
        raise ServiceError("auth.user_missing")
    return user


def _keeps_an_admin(session: DbSession, user: User) -> None:
    """Refuse ``auth.last_admin``: the last active administrator stays one, or nobody could manage accounts."""
    if user.role is UserRole.ADMIN and user.is_active and active_admin_count(session) <= 1:
        raise ServiceError("auth.last_admin")


def change_role(ctx: ServiceContext, user_id: int, role: UserRole) -> UserInfo:
    check_arguments(locals(), change_role)
    require_admin(ctx)
    role = _role(role)
    with ctx.db.write() as session:
        user = _target(session, user_id)
        if user.role is role:
            return _info(user, now())
        _keeps_an_admin(session, user)
        before = {"role": user.role.value}
        user.role = role
        session.flush()
        _audit(session, ctx, user, "role", before, {"role": role.value})
        return _info(user, now())


def deactivate_user(ctx: ServiceContext, user_id: int) -> UserInfo:
    """Close an account (it stays in the records and the audit trail; it cannot sign in)."""
    check_arguments(locals(), deactivate_user)
    require_admin(ctx)
    if user_id == ctx.user_id:
        raise ServiceError("auth.self")
    with ctx.db.write() as session:
        user = _target(session, user_id)
        if not user.is_active:
            return _info(user, now())
        _keeps_an_admin(session, user)
        user.is_active = False
        session.flush()
        _audit(session, ctx, user, "deactivate", {"is_active": True}, {"is_active": False})
        return _info(user, now())


def reset_password(ctx: ServiceContext, user_id: int, password: str) -> UserInfo:
    """A new password set by the administrator; it also lifts a lock (never the password in the trail)."""
    check_arguments(locals(), reset_password)
    require_admin(ctx)
    password_hash = hash_password(password)
    with ctx.db.write() as session:
        user = _target(session, user_id)
        user.password_hash = password_hash
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        _audit(session, ctx, user, "password_reset", None, {"changed": True})
        return _info(user, now())


def unlock_user(ctx: ServiceContext, user_id: int) -> UserInfo:
    check_arguments(locals(), unlock_user)
    require_admin(ctx)
    with ctx.db.write() as session:
        user = _target(session, user_id)
        before = {"locked_until": user.locked_until, "failed_logins": user.failed_logins}
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        _audit(session, ctx, user, "unlock", before, {"locked_until": None, "failed_logins": 0})
        return _info(user, now())
