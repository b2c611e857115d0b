"""The case window's 附件 tab, driven like a user: a PNG added through the file dialog, a PDF dropped onto the
panel, a bad file refused with a clear message, a picture and a PDF opened, one marked as a signed original."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import AttachmentKind
from mediation_app.gui.dialogs import attachment_dialogs
from mediation_app.gui.dialogs.attachment_dialogs import (
    AddAttachmentDialog,
    AttachmentViewDialog,
    ImageViewer,
    SignedOriginalDialog,
)
from mediation_app.gui.dialogs.case_steps_papers import RECORD_OPENERS, STEP_DIALOGS
from mediation_app.gui.tasks import ThreadRunner
from mediation_app.gui.views.case_attachments import AttachmentsPanel
from mediation_app.services.archive import build_archive
from mediation_app.services.attachments import list_attachments
from mediation_app.services.case_view import case_overview
from tests.services.casework_flow import TODAY, accepted_case, closed_case, held_session, image_bytes, pdf_bytes

from .paper_steps import host_for, shot, shown


def case_with_notice(ctx) -> int:  # type: ignore[no-untyped-def]
    """A case mediated once: its 调处通知书 was issued (a paper a scan can be the signed original of)."""
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    return case_id


def panel_for(qtbot, ctx, runner, settings, case_id: int) -> AttachmentsPanel:  # type: ignore[no-untyped-def]
    panel = AttachmentsPanel(ctx, runner, settings)
    shown(qtbot, panel, (980, 420))
    panel.load(case_overview(ctx, case_id, today=TODAY).summary, TODAY)
    return panel


def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "photo": ("身份证复印件.png", image_bytes("PNG", (120, 80))),
        "scan": ("调处通知书签字.pdf", pdf_bytes("signed notice", 2)),
        "text": ("说明.txt", "不是图片".encode()),
        "empty": ("空白.pdf", b""),
    }
    paths = {}
    for key, (name, data) in made.items():
        paths[key] = tmp_path / name
        paths[key].write_bytes(data)
    return paths


def save(qtbot, dialog: AddAttachmentDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def drop(panel: AttachmentsPanel, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dropEvent(event)


def test_add_open_and_mark_signed_original(qtbot, ctx, runner, app_settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths = files(tmp_path)
    case_id = case_with_notice(ctx)
    panel = panel_for(qtbot, ctx, runner, app_settings, case_id)
    assert panel.table.rowCount() == 0 and not panel.open_button.isEnabled()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(paths["photo"]), ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AddAttachmentDialog) and dialog.path_edit.text() == str(paths["photo"])
    dialog.kind_combo.set_member(AttachmentKind.ID_COPY)
    shot(dialog, "attachment_add")
    with qtbot.waitSignal(panel.changed):
        save(qtbot, dialog)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "身份证明" and panel.table.item(0, 1).text() == "身份证复印件.png"

    drop(panel, paths["scan"])
    dropped = panel.dialog
    assert isinstance(dropped, AddAttachmentDialog) and dropped.path_edit.text() == str(paths["scan"])
    type_note = "双方签字"
    dropped.note_edit.setText(type_note)
    save(qtbot, dropped)
    assert panel.table.rowCount() == 2 and panel.table.item(1, 2).text().endswith("KB")

    panel.select("身份证复印件.png")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert isinstance(panel.dialog, ImageViewer) and panel.dialog.pixmap.width() == 120
    panel.dialog.close()

    opened: list[QUrl] = []
    monkeypatch.setattr(attachment_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.select("调处通知书签字.pdf")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[0].toLocalFile()).read_bytes() == paths["scan"].read_bytes()

    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    mark = panel.dialog
    assert isinstance(mark, SignedOriginalDialog) and mark.paper_combo.count() == 1
    assert "调处通知书" in mark.paper_combo.currentText()
    shot(mark, "attachment_mark_signed")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(mark.save_button, Qt.MouseButton.LeftButton)
    assert "调处通知书" in panel.table.item(1, 5).text()
    assert panel.table.item(1, 0).text() == "签字原件扫描件"
    shot(panel, "attachments_panel")
    scan = next(a for a in list_attachments(ctx, case_id) if a.filename == "调处通知书签字.pdf")
    assert scan.original_of and scan.note == type_note


def test_a_bad_file_is_refused_with_a_clear_message(qtbot, ctx, runner, app_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = files(tmp_path)
    case_id = case_with_notice(ctx)
    panel = panel_for(qtbot, ctx, runner, app_settings, case_id)
    panel.add_files([paths["text"], paths["empty"]])
    first = panel.dialog
    assert isinstance(first, AddAttachmentDialog)
    save(qtbot, first)
    assert first.isVisible() and "PDF" in first.notice.text() and "说明.txt" in first.notice.text()
    shot(first, "attachment_bad_file")
    first.reject()  # the next dropped file's dialog follows
    second = panel.dialog
    assert isinstance(second, AddAttachmentDialog) and second is not first
    save(qtbot, second)
    assert "空" in second.notice.text() and second.isVisible()
    second.reject()
    assert panel.table.rowCount() == 0 and list_attachments(ctx, case_id) == []


def test_step_dialog_and_timeline_opener(qtbot, ctx, runner, app_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = files(tmp_path)
    case_id = case_with_notice(ctx)
    host = host_for(ctx, runner, app_settings, case_id, TODAY)
    dialog = STEP_DIALOGS[CaseAction.ADD_ATTACHMENT](host, None)
    assert isinstance(dialog, AddAttachmentDialog)
    shown(qtbot, dialog)
    dialog.path_edit.setText(str(paths["photo"]))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    added = list_attachments(ctx, case_id)[0]
    view = RECORD_OPENERS["attachment"](host, added.attachment_id, None)
    assert isinstance(view, AttachmentViewDialog)
    shown(qtbot, view)
    assert view.picture.pixmap().width() > 0 and "身份证复印件.png" in view.details.text()
    shot(view, "attachment_view")


def test_the_panel_with_the_real_thread_runner(qtbot, ctx, app_settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = files(tmp_path)
    case_id = case_with_notice(ctx)
    panel = AttachmentsPanel(ctx, ThreadRunner(), app_settings)
    shown(qtbot, panel)
    panel.load(case_overview(ctx, case_id, today=TODAY).summary, TODAY)
    panel.add_files([paths["photo"]])
    dialog = panel.dialog
    assert isinstance(dialog, AddAttachmentDialog)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)


def test_an_archived_case_takes_no_attachment(qtbot, ctx, runner, app_settings) -> None:  # type: ignore[no-untyped-def]
    closed = closed_case(ctx)
    build_archive(ctx, closed.case_id)
    panel = panel_for(qtbot, ctx, runner, app_settings, closed.case_id)
    assert panel.table.rowCount() >= 3  # the bound 卷宗 itself is not listed among them
    assert not panel.add_button.isEnabled() and "归档" in panel.add_button.toolTip()
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled() and not panel.mark_button.isEnabled()
