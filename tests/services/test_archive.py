"""归档: the completeness check against the 卷内目录, the 卷宗 as one PDF with real page numbers, its 卷号 and
retention, and the archived case being read-only except to an administrator with a reason."""

from __future__ import annotations

from datetime import datetime

import pytest

from mediation_app.domain.casework import TerminationReason
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import AttachmentKind, CaseStatus, FormCode, UserRole, VisitMethod
from mediation_app.services import archive
from mediation_app.services.archive import build_archive, case_file_pdf, check_archive
from mediation_app.services.attachments import add_attachment
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import issue_case_form, reproduce_issued
from mediation_app.services.followup import TerminationInput, VisitInput, close_case, record_visit, terminate_mediation
from mediation_app.services.mediators import add_participant
from mediation_app.storage.models import AuditEvent, Case, IssuedDocument, User
from tests.printing.pdf_tools import page_count, pdftotext, squash
from tests.services.casework_flow import (
    TODAY,
    accepted_case,
    closed_case,
    image_bytes,
    pdf_bytes,
    signed_case,
)

WHEN = datetime(2026, 11, 20, 10, 0)


def _codes(ctx: ServiceContext, case_id: int) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in check_archive(ctx, case_id)]


def _case(ctx: ServiceContext, case_id: int) -> Case:
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case


def _as(ctx: ServiceContext, role: UserRole) -> ServiceContext:
    with ctx.db.write() as session:
        user = User(username=f"u{role.value}", display_name=f"{role.zh}甲", role=role)
        session.add(user)
        session.flush()
        return ServiceContext(ctx.db, ctx.office_id, user.id)


def test_a_closed_case_without_its_papers_lists_what_is_missing_in_contents_order(ctx: ServiceContext) -> None:
    signed = closed_case(ctx, papers=False)
    assert _codes(ctx, signed.case_id) == [
        ("archive.missing_item", "application"),
        ("archive.missing_item", "rights_notice"),
        ("archive.missing_item", "identity"),
        ("archive.missing_item", "mediation_record"),
    ]
    with pytest.raises(DomainError, match=r"archive\.incomplete"):
        build_archive(ctx, signed.case_id, when=WHEN)
    assert _case(ctx, signed.case_id).status is CaseStatus.CLOSED


def test_an_open_case_and_an_unsigned_agreement_are_not_archived(ctx: ServiceContext) -> None:
    signed = signed_case(ctx)
    assert ("archive.status", "status") in _codes(ctx, signed.case_id)
    assert ("archive.no_followup", "visits") in _codes(ctx, signed.case_id)
    with ctx.db.write() as session:
        document = session.get(IssuedDocument, signed.document_id)
        assert document is not None
        document.signed_original_id = None
    problems = check_archive(ctx, signed.case_id)
    assert [p.params for p in problems if p.code == "archive.unsigned_agreement"] == [
        {"number": signed.agreement_number}
    ]


def _page_text(pdf: bytes, page: int) -> str:
    return squash(pdftotext(pdf, page))


def test_the_file_is_one_pdf_with_real_page_numbers(ctx: ServiceContext) -> None:
    signed = closed_case(ctx)
    evidence = pdf_bytes("EVIDENCE-PAGES", 3)
    add_attachment(ctx, signed.case_id, evidence, "证据.pdf", AttachmentKind.EVIDENCE, note="现场照片")
    # The record of the same session printed again is bound once.
    issue_case_form(ctx, "mediation_record", signed.case_id, today=TODAY)
    assert check_archive(ctx, signed.case_id) == []
    result = build_archive(ctx, signed.case_id, retention="永久", when=WHEN)

    assert page_count(result.pdf) == result.pages == result.front_pages + result.numbered_pages
    names = [row.name for row in result.contents]
    assert names == [
        "人民调解申请书",
        "人民调解受理登记表",
        "当事人权利义务告知书",
        "身份证明",
        "证据材料",
        "调处通知书",
        "调解记录",
        "人民调解协议书",
        "履行凭证",
        "回访记录",
        "封底",
    ]
    expected_text = {
        "人民调解申请书": "人民调解申请书",
        "人民调解受理登记表": "人民调解受理登记表",
        "当事人权利义务告知书": "权利义务告知书",
        "证据材料": "EVIDENCE-PAGESp1",
        "调处通知书": "调处通知书",
        "调解记录": "调解记录",
        "人民调解协议书": "signedagreementp1",  # the signed scan, not the printout
        "回访记录": "回访记录",
        "封底": "卷宗封底",
    }
    for row in result.contents:
        first_page = result.front_pages + row.first_page
        text = _page_text(result.pdf, first_page)
        assert text.startswith(str(row.first_page)) or text.endswith(str(row.first_page)), (row.name, text[:40])
        if row.name in expected_text:
            assert expected_text[row.name] in text, row.name
    rows = {row.name: row for row in result.contents}
    assert rows["证据材料"].last_page - rows["证据材料"].first_page == 2  # the 3-page PDF
    assert rows["调解记录"].first_page == rows["调解记录"].last_page
    assert rows["调处通知书"].last_page - rows["调处通知书"].first_page == 1  # one notice per party
    assert rows["人民调解协议书"].remarks == f"{signed.agreement_number} 签字原件"
    assert rows["封底"].first_page == result.numbered_pages

    contents = squash(pdftotext(result.pdf, 2, raw=True))  # raw: row by row, as the table is drawn
    assert "卷内目录" in contents and squash(result.archive_number) in contents
    for row in result.contents:
        assert f"{row.no}{row.name}{row.pages}" in contents, row
    cover = _page_text(result.pdf, 1)
    assert "人民调解卷宗" in cover and squash(result.archive_number) in cover and "永久" in cover
    assert f"共有文书材料{result.numbered_pages}页" in _page_text(result.pdf, result.pages)
    assert result.archive_number == "（2026）某街人调字第0001号"


def test_archiving_marks_the_case_and_keeps_the_file(ctx: ServiceContext) -> None:
    signed = closed_case(ctx)
    result = build_archive(ctx, signed.case_id, when=WHEN)
    case = _case(ctx, signed.case_id)
    assert case.status is CaseStatus.ARCHIVED and case.archive_number == result.archive_number
    assert (case.archived_at, case.archive_retention) == (WHEN, "长期")
    assert case_file_pdf(ctx, signed.case_id) == result.pdf
    with ctx.db.read() as session:
        cover = session.query(IssuedDocument).filter(IssuedDocument.form == FormCode.FILE_COVER).one()
        assert cover.number == result.archive_number
        assert session.query(AuditEvent).filter(AuditEvent.action == "archive").count() == 1
    assert reproduce_issued(ctx, cover.id).sha256 == cover.sha256  # the cover is reproducible like any paper


def test_an_archived_case_is_read_only_except_to_an_administrator_with_a_reason(ctx: ServiceContext) -> None:
    signed = closed_case(ctx)
    build_archive(ctx, signed.case_id, when=WHEN)
    visit = VisitInput(TODAY, "李玥", VisitMethod.PHONE, "周玥")
    with pytest.raises(DomainError, match=r"case\.archived"):
        record_visit(ctx, signed.case_id, visit, today=TODAY)
    with pytest.raises(DomainError, match=r"case\.archived"):
        add_attachment(ctx, signed.case_id, image_bytes("PNG", colour="blue"), "x.png", AttachmentKind.EVIDENCE)
    mediator = _as(ctx, UserRole.MEDIATOR)
    with pytest.raises(DomainError, match=r"case\.admin_only"):
        add_participant(mediator, signed.case_id, "刘德昇", override_reason="补录")
    admin = _as(ctx, UserRole.ADMIN)
    with pytest.raises(DomainError, match=r"case\.archived"):
        add_participant(admin, signed.case_id, "刘德昇")  # even an administrator gives a reason
    add_participant(admin, signed.case_id, "刘德昇", override_reason="补录邀请参加人员")
    with ctx.db.read() as session:
        override = session.query(AuditEvent).filter(AuditEvent.action == "archived_override").one()
        assert override.user_id == admin.user_id and "补录邀请参加人员" in override.after_json
    with pytest.raises(DomainError, match=r"case\.archived"):
        build_archive(ctx, signed.case_id, when=WHEN)
    rebuilt = build_archive(admin, signed.case_id, when=WHEN, override_reason="补入材料后重新装订")
    assert rebuilt.archive_number == _case(ctx, signed.case_id).archive_number  # it keeps its 卷号


def test_a_terminated_case_needs_its_termination_notice(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    from tests.services.casework_flow import held_session

    held_session(ctx, case_id)
    terminate_mediation(ctx, case_id, TerminationInput(TerminationReason.NO_AGREEMENT, "可向人民法院起诉"))
    close_case(ctx, case_id)
    add_attachment(ctx, case_id, image_bytes("PNG"), "身份证.png", AttachmentKind.ID_COPY)
    for form in ("acceptance_register", "rights_notice", "mediation_record"):
        issue_case_form(ctx, form, case_id, today=TODAY)
    assert _codes(ctx, case_id) == [("archive.missing_paper", "termination_notice")]
    issue_case_form(ctx, "termination_notice", case_id, today=TODAY)
    result = build_archive(ctx, case_id, when=WHEN)
    assert "终止调解告知书" in [row.name for row in result.contents]


def test_a_bad_retention_period_is_refused(ctx: ServiceContext) -> None:
    signed = closed_case(ctx)
    with pytest.raises(DomainError, match=r"archive\.retention"):
        build_archive(ctx, signed.case_id, retention="三年", when=WHEN)


def test_a_paper_added_while_the_file_is_made_is_not_lost(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    signed = closed_case(ctx)
    real_parts = archive.file_parts

    def parts_then_another_desk_attaches(*args: object) -> list[archive.FilePart]:
        parts = real_parts(*args)  # type: ignore[arg-type]
        add_attachment(ctx, signed.case_id, pdf_bytes("late"), "late.pdf", AttachmentKind.EVIDENCE)
        return parts

    monkeypatch.setattr(archive, "file_parts", parts_then_another_desk_attaches)
    with pytest.raises(DomainError, match=r"record\.stale"):
        build_archive(ctx, signed.case_id, when=WHEN)
    assert _case(ctx, signed.case_id).status is CaseStatus.CLOSED and _case(ctx, signed.case_id).archive_number is None
