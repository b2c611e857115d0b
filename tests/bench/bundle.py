"""Bundle benchmark: the built bundle's start-up (to window shown) next to ``make run``'s, and its size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mediation_app.app import open_context
from tests.bench.startup import compile_package, interleaved, medians

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "mediation-desk"
TARGET_RATIO = 1.2


def gui_executable(bundle: Path = BUNDLE) -> Path:
    windows = bundle / "mediation-desk.exe"
    return windows if windows.exists() else bundle / "mediation-desk"


def ensure_bundle(bundle: Path = BUNDLE) -> None:
    """Build the bundle with ``make bundle`` when it is missing (a few minutes)."""
    if not gui_executable(bundle).exists():
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True)


def size_mb(folder: Path) -> float:
    """What the folder holds, in MB (10^6 bytes): file sizes, links not followed (an installer's payload)."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return round(total / 1e6, 1)


def run(workdir: Path, runs: int, bundle: Path = BUNDLE) -> dict[str, object]:
    ensure_bundle(bundle)
    database = workdir / "empty.sqlite3"
    open_context(database).db.dispose()  # migrated once: both programs open the same ready database
    env = {
        **os.environ,
        "MEDIATION_DESK_EXIT_AFTER_SHOW": "1",
        "MEDIATION_DESK_DATA_DIR": str(workdir),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    compile_package()  # `make run` on an installed checkout has its .pyc files, as the bundle has
    samples = interleaved(
        runs,
        {
            "bundle": [str(gui_executable(bundle)), "--db", str(database)],
            "make_run": [sys.executable, "-m", "mediation_app", "--db", str(database)],
        },
        env,
    )
    bundle_shown, bundle_ready = medians(samples["bundle"])
    run_shown, run_ready = medians(samples["make_run"])
    return {
        "runs": runs,
        "bundle_shown_s": round(bundle_shown, 3),
        "make_run_shown_s": round(run_shown, 3),
        "ratio_bundle_vs_make_run": round(bundle_shown / run_shown, 3),
        "bundle_data_shown_s": round(bundle_ready, 3),
        "make_run_data_shown_s": round(run_ready, 3),
        "bundle_size_mb": size_mb(bundle),
        "samples": samples,
        "targets": {"ratio_bundle_vs_make_run_max": TARGET_RATIO, "bundle_size_mb_max": 150},
    }
