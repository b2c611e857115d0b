"""``mediation-app ledger export OUT.xlsx|OUT.pdf [--from DATE] [--to DATE] [--pdf]``: the ledger for a period."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from mediation_app.cli_args import path_arg


def _date(text: str) -> date:
    """2026-03-05, 2026/3/5 or 2026.3.5."""
    parts = text.replace("/", "-").replace(".", "-").split("-")
    try:
        year, month, day = (int(part) for part in parts)
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 2026-03-05，而不是 “{text}”") from None


def add_parser(ledger_sub: Any) -> None:
    export = ledger_sub.add_parser("export", help="导出案件台账（.xlsx 或横向 PDF 工作台账）")
    export.add_argument(
        "output", type=path_arg, metavar="OUT.xlsx", help="输出文件：.xlsx 为 Excel 台账，.pdf 为工作台账"
    )
    export.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="登记日期自（含），如 2026-01-01")
    export.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="登记日期至（含），如 2026-12-31")
    export.add_argument("--pdf", action="store_true", help="导出 PDF 工作台账（文件名不以 .pdf 结尾时补上）")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mediation_app.cli import _context
    from mediation_app.domain.ledger import LedgerFilter
    from mediation_app.services.ledger_export import export_ledger

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"起始日期 {args.date_from} 晚于结束日期 {args.date_to}，未导出。", file=sys.stderr)
        return 2
    out = Path(args.output)
    if args.pdf and out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    ctx = _context(args)
    result = export_ledger(ctx, LedgerFilter(received_from=args.date_from, received_to=args.date_to), out)
    kind = "PDF 工作台账" if out.suffix.lower() == ".pdf" else "Excel 台账"
    print(f"已导出{kind} {result.path}：共 {result.rows} 件案件。")
    return 0
