"""``make bench``: run the benchmarks, print a table and write JSON to tests/bench/results/latest.json."""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.bench import archive, bundle, casework, intake, ledger_search, office, printing, startup

RESULTS = Path(__file__).resolve().parent / "results"


def startup_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    cases = "{:,}".format(result["cases"])
    return [
        (f"demo --cases {cases}", f"{result['demo_generation_s']} s", "< 60 s"),
        ("bare PySide6 window shown", f"{result['bare_window_s']} s", ""),
        ("Mediation Desk shown, empty DB", f"{result['app_empty_db_s']} s", ""),
        (f"Mediation Desk shown, {cases}-case DB", f"{result['app_full_db_s']} s", ""),
        ("… with its data shown, empty DB", f"{result['data_shown_empty_db_s']} s", ""),
        (f"… with its data shown, {cases}-case DB", f"{result['data_shown_full_db_s']} s", ""),
        ("ratio data shown full DB / empty DB", str(result["ratio_data_full_vs_empty"]), "≤ 1.10"),
        ("ratio full DB / bare window", str(result["ratio_full_vs_bare"]), "≤ 1.5"),
        ("ratio full DB / empty DB", str(result["ratio_full_vs_empty"]), "≤ 1.10"),
    ]


def bundle_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [
        ("bundle: window shown (dist/mediation-desk)", f"{result['bundle_shown_s']} s", ""),
        ("make run: window shown (python -m mediation_app)", f"{result['make_run_shown_s']} s", ""),
        ("ratio bundle / make run", str(result["ratio_bundle_vs_make_run"]), "≤ 1.2"),
        ("bundle size", f"{result['bundle_size_mb']} MB", "≤ 150 MB"),
    ]


def printing_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    lo = result["libreoffice_docx_to_pdf_ms"]
    return [
        ("协议书 render (2 parties, 6 terms)", f"{result['agreement_typical_ms']} ms", "≤ 50 ms"),
        ("协议书 render (12 parties, 40 terms)", f"{result['agreement_40_terms_12_parties_ms']} ms", "≤ 250 ms"),
        ("LibreOffice .docx → PDF", "not installed" if lo is None else f"{lo} ms", ""),
        ("LibreOffice ÷ our render", "—" if lo is None else f"{result['libreoffice_ratio']}×", "≥ 20×"),
    ]


def intake_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    cases = "{:,}".format(result["cases"])
    return [
        (f"known party by ID number, {cases} cases", f"{result['lookup_by_id_number_ms']} ms", "≤ 30 ms"),
        (f"known party by name + phone, {cases} cases", f"{result['lookup_by_name_phone_ms']} ms", "≤ 30 ms"),
        (f"known party, no match, {cases} cases", f"{result['lookup_no_match_ms']} ms", "≤ 30 ms"),
        (f"save intake with 3 parties, {cases} cases", f"{result['save_intake_3_parties_ms']} ms", "≤ 50 ms"),
    ]


def archive_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    pages = "/".join(str(p) for p in result["pages"])
    built = f"{result['build_60_page_file_ms']} ms"
    return [(f"build a {pages}-page 卷宗 ({result['photos']} photos)", built, "≤ 2000 ms")]


def casework_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    cases = "{:,}".format(result["cases"])
    value = f"{result['open_case_window_20_events_10_attachments_ms']} ms"
    return [(f"open case window (20 events, 10 attachments), {cases} cases", value, "≤ 150 ms")]


def search_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    cases = "{:,}".format(result["cases"])
    rows = [
        (f"search count + first page, {cases} cases: median", f"{result['median_ms']} ms", "≤ 50 ms"),
        (f"search count + first page, {cases} cases: worst", f"{result['worst_ms']} ms", "≤ 150 ms"),
    ]
    for name, term in result["terms"].items():
        label = f"  {name} “{term['term']}” ({term['matches']:,} cases): median / worst"
        rows.append((label, f"{term['median_ms']} / {term['worst_ms']} ms", ""))
    return rows


def office_rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    cases, window = "{:,}".format(result["cases"]), result["window"]
    export, imported, book = result["export_10k"], result["import_10k"], result["openpyxl"]
    memory = f"{window['peak_memory_mb']} MB"
    rows = [
        (f"ledger opened → first page painted, {cases} cases", f"{window['first_page_median_ms']} ms", "≤ 100 ms"),
        ("  worst of the runs", f"{window['first_page_worst_ms']} ms", ""),
        (f"any filter: count + first page, {cases} cases: median", f"{result['filters']['median_ms']} ms", "≤ 50 ms"),
        ("any filter: worst", f"{result['filters']['worst_ms']} ms", "≤ 150 ms"),
    ]
    for name, found in result["filters"]["filters"].items():
        label = f"  {name} ({found['matches']:,} cases): median / worst"
        rows.append((label, f"{found['median_ms']} / {found['worst_ms']} ms", ""))
    rows += [
        (f"a year's statistics, {cases} cases", f"{result['year_statistics']['median_ms']} ms", "≤ 300 ms"),
        (f"export {export['rows']:,} rows to .xlsx", f"{export['seconds']} s", "≤ 10 s"),
        (f"import a {imported['rows']:,}-row Excel ledger", f"{imported['seconds']} s", "≤ 20 s"),
        (f"memory, ledger open, {window['rows_scrolled']:,} rows scrolled", memory, "≤ 300 MB"),
        (f"openpyxl opens the {book['rows']:,}-row ledger .xlsx ({book['file_mb']} MB)", f"{book['open_s']} s", ""),
        ("openpyxl open ÷ our first page", f"{result['openpyxl_vs_first_page']}×", ""),
        (f"check (integrity, audit chain, every row's digest), {cases} + 10,000 cases", f"{result['check_s']} s", ""),
    ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--only", choices=("startup", "printing", "intake", "archive", "casework", "search", "office", "bundle")
    )
    args = parser.parse_args()
    latest = RESULTS / "latest.json"
    # A partial run (--only) updates its own section and keeps the other's last figures.
    results: dict[str, Any] = json.loads(latest.read_text("utf-8")) if latest.exists() and args.only else {}
    rows: list[tuple[str, str, str]] = []
    if args.only in (None, "startup"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["startup"] = startup.run(Path(tmp), args.cases, args.runs)
        rows += startup_rows(results["startup"])
    if args.only in (None, "printing"):
        results["printing"] = printing.run(args.runs)
        rows += printing_rows(results["printing"])
    if args.only in (None, "intake"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["intake"] = intake.run(Path(tmp), args.cases, args.runs)
        rows += intake_rows(results["intake"])
    if args.only in (None, "archive"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["archive"] = archive.run(Path(tmp), min(args.runs, 7))
        rows += archive_rows(results["archive"])
    if args.only in (None, "casework"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["casework"] = casework.run(Path(tmp), args.cases, args.runs)
        rows += casework_rows(results["casework"])
    if args.only in (None, "search"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["search"] = ledger_search.run(Path(tmp), args.cases, args.runs)
        rows += search_rows(results["search"])
    if args.only in (None, "office"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["office"] = office.run(Path(tmp), args.cases, args.runs)
        rows += office_rows(results["office"])
    if args.only in (None, "bundle"):
        with tempfile.TemporaryDirectory(prefix="mediation-bench-") as tmp:
            results["bundle"] = bundle.run(Path(tmp), args.runs)
        rows += bundle_rows(results["bundle"])
    results["machine"] = {
        "python": platform.python_version(),
        "system": platform.platform(),
        "when": datetime.now().isoformat(timespec="seconds"),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'median':>12}  target")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value:>12}  {target}")
    print(f"(medians; JSON: {RESULTS / 'latest.json'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
