"""The 联席会议's papers: the contexts of the agenda and the minutes, their preview and their issue."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from mediation_app.domain.vocabulary import FormCode, RiskLevel
from mediation_app.printing.forms import load_form
from mediation_app.printing.render import render_pdf
from mediation_app.services.arguments import check_arguments
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.documents import PrintedForm
from mediation_app.services.meeting_agenda import AgendaReason
from mediation_app.services.meetings import AgendaCase, MeetingDetail, load_detail, meeting_in_office
from mediation_app.services.print_context import cn_date
from mediation_app.storage import documents as paper_store
from mediation_app.storage import meeting_queries as store
from mediation_app.storage.audit import record_event
from mediation_app.storage.engine import DbSession
from mediation_app.storage.models import Office

MEETING_FORMS = (FormCode.MEETING_AGENDA, FormCode.MEETING_MINUTES)
WEEKDAYS = "一二三四五六日"


def _time(at: datetime, *, weekday: bool) -> str:
    day = f"{cn_date(at)}（星期{WEEKDAYS[at.weekday()]}）" if weekday else cn_date(at)
    return f"{day}{at.hour}时{at.minute:02d}分"


def _session(at: datetime, number: int) -> str:
    half = "上" if at.day <= 15 else "下"
    return f"{at.year}年第{number}期（{at.month}月{half}半月）"


def _reasons(codes: tuple[str, ...]) -> str:
    labels = {r.value: r.zh for r in AgendaReason}
    return "、".join(labels.get(code, code) for code in codes) or "会议增列"


def _head(detail: MeetingDetail, office: Office, number: int, *, weekday: bool) -> dict[str, Any]:
    d = detail.data
    return {
        "office_name": office.name,
        "session": _session(d.held_at, number),
        "time": _time(d.held_at, weekday=weekday),
        "place": d.place,
        "host": d.host,
        "recorder": "",  # written in by hand: the meeting keeps no recorder
        "attendees": d.attendees,
    }


def _risk(risk: RiskLevel) -> str:
    return risk.zh


def agenda_context(
    detail: MeetingDetail, office: Office, number: int, previous: tuple[int, int], today: date
) -> dict[str, Any]:
    """联席会议议程: the meeting, last meeting's decisions carried out, and the cases in agenda order."""
    cases = [
        {
            "no": no,
            "case_number": c.first.case_number or "",
            "summary": "：".join(p for p in (c.first.title, c.first.topic) if p),
            "risk": _risk(c.first.risk),
            "reasons": _reasons(c.first.reasons),
        }
        for no, c in enumerate(detail.cases, start=1)
    ]
    return {
        **_head(detail, office, number, weekday=True),
        "previous_decisions": previous[0],
        "previous_done": previous[1],
        "case_count": len(cases),
        "cases": cases,
        "date": cn_date(today),
    }


def _decision_text(case: AgendaCase) -> str:
    decisions = [f"{n}. {i.decision}" for n, i in enumerate(case.decisions, start=1)]
    parts = [f"研判意见：{case.first.discussion}" if case.first.discussion else "", "会议决定：" + "；".join(decisions)]
    return "\n".join(p for p in parts if p) if decisions else case.first.discussion


def minutes_context(detail: MeetingDetail, office: Office, number: int) -> dict[str, Any]:
    """联席会议纪要: each case with its discussion and decisions, then every decision as a task (who, by when)."""
    cases = [
        {
            "no": no,
            "case": " ".join(p for p in (c.first.case_number or "", c.first.title) if p),
            "risk": _risk(c.first.risk),
            "decision": _decision_text(c),
        }
        for no, c in enumerate(detail.cases, start=1)
    ]
    decided = [i for c in detail.cases for i in c.decisions]
    tasks = [
        {"no": no, "task": i.decision, "owner": i.assignee, "due": cn_date(i.due_on)}
        for no, i in enumerate(decided, start=1)
    ]
    return {
        **_head(detail, office, number, weekday=False),
        "summary": detail.data.summary,
        "cases": cases,
        "tasks": tasks,
        "date": cn_date(detail.data.held_at),
    }


def _code(form_id: str) -> FormCode:
    code = next((c for c in MEETING_FORMS if c.value == form_id), None)
    if code is None:
        raise ServiceError("print.unknown_form", form=form_id)
    return code


def _context(session: DbSession, ctx: ServiceContext, code: FormCode, meeting_id: int, today: date) -> dict[str, Any]:
    meeting = meeting_in_office(session, ctx, meeting_id)
    detail = load_detail(session, meeting)
    office = session.get(Office, ctx.office_id)
    assert office is not None
    number = store.meeting_number_in_year(session, meeting)
    if code is FormCode.MEETING_AGENDA:
        return agenda_context(detail, office, number, store.previous_decisions(session, meeting), today)
    return minutes_context(detail, office, number)


def preview_meeting_paper(
    ctx: ServiceContext, meeting_id: int, form_id: str, *, today: date | None = None
) -> PrintedForm:
    """The agenda or the minutes as they would print; nothing is written."""
    code = _code(form_id)
    with ctx.db.read() as session:
        context = _context(session, ctx, code, meeting_id, today or date.today())
    pdf = render_pdf(load_form(form_id), context)
    return PrintedForm(form_id, pdf, hashlib.sha256(pdf).hexdigest(), None, None)


def issue_meeting_paper(
    ctx: ServiceContext, meeting_id: int, form_id: str, *, today: date | None = None
) -> PrintedForm:
    """Render the paper and register it as issued for the meeting (who, when, hash, context, form text)."""
    check_arguments(locals(), issue_meeting_paper)
    code = _code(form_id)
    spec = load_form(form_id)
    with ctx.db.write() as session:
        context = _context(session, ctx, code, meeting_id, today or date.today())
        pdf = render_pdf(spec, context)
        digest = hashlib.sha256(pdf).hexdigest()
        paper_store.keep_form_version(session, spec.sha256, spec.id, spec.text, spec.common_text)
        document = paper_store.add_issued(
            session,
            case_id=None,
            form=code,
            number=None,
            user_id=ctx.user_id,
            sha256=digest,
            form_sha256=spec.sha256,
            context_json=json.dumps(context, ensure_ascii=False, sort_keys=True),
        )
        document.meeting_id = meeting_id
        record_event(
            session,
            user_id=ctx.user_id,
            action="print",
            entity="issued_document",
            entity_id=document.id,
            after={"form": form_id, "meeting_id": meeting_id, "sha256": digest},
        )
        return PrintedForm(form_id, pdf, digest, None, document.id)
