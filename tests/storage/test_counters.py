"""Case numbers: issued in the saving transaction, unique under concurrent saves, no gaps, yearly restart."""

from __future__ import annotations

import multiprocessing
from datetime import datetime

import pytest

from mediation_app.app import open_context
from mediation_app.domain.numbering import parse_number
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, PartyInput, accept_case, register_case
from mediation_app.storage.cases import assign_case_number
from mediation_app.storage.counters import issue_sequence, last_sequence
from mediation_app.storage.models import Case, Office


def _intake(name: str) -> IntakeInput:
    return IntakeInput(
        Channel.WALK_IN,
        DisputeType.NEIGHBOUR,
        "噪音纠纷",
        (PartyInput(name, PartyRole.APPLICANT), PartyInput("对方", PartyRole.RESPONDENT)),
    )


def _accept_many(path: str, count: int, tag: str) -> list[str]:
    ctx = open_context(path)
    numbers = []
    for i in range(count):
        ref = register_case(ctx, _intake(f"{tag}{i}"))
        numbers.append(accept_case(ctx, ref.case_id, when=datetime(2026, 3, 1, 9, 0)).number or "")
    ctx.db.dispose()
    return numbers


def test_concurrent_processes_get_unique_contiguous_numbers(db_target: str) -> None:
    open_context(db_target).db.dispose()
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        results = pool.starmap(_accept_many, [(db_target, 15, tag) for tag in "甲乙丙"])
    numbers = [n for batch in results for n in batch]
    seqs = sorted(parse_number(n).seq for n in numbers)
    assert seqs == list(range(1, 46))
    assert len(set(numbers)) == 45


def test_failed_save_leaves_no_gap(ctx: ServiceContext) -> None:
    first = accept_case(ctx, register_case(ctx, _intake("张三")).case_id, when=datetime(2026, 1, 5))
    with pytest.raises(RuntimeError), ctx.db.write() as session:
        case = session.get(Case, register_case(ctx, _intake("李四")).case_id)
        office = session.get(Office, ctx.office_id)
        assert case is not None and office is not None
        assign_case_number(session, case, office, datetime(2026, 1, 6))
        raise RuntimeError("the save failed after the number was drawn")
    with ctx.db.read() as session:
        assert last_sequence(session, ctx.office_id, "case", 2026) == 1
    second = accept_case(ctx, register_case(ctx, _intake("王五")).case_id, when=datetime(2026, 1, 7))
    assert first.number == "（2026）某街联调字第0001号"
    assert second.number == "（2026）某街联调字第0002号"


def test_counter_restarts_each_year_and_series_are_independent(ctx: ServiceContext) -> None:
    with ctx.db.write() as session:
        assert [issue_sequence(session, ctx.office_id, "case", 2025) for _ in range(3)] == [1, 2, 3]
        assert issue_sequence(session, ctx.office_id, "case", 2026) == 1
        assert issue_sequence(session, ctx.office_id, "agreement", 2026) == 1
        assert issue_sequence(session, ctx.office_id, "case", 2025) == 4


def test_accepting_twice_is_refused(ctx: ServiceContext) -> None:
    ref = register_case(ctx, _intake("赵六"))
    accept_case(ctx, ref.case_id)
    with pytest.raises(Exception) as info:
        accept_case(ctx, ref.case_id)
    assert getattr(info.value, "code", "") == "status.transition"
