"""统计报表 against hand-built cases (every figure, every breakdown, the period's edges) and a brute-force oracle."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from fractions import Fraction
from typing import Any

import pytest

from mediation_app.domain.statistics import Dimension, Figures, office_rate_text, percent_texts
from mediation_app.domain.vocabulary import (
    AgreementKind,
    CaseStatus,
    Channel,
    CourtDecision,
    DisputeType,
    MediatorRole,
    Outcome,
    Performance,
    RiskLevel,
    Route,
    Satisfaction,
    VisitMethod,
)
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.demo import generate_demo
from mediation_app.services.statistics import period_figures, period_statistics, statistics_json
from mediation_app.storage.models import Agreement, Case, CaseMediator, FollowUpVisit, PerformanceRecord

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
T = datetime


def _add_case(session: Any, ctx: ServiceContext, **fields: Any) -> Case:
    mediators = fields.pop("mediators", ())
    defaults: dict[str, Any] = {
        "office_id": ctx.office_id,
        "channel": Channel.WALK_IN,
        "dispute_type": DisputeType.NEIGHBOUR,
        "status": CaseStatus.ACCEPTED,
        "risk": RiskLevel.YELLOW,
        "people_involved": 2,
    }
    case = Case(**{**defaults, **fields})
    session.add(case)
    session.flush()
    for position, name in enumerate(mediators):
        role = MediatorRole.PEOPLES_MEDIATOR
        session.add(CaseMediator(case_id=case.id, name=name, role=role, is_lead=position == 0))
    return case


def _agreement(session: Any, case: Case, kind: AgreementKind, amount: int | None, **fields: Any) -> Agreement:
    row = Agreement(case_id=case.id, kind=kind, amount_fen=amount, **fields)
    session.add(row)
    session.flush()
    return row


def _visit(session: Any, case: Case, satisfaction: Satisfaction | None, **fields: Any) -> None:
    session.add(
        FollowUpVisit(
            case_id=case.id,
            visited_on=date(2026, 4, 10),
            visitee="回访对象",
            method=VisitMethod.PHONE,
            satisfaction=satisfaction,
            **fields,
        )
    )


def build_march(ctx: ServiceContext) -> None:
    """Nine cases around March 2026; A, B, C, D, F and I were accepted in March (see each comment)."""
    success, failure = {"outcome": Outcome.SUCCESS}, {"outcome": Outcome.FAILURE}
    with ctx.db.write() as s:
        # A: accepted at the first instant of March; closed on time; written agreement, court-confirmed, performed.
        a = _add_case(s, ctx, received_at=T(2026, 3, 1), accepted_at=T(2026, 3, 1), status=CaseStatus.CLOSED,
                      route=Route.PEOPLES_MEDIATION, community="东湖社区", closed_at=T(2026, 3, 10, 15),
                      due_date=date(2026, 3, 31), resolved_level="community", prevented_criminal=True,
                      people_involved=3, mediators=("张三", "李四"), **success)  # fmt: skip
        written = _agreement(s, a, AgreementKind.WRITTEN, 500_000, effective_on=date(2026, 3, 10),
                             court_decision=CourtDecision.CONFIRMED)  # fmt: skip
        s.add(PerformanceRecord(agreement_id=written.id, status=Performance.PERFORMED, recorded_on=date(2026, 3, 20)))
        _visit(s, a, Satisfaction.SATISFIED)
        _visit(s, a, Satisfaction.DISSATISFIED)
        _visit(s, a, None)  # no answer: not counted in 满意度
        # B: accepted in the last minute of March, closed after its due date in April; oral agreement, performed
        # according to a visit.
        b = _add_case(s, ctx, received_at=T(2026, 3, 31, 20), accepted_at=T(2026, 3, 31, 23, 59),
                      status=CaseStatus.SUCCEEDED, channel=Channel.PHONE, route=Route.PEOPLES_MEDIATION,
                      community="东湖社区", risk=RiskLevel.RED, closed_at=T(2026, 4, 5), due_date=date(2026, 4, 1),
                      resolved_level="street", prevented_mass_petition=True, people_involved=12,
                      mediators=("张三",), **success)  # fmt: skip
        oral = _agreement(s, b, AgreementKind.ORAL, 12_000, effective_on=date(2026, 4, 5))
        _visit(s, b, Satisfaction.FAIRLY_SATISFIED, agreement_id=oral.id, performance=Performance.PERFORMED)
        # C: mediation failed, on time; no community.
        _add_case(s, ctx, received_at=T(2026, 3, 15, 9), accepted_at=T(2026, 3, 15, 10), status=CaseStatus.FAILED,
                  dispute_type=DisputeType.LABOUR, channel=Channel.POLICE, route=Route.LABOUR_MEDIATION,
                  risk=RiskLevel.ORANGE, closed_at=T(2026, 3, 20), due_date=date(2026, 3, 30),
                  mediators=("王五",), **failure)  # fmt: skip
        # D: still open, not routed; its draft agreement (no date of effect) does not count.
        d = _add_case(s, ctx, received_at=T(2026, 3, 16, 9), accepted_at=T(2026, 3, 16, 10),
                      status=CaseStatus.DIVERTED, dispute_type=DisputeType.LABOUR, community="西山社区",
                      risk=RiskLevel.BLUE, due_date=date(2026, 4, 16), mediators=("赵六",))  # fmt: skip
        _agreement(s, d, AgreementKind.WRITTEN, 99_900)
        # E: registered in March and not accepted.
        _add_case(s, ctx, received_at=T(2026, 3, 20, 9), status=CaseStatus.NOT_ACCEPTED, closed_at=T(2026, 3, 20))
        # F: registered in February, accepted in March: counts in March's figures, not in its 登记数.
        _add_case(s, ctx, received_at=T(2026, 2, 28, 23), accepted_at=T(2026, 3, 2, 9), status=CaseStatus.SUCCEEDED,
                  route=Route.POLICE_MEDIATION, community="西山社区", closed_at=T(2026, 3, 4),
                  due_date=date(2026, 3, 5), resolved_level="community", mediators=("王五",), **success)  # fmt: skip
        # G: registered in March, accepted at the first instant of April.
        _add_case(s, ctx, received_at=T(2026, 3, 30, 9), accepted_at=T(2026, 4, 1), **success)
        # H: accepted in the last second of February.
        _add_case(s, ctx, received_at=T(2026, 2, 28, 20), accepted_at=T(2026, 2, 28, 23, 59, 59), **failure)
        # I: closed on a referral's feedback without a mediation outcome and without a clock.
        _add_case(s, ctx, received_at=T(2026, 3, 5, 9), accepted_at=T(2026, 3, 5, 10), status=CaseStatus.CLOSED,
                  dispute_type=DisputeType.OTHER, channel=Channel.COURT, route=Route.PEOPLES_MEDIATION,
                  community="东湖社区", closed_at=T(2026, 3, 8), mediators=("李四",))  # fmt: skip


MARCH_TOTALS = Figures(
    accepted=6,
    mediated_success=3,
    mediated_failure=1,
    in_progress=1,
    closed=5,
    closed_with_clock=4,
    closed_on_time=3,
    written_agreements=1,
    oral_agreements=1,
    agreement_amount_fen=512_000,
    judicial_confirmed=1,
    performed=2,
    visits_answered=3,
    visits_satisfied=2,
    prevented_criminal_cases=1,
    prevented_criminal_people=3,
    prevented_petition_cases=1,
    prevented_petition_people=12,
    resolved_community=2,
    resolved_street=1,
)


def test_every_total_of_a_hand_built_month(ctx: ServiceContext) -> None:
    build_march(ctx)
    stats = period_statistics(ctx, *MARCH)
    assert (stats.received, stats.not_accepted) == (7, 1)  # A B C D E G I registered in March; E refused
    assert stats.totals == MARCH_TOTALS
    t = stats.totals
    assert (t.success_rate, t.closure_rate, t.timely_rate) == (Fraction(3, 4), Fraction(5, 6), Fraction(3, 4))
    assert t.satisfaction_rate == Fraction(2, 3)
    assert [(m.label, m.figures) for m in stats.months] == [("2026-03", MARCH_TOTALS)]


def _accepted(rows: Any) -> list[tuple[str, int]]:
    return [(row.key, row.figures.accepted) for row in rows]


def test_every_breakdown_of_a_hand_built_month(ctx: ServiceContext) -> None:
    build_march(ctx)
    b = period_statistics(ctx, *MARCH).breakdowns
    assert _accepted(b[Dimension.DISPUTE_TYPE]) == [("neighbour", 3), ("labour", 2), ("other", 1)]
    neighbour, labour, other = (row.figures for row in b[Dimension.DISPUTE_TYPE])
    assert neighbour == Figures(
        accepted=3, mediated_success=3, closed=3, closed_with_clock=3, closed_on_time=2, written_agreements=1,
        oral_agreements=1, agreement_amount_fen=512_000, judicial_confirmed=1, performed=2, visits_answered=3,
        visits_satisfied=2, prevented_criminal_cases=1, prevented_criminal_people=3, prevented_petition_cases=1,
        prevented_petition_people=12, resolved_community=2, resolved_street=1,
    )  # fmt: skip
    assert labour == Figures(accepted=2, mediated_failure=1, in_progress=1, closed=1, closed_with_clock=1,
                             closed_on_time=1)  # fmt: skip
    assert other == Figures(accepted=1, closed=1)
    assert _accepted(b[Dimension.CHANNEL]) == [("walk_in", 3), ("phone", 1), ("police", 1), ("court", 1)]
    routes = _accepted(b[Dimension.ROUTE])
    assert routes == [("police_mediation", 1), ("peoples_mediation", 3), ("labour_mediation", 1), ("", 1)]
    assert _accepted(b[Dimension.COMMUNITY]) == [("东湖社区", 3), ("西山社区", 2), ("", 1)]
    assert _accepted(b[Dimension.RISK]) == [("red", 1), ("orange", 1), ("yellow", 3), ("blue", 1)]
    # A case with two mediators counts for each: the mediators add up to 7 of the 6 accepted cases.
    assert _accepted(b[Dimension.MEDIATOR]) == [("张三", 2), ("李四", 2), ("王五", 2), ("赵六", 1)]
    zhang = b[Dimension.MEDIATOR][0].figures
    assert (zhang.mediated_success, zhang.agreement_amount_fen, zhang.resolved_street) == (2, 512_000, 1)
    for dimension in (Dimension.DISPUTE_TYPE, Dimension.CHANNEL, Dimension.ROUTE, Dimension.COMMUNITY, Dimension.RISK):
        assert sum(row.figures.accepted for row in b[dimension]) == 6


def test_the_seed_figures_92_accepted_90_succeeded(ctx: ServiceContext) -> None:
    with ctx.db.write() as s:
        for n in range(92):
            outcome = Outcome.SUCCESS if n < 90 else Outcome.FAILURE
            day = T(2026, 5, 1 + n % 28, 9)
            _add_case(s, ctx, received_at=day, accepted_at=day, outcome=outcome, closed_at=day)
    stats = period_statistics(ctx, date(2026, 5, 1), date(2026, 5, 31))
    rate = stats.totals.success_rate
    assert (stats.totals.accepted, stats.totals.mediated_success, rate) == (92, 90, Fraction(90, 92))
    assert percent_texts(rate) == ("97.8%", "98%")
    assert office_rate_text(rate) == "97.8%（上报 98%）"
    data = statistics_json(stats)
    assert (data["accepted"], data["mediated_success"], data["success_rate"]) == (92, 90, 90 / 92)
    assert (data["success_rate_percent"], data["success_rate_reported"]) == ("97.8%", "98%")


def test_no_cases_give_no_rate_rather_than_zero(ctx: ServiceContext) -> None:
    stats = period_statistics(ctx, date(2026, 1, 1), date(2026, 3, 31))
    assert stats.totals == Figures()
    assert stats.totals.success_rate is None and stats.totals.satisfaction_rate is None
    assert percent_texts(stats.totals.success_rate) == ("—", "—")
    assert [m.label for m in stats.months] == ["2026-01", "2026-02", "2026-03"]
    assert all(not rows for rows in stats.breakdowns.values())
    assert statistics_json(stats)["success_rate"] is None


def test_period_edges_and_neighbouring_months(ctx: ServiceContext) -> None:
    build_march(ctx)
    assert period_statistics(ctx, date(2026, 3, 31), date(2026, 3, 31)).totals.accepted == 1  # B only
    assert period_statistics(ctx, date(2026, 3, 1), date(2026, 3, 1)).totals.accepted == 1  # A only
    wide = period_statistics(ctx, date(2026, 2, 15), date(2026, 4, 10))
    assert [(m.label, m.figures.accepted) for m in wide.months] == [("2026-02", 1), ("2026-03", 6), ("2026-04", 1)]
    assert wide.totals.accepted == 8
    with pytest.raises(ServiceError) as refused:
        period_statistics(ctx, date(2026, 3, 2), date(2026, 3, 1))
    assert refused.value.code == "stats.range"


def test_period_figures_follow_the_same_definitions(ctx: ServiceContext) -> None:
    build_march(ctx)
    figures = period_figures(ctx, *MARCH)
    assert (figures.received, figures.accepted, figures.succeeded, figures.failed) == (7, 6, 3, 1)
    assert (figures.in_progress, figures.success_rate, figures.agreement_amount_fen) == (1, Fraction(3, 4), 512_000)


# -- brute force: every figure of every group, computed in Python from the ORM rows -------------------------------
def _per_case(case: Case, agreements: list[Agreement], visits: list[FollowUpVisit], performed: set[int]) -> Figures:
    in_force = [a for a in agreements if a.effective_on is not None]
    answered = [v for v in visits if v.satisfaction is not None]
    clock = case.closed_at is not None and case.due_date is not None
    return Figures(
        accepted=1,
        mediated_success=int(case.outcome is Outcome.SUCCESS),
        mediated_failure=int(case.outcome is Outcome.FAILURE),
        in_progress=int(case.closed_at is None),
        closed=int(case.closed_at is not None),
        closed_with_clock=int(clock),
        closed_on_time=int(clock and case.closed_at.date() <= case.due_date),  # type: ignore[union-attr, operator]
        written_agreements=sum(a.kind is AgreementKind.WRITTEN for a in in_force),
        oral_agreements=sum(a.kind is AgreementKind.ORAL for a in in_force),
        agreement_amount_fen=sum(a.amount_fen or 0 for a in in_force),
        judicial_confirmed=sum(a.court_decision is CourtDecision.CONFIRMED for a in in_force),
        performed=sum(a.id in performed for a in in_force),
        visits_answered=len(answered),
        visits_satisfied=sum(v.satisfaction is not Satisfaction.DISSATISFIED for v in answered),
        prevented_criminal_cases=int(case.prevented_criminal),
        prevented_criminal_people=case.people_involved if case.prevented_criminal else 0,
        prevented_petition_cases=int(case.prevented_mass_petition),
        prevented_petition_people=case.people_involved if case.prevented_mass_petition else 0,
        resolved_community=int(case.resolved_level == "community"),
        resolved_street=int(case.resolved_level == "street"),
    )


def _add(a: Figures, b: Figures) -> Figures:
    return Figures(**{name: getattr(a, name) + getattr(b, name) for name in Figures.__dataclass_fields__})


def _oracle(ctx: ServiceContext, start: date, end: date) -> dict[tuple[str, str], Figures]:
    groups: dict[tuple[str, str], Figures] = defaultdict(Figures)
    with ctx.db.read() as s:
        agreements, visits, mediators = defaultdict(list), defaultdict(list), defaultdict(list)
        for a in s.query(Agreement):
            agreements[a.case_id].append(a)
        for v in s.query(FollowUpVisit):
            visits[v.case_id].append(v)
        for m in s.query(CaseMediator):
            mediators[m.case_id].append(m.name)
        performed = {p.agreement_id for p in s.query(PerformanceRecord) if p.status is Performance.PERFORMED}
        performed |= {v.agreement_id for v in s.query(FollowUpVisit) if v.performance is Performance.PERFORMED}
        for case in s.query(Case):
            if case.accepted_at is None or not start <= case.accepted_at.date() <= end:
                continue
            figures = _per_case(case, agreements[case.id], visits[case.id], performed)
            keys = [("", ""), ("dispute_type", case.dispute_type.value), ("channel", case.channel.value),
                    ("route", case.route.value if case.route else ""), ("community", case.community),
                    ("risk", case.risk.value), ("month", f"{case.accepted_at:%Y-%m}")]  # fmt: skip
            keys += [("mediator", name) for name in mediators[case.id]]
            for key in keys:
                groups[key] = _add(groups[key], figures)
    return groups


def test_sql_matches_a_brute_force_count_on_demo_data(ctx: ServiceContext) -> None:
    generate_demo(ctx, 800, seed=11, today=date(2026, 11, 1))
    build_march(ctx)  # adds agreements, visits and performances the demo does not make
    start, end = date(2025, 7, 1), date(2026, 6, 30)
    stats = period_statistics(ctx, start, end)
    got = {("", ""): stats.totals}
    got |= {(d.value, row.key): row.figures for d, rows in stats.breakdowns.items() for row in rows}
    got |= {("month", m.label): m.figures for m in stats.months if m.figures.accepted}
    expected = _oracle(ctx, start, end)
    assert got == expected
    assert stats.totals.accepted > 100 and stats.totals.visits_answered == 3


def test_report_pdf_is_deterministic_embedded_and_complete(ctx: ServiceContext) -> None:
    from mediation_app.services.stats_export import statistics_pdf
    from tests.printing.pdf_tools import fonts, page_count, pdftotext, squash

    build_march(ctx)
    stats = period_statistics(ctx, *MARCH)
    pdf = statistics_pdf(ctx, stats, date(2026, 4, 2))
    assert pdf == statistics_pdf(ctx, stats, date(2026, 4, 2))  # invariant: same input, same bytes
    assert all(font["emb"] == "yes" for font in fonts(pdf)) and len(fonts(pdf)) >= 2
    text = squash(pdftotext(pdf))
    wanted = ["某街道警民联调室统计报表", "制表日期：2026年4月2日", "成功率（成功÷调解终结）", "75.0%（上报75%）"]
    wanted += ["83.3%（上报83%）", "1件/3人", "1件/12人", "5,120.00元", "按纠纷类型：受理与调解成功"]
    wanted += ["月度趋势：受理与调解成功", "按风险等级统计", "未分流", "未填写"]
    for expected in wanted:
        assert expected in text, expected
    assert page_count(pdf) >= 2
