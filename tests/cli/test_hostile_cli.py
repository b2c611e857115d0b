"""Hostile arguments for every command, run in-process: a Chinese message on stderr and exit code 1 or 2, never a
traceback, and the database unchanged; or the command does its ordinary work (exit 0)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_app.cli import run
from tests.services.test_roles import engine_fingerprint

HOSTILE = [
    "",
    "'; DROP TABLE cases; --",
    "调" * 100_000,
    "a\x00b",
    "\x1b[31m红\x1b[0m",
    "\u202e fdp.exe",
    "2024-02-30",
    "-5",
    "0",
    "99999999999999999999999",
    "../../etc/passwd",
    "None",
]
X = "{X}"
# One hostile value goes where X stands; the other arguments are real. Every command and option is here.
TEMPLATES = [
    ["demo", "--cases", X],
    ["demo", "--cases", "1", "--seed", X],
    ["print", X, "--sample", "-o", "out.pdf"],
    ["print", "mediation_application", "--case", X, "-o", "out.pdf"],
    ["print", "mediation_application", "--sample", "--party", X, "-o", "out.pdf"],
    ["print", "mediation_application", "--sample", "-o", X],
    ["issued", "--case", X],
    ["reprint", X, "-o", "out.pdf"],
    ["reprint", "1", "-o", X],
    ["case", "show", X],
    ["archive", X, "-o", "file.pdf"],
    ["archive", "CASE", "-o", X],
    ["archive", "CASE", "-o", "file.pdf", "--retention", X],
    ["archive", "CASE", "-o", "file.pdf", "--filed-by", X],
    ["ledger", "export", X],
    ["ledger", "export", "out.xlsx", "--from", X],
    ["ledger", "export", "out.xlsx", "--to", X],
    ["ledger", "import", X],
    ["ledger", "import", "--dry-run", "ledger.xlsx", "--sheet", X],
    ["stats", "--from", X],
    ["stats", "--to", X],
    ["backup", X],
    ["restore", X],
    ["check", X],
    ["--db", X, "check"],
    [X],
]
CHINESE = re.compile(r"[\u4e00-\u9fff]")


class Office:
    """A small office database made by ``demo``, its first case's number, and a folder to run in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "office.sqlite3"
        assert run(["--db", str(self.db), "demo", "--cases", "3", "--seed", "7"]) == 0
        import sqlite3

        with sqlite3.connect(self.db) as conn:
            (self.case,) = conn.execute("SELECT number FROM cases WHERE number IS NOT NULL ORDER BY id").fetchone()

    def argv(self, template: list[str], value: str) -> list[str]:
        filled = [value if part == X else self.case if part == "CASE" else part for part in template]
        return ["--db", str(self.db), *filled] if template[0] != "--db" else filled


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    folder = tmp_path_factory.mktemp("hostile-cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        patch.chdir(folder)  # relative output names land here
        yield Office(folder)


def check(office: Office, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0 (ordinary work), or 1/2 with a Chinese message, no traceback and the database unchanged."""
    before = _fingerprint(office.db)
    capsys.readouterr()
    try:
        code = run(argv)
    except SystemExit as stop:  # argparse refusing an argument
        code = stop.code if isinstance(stop.code, int) else 1
    err = capsys.readouterr().err
    if code == 0:
        return
    shown = [part[:40] for part in argv[2:]]
    assert code in (1, 2), (shown, code, err[:300])
    assert "Traceback" not in err and "操作未能完成" not in err, (shown, err[:300])
    assert CHINESE.search(err), (shown, err[:300])
    assert "\x1b" not in err and "\x00" not in err, shown  # nothing typed runs as a terminal escape
    assert _fingerprint(office.db) == before, shown


# Generated values: ordinary text with controls, direction marks and surrogates mixed in.
DRAWN = st.text(st.characters(codec=None, categories=("Lo", "Nd", "Cc", "Cf", "Cs", "Po")), max_size=30)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: "-".join(p for p in t if p != X)[:40] or "command")
def test_hostile_arguments_get_a_chinese_message_and_change_nothing(
    office: Office, template: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for value in HOSTILE:
        check(office, office.argv(template, value), capsys)

    @settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)
    @given(value=DRAWN)
    def drawn(value: str) -> None:
        check(office, office.argv(template, value), capsys)

    drawn()


def test_terminal_text_and_numbers_are_made_safe_before_use() -> None:
    import argparse

    from mediation_app.cli_args import path_arg, positive, safe_text

    assert safe_text("案号\x1b[2J\u202e") == "案号U+001B[2JU+202E"
    assert safe_text("长" * 500).endswith("…") and len(safe_text("长" * 500)) == 301
    for bad in ("", "a\x00b", "调" * 100, "a/" + "b" * 256):
        with pytest.raises(argparse.ArgumentTypeError):
            path_arg(bad)
    assert path_arg("台账 2026.xlsx") == "台账 2026.xlsx"
    with pytest.raises(argparse.ArgumentTypeError, match="数字过大"):
        positive(str(2**63))
    assert positive(str(2**63 - 1)) == 2**63 - 1


def _fingerprint(path: Path) -> str:
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        return engine_fingerprint(engine)
    finally:
        engine.dispose()
