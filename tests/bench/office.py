"""Issue 6's benchmarks on one 100,000-case database: the ledger opened, filtered, exported and imported into, a
year's statistics, the program's memory, and opening the same ledger as an .xlsx with openpyxl for comparison."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerFilter, LedgerSort, LedgerSortKey
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, RiskLevel, Route
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger import count_cases, ledger_page
from mediation_app.storage.models import Case, CaseMediator

TODAY = date(2026, 11, 21)
HERE = Path(__file__).resolve().parent


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(samples), 1), "worst_ms": round(max(samples), 1)}


def ledger_window(db: Path, folder: Path, runs: int, scroll_rows: int) -> dict[str, Any]:
    """The program in its own process (memory is the process's own): first page and peak memory."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, "-m", "tests.bench.ledger_window", str(db), str(folder / "settings.ini")]
    done = subprocess.run(
        [*command, str(runs), str(scroll_rows)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=HERE.parent.parent,
        timeout=600,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ledger_rows(ctx: ServiceContext) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    after = None
    while page := ledger_page(ctx, LedgerFilter(), LedgerSort(), after, 5000):
        rows += [
            (r.number, r.received_at, r.applicants, r.respondents, r.dispute_type.zh, r.status.zh, r.mediators)
            for r in page
        ]
        after = page[-1].cursor
    return rows


def openpyxl_open(ctx: ServiceContext, folder: Path) -> dict[str, Any]:
    """What the office does today: the whole ledger in one .xlsx, opened with openpyxl (as a spreadsheet loads it)."""
    import openpyxl

    path = folder / "ledger-100k.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(["案号", "登记时间", "申请人", "被申请人", "纠纷类型", "状态", "调解员"])
    rows = _ledger_rows(ctx)
    for row in rows:
        sheet.append(row)
    book.save(path)
    started = time.perf_counter()
    loaded = openpyxl.load_workbook(path)
    first = [cell.value for cell in next(loaded.active.iter_rows(min_row=2, max_row=2))]
    seconds = time.perf_counter() - started
    assert first[0] is not None
    return {"rows": len(rows), "open_s": round(seconds, 2), "file_mb": round(path.stat().st_size / 2**20, 1)}


def _filters(ctx: ServiceContext) -> dict[str, LedgerFilter]:
    """Each filter of the ledger alone (a common value of each), and two combined with a search term."""
    with ctx.db.read() as session:
        community, grid = session.execute(
            sa.select(Case.community, Case.grid).where(Case.grid != "").group_by(Case.community, Case.grid).limit(1)
        ).one()
        mediator = session.execute(
            sa.select(CaseMediator.name).group_by(CaseMediator.name).order_by(sa.func.count().desc()).limit(1)
        ).scalar_one()
    return {
        "a month received": LedgerFilter(received_from=date(2026, 3, 1), received_to=date(2026, 3, 31)),
        "status 调解中": LedgerFilter(statuses=frozenset({CaseStatus.MEDIATING})),
        "type 邻里": LedgerFilter(dispute_types=frozenset({DisputeType.NEIGHBOUR})),
        "channel 来电": LedgerFilter(channels=frozenset({Channel.PHONE})),
        "route 人民调解": LedgerFilter(routes=frozenset({Route.PEOPLES_MEDIATION})),
        "risk 红": LedgerFilter(risks=frozenset({RiskLevel.RED})),
        "community + grid": LedgerFilter(community=community, grid=grid),
        f"mediator {mediator}": LedgerFilter(mediator=mediator),
        "overdue": LedgerFilter(overdue_on=TODAY),
        "has agreement": LedgerFilter(has_agreement=True),
        "no agreement": LedgerFilter(has_agreement=False),
        "邻里 + 2026 + “王”": LedgerFilter(
            dispute_types=frozenset({DisputeType.NEIGHBOUR}), received_from=date(2026, 1, 1), text="王"
        ),
        "mediator + 红 + “纠纷”": LedgerFilter(mediator=mediator, risks=frozenset({RiskLevel.RED}), text="纠纷"),
    }


def filters(ctx: ServiceContext, runs: int) -> dict[str, Any]:
    """Count + first page of each filter, in the default order and sorted by due date."""
    per_filter, every = {}, []
    for name, flt in _filters(ctx).items():
        for sort in (LedgerSort(), LedgerSort(LedgerSortKey.DUE, descending=False)):
            samples = timed(lambda flt=flt, sort=sort: (count_cases(ctx, flt), ledger_page(ctx, flt, sort)), runs)
            every += samples
            key = name if sort == LedgerSort() else f"{name}, by due date"
            per_filter[key] = {"matches": count_cases(ctx, flt), **summary(samples)}
    return {"filters": per_filter, **summary(every)}


def year_statistics(ctx: ServiceContext, runs: int) -> dict[str, Any]:
    from mediation_app.services.statistics import period_statistics

    samples = timed(lambda: period_statistics(ctx, date(2025, 1, 1), date(2025, 12, 31)), runs)
    return summary(samples)


def export_10k(ctx: ServiceContext, folder: Path) -> dict[str, Any]:
    """The ledger of 2025 from 1 January to the day of its 10,000th case (about 10,000 rows) to .xlsx."""
    from mediation_app.services.ledger_export import export_ledger

    start = datetime(2025, 1, 1)
    with ctx.db.read() as session:
        tenth_thousand = (
            session.execute(
                sa.select(Case.received_at).where(Case.received_at >= start).order_by(Case.received_at).offset(9_999)
            )
            .scalars()
            .first()
        )
    assert tenth_thousand is not None
    flt = LedgerFilter(received_from=start.date(), received_to=tenth_thousand.date())
    started = time.perf_counter()
    result = export_ledger(ctx, flt, folder / "export.xlsx", today=TODAY)
    return {"rows": result.rows, "seconds": round(time.perf_counter() - started, 2)}


def import_10k(ctx: ServiceContext, folder: Path) -> dict[str, Any]:
    """A 10,000-row legacy ledger imported into the 100,000-case database."""
    from mediation_app.services.ledger_import import import_ledger
    from tests.bench.legacy_ledger import write_legacy_ledger

    sheet = write_legacy_ledger(folder / "legacy-10k.xlsx", 10_000, year=2021)
    started = time.perf_counter()
    result = import_ledger(ctx, sheet, today=TODAY)
    seconds = time.perf_counter() - started
    assert result.created == 10_000, result
    return {"rows": result.created, "seconds": round(seconds, 2)}


def run(folder: Path, cases: int, runs: int) -> dict[str, Any]:
    db = folder / "office.sqlite3"
    ctx = open_context(db)
    started = time.perf_counter()
    generate_demo(ctx, cases, seed=6, today=TODAY)
    result: dict[str, Any] = {"cases": cases, "demo_generation_s": round(time.perf_counter() - started, 1)}
    ctx.db.dispose()
    result["window"] = ledger_window(db, folder, runs, scroll_rows=10_000)
    ctx = open_context(db)
    result["filters"] = filters(ctx, runs)
    result["year_statistics"] = year_statistics(ctx, runs)
    result["export_10k"] = export_10k(ctx, folder)
    result["openpyxl"] = openpyxl_open(ctx, folder)
    first_page_s = result["window"]["first_page_median_ms"] / 1000
    result["openpyxl_vs_first_page"] = round(result["openpyxl"]["open_s"] / first_page_s)
    result["import_10k"] = import_10k(ctx, folder)  # it adds cases
    result["check_s"] = check_seconds(ctx)
    ctx.db.dispose()
    return result


def check_seconds(ctx: ServiceContext) -> float:
    """`mediation-app check`: SQLite's checks, the audit chain and every row against its last digest."""
    from mediation_app.services.integrity import check_database

    started = time.perf_counter()
    report = check_database(ctx)
    assert report.ok, report.problems
    return round(time.perf_counter() - started, 1)
