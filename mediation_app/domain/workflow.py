"""The case workflow: which status may follow which, and what a status says about the case."""

from __future__ import annotations

from collections.abc import Iterable

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus

_S = CaseStatus

TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    _S.REGISTERED: frozenset({_S.ACCEPTED, _S.NOT_ACCEPTED, _S.DIVERTED}),
    _S.ACCEPTED: frozenset({_S.MEDIATING, _S.DIVERTED, _S.FAILED}),
    # Back to ACCEPTED when the receiving body returns the case; CLOSED once its feedback arrives.
    _S.DIVERTED: frozenset({_S.ACCEPTED, _S.CLOSED}),
    _S.MEDIATING: frozenset({_S.SUCCEEDED, _S.FAILED, _S.DIVERTED}),
    _S.SUCCEEDED: frozenset({_S.CLOSED}),
    _S.FAILED: frozenset({_S.CLOSED}),
    _S.NOT_ACCEPTED: frozenset({_S.ARCHIVED}),
    _S.CLOSED: frozenset({_S.ARCHIVED}),
    _S.ARCHIVED: frozenset(),
}

_OPEN = frozenset({_S.ACCEPTED, _S.DIVERTED, _S.MEDIATING})
_OUTCOMES = frozenset({_S.SUCCEEDED, _S.FAILED})
_AFTER_OUTCOME = frozenset({_S.CLOSED, _S.ARCHIVED})


def allowed_next(status: CaseStatus) -> frozenset[CaseStatus]:
    """The statuses a case in ``status`` may move to."""
    return TRANSITIONS[status]


def can_transition(frm: CaseStatus, to: CaseStatus) -> bool:
    return to in TRANSITIONS[frm]


def check_transition(frm: CaseStatus, to: CaseStatus) -> None:
    """Raise DomainError("status.transition", frm=..., to=...) unless ``frm`` may move to ``to``."""
    if not can_transition(frm, to):
        raise DomainError("status.transition", frm=frm.value, to=to.value)


def check_history(statuses: Iterable[CaseStatus]) -> None:
    """Check a whole status history, first to last, one step at a time."""
    previous: CaseStatus | None = None
    for status in statuses:
        if previous is not None:
            check_transition(previous, status)
        previous = status


def is_open(status: CaseStatus) -> bool:
    """Whether the case's clock still runs (accepted, diverted and awaiting feedback, or mediating)."""
    return status in _OPEN


def is_final(status: CaseStatus) -> bool:
    """Nothing may follow."""
    return not TRANSITIONS[status]


def is_outcome(status: CaseStatus, *, mediated: bool = False) -> bool:
    """Whether ``status`` records a mediation outcome.

    SUCCEEDED and FAILED always do. CLOSED and ARCHIVED do only when the case went through an
    outcome (``mediated=True``): a case closed on referral feedback or archived after non-acceptance
    has no mediation result of this room and must not count in the success rate.
    """
    return status in _OUTCOMES or (mediated and status in _AFTER_OUTCOME)


def outcome_of(history: Iterable[CaseStatus]) -> CaseStatus | None:
    """The last SUCCEEDED or FAILED in a status history, or None if mediation never concluded."""
    outcome: CaseStatus | None = None
    for status in history:
        if status in _OUTCOMES:
            outcome = status
    return outcome


def reachable_from(status: CaseStatus) -> frozenset[CaseStatus]:
    """Every status that some sequence of allowed transitions leads to from ``status`` (itself excluded
    unless a cycle returns to it)."""
    seen: set[CaseStatus] = set()
    frontier = list(TRANSITIONS[status])
    while frontier:
        current = frontier.pop()
        if current not in seen:
            seen.add(current)
            frontier.extend(TRANSITIONS[current])
    return frozenset(seen)
