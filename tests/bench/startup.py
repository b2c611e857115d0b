"""Start-up benchmark: process start to main window shown, empty vs 100,000-case database, vs a bare window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from mediation_app.app import open_context
from mediation_app.services.demo import generate_demo

HERE = Path(__file__).resolve().parent
SHOWN, READY = "MEDIATION_DESK_SHOWN", "MEDIATION_DESK_READY"


def time_to_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the process until its window is shown, and until it shows the database's data."""
    started = time.perf_counter()
    shown = None
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if SHOWN in line:
                shown = time.perf_counter() - started
            if READY in line and shown is not None:
                ready = time.perf_counter() - started
                proc.wait(timeout=60)
                return shown, ready
        raise RuntimeError(f"{command} never showed its window: {proc.stderr.read() if proc.stderr else ''}")


def interleaved(runs: int, commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, list[tuple[float, float]]]:
    """Each command once per round, rounds repeated: a slow moment of the machine hits all alike."""
    for command in commands.values():
        time_to_shown(command, env)  # warm the file cache once, like a second launch on a desk PC
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(time_to_shown(command, env))
    return samples


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def compile_package() -> None:
    """Write the .pyc files an installed program has (this machine sets PYTHONDONTWRITEBYTECODE)."""
    package = HERE.parent.parent / "mediation_app"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def make_databases(workdir: Path, cases: int) -> tuple[Path, Path, float]:
    empty, full = workdir / "empty.sqlite3", workdir / "full.sqlite3"
    open_context(empty).db.dispose()
    ctx = open_context(full)
    started = time.perf_counter()
    generate_demo(ctx, cases, seed=1)
    generated = time.perf_counter() - started
    ctx.db.dispose()
    return empty, full, generated


def run(workdir: Path, cases: int, runs: int) -> dict[str, object]:
    empty, full, generated = make_databases(workdir, cases)
    env = {
        **os.environ,
        "MEDIATION_DESK_EXIT_AFTER_SHOW": "1",
        "MEDIATION_DESK_DATA_DIR": str(workdir),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    # The installed command, as a user starts it (no runpy); `python -m mediation_app` when not installed.
    script = Path(sys.executable).with_name("mediation-app")
    app = [str(script), "--db"] if script.exists() else [sys.executable, "-m", "mediation_app", "--db"]
    compile_package()
    samples = interleaved(
        runs,
        {
            "bare": [sys.executable, str(HERE / "bare_window.py")],
            "empty": [*app, str(empty)],
            "full": [*app, str(full)],
        },
        env,
    )
    bare, _ = medians(samples["bare"])
    app_empty, ready_empty = medians(samples["empty"])
    app_full, ready_full = medians(samples["full"])
    return {
        "cases": cases,
        "runs": runs,
        "demo_generation_s": round(generated, 2),
        "bare_window_s": round(bare, 3),
        "app_empty_db_s": round(app_empty, 3),
        "app_full_db_s": round(app_full, 3),
        "data_shown_empty_db_s": round(ready_empty, 3),
        "data_shown_full_db_s": round(ready_full, 3),
        "ratio_data_full_vs_empty": round(ready_full / ready_empty, 3),
        "ratio_full_vs_bare": round(app_full / bare, 3),
        "ratio_full_vs_empty": round(app_full / app_empty, 3),
        "samples": samples,
        "targets": {"ratio_full_vs_bare_max": 1.5, "ratio_full_vs_empty_max": 1.10},
    }
