"""Case-work benchmarks on a 100,000-case database: opening the case window (and, later, building the 卷宗)."""

from __future__ import annotations

import os
import statistics
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import AttachmentKind
from mediation_app.services.attachments import add_attachment
from mediation_app.services.case_view import case_overview
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.documents import issue_case_form
from mediation_app.services.sessions import SessionPlan, schedule_session
from tests.services.casework_flow import accepted_case, held_session, image_bytes

TODAY = date(2026, 11, 21)
TIMELINE_EVENTS = 20
ATTACHMENTS = 10


def busy_case(ctx: ServiceContext) -> int:
    """A case with 20 timeline events, 10 of them attachments (registered, accepted, sessions, papers, files)."""
    case_id = accepted_case(ctx, received=datetime(2026, 11, 2, 9, 30))
    held_session(ctx, case_id, datetime(2026, 11, 4, 9, 30))
    for form in ("application", "acceptance_register", "rights_notice"):
        issue_case_form(ctx, form, case_id, today=TODAY)
    for day in (10, 12, 16):
        schedule_session(ctx, case_id, SessionPlan(datetime(2026, 11, day, 14, 0), "联调室第一调解室"))
    for n in range(ATTACHMENTS):
        add_attachment(ctx, case_id, image_bytes(size=(60 + n, 40)), f"证据{n + 1}.png", AttachmentKind.EVIDENCE)
    events = len(case_overview(ctx, case_id, today=TODAY).timeline)
    assert events == TIMELINE_EVENTS, events
    return case_id


def bench_case_window(ctx: ServiceContext, case_id: int, runs: int, folder: Path) -> float:
    """Median ms from constructing a CaseWindow to its first load shown (read on the real ThreadRunner)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mediation_app.gui.application import configure_application, create_application
    from mediation_app.gui.settings import AppSettings
    from mediation_app.gui.tasks import ThreadRunner
    from mediation_app.gui.views.case_window import CaseWindow

    app = QApplication.instance() or create_application([])
    configure_application(app, "zh_CN")  # type: ignore[arg-type]
    runner, settings = ThreadRunner(), AppSettings.from_file(folder / "mediation-bench.ini")
    samples = []
    for _ in range(runs + 1):  # the first run warms the imports and the connection pool
        started = time.perf_counter()
        window = CaseWindow(ctx, runner, settings, case_id, lambda: TODAY)
        while window.overview is None:
            app.processEvents()  # type: ignore[union-attr]
        samples.append(time.perf_counter() - started)
        window.deleteLater()
        app.processEvents()  # type: ignore[union-attr]
    return round(statistics.median(samples[1:]) * 1000, 2)


def run(folder: Path, cases: int, runs: int) -> dict[str, Any]:
    ctx = open_context(folder / "casework.sqlite3")
    generate_demo(ctx, cases, seed=11, today=TODAY)
    case_id = busy_case(ctx)
    result = {
        "cases": cases,
        "open_case_window_20_events_10_attachments_ms": bench_case_window(ctx, case_id, runs, folder),
    }
    ctx.db.dispose()
    return result
