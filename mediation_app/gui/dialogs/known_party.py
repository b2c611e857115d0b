"""A quiet panel under a party on the intake form: this person (or organisation) has been here before."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mediation_app.domain.identity import mask_id_number
from mediation_app.gui.i18n import bracketed
from mediation_app.gui.vocab import ALERT_COLOUR, MUTED_COLOUR, label
from mediation_app.services.parties import KnownParty

SHOWN_CASES = 4  # the newest few; the count says how many there are
PANEL_STYLE = (
    "QFrame#knownParty { background: #F3F7FB; border: 1px solid #D3DEEA; border-radius: 6px; }"
    f"QLabel#repeatFlag {{ color: {ALERT_COLOUR}; font-weight: bold; }}"
)


class KnownPartyPanel(QFrame):
    """Who the typed details match, their earlier cases, the repeat-disputant flag and a button to reuse them."""

    use_requested = Signal(object)  # the KnownParty

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knownParty")
        self.setStyleSheet(PANEL_STYLE)
        self.known: KnownParty | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use this party's details"))
        self.use_button.setToolTip(self.tr("Fill in this party from the earlier registration and link the two."))
        self.use_button.clicked.connect(self._use)
        top.addWidget(self.title, 1)
        top.addWidget(self.use_button)
        column.addLayout(top)
        self.repeat_flag = QLabel(self.tr("Repeat disputant (3 or more disputes within a year)"))
        self.repeat_flag.setObjectName("repeatFlag")
        column.addWidget(self.repeat_flag)
        self.cases = QLabel()
        self.cases.setWordWrap(True)
        column.addWidget(self.cases)
        self.hide()

    def show_known(self, known: KnownParty, *, linked: bool) -> None:
        self.known = known
        number = known.id_number or known.credit_code
        who = known.name + (bracketed(mask_id_number(number)) if number else "")
        self.title.setText(self.tr("Registered before: %1").replace("%1", who))
        self.repeat_flag.setVisible(known.repeat_disputant)
        self.cases.setText(self._cases_html(known))
        self.set_linked(linked)
        self.show()

    def set_linked(self, linked: bool) -> None:
        self.use_button.setEnabled(not linked)
        self.use_button.setText(self.tr("Details in use") if linked else self.tr("Use this party's details"))

    def _cases_html(self, known: KnownParty) -> str:
        lines = [
            " · ".join(
                escape(part)
                for part in (
                    case.number or self.tr("(no number yet)"),
                    case.title,
                    label(case.status),
                    label(case.role),
                    case.received_at.strftime("%Y-%m-%d"),
                )
            )
            for case in known.cases[:SHOWN_CASES]
        ]
        more = len(known.cases) - SHOWN_CASES
        if more > 0:
            lines.append(self.tr("… and %1 more").replace("%1", str(more)))
        heading = self.tr("Earlier cases: %1").replace("%1", str(len(known.cases)))
        return f'<span style="color:{MUTED_COLOUR}">{escape(heading)}</span><br>' + "<br>".join(lines)

    def clear(self) -> None:
        self.known = None
        self.hide()

    def _use(self) -> None:
        if self.known is not None:
            self.use_requested.emit(self.known)
