"""四色预警 on the intake form: the colour the data suggest with the reasons, the escalation flag, and the
mediator's own colour, which needs a reason when it differs from the suggestion."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from mediation_app.domain.risk import RiskSuggestion
from mediation_app.domain.vocabulary import RiskLevel
from mediation_app.gui.errors import message_for
from mediation_app.gui.i18n import mark
from mediation_app.gui.vocab import ALERT_COLOUR, dot_pixmap, label, risk_colour, risk_icon
from mediation_app.gui.widgets import VocabularyCombo, field_error_label, hint, with_error


class RiskBox(QGroupBox):
    changed = Signal()  # the flag, the colour or the reason changed (a draft keeps them)
    facts_changed = Signal()  # the escalation flag changes the suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risk assessment (four colours)"), parent)
        self.suggestion: RiskSuggestion | None = None
        form = QFormLayout(self)
        form.setVerticalSpacing(7)
        form.setHorizontalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.may_escalate = QCheckBox(self.tr("May escalate: report to the police"))
        self.may_escalate.setToolTip(
            self.tr("A dispute that may turn into a public-order or criminal case must be reported (Art. 25).")
        )
        form.addRow(self.may_escalate)
        suggested = QWidget()
        row = QHBoxLayout(suggested)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.suggested_dot = QLabel()
        self.suggested_name = QLabel("—")
        self.suggested_name.setStyleSheet("font-weight: bold;")
        row.addWidget(self.suggested_dot)
        row.addWidget(self.suggested_name)
        row.addStretch(1)
        form.addRow(self.tr("Suggested"), suggested)
        self.reasons = hint()
        form.addRow("", self.reasons)
        self.colour = VocabularyCombo(RiskLevel, self.tr("As suggested"), icon=risk_icon)
        form.addRow(self.tr("Risk colour"), self.colour)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why another colour than the suggested one"))
        self.reason_error = field_error_label()
        self.reason_box = with_error(self.reason, self.reason_error)
        form.addRow(self.tr("Reason *"), self.reason_box)
        self._form = form
        self.may_escalate.toggled.connect(self.facts_changed)
        self.may_escalate.toggled.connect(self.changed)
        self.colour.currentIndexChanged.connect(self._colour_chosen)
        self.reason.textEdited.connect(self._reason_typed)
        self._update_reason_row()

    def focus_chain(self) -> list[QWidget]:
        return [self.may_escalate, self.colour, self.reason]

    def set_suggestion(self, suggestion: RiskSuggestion | None) -> None:
        self.suggestion = suggestion
        if suggestion is None:
            self.suggested_dot.clear()
            self.suggested_name.setText("—")
            self.reasons.setText("")
        else:
            self.suggested_dot.setPixmap(dot_pixmap(risk_colour(suggestion.level).name(), 14))
            self.suggested_name.setText(label(suggestion.level))
            self.reasons.setText(mark("；").join(label(reason) for reason in suggestion.reasons))
        text = self.tr("As suggested (%1)").replace("%1", label(suggestion.level)) if suggestion else ""
        self.colour.setItemText(0, text or self.tr("As suggested"))
        self._update_reason_row()
        if self.reason_error.text():
            self.check()  # the reason names the suggested colour, which has just changed

    def chosen(self) -> RiskLevel | None:
        """The colour chosen by the mediator; None to take the suggestion."""
        return self.colour.member()

    def needs_reason(self) -> bool:
        chosen = self.chosen()
        return chosen is not None and (self.suggestion is None or chosen is not self.suggestion.level)

    def override_reason(self) -> str:
        return self.reason.text().strip() if self.needs_reason() else ""

    def _colour_chosen(self) -> None:
        self._update_reason_row()
        self.changed.emit()

    def _reason_typed(self) -> None:
        if self.reason_error.text() and self.reason.text().strip():
            self.reason_error.clear()
        self.changed.emit()

    def _update_reason_row(self) -> None:
        needed = self.needs_reason()
        self._form.setRowVisible(self.reason_box, needed)
        if not needed:
            self.reason_error.clear()
        chosen = self.chosen()
        self.colour.setStyleSheet(f"color: {ALERT_COLOUR};" if needed and chosen is RiskLevel.RED else "")

    def check(self) -> bool:
        """A colour other than the suggestion needs its reason (the service refuses it without)."""
        missing = self.needs_reason() and not self.reason.text().strip()
        suggested = self.suggestion.level.value if self.suggestion else "—"
        self.reason_error.setText(message_for("intake.risk_reason", {"suggested": suggested}) if missing else "")
        return not missing

    def show_problem(self, message: str) -> None:
        self._form.setRowVisible(self.reason_box, True)
        self.reason_error.setText(message)

    def payload(self) -> dict[str, Any]:
        return {
            "may_escalate": self.may_escalate.isChecked(),
            "risk": self.colour.currentData(),
            "risk_reason": self.reason.text(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.may_escalate.setChecked(bool(data.get("may_escalate")))
        self.colour.setCurrentIndex(max(self.colour.findData(data.get("risk")), 0))
        self.reason.setText(str(data.get("risk_reason") or ""))
        self._update_reason_row()

    def reset(self) -> None:
        self.restore({})
        self.set_suggestion(None)
