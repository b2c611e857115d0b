"""The ``ledger`` command group (``ledger export``, ``ledger import``): each subcommand lives in its own module."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

# Subcommand → its module, which has ``add_parser(ledger_sub)`` and ``run(args) -> int``; imported when the parser is
# built, so a module keeps its heavy imports inside ``run``.
_SUBCOMMANDS: dict[str, str] = {
    "export": "mediation_app.cli_ledger_export",
    "import": "mediation_app.cli_ledger_import",
}


def add_parser(sub: Any) -> None:
    """Register ``ledger`` and its subcommands on the top-level subparsers ``sub``."""
    import importlib

    from mediation_app.cli import ArgumentParser

    ledger = sub.add_parser("ledger", help="案件台账：导出、导入")
    ledger_sub = ledger.add_subparsers(
        dest="ledger_command", metavar="操作", required=True, parser_class=ArgumentParser
    )
    for module in _SUBCOMMANDS.values():
        importlib.import_module(module).add_parser(ledger_sub)


def run(args: argparse.Namespace) -> int:
    import importlib

    command: Callable[[argparse.Namespace], int] = importlib.import_module(_SUBCOMMANDS[args.ledger_command]).run
    return command(args)
