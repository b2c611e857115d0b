"""Hostile input in every writing service: each real call of the role test is replayed with one argument (or one
field of a dataclass argument) replaced by a hostile value; it is refused with a translated code and nothing
changes, or it is stored exactly as given."""

from __future__ import annotations

import ast
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_app.app import open_context
from mediation_app.domain.errors import DomainError

from .hostile_values import Hostile, Slot, hostile_for, slots
from .test_roles import NOT_DRIVEN, OWN_ACCOUNT, SYSTEM, _fingerprint, _Recorder, _whole_office_work, writing_functions

Calls = dict[str, tuple[Callable[..., Any], dict[str, Any]]]
WRITERS = sorted(set(writing_functions()) - SYSTEM - OWN_ACCOUNT - set(NOT_DRIVEN))
# Accepted text that is rightly not found verbatim: a password is stored hashed; a reason to change an archived
# case is kept only when the case is archived (the replayed calls work on open cases).
NOT_STORED = {"password", "new_password", "override_reason"}
# The services refuse before the database is touched, the same on every backend; "stored exactly as given" is read
# from the SQLite file's cells (its own types), and on PostgreSQL it would double a minute-long run for nothing new.
pytestmark = pytest.mark.sqlite_only("argument checks run before any SQL; the check reads the SQLite file's cells")
GUI_ERRORS = Path(__file__).parents[2] / "mediation_app" / "gui" / "errors.py"


def gui_message_codes() -> set[str]:
    """The codes gui/errors.MESSAGES translates, read from the source (tests outside tests/gui never import Qt)."""
    tree = ast.parse(GUI_ERRORS.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MESSAGES":
            assert isinstance(node.value, ast.Dict)
            return {k.value for k in node.value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    raise AssertionError("no MESSAGES in gui/errors.py")


class Office:
    """The office after a whole case's work: the database file, its context and each writer's real call."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "hostile.sqlite3"
        self.ctx = open_context(self.path)
        recorder = _Recorder(writing_functions())
        sys.setprofile(recorder)
        try:
            _whole_office_work(self.ctx, folder)
        finally:
            sys.setprofile(None)
        self.calls: Calls = recorder.calls
        self.codes = gui_message_codes()

    def cells(self) -> Iterator[object]:
        with sqlite3.connect(self.path) as conn:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            for table in tables:
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    yield from row

    def stored(self, value: object) -> bool:
        if isinstance(value, str):
            return any(isinstance(c, str) and value in c for c in self.cells())
        if isinstance(value, date):
            return any(isinstance(c, str) and c.startswith(value.isoformat()[:10]) for c in self.cells())
        return any(type(c) is type(value) and c == value for c in self.cells())


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEDIATION_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        built = Office(tmp_path_factory.mktemp("hostile"))
        yield built
        built.ctx.db.dispose()


def problem(office: Office, name: str, slot: Slot, hostile: Hostile) -> str | None:
    """What went wrong when the writer took the hostile value, or None if it behaved."""
    fn, args = office.calls[name]
    before = _fingerprint(office.ctx)
    where = f"{name}({slot.arg}{'.' + slot.field if slot.field else ''}={hostile.label})"
    try:
        fn(**{**slot.apply(args, hostile.value), "ctx": office.ctx})
    except DomainError as error:
        if _fingerprint(office.ctx) != before:
            return f"{where}: refused {error.code} but the database changed"
        if error.code not in office.codes:
            return f"{where}: {error.code} lacks a message in gui/errors.py"
        return None
    except Exception as error:  # any other exception is the finding
        return f"{where}: {type(error).__name__}: {str(error)[:120]}"
    if hostile.refuse:
        return f"{where}: accepted"
    if {slot.arg, slot.field}.isdisjoint(NOT_STORED) and not office.stored(hostile.value):
        return f"{where}: accepted but not stored as given"
    return None


@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def _replay(office: Office, name: str, data: st.DataObject) -> None:
    fn, args = office.calls[name]
    slot = data.draw(st.sampled_from(list(slots(fn, args))), label="slot")
    hostile = data.draw(hostile_for(slot), label="value")
    found = problem(office, name, slot, hostile)
    assert found is None, found


@pytest.mark.parametrize("name", WRITERS)
def test_hostile_values_are_refused_or_stored_as_given(office: Office, name: str) -> None:
    assert name in office.calls, f"{name} was not exercised by the whole office's work"
    _replay(office, name)
