"""What every service call needs: the database, the office it works for, and the acting user."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.errors import DomainError
from mediation_app.storage.engine import Database


class ServiceError(DomainError):
    """A use case refused (``code`` like "office.stale"); the GUI and CLI translate the code."""


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    office_id: int
    user_id: int | None = None
