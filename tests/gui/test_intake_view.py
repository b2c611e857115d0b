"""The intake form: checks as you type, nothing lost on a wrong field, Ctrl+S registers, accepting numbers."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from mediation_app.domain.ledger import LedgerFilter, LedgerSort
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, RiskLevel
from mediation_app.gui.views import intake_view as intake_module
from mediation_app.gui.views.intake_view import IntakeView
from mediation_app.services import ledger
from mediation_app.services.context import ServiceError

from .typing_helpers import type_text

GOOD_ID = "11010519491231002X"
BAD_CHECK_DIGIT_ID = "110105194912310021"


@pytest.fixture
def view(qtbot, ctx, runner) -> IntakeView:  # type: ignore[no-untyped-def]
    form = IntakeView(ctx, runner)
    qtbot.addWidget(form)
    form.resize(1100, 720)
    form.show()
    qtbot.waitExposed(form)
    return form


def fill_valid_form(qtbot, view: IntakeView) -> None:  # type: ignore[no-untyped-def]
    view.channel.set_member(Channel.PHONE)
    view.dispute_type.set_member(DisputeType.NEIGHBOUR)
    view.risk.set_member(RiskLevel.YELLOW)  # the suggested colour: another one needs a reason (issue 4)
    type_text(qtbot, view.applicant.name, "张三")
    type_text(qtbot, view.applicant.phone, "13812345678")
    type_text(qtbot, view.applicant.id_number, GOOD_ID)
    type_text(qtbot, view.respondent.name, "李四")
    type_text(qtbot, view.community, "东园社区")
    type_text(qtbot, view.amount, "1200.50")
    type_text(qtbot, view.facts, "楼上漏水，双方协商未果。")


def cases(ctx) -> list:  # type: ignore[no-untyped-def]
    return ledger.ledger_page(ctx, LedgerFilter(), LedgerSort(), None, 100)


def test_a_wrong_id_number_shows_the_reason_and_keeps_every_other_field(qtbot, view: IntakeView, ctx) -> None:
    fill_valid_form(qtbot, view)
    view.applicant.id_number.clear()
    type_text(qtbot, view.applicant.id_number, BAD_CHECK_DIGIT_ID)
    assert view.applicant.id_error.text() == "身份证号校验码（最后一位）不符，请核对号码。"
    assert view.applicant.id_error.isVisible()
    view.save()
    assert cases(ctx) == []
    assert view.notice.text() == "请先更正红字提示的项目。"
    assert view.focusWidget() is view.applicant.id_number
    assert (view.applicant.name.text(), view.applicant.phone.text(), view.respondent.name.text()) == (
        "张三",
        "13812345678",
        "李四",
    )
    assert view.applicant.id_number.text() == BAD_CHECK_DIGIT_ID
    assert view.facts.toPlainText() == "楼上漏水，双方协商未果。"
    assert view.amount.text() == "1200.50"


def test_reasons_follow_the_typing(qtbot, view: IntakeView) -> None:
    type_text(qtbot, view.applicant.id_number, "1101")
    assert view.applicant.id_error.text() == "身份证号应为18位。"
    type_text(qtbot, view.applicant.id_number, "05194912310021")
    assert view.applicant.id_error.text() == "身份证号校验码（最后一位）不符，请核对号码。"
    qtbot.keyClick(view.applicant.id_number, Qt.Key.Key_Backspace)
    type_text(qtbot, view.applicant.id_number, "X")
    assert view.applicant.id_error.text() == ""
    assert not view.applicant.id_error.isVisible()
    type_text(qtbot, view.respondent.phone, "1381234")
    assert view.respondent.phone_error.text() == "电话号码位数不足。"
    type_text(qtbot, view.amount, "12.345")
    assert view.amount_error.text() == "金额最多保留两位小数（到分）。"


def test_required_fields_are_named_when_saving_an_empty_form(view: IntakeView, ctx) -> None:
    view.save()
    assert cases(ctx) == []
    assert view.type_error.text() == "请选择纠纷类型。"
    assert view.applicant.name_error.text() == "请填写姓名。"
    assert view.respondent.name_error.text() == ""  # a blank respondent is simply left out


def test_enter_in_a_line_edit_moves_on_and_never_submits(qtbot, view: IntakeView, ctx) -> None:
    fill_valid_form(qtbot, view)
    view.applicant.name.setFocus()
    qtbot.keyClick(view.applicant.name, Qt.Key.Key_Return)
    assert cases(ctx) == []
    assert view.focusWidget() is not view.applicant.name
    assert view.applicant.name.text() == "张三"


def test_ctrl_s_registers_the_case_with_what_was_typed(qtbot, view: IntakeView, ctx, runner) -> None:
    fill_valid_form(qtbot, view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.facts, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert runner.calls[-1] == "register_case"
    [row] = cases(ctx)
    assert (row.applicants, row.respondents, row.community) == ("张三", "李四", "东园社区")
    assert (row.dispute_type, row.channel, row.risk, row.status) == (
        DisputeType.NEIGHBOUR,
        Channel.PHONE,
        RiskLevel.YELLOW,
        CaseStatus.REGISTERED,
    )
    assert row.amount_fen == 120050
    assert row.number is None
    assert view.notice.text() == "已登记。案件受理后编发案号。"
    assert view.applicant.name.text() == ""  # ready for the next visitor


def test_register_and_accept_issues_the_case_number(qtbot, view: IntakeView, ctx) -> None:
    saved = []
    view.case_saved.connect(saved.append)
    fill_valid_form(qtbot, view)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    [row] = cases(ctx)
    assert row.status is CaseStatus.ACCEPTED
    assert re.fullmatch(r"（\d{4}）某街联调字第0001号", row.number or "")
    assert row.number.startswith(f"（{date.today().year}）")
    assert view.notice.text() == f"已受理，案号：{row.number}"
    assert [ref.number for ref in saved] == [row.number]


def test_a_refusal_from_the_service_is_translated_and_the_input_kept(qtbot, view: IntakeView, ctx, monkeypatch) -> None:
    def refuse(_ctx, _data):  # type: ignore[no-untyped-def]
        raise ServiceError("intake.no_applicant")

    monkeypatch.setattr(intake_module, "register_case", refuse)
    fill_valid_form(qtbot, view)
    view.save()
    assert view.notice.text() == "案件至少需要一名申请人。"
    assert view.notice.property("kind") == "error"
    assert view.applicant.name.text() == "张三"
    assert view.facts.toPlainText() == "楼上漏水，双方协商未果。"
    assert view.save_button.isEnabled()
    assert cases(ctx) == []
