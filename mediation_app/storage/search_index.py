"""The ledger's SQLite search index: two FTS5 tables over each case's searchable text, kept in step by triggers."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

# Terms of 3+ characters match the trigram table; 1–2 characters the table whose text has one token per character.
TRIGRAM = "case_search_tri"
CHARS = "case_search_chr"
TABLES = (TRIGRAM, CHARS)
_COLUMNS = "number, applicants, respondents, phones, title, facts"


def is_index_object(name: str | None) -> bool:
    """The FTS tables and their shadow tables: not in the models, so the model comparison skips them."""
    return bool(name) and str(name).startswith("case_search_")


def normalise_term(text: str) -> str:
    """A search term as matched: full-width digits and letters made plain (NFKC), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def _tokens(expr: str) -> str:
    """SQL for ``expr`` as one token per character: its UTF-8 in hex, so punctuation and spaces are tokens too.

    No CTE (a trigger may not use one): json_each over a generated array numbers the characters."""
    text = f"lower({expr})"  # SQLite's lower() folds ASCII only, like LIKE
    numbers = f"json_each('[' || substr(replace(hex(zeroblob(length({text}))), '00', ',0'), 2) || ']')"
    return f"coalesce((SELECT group_concat(hex(substr({text}, j.key + 1, 1)), ' ') FROM {numbers} AS j), '')"


# Phones joined by a no-break space, which NFKC turns into a space: no normalised term can span two phones. In a
# fixed order: a contentless index is told to forget exactly the text it was given.
_PHONES = (
    "coalesce((SELECT group_concat(phone, char(160)) FROM (SELECT p.phone AS phone FROM case_parties AS cp"
    " JOIN parties AS p ON p.id = cp.party_id WHERE cp.case_id = c.id AND p.phone != '' ORDER BY cp.id)), '')"
)
_SOURCE = ("coalesce(c.number, '')", "c.applicant_names", "c.respondent_names", _PHONES, "c.title", "c.facts")


def source_sql(table: str, tokens: str | None = None) -> str:
    """SELECT of each case's id and indexed text for ``table``; ``tokens`` names a faster function for bulk builds."""
    if table == TRIGRAM:
        values = tuple(f"lower({expr})" for expr in _SOURCE)
    else:
        values = tuple(f"{tokens}({expr})" if tokens else _tokens(expr) for expr in _SOURCE)
    return f"SELECT c.id, {', '.join(values)} FROM cases AS c"


def _fill(table: str, where: str, tokens: str | None = None, *, forget: bool = False) -> str:
    """INSERT … SELECT indexing the cases ``where`` picks, or (``forget``) removing them as they are now."""
    if forget:  # a contentless FTS5 table forgets a row when told its indexed text again
        select = source_sql(table).replace("SELECT c.id", "SELECT 'delete', c.id", 1)
        return f"INSERT INTO {table} ({table}, rowid, {_COLUMNS}) {select} WHERE {where}"
    return f"INSERT INTO {table} (rowid, {_COLUMNS}) {source_sql(table, tokens)} WHERE {where}"


class _Tokens(dict[str, str]):
    """Each character's token, made once (the bulk index turns millions of characters into tokens)."""

    def __missing__(self, ch: str) -> str:
        token = self[ch] = ch.encode("utf-8").hex().upper()
        return token


_TOKENS = _Tokens()


def char_tokens(text: str) -> str:
    """Python's twin of ``_tokens``: the same text, character by character, as space-separated UTF-8 hex."""
    return " ".join(map(_TOKENS.__getitem__, fold(text)))


def _statements(ids: str, *, forget: bool) -> str:
    """Trigger body: index (or forget) the cases whose ids the SQL ``ids`` lists, in both tables."""
    return " ".join(_fill(table, f"c.id IN ({ids})", forget=forget) + ";" for table in TABLES)


def _pair(name: str, event: str, ids_before: str, ids_after: str) -> list[str]:
    """A BEFORE trigger forgetting the cases as they were and an AFTER trigger indexing them as they are."""
    return [
        f"CREATE TRIGGER {name}_b BEFORE {event} BEGIN {_statements(ids_before, forget=True)} END",
        f"CREATE TRIGGER {name}_a AFTER {event} BEGIN {_statements(ids_after, forget=False)} END",
    ]


def _trigger_sql() -> list[str]:
    watched = "number, title, facts, applicant_names, respondent_names"
    by_party = "SELECT case_id FROM case_parties WHERE party_id = {}.id"
    return [
        f"CREATE TRIGGER case_search_ai AFTER INSERT ON cases BEGIN {_statements('NEW.id', forget=False)} END",
        f"CREATE TRIGGER case_search_bd BEFORE DELETE ON cases BEGIN {_statements('OLD.id', forget=True)} END",
        *_pair("case_search_au", f"UPDATE OF {watched} ON cases", "OLD.id", "NEW.id"),
        *_pair("case_search_cp_ai", "INSERT ON case_parties", "NEW.case_id", "NEW.case_id"),
        *_pair("case_search_cp_ad", "DELETE ON case_parties", "OLD.case_id", "OLD.case_id"),
        *_pair("case_search_cp_au", "UPDATE OF case_id, party_id ON case_parties", *["OLD.case_id, NEW.case_id"] * 2),
        *_pair("case_search_party_au", "UPDATE OF phone ON parties", by_party.format("OLD"), by_party.format("NEW")),
    ]


def _trigger_names() -> list[str]:
    return [statement.split()[2] for statement in _trigger_sql()]


def create_sql() -> list[str]:
    """Statements creating the index (empty) and its triggers."""
    return [
        f"CREATE VIRTUAL TABLE {TRIGRAM} USING fts5({_COLUMNS}, content = '', tokenize = 'trigram case_sensitive 1')",
        f"CREATE VIRTUAL TABLE {CHARS} USING fts5({_COLUMNS}, content = '', tokenize = 'ascii')",
        *_trigger_sql(),
    ]


def drop_sql() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in _trigger_names()] + [
        f"DROP TABLE IF EXISTS {t}" for t in TABLES
    ]


def build_sql(where: str, tokens: str | None = None) -> list[str]:
    """One statement per table indexing the cases ``where`` selects (for rows inserted with the triggers off)."""
    return [_fill(table, where, tokens) for table in TABLES]


def build_from(conn: Any, first_id: int) -> None:
    """Index every case from ``first_id`` on (after a bulk insert), one statement per table.

    The character table's text comes from a Python function registered on this connection only: the same tokens as
    the triggers' pure-SQL expression (a test compares them) at a fraction of the time."""
    if _dialect(conn) != "sqlite":
        return  # PostgreSQL's trigram index (pg_search) follows every insert by itself
    raw = conn.connection().connection if hasattr(conn, "get_bind") else conn.connection
    raw.driver_connection.create_function("search_char_tokens", 1, char_tokens, deterministic=True)
    for statement in build_sql(f"c.id >= {int(first_id)}", "search_char_tokens"):
        conn.execute(sa.text(statement))


@contextmanager
def triggers_suspended(conn: Any) -> Iterator[None]:
    """Bulk inserts without per-row re-indexing, in the caller's transaction; the caller builds the index after."""
    if _dialect(conn) != "sqlite":
        yield
        return
    for name in _trigger_names():
        conn.execute(sa.text(f"DROP TRIGGER {name}"))
    yield
    for statement in _trigger_sql():
        conn.execute(sa.text(statement))


def _dialect(conn: Any) -> str:
    """The dialect's name for a Connection or a Session."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return str(bind.dialect.name)


def fold(text: str) -> str:
    """ASCII letters in lower case, as the index stores them (and as LIKE compares)."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def _fts_query(term: str) -> str:
    """The term as one FTS5 phrase matched exactly: its characters, or for 1–2 characters their hex tokens."""
    text = fold(term)
    if len(text) < 3:
        text = " ".join(ch.encode("utf-8").hex().upper() for ch in text)
    return '"' + text.replace('"', '""') + '"'


def _match(term: str) -> tuple[str, Any]:
    table = TRIGRAM if len(term) >= 3 else CHARS
    return table, sa.literal_column(table).op("MATCH")(sa.literal(_fts_query(term)))


def matching_ids(term: str) -> Any:
    """A select of the ids of the cases containing the (normalised, non-empty) term, from the index."""
    table, match = _match(term)
    return sa.select(sa.literal_column("rowid")).select_from(sa.table(table)).where(match)


def count_matches(session: Any, term: str, up_to: int | None = None) -> int:
    """How many cases contain the term, straight from the index (counting stops at ``up_to``)."""
    ids = matching_ids(term) if up_to is None else matching_ids(term).limit(up_to)
    return int(session.execute(sa.select(sa.func.count()).select_from(ids.subquery())).scalar_one())
