"""What the case window offers next: the judicial-confirmation refusal names the day its window closed."""

from __future__ import annotations

from datetime import date

from mediation_app.domain.agreement_rules import JudicialState
from mediation_app.domain.casework import CaseAction, CaseFacts, next_actions
from mediation_app.domain.vocabulary import CaseStatus


def _apply_judicial(facts: CaseFacts) -> tuple[bool, str | None, dict[str, object]]:
    state = next(a for a in next_actions(facts) if a.action is CaseAction.APPLY_JUDICIAL)
    return state.allowed, state.reason, dict(state.params)


def test_a_closed_window_is_refused_with_its_last_day() -> None:
    facts = CaseFacts(
        status=CaseStatus.SUCCEEDED,
        agreement=True,
        judicial=JudicialState.CLOSED,
        judicial_reason="judicial.window_closed",
        judicial_deadline=date(2026, 3, 31),
    )
    assert _apply_judicial(facts) == (False, "judicial.window_closed", {"deadline": date(2026, 3, 31)})


def test_an_open_window_is_offered_without_params() -> None:
    facts = CaseFacts(
        status=CaseStatus.SUCCEEDED, agreement=True, judicial=JudicialState.OPEN, judicial_deadline=date(2026, 3, 31)
    )
    assert _apply_judicial(facts) == (True, None, {})
