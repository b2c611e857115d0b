"""The frame of a dialog that saves one thing through the runner: a header, the form, the message line, 保存/取消.

It closes only when the service has accepted; a refusal is shown under the form in plain Chinese, the field the
refusal names gets the focus, and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.errors import error_message
from mediation_app.gui.tasks import Runner
from mediation_app.gui.widgets import Notice


class SavingDialog(QDialog):
    """Subclasses pass their header (or insert it at the top of ``layout_`` once they can build it), add rows
    with ``add_field``, implement ``submit`` (calling ``run_save``) and ``saved_with`` (once the service accepted)."""

    def __init__(
        self, runner: Runner, header: QWidget | None, minimum_width: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        paint_background(self)
        self.setMinimumWidth(minimum_width)
        self._save_runner = runner
        self.field_widgets: dict[str, QWidget] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 14)
        self.layout_.setSpacing(10)
        if header is not None:
            self.layout_.addWidget(header)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.layout_.addLayout(self.form)
        self.notice = Notice()
        self.layout_.addWidget(self.notice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def add_field(self, name: str, text: str, widget: QWidget) -> None:
        """A form row; ``name`` is the service's field code, so a refusal can point at it."""
        self.field_widgets[name] = widget
        self.form.addRow(text, widget)

    def submit(self) -> None:
        raise NotImplementedError

    def run_save(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(*args)`` on the writer; close on success, show the refusal otherwise."""
        self.notice.clear_message()
        self.save_button.setEnabled(False)  # one save at a time, even if the writer is busy
        self._save_runner.run(fn, *args, write=True, on_done=self._done, on_error=self._failed)

    def _done(self, result: object) -> None:
        self.save_button.setEnabled(True)
        self.saved_with(result)
        self.accept()

    def saved_with(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(self.can_save())
        self.notice.show_message(error_message(error), error=True)
        field = getattr(error, "params", {}).get("field")
        if field in self.field_widgets:
            self.field_widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)

    def can_save(self) -> bool:
        return True
