"""The command line (``mediation-app``): no command starts the GUI; commands use the same services."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from mediation_app import __version__
from mediation_app.domain.errors import DomainError

if TYPE_CHECKING:
    from mediation_app.services.context import ServiceContext

# The command line speaks the users' language; codes not listed fall back to the code itself.
MESSAGES = {
    "db.not_sqlite": "无法打开数据库：{path} 不是本程序的数据库文件（不是 SQLite 数据库）。未修改该文件。",
    "db.read_only": "无法写入数据库：{path} 或其所在文件夹为只读。请检查权限或换一个位置。未修改任何文件。",
    "db.newer_schema": "该数据库由更新版本的程序创建（结构版本 {revision}），请升级本程序后再打开。未修改该文件。",
    "db.bad_url": "数据库地址无法识别：{url}",
    "print.unknown_form": "没有名为 “{form}” 的文书。可用的文书见 mediation-app forms。",
    "print.unknown_case": "找不到案号为 “{case}” 的案件。",
    "print.needs": "该案件还没有{what}，无法打印这份文书。请先在案件中办理。",
    "print.not_case_form": "“{form}” 是联调室的文书（台账、联席会议），不按案件打印。",
    "print.unknown_document": "没有编号为 {document} 的已出具文书记录。",
    "print.not_reproducible": "已出具文书 {document} 无法按原样重现（程序的字体或版式已更新），请调阅原件扫描件。",
    "form.bad_choice": "“{field}” 的取值 “{value}” 不是该文书列出的选项。",
    "print.no_party": "该案件只有 {parties} 位当事人，没有第 {party} 位。",
    "print.no_sample": "文书 “{form}” 没有样例数据。",
    "form.missing_field": "案件缺少打印该文书所需的信息：{field}。请先在案件中填写。",
    "form.bad_text": "“{field}” 中含有无法打印的控制字符（{char}），请删除后再打印。",
    "form.missing_glyph": "“{field}” 中的字符 “{char}”（{codepoint}）无法用本程序的字体打印，请改写。",
    "form.file": "文书文件有误：{path} 第 {line} 行：{problem}",
}


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 参数错误：{message}\n（查看用法：{self.prog} --help）\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数，而不是 “{text}”") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"应为正整数，而不是 {value}")
    return value


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="mediation-app", description="警民联调室调解工作台（Mediation Desk）")
    parser.add_argument("--db", metavar="PATH|URL", help="数据库文件路径或 postgresql+psycopg://… 地址")
    parser.add_argument("--version", action="version", version=f"mediation-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ArgumentParser)
    demo = sub.add_parser("demo", help="生成演示案件")
    demo.add_argument("--cases", type=_positive, required=True, help="案件数量")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    sub.add_parser("check", help="检查数据库完整性")
    sub.add_parser("forms", help="列出可打印的文书")
    printing = sub.add_parser("print", help="为案件打印文书（PDF）")
    printing.add_argument("form", metavar="FORM_ID", help="文书编号，见 mediation-app forms")
    source = printing.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", metavar="CASE_NO", help="案号，如 （2026）某街联调字第0001号")
    source.add_argument("--sample", action="store_true", help="用样例数据打印（检查文书版式）")
    printing.add_argument("--party", type=_positive, help="逐人文书：第几位当事人（不指定则每人一份）")
    printing.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="输出的 PDF 文件")
    issued = sub.add_parser("issued", help="列出案件已出具的文书")
    issued.add_argument("--case", metavar="CASE_NO", required=True, help="案号")
    reprint = sub.add_parser("reprint", help="按原样重现一份已出具的文书（不另编号）")
    reprint.add_argument("document", type=_positive, metavar="ID", help="已出具文书的记录号，见 mediation-app issued")
    reprint.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="输出的 PDF 文件")
    return parser


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "？"


def message_for(error: DomainError) -> str:
    template = MESSAGES.get(error.code)
    if template is None:
        return f"操作未能完成（代码：{error}）"
    params = _Params(error.params)
    if error.code == "print.needs":
        from mediation_app.services.form_contexts import NEEDS

        params["what"] = NEEDS.get(str(params.get("what")), str(params.get("what")))
    return template.format_map(params)


def _cmd_demo(args: argparse.Namespace) -> int:
    from mediation_app.services.demo import generate_demo

    ctx = _context(args)
    started = time.perf_counter()
    result = generate_demo(ctx, args.cases, seed=args.seed)
    print(
        f"已生成 {result.cases} 件演示案件（编号 {result.first_case_id}–{result.last_case_id}），"
        f"用时 {time.perf_counter() - started:.1f} 秒。"
    )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from mediation_app.services.integrity import check_database

    ctx = _context(args)
    result = check_database(ctx)
    print(f"结构版本：{result.revision}（最新 {result.head}）；审计记录 {result.audit_events} 条。")
    for problem in result.problems:
        print(f"问题：{problem}")
    print("检查通过：数据库完好。" if result.ok else "检查未通过。")
    return 0 if result.ok else 1


def _cmd_gui(args: argparse.Namespace) -> int:
    from mediation_app.app import run_gui

    return run_gui(args.db)


def _cmd_forms(args: argparse.Namespace) -> int:
    from mediation_app.services.documents import list_forms

    for form in list_forms():
        print(f"{form.form_id:<24}{form.title}{'（逐人）' if form.per_party else ''}")
    return 0


def _write_pdf(output: str, make: Callable[[], bytes]) -> int:
    """Write the PDF through a temporary file beside the target, opened before the paper is made (an
    unwritable place is found before a number is issued); on any failure no file is left."""
    import os
    from pathlib import Path

    out = Path(output)
    part = out.with_name(out.name + ".part")
    try:
        handle = part.open("wb")
    except OSError as exc:
        print(f"无法写入 {out}：{exc.strerror}", file=sys.stderr)
        return 1
    try:
        with handle:
            pdf = make()
            handle.write(pdf)
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    print(f"已生成 {out}（{len(pdf):,} 字节）。")
    return 0


def _cmd_print(args: argparse.Namespace) -> int:
    from mediation_app.services import documents

    if args.sample:
        return _write_pdf(args.output, lambda: documents.render_sample(args.form))
    ctx = _context(args)

    def issue() -> bytes:
        case_id = documents.find_case(ctx, args.case)
        printed = documents.issue_case_form(ctx, args.form, case_id, party=args.party)
        if printed.number:
            print(f"文书编号：{printed.number}（出具记录 {printed.document_id}）")
        return printed.pdf

    return _write_pdf(args.output, issue)


def _cmd_issued(args: argparse.Namespace) -> int:
    from mediation_app.services import documents

    ctx = _context(args)
    papers = documents.issued_documents(ctx, documents.find_case(ctx, args.case))
    for paper in papers:
        when = paper.issued_at.strftime("%Y-%m-%d %H:%M")
        print(f"{paper.document_id:>6}  {when}  {paper.title}  {paper.number or ''}  {paper.issued_by}".rstrip())
    if not papers:
        print("该案件还没有出具过文书。")
    return 0


def _cmd_reprint(args: argparse.Namespace) -> int:
    from mediation_app.services import documents

    ctx = _context(args)
    return _write_pdf(args.output, lambda: documents.reproduce_issued(ctx, args.document).pdf)


def _context(args: argparse.Namespace) -> ServiceContext:
    from mediation_app.app import open_context, resolve_target

    return open_context(resolve_target(args.db))


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "forms": _cmd_forms,
    "print": _cmd_print,
    "issued": _cmd_issued,
    "reprint": _cmd_reprint,
    None: _cmd_gui,
}


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        return COMMANDS[args.command](args)
    except DomainError as error:
        print(message_for(error), file=sys.stderr)
        return 2
