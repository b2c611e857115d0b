"""Opening every screen of the program on the small office (main window views, case windows with each step dialog,
the papers and their preview, the meeting editor, referral dialogs, accounts, start-up dialogs, the lock, the
import wizard) and collecting the chrome text each shows; Qt's message boxes are answered and their text kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget, QWizard

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.errors import DomainError
from mediation_app.gui.application import build_main_window
from mediation_app.gui.dialogs.bodies import BodiesDialog
from mediation_app.gui.dialogs.case_forms import CaseFormsDialog
from mediation_app.gui.dialogs.clause_library import ClauseLibraryDialog
from mediation_app.gui.dialogs.first_start import FirstStartDialog
from mediation_app.gui.dialogs.import_wizard import ImportWizard
from mediation_app.gui.dialogs.login import LoginDialog
from mediation_app.gui.dialogs.meeting_editor import MeetingDialog
from mediation_app.gui.dialogs.recovery import RecoveryDialog
from mediation_app.gui.dialogs.referral_dialogs import ConfirmationDialog, FeedbackDialog
from mediation_app.gui.dialogs.user_dialogs import NewUserDialog, OwnPasswordDialog
from mediation_app.gui.errors import MESSAGES, message_for
from mediation_app.gui.lock import LockDialog
from mediation_app.gui.main_window import VIEW_NAMES, MainWindow
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.case_window import CaseWindow
from mediation_app.services.context import ServiceContext
from mediation_app.services.decisions import referral_register
from mediation_app.services.office import get_office

from .chrome_text import chrome_texts
from .interface_data import Office
from .test_intake_view import fill_neighbours, make_view, press_save

Texts = list[tuple[str, str]]
TODAY = date(2026, 11, 20)
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "legacy_ledger_2024.xlsx"


class Screens:
    """Opens the screens one after another; ``texts`` gathers (screen/where, text)."""

    def __init__(self, qtbot, ctx: ServiceContext, runner: Runner, settings: AppSettings, office: Office) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.ctx, self.runner, self.settings, self.office = qtbot, ctx, runner, settings, office
        self.texts: Texts = []
        self.previewed = False  # one print preview is enough: they are all the same window
        self.records_opened: set[str] = set()  # a timeline entry of each kind of record is opened once
        self.previewed = False  # one print preview is enough: they are all the same window
        self.records_opened: set[str] = set()  # a timeline entry of each kind of record is opened once

    def collect(self, screen: str, root: QWidget) -> None:
        """The window's text, once per page of every tab widget in it (hidden tabs show nothing)."""
        QApplication.processEvents()  # what a view fills in once shown (a zero-delay timer) is there too
        self.texts += [(f"{screen}/{w}", t) for w, t in chrome_texts(root)]
        for tabs in root.findChildren(QTabWidget):
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != current and tabs.isTabEnabled(index) and tabs.isVisibleTo(root):
                    tabs.setCurrentIndex(index)
                    self.texts += [(f"{screen}/tab{index}/{w}", t) for w, t in chrome_texts(root)]
            tabs.setCurrentIndex(current)

    def show(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        widget.show()
        self.qtbot.waitExposed(widget)
        return widget

    def answer_message_boxes(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def record(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
            def box(_parent: QWidget | None, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
                self.texts += [(f"messagebox:{kind}:title", title), (f"messagebox:{kind}", text)]
                return answer

            return box

        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))
        monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))

    # -- the screens ----------------------------------------------------------------------------------------
    def main_window(self) -> MainWindow:
        window = build_main_window(self.ctx, self.runner, self.settings)
        window.today = lambda: TODAY
        self.show(window)
        for name in VIEW_NAMES:
            window.show_view(name)
            self.collect(name, window)
        window.show_view("ledger")
        window.ledger.show_filter_panel(True)
        self.collect("ledger-filters", window)
        return window

    def new_windows(self, before: set[QWidget]) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]

    def opened_by(self, screen: str, trigger: Callable[[], object]) -> None:
        """Whatever windows ``trigger`` opens are collected, then closed."""
        before = set(QApplication.topLevelWidgets())
        trigger()
        for widget in self.new_windows(before):
            self.collect(f"{screen}:{type(widget).__name__}", widget)
            widget.close()

    def case_window(self, case_id: int) -> None:
        window = CaseWindow(self.ctx, self.runner, self.settings, case_id, lambda: TODAY)
        self.show(window)
        self.qtbot.waitUntil(lambda: window.overview is not None)
        self.collect(f"case{case_id}", window)
        for action in CaseAction:
            qaction = window.action_bar.actions_[action]
            if qaction.isEnabled():
                self.opened_by(f"case{case_id}/{action.value}", qaction.trigger)
        self.opened_by(f"case{case_id}/history", window.history_action.trigger)
        self.opened_by(f"case{case_id}/mediators", window.people.edit_mediators)
        self.opened_by(f"case{case_id}/participant", window.people.add_participant)
        assert window.overview is not None
        for entry in window.overview.timeline:
            if entry.record not in self.records_opened:
                self.records_opened.add(entry.record)
                self.opened_by(f"case{case_id}/{entry.record}", lambda e=entry: window.open_entry(e))
        self.opened_by(f"case{case_id}/meeting", window.action_bar.meeting_flags.action.trigger)
        self.case_papers(window)
        window.close()

    def case_papers(self, window: CaseWindow) -> None:
        window.forms_action.trigger()
        dialog = window.forms_dialog
        assert isinstance(dialog, CaseFormsDialog)
        self.collect(f"case{window.case_id}/papers", dialog)
        printable = [row for row, form in enumerate(dialog.forms_model.rows()) if form.problem is None]
        if self.previewed or not printable:
            dialog.close()
            return
        self.previewed = True
        with self.qtbot.waitSignal(dialog.preview_opened) as opened:
            dialog.tabs.setCurrentIndex(0)
            dialog.forms_table.selectRow(printable[-1])
            dialog.preview_selected()
        preview = opened.args[0]
        self.qtbot.waitExposed(preview)
        self.collect(f"case{window.case_id}/preview", preview)
        preview.close()
        dialog.close()

    def intake_decision(self) -> None:
        """A new intake registered, then each of the decision's pages (accept, not accept, divert)."""
        view = make_view(self.qtbot, self.ctx, self.runner, self.settings)
        fill_neighbours(self.qtbot, view)
        press_save(self.qtbot, view)
        self.qtbot.waitUntil(lambda: view.pages.currentIndex() == 1)
        for choice, button in view.decision.choice_buttons.items():
            button.click()
            self.collect(f"decision-{choice}", view)
        view.close()

    def meeting(self) -> None:
        dialog = MeetingDialog(self.ctx, self.runner, self.settings, TODAY, self.office.meeting)
        self.show(dialog)
        self.collect("meeting", dialog)
        dialog.close()
        fresh = MeetingDialog(self.ctx, self.runner, self.settings, TODAY)
        self.show(fresh)
        self.collect("meeting-new", fresh)
        fresh.close()

    def referral_dialogs(self) -> None:
        row = next(r for r in referral_register(self.ctx, today=TODAY) if r.case_id == self.office.referred)
        for kind in (ConfirmationDialog, FeedbackDialog):
            dialog = kind(self.ctx, self.runner, row, TODAY)
            self.show(dialog)
            self.collect(kind.__name__, dialog)
            dialog.close()

    def settings_dialogs(self) -> None:
        for name, make in (
            ("bodies", lambda: BodiesDialog(self.ctx, self.runner)),
            ("clauses", lambda: ClauseLibraryDialog(self.ctx, self.runner, self.settings)),
            ("new-user", lambda: NewUserDialog(self.ctx, self.runner)),
            ("own-password", lambda: OwnPasswordDialog(self.ctx, self.runner)),
        ):
            dialog = make()
            self.show(dialog)
            self.collect(name, dialog)
            dialog.close()

    def start_dialogs(self, db_path: Path) -> None:
        for name, dialog in (
            ("login", LoginDialog(self.ctx, self.runner, self.settings, get_office(self.ctx).name)),
            ("first-start", FirstStartDialog(self.ctx, self.runner, get_office(self.ctx))),
            ("lock", LockDialog(lambda _password: None, "周玥")),
            (
                "recovery",
                RecoveryDialog(db_path, DomainError("db.damaged", path=str(db_path)), None, choose_file=lambda: None),
            ),
        ):
            self.show(dialog)
            self.collect(name, dialog)
            assert isinstance(dialog, QDialog)
            dialog.done(0)

    def import_wizard(self) -> None:
        wizard = ImportWizard(self.ctx, self.runner, self.settings)
        self.show(wizard)
        self.collect("import/file", wizard)
        wizard.file_page.open_path(str(SAMPLE))
        self.collect("import/file-chosen", wizard)
        for page in ("mapping", "preview"):
            wizard.button(QWizard.WizardButton.NextButton).click()
            self.collect(f"import/{page}", wizard)
        wizard.close()

    def error_messages(self) -> None:
        params = {"path": "/x", "field": "name", "frm": "registered", "to": "closed", "form": "agreement"}
        self.texts += [(f"error:{code}", message_for(code, params)) for code in MESSAGES]
