"""Databases a test module shares between its tests, one per backend (SQLite file, PostgreSQL copy)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack

import pytest

from mediation_app.app import open_context
from mediation_app.services.context import ServiceContext
from tests import pg


class ModuleDatabases:
    """Databases a test module shares between its tests, one per backend, made on first use (a slow-to-build
    world: a demo office, many searched cases) and dropped when the module's tests are done."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> None:
        self._tmp = tmp_path_factory
        self._request = request
        self._stack = ExitStack()
        self._made: dict[str, ServiceContext] = {}

    def context(self, backend: str, build: Callable[[ServiceContext], object]) -> ServiceContext:
        """The module's context on ``backend``, ``build`` run on it once when it is made."""
        if backend not in self._made:
            if backend == "sqlite":
                target = str(self._tmp.mktemp("module") / "module.sqlite3")
            else:
                template = self._request.getfixturevalue("pg_template")
                target = pg.url_text(self._stack.enter_context(pg.fresh_database(template=template)))
            ctx = self._made[backend] = open_context(target)
            build(ctx)
        return self._made[backend]

    def close(self) -> None:
        for ctx in self._made.values():
            ctx.db.dispose()
        self._stack.close()
