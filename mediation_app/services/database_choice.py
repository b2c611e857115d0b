"""Which database this PC uses, set once in 设置: this PC's SQLite file (the default) or a PostgreSQL server.

Kept in a small JSON file in the user data directory (``paths.database_config_file()``, readable by its owner only,
as it may hold the server password), so the command line finds it too: ``--db``, then this choice, then the file."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from mediation_app import paths

if TYPE_CHECKING:
    from mediation_app.services.context import ServiceContext
    from mediation_app.storage.server import ServerState

# Only the standard library at import: app.resolve_target reads the choice before the window shows, and the
# services and SQLAlchemy are imported after it (see app.py).

LOCAL, SERVER = "local", "server"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class DatabaseChoice:
    """``kind`` local or server; ``password`` empty with ``pc_password`` means PGPASSWORD or this PC's .pgpass."""

    kind: str = LOCAL
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "mediation"
    user: str = ""
    password: str = ""
    pc_password: bool = False
    pg_dump: str = ""  # the pg_dump program chosen in 设置 → 备份 ("" = the one on PATH, if any)

    @property
    def on_server(self) -> bool:
        return self.kind == SERVER

    def url(self) -> str:
        """The server's URL, with the password if one is kept (for the engine only: never shown or logged)."""
        secret = "" if self.pc_password or not self.password else ":" + quote(self.password, safe="")
        return self._url(secret)

    def shown(self) -> str:
        """Where the data are, for the settings box and messages: the file path, or the URL without password."""
        if not self.on_server:
            return str(paths.default_database_path())
        return self._url(":***" if self.password and not self.pc_password else "")

    def _url(self, password: str) -> str:
        host = self.host.strip()
        host = f"[{host}]" if ":" in host else host  # an IPv6 address
        login = quote(self.user.strip(), safe="") + password
        return f"{DRIVER}://{login}@{host}:{self.port}/{quote(self.database.strip(), safe='')}"


def load_choice(path: Path | None = None) -> DatabaseChoice:
    """The saved choice; the default (this PC's file) when none was saved or the file cannot be read."""
    path = path or paths.database_config_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = {key: data[key] for key in DatabaseChoice.__dataclass_fields__ if key in data}
        choice = DatabaseChoice(**fields)
        return replace(choice, port=int(choice.port), pc_password=bool(choice.pc_password))
    except (OSError, ValueError, TypeError, AttributeError):
        return DatabaseChoice()


def _refusal(code: str, **params: object) -> Exception:
    from mediation_app.services.context import ServiceError

    return ServiceError(code, **params)


def _require_admin(ctx: ServiceContext | None) -> None:
    from mediation_app.services.context import require_admin

    if ctx is not None:
        require_admin(ctx)


def _missing_field(choice: DatabaseChoice) -> str | None:
    """The first server field left empty or out of range, or None (a local choice needs none)."""
    if not choice.on_server:
        return None
    missing = [name for name in ("host", "database", "user") if not str(getattr(choice, name)).strip()]
    return missing[0] if missing else None if 0 < choice.port < 65536 else "port"


def check_choice(choice: DatabaseChoice) -> None:
    """Refuse a server choice with a field missing (``database.field``, naming it) or a port out of range."""
    field = _missing_field(choice)
    if field is not None:
        raise _refusal("database.field", field=field)


def save_choice(ctx: ServiceContext | None, choice: DatabaseChoice, path: Path | None = None) -> Path:
    """Keep the choice for the next start (an administrator's job once signed in). Written to a temporary file
    readable by its owner only, then renamed over the old one: never a half-written or world-readable file."""
    _require_admin(ctx)
    check_choice(choice)
    path = path or paths.database_config_file()
    kept = choice if choice.on_server else DatabaseChoice(pg_dump=choice.pg_dump)  # local: no server details kept
    if kept.pc_password:
        kept = replace(kept, password="")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, part = tempfile.mkstemp(prefix=".database-", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:  # mkstemp creates it 0600
            json.dump(asdict(kept), out, ensure_ascii=False, indent=2)
        os.replace(part, path)
    except OSError as exc:
        raise _refusal("database.save", path=str(path), reason=exc.strerror or str(exc)) from exc
    return path


def saved_target(path: Path | None = None) -> str | None:
    """The server URL the saved choice names, or None for this PC's file (app.resolve_target's second place)."""
    choice = load_choice(path)
    if not choice.on_server or _missing_field(choice) is not None:
        return None  # a half-filled choice (edited by hand): this PC's file, as if none was saved
    return choice.url()


def check_connection(choice: DatabaseChoice) -> ServerState:
    """测试连接: reach the server and look at the database (``server.*`` codes when that fails)."""
    from mediation_app.storage import server

    check_choice(choice)
    return server.probe(choice.url())


def set_up_server(ctx: ServiceContext | None, choice: DatabaseChoice) -> ServerState:
    """Create this program's tables in an empty database on the server (the migrations, in one transaction)."""
    from mediation_app.services.office import ensure_office
    from mediation_app.services.setup import prepare_database
    from mediation_app.storage import server

    _require_admin(ctx)
    state = check_connection(choice)
    if not state.empty:
        return state
    db = server.open_server(choice.url())
    try:
        ensure_office(db)
        prepare_database(db)
    finally:
        db.dispose()
    return server.probe(choice.url())
