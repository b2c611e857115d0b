"""设置 → 数据库: the choice kept for the next start (owner-only file, never a password shown), the order in which
the program finds its database, and 测试连接 against a real PostgreSQL server: refused, no such database, empty
(then set up), this program's, another program's."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_app import paths
from mediation_app.app import open_context, resolve_target
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.database_choice import (
    SERVER,
    DatabaseChoice,
    check_connection,
    load_choice,
    save_choice,
    set_up_server,
)
from mediation_app.storage.server import connect_failure
from tests.pg import fresh_database, server_url

ON_SERVER = DatabaseChoice(SERVER, "db.office.lan", 5433, "mediation", "desk1", "s3cret:/@")


def _choice_for(url: sa.engine.URL) -> DatabaseChoice:
    return DatabaseChoice(SERVER, url.host or "", url.port or 5432, url.database or "", url.username or "")


def test_the_saved_choice_is_owner_only_and_read_back(tmp_path: Path) -> None:
    path = save_choice(None, ON_SERVER, tmp_path / "database.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_choice(path) == ON_SERVER
    assert sa.engine.make_url(ON_SERVER.url()).password == "s3cret:/@"  # quoted in the URL, read back whole
    assert "s3cret" not in ON_SERVER.shown() and "***" in ON_SERVER.shown()
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_the_pc_password_choice_keeps_no_password(tmp_path: Path) -> None:
    path = save_choice(None, DatabaseChoice(**{**ON_SERVER.__dict__, "pc_password": True}), tmp_path / "d.json")
    assert json.loads(path.read_text(encoding="utf-8"))["password"] == ""
    assert sa.engine.make_url(load_choice(path).url()).password is None  # libpq's PGPASSWORD or .pgpass


def test_a_missing_or_broken_file_means_this_pcs_database(tmp_path: Path) -> None:
    assert not load_choice(tmp_path / "none.json").on_server
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert not load_choice(tmp_path / "bad.json").on_server


def test_the_program_looks_at_db_then_the_saved_choice_then_its_file() -> None:
    assert resolve_target(None) == paths.default_database_path()
    save_choice(None, ON_SERVER)
    assert resolve_target(None) == ON_SERVER.url()
    assert resolve_target("/tmp/other.sqlite3") == "/tmp/other.sqlite3"
    save_choice(None, DatabaseChoice())
    assert resolve_target(None) == paths.default_database_path()


@pytest.mark.parametrize("field", ["host", "database", "user"])
def test_a_server_choice_needs_every_field(field: str, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as refused:
        save_choice(None, DatabaseChoice(**{**ON_SERVER.__dict__, field: " "}), tmp_path / "d.json")
    assert refused.value.code == "database.field" and refused.value.params["field"] == field
    assert not (tmp_path / "d.json").exists()


def test_only_an_administrator_changes_the_choice(ctx: ServiceContext, tmp_path: Path) -> None:
    mediator = ServiceContext(ctx.db, ctx.office_id, user_id=None, role=UserRole.MEDIATOR)
    with pytest.raises(DomainError) as refused:
        save_choice(mediator, ON_SERVER, tmp_path / "d.json")
    assert refused.value.code == "auth.admin_only"
    with pytest.raises(DomainError):
        set_up_server(mediator, ON_SERVER)


def test_a_closed_port_is_unreachable_within_seconds() -> None:
    url = server_url()
    with pytest.raises(DomainError) as refused:
        check_connection(DatabaseChoice(SERVER, "127.0.0.1", 1, "mediation", url.username or "postgres"))
    assert refused.value.code == "server.unreachable"
    assert "127.0.0.1:1" in str(refused.value.params["url"])


def test_a_database_that_does_not_exist_is_named() -> None:
    choice = _choice_for(server_url().set(database="md_no_such_database"))
    with pytest.raises(DomainError) as refused:
        check_connection(choice)
    assert refused.value.code == "server.no_database"


def test_a_wrong_password_is_told_apart() -> None:
    # The test cluster trusts every local login, so the words libpq answers with are given here.
    failure = connect_failure(RuntimeError('FATAL:  password authentication failed for user "desk1"'), "url")
    assert failure.code == "server.password"
    assert connect_failure(RuntimeError("fe_sendauth: no password supplied"), "url").code == "server.password"


def test_an_empty_database_is_offered_and_set_up_then_recognised() -> None:
    with fresh_database() as url:
        choice = _choice_for(url)
        state = check_connection(choice)
        assert state.empty and state.revision is None
        ready = set_up_server(None, choice)
        assert not ready.empty and ready.revision is not None and ready.cases == 0
        ctx = open_context(choice.url())
        try:
            assert ctx.office_id > 0
        finally:
            ctx.db.dispose()


def test_another_programs_database_is_refused() -> None:
    with fresh_database() as url:
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
        engine.dispose()
        with pytest.raises(DomainError) as refused:
            check_connection(_choice_for(url))
        assert refused.value.code == "server.not_ours"
        with pytest.raises(DomainError):
            set_up_server(None, _choice_for(url))
