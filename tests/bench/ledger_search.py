"""Ledger search benchmark on a 100,000-case database: count + first page for 1/2/3/6-character terms and more."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.ledger import LedgerFilter, LedgerSort
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger import count_cases, ledger_page
from mediation_app.storage.models import Case, Party

TODAY = date(2026, 11, 21)


def _texts(ctx: ServiceContext) -> list[str]:
    with ctx.db.read() as session:
        rows = session.execute(
            sa.select(Case.applicant_names, Case.respondent_names, Case.title, Case.facts).order_by(Case.id)
        ).all()
    return ["\n".join(row) for row in random.Random(3).sample(rows, min(5000, len(rows)))]


def _grams(texts: list[str], size: int) -> Counter[str]:
    """In how many sampled cases each run of ``size`` CJK characters occurs."""
    counts: Counter[str] = Counter()
    for text in texts:
        grams = {text[i : i + size] for i in range(len(text) - size + 1)}
        counts.update(g for g in grams if all("\u4e00" <= ch <= "\u9fff" for ch in g))
    return counts


def pick_terms(ctx: ServiceContext) -> dict[str, str]:
    """Common and rare Chinese terms of 1, 2, 3 and 6 characters from the data, a phone and a number fragment."""
    texts, terms = _texts(ctx), {}
    for size in (1, 2, 3, 6):
        ranked = _grams(texts, size).most_common()
        terms[f"{size}-char common"] = ranked[0][0]
        terms[f"{size}-char rare"] = ranked[-1][0]
    with ctx.db.read() as session:
        phone = session.execute(sa.select(Party.phone).where(Party.phone != "").limit(1)).scalar_one()
        number = session.execute(sa.select(Case.number).where(Case.number.is_not(None)).limit(1)).scalar_one()
    terms["phone fragment"] = phone[3:8]
    terms["case-number fragment"] = number[-5:]
    terms["no match"] = "龘龘"
    return terms


def _time_term(ctx: ServiceContext, term: str, runs: int) -> tuple[list[float], int]:
    flt, samples, total = LedgerFilter(text=term), [], 0
    for _ in range(runs):
        started = time.perf_counter()
        total = count_cases(ctx, flt)
        ledger_page(ctx, flt, LedgerSort())
        samples.append((time.perf_counter() - started) * 1000)
    return samples, total


def run(folder: Path, cases: int, runs: int) -> dict[str, Any]:
    ctx = open_context(folder / "search.sqlite3")
    started = time.perf_counter()
    generate_demo(ctx, cases, seed=5, today=TODAY)
    demo_s = round(time.perf_counter() - started, 1)
    terms = pick_terms(ctx)
    count_cases(ctx, LedgerFilter(text="王"))  # warm: the first query opens the connection
    per_term, every = {}, []
    for name, term in terms.items():
        samples, total = _time_term(ctx, term, runs)
        every += samples
        per_term[name] = {
            "term": term,
            "matches": total,
            "median_ms": round(statistics.median(samples), 1),
            "worst_ms": round(max(samples), 1),
        }
    ctx.db.dispose()
    return {
        "cases": cases,
        "demo_generation_s": demo_s,
        "median_ms": round(statistics.median(every), 1),
        "worst_ms": round(max(every), 1),
        "terms": per_term,
    }
