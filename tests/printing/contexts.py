"""Contexts shared by the printing tests and the printing benchmark."""

from __future__ import annotations

from typing import Any

from mediation_app.services.documents import sample_context


def long_agreement() -> dict[str, Any]:
    """The agreement sample grown to 12 parties, 40 terms and a 5,000-character statement of facts."""
    context = sample_context("agreement")
    person = context["parties"][0]
    context["parties"] = [
        dict(person, name=f"当事人{i:02d}", role="申请人" if i % 2 else "被申请人") for i in range(1, 13)
    ]
    context["terms"] = [
        f"第{i}项：被申请人于2026年12月{i % 28 + 1}日前向申请人支付款项人民币{i * 100}元。" for i in range(1, 41)
    ]
    context["facts"] = ("双方因相邻关系及房屋漏水问题产生纠纷，经多次协商未果，矛盾不断升级。" * 150)[:5000]
    return context
