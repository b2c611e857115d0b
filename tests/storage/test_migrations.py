"""Migrations: the head revision matches the models, and a start-up upgrade is all or nothing."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mediation_app.app import open_database
from mediation_app.storage import migrate, pg_search, search_index
from mediation_app.storage.base import Base
from mediation_app.storage.engine import create_db_engine
from tests.pg import fresh_database, url_text

# The SQLite schema of the released revisions 0001–0006: (objects in sqlite_master, sha256 of their SQL).
RELEASED_SQLITE_SCHEMA = (102, "d8a0203002c1e6ec06cc76a461b053ea38d337b1bbbcdfc28cddc06cfe199a35")

# Indexes on an expression: SQLAlchemy cannot reflect them, so they are compared by their SQL below instead.
EXPRESSION_INDEXES = {"ix_cases_due_sort": "(coalesce(due_date, '9999-12-31'), id)"}
# Released (0001) on SQLite under the name of the number's own constraint, which SQLite allows twice; PostgreSQL
# and the models name it uq_cases_office_year_seq. SQLite's is checked by its columns instead.
OFFICE_NUMBER = ("office_id", "number_year", "number_seq")


def _included(dialect: str) -> Callable[[str | None, str, object], bool]:
    """Not the search index; not the expression indexes on SQLite, whose reflection cannot see them."""

    def include(name: str | None, type_: str, parent_names: object) -> bool:
        if type_ == "index" and name in EXPRESSION_INDEXES and dialect == "sqlite":
            return False
        return not (type_ in ("table", "index") and search_index.is_index_object(name))

    return include


def _released_sqlite_name(entry: object, dialect: str) -> bool:
    """A diff made by SQLite's released name for the office's number constraint (an add, or a remove)."""
    if dialect != "sqlite" or not isinstance(entry, tuple) or not isinstance(entry[1], sa.UniqueConstraint):
        return False
    # SQLite reflects both under one name, so either may be missed in the comparison: the test checks both below.
    constraint = entry[1]
    return constraint.table.name == "cases" and tuple(c.name for c in constraint.columns) in (
        OFFICE_NUMBER,
        ("number",),
    )


def _schema_diff(conn: sa.Connection) -> tuple[list[object], dict[tuple[str, ...], str | None]]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        # The search index (SQLite's FTS5 tables, PostgreSQL's trigram index) is not in the models: skipped.
        opts = {"compare_type": True, "include_name": _included(conn.dialect.name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        found = sa.inspect(conn).get_unique_constraints("cases")
    uniques = {tuple(u["column_names"]): u["name"] for u in found}
    return [entry for entry in diff if not _released_sqlite_name(entry, conn.dialect.name)], uniques


def test_head_revision_matches_models(empty_target: str) -> None:
    db = open_database(empty_target)
    with db.engine.connect() as conn:
        diff, uniques = _schema_diff(conn)
    db.dispose()
    assert diff == [], diff
    expected = "uq_cases_number" if db.engine.dialect.name == "sqlite" else "uq_cases_office_year_seq"
    assert uniques[OFFICE_NUMBER] == expected
    assert uniques[("number",)] == "uq_cases_number"


@pytest.mark.sqlite_only("the released SQLite schema is compared with a snapshot of its CREATE statements")
def test_the_released_sqlite_schema_is_unchanged(db_path: Path, backend: str) -> None:
    """0001–0006 are released: edits for PostgreSQL leave SQLite's schema exactly as it was."""
    db = open_database(db_path)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all()
    db.dispose()
    assert (len(rows), schema_digest(rows)) == RELEASED_SQLITE_SCHEMA


def schema_digest(rows: Sequence[Sequence[str | None]]) -> str:
    """sha256 of the schema's SQL, constraints in name order: a batch rebuild (0003) writes a table's constraints
    in an order that varies from run to run (seen as "a diff seen once in a full run"), with the same meaning."""

    def normalised(sql: str | None) -> str:
        lines = [line.rstrip(", ") for line in (sql or "").split("\n")]
        constraints = sorted(line for line in lines if line.startswith("\tCONSTRAINT "))
        return "\n".join([line for line in lines if not line.startswith("\tCONSTRAINT ")] + constraints)

    text = "\n".join(repr((*row[:3], normalised(row[3]))) for row in rows)
    return hashlib.sha256(text.encode()).hexdigest()


def _expression_index_sql(engine: sa.Engine, name: str) -> str | None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar()
        return conn.execute(sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": name}).scalar()


def test_expression_indexes_match_the_models(empty_target: str, backend: str) -> None:
    """What the migration created is what the models declare (a fresh database made from the models)."""
    migrated = open_database(empty_target)
    with _models_database(backend, empty_target) as fresh:
        Base.metadata.create_all(fresh)
        for name, columns in EXPRESSION_INDEXES.items():
            made, declared = _expression_index_sql(migrated.engine, name), _expression_index_sql(fresh, name)
            assert made is not None and made == declared
            if backend == "sqlite":
                assert " ".join(made.split()).endswith(columns), made
            else:
                assert "COALESCE(due_date, '9999-12-31'::date), id" in made, made
        if backend == "pg":
            assert _expression_index_sql(migrated.engine, pg_search.INDEX) is not None  # the trigram index
    migrated.dispose()


@contextmanager
def _models_database(backend: str, beside: str) -> Iterator[sa.Engine]:
    if backend == "sqlite":
        engine = create_db_engine(Path(beside).with_name("fresh.sqlite3"))
        yield engine
        engine.dispose()
        return
    with fresh_database() as url:
        engine = create_db_engine(url_text(url))
        yield engine
        engine.dispose()


def test_upgrade_is_idempotent(empty_target: str) -> None:
    engine = create_db_engine(empty_target)
    assert migrate.upgrade_to_head(engine) is True
    assert migrate.upgrade_to_head(engine) is False
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_failed_upgrade_leaves_database_empty(empty_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash in the middle of the migrations rolls back every table they created."""
    engine = create_db_engine(empty_target)
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


def test_every_table_has_a_primary_key_and_convention_names(db_target: str) -> None:
    db = open_database(db_target)
    inspector = sa.inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        pk = inspector.get_pk_constraint(table.name)
        assert pk["constrained_columns"], table.name
        for fk in inspector.get_foreign_keys(table.name):
            assert fk["name"] and fk["name"].startswith(f"fk_{table.name}_"), (table.name, fk)


def test_head_constant_matches_the_revision_scripts() -> None:
    from mediation_app.storage.schema_version import HEAD_REVISION

    assert migrate.head_revision() == HEAD_REVISION


def test_a_database_of_the_first_release_upgrades_with_its_cases(empty_target: str) -> None:
    """0001 landed with issue 2: a database made then must open now, keep its rows and gain the new tables."""
    from alembic import command

    engine = create_db_engine(empty_target)
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


def test_0005_adds_its_columns_and_keeps_every_case_record(empty_target: str) -> None:
    """Columns added to ``cases`` must never rebuild it: a DROP TABLE would cascade to every case's records."""
    from alembic import command

    from mediation_app.app import open_context
    from mediation_app.services.demo import generate_demo

    ctx = open_context(empty_target)
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
