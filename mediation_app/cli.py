"""The command line (``mediation-app``): no command starts the GUI; commands use the same services."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from mediation_app import __version__, cli_backup, cli_ledger, cli_stats
from mediation_app.cli_args import path_arg, positive, safe_text
from mediation_app.domain.errors import DomainError

if TYPE_CHECKING:
    from mediation_app.services.case_view import CaseSummary
    from mediation_app.services.context import ServiceContext

# The command line speaks the users' language; codes not listed fall back to the code itself.
MESSAGES = {
    "auth.read_only": "当前账户只能查阅，不能修改任何内容。",
    "auth.admin_only": "只有管理员可以进行此操作。",
    "auth.wrong_password": "用户名或密码不正确。再错 {left} 次，账户将被锁定 15 分钟。",
    "auth.locked": "密码错误次数过多，账户已锁定至 {until}。请届时再试，或请管理员解锁。",
    "auth.inactive": "该账户已停用，请联系管理员。",
    "input.type": "输入的内容类型不对（例如该填数字或日期处填了文字），请检查。",
    "input.too_long": "内容过长：最多 {limit} 个字符。",
    "input.bad_char": "内容中含有无法打印的字符（{char}，如从其他程序粘贴带入的控制符或文字方向标记），请删除后重试。",
    "input.negative": "此处的数字不能为负数。",
    "input.too_large": "数字过大。",
    "input.date_range": "日期须在 {first} 年至 {last} 年之间。",
    "auth.password_short": "密码至少需要 {min} 个字符。",
    "auth.password_long": "密码过长：最多 {max} 个字符。",
    "auth.password_mismatch": "两次输入的密码不一致，请重新输入。",
    "auth.username_invalid": "用户名须为 1 至 {max} 个字符，不能含空格。",
    "auth.username_taken": "用户名 {username} 已被使用，请换一个。",
    "auth.display_name": "请填写姓名（最多 {max} 个字符）。",
    "auth.already_set_up": "该数据库已有管理员，请用该账户登录。",
    "auth.user_missing": "该账户已不存在，请刷新列表。",
    "auth.last_admin": "这是最后一个在用的管理员账户，请先指定另一位管理员。",
    "auth.self": "不能停用自己的账户。",
    "auth.role": "没有名为 {role} 的角色。",
    "auth.no_user": "当前没有登录的用户。",
    "party.missing": "该当事人已不在本案中，请重新打开案件。",
    "office.too_long": "{field} 过长：最多 {max} 个字符。",
    "db.not_sqlite": "无法打开数据库：{path} 不是本程序的数据库文件（不是 SQLite 数据库）。未修改该文件。",
    "db.read_only": "无法写入数据库：{path} 或其所在文件夹为只读。请检查权限或换一个位置。未修改任何文件。",
    "db.newer_schema": "该数据库由更新版本的程序创建（结构版本 {revision}），请升级本程序后再打开。未修改该文件。",
    "db.bad_url": "数据库地址无法识别：{url}",
    "db.disk_full": "未能保存：数据库所在磁盘已满或无法写入（{path}）。请清理磁盘空间后重试。",
    "db.damaged": "数据库文件已损坏：{path}。未保存任何内容。可用 mediation-app restore 从备份恢复。",
    "server.disk_full": "未能保存：数据库服务器的磁盘已满（{url}）。未保存任何内容，请服务器管理员清理磁盘空间后重试。",
    "server.read_only": "未能保存：数据库服务器不允许本机修改数据（{url}）：所设用户只有读取权限，或服务器为只读副本。"
    "请联系管理员。",
    "db.conflict": "未能保存：另一台电脑正在同时保存。未保存任何内容，请重试。",
    "db.duplicate": "未能保存：相同编号或名称的记录已先保存（可能在另一台电脑上）。未保存任何内容，请核对后重试。",
    "backup.folder": "备份文件夹不可用：{path}（不存在、只读，或所在磁盘未连接）。请连接磁盘或换一个文件夹。",
    "backup.write": "无法写入备份 {path}（{reason}）。未生成备份，请检查磁盘空间。",
    "backup.postgres": "本程序只备份 SQLite 数据库文件。PostgreSQL 数据库（{url}）"
    "请由管理员用 pg_dump / pg_restore 备份和恢复。",
    # several desks on a PostgreSQL server (services/database_choice.py, storage/server.py, pg backups)
    "backup.server_side": "数据库在服务器上（{url}），由数据库服务器的备份负责；本机没有找到 pg_dump，未备份。",
    "backup.pg_restore": "数据库在服务器上（{url}），不从某一台电脑恢复：各台电脑共用它。"
    "请服务器管理员先让各台电脑退出本程序，再在服务器上运行：\n  {command}",
    "server.unreachable": "无法连接数据库服务器 {url}。请检查：服务器地址和端口是否正确、服务器是否已开机并运行 "
    "PostgreSQL、本机网络是否正常、防火墙是否放行该端口。也可在 设置 → 数据库 中改用本机数据库。",
    "server.password": "数据库服务器拒绝了用户名或密码（{url}）。请检查 设置 → 数据库 中的用户和密码，"
    "或本机的 PGPASSWORD / .pgpass。",
    "server.no_database": "服务器上没有这个数据库（{url}）。请检查数据库名称，或请管理员先创建它。",
    "server.not_allowed": "数据库服务器不允许本机连接（{url}）：请管理员在服务器的 pg_hba.conf 中放行本机所在网段。",
    "server.not_ours": "服务器上的这个数据库属于其他程序（{url}）。请换一个数据库名称，本程序不会修改它。",
    "database.field": "请填写数据库服务器的 {field}。",
    "database.save": "无法保存数据库设置到 {path}（{reason}）。",
    "backup.pg_dump": "{path} 不是 pg_dump 程序。请选择 PostgreSQL 客户端文件夹中的 pg_dump（pg_dump.exe）。",
    "backup.unreadable": "无法读取文件 {path}（{detail}）。",
    "backup.not_sqlite": "{path} 不是本程序的备份（不是 SQLite 数据库）。未恢复，未修改任何文件。",
    "backup.not_ours": "{path} 是 SQLite 数据库，但不是本程序的数据库。未恢复，未修改任何文件。",
    "backup.newer_schema": "备份 {path} 由更新版本的程序生成（结构版本 {revision}），"
    "请升级本程序后再恢复。未修改任何文件。",
    "backup.damaged": "备份 {path} 已损坏，不能恢复（{detail}）。请选择更早的备份。未修改任何文件。",
    "backup.audit_broken": "备份 {path} 中的审计记录被改动过（{detail}），不予恢复。请选择其他备份。未修改任何文件。",
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
    # the case from mediation to archive
    "case.archived": "该案件已归档，不能再修改。如确需修改，须由管理员填写理由后进行。",
    "case.admin_only": "只有管理员可以修改已归档的案件，且须填写理由。",
    "case.followup_missing": "请先记录回访，再结案。",
    "action.status": "案件处于“{status}”状态，不能进行此操作。",
    "action.needs_session": "请先安排或记录一次调解。",
    "action.no_agreement": "尚无调解协议。",
    "action.agreement_incomplete": "调解协议还缺少 {count} 项内容。",
    "action.agreement_not_printed": "请先打印调解协议书：签字的必须是打印出具的那一份。",
    "action.file_incomplete": "卷宗还缺少 {count} 项材料。",
    "mediator.name": "请填写每位调解员的姓名。",
    "mediator.duplicate": "{name} 重复列出。",
    "mediator.one_lead": "请指定且只指定一名主办调解员。",
    "participant.name": "请填写邀请参加人员的姓名。",
    "participant.missing": "该邀请参加人员已不存在。",
    "session.place": "请填写调解地点。",
    "session.attendees": "请填写到场人员。",
    "session.recorder": "请填写记录人。",
    "session.record_empty": "请填写调解经过，或至少一方当事人的陈述。",
    "session.held_future": "调解时间不能晚于今天。",
    "session.before_acceptance": "日期不能早于受理日期（{accepted}）。",
    "session.unknown_party": "陈述人不是本案当事人。",
    "session.missing": "该次调解记录已不存在。",
    "session.kind": "调解记录与调查记录不能互相转换。",
    "session.already_held": "已经召开的调解不能取消，它是案卷记录的一部分。",
    "session.second_late": "治安调解：第二次调解应在第一次调解（{first}）后7个工作日内进行，即不晚于{deadline}。",
    "session.no_rights_notice": "尚无调解记录表明已告知当事人权利义务（《人民调解法》第二十三条、第二十四条）。",
    "agreement.parties": "调解协议至少需要两方当事人。",
    "agreement.party_gender": "当事人{name}：缺少性别。",
    "agreement.party_birth": "当事人{name}：缺少出生日期或年龄。",
    "agreement.party_address": "当事人{name}：缺少住址（单位）。",
    "agreement.party_id_number": "当事人{name}：缺少身份证号码。",
    "agreement.party_legal_rep": "当事人{name}：缺少法定代表人。",
    "agreement.facts": "请填写纠纷的主要事实。",
    "agreement.disputed_matters": "请填写争议事项。",
    "agreement.responsibilities": "请填写各方当事人的责任。",
    "agreement.performance_manner": "请填写履行协议的方式。",
    "agreement.performance_place": "请填写履行协议的地点。",
    "agreement.performance_deadline": "请填写履行协议的期限。",
    "agreement.no_terms": "调解协议至少需要一条协议条款。",
    "agreement.term_text": "第{seq}条没有内容。",
    "agreement.payment_amount": "第{seq}条为给付条款，须写明金额。",
    "agreement.payment_due": "第{seq}条为给付条款，须写明履行期限。",
    "agreement.term_after_deadline": "第{seq}条的履行期限晚于协议履行期限（{deadline}）。",
    "agreement.amount_mismatch": "协议金额与各给付条款金额之和不一致。",
    "agreement.copies": "协议书至少一式{needed}份：当事人各执一份，调解委员会留存一份。",
    "agreement.copies_invalid": "份数至少为1。",
    "agreement.changed_since_printed": (
        "协议书{number}打印后内容又有修改。请重新打印，并由当事人在新打印的协议书上签名。"
    ),
    "agreement.date_before_acceptance": "日期不能早于受理日期。",
    "agreement.date_future": "日期不能晚于今天。",
    "agreement.draft_exists": "本案已有正在起草的调解协议，请打开它继续编辑，不要另起一份。",
    "agreement.effective": "调解协议已签字生效，不能再修改。",
    "agreement.incomplete": "调解协议尚不完整（缺少 {count} 项），请先补全。",
    "agreement.missing": "该调解协议已不存在。",
    "agreement.not_mediating": "调解协议在调解过程中起草（案件当前状态：“{status}”）。",
    "agreement.not_printed": "请先打印协议书（打印时编号），再登记签字生效。",
    "judicial.oral": "口头协议不能申请司法确认。",
    "judicial.not_effective": "调解协议尚未生效：请先登记签字生效日期。",
    "judicial.already_applied": "已经申请过司法确认。",
    "judicial.personal_status": "涉及婚姻、收养等身份关系的调解协议不能申请司法确认。",
    "judicial.personal_status_unanswered": "婚姻家庭纠纷：请先说明该协议是否涉及婚姻、收养等身份关系。",
    "judicial.window_closed": "申请司法确认的30日期限已于{deadline}届满。",
    "judicial.before_effective": "申请日期不能早于协议生效日期（{effective_on}）。",
    "judicial.not_applied": "尚未登记司法确认申请。",
    "judicial.decision_before_application": "法院裁定日期不能早于申请日期（{applied_on}）。",
    "judicial.court": "请填写受理申请的人民法院。",
    "termination.detail": "终止原因为“其他”时，请写明具体情况。",
    "termination.routes": "请记录已告知当事人的其他救济途径（仲裁、行政、诉讼）。",
    "performance.date": "请填写履行日期。",
    "performance.not_effective": "履行情况只对已生效的调解协议记录。",
    "performance.before_effective": "履行日期不能早于协议生效日期。",
    "followup.date_future": "日期不能晚于今天。",
    "visit.visitee": "请填写被回访人。",
    "visit.visitor": "请填写回访人。",
    "visit.status": "回访在调解结束后记录（案件当前状态：“{status}”）。",
    "visit.before_outcome": "回访日期不能早于调解结束日期（{closed}）。",
    "clause.title": "请填写条款名称。",
    "clause.text": "请填写条款内容。",
    "clause.missing": "该条款已不存在。",
    "attachment.empty": "文件 {filename} 是空的。",
    "attachment.too_large": "文件 {filename} 太大（最大 30 MB）。",
    "attachment.type": "{filename} 不是 PDF、JPEG 或 PNG 文件。请扫描或另存为其中一种格式。",
    "attachment.unreadable": "无法读取 {filename}（文件已损坏或设有密码）。请重新保存或扫描。",
    "attachment.cannot_read": "无法读取文件 {filename}。",
    "attachment.duplicate": "该文件已作为附件添加到本案（{existing}）。",
    "attachment.missing": "该附件已不存在。",
    "attachment.file_missing": "数据库中找不到该附件的内容。请从备份中恢复数据。",
    "attachment.corrupt": "该附件的内容已损坏（校验值不符）。请从备份中恢复数据。",
    "attachment.not_signed_paper": "卷宗封面、卷内目录和封底没有签字原件。",
    "archive.status": "只有已结案的案件才能归档（当前状态：“{status}”）。",
    "archive.missing_item": "卷宗缺少：{item}。",
    "archive.missing_paper": "卷宗缺少文书：{form}。",
    "archive.unsigned_agreement": "协议书{number}的签字原件尚未附入。",
    "archive.no_followup": "尚未记录回访。",
    "archive.incomplete": "卷宗材料不全（缺少 {count} 项），请先查看缺少的材料。",
    "archive.not_built": "卷宗尚未生成。",
    "archive.retention": "“{retention}”不是可选的保管期限。",
    "case.missing": "该案件已不存在。",
    "ledger.export_format": "无法导出为 “{suffix}”：请选择 .xlsx（Excel 台账）或 .pdf（工作台账）。",
    "ledger.export_write": "无法写入 {path}：{reason}。未生成文件。",
    "ledger.export_cancelled": "导出已取消，未生成文件。",
    # ledger import (whole file, then one row's reason)
    "import.file_unreadable": "无法读取文件 {path}：它不是可以打开的 Excel 工作簿（.xlsx）。未导入任何案件。",
    "import.sheet_missing": "工作簿中没有名为 “{sheet}” 的工作表（有：{sheets}）。",
    "import.no_header": "在工作表 “{sheet}” 的前 30 行中找不到表头（应有 受理日期、申请人、调解结果 等列名）。",
    "import.missing_column": "找不到必需的列：{column}。请在导入向导中手动指定对应的列。",
    "import.bad_mapping": "列的对应关系有误：没有第 {column} 列。",
    "import.empty": "工作表 “{sheet}” 的表头下没有任何案件行。",
    "import.bad_rows": "有 {count} 行无法读取（第一处在第 {first} 行），未导入任何案件。"
    "请改正后重新导入，或选择跳过这些行（--skip-bad-rows）。",
    "import.date_bad": "日期无法识别：“{value}”",
    "import.date_missing": "缺少受理日期",
    "import.date_future": "日期晚于今天：“{value}”",
    "import.closed_before_received": "结案日期早于受理日期：“{value}”",
    "import.amount_bad": "金额无法识别：“{value}”",
    "import.result_unknown": "调解结果无法识别：“{value}”（可写 调解成功、调解不成、调解中 等）",
    "import.risk_unknown": "风险等级无法识别：“{value}”（应为 红、橙、黄、蓝）",
    "import.applicant_missing": "缺少申请人",
    "import.too_long": "内容过长：“{value}”",
    "import.duplicate_row": "与第 {value} 行重复（案号、受理日期、当事人和纠纷类型都相同）",
}


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 参数错误：{safe_text(message)}\n（查看用法：{self.prog} --help）\n")


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="mediation-app", description="警民联调室调解工作台（Mediation Desk）")
    parser.add_argument("--db", type=path_arg, metavar="PATH|URL", help="数据库文件路径或 postgresql+psycopg://… 地址")
    parser.add_argument("--version", action="version", version=f"mediation-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ArgumentParser)
    demo = sub.add_parser("demo", help="生成演示案件")
    demo.add_argument("--cases", type=positive, required=True, help="案件数量")
    demo.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    sub.add_parser("check", help="检查数据库完整性")
    sub.add_parser("forms", help="列出可打印的文书")
    printing = sub.add_parser("print", help="为案件打印文书（PDF）")
    printing.add_argument("form", metavar="FORM_ID", help="文书编号，见 mediation-app forms")
    source = printing.add_mutually_exclusive_group(required=True)
    source.add_argument("--case", metavar="CASE_NO", help="案号，如 （2026）某街联调字第0001号")
    source.add_argument("--sample", action="store_true", help="用样例数据打印（检查文书版式）")
    printing.add_argument("--party", type=positive, help="逐人文书：第几位当事人（不指定则每人一份）")
    printing.add_argument("-o", "--output", type=path_arg, required=True, metavar="OUT.pdf", help="输出的 PDF 文件")
    issued = sub.add_parser("issued", help="列出案件已出具的文书")
    issued.add_argument("--case", metavar="CASE_NO", required=True, help="案号")
    reprint = sub.add_parser("reprint", help="按原样重现一份已出具的文书（不另编号）")
    reprint.add_argument("document", type=positive, metavar="ID", help="已出具文书的记录号，见 mediation-app issued")
    reprint.add_argument("-o", "--output", type=path_arg, required=True, metavar="OUT.pdf", help="输出的 PDF 文件")
    case = sub.add_parser("case", help="查看案件")
    case_sub = case.add_subparsers(dest="case_command", metavar="操作", required=True, parser_class=ArgumentParser)
    show = case_sub.add_parser("show", help="显示案件摘要、可进行的操作和时间线")
    show.add_argument("case", metavar="CASE_NO", help="案号")
    archive = sub.add_parser("archive", help="检查卷宗材料并生成卷宗 PDF，案件随之归档")
    archive.add_argument("case", metavar="CASE_NO", help="案号")
    archive.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE.pdf", help="输出的卷宗 PDF 文件")
    archive.add_argument("--retention", default="长期", help="保管期限（永久、长期、短期、30年、10年；默认 长期）")
    archive.add_argument("--filed-by", default="", help="立卷人（默认为当前用户）")
    cli_ledger.add_parser(sub)
    cli_stats.add_parser(sub)
    cli_backup.add_parsers(sub)
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
    _name_codes(params)
    return template.format_map(params)


def _name_codes(params: _Params) -> None:
    """Status, 卷内目录 item and form codes in a message read as their Chinese names."""
    from mediation_app.domain.case_file import CaseFileItem
    from mediation_app.domain.vocabulary import CaseStatus, FormCode

    for key, vocabulary in (("status", CaseStatus), ("item", CaseFileItem), ("form", FormCode)):
        names = {member.value: member.zh for member in vocabulary}
        value = params.get(key)
        if isinstance(value, str) and value in names:
            params[key] = names[value]


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
    from mediation_app.cli_check import check_lines
    from mediation_app.services.integrity import check_database

    ctx = _context(args)
    result = check_database(ctx)
    print("\n".join(check_lines(result)))
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


def _clock_text(summary: CaseSummary) -> str:
    clock = summary.clock
    if clock is None:
        return "无"
    due = f"{clock.due.year}年{clock.due.month}月{clock.due.day}日（{clock.kind.zh}）"
    if clock.closed:
        return f"{due}，已结案，{'超期' if clock.overdue else '按期'}"
    return f"{due}，已超期 {-clock.days_left} 天" if clock.overdue else f"{due}，剩余 {clock.days_left} 天"


def _cmd_case(args: argparse.Namespace) -> int:
    from mediation_app.services.case_view import case_overview
    from mediation_app.services.documents import find_case

    ctx = _context(args)
    overview = case_overview(ctx, find_case(ctx, args.case))
    s = overview.summary
    print(f"案号：{s.number or '（未编号）'}")
    print(f"案由：{s.title}")
    print("当事人：" + "；".join(f"{p.role.zh} {p.name}" for p in s.parties))
    route = s.route.zh if s.route else "未定"
    print(f"纠纷类型：{s.dispute_type.zh}　途径：{route}　风险：{s.risk.zh}色")
    print(f"状态：{s.status.zh}　调解员：{s.mediators or '未指定'}")
    print(f"期限：{_clock_text(s)}")
    if s.archive_number:
        print(f"卷号：{s.archive_number}")
    allowed = [a.action.zh for a in s.actions if a.allowed]
    print("可进行：" + ("、".join(allowed) or "无"))
    for action in (a for a in s.actions if not a.allowed and a.reason):
        reason = message_for(DomainError(action.reason or "", **dict(action.params)))
        print(f"  暂不可{action.action.zh}：{reason}")
    print("时间线（新的在前）：")
    for entry in overview.timeline:
        when = entry.at.strftime("%Y-%m-%d %H:%M") if entry.has_time else entry.at.strftime("%Y-%m-%d      ")
        print(f"  {when}  {entry.kind.zh}  {entry.text}".rstrip())
    return 0


def _cmd_archive(args: argparse.Namespace) -> int:
    from mediation_app.services.archive import build_archive, check_archive
    from mediation_app.services.documents import find_case

    ctx = _context(args)
    case_id = find_case(ctx, args.case)
    missing = check_archive(ctx, case_id)
    if missing:
        print("卷宗材料不全，未生成卷宗，案件未归档。缺少：", file=sys.stderr)
        for problem in missing:
            print(f"  - {message_for(DomainError(problem.code, **problem.params))}", file=sys.stderr)
        return 1

    def build() -> bytes:
        result = build_archive(ctx, case_id, retention=args.retention, filed_by=args.filed_by)
        print(
            f"卷号：{result.archive_number}；共 {result.pages} 页（卷内文书 {result.numbered_pages} 页）；案件已归档。"
        )
        return result.pdf

    return _write_pdf(args.output, build)


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
    "case": _cmd_case,
    "archive": _cmd_archive,
    "ledger": cli_ledger.run,
    "stats": cli_stats.run,
    "backup": cli_backup.run_backup,
    "restore": cli_backup.run_restore,
    None: _cmd_gui,
}


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        return COMMANDS[args.command](args)
    except DomainError as error:
        print(safe_text(message_for(error), 2000), file=sys.stderr)  # a typed value never runs as an escape
        return 2
