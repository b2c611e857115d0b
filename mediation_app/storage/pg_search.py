"""The ledger's search on PostgreSQL: LIKE with SQLite's case rules (ASCII letters folded), a pg_trgm index."""

from __future__ import annotations

import string
from typing import Any

import sqlalchemy as sa

from mediation_app.storage.models import Case, CaseParty, Party
from mediation_app.storage.search_index import fold

INDEX = "case_search_trgm"  # named like the SQLite index's objects: the model comparison skips it the same way
_SEPARATOR = "chr(31)"  # between the columns in the indexed text; no stored text holds control characters
_FOLD = f"'{string.ascii_uppercase}', '{string.ascii_lowercase}'"
_COLUMNS = ("coalesce(number, '')", "applicant_names", "respondent_names", "title", "facts")


def _folded(expr: str) -> str:
    """ASCII letters in lower case, nothing else changed: SQLite's LIKE and its index fold exactly these."""
    return f"translate({expr}, {_FOLD})"


# The text the GIN index holds, unfolded (translate costs ten times a LIKE); the query repeats it verbatim so the
# planner matches it to the index.
SEARCH_TEXT = "(" + f" || {_SEPARATOR} || ".join(_COLUMNS) + ")"


def create_sql() -> list[str]:
    """The extension (a trusted one: the database's owner may create it) and the trigram index of every case."""
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE INDEX {INDEX} ON cases USING gin ({SEARCH_TEXT} gin_trgm_ops)",
    ]


def drop_sql() -> list[str]:
    return [f"DROP INDEX IF EXISTS {INDEX}"]


def _like(sql: str, pattern: str, *, ilike: bool = False) -> Any:
    column: sa.ColumnClause[str] = sa.literal_column(sql)
    return column.ilike(pattern, escape="\\") if ilike else column.like(pattern, escape="\\")


def _has_letters(pattern: str) -> bool:
    return any("a" <= ch <= "z" for ch in pattern)


def _exact(sql: str, pattern: str, letters: bool) -> Any:
    """The column (folded when the pattern has ASCII letters; else folding changes nothing) LIKE the pattern."""
    return _like(_folded(sql) if letters else sql, pattern)


def text_clause(pattern: str) -> Any:
    """Cases whose number, party names, title or facts, or a party's phone, contain the LIKE ``pattern`` (its
    ``%`` and escapes made by the caller), ASCII letters in either case as on SQLite.

    The index finds the candidates: without ASCII letters by the pattern as it is; with letters by ILIKE (which
    folds those and more), each column folded then deciding. Each column is tested on its own, so a term never
    matches across two of them."""
    pattern = fold(pattern)
    letters = _has_letters(pattern)
    candidates = _like(SEARCH_TEXT, pattern, ilike=letters)
    by_case = sa.select(Case.id).where(candidates, sa.or_(*(_exact(c, pattern, letters) for c in _COLUMNS)))
    phone = _exact("parties.phone", pattern, letters)
    if letters:
        phone = sa.and_(_like("parties.phone", pattern, ilike=True), phone)  # translate only the few ILIKE finds
    by_phone = sa.select(CaseParty.case_id).join(Party, Party.id == CaseParty.party_id).where(phone)
    return Case.id.in_(sa.union(by_case, by_phone))
