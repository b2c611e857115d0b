"""``mediation-app stats --from DATE --to DATE [--json]``: a period's figures as a Chinese summary or as JSON."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mediation_app.domain.statistics import Figures, Statistics


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD，而不是 “{text}”") from None


def add_parser(sub: Any) -> None:
    """Register ``stats`` on the top-level subparsers ``sub``."""
    stats = sub.add_parser("stats", help="统计报表：受理数、成功率等及各项分类统计")
    stats.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE", help="起始日期（含）")
    stats.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE", help="截止日期（含）")
    stats.add_argument("--json", action="store_true", help="以 JSON 输出（英文键名）")


def _summary_lines(stats: Statistics) -> list[str]:
    from mediation_app.domain.money import format_amount
    from mediation_app.domain.statistics import office_rate_text

    t = stats.totals
    return [
        f"统计期间：{stats.start.isoformat()} 至 {stats.end.isoformat()}（按受理日期）",
        f"登记 {stats.received} 件，其中不予受理 {stats.not_accepted} 件",
        f"受理 {t.accepted} 件：调解成功 {t.mediated_success} 件，调解不成 {t.mediated_failure} 件，"
        f"办理中 {t.in_progress} 件",
        f"成功率：{office_rate_text(t.success_rate)}",
        f"结案率：{office_rate_text(t.closure_rate)}；及时率：{office_rate_text(t.timely_rate)}",
        f"书面协议 {t.written_agreements} 份，口头协议 {t.oral_agreements} 份，"
        f"协议涉及金额 {format_amount(t.agreement_amount_fen)} 元",
        f"司法确认 {t.judicial_confirmed} 件，履行 {t.performed} 件",
        f"满意度：{office_rate_text(t.satisfaction_rate)}（回访 {t.visits_answered} 次）",
        f"防止民转刑 {t.prevented_criminal_cases} 件 {t.prevented_criminal_people} 人；"
        f"防止群体性上访 {t.prevented_petition_cases} 件 {t.prevented_petition_people} 人",
        f"两不出：社区化解 {t.resolved_community} 件，街道化解 {t.resolved_street} 件",
    ]


def _row_text(label: str, figures: Figures) -> str:
    from mediation_app.domain.statistics import percent_texts

    exact, _reported = percent_texts(figures.success_rate)
    return f"  {label}：受理 {figures.accepted}，成功 {figures.mediated_success}，成功率 {exact}"


def _print_summary(stats: Statistics) -> None:
    from mediation_app.domain.statistics import key_label

    for line in _summary_lines(stats):
        print(line)
    for dimension, rows in stats.breakdowns.items():
        print(f"按{dimension.zh}：" + ("" if rows else "无"))
        for row in rows:
            print(_row_text(key_label(dimension, row.key), row.figures))
    print("注：一件案件有多名调解员时，按调解员统计中每人各计一次。")


def run(args: argparse.Namespace) -> int:
    import json

    from mediation_app.cli import _context
    from mediation_app.services.statistics import period_statistics, statistics_json

    if args.end < args.start:
        print(f"截止日期 {args.end.isoformat()} 早于起始日期 {args.start.isoformat()}。", file=sys.stderr)
        return 2
    stats = period_statistics(_context(args), args.start, args.end)
    if args.json:
        print(json.dumps(statistics_json(stats), ensure_ascii=False, indent=2))
    else:
        _print_summary(stats)
    return 0
