"""The work on an accepted case: why mediation ended without agreement, when the follow-up is done, and which
actions the case window offers now (each refused action with the code saying why)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mediation_app.domain.agreement_rules import JudicialState
from mediation_app.domain.vocabulary import CaseStatus, Outcome, Vocabulary

_S = CaseStatus


class TerminationReason(Vocabulary):
    """终止调解 grounds as the 终止调解告知书 ticks them (人民调解法 Art. 26)."""

    PARTY_WITHDRAWS = ("party_withdraws", "当事人撤回申请或明确表示不愿继续调解", "A party withdraws or refuses")
    NO_AGREEMENT = ("no_agreement", "分歧较大，不能达成调解协议", "The parties cannot agree")
    PARTY_ABSENT = ("party_absent", "一方当事人无正当理由不参加调解", "A party stays away without good reason")
    OVER_TIME = ("over_time", "超过约定的调解期限", "The agreed time ran out")
    OTHER_PROCEEDINGS = ("other_proceedings", "纠纷已进入仲裁、行政或诉讼程序", "Other proceedings began")
    OTHER = ("other", "其他", "Other")


def followup_done(outcome: Outcome | None, visits: int) -> bool:
    """A successful mediation is closed only after a 回访 (the committee supervises performance, Art. 31);
    a terminated one may be closed at once (its parties were told their other routes)."""
    if outcome is Outcome.SUCCESS:
        return visits > 0
    return outcome is Outcome.FAILURE


class CaseAction(Vocabulary):
    """What the case window offers, in the order of the work."""

    SCHEDULE_SESSION = ("schedule_session", "安排调解", "Schedule a session")
    RECORD_SESSION = ("record_session", "记录调解", "Record a session")
    RECORD_INVESTIGATION = ("record_investigation", "记录调查", "Record an investigation")
    EDIT_AGREEMENT = ("edit_agreement", "编辑调解协议", "Edit the agreement")
    MARK_EFFECTIVE = ("mark_effective", "协议生效", "Record the agreement as signed")
    REGISTER_ORAL = ("register_oral", "登记口头协议", "Register an oral agreement")
    TERMINATE = ("terminate", "终止调解", "End the mediation")
    APPLY_JUDICIAL = ("apply_judicial", "申请司法确认", "Apply for judicial confirmation")
    RECORD_COURT_DECISION = ("record_court_decision", "记录法院裁定", "Record the court's decision")
    RECORD_PERFORMANCE = ("record_performance", "记录履行", "Record performance")
    RECORD_VISIT = ("record_visit", "记录回访", "Record a follow-up visit")
    CLOSE = ("close", "结案", "Close the case")
    ARCHIVE = ("archive", "归档", "Archive the case file")
    ADD_ATTACHMENT = ("add_attachment", "添加附件", "Add an attachment")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the action rules look at, gathered from the stored case."""

    status: CaseStatus
    outcome: Outcome | None = None
    mediation_sessions: int = 0  # scheduled or held
    draft_agreement: bool = False  # a written agreement not yet in effect
    draft_problems: int = 0  # what the draft still lacks (agreement_problems)
    draft_printed: bool = False  # the 协议书 was issued (it has its number)
    agreement: bool = False  # an agreement (written or oral) is in effect
    judicial: JudicialState | None = None  # of the latest written agreement in effect
    judicial_reason: str | None = None
    judicial_deadline: date | None = None  # the 30-day window's last day, named in the refusal
    visits: int = 0
    file_problems: int = 0  # missing_from_file


@dataclass(frozen=True, slots=True)
class ActionState:
    action: CaseAction
    allowed: bool
    reason: str | None = None  # a code, when not allowed
    params: tuple[tuple[str, object], ...] = ()


_MEDIATING = frozenset({_S.ACCEPTED, _S.MEDIATING})
_ENDED = frozenset({_S.SUCCEEDED, _S.FAILED, _S.CLOSED})


def _by_status(action: CaseAction, status: CaseStatus, allowed: frozenset[CaseStatus]) -> ActionState:
    if status in allowed:
        return ActionState(action, True)
    if status is _S.ARCHIVED:
        return ActionState(action, False, "case.archived")
    return ActionState(action, False, "action.status", (("status", status.value),))


def _when(action: CaseAction, first: ActionState, ok: bool, code: str, *params: tuple[str, object]) -> ActionState:
    """``first`` (the status rule) if it refuses, else allowed when ``ok`` or refused with ``code``."""
    if not first.allowed or ok:
        return first
    return ActionState(action, False, code, params)


def _agreement_actions(f: CaseFacts) -> list[ActionState]:
    a = CaseAction
    edit = _by_status(a.EDIT_AGREEMENT, f.status, frozenset({_S.MEDIATING}))
    if f.status is _S.ACCEPTED:  # an agreement is reached in a session: schedule or record one first
        edit = ActionState(a.EDIT_AGREEMENT, False, "action.needs_session")
    effective = replace(edit, action=a.MARK_EFFECTIVE)
    effective = _when(a.MARK_EFFECTIVE, effective, f.draft_agreement, "action.no_agreement")
    incomplete = ("count", f.draft_problems)
    effective = _when(a.MARK_EFFECTIVE, effective, f.draft_problems == 0, "action.agreement_incomplete", incomplete)
    effective = _when(a.MARK_EFFECTIVE, effective, f.draft_printed, "action.agreement_not_printed")
    judicial_ok = f.judicial is JudicialState.OPEN
    applied = f.judicial is JudicialState.APPLIED
    judicial_reason = f.judicial_reason or "judicial.not_effective"
    return [
        edit,
        effective,
        replace(edit, action=a.REGISTER_ORAL),
        ActionState(
            a.APPLY_JUDICIAL,
            judicial_ok,
            None if judicial_ok else judicial_reason,
            (("deadline", f.judicial_deadline),) if f.judicial_deadline and not judicial_ok else (),
        ),
        ActionState(a.RECORD_COURT_DECISION, applied, None if applied else "judicial.not_applied"),
    ]


def next_actions(f: CaseFacts) -> tuple[ActionState, ...]:
    """Every action with whether it is allowed now; the reason code names what is missing or the status.
    An archived case offers nothing (an administrator's override is not an action of the window)."""
    a = CaseAction
    if f.status is _S.ARCHIVED:
        return tuple(ActionState(action, False, "case.archived") for action in CaseAction)
    performance = _by_status(a.RECORD_PERFORMANCE, f.status, frozenset({_S.SUCCEEDED, _S.CLOSED}))
    close = _by_status(a.CLOSE, f.status, frozenset({_S.SUCCEEDED, _S.FAILED}))
    archive = _by_status(a.ARCHIVE, f.status, frozenset({_S.CLOSED, _S.NOT_ACCEPTED}))
    return (
        _by_status(a.SCHEDULE_SESSION, f.status, _MEDIATING),
        _by_status(a.RECORD_SESSION, f.status, _MEDIATING),
        _by_status(a.RECORD_INVESTIGATION, f.status, _MEDIATING),
        *_agreement_actions(f),
        _by_status(a.TERMINATE, f.status, _MEDIATING),
        _when(a.RECORD_PERFORMANCE, performance, f.agreement, "action.no_agreement"),
        _by_status(a.RECORD_VISIT, f.status, _ENDED),
        _when(a.CLOSE, close, followup_done(f.outcome, f.visits), "case.followup_missing"),
        _when(a.ARCHIVE, archive, f.file_problems == 0, "action.file_incomplete", ("count", f.file_problems)),
        _by_status(a.ADD_ATTACHMENT, f.status, frozenset(CaseStatus) - {_S.ARCHIVED}),
    )
