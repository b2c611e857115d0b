"""The intake form driven by keystrokes and clicks: checks as you type (nothing typed is ever lost), Enter never
submits, Ctrl+S registers, known parties are offered and reused, and a risk
colour other than the suggestion needs its reason."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from mediation_app.domain.identity import id_check_digit
from mediation_app.domain.ledger import LedgerFilter, LedgerSort
from mediation_app.domain.vocabulary import (
    CaseStatus,
    Channel,
    DisputeType,
    Gender,
    PartyKind,
    PartyRole,
    RiskLevel,
    Vocabulary,
)
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views import intake_parties, intake_view
from mediation_app.gui.views.intake_view import IntakeView
from mediation_app.gui.views.party_fields import PartyFields
from mediation_app.services import ledger
from mediation_app.services.intake import IntakeInput, PartyInput, register_case
from mediation_app.services.parties import find_known_party
from mediation_app.storage.models import Case

from .factories import make_case
from .typing_helpers import replace_text, type_text

WANG_ID = "11010119790305123"
WANG_ID += id_check_digit(WANG_ID)  # a man born 5 March 1979
LI_ID = "11010519850612004"
LI_ID += id_check_digit(LI_ID)  # a woman born 12 June 1985
BAD_CHECK_DIGIT_ID = WANG_ID[:-1] + ("0" if WANG_ID[-1] != "0" else "1")
FACTS = "楼上卫生间漏水，楼下天花板受损，双方协商未果。"


# -- helpers shared with test_intake_decision ---------------------------------------------------------------
def make_view(qtbot, ctx, runner, settings, **options) -> IntakeView:  # type: ignore[no-untyped-def]
    view = IntakeView(ctx, runner, settings, **options)
    qtbot.addWidget(view)
    view.resize(1104, 730)  # the main window's view area at 1280×800
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def choose(qtbot, combo: QComboBox, member: Vocabulary | None) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    wanted = None if member is None else member.value
    key = Qt.Key.Key_Down if combo.findData(wanted) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == wanted:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentData() == wanted


def tab(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def fill_neighbours(qtbot, view: IntakeView) -> None:  # type: ignore[no-untyped-def]
    """A two-party neighbour dispute, typed field by field."""
    case = view.form.case
    choose(qtbot, case.channel, Channel.WALK_IN)
    choose(qtbot, case.dispute_type, DisputeType.NEIGHBOUR)
    type_text(qtbot, case.place, "建设路12号")
    type_text(qtbot, case.community, "东风社区")
    type_text(qtbot, case.amount, "3000")
    applicant, respondent = view.form.parties.cards
    type_text(qtbot, applicant.name, "王堃")
    type_text(qtbot, applicant.phone, "13812345678")
    type_text(qtbot, applicant.id_number, WANG_ID)
    type_text(qtbot, applicant.requests, "赔偿维修费3000元")
    type_text(qtbot, respondent.name, "李玥")
    type_text(qtbot, respondent.phone, "13987654321")
    type_text(qtbot, view.form.facts, FACTS)


def press_save(qtbot, view: IntakeView) -> None:  # type: ignore[no-untyped-def]
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    focused = view.focusWidget() or view.form.facts
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def cases(ctx) -> list:  # type: ignore[no-untyped-def]
    return ledger.ledger_page(ctx, LedgerFilter(), LedgerSort(), None, 100)


@pytest.fixture
def view(qtbot, ctx, runner, app_settings) -> IntakeView:  # type: ignore[no-untyped-def]
    return make_view(qtbot, ctx, runner, app_settings)


# -- checks as you type -------------------------------------------------------------------------------------
def test_a_wrong_id_number_is_refused_with_its_reason_and_everything_else_stays(qtbot, view, ctx) -> None:
    fill_neighbours(qtbot, view)
    applicant = view.applicant
    replace_text(qtbot, applicant.id_number, BAD_CHECK_DIGIT_ID)
    assert applicant.error_text("id_number") == "身份证号校验码（最后一位）不符，请核对号码。"
    assert applicant.form.errors["id_number"].isVisible()
    press_save(qtbot, view)
    assert cases(ctx) == []
    assert view.form.notice.text() == "请先更正红字提示的项目。"
    assert view.focusWidget() is applicant.id_number
    assert view.pages.currentIndex() == 0
    typed = (
        applicant.name.text(),
        applicant.phone.text(),
        view.form.parties.cards[1].name.text(),
        view.form.case.amount.text(),
    )
    assert typed == ("王堃", "13812345678", "李玥", "3000")
    assert applicant.id_number.text() == BAD_CHECK_DIGIT_ID
    assert view.form.facts.toPlainText() == FACTS
    assert applicant.requests.toPlainText() == "赔偿维修费3000元"
    replace_text(qtbot, applicant.id_number, WANG_ID)
    assert applicant.error_text("id_number") == ""
    press_save(qtbot, view)
    assert [row.applicants for row in cases(ctx)] == ["王堃"]


def test_reasons_follow_the_typing_and_wait_for_a_complete_value(qtbot, view: IntakeView) -> None:
    card = view.applicant
    type_text(qtbot, card.id_number, "1101")
    assert card.error_text("id_number") == ""  # half a number is not wrong yet
    tab(qtbot, card.id_number)
    assert card.error_text("id_number") == "身份证号应为18位。"
    type_text(qtbot, card.id_number, WANG_ID[4:-1] + BAD_CHECK_DIGIT_ID[-1])
    assert card.error_text("id_number") == "身份证号校验码（最后一位）不符，请核对号码。"
    qtbot.keyClick(card.id_number, Qt.Key.Key_Backspace)
    type_text(qtbot, card.id_number, WANG_ID[-1])
    assert card.error_text("id_number") == ""
    type_text(qtbot, card.birth_date, "1979-03-06")
    tab(qtbot, card.birth_date)
    assert card.error_text("birth_date") == "出生日期与身份证号中的出生日期（1979-03-05）不一致。"
    choose(qtbot, card.gender, Gender.FEMALE)
    assert card.error_text("gender") == "性别与身份证号不一致。"
    type_text(qtbot, card.phone, "1381234")
    assert card.error_text("phone") == ""
    tab(qtbot, card.phone)
    assert card.error_text("phone") == "电话号码位数不足。"
    type_text(qtbot, view.form.case.amount, "12.345")
    assert view.form.case.errors["amount"].text() == "金额最多保留两位小数（到分）。"
    replace_text(qtbot, view.form.case.amount, "三千")
    tab(qtbot, view.form.case.amount)
    assert view.form.case.errors["amount"].text() == "请以元为单位填写金额，如 1200 或 1200.50。"


def test_an_organisation_has_its_own_fields_and_its_credit_code_is_checked(qtbot, view: IntakeView) -> None:
    card = view.form.parties.cards[1]
    choose(qtbot, card.kind, PartyKind.ORGANISATION)
    assert card.name_label.text() == "名称 *"
    assert card.credit_code.isVisible() and card.legal_rep_name.isVisible()
    assert not card.id_number.isVisible() and not card.gender.isVisible()
    type_text(qtbot, card.credit_code, "91350100M000100Y44")
    assert card.error_text("credit_code") == "统一社会信用代码的校验位（最后一位）不符，请核对。"
    choose(qtbot, card.kind, PartyKind.PERSON)
    assert card.id_number.isVisible() and not card.credit_code.isVisible()


def test_saving_an_empty_form_names_what_is_missing(qtbot, view: IntakeView, ctx) -> None:
    press_save(qtbot, view)
    assert cases(ctx) == []
    assert view.form.case.errors["dispute_type"].text() == "请选择纠纷类型。"
    assert view.applicant.error_text("name") == "请填写姓名。"
    assert view.form.parties.cards[1].error_text("name") == ""  # a blank second party is simply left out
    assert view.focusWidget() is view.form.case.dispute_type


# -- keyboard -----------------------------------------------------------------------------------------------
def test_enter_moves_to_the_next_field_and_never_submits(qtbot, view: IntakeView, ctx) -> None:
    fill_neighbours(qtbot, view)
    for widget in (view.applicant.name, view.form.case.dispute_type, view.form.case.people, view.form.save_button):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert view.focusWidget() is not widget
    assert cases(ctx) == []
    assert view.applicant.name.text() == "王堃"


def test_tab_follows_the_form_from_the_case_to_the_parties(qtbot, view: IntakeView) -> None:
    view.form.case.amount.setFocus()
    tab(qtbot, view.form.case.amount)
    assert view.focusWidget() is view.applicant.role
    order = []
    for _ in range(4):
        tab(qtbot, view.focusWidget())
        order.append(view.focusWidget())
    assert order == [view.applicant.kind, view.applicant.name, view.applicant.phone, view.applicant.id_number]


def test_ctrl_shift_a_adds_a_party_and_a_party_can_be_removed(qtbot, view: IntakeView) -> None:
    view.applicant.name.setFocus()
    qtbot.keyClick(
        view.applicant.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(view.form.parties.cards) == 3
    third = view.form.parties.cards[2]
    assert view.focusWidget() is third.name
    assert third.number_label.text() == "当事人3"
    qtbot.mouseClick(view.form.parties.cards[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(view.form.parties.cards) == 2
    assert view.form.parties.cards[1] is third and third.number_label.text() == "当事人2"


def test_the_form_fits_the_main_window_without_growing_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_view("intake")
    for _ in range(6):
        window.intake.form.parties.add_party()
    window.intake.form.parties.cards[0].show_agent(True)
    qtbot.waitUntil(lambda: window.intake.isVisible())
    assert (window.width(), window.height()) == (1280, 800)
    assert window.intake.pages.minimumSizeHint().height() < 700
    form = window.intake.form
    assert not form.body_area.horizontalScrollBar().isVisible()  # at 1280×800 nothing is cut off at the side
    assert form.parties.scroll.verticalScrollBar().isVisible()  # the parties scroll on their own


# -- registering --------------------------------------------------------------------------------------------
def test_ctrl_s_registers_what_was_typed_then_asks_for_the_decision(qtbot, view: IntakeView, ctx, runner) -> None:
    saved = []
    view.case_saved.connect(saved.append)
    fill_neighbours(qtbot, view)
    press_save(qtbot, view)
    assert "register_case" in runner.calls
    [row] = cases(ctx)
    assert (row.applicants, row.respondents, row.community, row.amount_fen) == ("王堃", "李玥", "东风社区", 300000)
    assert (row.dispute_type, row.status, row.risk, row.number) == (
        DisputeType.NEIGHBOUR,
        CaseStatus.REGISTERED,
        RiskLevel.YELLOW,
        None,
    )
    assert [ref.case_id for ref in saved] == [row.case_id]
    assert view.pages.currentIndex() == 1
    assert view.decision.heading.text() == "已登记：王堃邻里纠纷。请作出受理决定。"
    assert view.applicant.name.text() == ""  # the form is ready for the next visitor
    qtbot.keyClick(view.decision, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.pages.currentIndex() == 0


# -- known parties ------------------------------------------------------------------------------------------
def test_a_known_party_is_offered_reused_and_flagged_as_a_repeat_disputant(qtbot, view, ctx) -> None:
    for _ in range(2):
        make_case(ctx, "王堃", id_number=WANG_ID, accept=True)
    card: PartyFields = view.applicant
    type_text(qtbot, card.id_number, WANG_ID[:10])
    assert not card.known_panel.isVisible()  # half a number looks nothing up
    type_text(qtbot, card.id_number, WANG_ID[10:])
    qtbot.waitUntil(card.known_panel.isVisible)
    panel = card.known_panel
    assert panel.title.text() == "曾登记的当事人：王堃（110101********" + WANG_ID[-4:] + "）"
    assert panel.repeat_flag.isVisible() and panel.repeat_flag.text() == "重复纠纷当事人（一年内3次以上）"
    assert "以往案件 2 件" in panel.cases.text() and "已受理" in panel.cases.text()
    risk = view.form.risk
    qtbot.waitUntil(lambda: risk.suggestion is not None and risk.suggestion.level is RiskLevel.ORANGE)
    assert "当事人一年内3次以上纠纷" in risk.reasons.text()
    # Tab's way onto the button first: leaving the ID field finishes its checks before the button is pressed
    panel.use_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: panel.use_button.hasFocus() and panel.use_button.isEnabled())
    with qtbot.waitSignal(panel.use_requested):
        qtbot.keyClick(panel.use_button, Qt.Key.Key_Space)
    known = find_known_party(ctx, id_number=WANG_ID)
    assert known is not None
    assert card.party_id == known.party_id and card.name.text() == "王堃"
    assert card.birth_date.text() == "1979-03-05" and card.linked_label.isVisible()
    assert panel.use_button.text() == "已使用此人登记信息" and not panel.use_button.isEnabled()
    choose(qtbot, view.form.case.dispute_type, DisputeType.NEIGHBOUR)
    press_save(qtbot, view)
    again = find_known_party(ctx, id_number=WANG_ID)
    assert again is not None and again.party_id == known.party_id and len(again.cases) == 3


def test_a_name_with_a_phone_finds_a_party_and_another_id_number_drops_the_link(qtbot, view, ctx) -> None:
    party = PartyInput("李玥", PartyRole.APPLICANT, phone="13987654321", id_number=LI_ID)
    register_case(ctx, IntakeInput(Channel.PHONE, DisputeType.CONSUMER, "退货纠纷", (party,)))
    card = view.form.parties.cards[1]
    type_text(qtbot, card.name, "李玥")
    type_text(qtbot, card.phone, "13987654321")
    qtbot.waitUntil(card.known_panel.isVisible)
    assert not card.known_panel.repeat_flag.isVisible()
    qtbot.mouseClick(card.known_panel.use_button, Qt.MouseButton.LeftButton)
    assert card.party_id is not None and card.id_number.text() == LI_ID
    assert card.gender.currentText() == "女"
    replace_text(qtbot, card.id_number, WANG_ID)  # another person's number: not the same party any more
    assert card.party_id is None and not card.linked_label.isVisible()
    qtbot.waitUntil(lambda: not card.known_panel.isVisible())


def test_lookups_and_saving_run_off_the_gui_thread(qtbot, ctx, app_settings, monkeypatch) -> None:
    make_case(ctx, "王堃", id_number=WANG_ID)
    threads: dict[str, threading.Thread] = {}

    def recorded(name, fn):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            threads[name] = threading.current_thread()
            return fn(*args, **kwargs)

        return call

    monkeypatch.setattr(intake_parties, "find_known_party", recorded("lookup", find_known_party))
    monkeypatch.setattr(intake_view, "register_case", recorded("register", intake_view.register_case))
    monkeypatch.setattr(intake_view, "suggested_risk", recorded("risk", intake_view.suggested_risk))
    runner = ThreadRunner()
    view = make_view(qtbot, ctx, runner, app_settings)
    try:
        fill_neighbours(qtbot, view)
        qtbot.waitUntil(view.applicant.known_panel.isVisible)
        press_save(qtbot, view)
        qtbot.waitUntil(lambda: view.pages.currentIndex() == 1)
        assert [row.applicants for row in cases(ctx)] == ["王堃", "王堃"]
        assert set(threads) == {"lookup", "register", "risk"}
        assert all(thread is not threading.main_thread() for thread in threads.values())
    finally:
        assert runner.wait_idle()


# -- risk ---------------------------------------------------------------------------------------------------
def test_another_colour_than_the_suggestion_needs_its_reason(qtbot, view: IntakeView, ctx) -> None:
    fill_neighbours(qtbot, view)
    qtbot.waitUntil(lambda: view.form.risk.suggestion is not None)
    assert view.form.risk.suggested_name.text() == "黄" and view.form.risk.reasons.text() == "一般民间纠纷"
    assert not view.form.risk.reason.isVisible()
    choose(qtbot, view.form.risk.colour, RiskLevel.RED)
    assert view.form.risk.reason.isVisible()
    press_save(qtbot, view)
    assert cases(ctx) == []
    assert view.form.risk.reason_error.text() == "系统建议的风险等级为“黄”；如选择其他等级，请填写理由。"
    assert view.focusWidget() is view.form.risk.reason
    type_text(qtbot, view.form.risk.reason, "双方曾持刀对峙")
    assert view.form.risk.reason_error.text() == ""
    press_save(qtbot, view)
    [row] = cases(ctx)
    assert row.risk is RiskLevel.RED
    with ctx.db.read() as session:  # the override is kept with its reason and the colour it overrode
        case = session.get(Case, row.case_id)
        assert (case.risk_suggested, case.risk_override_reason) == (RiskLevel.YELLOW, "双方曾持刀对峙")


def test_the_escalation_flag_and_the_people_raise_the_suggestion(qtbot, view: IntakeView) -> None:
    choose(qtbot, view.form.case.dispute_type, DisputeType.NEIGHBOUR)
    view.form.risk.may_escalate.setFocus()
    qtbot.keyClick(view.form.risk.may_escalate, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.form.risk.suggested_name.text() == "橙")
    assert view.form.risk.reasons.text() == "可能激化，需报告公安"
    replace_text(qtbot, view.form.case.people.lineEdit(), "35")
    qtbot.waitUntil(lambda: view.form.risk.suggested_name.text() == "红")
    assert view.form.risk.colour.itemText(0) == "按建议（红）"
