"""Drafts of the intake form: kept when the window is closed unsaved or Ctrl+N starts another, recovered after a
crash with the window open (no close handling runs), and typing that never pauses is still kept every few seconds."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer

from mediation_app.domain.vocabulary import DisputeType, RiskLevel
from mediation_app.gui.views import intake_drafts
from mediation_app.gui.views.intake_view import IntakeView
from mediation_app.services.context import ServiceError
from mediation_app.services.drafts import list_drafts, load_draft, save_draft

from .test_intake_view import FACTS, cases, choose, fill_neighbours, make_view, press_save
from .typing_helpers import type_text


@pytest.fixture
def view(qtbot, ctx, runner, app_settings) -> IntakeView:  # type: ignore[no-untyped-def]
    return make_view(qtbot, ctx, runner, app_settings)


def test_a_draft_is_recovered_after_the_window_is_closed_unsaved(qtbot, ctx, runner, app_settings) -> None:
    first = make_view(qtbot, ctx, runner, app_settings)
    fill_neighbours(qtbot, first)
    choose(qtbot, first.form.risk.colour, RiskLevel.ORANGE)
    type_text(qtbot, first.form.risk.reason, "双方曾发生推搡")
    qtbot.waitUntil(lambda: first.drafts.draft_id is not None)  # saved after a pause in the typing
    type_text(qtbot, first.form.facts, "今日又起争执。")
    first.close()  # closing saves what was typed since at once
    [draft] = list_drafts(ctx)
    assert draft.summary.startswith("王堃、李玥：楼上卫生间漏水")
    second = make_view(qtbot, ctx, runner, app_settings)
    qtbot.waitUntil(lambda: second.drafts_dialog is not None and second.drafts_dialog.isVisible())
    dialog = second.drafts_dialog
    assert dialog.list.count() == 1 and "王堃、李玥" in dialog.list.item(0).text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.applicant.name.text() == "王堃")
    assert second.form.facts.toPlainText() == FACTS + "今日又起争执。"
    assert second.form.parties.cards[1].phone.text() == "13987654321"
    assert second.form.case.dispute_type.member() is DisputeType.NEIGHBOUR
    assert (second.form.risk.chosen(), second.form.risk.reason.text()) == (RiskLevel.ORANGE, "双方曾发生推搡")
    assert second.drafts.draft_id == draft.draft_id
    press_save(qtbot, second)
    assert [row.applicants for row in cases(ctx)] == ["王堃"]
    assert list_drafts(ctx) == []  # the draft went with the save


def test_ctrl_n_keeps_the_typed_intake_as_a_draft_and_a_draft_can_be_discarded(qtbot, view, ctx) -> None:
    type_text(qtbot, view.applicant.name, "赵喆")
    type_text(qtbot, view.form.facts, "欠薪")
    qtbot.keyClick(view.form.facts, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.applicant.name.text() == "" and view.form.facts.toPlainText() == ""
    assert view.form.notice.text() == "上一份登记已保存为草稿（点“草稿…”可继续填写）。"
    [draft] = list_drafts(ctx)
    assert draft.summary == "赵喆：欠薪"
    qtbot.mouseClick(view.form.drafts_button, Qt.MouseButton.LeftButton)
    dialog = view.drafts_dialog
    assert dialog is not None and dialog.list.count() == 1
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert list_drafts(ctx) == []
    assert view.drafts_dialog is None


def test_a_draft_is_recovered_after_a_crash_with_the_window_open(qtbot, ctx, runner, app_settings) -> None:
    first = IntakeView(ctx, runner, app_settings)  # not left to qtbot: the "crash" destroys it
    first.resize(1104, 730)
    first.show()
    qtbot.waitExposed(first)
    first.refresh()
    fill_neighbours(qtbot, first)
    qtbot.waitUntil(lambda: first.drafts.draft_id is not None)  # saved after a pause in the typing
    type_text(qtbot, first.form.case.grid, "3")  # typed in the last second: a crash may lose this
    hidden = []
    first.drafts.flush = lambda: hidden.append(True)  # type: ignore[method-assign]
    shiboken6.delete(first)  # the window is gone without closing: no close or hide handling runs
    assert hidden == []
    [draft] = list_drafts(ctx)
    assert load_draft(ctx, draft.draft_id)["grid"] == ""  # what the crash lost: the last second only
    second = make_view(qtbot, ctx, runner, app_settings)
    qtbot.waitUntil(lambda: second.drafts_dialog is not None and second.drafts_dialog.isVisible())
    assert second.drafts_dialog is not None
    qtbot.mouseClick(second.drafts_dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.applicant.name.text() == "王堃")
    assert second.form.facts.toPlainText() == FACTS
    assert second.form.parties.cards[1].name.text() == "李玥"
    assert second.form.case.place.text() == "建设路12号" and second.form.case.amount.text() == "3000"


def test_typing_without_a_pause_is_still_kept_every_few_seconds(qtbot, ctx, runner, app_settings) -> None:
    view: IntakeView = make_view(qtbot, ctx, runner, app_settings)
    keeper = view.drafts
    keeper.deadline.setInterval(600)  # the longest wait, shortened for the test; the pause stays at one second
    paused: list[bool] = []
    keeper.timer.timeout.connect(lambda: paused.append(True))
    typist = QTimer(interval=100)  # a key every 0.1 s: the one-second pause never comes
    typist.timeout.connect(lambda: type_text(qtbot, view.form.facts, "吵"))
    typist.start()
    try:
        with qtbot.waitSignal(keeper.deadline.timeout, timeout=3000):
            pass
        assert keeper.draft_id is not None  # saved by the longest wait …
        assert paused == []  # … while the pause had not come
    finally:
        typist.stop()
    assert load_draft(ctx, keeper.draft_id)["facts"].startswith("吵")


def test_a_draft_that_could_not_be_saved_is_tried_again(qtbot, ctx, runner, app_settings, monkeypatch) -> None:
    view: IntakeView = make_view(qtbot, ctx, runner, app_settings)
    failures = []

    def busy_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not failures:
            failures.append(True)
            raise ServiceError("db.busy")
        return save_draft(*args, **kwargs)

    monkeypatch.setattr(intake_drafts, "save_draft", busy_once)
    type_text(qtbot, view.applicant.name, "赵喆")
    qtbot.waitUntil(lambda: failures == [True])
    assert view.drafts.draft_id is None and view.drafts.timer.isActive()  # nothing typed since, yet it tries again
    qtbot.waitUntil(lambda: view.drafts.draft_id is not None)
    assert load_draft(ctx, view.drafts.draft_id)["parties"][0]["name"] == "赵喆"
