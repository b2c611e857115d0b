"""终止调解, 记录履行, 记录回访 and 结案 driven like a user: refusals keep what was typed and focus the field, the
amount is checked as it is typed, the papers are offered for printing, records open read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mediation_app.domain.casework import CaseAction, TerminationReason
from mediation_app.domain.vocabulary import AttachmentKind, CaseStatus, Performance, Satisfaction, VisitMethod
from mediation_app.gui.dialogs.case_steps_work import RECORD_OPENERS
from mediation_app.gui.dialogs.followup_dialogs import PerformanceDialog, VisitDialog
from mediation_app.gui.dialogs.termination import TerminationDialog
from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.services.attachments import add_attachment
from mediation_app.services.bodies import list_bodies
from mediation_app.services.case_view import case_summary
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.services.followup import VisitInput, list_performance, list_visits, record_visit
from mediation_app.storage.models import Case
from tests.services.casework_flow import (
    accepted_case,
    closed_case,
    held_session,
    image_bytes,
    signed_case,
)

from .test_referrals import add_body
from .test_session_dialogs import CTRL, make_host, opened, step
from .typing_helpers import replace_text, type_text


def test_terminating_needs_the_detail_for_other_then_prints_a_notice_per_party(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    body = add_body(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.TERMINATE)
    assert isinstance(dialog, TerminationDialog)
    assert dialog.body.findData(body.body_id) > 0
    dialog.reason_buttons[TerminationReason.OTHER].setFocus()
    qtbot.keyClick(dialog.reason_buttons[TerminationReason.OTHER], Qt.Key.Key_Space)
    dialog.route_boxes["arbitration"].setFocus()
    qtbot.keyClick(dialog.route_boxes["arbitration"], Qt.Key.Key_Space)
    type_text(qtbot, dialog.routes_extra, "建议先行协商。")
    qtbot.keyClick(dialog.routes_extra, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and case_summary(ctx, case_id).status is CaseStatus.MEDIATING
    assert dialog.notice.text() == error_message(ServiceError("termination.detail"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.detail)
    assert dialog.routes_extra.toPlainText() == "建议先行协商。"  # kept
    type_text(qtbot, dialog.detail, "申请人已出国")
    dialog.body.setCurrentIndex(dialog.body.findData(body.body_id))
    qtbot.keyClick(dialog.detail, Qt.Key.Key_S, CTRL)
    assert case_summary(ctx, case_id).status is CaseStatus.FAILED
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.termination_code is TerminationReason.OTHER
        assert case.routes_told == "可以依法申请仲裁、向人民法院提起诉讼；建议先行协商。"
        assert (case.termination_reason, case.competent_body_id) == ("申请人已出国", body.body_id)
    assert [p.paper.form_id for p in dialog.previews] == ["termination_notice"] * 2
    assert [p._party for p in dialog.previews] == ["王堃", "李玥"]
    for preview in dialog.previews:
        preview.close()


def test_termination_without_any_route_told_is_refused_on_the_routes(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, case_id, CaseAction.TERMINATE)
    dialog.print_notices.setChecked(False)
    dialog.route_boxes["court"].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == error_message(ServiceError("termination.routes"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.route_boxes["arbitration"])
    assert list_bodies(ctx) == [] and case_summary(ctx, case_id).status is CaseStatus.ACCEPTED


def test_performance_amount_is_checked_as_typed_and_the_receipt_kept(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    signed = signed_case(ctx)
    receipt = add_attachment(ctx, signed.case_id, image_bytes("JPEG"), "转账回单.jpg", AttachmentKind.RECEIPT)
    add_attachment(ctx, signed.case_id, image_bytes("PNG"), "身份证.png", AttachmentKind.ID_COPY)
    dialog = step(qtbot, ctx, runner, app_settings, signed.case_id, CaseAction.RECORD_PERFORMANCE)
    assert isinstance(dialog, PerformanceDialog)
    assert dialog.agreement.currentData() == signed.agreement_id and not dialog.agreement.isEnabled()
    assert [dialog.receipt.itemData(i) for i in range(dialog.receipt.count())] == [None, receipt.attachment_id]
    type_text(qtbot, dialog.amount, "3000.123")
    assert dialog.amount_error.text() == error_message(ServiceError("amount.precision"))  # said while typing
    replace_text(qtbot, dialog.amount, "30x")
    assert dialog.amount_error.isHidden()  # more typing may mend it: not called wrong yet
    qtbot.keyClick(dialog.amount, Qt.Key.Key_S, CTRL)
    assert dialog.amount_error.text() == error_message(ServiceError("amount.not_a_number"))
    assert list_performance(ctx, signed.case_id) == [] and dialog.amount.text() == "30x"
    replace_text(qtbot, dialog.amount, "3,000")
    assert dialog.amount_error.isHidden()
    dialog.performed_on.setDate(date(2026, 10, 20))
    dialog.receipt.setCurrentIndex(1)
    type_text(qtbot, dialog.note, "银行转账")
    qtbot.keyClick(dialog.note, Qt.Key.Key_S, CTRL)
    [record] = list_performance(ctx, signed.case_id)
    assert (record.status, record.amount_fen, record.receipt_attachment_id) == (
        Performance.PERFORMED,
        300_000,
        receipt.attachment_id,
    )
    assert record.performed_on == date(2026, 10, 20) and record.note == "银行转账"


def test_performance_before_the_agreement_took_effect_is_refused_on_the_date(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    signed = signed_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, signed.case_id, CaseAction.RECORD_PERFORMANCE)
    dialog.performed_on.setDate(date(2026, 10, 1))
    type_text(qtbot, dialog.amount, "100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == error_message(ServiceError("performance.before_effective"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.performed_on)
    assert dialog.amount.text() == "100"
    dialog.status_buttons[Performance.NOT_PERFORMED].setChecked(True)
    assert not dialog.performed_on.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in list_performance(ctx, signed.case_id)] == [Performance.NOT_PERFORMED]


def test_a_visit_is_refused_without_the_visitor_then_saved_and_its_record_offered(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    signed = signed_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, signed.case_id, CaseAction.RECORD_VISIT)
    assert isinstance(dialog, VisitDialog)
    assert dialog.visitee.currentText() == "王堃" and dialog.visitor.text() == "周玥"
    replace_text(qtbot, dialog.visitor, "")
    type_text(qtbot, dialog.phone, "13812345678")
    dialog.method.set_member(VisitMethod.PHONE)
    dialog.satisfaction[Satisfaction.FAIRLY_SATISFIED].setFocus()
    qtbot.keyClick(dialog.satisfaction[Satisfaction.FAIRLY_SATISFIED], Qt.Key.Key_Space)
    dialog.performance.set_member(Performance.PARTLY)
    type_text(qtbot, dialog.residual_risk, "无")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # never a save
    qtbot.keyClick(dialog.phone, Qt.Key.Key_S, CTRL)
    assert dialog.notice.text() == error_message(ServiceError("visit.visitor"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.visitor)
    assert dialog.phone.text() == "13812345678" and list_visits(ctx, signed.case_id) == []
    type_text(qtbot, dialog.visitor, "郑赟")
    qtbot.keyClick(dialog.visitor, Qt.Key.Key_S, CTRL)
    [visit] = list_visits(ctx, signed.case_id)
    data = visit.data
    assert (data.visitee, data.visitor, data.visitee_phone, data.method) == (
        "王堃",
        "郑赟",
        "13812345678",
        VisitMethod.PHONE,
    )
    assert (data.satisfaction, data.performance, data.residual_risk) == (
        Satisfaction.FAIRLY_SATISFIED,
        Performance.PARTLY,
        "无",
    )
    assert [(p.paper.form_id, p._party) for p in dialog.previews] == [("visit_record", "")]
    dialog.previews[0].close()


def test_closing_is_refused_until_the_visit_then_closes(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    signed = signed_case(ctx)
    dialog = step(qtbot, ctx, runner, app_settings, signed.case_id, CaseAction.CLOSE)
    assert dialog.save_button.text() == dialog.tr("Close the case")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.text() == error_message(ServiceError("case.followup_missing"))
    assert case_summary(ctx, signed.case_id).status is CaseStatus.SUCCEEDED
    record_visit(ctx, signed.case_id, VisitInput(date(2026, 11, 2), "王堃", VisitMethod.PHONE, "周玥"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and case_summary(ctx, signed.case_id).status is CaseStatus.CLOSED


def test_performance_and_visit_records_open_read_only(
    qtbot, ctx: ServiceContext, runner: Runner, app_settings: AppSettings
) -> None:
    closed = closed_case(ctx, papers=False)
    host = make_host(ctx, runner, app_settings, closed.case_id)
    [record] = list_performance(ctx, closed.case_id)
    performance = opened(qtbot, RECORD_OPENERS["performance_record"](host, record.record_id, None))
    assert performance.read_only and performance.save_button.isHidden()
    assert performance.amount.text() == "3000.00" and performance.amount.isReadOnly()
    assert performance.receipt.currentData() == record.receipt_attachment_id and not performance.receipt.isEnabled()
    [visit] = list_visits(ctx, closed.case_id)
    shown = opened(qtbot, RECORD_OPENERS["follow_up_visit"](host, visit.visit_id, None))
    assert shown.read_only and shown.visitee.currentText() == "王堃（申请人）" and not shown.visitee.isEnabled()
    assert shown.satisfaction[Satisfaction.SATISFIED].isChecked() and shown.print_record.isHidden()
    qtbot.keyClick(shown.phone, Qt.Key.Key_S, CTRL)
    assert len(list_visits(ctx, closed.case_id)) == 1  # nothing saved
