"""Hostile text pasted into a dialog: the service's refusal reads in Chinese beside the field, the focus goes there,
nothing typed is lost and nothing is saved (条款库 as the example of every dialog that shows service errors)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from mediation_app.gui.dialogs.clause_library import ClauseLibraryDialog
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.services.clauses import list_clauses

from .paper_steps import shown
from .typing_helpers import type_text

SHOTS = Path(os.environ.get("MEDIATION_DESK_HOSTILE_SHOTS", "/tmp/shots/hostile"))


def test_a_pasted_direction_mark_is_refused_with_the_text_kept(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = ClauseLibraryDialog(ctx, ThreadRunner())
    shown(qtbot, dialog, (820, 560))
    type_text(qtbot, dialog.title_edit, "赔偿")
    pasted = "被申请人赔偿申请人\u202e元0005"  # U+202E turns the rest of the line around on screen
    dialog.text_edit.setPlainText(pasted)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法打印" in dialog.notice.text(), timeout=10_000)
    assert "U+202E" in dialog.notice.text()
    assert dialog.focusWidget() is dialog.text_edit
    assert dialog.text_edit.toPlainText() == pasted and dialog.title_edit.text() == "赔偿"
    assert list_clauses(ctx) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "clause_bad_char.png"))


def test_a_clause_longer_than_any_text_may_be_is_refused(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = ClauseLibraryDialog(ctx, runner)
    shown(qtbot, dialog, (820, 560))
    type_text(qtbot, dialog.title_edit, "赔偿")
    pasted = "被申请人赔偿申请人损失。" * 2000  # 24,000 characters: a whole document pasted by mistake
    dialog.text_edit.setPlainText(pasted)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "内容过长：最多 20000 个字符。"
    assert dialog.focusWidget() is dialog.text_edit and dialog.text_edit.toPlainText() == pasted
    assert list_clauses(ctx) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "clause_too_long.png"))
