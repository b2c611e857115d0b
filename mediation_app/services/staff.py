"""The office's staff as the forms name them (receiving staff member, mediators); accounts come with issue 7."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.context import ServiceContext
from mediation_app.storage.offices import active_users


@dataclass(frozen=True)
class StaffMember:
    user_id: int
    name: str
    role: UserRole


def list_staff(ctx: ServiceContext) -> list[StaffMember]:
    """Active staff who work on cases (not read-only accounts), by name."""
    with ctx.db.read() as session:
        return [
            StaffMember(u.id, u.display_name, u.role) for u in active_users(session) if u.role is not UserRole.VIEWER
        ]
