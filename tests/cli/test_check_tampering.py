"""``mediation-app check`` against changes made behind the program's back with sqlite3: each business row edited,
added or deleted is named (table, id, case number), and an edited or deleted audit row is the first broken link."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mediation_app.app import open_context
from mediation_app.cli import run
from mediation_app.services.demo import generate_demo
from mediation_app.services.ledger_import import import_ledger
from tests.services.full_case import make_full_case

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """A database made only through the program: a full case, demo cases and an imported Excel ledger."""
    path = tmp_path_factory.mktemp("pristine") / "desk.sqlite3"
    ctx = open_context(path)
    try:
        case = make_full_case(ctx)
        generate_demo(ctx, 30, seed=3)
        import_ledger(ctx, SAMPLE)
    finally:
        ctx.db.dispose()
    return path, case.case_id, case.number


@pytest.fixture
def desk(pristine: tuple[Path, int, str], tmp_path: Path) -> Path:
    copy = tmp_path / "desk.sqlite3"
    shutil.copy(pristine[0], copy)
    return copy


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(["--db", str(path), "check"])
    return code, capsys.readouterr().out


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


def _one(path: Path, query: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchone()[0]


def test_a_database_changed_only_by_the_program_passes(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _check(desk, capsys)
    assert code == 0, out
    assert "检查通过" in out and "问题" not in out


def test_rows_edited_added_and_deleted_behind_the_programs_back_are_named(
    desk: Path, pristine: tuple[Path, int, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, case_id, number = pristine
    imported = _one(desk, "SELECT id FROM cases WHERE import_key IS NOT NULL ORDER BY id LIMIT 1")
    imported_number = _one(desk, f"SELECT number FROM cases WHERE id = {imported}")
    term = _one(
        desk,
        "SELECT t.id FROM agreement_terms t JOIN agreements a ON a.id = t.agreement_id"
        f" WHERE a.case_id = {case_id} LIMIT 1",
    )
    party = _one(desk, "SELECT max(id) FROM parties")
    _sql(
        desk,
        f"UPDATE cases SET facts = '改过的事实' WHERE id = {case_id}",
        f"UPDATE cases SET amount_fen = 1 WHERE id = {imported}",
        f"DELETE FROM agreement_terms WHERE id = {term}",
        f"INSERT INTO case_participants (case_id, name, relation, phone) VALUES ({case_id}, '冒名', '', '')",
        f"UPDATE parties SET phone = '13900000000' WHERE id = {party}",
    )
    code, out = _check(desk, capsys)
    assert code == 1
    assert f"案件（cases）第 {case_id} 条记录（案件 {number}）在程序之外被修改" in out
    assert f"案件（cases）第 {imported} 条记录（案件 {imported_number}）在程序之外被修改" in out
    assert f"协议条款（agreement_terms）第 {term} 条记录（案件 {number}）在程序之外被删除" in out
    assert f"（案件 {number}）在程序之外被添加" in out and "邀请参与人（case_participants）" in out
    assert f"当事人（parties）第 {party} 条记录在程序之外被修改" in out
    assert "审计记录链" not in out  # the trail itself is intact
    assert "检查未通过" in out


def test_an_edited_audit_row_is_the_first_broken_link(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _one(desk, "SELECT id FROM audit_events WHERE action = 'update' ORDER BY id LIMIT 1")
    _sql(desk, f"UPDATE audit_events SET before_json = '{{}}' WHERE id = {target}")
    code, out = _check(desk, capsys)
    assert code == 1
    assert f"审计记录链在第 {target} 条处断开" in out


def test_a_deleted_audit_row_breaks_the_chain_at_the_next_one(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _one(desk, "SELECT id FROM audit_events WHERE action = 'insert' ORDER BY id LIMIT 1 OFFSET 3")
    _sql(desk, f"DELETE FROM audit_events WHERE id = {target}")
    code, out = _check(desk, capsys)
    assert code == 1
    assert f"审计记录链在第 {target + 1} 条处断开" in out


def test_the_last_audit_rows_deleted_leave_their_rows_unaccounted_for(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cutting the chain's tail keeps the chain whole, but the rows those events recorded no longer match."""
    last = _one(desk, "SELECT max(id) FROM audit_events")
    tail = _one(desk, "SELECT min(id) FROM audit_events WHERE action = 'bulk_insert' AND entity = 'cases'")
    _sql(desk, f"DELETE FROM audit_events WHERE id >= {tail}")
    code, out = _check(desk, capsys)
    assert code == 1 and last > tail
    assert "审计记录链" not in out
    assert "案件（cases）" in out and "在程序之外被添加" in out
