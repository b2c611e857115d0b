"""The case window's one read: the people of the case come with the summary and timeline, in a fixed number of
queries however many records the case has."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from mediation_app.domain.vocabulary import AttachmentKind, MediatorRole
from mediation_app.services.attachments import add_attachment
from mediation_app.services.case_view import TimelineKind, case_overview
from mediation_app.services.context import ServiceContext
from mediation_app.services.mediators import MediatorInput, add_participant, set_mediators
from tests.services.casework_flow import TODAY, accepted_case, image_bytes


@contextmanager
def counted(ctx: ServiceContext) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sa.event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(ctx.db.engine, "before_cursor_execute", count)


def test_the_overview_carries_the_mediators_lead_first_and_the_invited_participants(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    set_mediators(
        ctx,
        case_id,
        [
            MediatorInput("王建民", MediatorRole.POLICE_OFFICER),
            MediatorInput("周玥", MediatorRole.PEOPLES_MEDIATOR, is_lead=True),
            MediatorInput("陈律", MediatorRole.LAWYER),
        ],
    )
    add_participant(ctx, case_id, "李大爷", "邻居", "13700001111")
    add_participant(ctx, case_id, "赵工", "房屋鉴定人员")
    overview = case_overview(ctx, case_id, today=TODAY)
    assert [(m.name, m.role, m.is_lead) for m in overview.mediators] == [
        ("周玥", MediatorRole.PEOPLES_MEDIATOR, True),
        ("王建民", MediatorRole.POLICE_OFFICER, False),
        ("陈律", MediatorRole.LAWYER, False),
    ]
    assert [(p.name, p.relation, p.phone) for p in overview.participants] == [
        ("李大爷", "邻居", "13700001111"),
        ("赵工", "房屋鉴定人员", ""),
    ]
    assert overview.summary.mediators.startswith("周玥")


def test_the_overview_does_not_query_per_record(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    add_attachment(ctx, case_id, image_bytes(), "证据0.png", AttachmentKind.EVIDENCE)
    with counted(ctx) as few:
        case_overview(ctx, case_id, today=TODAY)
    for n in range(1, 12):
        add_attachment(ctx, case_id, image_bytes(size=(60 + n, 40)), f"证据{n}.png", AttachmentKind.EVIDENCE)
        add_participant(ctx, case_id, f"参与人{n}")
    with counted(ctx) as many:
        overview = case_overview(ctx, case_id, today=TODAY)
    assert sum(e.kind is TimelineKind.ATTACHMENT for e in overview.timeline) == 12
    assert len(overview.participants) == 11
    assert len(many) == len(few)
