"""Accounts: the first administrator, signing in (argon2id, lock after five wrong passwords) and own password."""

from __future__ import annotations

import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import check_prefix
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ReadOnlyDatabase, ServiceContext, ServiceError
from mediation_app.storage.audit import record_event
from mediation_app.storage.base import now
from mediation_app.storage.engine import Database, DbSession
from mediation_app.storage.models import Office, User
from mediation_app.storage.offices import first_office
from mediation_app.storage.users import user_by_id, user_by_name, user_count

MIN_PASSWORD = 8
MAX_PASSWORD = 256
MAX_NAME = 40
MAX_FAILURES = 5
LOCK_MINUTES = 15
HASHER = PasswordHasher()  # argon2id with the library's defaults


@dataclass(frozen=True)
class SignedIn:
    """Who signed in; ``context(db)`` is the ServiceContext the program works with from then on."""

    user_id: int
    username: str
    display_name: str
    role: UserRole
    office_id: int

    def context(self, db: Database) -> ServiceContext:
        return ServiceContext(db, self.office_id, self.user_id, self.role)


@dataclass(frozen=True)
class FirstStart:
    """What the first-start dialog asks: the office's names and 字号, and the administrator."""

    office_name: str
    committee_name: str
    case_prefix: str
    username: str
    display_name: str
    password: str


def check_password(password: str) -> None:
    """The password rule: at least eight characters (``auth.password_short``), at most 256."""
    if len(password) < MIN_PASSWORD:
        raise ServiceError("auth.password_short", min=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ServiceError("auth.password_long", max=MAX_PASSWORD)


def clean_username(username: str) -> str:
    """A login name: 1–40 visible characters without spaces (``auth.username_invalid``)."""
    name = username.strip()
    bad = any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name)
    if not name or len(name) > MAX_NAME or bad:
        raise ServiceError("auth.username_invalid", max=MAX_NAME)
    return name


def clean_display_name(display_name: str) -> str:
    name = " ".join(display_name.split())
    if not name or len(name) > MAX_NAME or any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ServiceError("auth.display_name", max=MAX_NAME)
    return name


def hash_password(password: str) -> str:
    check_password(password)
    return HASHER.hash(password)


def needs_first_admin(db: Database) -> bool:
    """True on a database without any account: the first start asks for the office and its administrator."""
    with db.read() as session:
        return user_count(session) == 0


def create_first_admin(db: Database, start: FirstStart) -> SignedIn:
    """Save the office details and create the administrator, in one transaction; refused once anyone exists."""
    check_arguments(locals(), create_first_admin)
    office_details = _office_details(start)
    username, display_name = clean_username(start.username), clean_display_name(start.display_name)
    password_hash = hash_password(start.password)
    with db.write() as session:
        if user_count(session):
            raise ServiceError("auth.already_set_up")
        office = _save_office(session, office_details)
        user = User(username=username, display_name=display_name, role=UserRole.ADMIN, password_hash=password_hash)
        session.add(user)
        session.flush()
        record_event(
            session,
            user_id=user.id,
            action="create",
            entity="user",
            entity_id=user.id,
            after={"username": username, "display_name": display_name, "role": UserRole.ADMIN.value},
        )
        return SignedIn(user.id, username, display_name, UserRole.ADMIN, office.id)


def _office_details(start: FirstStart) -> dict[str, str]:
    details = {
        "name": start.office_name.strip(),
        "committee_name": start.committee_name.strip(),
        "case_prefix": start.case_prefix.strip(),
    }
    for key, value in details.items():
        if not value:
            raise ServiceError("office.required", field=key)
        if len(value) > 100:
            raise ServiceError("office.too_long", field=key, max=100)
    try:
        check_prefix(details["case_prefix"])
    except DomainError as error:
        raise ServiceError(error.code, **{**error.params, "field": "case_prefix"}) from error
    return details


def _save_office(session: DbSession, details: dict[str, str]) -> Office:
    office = first_office(session)
    if office is None:
        office = Office(**details)
        session.add(office)
        session.flush()
        record_event(session, user_id=None, action="create", entity="office", entity_id=office.id, after=details)
        return office
    before = {key: getattr(office, key) for key in details}
    for key, value in details.items():
        setattr(office, key, value)
    session.flush()
    record_event(
        session, user_id=None, action="update", entity="office", entity_id=office.id, before=before, after=details
    )
    return office


def authenticate(db: Database, username: str, password: str) -> SignedIn:
    """Sign in, or ``auth.wrong_password`` / ``auth.locked`` (with ``until``) / ``auth.inactive``.

    A wrong password is counted; the fifth in a row locks the account for 15 minutes. While locked even the
    right password is refused. The failure is committed before the refusal is raised."""
    check_arguments(locals(), authenticate)
    failure: ServiceError | None = None
    with db.write() as session:
        user = user_by_name(session, username)
        if user is None or not user.password_hash:
            _verify_nothing(password)  # as slow as a real check: the answer does not tell which names exist
            raise ServiceError("auth.wrong_password", left=MAX_FAILURES)
        moment = now()
        if user.locked_until is not None and user.locked_until > moment:
            raise ServiceError("auth.locked", until=_clock(user.locked_until))
        if not _verify(user, password):
            failure = _count_failure(session, user, moment)
        elif not user.is_active:
            raise ServiceError("auth.inactive")
        else:
            _signed_in(session, user, password)
            office = first_office(session)
            office_id = office.id if office is not None else 0
            return SignedIn(user.id, user.username, user.display_name, user.role, office_id)
    assert failure is not None  # the wrong password, counted and committed
    raise failure


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


_DUMMY_HASH: list[str] = []


def _verify_nothing(password: str) -> None:
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(HASHER.hash("not a password of anyone"))
    with suppress(VerificationError, InvalidHashError):
        HASHER.verify(_DUMMY_HASH[0], password)


def _verify(user: User, password: str) -> bool:
    try:
        return HASHER.verify(user.password_hash or "", password)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(session: DbSession, user: User, moment: datetime) -> ServiceError:
    user.failed_logins = (user.failed_logins or 0) + 1
    after: dict[str, object] = {"failed_logins": user.failed_logins}
    error = ServiceError("auth.wrong_password", left=MAX_FAILURES - user.failed_logins)
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = moment + timedelta(minutes=LOCK_MINUTES)
        user.failed_logins = 0
        after = {"failed_logins": MAX_FAILURES, "locked_until": user.locked_until}
        error = ServiceError("auth.locked", until=_clock(user.locked_until))
    session.flush()
    action = "lock" if user.locked_until is not None and user.locked_until > moment else "login_failed"
    record_event(session, user_id=user.id, action=action, entity="user", entity_id=user.id, after=after)
    return error


def _signed_in(session: DbSession, user: User, password: str) -> None:
    if HASHER.check_needs_rehash(user.password_hash or ""):
        user.password_hash = HASHER.hash(password)  # the library's parameters went up since it was made
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    record_event(session, user_id=user.id, action="login", entity="user", entity_id=user.id)


def account_db(ctx: ServiceContext) -> Database:
    """The writable database for the acting user's own account row (a viewer may still change their password)."""
    return ctx.db.inner if isinstance(ctx.db, ReadOnlyDatabase) else ctx.db


def verify_password(ctx: ServiceContext, password: str) -> None:
    """Check the acting user's password again (the idle lock); counted like a login, so it can lock too."""
    check_arguments(locals(), verify_password)
    if ctx.user_id is None:
        raise ServiceError("auth.no_user")
    db = account_db(ctx)
    with db.read() as session:
        user = user_by_id(session, ctx.user_id)
        if user is None:
            raise ServiceError("auth.user_missing")
        username = user.username
    authenticate(db, username, password)


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The acting user's new password, after the current one is confirmed; any role may change their own."""
    check_arguments(locals(), change_own_password)
    check_password(new_password)
    verify_password(ctx, old_password)
    assert ctx.user_id is not None  # verify_password refused the system
    new_hash = HASHER.hash(new_password)
    with account_db(ctx).write() as session:
        user = user_by_id(session, ctx.user_id)
        if user is None:
            raise ServiceError("auth.user_missing")
        user.password_hash = new_hash
        session.flush()
        record_event(
            session, user_id=user.id, action="password", entity="user", entity_id=user.id, after={"changed": True}
        )
