"""条款库, driven like a user: opened from the settings page, clauses added per dispute type (one a payment),
edited, filtered, deleted; a clause without text refused with the reason; the editor offers the case type's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediation_app.domain.vocabulary import DisputeType
from mediation_app.gui.dialogs.clause_library import ClauseLibraryDialog
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.settings_view import SettingsView
from mediation_app.services.clauses import ClauseInfo, list_clauses, save_clause

from .paper_steps import shot, shown
from .typing_helpers import type_text


def add(qtbot, dialog: ClauseLibraryDialog, title: str, text: str, kind: DisputeType | None, payment: bool) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.title_edit, title)
    dialog.type_edit.setCurrentIndex(dialog.type_edit.findData(kind.value if kind else None))
    dialog.payment_check.setChecked(payment)
    type_text(qtbot, dialog.text_edit, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_clauses_added_edited_filtered_and_deleted(qtbot, ctx, runner, app_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings_view = SettingsView(ctx, runner, app_settings)
    shown(qtbot, settings_view, (900, 700))
    qtbot.mouseClick(settings_view.clauses_button, Qt.MouseButton.LeftButton)
    dialog = settings_view.clauses_dialog
    assert isinstance(dialog, ClauseLibraryDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    shot(settings_view, "settings_with_clause_library")

    add(qtbot, dialog, "赔偿", "被申请人赔偿申请人人民币    元。", DisputeType.NEIGHBOUR, True)
    add(qtbot, dialog, "互不追究", "双方就此纠纷再无其他争议。", None, False)
    add(qtbot, dialog, "抚养", "子女由一方抚养。", DisputeType.MARRIAGE_FAMILY, False)
    assert dialog.table.rowCount() == 3
    assert [c.title for c in list_clauses(ctx, DisputeType.NEIGHBOUR)] == ["赔偿", "互不追究"]
    payment = next(c for c in list_clauses(ctx) if c.title == "赔偿")
    assert payment.is_payment and payment.dispute_type is DisputeType.NEIGHBOUR

    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(DisputeType.MARRIAGE_FAMILY.value))
    titles = [dialog.table.item(n, 0).text() for n in range(dialog.table.rowCount())]
    assert titles == ["抚养", "互不追究"]
    assert dialog.table.item(1, 1).text() == "通用"

    dialog.table.selectRow(0)
    assert dialog.title_edit.text() == "抚养"
    dialog.text_edit.selectAll()
    type_text(qtbot, dialog.text_edit, "子女由母亲抚养。")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert next(c for c in list_clauses(ctx) if c.title == "抚养").text == "子女由母亲抚养。"
    shot(dialog, "clause_library")

    dialog.table.selectRow(0)
    dialog.delete(confirm=False)
    assert {c.title for c in list_clauses(ctx)} == {"赔偿", "互不追究"}
    assert dialog.table.rowCount() == 1


def test_a_clause_without_text_is_refused(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = ClauseLibraryDialog(ctx, runner)
    shown(qtbot, dialog)
    type_text(qtbot, dialog.title_edit, "空条款")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "内容" in dialog.notice.text() and dialog.focusWidget() is dialog.text_edit
    assert dialog.title_edit.text() == "空条款" and list_clauses(ctx) == []


def test_the_library_with_the_real_thread_runner(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    save_clause(ctx, ClauseInfo(None, "赔偿", "赔偿若干元。", DisputeType.NEIGHBOUR, True))
    dialog = ClauseLibraryDialog(ctx, ThreadRunner())
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "是"
