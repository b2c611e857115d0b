"""修改记录 in 设置 and in the case window: a case number typed, its history shown (who, when, what, before →
after) in Chinese; a wrong number explained with the number kept; the stale-save message naming who and what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mediation_app.gui.errors import error_message
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.gui.views.settings_audit import AuditBox, AuditHistoryDialog
from mediation_app.services.audit_history import case_history
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.models import Case
from tests.services.casework_flow import TODAY

from .factories import make_case


def _edited_case(ctx: ServiceContext) -> str:
    ref = make_case(ctx, "王堃", accept=True, respondent="李玥")
    with ctx.db.write() as session:
        case = session.get(Case, ref.case_id)
        assert case is not None
        case.facts = "楼上漏水，天花板受损。"
    assert ref.number is not None
    return ref.number


def _box(qtbot, ctx: ServiceContext, runner, app_settings: AppSettings) -> AuditBox:  # type: ignore[no-untyped-def]
    box = AuditBox(ctx, runner, settings=app_settings)
    qtbot.addWidget(box)
    box.show()
    return box


def _column(dialog: AuditHistoryDialog, name: str) -> list[str]:
    model = dialog.model
    column = model.column_index(name)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_case_number_shows_its_history_in_chinese(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    number = _edited_case(ctx)
    box = _box(qtbot, ctx, SyncRunner(), app_settings)
    assert box.title() == "修改记录（审计记录）"
    box.number.setText(number)  # (QTest types ASCII only)
    qtbot.keyClick(box.number, Qt.Key.Key_Return)
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    assert number in dialog.windowTitle()
    actions, fields = _column(dialog, "action"), _column(dialog, "field")
    assert actions[0] == "修改" and fields[0] == "事实"  # newest first
    assert _column(dialog, "after")[0] == "楼上漏水，天花板受损。"
    assert "新增" in actions and "受理" in actions  # the rows added and the service's own event
    assert set(_column(dialog, "user")) == {"系统"}  # no user logged in: the system made the changes
    assert any(record.startswith("当事人") for record in _column(dialog, "record"))


def test_a_wrong_or_missing_number_is_explained_and_kept(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    box = _box(qtbot, ctx, SyncRunner(), app_settings)
    box.show_button.click()
    assert box.error.text() == "请输入要查看修改记录的案件的案号。"
    box.number.setText("（2026）某街联调字第9999号")
    box.show_button.click()
    assert "没有案号为（2026）某街联调字第9999号的案件" in box.error.text()
    assert box.number.text() == "（2026）某街联调字第9999号" and box.dialog is None
    qtbot.keyClicks(box.number, "1")
    assert box.error.text() == ""  # typing again clears the reason


def test_the_history_is_read_off_the_gui_thread(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    number = _edited_case(ctx)
    box = _box(qtbot, ctx, ThreadRunner(), app_settings)
    box.number.setText(number)
    box.show_button.click()
    assert not box.show_button.isEnabled()  # while the read runs
    qtbot.waitUntil(lambda: box.dialog is not None, timeout=10_000)
    assert box.show_button.isEnabled()
    assert box.dialog is not None and box.dialog.model.rowCount() > 3


def test_the_history_table_passes_the_model_tester_and_copies(qtbot, qtmodeltester, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    number = _edited_case(ctx)
    dialog = AuditHistoryDialog(case_history(ctx, number), app_settings)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model, force_py=True)
    dialog.table.selectRow(0)
    dialog.copy()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["时间", "操作人", "操作", "记录", "字段", "修改前", "修改后"]
    assert lines[1].split("\t")[4:] == ["事实", "双方因噪音发生争执。", "楼上漏水，天花板受损。"]


def test_the_case_window_opens_the_cases_history(qtbot, ctx, app_settings) -> None:  # type: ignore[no-untyped-def]
    _edited_case(ctx)
    ref = make_case(ctx, "赵喆", accept=True)
    window = CaseWindow(ctx, SyncRunner(), app_settings, ref.case_id, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.history_action.text() == "修改记录…"
    window.history_action.trigger()
    dialogs = [w for w in window.findChildren(AuditHistoryDialog) if w.isVisible()]
    assert len(dialogs) == 1
    assert set(_column(dialogs[0], "record")) >= {f"案件 #{ref.case_id}"}
    assert not any(f"#{ref.case_id - 1}" == r.split(" ")[-1] for r in _column(dialogs[0], "record") if "案件" in r)


def test_a_stale_save_names_who_saved_when_and_which_fields() -> None:
    error = ServiceError(
        "record.stale", entity="agreement", who="周玥", when="2026-11-21 09:30", fields=("facts", "performance_place")
    )
    text = error_message(error)
    assert "周玥" in text and "2026-11-21 09:30" in text and "事实、履行地点" in text
    assert "未保存" in text and "仍在" in text
    assert error_message(ServiceError("record.stale", entity="agreement")).startswith("该记录在您打开后已被他人修改")
