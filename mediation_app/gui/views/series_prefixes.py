"""文书字号: the 字号 of each numbered paper series (协议书, 分流告知书, 委托调解函…), part of 设置.

Left empty, a series uses the default derived from the case 字号 (shown greyed in the field). All are saved
together or none: one bad 字号 refuses the save, with its reason next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mediation_app.domain.errors import DomainError
from mediation_app.domain.numbering import check_prefix, format_number
from mediation_app.domain.vocabulary import FormCode
from mediation_app.gui import i18n
from mediation_app.gui.errors import error_message
from mediation_app.gui.tasks import Runner
from mediation_app.gui.vocab import paper_name
from mediation_app.gui.widgets import FieldError, Notice, hint
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import SeriesPrefix, paper_prefixes, set_paper_prefixes

PREFIX_LENGTH = 30


def prefix_problem(text: str) -> str:
    """Why a typed 字号 cannot be used ("" when it can; empty means the default)."""
    if not text.strip():
        return ""
    try:
        check_prefix(text.strip())
    except DomainError as error:
        return error_message(error)
    return ""


# The form each numbered series is printed on (services/office.py names the series).
SERIES_FORMS = {
    "agreement": FormCode.AGREEMENT,
    "diversion": FormCode.DIVERSION_NOTICE,
    "not_accepted": FormCode.NOT_ACCEPTED_NOTICE,
    "entrust": FormCode.ENTRUST_LETTER,
    "termination": FormCode.TERMINATION_NOTICE,
}


class SeriesPrefixesBox(QGroupBox):
    saved = Signal()

    def __init__(
        self, ctx: ServiceContext, runner: Runner, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._today = ctx, runner, today
        self.setTitle(self.tr("Paper number prefixes"))
        self.prefixes: tuple[SeriesPrefix, ...] = ()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self.examples: dict[str, QLabel] = {}
        self.dirty = False
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint(
                self.tr(
                    "Each numbered paper has its own series. Leave a field empty to use the default shown in grey "
                    "(derived from the case number prefix)."
                )
            )
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(3, 1)
        outer.addLayout(self.grid)
        self.notice = Notice()
        self.notice.setMaximumWidth(520)
        outer.addWidget(self.notice)
        outer.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.save_button = QPushButton(self.tr("Save prefixes"))
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.load)
        row.addWidget(self.save_button)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        return row

    def _add_row(self, position: int, prefix: SeriesPrefix) -> None:
        edit = QLineEdit()
        edit.setMaxLength(PREFIX_LENGTH)
        edit.setFixedWidth(220)
        edit.textEdited.connect(lambda _text, series=prefix.series: self._edited(series))
        error = FieldError()
        example = QLabel()
        example.setObjectName("hint")
        title = QLabel(self.series_name(prefix))
        title.setBuddy(edit)
        self.grid.addWidget(title, position, 0)
        self.grid.addWidget(edit, position, 1)
        self.grid.addWidget(example, position, 2)
        self.grid.addWidget(error, position, 3)
        self.edits[prefix.series], self.errors[prefix.series], self.examples[prefix.series] = edit, error, example

    def series_name(self, prefix: SeriesPrefix) -> str:
        """The numbered paper's name in the UI language (卷宗, the case file, is not one form)."""
        if prefix.series == "file":
            return self.tr("Case file") if not i18n.is_chinese() else prefix.title
        return paper_name(SERIES_FORMS[prefix.series]) if prefix.series in SERIES_FORMS else prefix.title

    # -- loading --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the saved 字号, unless the user is in the middle of editing them."""
        if not self.dirty:
            self.load()

    def load(self) -> None:
        self._runner.run(paper_prefixes, self._ctx, on_done=self.show_prefixes, on_error=self._failed)

    def show_prefixes(self, prefixes: Sequence[SeriesPrefix]) -> None:
        self.prefixes = tuple(prefixes)
        for position, prefix in enumerate(self.prefixes):
            if prefix.series not in self.edits:
                self._add_row(position, prefix)
            edit = self.edits[prefix.series]
            edit.setPlaceholderText(prefix.default)
            edit.setText(prefix.own)
            self.errors[prefix.series].clear()
            self._show_example(prefix.series)
        self.dirty = False
        self.notice.clear_message()

    def _show_example(self, series: str) -> None:
        prefix = next((p for p in self.prefixes if p.series == series), None)
        typed = self.edits[series].text().strip()
        used = typed or (prefix.default if prefix else "")
        try:
            example = format_number(self._today().year, used, 1)
        except DomainError:
            example = ""
        self.examples[series].setText(self.tr("e.g. %1").replace("%1", example) if example else "")

    def _edited(self, series: str) -> None:
        self.dirty = True
        self.errors[series].setText(prefix_problem(self.edits[series].text()))
        self._show_example(series)

    # -- saving ---------------------------------------------------------------------------------------------
    def typed(self) -> dict[str, str]:
        return {series: edit.text().strip() for series, edit in self.edits.items()}

    def save(self) -> None:
        wrong = next((series for series, error in self.errors.items() if error.text()), None)
        if wrong is not None:
            self.notice.show_message(self.tr("Correct the prefixes marked in red; nothing was saved."), error=True)
            self.edits[wrong].setFocus()
            return
        self._runner.run(
            set_paper_prefixes, self._ctx, self.typed(), write=True, on_done=self._saved, on_error=self._failed
        )

    def _saved(self, prefixes: Sequence[SeriesPrefix]) -> None:
        self.show_prefixes(prefixes)
        self.notice.show_message(self.tr("Saved."))
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        """The typed 字号 stay; the message says what to change."""
        self.notice.show_message(error_message(error), error=True)
