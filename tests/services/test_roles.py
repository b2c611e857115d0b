"""Roles in every service: each public service function that writes is found by scanning the source, called for
real by a whole case's work, and then called again with the same arguments as 查阅 (refused, nothing changed)
and, if administrator-only, as 调解员 (refused)."""

from __future__ import annotations

import ast
import hashlib
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest
import sqlalchemy as sa

import mediation_app.services as services_pkg
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import BodyKind, UserRole
from mediation_app.services.archive import build_archive
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.clauses import ClauseInfo, delete_clause, save_clause
from mediation_app.services.context import ServiceContext
from mediation_app.services.drafts import discard_draft, save_draft
from mediation_app.services.intake import accept_case, register_case
from mediation_app.services.meeting_agenda import update_case_meeting_flags
from mediation_app.services.office import get_office, paper_prefixes, set_paper_prefixes, update_office
from mediation_app.services.privacy import party_contacts, reveal_party_contact
from mediation_app.services.sessions import SessionPlan, cancel_session, schedule_session
from mediation_app.services.user_admin import (
    NewUser,
    change_role,
    create_user,
    deactivate_user,
    reset_password,
    unlock_user,
)
from mediation_app.storage.models import User

from . import role_scenario
from .casework_flow import accepted_case, closed_case
from .test_front_desk import neighbours

# Writers that take the raw database, not a context: start-up and signing in happen before anyone has a role.
SYSTEM = {"ensure_office", "prepare_database", "create_first_admin", "authenticate"}
# The acting user's own account: any role may confirm and change their own password (tests/services/test_accounts).
OWN_ACCOUNT = {"verify_password", "change_own_password"}
# Not driven here: they write only through ctx.db.write() (checked below for every writer) and need a whole
# ledger file or a long run; the read-only database refuses them at that door like every other writer.
NOT_DRIVEN = {"import_ledger": "needs a spreadsheet", "generate_demo": "bulk demo data"}
ADMIN_ONLY = {
    "save_body",
    "save_clause",
    "delete_clause",
    "update_office",
    "set_paper_prefixes",
    "create_user",
    "change_role",
    "deactivate_user",
    "reset_password",
    "unlock_user",
}
WHEN = datetime(2026, 11, 10, 9, 0)
ENGINE_READS = {"backup": {"ctx.db.engine"}, "integrity": {"ctx.db.engine"}, "context": {"inner.engine", "self.engine"}}


def _modules() -> Iterator[tuple[str, Path]]:
    for info in pkgutil.iter_modules(services_pkg.__path__):
        yield info.name, Path(services_pkg.__path__[0]) / f"{info.name}.py"


def writing_functions() -> dict[str, CodeType]:
    """Public functions of mediation_app.services.* that open a write transaction, directly or through a
    function of their own module."""
    found: dict[str, CodeType] = {}
    for name, path in _modules():
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        sources = {n.name: ast.get_source_segment(text, n) or "" for n in tree.body if isinstance(n, ast.FunctionDef)}
        writers = {n for n, s in sources.items() if ".write()" in s}
        grown = True
        while grown:
            more = {n for n, s in sources.items() if any(re.search(rf"\b{w}\(", s) for w in writers)} - writers
            writers |= more
            grown = bool(more)
        module = importlib.import_module(f"mediation_app.services.{name}")
        for fn_name in writers:
            if not fn_name.startswith("_"):
                found[fn_name] = getattr(module, fn_name).__code__
    return found


def test_every_write_goes_through_the_contexts_database() -> None:
    """The one door the read-only database closes: no service writes by another way."""
    for name, path in _modules():
        text = path.read_text(encoding="utf-8")
        assert ".commit(" not in text and "._writer" not in text, name
        engine_uses = set(re.findall(r"[\w.]*\.engine\b(?!\.py| import)", text)) - {"mediation_app.storage.engine"}
        # Reads only: a backup copies through SQLite's online backup API, the check runs PRAGMA integrity_check.
        allowed = {
            "backup": {"ctx.db.engine"},
            "integrity": {"ctx.db.engine"},
            "context": {"inner.engine", "self.engine"},
        }
        assert engine_uses <= allowed.get(name, set()), (name, engine_uses)
        for line in re.findall(r".*\.write\(\).*", text):
            assert "ctx.db.write()" in line or "account_db(ctx).write()" in line or " db.write()" in line, line
    raw = {n for n, code in writing_functions().items() if code.co_varnames[:1] == ("db",)}
    assert raw == SYSTEM


class _Recorder:
    """Records the arguments of the outermost call of each writer (via sys.setprofile)."""

    def __init__(self, codes: dict[str, CodeType]) -> None:
        self.by_code = {code: name for name, code in codes.items()}
        self.calls: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
        self.depth = 0

    def __call__(self, frame: FrameType, event: str, _arg: object) -> None:
        name = self.by_code.get(frame.f_code)
        if name is None:
            return
        if event == "call":
            if self.depth == 0 and name not in self.calls:
                fn = frame.f_globals[name]
                self.calls[name] = (fn, dict(frame.f_locals))
            self.depth += 1
        elif event == "return":
            self.depth -= 1


def _whole_office_work(ctx: ServiceContext, folder: Path) -> None:
    """A case from intake to the archive, plus the office's own work (directories, users, meetings, drafts)."""
    signed = closed_case(ctx)
    build_archive(ctx, signed.case_id, when=WHEN)
    other = accepted_case(ctx)
    planned = schedule_session(ctx, other, SessionPlan(WHEN, "联调室"))
    cancel_session(ctx, planned.session_id)
    update_case_meeting_flags(ctx, other, difficult=True, proposal="多次调解未果")
    role_scenario.participants_and_meetings(ctx, other)
    role_scenario.referrals(ctx)
    role_scenario.agreements_and_endings(ctx, folder)
    fresh = register_case(ctx, neighbours())
    accept_case(ctx, fresh.case_id, when=WHEN)
    draft = save_draft(ctx, {"facts": "草稿"})
    discard_draft(ctx, draft.draft_id)
    save_body(ctx, BodyInfo(None, "某区法律援助中心", BodyKind.LEGAL_AID_CENTRE))
    clause = save_clause(ctx, ClauseInfo(None, "赔偿", "被申请人赔偿申请人损失。"))
    assert clause.clause_id is not None
    delete_clause(ctx, clause.clause_id)
    update_office(ctx, get_office(ctx))
    set_paper_prefixes(ctx, {p.series: p.own for p in paper_prefixes(ctx)})
    user = create_user(ctx, NewUser("zhouyue", "周玥", UserRole.MEDIATOR, "mediate-2024"))
    for step in (unlock_user, deactivate_user):
        step(ctx, user.user_id)
    reset_password(ctx, user.user_id, "mediate-2025")
    change_role(ctx, user.user_id, UserRole.VIEWER)
    reveal_party_contact(ctx, party_contacts(ctx, other)[0].case_party_id)


def _fingerprint(ctx: ServiceContext) -> str:
    return engine_fingerprint(ctx.db.engine)


def engine_fingerprint(engine: sa.Engine) -> str:
    """Every row of every table, hashed: equal fingerprints mean nothing changed (on either backend)."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in sorted(sa.inspect(conn).get_table_names()):
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _as(ctx: ServiceContext, role: UserRole) -> ServiceContext:
    with ctx.db.write() as session:
        user = User(username=f"role-{role.value}", display_name=f"{role.zh}甲", role=role)
        session.add(user)
        session.flush()
        return ServiceContext(ctx.db, ctx.office_id, user.id, role)


@pytest.fixture
def recorded(ctx: ServiceContext, tmp_path: Path) -> dict[str, tuple[Callable[..., Any], dict[str, Any]]]:
    recorder = _Recorder(writing_functions())
    sys.setprofile(recorder)
    try:
        _whole_office_work(ctx, tmp_path)
    finally:
        sys.setprofile(None)
    return recorder.calls


def _replay(fn: Callable[..., Any], args: dict[str, Any], ctx: ServiceContext) -> DomainError:
    with pytest.raises(DomainError) as refused:
        fn(**{**args, "ctx": ctx})
    return refused.value


def test_a_viewer_changes_nothing_through_any_service(
    ctx: ServiceContext, recorded: dict[str, tuple[Callable[..., Any], dict[str, Any]]]
) -> None:
    expected = set(writing_functions()) - SYSTEM - OWN_ACCOUNT - set(NOT_DRIVEN)
    missing = sorted(expected - set(recorded))
    assert not missing, f"not exercised for real first: {missing}"
    viewer = _as(ctx, UserRole.VIEWER)
    for name in sorted(expected):
        fn, args = recorded[name]
        before = _fingerprint(ctx)
        error = _replay(fn, args, viewer)
        assert error.code in ("auth.read_only", "auth.admin_only"), (name, error)
        assert _fingerprint(ctx) == before, name


def test_administrator_only_work_refuses_a_mediator(
    ctx: ServiceContext, recorded: dict[str, tuple[Callable[..., Any], dict[str, Any]]]
) -> None:
    mediator = _as(ctx, UserRole.MEDIATOR)
    for name in sorted(ADMIN_ONLY):
        fn, args = recorded[name]
        before = _fingerprint(ctx)
        assert _replay(fn, args, mediator).code == "auth.admin_only", name
        assert _fingerprint(ctx) == before, name


def test_a_viewer_cannot_see_full_numbers_but_a_mediator_can_and_it_is_logged(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    contact = party_contacts(ctx, case_id)[0]
    assert (contact.id_number[6:14], contact.phone) == ("********", "138****5678")
    with pytest.raises(DomainError, match=r"auth\.read_only"):
        reveal_party_contact(_as(ctx, UserRole.VIEWER), contact.case_party_id)
    mediator = _as(ctx, UserRole.MEDIATOR)
    number, phone = reveal_party_contact(mediator, contact.case_party_id)
    assert phone == "13812345678" and len(number) == 18 and "*" not in number
    with ctx.db.read() as session:
        from mediation_app.storage.models import AuditEvent

        reveal = session.query(AuditEvent).filter(AuditEvent.action == "reveal").one()
    assert (reveal.user_id, reveal.case_id) == (mediator.user_id, case_id)
    assert number not in reveal.after_json and phone not in reveal.after_json


def test_the_system_and_an_administrator_keep_full_rights(ctx: ServiceContext) -> None:
    assert ctx.role is None  # the context start-up and the CLI use
    admin = _as(ctx, UserRole.ADMIN)
    for who, name in ((ctx, "某区人民法院"), (admin, "某区法律援助中心")):
        assert save_body(who, BodyInfo(None, name, BodyKind.COURT)).body_id is not None


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_exports_never_carry_full_numbers_even_for_a_viewer(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    import openpyxl

    from mediation_app.domain.ledger import LedgerFilter
    from mediation_app.services.ledger_export import export_ledger
    from tests.printing.pdf_tools import pdftotext, squash

    from .casework_flow import WANG_ID

    accepted_case(ctx)
    out = tmp_path / f"台账{suffix}"
    assert export_ledger(_as(ctx, UserRole.VIEWER), LedgerFilter(), out).rows == 1  # exporting changes nothing
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(out)
        text = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
        assert WANG_ID[:6] + "********" + WANG_ID[-4:] in text  # the xlsx lists the applicant's ID, masked
    else:
        text = squash(pdftotext(out.read_bytes()))
        assert "王堃" in text
    assert WANG_ID not in text and "13812345678" not in text and "13987654321" not in text
