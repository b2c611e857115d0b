"""Front-desk benchmark on a 100,000-case database: the known-party lookup while typing, and saving an intake."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyKind, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.services.parties import find_known_party
from mediation_app.storage.models import Party

TODAY = date(2026, 11, 21)


def _median_ms(calls: list[Callable[[], object]]) -> float:
    samples = []
    for call in calls:
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return round(statistics.median(samples) * 1000, 2)


def _known(ctx: ServiceContext, runs: int) -> tuple[list[str], list[tuple[str, str]]]:
    with ctx.db.read() as session:
        rows = session.execute(
            sa.select(Party.id_number, Party.name, Party.phone).where(Party.id_number.is_not(None)).limit(5000)
        ).all()
    picked = random.Random(7).sample(rows, min(runs, len(rows)))
    return [r.id_number for r in picked], [(r.name, r.phone) for r in picked]


def _intake(n: int) -> IntakeInput:
    parties = (
        PartyInput(f"测试申请人{n}", PartyRole.APPLICANT, phone="13812345678", address="建设路12号"),
        PartyInput(f"测试被申请人{n}", PartyRole.RESPONDENT, phone="13987654321"),
        PartyInput(f"某物业公司{n}", PartyRole.THIRD_PARTY, kind=PartyKind.ORGANISATION, legal_rep_name="赵喆"),
    )
    return IntakeInput(
        Channel.WALK_IN, DisputeType.NEIGHBOUR, "楼上漏水。", parties, received_at=datetime(2026, 11, 20, 9, n % 60)
    )


def run(folder: Path, cases: int, runs: int) -> dict[str, Any]:
    ctx = open_context(folder / "intake.sqlite3")
    generate_demo(ctx, cases, seed=11, today=TODAY)
    ids, names = _known(ctx, max(runs, 30))
    find_known_party(ctx, id_number=ids[0], today=TODAY)  # warm: the first query opens the connection
    by_id = _median_ms([lambda i=i: find_known_party(ctx, id_number=i, today=TODAY) for i in ids])
    by_name = _median_ms([lambda n=n, p=p: find_known_party(ctx, name=n, phone=p, today=TODAY) for n, p in names])
    misses = _median_ms(
        [lambda k=k: find_known_party(ctx, name=f"无此人{k}", phone="13700000000", today=TODAY) for k in range(30)]
    )
    register_and_accept_case(ctx, _intake(0))
    save = _median_ms([lambda n=n: register_and_accept_case(ctx, _intake(n)) for n in range(1, max(runs, 30) + 1)])
    ctx.db.dispose()
    return {
        "cases": cases,
        "lookup_by_id_number_ms": by_id,
        "lookup_by_name_phone_ms": by_name,
        "lookup_no_match_ms": misses,
        "save_intake_3_parties_ms": save,
    }
