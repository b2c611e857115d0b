"""Accounts: first administrator, signing in with argon2id, the five-try lock, administrators' work, own password."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services import accounts
from mediation_app.services.accounts import (
    FirstStart,
    authenticate,
    change_own_password,
    create_first_admin,
    needs_first_admin,
    verify_password,
)
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import get_office
from mediation_app.services.user_admin import (
    NewUser,
    change_role,
    create_user,
    deactivate_user,
    list_users,
    reset_password,
    unlock_user,
)
from mediation_app.storage.base import now
from mediation_app.storage.models import AuditEvent, User

PASSWORD = "chunfeng-2024"
START = FirstStart("和平街道警民联调室", "和平街道人民调解委员会", "和平联调字", "admin", "郑赟", PASSWORD)


def _admin(ctx: ServiceContext) -> ServiceContext:
    return create_first_admin(ctx.db, START).context(ctx.db)


def _audit_text(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        return " ".join(e.action + e.before_json + e.after_json for e in session.query(AuditEvent))


def test_first_start_saves_the_office_and_the_administrator_in_one_go(ctx: ServiceContext) -> None:
    assert needs_first_admin(ctx.db)
    signed = create_first_admin(ctx.db, START)
    assert (signed.role, signed.display_name) == (UserRole.ADMIN, "郑赟")
    office = get_office(ctx)
    assert (office.name, office.committee_name, office.case_prefix) == (
        START.office_name,
        START.committee_name,
        START.case_prefix,
    )
    assert not needs_first_admin(ctx.db)
    with pytest.raises(DomainError, match=r"auth\.already_set_up"):
        create_first_admin(ctx.db, START)
    with ctx.db.read() as session:
        stored = session.query(User).one().password_hash or ""
    assert stored.startswith("$argon2id$") and PASSWORD not in _audit_text(ctx) and stored not in _audit_text(ctx)


def test_a_bad_first_start_changes_nothing(ctx: ServiceContext) -> None:
    for bad, code in (
        (replace(START, password="short7!"), r"auth\.password_short"),
        (replace(START, username="two words"), r"auth\.username_invalid"),
        (replace(START, case_prefix=" "), r"office\.required"),
    ):
        with pytest.raises(DomainError, match=code):
            create_first_admin(ctx.db, bad)
    assert needs_first_admin(ctx.db) and get_office(ctx).name != START.office_name


def test_signing_in_gives_a_context_with_the_role(ctx: ServiceContext) -> None:
    _admin(ctx)
    signed = authenticate(ctx.db, " ADMIN ", PASSWORD)  # the user name is not case-sensitive
    work = signed.context(ctx.db)
    assert (work.user_id, work.role, work.office_id) == (signed.user_id, UserRole.ADMIN, ctx.office_id)
    with pytest.raises(DomainError, match=r"auth\.wrong_password"):
        authenticate(ctx.db, "nobody", PASSWORD)


def test_five_wrong_passwords_lock_the_account_and_the_right_one_is_refused_while_locked(ctx: ServiceContext) -> None:
    _admin(ctx)
    for left in (4, 3, 2, 1):
        with pytest.raises(DomainError, match=r"auth\.wrong_password") as refused:
            authenticate(ctx.db, "admin", "wrong-password")
        assert refused.value.params["left"] == left
    with pytest.raises(DomainError, match=r"auth\.locked") as locked:
        authenticate(ctx.db, "admin", "wrong-password")
    with ctx.db.read() as session:
        until = session.query(User).one().locked_until
    assert until is not None and timedelta(minutes=14) < until - now() <= timedelta(minutes=15)
    assert locked.value.params["until"] == until.strftime("%H:%M")
    with pytest.raises(DomainError, match=r"auth\.locked"):
        authenticate(ctx.db, "admin", PASSWORD)
    assert "lock" in _audit_text(ctx)


def test_a_lock_ends_after_fifteen_minutes_and_a_right_password_resets_the_count(ctx: ServiceContext) -> None:
    _admin(ctx)
    with ctx.db.write() as session:
        user = session.query(User).one()
        user.locked_until, user.failed_logins = now() - timedelta(seconds=1), 3
    authenticate(ctx.db, "admin", PASSWORD)
    with ctx.db.read() as session:
        user = session.query(User).one()
        assert (user.failed_logins, user.locked_until) == (0, None)


def test_an_old_hash_is_upgraded_at_sign_in(ctx: ServiceContext) -> None:
    _admin(ctx)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with ctx.db.write() as session:
        session.query(User).one().password_hash = weak
    authenticate(ctx.db, "admin", PASSWORD)
    with ctx.db.read() as session:
        upgraded = session.query(User).one().password_hash or ""
    assert upgraded != weak and not accounts.HASHER.check_needs_rehash(upgraded)


def test_the_administrator_manages_accounts(ctx: ServiceContext) -> None:
    admin = _admin(ctx)
    clerk = create_user(admin, NewUser("zhouyue", "周玥", UserRole.MEDIATOR, "mediate-2024"))
    with pytest.raises(DomainError, match=r"auth\.username_taken"):
        create_user(admin, NewUser("ZhouYue", "周玥二", UserRole.VIEWER, "mediate-2024"))
    assert change_role(admin, clerk.user_id, UserRole.VIEWER).role is UserRole.VIEWER
    for _ in range(5):
        with pytest.raises(DomainError):
            authenticate(ctx.db, "zhouyue", "not-her-password")
    assert next(u for u in list_users(admin) if u.user_id == clerk.user_id).locked_until is not None
    assert unlock_user(admin, clerk.user_id).locked_until is None
    reset_password(admin, clerk.user_id, "brand-new-pass")
    assert authenticate(ctx.db, "zhouyue", "brand-new-pass").role is UserRole.VIEWER
    assert deactivate_user(admin, clerk.user_id).is_active is False
    with pytest.raises(DomainError, match=r"auth\.inactive"):
        authenticate(ctx.db, "zhouyue", "brand-new-pass")
    text = _audit_text(ctx)
    assert all(action in text for action in ("role", "unlock", "password_reset", "deactivate"))
    assert "brand-new-pass" not in text and "mediate-2024" not in text


def test_the_last_administrator_stays_and_cannot_close_their_own_account(ctx: ServiceContext) -> None:
    admin = _admin(ctx)
    assert admin.user_id is not None
    with pytest.raises(DomainError, match=r"auth\.last_admin"):
        change_role(admin, admin.user_id, UserRole.MEDIATOR)
    with pytest.raises(DomainError, match=r"auth\.self"):
        deactivate_user(admin, admin.user_id)


def test_anyone_changes_their_own_password_even_a_viewer(ctx: ServiceContext) -> None:
    admin = _admin(ctx)
    create_user(admin, NewUser("chayue", "司法所查阅", UserRole.VIEWER, "inspect-2024"))
    viewer = authenticate(ctx.db, "chayue", "inspect-2024").context(ctx.db)
    with pytest.raises(DomainError, match=r"auth\.wrong_password"):
        change_own_password(viewer, "not-it-at-all", "inspect-2025")
    with pytest.raises(DomainError, match=r"auth\.password_short"):
        change_own_password(viewer, "inspect-2024", "short")
    change_own_password(viewer, "inspect-2024", "inspect-2025")
    verify_password(viewer, "inspect-2025")
    assert authenticate(ctx.db, "chayue", "inspect-2025").user_id == viewer.user_id


def test_only_an_administrator_manages_accounts(ctx: ServiceContext) -> None:
    admin = _admin(ctx)
    create_user(admin, NewUser("zhouyue", "周玥", UserRole.MEDIATOR, "mediate-2024"))
    mediator = authenticate(ctx.db, "zhouyue", "mediate-2024").context(ctx.db)
    with pytest.raises(DomainError, match=r"auth\.admin_only"):
        list_users(mediator)
    with pytest.raises(DomainError, match=r"auth\.admin_only"):
        create_user(mediator, NewUser("x1", "某甲", UserRole.ADMIN, "mediate-2024"))
