"""One case in a window of its own: header, the actions open now, timeline, mediators and attachments.

Each case opens once (asking again raises its window); it loads with one read (``case_overview``) off the GUI
thread and reloads after every step saved in it. Steps open non-modally from the registries the step modules fill.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.errors import error_message, message_for
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.case_actions import (
    CaseActionBar,
    record_opener,
    step_factory,
    with_judicial_deadline,
)
from mediation_app.gui.views.case_header import CaseHeader
from mediation_app.gui.views.case_people import CasePeopleView
from mediation_app.gui.views.case_timeline import CaseTimelineView
from mediation_app.gui.widgets import Notice, add_shortcut
from mediation_app.services.case_view import CaseOverview, TimelineEntry, case_overview
from mediation_app.services.context import ServiceContext

DEFAULT_SIZE = QSize(1180, 820)
ISSUED_RECORD = "issued_document"  # timeline entries of printed papers: reprinted here, exactly as issued


def warning_text(warning: object) -> str:
    """A step's warning (a ServiceError, or a Problem with a code) in the interface language."""
    if isinstance(warning, DomainError):
        return error_message(warning)
    code = getattr(warning, "code", None)
    if isinstance(code, str):
        return message_for(code, dict(getattr(warning, "params", {}) or {}))
    return str(warning)


class CaseWindow(QMainWindow):
    loaded = Signal(object)  # the CaseOverview just shown
    changed = Signal(int)  # the case id, after something was saved in this window

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: AppSettings,
        case_id: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings, self.case_id, self.today = ctx, runner, settings, case_id, today
        self.overview: CaseOverview | None = None
        self.dialog: QDialog | None = None  # the step or record dialog open now
        self.forms_dialog: QDialog | None = None
        self.setWindowIcon(resource_icon("case"))
        self.setWindowTitle(self.tr("Case"))
        self._build()
        self._build_window_actions()
        self._restore()
        self.reload()

    # -- construction ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(10)
        self.banner = QLabel()
        self.banner.setObjectName("notice")
        self.banner.setProperty("kind", "error")
        self.banner.hide()
        column.addWidget(self.banner)
        self.header = CaseHeader()
        column.addWidget(self.header)
        self.action_bar = CaseActionBar()
        self.action_bar.triggered.connect(self.run_action)
        column.addWidget(self.action_bar)
        self.notice = Notice()  # a failed load or an entry that cannot be opened
        column.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.timeline = CaseTimelineView()
        self.timeline.entry_activated.connect(self.open_entry)
        self.people = CasePeopleView(self.host)
        self.people.changed.connect(self._saved)
        self.tabs.addTab(self.timeline, resource_icon("timeline"), self.tr("Timeline"))
        self.tabs.addTab(self.people, resource_icon("mediators"), self.tr("Mediators"))
        self.attachments = self._attachments_panel()
        if self.attachments is not None:
            self.tabs.addTab(self.attachments, resource_icon("attachment"), self.tr("Attachments"))
        self._attachments_stale = True
        self.tabs.currentChanged.connect(lambda _index: self._load_attachments())
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _attachments_panel(self) -> QWidget | None:
        """The attachments tab, once the panel exists (it is built alongside this window)."""
        try:
            module = importlib.import_module("mediation_app.gui.views.case_attachments")
        except ModuleNotFoundError:
            return None
        panel: QWidget = module.AttachmentsPanel(self._ctx, self._runner, self._settings, parent=self)
        panel.changed.connect(self._saved)  # type: ignore[attr-defined]
        return panel

    def _build_window_actions(self) -> None:
        self.forms_action = QAction(resource_icon("forms"), self.tr("Papers…"), self)
        self.forms_action.setShortcut(QKeySequence("Ctrl+P"))
        self.forms_action.setToolTip(self.tr("The case's forms and issued papers (Ctrl+P)"))
        self.forms_action.triggered.connect(self.open_forms)
        self.addAction(self.forms_action)
        self.action_bar.add_extra(self.forms_action)
        self.history_action = QAction(resource_icon("history"), self.tr("Change history…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(self.tr("Who changed what in this case, and when (Ctrl+H)"))
        self.history_action.triggered.connect(self.open_history)
        self.addAction(self.history_action)
        self.action_bar.add_extra(self.history_action)
        add_shortcut(self, QKeySequence("F5"), self.reload).setContext(Qt.ShortcutContext.WindowShortcut)
        add_shortcut(self, QKeySequence("Ctrl+W"), self.close).setContext(Qt.ShortcutContext.WindowShortcut)

    def open_history(self) -> None:
        """修改记录: the case's audit trail (settings_audit)."""
        from mediation_app.gui.views.settings_audit import show_case_history

        show_case_history(self._ctx, self._runner, self.case_id, self, self._settings)

    def _restore(self) -> None:
        geometry = self._settings.get(keys.CASE_WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_SIZE)
        tab = self._settings.get(keys.CASE_WINDOW_TAB)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)

    # -- loading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        load = partial(case_overview, self._ctx, self.case_id, today=self.today())
        self._runner.run(load, on_done=self.show_overview, on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)

    def show_overview(self, overview: CaseOverview) -> None:
        self.overview = overview
        s = overview.summary
        self.setWindowTitle(self.tr("Case %1 — %2").replace("%1", s.number or "").replace("%2", s.title))
        self.notice.clear_message()
        self.header.show_overview(overview)
        self.action_bar.set_states(with_judicial_deadline(s.actions, s.judicial))
        self.timeline.set_entries(overview.timeline)
        archived = s.status is CaseStatus.ARCHIVED
        self.banner.setText(self._archived_text(s.archive_number) if archived else "")
        self.banner.setVisible(archived)
        self.people.show_overview(overview, message_for("case.archived") if archived else "")
        self._attachments_stale = True
        self._load_attachments()
        self.loaded.emit(overview)

    def _load_attachments(self) -> None:
        """The attachments tab reads its files only while it is shown: the window opens on one read."""
        panel = self.attachments
        if (
            panel is None
            or self.overview is None
            or not self._attachments_stale
            or self.tabs.currentWidget() is not panel
        ):
            return
        self._attachments_stale = False
        panel.load(self.overview.summary, self.today())  # type: ignore[attr-defined]

    def _archived_text(self, archive_number: str | None) -> str:
        if archive_number:
            return self.tr("Archived (read-only) — file number %1").replace("%1", archive_number)
        return self.tr("Archived (read-only)")

    def host(self) -> StepHost | None:
        if self.overview is None:
            return None
        return StepHost(self._ctx, self._runner, self.overview.summary, self.today(), self._settings, self._saved)

    # -- actions and entries --------------------------------------------------------------------------------
    def run_action(self, action: CaseAction) -> QDialog | None:
        """The step's dialog, opened non-modally; its ``saved`` reloads the window."""
        factory, host = step_factory(action), self.host()
        if factory is None or host is None or not self.action_bar.actions_[action].isEnabled():
            return None
        dialog = factory(host, self)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda _case_id=None, d=dialog: self._step_saved(d))
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _step_saved(self, dialog: QDialog) -> None:
        warnings: Sequence[object] = getattr(getattr(dialog, "result_value", None), "warnings", ()) or ()
        self.timeline.show_warnings([warning_text(w) for w in warnings])
        if warnings:
            self.tabs.setCurrentWidget(self.timeline)
        self._saved()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    def open_entry(self, entry: TimelineEntry) -> QDialog | None:
        """What the entry records: an issued paper's original, or the record's dialog from a registry."""
        if entry.record == ISSUED_RECORD:
            self._reprint(entry)
            return None
        opener, host = record_opener(entry.record), self.host()
        if opener is None or host is None:
            self.notice.show_message(self.tr("There is nothing more to show for this entry yet."))
            return None
        dialog = opener(host, entry.record_id, self)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda _case_id=None, d=dialog: self._step_saved(d))
        self._show_dialog(dialog)
        return dialog

    def _reprint(self, entry: TimelineEntry) -> None:
        from mediation_app.services.documents import reproduce_issued

        self.notice.clear_message()
        self._runner.run(
            reproduce_issued,
            self._ctx,
            entry.record_id,
            on_done=lambda paper: self._show_reprint(entry, paper),
            on_error=self._load_failed,
        )

    def _show_reprint(self, entry: TimelineEntry, paper: object) -> None:
        from mediation_app.gui.dialogs.preview import PreviewDialog  # QtPdf loads on first use
        from mediation_app.gui.models.timeline_model import entry_text

        preview = PreviewDialog(self._runner, self._settings, paper, entry_text(entry), reprint=True, parent=self)  # type: ignore[arg-type]
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        preview.raise_()
        self.preview = preview

    def open_forms(self) -> QDialog:
        """The case's 文书 (preview, print, reprint), one window per case window."""
        from mediation_app.gui.dialogs.case_forms import CaseFormsDialog  # QtPdf loads on first use

        if self.forms_dialog is None:
            s = self.overview.summary if self.overview is not None else None
            caption = " ".join(p for p in ((s.number or "", s.title) if s else ()) if p)
            dialog = CaseFormsDialog(self._ctx, self._runner, self._settings, self.case_id, caption, parent=self)
            dialog.preview_opened.connect(lambda preview: preview.issued.connect(lambda _paper: self._saved()))
            dialog.finished.connect(lambda _result: setattr(self, "forms_dialog", None))
            self.forms_dialog = dialog
        self.forms_dialog.show()
        self.forms_dialog.raise_()
        self.forms_dialog.activateWindow()
        return self.forms_dialog

    # -- closing --------------------------------------------------------------------------------------------
    def open_step(self) -> QDialog | None:
        """A step or record dialog still open (its input not yet saved)."""
        dialogs = [self.dialog, self.people.dialog]
        return next((d for d in dialogs if d is not None and d.isVisible()), None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Not while a step's dialog is open: what was typed there would be lost."""
        pending = self.open_step()
        if pending is not None:
            event.ignore()
            self.notice.show_message(self.tr("Save or cancel the open dialog before closing the case window."))
            pending.raise_()
            pending.activateWindow()
            return
        self._settings.set(keys.CASE_WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(keys.CASE_WINDOW_TAB, self.tabs.currentIndex())
        if self.forms_dialog is not None:
            self.forms_dialog.close()
        super().closeEvent(event)


class CaseWindows(QObject):
    """The open case windows, one per case: opening a case already open brings its window forward."""

    changed = Signal(int)  # a case id: something was saved in its window

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self._ctx, self._runner, self._settings, self._today = ctx, runner, settings, today
        self.windows: dict[int, CaseWindow] = {}

    def open(self, case_id: int) -> CaseWindow:
        window = self.windows.get(case_id)
        if window is None:
            window = CaseWindow(self._ctx, self._runner, self._settings, case_id, self._today)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.changed.connect(self.changed)
            window.destroyed.connect(lambda _obj=None, cid=case_id: self.windows.pop(cid, None))
            self.windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_all(self) -> bool:
        """Close every case window; False if one refused (a step dialog still open)."""
        return all(window.close() for window in list(self.windows.values()))
