"""The context of every case form, built from the stored case (the sample contexts in forms/samples are the contract).

Each builder takes the case's papers and the fields every form shares, and adds the form's own; a case that lacks
what a form needs (no agreement for a 协议书, no session for a 调解记录…) is refused with ``print.needs`` naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from mediation_app.domain.vocabulary import (
    AgreementKind,
    BodyKind,
    CaseSource,
    CaseStatus,
    FormCode,
    SessionKind,
    source_of_channel,
)
from mediation_app.services.context import ServiceError
from mediation_app.services.decisions import not_accepted_grounds
from mediation_app.services.print_context import agreement_context, case_context, cn_date
from mediation_app.storage.documents import CasePapers
from mediation_app.storage.models import Agreement, ExternalBody, MediationSession, Referral

Context = dict[str, Any]
Builder = Callable[[CasePapers, Context, "FormWording"], Context]
JUDICIAL_WINDOW_DAYS = 30  # 司法确认: within 30 days of the agreement taking effect
RETENTION = "长期"  # 卷宗保管期限 unless the office writes another on the cover


class FormWording:
    """The form file's shared wording a builder needs (e.g. how 履行方式、地点、期限 read)."""

    def __init__(self, performance: str) -> None:
        self.performance = performance


def cn_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{cn_date(moment)}{moment.hour}时{moment.minute:02d}分"


# What a form may need that the case lacks (the ``what`` of print.needs), with its Chinese name.
NEEDS = {
    "referral_body": "委托或分流的承接单位",
    "investigation": "调查记录",
    "mediation_session": "调解记录",
    "written_agreement": "书面调解协议",
    "oral_agreement": "口头协议",
    "decision": "受理或分流决定",
    "not_accepted": "不予受理决定及理由",
    "scheduled_session": "已安排、尚未召开的调解",
    "termination": "终止调解的决定及理由",
    "visit": "回访记录",
    "effective_date": "调解协议的生效日期",
    "closed": "结案（卷宗在结案后立卷）",
}


def _needs(what: str) -> ServiceError:
    return ServiceError("print.needs", what=what)


def _body(papers: CasePapers, body_id: int | None) -> Context:
    body: ExternalBody | None = papers.bodies.get(body_id) if body_id is not None else None
    if body is None:
        return {"name": "", "address": "", "phone": ""}
    return {"name": body.name, "address": body.address, "phone": body.phone}


def _last_referral(papers: CasePapers) -> Referral | None:
    return papers.referrals[-1] if papers.referrals else None


def _outside_referral(papers: CasePapers) -> Referral:
    referral = next((r for r in reversed(papers.referrals) if r.body_id is not None), None)
    if referral is None:
        raise _needs("referral_body")
    return referral


def _session(papers: CasePapers, kind: SessionKind) -> MediationSession:
    """The latest session of ``kind`` that was held (a record is of a held session, not a planned one)."""
    found = [s for s in papers.sessions if s.kind is kind and s.held_at is not None]
    if not found:
        raise _needs("investigation" if kind is SessionKind.INVESTIGATION else "mediation_session")
    return found[-1]


def _agreement(papers: CasePapers, kind: AgreementKind) -> Agreement:
    found = [a for a in papers.agreements if a.kind is kind]
    if not found:
        raise _needs("written_agreement" if kind is AgreementKind.WRITTEN else "oral_agreement")
    return found[-1]


def _first_applicant(base: Context) -> str:
    names: list[str] = [p["name"] for p in base["parties"] if p["role"] == "申请人"]
    return (names or [p["name"] for p in base["parties"]] or [""])[0]


def _user(papers: CasePapers, user_id: int | None) -> str:
    return str(papers.users.get(user_id, "")) if user_id is not None else ""


def _matter(papers: CasePapers) -> str:
    return papers.case.title or papers.case.dispute_type.zh + "纠纷"


def application(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    parties = [p for p in base["parties"] if p["role"] != "被申请人"]
    respondents = [p for p in base["parties"] if p["role"] == "被申请人"]
    requests = [p["requests"] for p in parties if p["requests"]]
    return {**base, "parties": parties, "respondents": respondents, "requests": requests}


def acceptance_register(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    case = papers.case
    source = source_of_channel(case.channel)
    return {
        **base,
        "sources": source.value if source in (CaseSource.APPLICATION, CaseSource.PROACTIVE) else "application",
        "occurred_at": cn_date(case.occurred_at),
        "occurred_place": case.place,
        "people": f"{case.people_involved}人" if case.people_involved else "",
        "risk": case.risk.zh,
        "summary": case.facts,
        "opinion": case.decision_note,
        "registrar": _user(papers, case.received_by_id),
        "accepted_date": cn_date(case.accepted_at),
    }


def rights_notice(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    return {**base, "matter": _matter(papers)}


_DIVERSION_REASON = {
    BodyKind.POLICE_STATION: "police_matter",
    BodyKind.LABOUR_ARBITRATION: "labour",
    BodyKind.COURT: "already_handled",
    BodyKind.SPECIALISED_COMMITTEE: "specialised",
    BodyKind.LEGAL_AID_CENTRE: "legal_aid",
}


def diversion_notice(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    case = papers.case
    referral = _last_referral(papers)
    if case.status is CaseStatus.NOT_ACCEPTED:
        decision = "not_accepted"
    elif referral is not None and referral.body_id is not None:
        decision = "diverted"
    elif case.status is CaseStatus.REGISTERED:
        raise _needs("decision")
    else:
        decision = "accepted"
    body_id = referral.body_id if referral is not None and referral.body_id else case.competent_body_id
    body = papers.bodies.get(body_id) if body_id else None
    reason = _DIVERSION_REASON.get(body.kind, "other") if body is not None else "other"
    decided = referral.decided_at if referral is not None else (case.accepted_at or case.received_at)
    return {
        **base,
        "party_name": _first_applicant(base),
        "matter": _matter(papers),
        "decisions": decision,
        "reasons": reason,
        "reason_detail": (referral.reason if referral is not None else "") or case.decision_note,
        "body": _body(papers, body_id),
        "bring": "",
        "decision": {"diverted": "分流", "accepted": "受理", "not_accepted": "不予受理"}[decision]
        + (f"至{body.name}" if body is not None and decision == "diverted" else ""),
        "feedback_due": cn_date(referral.feedback_due) if referral is not None else "",
        "handler": _user(papers, referral.decided_by_id if referral is not None else case.received_by_id),
        "date": cn_date(decided),
    }


def not_accepted_notice(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    case = papers.case
    if case.status is not CaseStatus.NOT_ACCEPTED or case.not_accepted_reason is None:
        raise _needs("not_accepted")
    return {
        **base,
        "party_name": _first_applicant(base),
        "matter": _matter(papers),
        "reasons": [reason.value for reason in not_accepted_grounds(case)],  # every ground ticked
        "other_reason": case.decision_note,
        "body": _body(papers, case.competent_body_id),
    }


def _entrust_common(papers: CasePapers, base: Context) -> tuple[Referral, Context]:
    referral = _outside_referral(papers)
    deadline = cn_date(referral.feedback_due)
    return referral, {**base, "matter": _matter(papers), "deadline": deadline}


def entrust_letter(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    referral, context = _entrust_common(papers, base)
    body = _body(papers, referral.body_id)
    return {
        **context,
        "number": referral.letter_number or base["number"],
        "receiver": body["name"],
        "summary": papers.case.facts,
        "consent": referral.reason,
        "receipt_days": "",
        "report_days": "",
        "contact": _user(papers, referral.decided_by_id),
        "contact_phone": papers.office.phone,
        "attachments": "",
        "date": cn_date(referral.decided_at),
    }


def entrust_confirmation(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    referral, context = _entrust_common(papers, base)
    body = _body(papers, referral.body_id)
    return {
        **context,
        "number": "",
        "entrusting_body": papers.office.name,
        "letter_number": referral.letter_number or "",
        "committee_name": body["name"],
        "report_days": "",
        "date": cn_date(referral.confirmed_at),
    }


def _session_time(session: MediationSession) -> str:
    return cn_time(session.held_at or session.scheduled_at)


def session_notice(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    upcoming = [s for s in papers.sessions if s.kind is SessionKind.MEDIATION and s.scheduled_at and not s.held_at]
    if not upcoming:
        raise _needs("scheduled_session")
    session = upcoming[0]
    return {
        **base,
        "matter": _matter(papers),
        "session_time": _session_time(session),
        "place": session.place,
        "mediators": session.mediators or base["mediators"],
        "bring": "",
        "contact": base["mediators"].split("、")[0] if base["mediators"] else "",
        "contact_phone": papers.office.phone,
    }


def investigation_record(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    session = _session(papers, SessionKind.INVESTIGATION)
    return {
        **base,
        "time": _session_time(session),
        "place": session.place,
        "matter": _matter(papers),
        "investigators": session.mediators or base["mediators"],
        "recorder": session.recorder,
        "attendees": session.attendees,
        "record": session.record_text,
        "date": cn_date(session.held_at or session.scheduled_at),
    }


def mediation_record(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    session = _session(papers, SessionKind.MEDIATION)
    held = [s for s in papers.sessions if s.kind is SessionKind.MEDIATION]
    invited = "、".join(f"{p.name}（{p.relation}）" if p.relation else p.name for p in papers.participants)
    return {
        **base,
        "time": _session_time(session),
        "place": session.place,
        "session": f"第{held.index(session) + 1}次",
        "matter": _matter(papers),
        "mediators": session.mediators or base["mediators"],
        "recorder": session.recorder,
        "invited": invited,
        "recusal": "否",
        "record": _record_text(papers, session),
        "result": session.result,
    }


def _record_text(papers: CasePapers, session: MediationSession) -> str:
    """调解经过: each party's statement, then the record as written, then the mediator's work."""
    names = {link.id: link.party.name for link in papers.case.parties}
    said = [f"{names.get(s.case_party_id, '')}陈述：{s.statement}" for s in session.statements]
    return "\n".join(part for part in (*said, session.record_text, session.mediator_work) if part)


def agreement(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    return agreement_context(base, _agreement(papers, AgreementKind.WRITTEN), wording.performance)


def oral_agreement(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    oral = _agreement(papers, AgreementKind.ORAL)
    context = agreement_context(base, oral, wording.performance)
    return {
        **context,
        "number": base["case_number"],
        "summary": oral.facts or papers.case.facts,
        "agreement_content": "；".join(context["terms"]),
        "agreed_date": context["date"],
        "place": papers.case.place,
        "registrar": base["mediators"].split("、")[0] if base["mediators"] else "",
    }


def termination_notice(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    case = papers.case
    if case.status is not CaseStatus.FAILED and case.termination_code is None and not case.termination_reason:
        raise _needs("termination")  # (a terminated case stays printable after it is closed: it has its code)
    return {
        **base,
        "matter": _matter(papers),
        "accepted_date": cn_date(case.accepted_at),
        "reasons": case.termination_code.value if case.termination_code else "other",
        "reason_detail": case.termination_reason,
        "route": case.routes_told,
        "body": _body(papers, case.competent_body_id),
        "date": cn_date(case.closed_at) or base["date"],
    }


def visit_record(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    if not papers.visits:
        raise _needs("visit")
    visit = papers.visits[-1]
    agreements = [a for a in papers.agreements if visit.agreement_id in (None, a.id)]
    signed = agreements[-1] if agreements else None
    return {
        **base,
        "visitee": visit.visitee,
        "visitee_phone": visit.visitee_phone,
        "agreement_number": (signed.number or "") if signed is not None else "",
        "agreement_date": cn_date(signed.effective_on) if signed is not None else "",
        "matter": _matter(papers),
        "time": cn_date(visit.visited_on),
        "method": visit.method.zh,
        "place": visit.place,
        "performance": visit.performance.value if visit.performance else "",
        "performance_detail": visit.note,
        "satisfaction": visit.satisfaction.value if visit.satisfaction else "",
        "later_suit": "是" if visit.later_suit else "否",
        "residual_risk": visit.residual_risk,
        "visitee_opinion": "",
        "visitor_opinion": "",
        "date": cn_date(visit.visited_on),
    }


def judicial_confirmation(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    signed = _agreement(papers, AgreementKind.WRITTEN)
    if signed.effective_on is None:
        raise _needs("effective_date")
    context = agreement_context(base, signed, wording.performance)
    return {
        **context,
        "agreement_date": cn_date(signed.effective_on),
        "agreement_number": signed.number or "",
        "agreement_effective": cn_date(signed.effective_on),
        "deadline": cn_date(signed.effective_on + timedelta(days=JUDICIAL_WINDOW_DAYS)),
        "court": signed.court_name,
        "attachments": "",
        "date": base["date"],
    }


def _file_common(papers: CasePapers, base: Context) -> Context:
    case = papers.case
    if case.closed_at is None:
        raise _needs("closed")
    return {**base, "file_number": case.archive_number or ""}  # the 卷号 is given when the cover is issued


def file_cover(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    case = papers.case
    return {
        **_file_common(papers, base),
        "file_name": _matter(papers),
        "start_date": cn_date(case.accepted_at or case.received_at),
        "end_date": cn_date(case.closed_at),
        "filed_by": "",
        "filed_date": cn_date(case.archived_at),
        "retention": RETENTION,
        "remarks": "",
    }


# 卷内目录 in the order the file is bound (domain §4); a form prints once per issued paper of its kind.
FILE_ORDER = (
    (FormCode.APPLICATION, FormCode.ACCEPTANCE_REGISTER),
    (FormCode.RIGHTS_NOTICE,),
    ("身份证明",),
    ("授权委托书",),
    (FormCode.INVESTIGATION_RECORD,),
    ("证据材料",),
    (FormCode.MEDIATION_RECORD,),
    (FormCode.AGREEMENT, FormCode.ORAL_AGREEMENT),
    ("履行凭证",),
    (FormCode.VISIT_RECORD,),
    (FormCode.JUDICIAL_CONFIRMATION,),
    ("卷宗情况说明",),
    (FormCode.FILE_BACK,),
)
_ATTACHMENT_ENTRY = {"身份证明": "id_copy", "证据材料": "evidence", "履行凭证": "receipt"}


def file_contents(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    issued = {d.form for d in papers.issued}
    attached = {a.kind.value for a in papers.attachments}
    names: list[str] = []
    for entry in FILE_ORDER:
        for item in entry:
            if isinstance(item, FormCode):
                if item in issued or item is FormCode.FILE_BACK:
                    names.append(item.zh)
            elif _ATTACHMENT_ENTRY.get(item) in attached or (
                item == "授权委托书" and any(p["agent_name"] for p in base["parties"])
            ):
                names.append(item)
    items = [{"no": n, "name": name, "pages": "", "remarks": ""} for n, name in enumerate(names, start=1)]
    return {**_file_common(papers, base), "items": items}


def file_back(papers: CasePapers, base: Context, wording: FormWording) -> Context:
    return {
        **_file_common(papers, base),
        "pages": "",
        "exhibits": "",
        "note": "",
        "filed_by": "",
        "filed_date": cn_date(papers.case.archived_at),
        "checked_by": "",
        "checked_date": "",
    }


BUILDERS: dict[FormCode, Builder] = {
    FormCode.AGREEMENT: agreement,
    FormCode.ORAL_AGREEMENT: oral_agreement,
    FormCode.DIVERSION_NOTICE: diversion_notice,
    FormCode.NOT_ACCEPTED_NOTICE: not_accepted_notice,
    FormCode.ENTRUST_LETTER: entrust_letter,
    FormCode.ENTRUST_CONFIRMATION: entrust_confirmation,
    FormCode.SESSION_NOTICE: session_notice,
    FormCode.APPLICATION: application,
    FormCode.ACCEPTANCE_REGISTER: acceptance_register,
    FormCode.RIGHTS_NOTICE: rights_notice,
    FormCode.INVESTIGATION_RECORD: investigation_record,
    FormCode.MEDIATION_RECORD: mediation_record,
    FormCode.TERMINATION_NOTICE: termination_notice,
    FormCode.VISIT_RECORD: visit_record,
    FormCode.JUDICIAL_CONFIRMATION: judicial_confirmation,
    FormCode.FILE_COVER: file_cover,
    FormCode.FILE_CONTENTS: file_contents,
    FormCode.FILE_BACK: file_back,
}
# The office's papers (台账, 联席会议) are printed from the ledger and the meetings, not from a case.
OFFICE_FORMS = frozenset({FormCode.LEDGER, FormCode.MEETING_AGENDA, FormCode.MEETING_MINUTES})


def build_context(code: FormCode, papers: CasePapers, today: date, wording: FormWording) -> Context:
    """The whole context of ``code`` for the case; ServiceError when the case lacks what the form needs."""
    return BUILDERS[code](papers, case_context(papers.case, papers.office, today), wording)
