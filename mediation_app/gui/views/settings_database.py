"""设置 → 数据库: this PC's database file (the default) or a PostgreSQL server several desks share; 测试连接 off the GUI
thread, an empty database offered to be set up, the choice kept for the next start. Also the dialog shown at start
when the server cannot be reached."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.vocabulary import UserRole
from mediation_app.gui.errors import error_message
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import FieldError, Notice, hint, with_error
from mediation_app.services.context import ServiceContext
from mediation_app.services.database_choice import (
    DEFAULT_PORT,
    LOCAL,
    SERVER,
    DatabaseChoice,
    check_connection,
    load_choice,
    save_choice,
    set_up_server,
)

if TYPE_CHECKING:
    from mediation_app.storage.server import ServerState

translate = QCoreApplication.translate
SERVER_FIELDS = ("host", "database", "user")


class DatabaseBox(QGroupBox):
    """``saved(DatabaseChoice)``: the choice was written; it applies from the next start. ``ctx`` None: start-up,
    nobody signed in (the server could not be reached); otherwise only an administrator may change it."""

    saved = Signal(object)

    def __init__(
        self, ctx: ServiceContext | None, runner: Runner, in_use: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Database"), parent)
        self._ctx, self._runner = ctx, runner
        self.choice = load_choice()
        self.may_change = ctx is None or ctx.role in (None, UserRole.ADMIN)
        self._build(in_use)
        self._show_choice(self.choice)
        self._kind_changed()

    def _build(self, in_use: str) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(hint(self.tr(
            "Each desk PC keeps its data in its own database file, or several desks share one PostgreSQL "
            "database server. The choice applies from the next start of the program."
        )))  # fmt: skip
        if in_use:
            self.in_use = hint(self.tr("In use now: %1").replace("%1", in_use))
            layout.addWidget(self.in_use)
        self.local_button = QRadioButton(self.tr("This PC's database (a file)"))
        self.server_button = QRadioButton(self.tr("A database server (PostgreSQL), shared by several desks"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.local_button)
        self.kinds.addButton(self.server_button)
        self.local_path = hint(DatabaseChoice().shown())
        self.local_path.setContentsMargins(24, 0, 0, 0)
        for widget in (self.local_button, self.local_path, self.server_button, self._server_form()):
            layout.addWidget(widget)
        layout.addLayout(self._action_row())
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.kinds.buttonToggled.connect(self._kind_changed)
        if not self.may_change:
            layout.addWidget(hint(self.tr("Only an administrator can change the database.")))

    def _server_form(self) -> QWidget:
        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields = {name: QLineEdit() for name in (*SERVER_FIELDS, "password")}
        self.errors = {name: FieldError() for name in (*SERVER_FIELDS, "port")}
        for field in self.fields.values():
            field.setMinimumWidth(260)
            field.textEdited.connect(self._edited)
        self.fields["host"].setPlaceholderText(self.tr("e.g. 192.168.1.10 or db-server"))
        self.fields["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMinimumWidth(100)
        self.port.valueChanged.connect(self._edited)
        self.pc_password = QCheckBox(self.tr("Use this PC's PGPASSWORD or .pgpass file (no password kept here)"))
        self.pc_password.toggled.connect(self._pc_password_toggled)
        form.addRow(self.tr("Server address"), with_error(self.fields["host"], self.errors["host"]))
        form.addRow(self.tr("Port"), with_error(self.port, self.errors["port"]))
        form.addRow(self.tr("Database name"), with_error(self.fields["database"], self.errors["database"]))
        form.addRow(self.tr("User"), with_error(self.fields["user"], self.errors["user"]))
        form.addRow(self.tr("Password"), self.fields["password"])
        form.addRow("", self.pc_password)
        return self.server_form

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.set_up_button = QPushButton(self.tr("Set up this database"))
        self.set_up_button.setToolTip(self.tr("Create this program's tables in the empty database on the server"))
        self.set_up_button.clicked.connect(self.set_up)
        self.set_up_button.hide()
        self.save_button = QPushButton(self.tr("Save for the next start"))
        self.save_button.clicked.connect(self.save)
        for button in (self.test_button, self.set_up_button, self.save_button):
            button.setAutoDefault(False)  # Enter in a field never tests, sets up or saves by accident
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _show_choice(self, choice: DatabaseChoice) -> None:
        (self.server_button if choice.on_server else self.local_button).setChecked(True)
        for name in (*SERVER_FIELDS, "password"):
            self.fields[name].setText(str(getattr(choice, name)))
        self.port.setValue(choice.port)
        self.pc_password.setChecked(choice.pc_password)

    def typed_choice(self) -> DatabaseChoice:
        values = {name: self.fields[name].text().strip() for name in SERVER_FIELDS}
        return DatabaseChoice(
            SERVER if self.server_button.isChecked() else LOCAL,
            port=self.port.value(),
            password="" if self.pc_password.isChecked() else self.fields["password"].text(),
            pc_password=self.pc_password.isChecked(),
            pg_dump=self.choice.pg_dump,
            **values,
        )

    def _kind_changed(self, *_: object) -> None:
        on_server = self.server_button.isChecked()
        self.server_form.setEnabled(on_server and self.may_change)
        self.local_path.setEnabled(not on_server)
        self.test_button.setEnabled(on_server and self.may_change)
        self.save_button.setEnabled(self.may_change)
        for button in (self.local_button, self.server_button):
            button.setEnabled(self.may_change)
        self.set_up_button.hide()
        self.notice.clear_message()

    def _pc_password_toggled(self, checked: bool) -> None:
        self.fields["password"].setEnabled(not checked)
        self._edited()

    def _edited(self, *_: object) -> None:
        self.set_up_button.hide()
        for error in self.errors.values():
            error.clear()

    def _check_fields(self) -> DatabaseChoice | None:
        """The typed choice, or None with each missing field marked (the typed values stay)."""
        choice = self.typed_choice()
        if not choice.on_server:
            return choice
        missing = [name for name in SERVER_FIELDS if not getattr(choice, name)]
        for name in missing:
            self.errors[name].setText(self.tr("Fill this in."))
        if missing:
            self.fields[missing[0]].setFocus()
            return None
        return choice

    def test_connection(self) -> None:
        choice = self._check_fields()
        if choice is None or not choice.on_server:
            return
        self._busy(self.tr("Connecting to %1…").replace("%1", choice.shown()))
        self._runner.run(check_connection, choice, on_done=self._tested, on_error=self._failed)

    def _busy(self, text: str) -> None:
        self.set_up_button.hide()
        for button in (self.test_button, self.save_button):
            button.setEnabled(False)
        self.notice.show_message(text)

    def _idle(self) -> None:
        self.test_button.setEnabled(self.server_button.isChecked() and self.may_change)
        self.save_button.setEnabled(self.may_change)

    def _tested(self, state: ServerState) -> None:
        self._idle()
        if state.empty:
            self.notice.show_message(self.tr(
                "Connected. The database is empty: set it up for this program with “Set up this database”, "
                "or choose another database."
            ))  # fmt: skip
            self.set_up_button.show()
            self.set_up_button.setEnabled(self.may_change)
            return
        text = self.tr("Connected. The database is this program's and holds %1 cases.")
        self.notice.show_message(text.replace("%1", str(state.cases)))

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.notice.show_message(error_message(error), error=True)

    def set_up(self) -> None:
        choice = self._check_fields()
        if choice is None:
            return
        self._busy(self.tr("Setting up the database on the server…"))
        self._runner.run(set_up_server, self._ctx, choice, on_done=self._tested, on_error=self._failed)

    def save(self) -> None:
        choice = self._check_fields()
        if choice is None:
            return
        self._runner.run(save_choice, self._ctx, choice, on_done=lambda _: self._saved(choice), on_error=self._failed)

    def _saved(self, choice: DatabaseChoice) -> None:
        self.choice = replace(choice)
        self.notice.show_message(
            self.tr("Saved. The program uses %1 from its next start: close it and start it again.").replace(
                "%1", choice.shown()
            )
        )
        self.saved.emit(choice)


class ServerUnreachableDialog(QDialog):
    """At start: the server cannot be reached (or refuses). Says what to check; the database settings, this PC's
    database or quit. ``choice``: what was chosen, set when the dialog is accepted (the program starts again)."""

    def __init__(self, error: BaseException, runner: Runner, *, from_settings: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database server cannot be reached"))
        self.choice: DatabaseChoice | None = None
        layout = QVBoxLayout(self)
        message = QLabel(error_message(error))
        message.setWordWrap(True)
        message.setMinimumWidth(520)
        layout.addWidget(message)
        self.box = DatabaseBox(None, runner)
        self.box.saved.connect(self._chosen)
        self.box.hide()  # shown by “Database settings…”
        buttons = QDialogButtonBox()
        self.local_button = buttons.addButton(self.tr("Use this PC's database"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.settings_button = buttons.addButton(self.tr("Database settings…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.local_button, self.settings_button, self.quit_button):
            button.setAutoDefault(False)
        self.local_button.clicked.connect(self.use_local)
        self.settings_button.clicked.connect(self._show_settings)
        self.quit_button.clicked.connect(self.reject)
        if not from_settings:  # started with --db: the command line, not the settings, names the server
            layout.addWidget(hint(self.tr("The program was started with --db; correct the address given there.")))
            self.local_button.hide()
            self.settings_button.hide()
        layout.addWidget(self.box)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter in a field never picks a button (the button box would make “use this PC's database” default).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_settings(self) -> None:
        self.box.setVisible(True)
        self.settings_button.hide()
        self.box.fields["host"].setFocus()

    def use_local(self) -> None:
        self.box.local_button.setChecked(True)
        self.box.save()

    def _chosen(self, choice: DatabaseChoice) -> None:
        self.choice = choice
        self.accept()  # the program starts again on the chosen database
