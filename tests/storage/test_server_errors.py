"""A write that fails gives a code the dialogs explain, on PostgreSQL as on SQLite: a duplicate, another desk's
lock, a read-only server, the connection lost mid-save; text longer than its column is refused alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
import sqlalchemy as sa

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import PartyKind, UserRole
from mediation_app.services.context import ServiceContext
from mediation_app.storage import bulk
from mediation_app.storage.errors import StorageError
from mediation_app.storage.models import Office, Party, User
from tests import pg


def _add_user(ctx: ServiceContext, username: str) -> None:
    with ctx.db.write() as session:
        session.add(User(username=username, display_name="周玥", role=UserRole.MEDIATOR))


def test_a_duplicate_is_refused_as_a_duplicate(ctx: ServiceContext) -> None:
    _add_user(ctx, "zhou")
    with pytest.raises(StorageError) as failed:
        _add_user(ctx, "zhou")
    assert failed.value.code == "db.duplicate"


def test_text_over_its_column_is_refused_before_the_database_sees_it(ctx: ServiceContext) -> None:
    with pytest.raises(StorageError) as failed:
        _add_user(ctx, "z" * 41)
    assert failed.value.code == "input.too_long" and failed.value.params == {"field": "users.username", "limit": 40}
    _add_user(ctx, "z" * 40)  # the limit itself is fine


def test_a_bulk_load_with_one_over_long_value_writes_nothing(ctx: ServiceContext) -> None:
    with ctx.db.write() as session:
        first = bulk.next_ids(session)["parties"]
    rows = [_party(first + n, "周玥") for n in range(3)] + [_party(first + 3, "周" * 101)]
    with pytest.raises(StorageError) as failed, ctx.db.write() as session:
        bulk.insert_rows(session, "parties", rows)
    assert failed.value.params == {"field": "parties.name", "limit": 100}
    with ctx.db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Party)) == first - 1
    with ctx.db.write() as session:
        bulk.insert_rows(session, "parties", rows[:3])  # the same rows at their limit go in
    with ctx.db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Party)) == first + 2


def _party(pid: int, name: str) -> dict[str, object]:
    now = datetime(2026, 11, 1, 9, 0)
    return {"id": pid, "kind": PartyKind.PERSON, "name": name, "version": 1, "created_at": now, "updated_at": now}


@pytest.fixture
def pg_ctx(pg_template: str) -> Iterator[tuple[ServiceContext, sa.Engine]]:
    """A PostgreSQL copy and an administrator's connection to the same database (the other desk, the operator)."""
    with pg.fresh_database(template=pg_template) as url:
        ctx = open_context(pg.url_text(url))
        admin = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        yield ctx, admin
        ctx.db.dispose()
        admin.dispose()


def _rename_office(ctx: ServiceContext, name: str, *settings: str) -> None:
    with ctx.db.write() as session:
        for statement in settings:
            session.execute(sa.text(statement))
        office = session.get(Office, ctx.office_id)
        assert office is not None
        office.name = name


def test_a_row_another_desk_holds_is_a_conflict_and_nothing_is_saved(pg_ctx: tuple[ServiceContext, sa.Engine]) -> None:
    ctx, admin = pg_ctx
    with admin.execution_options(isolation_level="READ COMMITTED").connect() as other, other.begin():
        other.execute(sa.text("SELECT 1 FROM offices WHERE id = :id FOR UPDATE"), {"id": ctx.office_id})
        with pytest.raises(StorageError) as failed:
            _rename_office(ctx, "新名称", "SET LOCAL lock_timeout = '200ms'")
    assert failed.value.code == "db.conflict"
    with ctx.db.read() as session:
        assert session.get(Office, ctx.office_id).name != "新名称"  # type: ignore[union-attr]


def test_a_read_only_server_is_named_as_such(pg_ctx: tuple[ServiceContext, sa.Engine]) -> None:
    ctx, _admin = pg_ctx
    with pytest.raises(StorageError) as failed:
        _rename_office(ctx, "新名称", "SET TRANSACTION READ ONLY")
    assert failed.value.code == "server.read_only"
    assert "@" in str(failed.value.params["url"]) and ctx.db.location() == failed.value.params["url"]


def test_a_connection_lost_mid_save_says_the_server_cannot_be_reached(
    pg_ctx: tuple[ServiceContext, sa.Engine],
) -> None:
    ctx, admin = pg_ctx
    with pytest.raises(StorageError) as failed, ctx.db.write() as session:
        pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
        with admin.connect() as operator:
            operator.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(sa.text("SELECT 1"))
    assert failed.value.code == "server.unreachable"
    _rename_office(ctx, "重新连上")  # the pool replaces the dead connection: the next save goes through
    with ctx.db.read() as session:
        assert session.get(Office, ctx.office_id).name == "重新连上"  # type: ignore[union-attr]


@pytest.mark.sqlite_only("only SQLite ever stored text longer than its column (before this check)")
def test_an_old_over_long_value_does_not_block_editing_the_rest_of_its_row(ctx: ServiceContext) -> None:
    with ctx.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE offices SET address = :a WHERE id = :id"), {"a": "路" * 300, "id": ctx.office_id})
    _rename_office(ctx, "新名称")
    with pytest.raises(StorageError, match=r"input\.too_long"), ctx.db.write() as session:
        session.get(Office, ctx.office_id).address = "街" * 201  # type: ignore[union-attr]
