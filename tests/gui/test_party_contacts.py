"""The case window's parties: numbers masked, shown whole on request to staff (logged), never to 查阅."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import SyncRunner, ThreadRunner
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.services.context import ServiceContext
from mediation_app.services.mediators import add_participant
from mediation_app.storage.models import AuditEvent, User
from tests.services.casework_flow import TODAY, WANG_ID, accepted_case


def _as(ctx: ServiceContext, role: UserRole) -> ServiceContext:
    with ctx.db.write() as session:
        user = User(username=f"u-{role.value}", display_name=f"{role.zh}甲", role=role)
        session.add(user)
        session.flush()
        return ServiceContext(ctx.db, ctx.office_id, user.id, role)


def _people_tab(qtbot, ctx: ServiceContext, runner, settings: AppSettings, case_id: int) -> CaseWindow:  # type: ignore[no-untyped-def]
    window = CaseWindow(ctx, runner, settings, case_id, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.people)
    return window


def _cells(window: CaseWindow, row: int) -> tuple[str, str]:
    model = window.people.parties_box.model
    id_col, phone_col = model.column_index("id_number"), model.column_index("phone")
    return str(model.index(row, id_col).data()), str(model.index(row, phone_col).data())


def test_numbers_are_masked_and_a_mediator_reveals_one_party_with_a_record(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    mediator = _as(ctx, UserRole.MEDIATOR)
    window = _people_tab(qtbot, mediator, ThreadRunner(), app_settings, case_id)
    box = window.people.parties_box
    qtbot.waitUntil(lambda: box.model.rowCount() == 2, timeout=10_000)
    assert _cells(window, 0) == (WANG_ID[:6] + "********" + WANG_ID[-4:], "138****5678")
    box.table.selectRow(0)
    qtbot.mouseClick(box.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cells(window, 0) == (WANG_ID, "13812345678"), timeout=10_000)
    assert "已记录" in box.notice.text() and "*" in _cells(window, 1)[1]  # the other party stays masked
    with ctx.db.read() as session:
        reveal = session.query(AuditEvent).filter(AuditEvent.action == "reveal").one()
    assert (reveal.user_id, reveal.case_id) == (mediator.user_id, case_id)


def test_a_viewer_sees_masked_numbers_and_cannot_reveal(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, app_settings: AppSettings
) -> None:
    case_id = accepted_case(ctx)
    add_participant(ctx, case_id, "李大爷", "邻居", "13700001111")
    window = _people_tab(qtbot, _as(ctx, UserRole.VIEWER), SyncRunner(), app_settings, case_id)
    box = window.people.parties_box
    assert box.model.rowCount() == 2 and "*" in _cells(window, 0)[0]
    assert not box.reveal_button.isEnabled() and "查阅" in box.reveal_button.toolTip()
    participants = window.people.participants_model
    phone = participants.index(0, participants.column_index("phone")).data()
    assert participants.rowCount() == 1 and phone == "137****1111"  # invited people's phones are masked too
