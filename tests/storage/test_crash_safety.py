"""Crash safety: a child process saving cases through the real services is killed with SIGKILL at random
moments, 100 times; after each kill every save it reported is present and whole, SQLite's integrity check
passes, and the audit chain and every row's digest verify."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import Channel, DisputeType, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case, register_case
from mediation_app.storage.engine import Database, create_db_engine
from mediation_app.storage.integrity import check_integrity
from mediation_app.storage.models import AuditEvent, Case, CaseParty

KILLS = 100


def _intake(n: int) -> IntakeInput:
    return IntakeInput(
        Channel.WALK_IN,
        DisputeType.NEIGHBOUR,
        f"第{n}件：楼上漏水，楼下天花板受损。",
        (PartyInput(f"申请人{n}", PartyRole.APPLICANT), PartyInput(f"被申请人{n}", PartyRole.RESPONDENT)),
        received_at=datetime(2026, 10, 20, 9, 30),
        title=f"漏水纠纷{n}",
    )


def _save_forever(path: Path, office_id: int, out: int, seed: int) -> None:
    """The child: save cases one after another, reporting each id only once its save has returned."""
    ctx = ServiceContext(Database(create_db_engine(path)), office_id)
    chooser = random.Random(seed)
    for n in range(100_000):
        save = register_and_accept_case if chooser.random() < 0.5 else register_case
        ref = save(ctx, _intake(n))
        os.write(out, f"{ref.case_id}\n".encode())


def _run_and_kill(path: Path, office_id: int, chooser: random.Random) -> list[int]:
    """Fork a saver, read what it reports until a random moment, kill it with SIGKILL; the ids it reported."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        os.close(read_end)
        try:
            _save_forever(path, office_id, write_end, chooser.randrange(1 << 30))
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    if chooser.random() < 0.6:  # most kills land between and inside later saves, however slow the machine is
        while b"\n" not in data and select.select([read_end], [], [], 30)[0]:
            if not (chunk := os.read(read_end, 65536)):
                break  # the child ended on its own: the checks below say why
            data += chunk
    deadline = time.monotonic() + chooser.uniform(0.0, 0.2)  # the others anywhere, start-up included
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            data += os.read(read_end, 65536)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    data += _drain(read_end)
    os.close(read_end)
    return [int(line) for line in data.decode().split()]  # a line cut short by the kill was never reported


def _drain(fd: int) -> bytes:
    chunks = b""
    while chunk := os.read(fd, 65536):
        chunks += chunk
    return chunks


def _verify(path: Path, reported: set[int]) -> int:
    db = Database(create_db_engine(path))
    try:
        with db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            stored = {
                case_id: title
                for case_id, title in session.execute(sa.select(Case.id, Case.title).where(Case.id.in_(reported)))
            }
            assert set(stored) == reported, f"saves reported but missing: {sorted(reported - set(stored))}"
            parties = session.execute(
                sa.select(CaseParty.case_id, sa.func.count())
                .where(CaseParty.case_id.in_(reported))
                .group_by(CaseParty.case_id)
            ).all()
            assert all(count == 2 for _, count in parties) and len(parties) == len(reported)
            audited = session.execute(
                sa.select(sa.func.count()).where(AuditEvent.entity == "cases", AuditEvent.action == "insert")
            ).scalar_one()
            report = check_integrity(session)
            assert report.ok, report.problems
            return int(audited)
    finally:
        db.dispose()


@pytest.mark.sqlite_only("SIGKILL mid-write against the SQLite file's journal; a server's durability is its own")
def test_killed_savers_lose_nothing_they_reported(db_path: Path) -> None:
    ctx = open_context(db_path)
    office_id = ctx.office_id
    ctx.db.dispose()  # no connection crosses the fork
    chooser = random.Random(7)
    reported: set[int] = set()
    kills_mid_run = 0
    for _ in range(KILLS):
        ids = _run_and_kill(db_path, office_id, chooser)
        kills_mid_run += bool(ids)
        reported.update(ids)
        audited = _verify(db_path, reported)
        assert audited >= len(reported)  # every case saved, reported or not, has its insert in the trail
    assert len(reported) > KILLS  # the children did save, many times over
    assert kills_mid_run > KILLS // 2
