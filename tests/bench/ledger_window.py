"""Run in its own process: the program's window on a database, the ledger opened; prints JSON on its last line.

Measures how long the ledger takes from being opened to its first page painted (the main window's ledger view,
reloaded ``runs`` times), then scrolls ``scroll_rows`` rows down the ledger and reports the process's peak memory.
Usage: python -m tests.bench.ledger_window DB SETTINGS.ini RUNS SCROLL_ROWS
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QModelIndex, QTimer

from mediation_app.app import open_context
from mediation_app.gui.application import build_main_window, configure_application, create_application
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import ThreadRunner

TODAY = date(2026, 11, 21)


def _wait(app: object, signal: object, done: object, timeout_ms: int = 30_000) -> None:
    """Run the event loop until ``done()`` is true (checked whenever ``signal`` fires) or the timeout."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    while not done():  # type: ignore[operator]
        loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def main(db: Path, settings_path: Path, runs: int, scroll_rows: int) -> dict[str, object]:
    app = create_application([sys.argv[0]])
    settings = AppSettings.from_file(settings_path)
    configure_application(app, "zh_CN")
    ctx, runner = open_context(db), ThreadRunner()
    window = build_main_window(ctx, runner, settings)
    window.resize(1280, 800)
    window.show()
    window.show_view("ledger")
    view, model = window.ledger, window.ledger.model
    _wait(app, model.page_loaded, lambda: model.rowCount() > 0 and not model.loading)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        view.refresh()
        _wait(app, model.page_loaded, lambda: model.rowCount() > 0 and not model.loading)
        view.table.viewport().repaint()  # painted, not only in the model
        samples.append((time.perf_counter() - started) * 1000)
    while model.rowCount() < scroll_rows:
        model.fetchMore(QModelIndex())  # also asked for by the view as it scrolls: whichever comes first
        _wait(app, model.page_loaded, lambda: not model.loading)
        view.table.scrollToBottom()
        view.table.viewport().repaint()
        if not model.loading and not model.canFetchMore(QModelIndex()):
            break  # the last page
    rows = model.rowCount()
    runner.wait_idle()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    window.close()
    ctx.db.dispose()
    return {
        "first_page_median_ms": round(statistics.median(samples), 1),
        "first_page_worst_ms": round(max(samples), 1),
        "rows_scrolled": rows,
        "peak_memory_mb": round(peak_mb, 1),
    }


if __name__ == "__main__":
    db_arg, settings_arg, runs_arg, rows_arg = sys.argv[1:5]
    result = main(Path(db_arg), Path(settings_arg), int(runs_arg), int(rows_arg))
    print(json.dumps(result), flush=True)
