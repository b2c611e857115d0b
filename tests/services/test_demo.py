"""The demo generator: realistic variety, valid identities, numbering that continues, reproducible by seed."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from mediation_app.domain.identity import check_id_number, check_phone
from mediation_app.domain.numbering import parse_number
from mediation_app.domain.vocabulary import CaseStatus, Gender, PartyKind, PartyRole
from mediation_app.services.context import ServiceContext
from mediation_app.services.demo import generate_demo
from mediation_app.services.intake import IntakeInput, PartyInput, accept_case, register_case
from mediation_app.services.integrity import check_database
from mediation_app.storage.models import Agreement, Case, Party

TODAY = date(2026, 11, 1)


def test_demo_cases_are_varied_and_valid(ctx: ServiceContext) -> None:
    result = generate_demo(ctx, 800, seed=3, today=TODAY)
    assert result.cases == 800
    with ctx.db.read() as session:
        cases = session.query(Case).all()
        parties = session.query(Party).all()
        agreements = session.query(Agreement).count()
    assert len(cases) == 800
    assert len(Counter(c.status for c in cases)) >= 7
    assert len(Counter(c.dispute_type for c in cases)) >= 12
    assert len(Counter(c.channel for c in cases)) == 10
    assert len(Counter(c.risk for c in cases)) == 4
    assert len({c.received_at.year for c in cases}) >= 4
    assert len({c.community for c in cases}) >= 8
    assert agreements > 300
    persons = [p for p in parties if p.kind is PartyKind.PERSON]
    assert all(check_id_number(p.id_number or "", today=TODAY).ok for p in persons)
    assert all(check_phone(p.phone).ok for p in persons)
    assert len({p.name for p in persons}) > 0.6 * len(persons)
    # The ID's 17th digit agrees with the gender (odd: male), as the printed papers show both.
    assert all((int((p.id_number or "")[16]) % 2 == 1) == (p.gender is Gender.MALE) for p in persons)
    # Referrals older than two months have had their feedback: no case waits years as 已分流.
    assert all((TODAY - c.received_at.date()).days < 60 for c in cases if c.status is CaseStatus.DIVERTED)
    assert any(c.status is CaseStatus.MEDIATING and c.due_date and c.due_date < TODAY for c in cases)  # overdue ones
    assert check_database(ctx).ok


def test_demo_agreements_are_signed_between_acceptance_and_today(ctx: ServiceContext) -> None:
    """A demo agreement is drafted after its case was accepted and signed before it closed and before today
    (a future signing date would show an open 司法确认 window that cannot be)."""
    generate_demo(ctx, 600, seed=5, today=TODAY)
    with ctx.db.read() as session:
        pairs = session.query(Agreement, Case).join(Case, Agreement.case_id == Case.id).all()
    assert len(pairs) > 200
    for agreement, case in pairs:
        assert case.accepted_at is not None and agreement.effective_on is not None
        assert case.accepted_at.date() <= agreement.effective_on <= TODAY
        assert case.closed_at is None or agreement.effective_on <= case.closed_at.date()
        assert agreement.created_at >= case.accepted_at


def test_numbers_are_unique_per_year_and_continue(ctx: ServiceContext) -> None:
    generate_demo(ctx, 400, seed=5, today=TODAY)
    with ctx.db.read() as session:
        numbered = [c for c in session.query(Case).all() if c.number]
    by_year: dict[int, list[int]] = {}
    for case in numbered:
        parsed = parse_number(case.number or "")
        assert parsed.year == case.received_at.year
        by_year.setdefault(parsed.year, []).append(parsed.seq)
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    ref = register_case(
        ctx,
        IntakeInput(
            channel=next(iter(c.channel for c in numbered)),
            dispute_type=numbered[0].dispute_type,
            facts="新案",
            parties=(PartyInput("新申请人", PartyRole.APPLICANT),),
        ),
    )
    last_2026 = max(by_year.get(2026, [0]))
    new = accept_case(ctx, ref.case_id, when=datetime(2026, 11, 2, 9))
    assert parse_number(new.number or "").seq == last_2026 + 1


def test_same_seed_same_data(tmp_path: object, ctx: ServiceContext) -> None:
    from mediation_app.app import open_context

    other = open_context(tmp_path / "other.sqlite3")  # type: ignore[operator]
    generate_demo(ctx, 120, seed=11, today=TODAY)
    generate_demo(other, 120, seed=11, today=TODAY)

    def snapshot(c: ServiceContext) -> list[tuple[object, ...]]:
        with c.db.read() as session:
            return [(x.number, x.title, x.status, x.risk, x.received_at) for x in session.query(Case).order_by(Case.id)]

    assert snapshot(ctx) == snapshot(other)
    assert any(s[2] is CaseStatus.ARCHIVED for s in snapshot(ctx))
