"""The case window's 调解人员 tab: mediators added (staff or outside), removed, one lead; invited participants added
and removed; Enter in a name never saves the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mediation_app.domain.vocabulary import MediatorRole, UserRole
from mediation_app.gui.dialogs.mediators import MediatorsDialog, ParticipantDialog
from mediation_app.gui.errors import message_for
from mediation_app.gui.views import case_people
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.services.context import ServiceContext
from mediation_app.services.mediators import list_mediators, list_participants
from mediation_app.storage.models import User
from tests.services.casework_flow import TODAY, accepted_case

from .typing_helpers import type_text


def add_staff(ctx: ServiceContext, name: str) -> int:
    with ctx.db.write() as session:
        user = User(username="zhouxin", display_name=name, role=UserRole.MEDIATOR)
        session.add(user)
        session.flush()
        return user.id


@pytest.fixture
def people(qtbot, ctx, runner, app_settings):  # type: ignore[no-untyped-def]
    window = CaseWindow(ctx, runner, app_settings, accepted_case(ctx), lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.people)
    return window


def test_the_tab_shows_the_mediators_with_role_and_lead(people: CaseWindow) -> None:
    model = people.people.mediators_model
    assert [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data()) for r in range(2)] == [
        ("周玥", "人民调解员", "✓"),
        ("王建民", "民警", ""),
    ]


def test_a_staff_mediator_and_an_outside_lawyer_are_added_and_one_removed(qtbot, people: CaseWindow, ctx) -> None:  # type: ignore[no-untyped-def]
    staff_id = add_staff(ctx, "周鑫")
    dialog = people.people.edit_mediators()
    assert isinstance(dialog, MediatorsDialog) and [r.name.currentText() for r in dialog.rows] == ["周玥", "王建民"]
    staff_row = dialog.add_row()
    staff_row.name.setCurrentIndex(staff_row.name.findText("周鑫"))
    outside = dialog.add_row()
    type_text(qtbot, outside.name.lineEdit(), "陈律")
    outside.role.set_member(MediatorRole.LAWYER)
    outside.lead.setChecked(True)
    dialog.rows[1].remove.click()  # 王建民 leaves
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = list_mediators(ctx, people.case_id)
    assert [(m.name, m.role, m.is_lead, m.user_id) for m in saved] == [
        ("陈律", MediatorRole.LAWYER, True, None),
        ("周玥", MediatorRole.PEOPLES_MEDIATOR, False, None),
        ("周鑫", MediatorRole.PEOPLES_MEDIATOR, False, staff_id),
    ]
    assert people.header.mediators.text() == "陈律（律师，主办）、周玥（人民调解员）、周鑫（人民调解员）"
    assert people.people.mediators_model.rowCount() == 3


def test_a_name_twice_is_refused_and_nothing_typed_is_lost(qtbot, people: CaseWindow, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = people.people.edit_mediators()
    assert dialog is not None
    row = dialog.add_row()
    type_text(qtbot, row.name.lineEdit(), "周玥")
    qtbot.keyClick(row.name.lineEdit(), Qt.Key.Key_Return)  # Enter never saves the list
    assert dialog.isVisible() and not dialog.notice.isVisible()
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.notice.text() == message_for("mediator.duplicate", {"name": "周玥"})
    assert row.name.currentText() == "周玥" and len(dialog.rows) == 3
    assert len(list_mediators(ctx, people.case_id)) == 2
    dialog.reject()


def test_removing_the_lead_passes_the_lead_to_the_first(people: CaseWindow) -> None:
    dialog = people.people.edit_mediators()
    assert dialog is not None
    dialog.rows[0].remove.click()
    assert [r.lead.isChecked() for r in dialog.rows] == [True]


def test_invited_participants_are_added_and_removed(qtbot, people: CaseWindow, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = people.people.add_participant()
    assert isinstance(dialog, ParticipantDialog)
    type_text(qtbot, dialog.name, "李大爷")
    type_text(qtbot, dialog.relation, "邻居")
    type_text(qtbot, dialog.phone, "13700001111")
    dialog.save_button.click()
    model = people.people.participants_model
    assert [model.index(0, c).data() for c in range(3)] == ["李大爷", "邻居", "137****1111"]  # phones masked in lists
    asked: list[str] = []
    monkeypatch.setattr(case_people, "confirm_removal", lambda _parent, name: asked.append(name) or True)
    people.people.participants_table.selectRow(0)
    people.people.remove_participant_button.click()
    assert asked == ["李大爷"]
    assert model.rowCount() == 0 and list_participants(ctx, people.case_id) == []


def test_a_participant_without_a_name_is_refused(qtbot, people: CaseWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = people.people.add_participant()
    assert dialog is not None
    type_text(qtbot, dialog.relation, "邻居")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.notice.text() == message_for("participant.name")
    assert dialog.name.hasFocus() or dialog.focusWidget() is dialog.name
    dialog.reject()
