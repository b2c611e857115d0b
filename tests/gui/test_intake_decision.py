"""The decision after registering, driven through the intake window: accept and print the papers, not accept with
its ground and the competent body, divert inside the room (with its clock) or to an outside body (with the
feedback date), and an organisation party."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QFileDialog

from mediation_app.domain.vocabulary import (
    BodyKind,
    CaseStatus,
    ClockKind,
    NotAcceptedReason,
    PartyKind,
    PartyRole,
    Route,
)
from mediation_app.gui.dialogs.case_forms import CaseFormsDialog
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.views.intake_view import IntakeView
from mediation_app.services.bodies import BodyInfo, save_body
from mediation_app.services.decisions import ReferralState, not_accepted_grounds, referral_register
from mediation_app.services.documents import issued_documents
from mediation_app.services.parties import find_known_party
from mediation_app.storage.models import Case

from .test_intake_view import cases, choose, fill_neighbours, make_view, press_save
from .typing_helpers import type_text

CREDIT_CODE = "91350100M000100Y43"


@pytest.fixture
def view(qtbot, ctx, runner, app_settings) -> IntakeView:  # type: ignore[no-untyped-def]
    return make_view(qtbot, ctx, runner, app_settings)


@pytest.fixture
def arbitration(ctx) -> BodyInfo:  # type: ignore[no-untyped-def]
    return save_body(
        ctx, BodyInfo(None, "某区劳动人事争议仲裁委员会", BodyKind.LABOUR_ARBITRATION, "人民路188号", "010-88881234")
    )


def registered(qtbot, view: IntakeView) -> None:  # type: ignore[no-untyped-def]
    fill_neighbours(qtbot, view)
    press_save(qtbot, view)
    assert view.pages.currentIndex() == 1 and view.decision.stack.currentIndex() == 0


def tick(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()


def confirm(qtbot, view: IntakeView) -> None:  # type: ignore[no-untyped-def]
    focused = view.focusWidget() or view.decision
    qtbot.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def open_paper(qtbot, view: IntakeView, form_id: str) -> PreviewDialog:  # type: ignore[no-untyped-def]
    button = view.decision.result.print_buttons[form_id]
    qtbot.waitUntil(button.isEnabled)
    with qtbot.waitSignal(view.decision.result.preview_opened) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview: PreviewDialog = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    return preview


def save_pdf(qtbot, preview: PreviewDialog, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, suggested, _f: (str(folder / Path(suggested).name), "PDF")
    )
    with qtbot.waitSignal(preview.saved):
        preview.save_action.trigger()


def test_a_neighbour_dispute_is_accepted_numbered_and_its_papers_printed(
    qtbot, view: IntakeView, ctx, tmp_path, monkeypatch
) -> None:
    registered(qtbot, view)
    assert view.decision.choice_buttons["accepted"].isChecked()
    confirm(qtbot, view)
    [row] = cases(ctx)
    assert row.status is CaseStatus.ACCEPTED and row.number is not None
    result = view.decision.result
    assert view.decision.stack.currentIndex() == 1
    assert result.headline.text() == "已受理：王堃邻里纠纷"
    assert result.number.text() == row.number
    assert result.clock.text() == "人民调解（一个月）"
    assert row.due_date is not None and result.due.text().startswith(row.due_date.strftime("%Y-%m-%d"))
    assert list(result.print_buttons) == ["application", "acceptance_register", "rights_notice"]
    preview = open_paper(qtbot, view, "application")
    assert preview.paper.form_id == "application" and preview.title_text == "人民调解申请书"
    save_pdf(qtbot, preview, tmp_path, monkeypatch)
    [paper] = issued_documents(ctx, row.case_id)
    assert paper.form_id == "application"
    assert (tmp_path / f"人民调解申请书_{paper.number}.pdf").exists() if paper.number else True
    rights = open_paper(qtbot, view, "rights_notice")
    assert rights.paper.form_id == "rights_notice"
    assert open_paper(qtbot, view, "acceptance_register").paper.form_id == "acceptance_register"
    assert not result.follow_up.isVisible()  # nothing to come back: the case is the room's own
    with qtbot.waitSignal(result.forms_opened) as opened:
        qtbot.mouseClick(result.all_papers, Qt.MouseButton.LeftButton)
    forms: CaseFormsDialog = opened.args[0]
    qtbot.addWidget(forms)
    assert forms.case_id == row.case_id and row.number in forms.windowTitle()


def test_the_days_left_count_from_the_windows_day(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    day = date.today() - timedelta(days=10)  # the window's day (tests and a clock set by the main window)
    view = make_view(qtbot, ctx, runner, app_settings, today=lambda: day)
    registered(qtbot, view)
    confirm(qtbot, view)
    [row] = cases(ctx)
    assert row.due_date is not None
    left = (row.due_date - day).days
    qtbot.waitUntil(lambda: view.decision.result.due.text().endswith(f"（还有 {left} 天）"))


def test_register_and_accept_numbers_the_case_in_the_same_save(qtbot, view: IntakeView, ctx) -> None:
    fill_neighbours(qtbot, view)
    qtbot.mouseClick(view.form.accept_button, Qt.MouseButton.LeftButton)
    [row] = cases(ctx)
    assert row.status is CaseStatus.ACCEPTED and row.number
    assert view.decision.result.number.text() == row.number


def test_an_organisation_party_is_registered_with_its_credit_code_and_representative(
    qtbot, view: IntakeView, ctx
) -> None:
    fill_neighbours(qtbot, view)
    company = view.form.parties.cards[1]
    choose(qtbot, company.kind, PartyKind.ORGANISATION)
    company.name.clear()
    type_text(qtbot, company.name, "某物业服务有限公司")
    type_text(qtbot, company.credit_code, CREDIT_CODE)
    type_text(qtbot, company.legal_rep_name, "赵喆")
    type_text(qtbot, company.legal_rep_title, "总经理")
    type_text(qtbot, company.address, "东风路1号")
    qtbot.mouseClick(view.form.accept_button, Qt.MouseButton.LeftButton)
    [row] = cases(ctx)
    assert row.respondents == "某物业服务有限公司"
    known = find_known_party(ctx, credit_code=CREDIT_CODE)
    assert known is not None
    assert (known.kind, known.legal_rep_name, known.legal_rep_title, known.address) == (
        PartyKind.ORGANISATION,
        "赵喆",
        "总经理",
        "东风路1号",
    )
    assert [c.role for c in known.cases] == [PartyRole.RESPONDENT]


def test_a_rejected_intake_has_its_ground_and_competent_body_and_its_notice_printed(
    qtbot, view: IntakeView, ctx, arbitration
) -> None:
    registered(qtbot, view)
    decision = view.decision
    qtbot.mouseClick(decision.choice_buttons["not_accepted"], Qt.MouseButton.LeftButton)
    assert decision.pages.currentIndex() == 1
    confirm(qtbot, view)  # no ground ticked yet
    assert decision.reason_error.text() == "请至少勾选一项不予受理的理由。"
    assert decision.reason_buttons[NotAcceptedReason.SPECIALISED_ORGAN].hasFocus()
    assert all(isinstance(button, QCheckBox) for button in decision.reason_buttons.values())
    tick(qtbot, decision.reason_buttons[NotAcceptedReason.SPECIALISED_ORGAN])
    qtbot.keyClick(decision.reason_buttons[NotAcceptedReason.SPECIALISED_ORGAN], Qt.Key.Key_Space)  # and off again
    assert not decision.reason_buttons[NotAcceptedReason.SPECIALISED_ORGAN].isChecked()
    tick(qtbot, decision.reason_buttons[NotAcceptedReason.ALREADY_HANDLED])
    tick(qtbot, decision.reason_buttons[NotAcceptedReason.OTHER])  # several grounds at once
    assert decision.reason_buttons[NotAcceptedReason.ALREADY_HANDLED].isChecked()
    confirm(qtbot, view)
    assert decision.reason_error.text() == ""
    assert decision.note_error.text() == "请在说明中写明理由。"
    assert cases(ctx)[0].status is CaseStatus.REGISTERED
    type_text(qtbot, decision.note, "双方均已向法院起诉")
    choose(qtbot, decision.competent_body, None)
    decision.competent_body.setFocus()
    qtbot.keyClick(decision.competent_body, Qt.Key.Key_Down)
    assert decision.competent_body.body_id() == arbitration.body_id
    assert decision.competent_details.text() == "地址：人民路188号　电话：010-88881234"
    confirm(qtbot, view)
    [row] = cases(ctx)
    assert row.status is CaseStatus.NOT_ACCEPTED and row.number is None
    with ctx.db.read() as session:
        stored = session.get(Case, row.case_id)
        assert stored is not None and not_accepted_grounds(stored) == [
            NotAcceptedReason.ALREADY_HANDLED,
            NotAcceptedReason.OTHER,
        ]
    assert decision.result.headline.text() == "不予受理：王堃邻里纠纷"
    assert list(decision.result.print_buttons) == ["not_accepted_notice"]
    preview = open_paper(qtbot, view, "not_accepted_notice")
    assert preview.paper.form_id == "not_accepted_notice"


def test_a_dispute_diverted_to_an_outside_body_gets_its_referral_and_feedback_date(
    qtbot, view: IntakeView, ctx, arbitration
) -> None:
    registered(qtbot, view)
    decision = view.decision
    qtbot.mouseClick(decision.choice_buttons["divert"], Qt.MouseButton.LeftButton)
    tick(qtbot, decision.outside)
    confirm(qtbot, view)
    assert decision.body_error.text() == "请选择承接单位。"
    decision.body.setFocus()
    qtbot.keyClick(decision.body, Qt.Key.Key_Down)
    due = date.today() + timedelta(days=15)
    assert decision.feedback_due.date().toPython() == due
    assert decision.body_details.isVisible() and decision.body_details.text().startswith("地址：人民路188号")
    type_text(qtbot, decision.divert_reason, "属劳动争议")
    confirm(qtbot, view)
    [referral] = referral_register(ctx)
    assert (referral.body_name, referral.feedback_due, referral.state) == (
        arbitration.name,
        due,
        ReferralState.AWAITING_CONFIRMATION,
    )
    [row] = cases(ctx)
    assert row.status is CaseStatus.DIVERTED and row.number and row.due_date == due
    result = decision.result
    assert result.headline.text() == f"已分流至{arbitration.name}：王堃邻里纠纷"
    assert result.clock.text() == "分流反馈" and result.due.text().startswith(due.strftime("%Y-%m-%d"))
    assert list(result.print_buttons) == ["diversion_notice", "entrust_letter"]
    assert open_paper(qtbot, view, "entrust_letter").paper.form_id == "entrust_letter"


def test_a_court_route_inside_the_room_asks_which_court_clock(qtbot, view: IntakeView, ctx) -> None:
    registered(qtbot, view)
    decision = view.decision
    qtbot.mouseClick(decision.choice_buttons["divert"], Qt.MouseButton.LeftButton)
    assert not decision.court_clock.isVisible()
    choose(qtbot, decision.route, Route.JUDICIAL_MEDIATION)
    assert decision.court_clock.isVisible() and decision.court_clock.currentText() == "法院委派（30日）"
    decision.court_clock.setFocus()
    qtbot.keyClick(decision.court_clock, Qt.Key.Key_Down)
    assert decision.court_clock.currentData() == ClockKind.COURT_ENTRUSTED.value
    confirm(qtbot, view)
    [row] = cases(ctx)
    assert (row.status, row.route) == (CaseStatus.ACCEPTED, Route.JUDICIAL_MEDIATION)
    assert row.due_date == date.today() + timedelta(days=15)
    assert decision.result.clock.text() == "法院委托（15日）"
    assert decision.result.headline.text() == "已受理，分流至司法调解：王堃邻里纠纷"


def test_deciding_later_leaves_the_case_registered_and_opens_a_new_form(qtbot, view: IntakeView, ctx) -> None:
    registered(qtbot, view)
    qtbot.mouseClick(view.decision.later_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 0 and view.is_pristine()
    assert [row.status for row in cases(ctx)] == [CaseStatus.REGISTERED]
