"""Restoring a backup: the confirmation that shows what the check found, and the start-up dialog offered when
the database is damaged (restore the newest good backup, choose another, or quit; nothing overwritten unasked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.errors import DomainError
from mediation_app.gui.errors import error_message
from mediation_app.gui.icons import resource_icon
from mediation_app.gui.widgets import Notice, hint, scaled_font
from mediation_app.services.backup import (
    BackupReport,
    backup_taken_at,
    newest_good_backup,
    restore_backup,
    verify_backup_file,
)

# The start-up errors this dialog answers; others (read-only folder, newer schema) are only explained.
RECOVERABLE_CODES = frozenset({"db.not_sqlite", "db.damaged"})


def backup_filter() -> str:
    return QCoreApplication.translate("Recovery", "Backups (*.sqlite3 *.db);;All files (*)")


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return QCoreApplication.translate("Recovery", "%1 MB").replace("%1", f"{size / 1_048_576:.1f}")
    return QCoreApplication.translate("Recovery", "%1 KB").replace("%1", str(max(size // 1024, 1)))


def time_text(path: Path) -> str:
    taken = backup_taken_at(path)
    return taken.strftime("%Y-%m-%d %H:%M") if taken else "—"


class RestoreConfirmDialog(QDialog):
    """What the check of a backup found; "Restore" only for a good one, and never the default button."""

    def __init__(self, report: BackupReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(self.tr("The backup was checked") if report.ok else self.tr("This backup cannot be restored"))
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        layout.addWidget(heading)
        layout.addLayout(self._facts(report))
        self.verdict = QLabel(self._verdict(report))
        self.verdict.setWordWrap(True)
        if not report.ok:
            self.verdict.setObjectName("fieldError")
        layout.addWidget(self.verdict)
        if report.ok:
            layout.addWidget(
                hint(
                    self.tr(
                        "The current database is replaced by this backup; changes made after %1 are not in it. "
                        "A copy of the current database is kept first (safety-…), beside it."
                    ).replace("%1", time_text(report.path))
                )
            )
        layout.addWidget(self._buttons(report.ok))
        self.setMinimumWidth(520)

    def _buttons(self, ok: bool) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setIcon(resource_icon("restore"))
        self.restore_button.setEnabled(ok)
        self.restore_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter never replaces the database by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _facts(self, report: BackupReport) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        path = QLabel(str(report.path))
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("File"), path)
        form.addRow(self.tr("Made"), QLabel(time_text(report.path)))
        form.addRow(self.tr("Size"), QLabel(size_text(report.size)))
        if report.ok:
            form.addRow(self.tr("Cases"), QLabel(str(report.cases)))
            form.addRow(self.tr("Attachments"), QLabel(str(report.attachments)))
            form.addRow(self.tr("Audit records"), QLabel(str(report.audit_events)))
        return form

    def _verdict(self, report: BackupReport) -> str:
        if report.ok:
            return self.tr("✓ The file is intact, its structure is known and its audit trail is unbroken.")
        return error_message(report.error())


class RecoveryDialog(QDialog):
    """Shown at start when the database cannot be read. ``restored`` is the database path once a backup is
    restored (the damaged file set aside under a dated name); None means quit."""

    def __init__(
        self,
        db_path: Path,
        error: DomainError,
        backup_folder: Path | None,
        parent: QWidget | None = None,
        choose_file: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path, self.backup_folder = db_path, backup_folder
        self.restored: Path | None = None
        self.confirm: RestoreConfirmDialog | None = None
        self._choose_file = choose_file or self._pick_file
        found = newest_good_backup(backup_folder)
        self.newest = found[1] if found else None
        self._build(error)

    def _build(self, error: DomainError) -> None:
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setWindowIcon(resource_icon("restore"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(self.tr("The database is damaged or cannot be read"))
        heading.setFont(scaled_font(heading, 1.3, bold=True))
        layout.addWidget(heading)
        self.explanation = QLabel(error_message(error))
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        layout.addWidget(hint(self._promise()))
        self.offer = QLabel(self._offer_text())
        self.offer.setWordWrap(True)
        self.offer.setFont(scaled_font(self.offer, 1.05, bold=True))
        layout.addWidget(self.offer)
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(600)

    def _promise(self) -> str:
        return (
            self.tr(
                "Nothing has been changed. If you restore a backup, the damaged file is first renamed "
                "(%1-damaged-DATE%2) and kept beside it, so nothing is lost; changes made after the backup "
                "are not in the restored database."
            )
            .replace("%1", self.db_path.stem)
            .replace("%2", self.db_path.suffix)
        )

    def _offer_text(self) -> str:
        if self.newest is None:
            folder = str(self.backup_folder) if self.backup_folder else "—"
            return self.tr("No good backup was found in %1. Choose a backup file, or quit.").replace("%1", folder)
        text = self.tr("Newest good backup: %1 — %2 cases, %3.")
        return (
            text.replace("%1", time_text(self.newest.path))
            .replace("%2", str(self.newest.cases))
            .replace("%3", size_text(self.newest.size))
        )

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.restore_newest_button = QPushButton(resource_icon("restore"), self.tr("Restore the newest backup"))
        self.restore_newest_button.setEnabled(self.newest is not None)
        self.restore_newest_button.clicked.connect(self.restore_newest)
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.choose_button.clicked.connect(self.choose_other)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for button, role in (
            (self.restore_newest_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.choose_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.quit_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            buttons.addButton(button, role)
        (self.restore_newest_button if self.newest else self.choose_button).setFocus()
        return buttons

    def restore_newest(self) -> None:
        if self.newest is not None:
            self._restore(self.newest.path)

    def choose_other(self) -> None:
        path = self._choose_file()
        if path is None:
            return
        self.confirm = RestoreConfirmDialog(verify_backup_file(path), self)
        self.confirm.accepted.connect(lambda: self._restore(path))
        self.confirm.open()

    def _pick_file(self) -> Path | None:
        start = str(self.backup_folder or self.db_path.parent)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), start, backup_filter())
        return Path(name) if name else None

    def _restore(self, backup: Path) -> None:
        try:
            result = restore_backup(self.db_path, backup, set_aside=True)
        except DomainError as error:
            self.notice.show_message(error_message(error), error=True)
            return
        self.restored = result.database
        self.accept()


def offer_recovery(
    parent: QWidget | None, db_path: Path, error: DomainError, backup_folder: Path | None
) -> Path | None:
    """At start, for a damaged database: the path to open after a restore, or None to quit."""
    dialog = RecoveryDialog(db_path, error, backup_folder, parent)
    dialog.exec()
    return dialog.restored
