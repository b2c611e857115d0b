"""What every service call needs: the database, the office, the acting user and their role, and the role checks.

Roles are enforced here, once, so a new service cannot forget them:

* A 查阅 (viewer) context never holds a writable database. ``ServiceContext`` swaps its ``db`` for a
  ``ReadOnlyDatabase`` whose ``write()`` raises ``ServiceError("auth.read_only")`` before a transaction opens,
  and every change in the program goes through ``ctx.db.write()``. So any service, old or new, refuses a viewer
  and leaves the database untouched, without a line of its own.
* Administrator-only use cases (users, office details and 字号 series, directories, clause library, work
  calendar, archived-case corrections) call ``require_admin(ctx)`` first, which refuses ``auth.admin_only``.
* ``role=None`` is the system itself (the CLI, start-up, tests): full rights, as before accounts existed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import UserRole
from mediation_app.storage.engine import Database, DbSession


class ServiceError(DomainError):
    """A use case refused (``code`` like "office.stale"); the GUI and CLI translate the code."""


class ReadOnlyDatabase(Database):
    """The same database for reading; ``write()`` refuses ``auth.read_only`` before anything starts."""

    def __init__(self, inner: Database) -> None:
        self.inner = inner
        self.engine = inner.engine

    def __getattr__(self, name: str) -> Any:
        # Anything Database gains later (helpers, hooks) is the inner database's.
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    @contextmanager
    def read(self) -> Iterator[DbSession]:
        with self.inner.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[DbSession]:
        raise ServiceError("auth.read_only")
        yield  # pragma: no cover (a generator, so ``with`` raises at entry)

    def dispose(self) -> None:
        self.inner.dispose()

    def location(self) -> str:
        return self.inner.location()


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    office_id: int
    user_id: int | None = None
    role: UserRole | None = None  # None: the system (CLI, start-up) with full rights

    def __post_init__(self) -> None:
        if self.user_id is not None and self.db.user_id != self.user_id:  # the audit trail names who wrote
            object.__setattr__(self, "db", self.db.as_user(self.user_id))
        if self.role is UserRole.VIEWER and not isinstance(self.db, ReadOnlyDatabase):
            object.__setattr__(self, "db", ReadOnlyDatabase(self.db))


def require_admin(ctx: ServiceContext) -> None:
    """Refuse ``auth.admin_only`` unless an administrator (or the system) is acting."""
    if ctx.role is not None and ctx.role is not UserRole.ADMIN:
        raise ServiceError("auth.admin_only")


def require_case_worker(ctx: ServiceContext) -> None:
    """Refuse ``auth.read_only`` to a viewer: for reads only staff on cases may do (full personal data)."""
    if ctx.role is UserRole.VIEWER:
        raise ServiceError("auth.read_only")
