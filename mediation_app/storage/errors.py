"""Storage failures as codes the GUI and CLI translate: bad file, read-only, newer schema, disk full."""

from __future__ import annotations

from mediation_app.domain.errors import DomainError


class StorageError(DomainError):
    """A database problem with a stable code (``db.*``) and the parameters the message needs."""
