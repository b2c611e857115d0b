"""承接单位名录 from 设置: add, edit, make inactive (never delete); a duplicate or a bad phone is refused in Chinese
next to the field, and what was typed stays."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from mediation_app.domain.vocabulary import BodyKind
from mediation_app.gui.dialogs.bodies import BodiesDialog
from mediation_app.gui.views.settings_view import SettingsView
from mediation_app.gui.vocab import MUTED_COLOUR
from mediation_app.services.bodies import BodyInfo, list_bodies, save_body

from .typing_helpers import replace_text, type_text


def activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)


@pytest.fixture
def settings_view(qtbot, ctx, runner, app_settings) -> SettingsView:  # type: ignore[no-untyped-def]
    view = SettingsView(ctx, runner, app_settings)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


@pytest.fixture
def directory(qtbot, settings_view: SettingsView) -> BodiesDialog:  # type: ignore[no-untyped-def]
    assert settings_view.bodies_summary.text() == "在用 0 个"
    qtbot.mouseClick(settings_view.bodies_button, Qt.MouseButton.LeftButton)
    dialog = settings_view.bodies_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def click_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def names(dialog: BodiesDialog) -> list[str]:
    return [body.name for body in dialog.model.rows()]


def fill(qtbot, dialog: BodiesDialog, name: str, kind: BodyKind, phone: str = "", contact: str = "") -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, dialog.name, name)
    dialog.kind.setFocus()
    dialog.kind.set_member(kind)
    type_text(qtbot, dialog.address, "青山路8号")
    type_text(qtbot, dialog.phone, phone)
    type_text(qtbot, dialog.contact, contact)


def test_add_edit_and_make_a_body_inactive(qtbot, directory: BodiesDialog, settings_view: SettingsView, ctx) -> None:
    assert directory.windowTitle() == "承接单位名录"
    assert directory.form_box.title() == "新增单位"
    assert directory.name.hasFocus()
    fill(qtbot, directory, "青山区劳动人事争议仲裁委员会", BodyKind.LABOUR_ARBITRATION, "010-88886666", "刘主任")
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    [saved] = list_bodies(ctx)
    assert (saved.name, saved.kind, saved.address, saved.phone, saved.contact) == (
        "青山区劳动人事争议仲裁委员会",
        BodyKind.LABOUR_ARBITRATION,
        "青山路8号",
        "010-88886666",
        "刘主任",
    )
    assert directory.notice.text() == "已保存：青山区劳动人事争议仲裁委员会。"
    assert directory.form_box.title() == "编辑：青山区劳动人事争议仲裁委员会"
    assert settings_view.bodies_summary.text() == "在用 1 个"

    # a second body with Ctrl+N, then Ctrl+S
    qtbot.keyClick(directory.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert directory.name.text() == "" and directory.form_box.title() == "新增单位"
    fill(qtbot, directory, "青山派出所", BodyKind.POLICE_STATION, "13812345678", "王警官")
    qtbot.keyClick(directory.contact, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert names(directory) == ["青山派出所", "青山区劳动人事争议仲裁委员会"]  # in the vocabulary's order of kinds
    assert [directory.model.index(r, 1).data() for r in range(2)] == ["派出所", "劳动人事争议仲裁委"]

    # edit the arbitration commission's contact
    click_row(qtbot, directory.table, 1)
    assert directory.name.text() == "青山区劳动人事争议仲裁委员会"
    replace_text(qtbot, directory.contact, "陈科长")
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    assert {b.name: b.contact for b in list_bodies(ctx)}["青山区劳动人事争议仲裁委员会"] == "陈科长"

    # make the police station inactive: kept (greyed, last), no longer offered
    click_row(qtbot, directory.table, 0)
    assert directory.active_button.text() == "停用"
    qtbot.mouseClick(directory.active_button, Qt.MouseButton.LeftButton)
    assert [b.name for b in list_bodies(ctx)] == ["青山区劳动人事争议仲裁委员会"]
    assert [b.name for b in list_bodies(ctx, include_inactive=True) if not b.is_active] == ["青山派出所"]
    assert names(directory) == ["青山区劳动人事争议仲裁委员会", "青山派出所"]
    assert directory.model.index(1, directory.model.column_index("active")).data() == "已停用"
    assert directory.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor(MUTED_COLOUR)
    assert directory.notice.text() == "已停用：青山派出所。"
    assert directory.active_button.text() == "重新启用"
    assert settings_view.bodies_summary.text() == "在用 1 个，已停用 1 个"
    qtbot.mouseClick(directory.active_button, Qt.MouseButton.LeftButton)
    assert len(list_bodies(ctx)) == 2


def test_a_duplicate_name_is_refused_and_the_typing_stays(qtbot, directory: BodiesDialog, ctx) -> None:
    save_body(ctx, BodyInfo(None, "青山派出所", BodyKind.POLICE_STATION))
    directory.refresh()
    fill(qtbot, directory, "青山派出所", BodyKind.POLICE_STATION, "010-66665555", "赵警官")
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    assert directory.name_error.text() == "单位名录中已有名为 “青山派出所” 的单位。"
    assert directory.name_error.isVisible()
    assert directory.notice.isHidden()  # said once, next to the name
    assert directory.name.hasFocus()
    assert (directory.name.text(), directory.phone.text(), directory.contact.text()) == (
        "青山派出所",
        "010-66665555",
        "赵警官",
    )
    assert len(list_bodies(ctx)) == 1
    type_text(qtbot, directory.name, "东区")  # another name: the reason goes away, and the save succeeds
    assert directory.name_error.isHidden()
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    assert sorted(b.name for b in list_bodies(ctx)) == ["青山派出所", "青山派出所东区"]
    assert directory.name_error.text() == ""


def test_a_bad_phone_is_explained_as_typed_and_not_saved(qtbot, directory: BodiesDialog, ctx) -> None:
    fill(qtbot, directory, "青山医调委", BodyKind.SPECIALISED_COMMITTEE, "12")
    assert directory.phone_error.text() == "电话号码位数不足。"
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    assert directory.notice.text() == "电话号码位数不足。"
    assert list_bodies(ctx) == []
    assert directory.name.text() == "青山医调委"


def test_an_edit_made_stale_by_another_desk_is_refused(qtbot, directory: BodiesDialog, ctx) -> None:
    body = save_body(ctx, BodyInfo(None, "青山派出所", BodyKind.POLICE_STATION))
    directory.refresh()
    click_row(qtbot, directory.table, 0)
    save_body(ctx, replace(body, contact="另一台电脑"))
    replace_text(qtbot, directory.contact, "王警官")
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    notice = directory.notice.text()
    assert (
        notice.startswith("未保存：在您打开此记录之后，系统 于 ") and "（修改了：联系人）" in notice
    )  # who, when, what
    assert directory.contact.text() == "王警官"
    assert list_bodies(ctx)[0].contact == "另一台电脑"


def test_an_empty_name_is_refused_next_to_the_field(qtbot, directory: BodiesDialog, ctx) -> None:
    qtbot.mouseClick(directory.save_button, Qt.MouseButton.LeftButton)
    assert directory.name_error.text() == "请填写单位名称。"
    assert list_bodies(ctx) == []


def test_the_directory_model_passes_the_qt_model_tester(qtmodeltester, directory: BodiesDialog, ctx) -> None:
    save_body(ctx, BodyInfo(None, "青山派出所", BodyKind.POLICE_STATION))
    save_body(ctx, BodyInfo(None, "青山法院", BodyKind.COURT, is_active=False))
    directory.refresh()
    qtmodeltester.check(directory.model, force_py=True)
    assert names(directory) == ["青山派出所", "青山法院"]
