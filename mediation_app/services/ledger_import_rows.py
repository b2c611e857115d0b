"""Turning checked ledger entries into linked rows for the bulk insert: numbers, parties, mediators, agreements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from mediation_app.domain.clocks import add_months
from mediation_app.domain.errors import DomainError
from mediation_app.domain.ledger_import import LedgerEntry
from mediation_app.domain.ledger_import_values import LedgerResult, looks_like_organisation
from mediation_app.domain.numbering import format_number, parse_number
from mediation_app.domain.vocabulary import (
    CaseStatus,
    ClockKind,
    DisputeType,
    MediatorRole,
    Outcome,
    PartyKind,
    PartyRole,
    RiskLevel,
    Route,
)

STATUS_OF_RESULT = {
    LedgerResult.SUCCESS: (CaseStatus.CLOSED, Outcome.SUCCESS),
    LedgerResult.FAILURE: (CaseStatus.FAILED, Outcome.FAILURE),
    LedgerResult.IN_PROGRESS: (CaseStatus.MEDIATING, None),
}


class CaseNumbers:
    """Keeps the sheet's 案号 where it reads as a number and is free; issues the rest from the counters.

    Kept numbers are decided first, so an issued number never takes a (year, sequence) the sheet uses."""

    def __init__(self, prefix: str, counters: dict[int, int], taken: set[str], pairs: set[tuple[int, int]]) -> None:
        self.prefix, self.last, self.taken, self.pairs = prefix, dict(counters), set(taken), set(pairs)
        self.assigned: dict[str, tuple[str, int, int]] = {}  # entry key → (number, year, seq)
        self.kept = 0

    def assign(self, entries: Sequence[LedgerEntry]) -> None:
        for entry in entries:
            self._keep(entry)
        for entry in entries:
            if entry.key not in self.assigned:
                self._issue(entry)

    def _keep(self, entry: LedgerEntry) -> None:
        if not entry.number or entry.number in self.taken:
            return
        try:
            parsed = parse_number(entry.number)
        except DomainError:
            return
        if (parsed.year, parsed.seq) in self.pairs:
            return
        self._take(entry, entry.number, parsed.year, parsed.seq)
        self.kept += 1

    def _issue(self, entry: LedgerEntry) -> None:
        year = entry.received.year
        seq = self.last.get(year, 0) + 1
        while (year, seq) in self.pairs or format_number(year, self.prefix, seq) in self.taken:
            seq += 1
        self._take(entry, format_number(year, self.prefix, seq), year, seq)

    def _take(self, entry: LedgerEntry, number: str, year: int, seq: int) -> None:
        self.assigned[entry.key] = (number, year, seq)
        self.taken.add(number)
        self.pairs.add((year, seq))
        self.last[year] = max(self.last.get(year, 0), seq)


def _at(day: date) -> datetime:
    return datetime.combine(day, time())


def _title(entry: LedgerEntry) -> str:
    kind = entry.dispute_type_original.removesuffix("纠纷") if entry.dispute_type is DisputeType.OTHER else ""
    kind = kind or entry.dispute_type.zh
    other = f"与{entry.respondents[0]}" if entry.respondents else ""
    return f"{entry.applicants[0]}{other}{kind}纠纷"[:200]


def _mediator_role(name: str) -> MediatorRole:
    if "警" in name:
        return MediatorRole.POLICE_OFFICER
    return MediatorRole.LAWYER if "律师" in name else MediatorRole.PEOPLES_MEDIATOR


def _note(entry: LedgerEntry, source: str, number: str) -> str:
    parts = [f"由台账《{source}》第{entry.row}行导入。"]
    if entry.number and entry.number != number:
        parts.append(f"台账原案号：{entry.number}（已被占用或不是本室案号格式，导入时另行编号）。")
    if entry.note:
        parts.append(f"备注：{entry.note}")
    return "".join(parts)


class RowBuilder:
    """Builds the row dicts of one case at a time with explicit ids, like the demo generator."""

    def __init__(self, ids: dict[str, int], office_id: int, source: str, stamp: datetime) -> None:
        self.ids, self.office_id, self.source, self.stamp = ids, office_id, source, stamp
        self.rows: dict[str, list[dict[str, Any]]] = {}

    def take_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def flush(self) -> dict[str, list[dict[str, Any]]]:
        rows, self.rows = self.rows, {}
        return rows

    def case(self, entry: LedgerEntry, number: tuple[str, int, int], agreement_number: str | None) -> int:
        cid = self.take_id("cases")
        self._parties(cid, entry)
        for lead, name in enumerate(entry.mediators):
            self.add("case_mediators", self._mediator(cid, name, lead == 0))
        row = self._case_row(cid, entry, number)
        self.add("cases", row)
        if agreement_number is not None:
            self.add("agreements", self._agreement(cid, entry, agreement_number, row["closed_at"]))
        return cid

    def _case_row(self, cid: int, entry: LedgerEntry, number: tuple[str, int, int]) -> dict[str, Any]:
        status, outcome = STATUS_OF_RESULT[entry.result]
        received = _at(entry.received)
        closed = _at(entry.closed or entry.received) if outcome else None
        return {
            "id": cid,
            "office_id": self.office_id,
            "number": number[0],
            "number_year": number[1],
            "number_seq": number[2],
            "title": _title(entry),
            "status": status,
            "outcome": outcome,
            "channel": entry.channel,
            "referrer_unit": "",
            "referrer_person": "",
            "received_at": received,
            "received_by_id": None,
            "dispute_type": entry.dispute_type,
            "dispute_type_original": entry.dispute_type_original,
            "place": "",
            "occurred_at": None,
            "community": entry.community,
            "grid": entry.grid,
            "people_involved": len(entry.applicants) + len(entry.respondents),
            "amount_fen": entry.amount_fen,
            "facts": entry.facts,
            "risk": entry.risk or RiskLevel.YELLOW,
            "risk_suggested": None,
            "risk_reasons": "",
            "risk_override_reason": "",
            "may_escalate": False,
            "route": Route.PEOPLES_MEDIATION,
            "clock": ClockKind.PEOPLES_MEDIATION,
            "accepted_at": received,
            "due_date": add_months(entry.received, 1),
            "closed_at": closed,
            "not_accepted_reason": None,
            "not_accepted_grounds": "",
            "decision_note": _note(entry, self.source, number[0]),
            "competent_body_id": None,
            "termination_code": None,
            "termination_reason": f"台账记载：{entry.result_text}" if outcome is Outcome.FAILURE else "",
            "routes_told": "",
            "prevented_criminal": False,
            "prevented_mass_petition": False,
            "resolved_level": "",
            "archive_number": None,
            "archived_at": None,
            "applicant_names": "、".join(entry.applicants)[:300],
            "respondent_names": "、".join(entry.respondents)[:300],
            "mediator_names": "、".join(entry.mediators)[:200],
            "import_key": entry.key,
            "version": 1,
            "created_at": self.stamp,
            "updated_at": self.stamp,
        }

    def _parties(self, cid: int, entry: LedgerEntry) -> None:
        people = [(PartyRole.APPLICANT, n) for n in entry.applicants]
        people += [(PartyRole.RESPONDENT, n) for n in entry.respondents]
        for position, (role, name) in enumerate(people):
            pid = self.take_id("parties")
            self.add("parties", self._party(pid, name))
            self.add("case_parties", self._link(cid, pid, role, position))

    def _party(self, pid: int, name: str) -> dict[str, Any]:
        kind = PartyKind.ORGANISATION if looks_like_organisation(name) else PartyKind.PERSON
        return {
            "id": pid,
            "kind": kind,
            "name": name,
            "gender": None,
            "ethnicity": "",
            "birth_date": None,
            "age": None,
            "id_number": None,
            "phone": "",
            "address": "",
            "occupation": "",
            "employer": "",
            "credit_code": None,
            "legal_rep_name": "",
            "legal_rep_title": "",
            "version": 1,
            "created_at": self.stamp,
            "updated_at": self.stamp,
        }

    def _link(self, cid: int, pid: int, role: PartyRole, position: int) -> dict[str, Any]:
        return {
            "id": self.take_id("case_parties"),
            "case_id": cid,
            "party_id": pid,
            "role": role,
            "position": position,
            "requests": "",
            "agent_name": "",
            "agent_id_number": None,
            "agent_phone": "",
            "agent_authority": None,
            "agent_relation": "",
        }

    def _mediator(self, cid: int, name: str, lead: bool) -> dict[str, Any]:
        return {
            "id": self.take_id("case_mediators"),
            "case_id": cid,
            "user_id": None,
            "name": name,
            "role": _mediator_role(name),
            "is_lead": lead,
        }

    def _agreement(self, cid: int, entry: LedgerEntry, number: str, closed: datetime) -> dict[str, Any]:
        assert entry.agreement_kind is not None
        return {
            "id": self.take_id("agreements"),
            "case_id": cid,
            "kind": entry.agreement_kind,
            "number": number,
            "facts": entry.facts,
            "disputed_matters": "",
            "responsibilities": "",
            "performance_manner": "",
            "performance_place": "",
            "performance_deadline": None,
            "amount_fen": entry.amount_fen or None,
            "copies": None,
            "effective_on": closed.date(),
            "judicial_applied_on": None,
            "court_decision": None,
            "court_decided_on": None,
            "court_name": "",
            "personal_status": None,
            "version": 1,
            "created_at": self.stamp,
            "updated_at": self.stamp,
        }
