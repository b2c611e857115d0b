"""The words of ``mediation-app check``: each problem found, named in Chinese (table, record, case number)."""

from __future__ import annotations

from mediation_app.services.integrity import CheckResult
from mediation_app.storage.integrity import RowProblem

TABLE_NAMES = {
    "offices": "调解室信息",
    "users": "用户",
    "settings": "设置",
    "external_bodies": "分流单位",
    "clause_templates": "条款库",
    "cases": "案件",
    "parties": "当事人",
    "case_parties": "案件当事人",
    "case_mediators": "调解员",
    "case_participants": "邀请参与人",
    "referrals": "分流/委托",
    "mediation_sessions": "调解（调查）记录",
    "session_statements": "当事人陈述",
    "agreements": "调解协议",
    "agreement_terms": "协议条款",
    "performance_records": "履行记录",
    "follow_up_visits": "回访记录",
    "joint_meetings": "联席会议",
    "joint_meeting_items": "联席会议议题",
    "attachments": "附件",
    "issued_documents": "已出具文书",
}
KINDS = {
    "changed": "在程序之外被修改",
    "added": "在程序之外被添加（审计记录中没有）",
    "deleted": "在程序之外被删除",
}
SHOWN = 50  # rows listed one by one; the rest are counted


def row_line(problem: RowProblem) -> str:
    table = TABLE_NAMES.get(problem.table, problem.table)
    case = f"（案件 {problem.case_number}）" if problem.case_number else ""
    return f"问题：{table}（{problem.table}）第 {problem.key} 条记录{case}{KINDS.get(problem.kind, problem.kind)}。"


def check_lines(result: CheckResult) -> list[str]:
    """What ``check`` prints, line by line."""
    lines = [f"结构版本：{result.revision}（最新 {result.head}）；审计记录 {result.audit_events} 条。"]
    lines += [f"问题：SQLite 自检发现：{problem}" for problem in result.sqlite]
    if result.pages_by_server:
        lines.append("数据页的完整性由数据库服务器（PostgreSQL）自行检查；本程序检查审计记录链和每条记录。")
    if result.revision != result.head:
        lines.append(f"问题：数据库结构版本 {result.revision} 不是最新的 {result.head}。")
    if result.first_broken_audit_id is not None:
        lines.append(
            f"问题：审计记录链在第 {result.first_broken_audit_id} 条处断开"
            "（这一条或它之前的一条在程序之外被修改或删除）。"
        )
    lines += [row_line(problem) for problem in result.rows[:SHOWN]]
    if len(result.rows) > SHOWN:
        lines.append(f"……另有 {len(result.rows) - SHOWN} 条记录与审计记录不符。")
    lines.append(f"用时 {result.seconds:.1f} 秒。")
    lines.append("检查通过：数据库完好。" if result.ok else "检查未通过。")
    return lines
