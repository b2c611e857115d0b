"""``make bench``: run the benchmarks, print a table and write JSON to tests/bench/results/."""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from datetime import datetime
from pathlib import Path

from tests.bench import startup

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
        result = startup.run(Path(tmp), args.cases, args.runs)
    result["machine"] = {
        "python": platform.python_version(),
        "system": platform.platform(),
        "when": datetime.now().isoformat(timespec="seconds"),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    rows = [
        ("demo --cases {:,}".format(result["cases"]), f"{result['demo_generation_s']} s", "< 60 s"),
        ("bare PySide6 window shown", f"{result['bare_window_s']} s", ""),
        ("Mediation Desk shown, empty DB", f"{result['app_empty_db_s']} s", ""),
        ("Mediation Desk shown, {:,}-case DB".format(result["cases"]), f"{result['app_full_db_s']} s", ""),
        ("… with its data shown, empty DB", f"{result['data_shown_empty_db_s']} s", ""),
        ("… with its data shown, {:,}-case DB".format(result["cases"]), f"{result['data_shown_full_db_s']} s", ""),
        ("ratio data shown full DB / empty DB", str(result["ratio_data_full_vs_empty"]), "≤ 1.10"),
        ("ratio full DB / bare window", str(result["ratio_full_vs_bare"]), "≤ 1.5"),
        ("ratio full DB / empty DB", str(result["ratio_full_vs_empty"]), "≤ 1.10"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'median':>10}  target")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value:>10}  {target}")
    print(f"(median of {result['runs']} runs; JSON: {RESULTS / 'latest.json'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
