"""The paper preview: paging and zoom on a real multi-page paper, Save as PDF and Print of the issued bytes."""

from __future__ import annotations

import hashlib
import io
import os
import re
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs import print_job
from mediation_app.gui.dialogs.paper_files import pdf_file_name, renumbered, write_atomically
from mediation_app.gui.dialogs.preview import PreviewDialog
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.printing.forms import load_form
from mediation_app.printing.render import render_pdf
from mediation_app.services.context import ServiceContext
from mediation_app.services.documents import (
    PrintedForm,
    issue_case_form,
    issued_documents,
    preview_case_form,
    render_sample,
    reproduce_issued,
)

from ..printing.contexts import long_agreement
from .factories import make_case

A4_POINTS = (595.28, 841.89)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def long_paper() -> PrintedForm:
    """The agreement grown to several pages (12 parties, 40 terms), as an issued paper."""
    pdf = render_pdf(load_form("agreement"), long_agreement())
    return PrintedForm("agreement", pdf, hashlib.sha256(pdf).hexdigest(), "（2026）某街调协字第0007号", 1)


def open_preview(qtbot, runner, settings: AppSettings, paper: PrintedForm, **kwargs) -> PreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PreviewDialog(runner, settings, paper, kwargs.pop("title", "人民调解协议书"), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot, dialog: QDialog, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


class IssueSpy:
    """issue_case_form for one case's form, counting its calls and keeping what it returned."""

    def __init__(self, ctx: ServiceContext, form_id: str, case_id: int) -> None:
        self.call = partial(issue_case_form, ctx, form_id, case_id)
        self.issued: list[PrintedForm] = []

    def __call__(self) -> PrintedForm:
        self.issued.append(self.call())
        return self.issued[-1]


@pytest.fixture
def application(ctx: ServiceContext) -> tuple[int, PrintedForm, IssueSpy]:
    """An accepted case, the preview of its 人民调解申请书 and the issue function its preview window gets."""
    case = make_case(ctx, "张三", accept=True, respondent="李四")
    return case.case_id, preview_case_form(ctx, "application", case.case_id), IssueSpy(ctx, "application", case.case_id)


def page_image(pdf: bytes, page: int = 0, width: int = 120) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(page)
    image = document.render(page, QSize(width, round(width * size.height() / size.width())))
    return print_job.on_white(image).convertToFormat(QImage.Format.Format_Grayscale8)


def ink_box(image: QImage, threshold: int = 200) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of everything printed darker than ``threshold`` on a greyscale page."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    data = image.constBits().tobytes()
    rows = [y for y in range(height) if min(data[y * stride : y * stride + width]) < threshold]
    columns = [x for x in range(width) if min(data[x : height * stride : stride]) < threshold]
    return columns[0], rows[0], columns[-1], rows[-1]


# -- pages and zoom ---------------------------------------------------------------------------------------------
def test_the_preview_shows_the_page_count_and_pages_through(qtbot, app_settings, long_paper) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    view = dialog.paper_view
    pages = len(pypdf.PdfReader(io.BytesIO(long_paper.pdf)).pages)
    assert pages > 2 and view.page_count() == pages
    assert view.page_label.text() == f"第 1 页 / 共 {pages} 页"
    assert not view.previous_action.isEnabled() and view.next_action.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    assert view.page_label.text() == f"第 2 页 / 共 {pages} 页"
    view.next_action.trigger()
    qtbot.waitUntil(lambda: view.current_page() == 2)
    press(qtbot, dialog, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: view.current_page() == 1)
    press(qtbot, dialog, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.page_label.text() == f"第 {pages} 页 / 共 {pages} 页")
    assert view.previous_action.isEnabled() and not view.next_action.isEnabled()
    view.next_action.trigger()  # already on the last page: stays there
    assert view.current_page() == pages - 1


def test_zoom_actions_change_the_zoom_and_it_is_remembered(qtbot, app_settings, long_paper) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    pdf_view = dialog.paper_view.view
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth  # the default
    fitted = dialog.paper_view.effective_zoom()
    press(qtbot, dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pdf_view.zoomFactor() > fitted
    larger = pdf_view.zoomFactor()
    press(qtbot, dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pdf_view.zoomFactor() < larger
    assert dialog.paper_view.zoom_label.text() == f"{round(pdf_view.zoomFactor() * 100)}%"
    dialog.paper_view.fit_page_action.trigger()
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert dialog.paper_view.effective_zoom() < fitted  # a whole A4 page is narrower than the window
    dialog.paper_view.zoom_in_action.trigger()
    assert app_settings.get(keys.PREVIEW_ZOOM) == str(round(pdf_view.zoomFactor() * 100))
    dialog.close()
    again = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    assert again.paper_view.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert again.paper_view.view.zoomFactor() == pytest.approx(pdf_view.zoomFactor())
    press(qtbot, again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.paper_view.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_the_window_geometry_is_remembered(qtbot, app_settings, long_paper) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    dialog.resize(700, 640)
    dialog.close()
    assert app_settings.get(keys.PREVIEW_GEOMETRY)
    again = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    assert (again.width(), again.height()) == (700, 640)


# -- save as PDF ------------------------------------------------------------------------------------------------
def test_save_as_pdf_issues_the_paper_and_writes_exactly_the_issued_bytes(
    qtbot, ctx, app_settings, application, tmp_path, monkeypatch
) -> None:
    case_id, preview, issue = application
    asked: list[str] = []

    def choose(_parent, _caption, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = open_preview(qtbot, SyncRunner(), app_settings, preview, title="人民调解申请书", issue=issue)
    # The application carries the case's own number: nothing about it is provisional, but it is not issued yet.
    assert dialog.provisional and dialog.state.text() == "预览：打印或保存时登记为已出具文书"
    assert issued_documents(ctx, case_id) == []  # a preview writes nothing
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [paper] = issue.issued
    [registered] = issued_documents(ctx, case_id)
    assert Path(asked[0]).name == f"人民调解申请书_{preview.number}.pdf"
    written = tmp_path / f"人民调解申请书_{paper.number}.pdf"
    assert written.read_bytes() == paper.pdf == reproduce_issued(ctx, registered.document_id).pdf
    assert hashlib.sha256(written.read_bytes()).hexdigest() == registered.sha256
    assert not dialog.provisional and dialog.paper == paper
    assert "已保存" in dialog.notice.text()
    assert app_settings.get(keys.PDF_FOLDER) == str(tmp_path)
    dialog.save_action.trigger()  # saving again issues nothing new
    assert len(issue.issued) == 1 and len(issued_documents(ctx, case_id)) == 1


def test_when_another_desk_took_the_previewed_number_the_file_gets_the_issued_one(
    qtbot, app_settings, long_paper, tmp_path, monkeypatch
) -> None:
    """The preview showed 0007; by the time it is saved 0007 is gone, the paper is issued as 0008 (other bytes)."""
    shown = PrintedForm("agreement", render_sample("agreement"), "", "（2026）某街调协字第0007号", None)
    issued = PrintedForm("agreement", long_paper.pdf, long_paper.sha256, "（2026）某街调协字第0008号", 8)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, suggested, _f: (str(tmp_path / Path(suggested).name), "PDF")
    )
    dialog = open_preview(qtbot, SyncRunner(), app_settings, shown, issue=lambda: issued)
    with qtbot.waitSignal(dialog.issued) as signalled:
        dialog.save_action.trigger()
    assert signalled.args == [issued]
    assert [p.name for p in tmp_path.iterdir()] == ["人民调解协议书_（2026）某街调协字第0008号.pdf"]
    assert (tmp_path / "人民调解协议书_（2026）某街调协字第0008号.pdf").read_bytes() == issued.pdf != shown.pdf
    assert dialog.windowTitle() == "人民调解协议书 （2026）某街调协字第0008号 — 预览"
    assert dialog.state.text() == "已出具，编号 （2026）某街调协字第0008号；再次打印或保存不另编号"


def test_a_failed_save_says_why_in_chinese_and_leaves_no_file(
    qtbot, app_settings, application, tmp_path, monkeypatch
) -> None:
    _case_id, preview, issue = application
    target = tmp_path / "missing-folder" / "申请书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "PDF"))
    dialog = open_preview(qtbot, SyncRunner(), app_settings, preview, title="人民调解申请书", issue=issue)
    dialog.save_action.trigger()
    assert dialog.notice.property("kind") == "error"
    assert dialog.notice.text().startswith("无法写入") and "文件夹不存在" in dialog.notice.text()
    assert not target.parent.exists()
    assert not dialog.busy and dialog.save_action.isEnabled()


def test_a_write_that_fails_midway_keeps_the_old_file_and_no_temporary_one(tmp_path, monkeypatch) -> None:
    target = tmp_path / "协议书.pdf"
    target.write_bytes(b"%PDF old")

    def refuse(_src: str, _dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(Exception) as raised:
        write_atomically(target, b"%PDF new")
    assert raised.value.code == "file.no_permission"  # type: ignore[attr-defined]
    assert target.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["协议书.pdf"]


def test_file_names_carry_the_paper_number_and_follow_it() -> None:
    assert (
        pdf_file_name("人民调解协议书", "（2026）某街调协字第0007号") == "人民调解协议书_（2026）某街调协字第0007号.pdf"
    )
    assert pdf_file_name("调处通知书", None, "李四") == "调处通知书_李四.pdf"
    assert pdf_file_name("a/b:c", None) == "a_b_c.pdf"
    chosen = Path("/x/协议书_（2026）某街调协字第0007号.pdf")
    assert renumbered(chosen, "（2026）某街调协字第0007号", "（2026）某街调协字第0008号").name == (
        "协议书_（2026）某街调协字第0008号.pdf"
    )
    assert (
        renumbered(Path("/x/mine.pdf"), "（2026）某街调协字第0007号", "（2026）某街调协字第0008号").name == "mine.pdf"
    )


# -- print ------------------------------------------------------------------------------------------------------
def to_pdf_file(printer: QPrinter, path: Path) -> None:
    """What the user's print dialog would do, but into a PDF file at a resolution a test can afford."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)


@pytest.fixture
def accept_print_dialog(monkeypatch) -> list[QPrintDialog]:  # type: ignore[no-untyped-def]
    shown: list[QPrintDialog] = []

    def accept(dialog: QPrintDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return shown


@pytest.fixture
def printed_from(monkeypatch) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The bytes every print job was made from."""
    sources: list[bytes] = []
    original = print_job.PrintJob.__init__

    def spy(self, pdf: bytes, printer: QPrinter, **kwargs) -> None:  # type: ignore[no-untyped-def]
        sources.append(pdf)
        original(self, pdf, printer, **kwargs)

    monkeypatch.setattr(print_job.PrintJob, "__init__", spy)
    return sources


def assert_a4_copy_of(printed: Path, paper: bytes) -> None:
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == len(pypdf.PdfReader(io.BytesIO(paper)).pages)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4_POINTS, abs=1.0)
    printed_pdf = printed.read_bytes()
    for page in range(len(reader.pages)):
        # 100 % from the paper's corner: the ink sits where the paper puts it (300 px wide: 2 pt a pixel), where
        # "fit to page" would shrink it by 3-6 % and move every edge by several pixels
        expected, found = ink_box(page_image(paper, page, 300)), ink_box(page_image(printed_pdf, page, 300))
        assert all(abs(a - b) <= 2 for a, b in zip(expected, found, strict=True)), (page, expected, found)


def test_print_issues_once_and_prints_the_issued_bytes_on_a4_at_full_size(
    qtbot, ctx, app_settings, application, tmp_path, accept_print_dialog, printed_from
) -> None:
    case_id, preview, issue = application
    dialog = open_preview(qtbot, SyncRunner(), app_settings, preview, title="人民调解申请书", issue=issue)
    to_pdf_file(dialog.printer, tmp_path / "printed.pdf")
    with qtbot.waitSignal(dialog.printed) as printed:
        press(qtbot, dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [print_dialog] = accept_print_dialog
    assert print_dialog.minPage() == 1 and print_dialog.maxPage() == dialog.paper_view.page_count()
    [paper] = issue.issued
    assert printed_from == [paper.pdf]
    assert [d.sha256 for d in issued_documents(ctx, case_id)] == [paper.sha256]
    assert printed.args[0].pages == dialog.paper_view.page_count() and not printed.args[0].cancelled
    assert dialog.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert_a4_copy_of(tmp_path / "printed.pdf", paper.pdf)
    assert "已送往打印机" in dialog.notice.text()
    dialog.print_action.trigger()  # printing again prints the same paper and issues nothing
    assert len(issue.issued) == 1 and printed_from == [paper.pdf, paper.pdf]


def test_a_multi_page_paper_prints_every_page(
    qtbot, app_settings, long_paper, tmp_path, accept_print_dialog, printed_from
) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    to_pdf_file(dialog.printer, tmp_path / "long.pdf")
    dialog.print_action.trigger()
    assert printed_from == [long_paper.pdf]
    assert_a4_copy_of(tmp_path / "long.pdf", long_paper.pdf)


def test_printing_runs_off_the_gui_thread_and_the_window_stays_usable(
    qtbot, app_settings, long_paper, tmp_path, accept_print_dialog
) -> None:
    runner = ThreadRunner()
    dialog = open_preview(qtbot, runner, app_settings, long_paper)
    to_pdf_file(dialog.printer, tmp_path / "threaded.pdf")
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        dialog.print_action.trigger()
        job = dialog.print_job
        assert dialog.busy and job is not None  # the trigger returned while the pages are still being sent
        assert dialog.cancel_button.isVisible() and not dialog.print_action.isEnabled()
        dialog.paper_view.next_action.trigger()  # paging works meanwhile
        dialog.close()  # refused while printing: the result arrives in this window
        assert dialog.isVisible()
    assert job.thread_id is not None and job.thread_id != threading.get_ident()
    pages = len(pypdf.PdfReader(io.BytesIO(long_paper.pdf)).pages)
    assert printed.args[0].pages == pages and not dialog.busy
    assert runner.wait_idle()
    assert len(pypdf.PdfReader(tmp_path / "threaded.pdf").pages) == pages


def test_printing_can_be_cancelled(qtbot, app_settings, long_paper, tmp_path, accept_print_dialog, monkeypatch) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    to_pdf_file(dialog.printer, tmp_path / "cancelled.pdf")
    original: Callable[..., object] = print_job.PrintJob._paint_page

    def paint_then_cancel(self, *args):  # type: ignore[no-untyped-def]
        original(self, *args)
        self.cancel()  # the user presses 取消打印 while the first page is on its way

    monkeypatch.setattr(print_job.PrintJob, "_paint_page", paint_then_cancel)
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_action.trigger()
    assert printed.args[0].cancelled and printed.args[0].pages == 1
    assert "已取消打印" in dialog.notice.text()


def test_a_printer_that_cannot_start_is_reported_in_chinese(
    qtbot, app_settings, long_paper, tmp_path, accept_print_dialog
) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper)
    to_pdf_file(dialog.printer, tmp_path / "no-such-folder" / "out.pdf")
    dialog.print_action.trigger()
    assert dialog.notice.property("kind") == "error"
    assert CJK.search(dialog.notice.text()) and "打印机" in dialog.notice.text()
    assert not dialog.busy


def test_a_reprinted_original_says_so_and_never_issues(qtbot, app_settings, long_paper) -> None:
    dialog = open_preview(qtbot, SyncRunner(), app_settings, long_paper, reprint=True)
    assert not dialog.provisional
    assert dialog.state.text().startswith("原件重印")
    assert dialog.windowTitle() == "人民调解协议书 （2026）某街调协字第0007号 — 预览"
