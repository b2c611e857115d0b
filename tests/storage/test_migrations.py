"""Migrations: the head revision matches the models, and a start-up upgrade is all or nothing."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mediation_app.app import open_database
from mediation_app.storage import migrate, search_index
from mediation_app.storage.base import Base
from mediation_app.storage.engine import create_db_engine

# Indexes on an expression: SQLAlchemy cannot reflect them, so they are compared by their SQL below instead.
EXPRESSION_INDEXES = {"ix_cases_due_sort": "(coalesce(due_date, '9999-12-31'), id)"}


def _not_search_index(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (type_ == "table" and search_index.is_index_object(name))


def test_head_revision_matches_models(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        # The search index's FTS5 tables (and their shadow tables) are not models: the comparison skips them.
        opts = {"compare_type": True, "include_name": _not_search_index}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        table_sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'cases'").scalar()
    assert diff == [], (diff, table_sql)  # the stored CREATE TABLE too: a diff seen once in a full run, not alone


def test_expression_indexes_match_the_models(db_path: Path) -> None:
    """What the migration created is what the models declare (a fresh database made from the models)."""
    migrated = open_database(db_path)
    fresh = create_db_engine(db_path.with_name("fresh.sqlite3"))
    Base.metadata.create_all(fresh)
    for engine in (migrated.engine, fresh):
        with engine.connect() as conn:
            for name, columns in EXPRESSION_INDEXES.items():
                sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar()
                assert sql is not None and " ".join(sql.split()).endswith(columns), sql
    fresh.dispose()


def test_upgrade_is_idempotent(db_path: Path) -> None:
    engine = create_db_engine(db_path)
    assert migrate.upgrade_to_head(engine) is True
    assert migrate.upgrade_to_head(engine) is False
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_failed_upgrade_leaves_database_empty(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash in the middle of the migrations rolls back every table they created."""
    engine = create_db_engine(db_path)
    import alembic.command

    real_upgrade = alembic.command.upgrade

    def upgrade_then_fail(config: object, revision: str) -> None:
        real_upgrade(config, revision)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(alembic.command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        migrate.upgrade_to_head(engine)
    assert sa.inspect(engine).get_table_names() == []
    monkeypatch.undo()
    assert migrate.upgrade_to_head(engine) is True
    assert "cases" in sa.inspect(engine).get_table_names()


def test_every_table_has_a_primary_key_and_convention_names(db_path: Path) -> None:
    db = open_database(db_path)
    inspector = sa.inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        pk = inspector.get_pk_constraint(table.name)
        assert pk["constrained_columns"], table.name
        for fk in inspector.get_foreign_keys(table.name):
            assert fk["name"] and fk["name"].startswith(f"fk_{table.name}_"), (table.name, fk)


def test_head_constant_matches_the_revision_scripts() -> None:
    from mediation_app.storage.schema_version import HEAD_REVISION

    assert migrate.head_revision() == HEAD_REVISION


def test_a_database_of_the_first_release_upgrades_with_its_cases(db_path: Path) -> None:
    """0001 landed with issue 2: a database made then must open now, keep its rows and gain the new tables."""
    from alembic import command

    engine = create_db_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.execute(
            sa.text(
                "INSERT INTO offices (name, committee_name, case_prefix, address, phone, version, created_at,"
                " updated_at) VALUES ('某街道警民联调室', '某街道人民调解委员会', '某街联调字', '', '', 1,"
                " '2026-01-01', '2026-01-01')"
            )
        )
    assert migrate.current_revision(engine) == "0001"
    assert migrate.upgrade_to_head(engine) is True
    names = sa.inspect(engine).get_table_names()
    assert "form_versions" in names
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT case_prefix FROM offices")).scalar_one() == "某街联调字"


def _row_counts(conn: sa.Connection) -> dict[str, int]:
    names = [n for n in sa.inspect(conn).get_table_names() if not search_index.is_index_object(n)]
    return {n: conn.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


def test_0005_adds_its_columns_and_keeps_every_case_record(db_path: Path) -> None:
    """Columns added to ``cases`` must never rebuild it: a DROP TABLE would cascade to every case's records."""
    from alembic import command

    from mediation_app.app import open_context
    from mediation_app.services.demo import generate_demo

    ctx = open_context(db_path)
    try:
        generate_demo(ctx, 40, seed=5)
        with ctx.db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0004")
            before = _row_counts(conn)
        assert before["agreements"] > 0 and before["case_parties"] > 0
        assert migrate.upgrade_to_head(ctx.db.engine) is True
        with ctx.db.engine.connect() as conn:
            after = _row_counts(conn)
            # 0006 adds one baseline audit event per table that holds rows; every other table keeps its count.
            assert after.pop("audit_events") > before.pop("audit_events")
            assert after == before
            columns = {c["name"] for c in sa.inspect(conn).get_columns("cases")}
            assert {"difficult", "meeting_proposed_at", "meeting_proposal"} <= columns
            assert conn.execute(sa.text("SELECT count(*) FROM cases WHERE difficult")).scalar_one() == 0
    finally:
        ctx.db.dispose()
