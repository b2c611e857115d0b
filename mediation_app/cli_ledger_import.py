"""``mediation-app ledger import IN.xlsx [--dry-run] [--sheet NAME] [--skip-bad-rows]``: an Excel ledger moved in."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mediation_app.cli_args import path_arg

if TYPE_CHECKING:
    from mediation_app.domain.ledger_import import LedgerField, RowError
    from mediation_app.domain.ledger_import_values import LedgerResult
    from mediation_app.services.ledger_import import ImportPreview, ImportResult

EXIT_BAD_ROWS = 2


def add_parser(ledger_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = ledger_sub.add_parser(
        "import",
        help="导入原有的 Excel 工作台账（先预览：--dry-run）",
        description="导入原有的 Excel 工作台账：整个文件在一个事务中导入，"
        "任何一行无法读取则不导入（除非 --skip-bad-rows）；已导入过的行不会重复导入。",
    )
    command.add_argument("input", type=path_arg, metavar="IN.xlsx", help="要导入的台账文件")
    command.add_argument("--dry-run", action="store_true", help="只预览将新建的案件和无法读取的行，不写入数据库")
    command.add_argument("--sheet", metavar="NAME", help="工作表名称（默认：第一个能找到表头的工作表）")
    command.add_argument("--skip-bad-rows", action="store_true", help="跳过无法读取的行，导入其余各行")


def _result_words(counts: dict[LedgerResult, int]) -> str:
    from mediation_app.domain.ledger_import_values import LedgerResult

    names = {LedgerResult.SUCCESS: "调解成功", LedgerResult.FAILURE: "调解不成", LedgerResult.IN_PROGRESS: "调解中"}
    return "，".join(f"{names[result]} {count} 件" for result, count in counts.items())


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _print_mapping(preview: ImportPreview) -> None:
    print(f"工作表：{preview.sheet}（表头在第 {preview.header_row} 行）")
    pairs = sorted(preview.mapping.items(), key=lambda item: item[1])
    print("列：" + "；".join(f"{_column_letter(i)} 列“{preview.headers[i]}” → {f.zh}" for f, i in pairs))


def _print_errors(errors: Sequence[RowError]) -> None:
    from mediation_app.cli import message_for
    from mediation_app.domain.errors import DomainError

    if not errors:
        return
    rows = len({error.row for error in errors})
    print(f"无法读取的行：{rows} 行", file=sys.stderr)
    for error in errors:
        column = f"“{error.column}”" if error.column else ""
        reason = message_for(DomainError(error.code, value=error.value))
        print(f"  第 {error.row} 行 {column}：{reason}", file=sys.stderr)


def _rows_text(rows: Sequence[int]) -> str:
    shown = "、".join(str(row) for row in rows[:20])
    return f"第 {shown} 行" + ("等" if len(rows) > 20 else "")


def _print_preview(preview: ImportPreview) -> None:
    _print_mapping(preview)
    print(f"将新建 {len(preview.to_create)} 件：{_result_words(preview.counts())}。")
    if preview.already_imported:
        already = sorted(preview.already_imported)
        print(f"已导入过（将跳过）：{len(already)} 行，{_rows_text(already)}。")
    _print_errors(preview.errors)


def _print_result(result: ImportResult) -> None:
    print(f"已导入 {result.created} 件：{_result_words(result.counts)}；沿用台账案号 {result.numbers_kept} 件。")
    if result.already_imported:
        print(f"已导入过（已跳过）：{len(result.already_imported)} 行，{_rows_text(result.already_imported)}。")
    if result.skipped_bad:
        print(f"无法读取（已跳过）：{len(result.skipped_bad)} 行，{_rows_text(result.skipped_bad)}。")


def run(args: argparse.Namespace) -> int:
    from mediation_app.cli import _context
    from mediation_app.services.ledger_import import import_ledger, preview

    ctx = _context(args)
    found = preview(ctx, args.input, sheet=args.sheet)
    if args.dry_run:
        _print_preview(found)
        print("（预览：未写入任何内容）")
        return EXIT_BAD_ROWS if found.errors else 0
    if found.errors and not args.skip_bad_rows:
        _print_preview(found)
    mapping: dict[LedgerField, int] = found.mapping
    result = import_ledger(ctx, args.input, mapping, sheet=found.sheet, skip_bad_rows=args.skip_bad_rows)
    _print_errors(found.errors)
    _print_result(result)
    return 0
