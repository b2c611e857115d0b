"""``mediation-app stats``: the JSON keys and values, the Chinese summary, and bad arguments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediation_app.app import open_context
from tests.services.test_statistics import build_march

from .test_cli import run_cli


@pytest.fixture
def march_db(tmp_path: Path) -> Path:
    path = tmp_path / "stats.sqlite3"
    ctx = open_context(path)
    build_march(ctx)
    ctx.db.dispose()
    return path


def test_json_has_english_keys_and_exact_values(march_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(march_db), "stats", "--from", "2026-03-01", "--to", "2026-03-31", "--json",
                     env_dir=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["from"], data["to"], data["received"], data["not_accepted"]) == ("2026-03-01", "2026-03-31", 7, 1)
    assert (data["accepted"], data["mediated_success"], data["mediated_failure"], data["mediated"]) == (6, 3, 1, 4)
    assert (data["success_rate"], data["success_rate_percent"], data["success_rate_reported"]) == (0.75, "75.0%", "75%")
    assert data["closure_rate"] == 5 / 6 and data["closure_rate_percent"] == "83.3%"
    assert (data["timely_rate"], data["satisfaction_rate"]) == (0.75, 2 / 3)
    assert (data["written_agreements"], data["oral_agreements"], data["agreement_amount_fen"]) == (1, 1, 512_000)
    assert (data["judicial_confirmed"], data["performed"]) == (1, 2)
    assert (data["prevented_criminal_cases"], data["prevented_criminal_people"]) == (1, 3)
    assert (data["prevented_petition_cases"], data["prevented_petition_people"]) == (1, 12)
    assert (data["resolved_community"], data["resolved_street"]) == (2, 1)
    breakdowns = data["breakdowns"]
    assert set(breakdowns) == {"dispute_type", "channel", "route", "mediator", "community", "risk"}
    first = breakdowns["dispute_type"][0]
    assert (first["key"], first["label"], first["accepted"], first["success_rate"]) == ("neighbour", "邻里", 3, 1.0)
    assert [(r["label"], r["accepted"]) for r in breakdowns["route"]][-1] == ("未分流", 1)
    assert [(r["key"], r["accepted"]) for r in breakdowns["mediator"]] == [
        ("张三", 2),
        ("李四", 2),
        ("王五", 2),
        ("赵六", 1),
    ]
    labour = breakdowns["dispute_type"][1]
    assert labour["success_rate"] == 0.0 and labour["success_rate_percent"] == "0.0%"
    other = breakdowns["dispute_type"][2]
    assert other["success_rate"] is None and other["success_rate_reported"] is None  # no outcome: no rate
    assert [(m["month"], m["accepted"]) for m in data["months"]] == [("2026-03", 6)]


def test_summary_in_chinese(march_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(march_db), "stats", "--from", "2026-03-01", "--to", "2026-03-31", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "受理 6 件：调解成功 3 件，调解不成 1 件，办理中 1 件" in lines
    assert "成功率：75.0%（上报 75%）" in lines
    assert "  邻里：受理 3，成功 3，成功率 100.0%" in lines
    assert "防止民转刑 1 件 3 人；防止群体性上访 1 件 12 人" in lines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-13-01", "--to", "2026-12-31"), "参数错误"),
        (("--from", "2026-03-01"), "参数错误"),
        (("--from", "2026-03-31", "--to", "2026-03-01"), "早于起始日期"),
    ],
)
def test_bad_dates_are_refused(march_db: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli("--db", str(march_db), "stats", *args, env_dir=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
