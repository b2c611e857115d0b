"""The manual's pictures: each scene drives the program's real windows to a state worth showing and grabs it."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import screenshot_data as data
from PIL import Image
from PySide6.QtCore import QBuffer, QDate, QDateTime, QIODevice, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.vocabulary import Channel, DisputeType, RiskLevel
from mediation_app.gui.dialogs.first_start import FirstStartDialog
from mediation_app.gui.dialogs.login import LoginDialog
from mediation_app.gui.main_window import MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import get_office


def wait_until(condition: Callable[[], object], timeout: float = 15.0) -> None:
    """Let Qt work (timers, the runner's results) until the condition holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window never reached the state wanted: {condition}")
        QTest.qWait(20)


def settle() -> None:
    """Layouts, deferred checks and repaints done before a picture is taken."""
    QTest.qWait(300)
    QApplication.processEvents()


def type_into(widget: QWidget, text: str) -> None:
    """Typed as a user does: ASCII by key presses, Chinese as an input method commits it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


class Camera:
    """Grabs widgets into palette PNGs in the output folder and remembers what it wrote."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[Path] = []

    def grab(self, widget: QWidget, name: str) -> None:
        settle()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        widget.grab().save(buffer, "PNG")
        image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
        path = self.folder / f"{name}.png"
        image.save(path, optimize=True)
        self.written.append(path)
        print(f"{path.name}: {image.width}×{image.height}, {path.stat().st_size // 1024} KB", flush=True)


def first_start(camera: Camera, ctx: ServiceContext) -> ServiceContext:
    """The first start: the office and the administrator typed in, then created (Ctrl+Enter)."""
    dialog = FirstStartDialog(ctx, SyncRunner(), get_office(ctx))
    dialog.show()
    values = (*data.OFFICE, *data.ADMIN, data.PASSWORD, data.PASSWORD)
    keys = ("name", "committee_name", "case_prefix", "username", "display_name", "password", "password_again")
    for key, text in zip(keys, values, strict=True):
        dialog.fields[key].clear()
        type_into(dialog.fields[key], text)
    camera.grab(dialog, "01-first-start")
    dialog.submit()
    assert dialog.signed_in is not None, dialog.notice.text()
    dialog.close()
    return dialog.signed_in.context(ctx.db)


def login(camera: Camera, ctx: ServiceContext, settings: AppSettings) -> None:
    """Every later start: the login, the user name remembered."""
    dialog = LoginDialog(ctx, SyncRunner(), settings, get_office(ctx).name)
    dialog.show()
    dialog.username.setText(data.ADMIN[0])
    type_into(dialog.password, data.PASSWORD)
    camera.grab(dialog, "02-login")
    dialog.close()


def dashboard(camera: Camera, window: MainWindow) -> None:
    window.show_view("dashboard")
    wait_until(lambda: window.dashboard.total_card.value.text() not in ("", "—"))
    window.dashboard.sections.setCurrentRow(3)  # 红橙预警案件
    camera.grab(window, "03-dashboard")


def intake(camera: Camera, window: MainWindow) -> int:
    """受理登记 typed in, registered (Ctrl+S), then the decision: 受理 confirmed. The new case's id."""
    window.show_view("intake")
    view = window.intake
    wait_until(lambda: view.form.case.channel.count() > 0)
    _fill_intake(view)
    wait_until(lambda: view.form.risk.isVisible())
    camera.grab(window, "04-intake")
    saved: list[object] = []
    view.case_saved.connect(saved.append)
    view.save()  # Ctrl+S
    wait_until(lambda: view.pages.currentIndex() == 1 or view.form.notice.text())
    assert view.pages.currentIndex() == 1, view.form.notice.text()
    view.decision.confirm_button.click()  # 受理, Ctrl+Enter
    wait_until(lambda: view.decision.stack.currentIndex() == 1)
    camera.grab(window, "05-decision")
    return int(saved[-1].case_id)  # type: ignore[attr-defined]


def _fill_intake(view: QWidget) -> None:
    case = view.form.case  # type: ignore[attr-defined]
    case.channel.set_member(Channel.WALK_IN)
    case.received.setDateTime(QDateTime(data.at(data.TODAY, 9, 30)))
    case.dispute_type.set_member(DisputeType.NEIGHBOUR)
    type_into(case.place, "东风社区建设路12号")
    type_into(case.community, "东风社区")
    type_into(case.grid, "第3网格")
    type_into(case.amount, "3000")
    applicant, respondent = view.form.parties.cards  # type: ignore[attr-defined]
    type_into(applicant.name, "王堃")
    type_into(applicant.phone, "13812345678")
    type_into(applicant.id_number, data.WANG_ID)
    type_into(applicant.address, "东风社区建设路12号301室")
    type_into(applicant.requests, "要求对方修复防水层并赔偿维修费3000元")
    type_into(respondent.name, "李玥")
    type_into(respondent.phone, "13987654321")
    type_into(respondent.id_number, data.LI_ID)
    type_into(respondent.address, "东风社区建设路12号401室")
    type_into(view.form.facts, "楼上卫生间漏水，楼下天花板受损、墙面发霉，双方协商未果，申请人来室求助。")  # type: ignore[attr-defined]


def agreement(camera: Camera, window: MainWindow, case_id: int) -> QWidget:
    """The case after a session: its window, the agreement editor filled in, and the 协议书's preview."""
    case_window = window.open_case(case_id)
    case_window.resize(1180, 760)
    wait_until(lambda: case_window.overview is not None)  # type: ignore[attr-defined]
    dialog = case_window.run_action(CaseAction.EDIT_AGREEMENT)  # type: ignore[attr-defined]
    assert dialog is not None
    wait_until(lambda: dialog.problems is not None)
    dialog.set_input(data.agreement_input())
    dialog.check_now()
    wait_until(lambda: dialog.complete)
    camera.grab(dialog, "07-agreement-editor")
    dialog.save_and_preview()
    wait_until(lambda: getattr(dialog, "preview", None) is not None)
    preview = dialog.preview
    preview.resize(900, 1000)
    wait_until(lambda: preview.paper_view.isVisible())
    camera.grab(preview, "08-agreement-preview")
    preview.close()
    dialog.close()
    return case_window


def case_window(camera: Camera, case_window: QWidget) -> None:
    case_window.reload()  # type: ignore[attr-defined]
    wait_until(lambda: case_window.overview is not None)  # type: ignore[attr-defined]
    camera.grab(case_window, "06-case-window")
    case_window.close()


def ledger(camera: Camera, window: MainWindow) -> None:
    """案件台账 with the filter panel open: red and orange… here red, this year, 调解中."""
    window.show_view("ledger")
    view = window.ledger
    view.filter_action.setChecked(True)
    panel = view.filter_panel
    wait_until(lambda: panel.isVisible() and panel.mediator.count() > 1)
    panel.date_from.setDate(QDate(2026, 1, 1))
    panel.risk.set_member(RiskLevel.ORANGE)
    wait_until(lambda: view.model.rowCount() > 0)
    camera.grab(window, "09-ledger")


def statistics(camera: Camera, window: MainWindow, year: int) -> None:
    from mediation_app.gui.views.statistics_view import Period

    window.show_view("statistics")
    view = window.statistics
    view.period.setCurrentIndex(view.period.findData(Period.CUSTOM))
    view.start.setDate(QDate(year, 1, 1))
    view.end.setDate(QDate(year, 12, 31))
    wait_until(lambda: view.statistics is not None and view.statistics.start == date(year, 1, 1))
    camera.grab(window, "10-statistics")


def meeting(camera: Camera, window: MainWindow) -> None:
    """联席会议 → 新建: the agenda proposed from the open cases, with each one's reasons."""
    window.show_view("meetings")
    dialog = window.meetings.new_meeting()
    dialog.resize(1180, 760)
    wait_until(lambda: len(dialog.agenda.rows()) > 0)  # type: ignore[attr-defined]
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 24, 14, 30)))  # type: ignore[attr-defined]
    type_into(dialog.place, "和平街道办事处三楼会议室")  # type: ignore[attr-defined]
    type_into(dialog.host, "邵长庚")  # type: ignore[attr-defined]
    camera.grab(dialog, "11-joint-meeting")
    if isinstance(dialog, QDialog):
        dialog.done(0)


def settings(camera: Camera, window: MainWindow) -> None:
    """设置, scrolled to the accounts and the backups."""
    window.show_view("settings")
    view = window.settings_view
    wait_until(lambda: view.users.isVisible())
    wait_until(lambda: view.users.model.rowCount() > 1 if hasattr(view.users, "model") else True)
    area = view.findChild(QScrollArea)
    settle()
    area.verticalScrollBar().setValue(view.users.mapTo(area.widget(), QPoint(0, 0)).y())
    camera.grab(window, "12-settings")


def archive(camera: Camera, window: MainWindow, case_id: int) -> None:
    """归档 on a closed case whose papers are all there: ready to build its 卷宗."""
    case_window = window.open_case(case_id)
    case_window.resize(1180, 760)
    wait_until(lambda: case_window.overview is not None)  # type: ignore[attr-defined]
    dialog = case_window.run_action(CaseAction.ARCHIVE)  # type: ignore[attr-defined]
    assert dialog is not None
    wait_until(lambda: dialog.problems is not None)
    camera.grab(dialog, "13-archive")
    dialog.close()
    case_window.close()
