"""The frame every case step shares: Enter never saves, Ctrl+S does, and Esc after typing asks before the typed
input is thrown away (nothing typed is lost by a slip of the finger)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mediation_app.gui.dialogs.case_step import CaseStepDialog, StepHost
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.services.context import ServiceContext
from tests.services.casework_flow import accepted_case

from .test_session_dialogs import CTRL, make_host, opened
from .typing_helpers import type_text


class NoteDialog(CaseStepDialog):
    """A one-field step: saving records what was typed."""

    def __init__(self, host: StepHost) -> None:
        super().__init__(host, "记一笔")
        self.note = QLineEdit()
        self.add_field("note", "备注", self.note)
        self.saved_notes: list[str] = []

    def submit(self) -> None:
        self.run_save(lambda _ctx, text: self.saved_notes.append(text), self.note.text())


def _dialog(qtbot, ctx: ServiceContext, runner: Runner, settings: AppSettings) -> NoteDialog:  # type: ignore[no-untyped-def]
    return opened(qtbot, NoteDialog(make_host(ctx, runner, settings, accepted_case(ctx))))


def _question(dialog: NoteDialog) -> QMessageBox | None:
    return next((box for box in dialog.findChildren(QMessageBox) if box.isVisible()), None)


def test_enter_never_saves_and_ctrl_s_does(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, runner, app_settings)
    type_text(qtbot, dialog.note, "双方同意下周再谈")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_notes == []
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.note, Qt.Key.Key_S, CTRL)
    assert dialog.saved_notes == ["双方同意下周再谈"] and not dialog.isVisible()


def test_esc_with_nothing_typed_closes_at_once(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, runner, app_settings)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _question(dialog) is None


def test_esc_after_typing_asks_and_keeps_the_text_unless_discarded(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, runner, app_settings)
    type_text(qtbot, dialog.note, "申请人情绪激动")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(dialog) is not None)
    box = _question(dialog)
    assert box is not None and box.text() == "放弃已填写的内容吗？"
    keep = next(b for b in box.buttons() if b.text() == "继续填写")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _question(dialog) is None)
    assert dialog.isVisible() and dialog.note.text() == "申请人情绪激动"
    dialog.reject()  # 取消 asks the same
    qtbot.waitUntil(lambda: _question(dialog) is not None)
    box = _question(dialog)
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "放弃"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_notes == []
