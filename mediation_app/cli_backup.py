"""``mediation-app backup [OUT]`` and ``mediation-app restore IN``: the same backup services the GUI uses. On a
PostgreSQL server ``backup`` runs pg_dump (or says the server's own backups apply) and ``restore`` shows the
pg_restore command for the server's administrator."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediation_app.cli_args import path_arg

if TYPE_CHECKING:
    from mediation_app.storage.backup import BackupReport


def add_parsers(sub: Any) -> None:
    """Register ``backup`` and ``restore`` on the top-level subparsers ``sub``."""
    backup = sub.add_parser("backup", help="备份数据库（程序运行时也可备份；PostgreSQL 数据库用 pg_dump）")
    backup.add_argument(
        "output",
        nargs="?",
        type=path_arg,
        metavar="OUT",
        help="备份文件或文件夹（默认：数据目录下的 backups 文件夹，按时间命名）",
    )
    restore = sub.add_parser("restore", help="从备份恢复数据库（先校验备份，并保留当前数据库的安全副本）")
    restore.add_argument("input", type=path_arg, metavar="IN", help="备份文件")


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(size // 1024, 1)} KB"


SERVER_SIDE_NOTE = (
    "未备份：数据库在服务器上（{url}），由数据库服务器的备份负责。本机没有找到 pg_dump；"
    "如需在本机另存备份，请安装 PostgreSQL 客户端（含 pg_dump），或在 设置 → 备份与恢复 中指定 pg_dump 程序。"
)


def run_backup(args: argparse.Namespace) -> int:
    from mediation_app.cli import _context
    from mediation_app.services.backup import backup_method, backup_now, backup_to_file

    ctx = _context(args)
    try:
        method = backup_method(ctx)
        if method.by_server:
            print(SERVER_SIDE_NOTE.format(url=method.location), file=sys.stderr)
            return 1
        out = Path(args.output) if args.output else None
        info = backup_now(ctx, out) if out is None or out.is_dir() else backup_to_file(ctx, out)
    finally:
        ctx.db.dispose()
    if not info.verified:
        print(
            f"备份已写入 {info.path}，但校验未通过：数据库本身可能已损坏。请运行 mediation-app check。", file=sys.stderr
        )
        return 1
    tool = "（pg_dump，pg_restore --list 校验）" if info.path.suffix == ".dump" else ""
    print(f"已备份到 {info.path}（{_size(info.size)}）{tool}，校验通过。")
    return 0


def _target(args: argparse.Namespace) -> str | Path:
    from mediation_app.app import resolve_target

    return resolve_target(args.db)


def _describe(report: BackupReport) -> str:
    return (
        f"备份 {report.path}：{_size(report.size)}，案件 {report.cases} 件，附件 {report.attachments} 个，"
        f"审计记录 {report.audit_events} 条，结构版本 {report.revision}。"
    )


def run_restore(args: argparse.Namespace) -> int:
    from mediation_app.app import open_database
    from mediation_app.cli import message_for
    from mediation_app.services.backup import database_file, restore_backup, verify_backup_file

    database_file(_target(args), args.input)  # a server: refused with the pg_restore command, nothing opened
    report = verify_backup_file(args.input)
    if not report.ok:
        print(f"未恢复：{message_for(report.error())}", file=sys.stderr)
        return 1
    print(_describe(report) + "校验通过。")
    result = restore_backup(_target(args), args.input)
    if result.kept_at is not None:
        print(f"恢复前的数据库已另存为安全副本：{result.kept_at}")
    open_database(result.database).dispose()  # an older backup is upgraded now, not at the next start
    print(f"已从备份恢复数据库：{result.database}")
    return 0
