"""设置 → 备份与恢复: the backup folder, the last backups, 立即备份 (off the GUI thread) and 从备份恢复…; on a
PostgreSQL server, pg_dump's dumps (the program chosen here or found on PATH) or the note that the server's own
backups apply, and no restore from a desk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app import paths
from mediation_app.domain.backup_rotation import BackupKind
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui import settings as keys
from mediation_app.gui.dialogs.recovery import RestoreConfirmDialog, backup_filter, size_text
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import Notice, hint
from mediation_app.services.backup import (
    BackupInfo,
    BackupMethod,
    BackupReport,
    backup_now,
    backup_overview,
    check_restore,
    choose_pg_dump,
    restore_backup,
)
from mediation_app.services.context import ServiceContext

SHOWN_BACKUPS = 8
# lupdate finds calls spelled translate("Context", "text").
translate = QCoreApplication.translate


class BackupBox(QGroupBox):
    """``restore_requested(Path)``: the user confirmed restoring that (verified) backup. The owner closes the
    database session, calls ``services.backup.restore_backup`` and opens the database again."""

    restore_requested = Signal(Path)
    _progress = Signal(int, int)  # emitted from the writer thread; queued to the GUI thread

    def __init__(
        self, ctx: ServiceContext, runner: Runner, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Backup and restore"), parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.choose_folder: Callable[[], Path | None] = self._pick_folder
        self.choose_file: Callable[[], Path | None] = self._pick_file
        self.choose_program: Callable[[], Path | None] = self._pick_program
        self.method: BackupMethod | None = None  # known after the first refresh
        self.confirm: RestoreConfirmDialog | None = None
        self.backups: list[BackupInfo] = []
        self._build()
        self._progress.connect(self._show_progress)
        # A copy holds everyone's personal data: only an administrator backs up or restores by hand.
        self.may_manage = ctx.role in (None, UserRole.ADMIN)
        if not self.may_manage:
            for button in (self.backup_button, self.restore_button, self.folder_button):
                button.setToolTip(self.tr("Only an administrator can back up, restore or choose the folder."))
        self._end_busy()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.intro = hint(
            self.tr(
                "The database, attachments included, is copied at every start, at exit and once a day. "
                "The last 7 days, 4 weeks and 12 months are kept; backups made here are never deleted. "
                "A folder on a second disk or a USB stick keeps them safe if this disk fails."
            )
        )
        layout.addWidget(self.intro)  # this PC's file; a server's note replaces it
        self.server_note = Notice()  # on a server: how it is backed up (shown after the first refresh)
        layout.addWidget(self.server_note)
        layout.addLayout(self._folder_row())
        self.table = self._build_table()
        layout.addWidget(self.table)
        self.empty = hint(self.tr("No backups in this folder yet."))
        layout.addWidget(self.empty)
        layout.addLayout(self._action_row())
        self.notice = Notice()
        layout.addWidget(self.notice)

    def _folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self._show_folder()
        self.folder_edit.setMinimumWidth(360)
        self.folder_edit.setMaximumWidth(520)  # as wide as the office fields above
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setToolTip(self.tr("Choose the folder backups are written to"))
        self.folder_button.clicked.connect(self.change_folder)
        label = QLabel(self.tr("Backup folder"))
        label.setBuddy(self.folder_button)
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        return row

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.resizeSection(0, 170)
        header.resizeSection(1, 110)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setMaximumWidth(560)
        return table

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(resource_icon("backup"), self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(resource_icon("restore"), self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.choose_restore)
        self.pg_dump_button = QPushButton(self.tr("Choose pg_dump…"))
        self.pg_dump_button.setToolTip(self.tr("Choose the pg_dump program of the PostgreSQL client on this PC"))
        self.pg_dump_button.clicked.connect(self.change_pg_dump)
        self.pg_dump_button.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        for widget in (self.backup_button, self.restore_button, self.pg_dump_button, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def folder(self) -> Path:
        chosen = self._settings.get(keys.BACKUP_FOLDER)
        return Path(chosen) if chosen else paths.default_backup_dir()

    def change_folder(self) -> None:
        chosen = self.choose_folder()
        if chosen is None:
            return
        self._settings.set(keys.BACKUP_FOLDER, str(chosen))
        self._show_folder()
        self.notice.clear_message()
        self.refresh()

    def _show_folder(self) -> None:
        self.folder_edit.setText(str(self.folder()))
        self.folder_edit.setToolTip(str(self.folder()))
        self.folder_edit.setCursorPosition(0)  # a long path shows its drive and first folders

    def _pick_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), str(self.folder()))
        return Path(name) if name else None

    def refresh(self) -> None:
        self._runner.run(backup_overview, self._ctx, self.folder(), on_done=self._show_overview, on_error=self._failed)

    def _show_overview(self, overview: tuple[BackupMethod, Sequence[BackupInfo]]) -> None:
        self.method, backups = overview
        self._show_method(self.method)
        self._show_backups(backups)
        self._end_busy()

    def _show_method(self, method: BackupMethod) -> None:
        on_server = method.kind != "sqlite"
        self.pg_dump_button.setVisible(on_server)
        self.server_note.setVisible(on_server)
        self.intro.setVisible(not on_server)
        if method.by_server:
            self.server_note.show_message(self.tr(
                "The database is on a server (%1): the server's own backups apply. This PC has no pg_dump; "
                "install the PostgreSQL client or choose its pg_dump program to keep copies in this folder too."
            ).replace("%1", method.location))  # fmt: skip
        elif on_server:
            self.server_note.show_message(self.tr(
                "The database is on a server (%1). Once a day and with “Back up now”, pg_dump (%2) saves a "
                "copy into this folder; the last 7 days, 4 weeks and 12 months are kept. It is restored on the "
                "server by its administrator, with pg_restore."
            ).replace("%1", method.location).replace("%2", str(method.tool)))  # fmt: skip
        if on_server:
            self.restore_button.setToolTip(
                self.tr("A database every desk shares is restored on the server by its administrator (pg_restore).")
            )

    def _pick_program(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose pg_dump"), "", "pg_dump (pg_dump pg_dump.exe)")
        return Path(name) if name else None

    def change_pg_dump(self) -> None:
        chosen = self.choose_program()
        if chosen is None:
            return
        self.notice.clear_message()
        self._runner.run(choose_pg_dump, self._ctx, chosen, on_done=lambda _: self.refresh(), on_error=self._failed)

    def _show_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.backups = list(backups)
        shown = self.backups[:SHOWN_BACKUPS]
        self.table.setRowCount(len(shown))
        for row, info in enumerate(shown):
            cells = (info.taken_at.strftime("%Y-%m-%d %H:%M"), self._kind_label(info.kind), size_text(info.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        # as tall as its rows: the settings page scrolls, the table itself never has to
        self.table.setFixedHeight(
            self.table.horizontalHeader().height() + 28 * len(shown) + 2 * self.table.frameWidth() + 2
        )
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)

    def _kind_label(self, kind: BackupKind) -> str:
        labels = {
            BackupKind.START: self.tr("At start"),
            BackupKind.EXIT: self.tr("At exit"),
            BackupKind.DAILY: self.tr("Daily"),
            BackupKind.MANUAL: self.tr("Made by hand"),
        }
        return labels[kind]

    def back_up(self) -> None:
        """A manual backup on the writer queue, so every change saved before it is in the copy."""
        self.backup_button.setEnabled(False)
        self.notice.clear_message()
        self.progress.setRange(0, 0)
        self.progress.show()
        task = partial(backup_now, progress=self._progress.emit)
        self._runner.run(
            task, self._ctx, str(self.folder()), BackupKind.MANUAL, write=True, on_done=self._backed_up,
            on_error=self._failed,
        )  # fmt: skip

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _backed_up(self, info: BackupInfo) -> None:
        self._end_busy()
        if info.verified:
            text = self.tr("Backed up to %1 (%2).").replace("%1", str(info.path)).replace("%2", size_text(info.size))
            self.notice.show_message(text)
        else:
            self.notice.show_message(
                self.tr("The backup was written but failed its check: the database itself may be damaged."),
                error=True,
            )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._end_busy()
        self.notice.show_message(error_message(error), error=True)

    def _end_busy(self) -> None:
        self.progress.hide()
        method = self.method
        for button in (self.backup_button, self.restore_button, self.folder_button, self.pg_dump_button):
            button.setEnabled(self.may_manage)
        if method is not None and method.kind != "sqlite":
            self.restore_button.setEnabled(False)  # never from a desk: the pg_restore command is the admin's
            self.backup_button.setEnabled(self.may_manage and not method.by_server)

    def choose_restore(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.restore_from(path)

    def _pick_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.folder()), backup_filter())
        return Path(name) if name else None

    def restore_from(self, path: Path) -> None:
        """Check the file (off the GUI thread), then show what was found and ask before anything is replaced."""
        self.restore_button.setEnabled(False)
        self.notice.clear_message()
        self._runner.run(check_restore, self._ctx, path, on_done=self._confirm_restore, on_error=self._failed)

    def _confirm_restore(self, report: BackupReport) -> None:
        self._end_busy()
        self.confirm = RestoreConfirmDialog(report, self)
        self.confirm.accepted.connect(lambda: self.restore_requested.emit(report.path))
        self.confirm.open()


def restore_database(parent: QWidget | None, db_path: Path, backup: Path) -> bool:
    """For the owner of ``restore_requested``, once the database session is closed: restore the backup and say
    where the safety copy of the replaced database is. True if the database was replaced (reopen it)."""
    try:
        result = restore_backup(db_path, backup)
    except DomainError as error:
        QMessageBox.warning(parent, translate("BackupBox", "The backup was not restored"), error_message(error))
        return False
    text = translate("BackupBox", "The database was restored from %1.").replace("%1", str(backup))
    if result.kept_at is not None:
        text += "\n\n" + translate("BackupBox", "The database as it was before is kept at %1.").replace(
            "%1", str(result.kept_at)
        )
    QMessageBox.information(parent, translate("BackupBox", "Restored"), text)
    return True
