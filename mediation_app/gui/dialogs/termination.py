"""终止调解: the ground (人民调解法 Art. 26), the other routes the parties were told of, the competent body if one
was named, and the 终止调解告知书 for each party printed afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QRadioButton, QVBoxLayout, QWidget

from mediation_app.domain.casework import TerminationReason
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.work_step import GrowingText, WorkStepDialog, line, print_offer
from mediation_app.gui.vocab import label
from mediation_app.services.bodies import BodyInfo, list_bodies
from mediation_app.services.followup import TerminationInput, terminate_mediation

# The routes of Art. 26 as the paper states them (printed wording, so Chinese whatever the UI language).
ROUTE_WORDING = {
    "arbitration": "申请仲裁",
    "administrative": "请求有关行政机关处理",
    "court": "向人民法院提起诉讼",
}


def routes_text(chosen: list[str], extra: str) -> str:
    """ "可以依法申请仲裁、向人民法院提起诉讼" and what was typed, as the 告知书's 本案建议 says it."""
    told = "、".join(ROUTE_WORDING[key] for key in ROUTE_WORDING if key in chosen)
    parts = [f"可以依法{told}" if told else "", extra.strip()]
    return "；".join(part for part in parts if part)


class TerminationDialog(WorkStepDialog):
    def __init__(self, host: StepHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("End the mediation"), parent)
        self.add_field("reason", self.tr("Reason"), self._build_reasons())
        self.detail = line("", self.tr("Required when the reason is “other”"))
        self.add_field("detail", self.tr("Details"), self.detail)
        self.add_field("routes_told", self.tr("Routes told"), self._build_routes())
        self.field_widgets["routes_told"] = self.route_boxes["arbitration"]  # a refusal focuses the first route
        self.body = QComboBox()
        self.body.addItem(self.tr("(none named)"), None)
        self.body.setMinimumWidth(360)
        self.add_field("body", self.tr("Competent body"), self.body)
        self.print_notices = print_offer(self.tr("Print the termination notices (one per party) after saving"))
        self.form.addRow("", self.print_notices)
        self.reasons.idToggled.connect(lambda *_: self._reason_chosen())
        self._reason_chosen()
        host.runner.run(list_bodies, host.ctx, on_done=self._bodies_loaded, on_error=self._failed)
        self.reason_buttons[TerminationReason.NO_AGREEMENT].setFocus()

    def _build_reasons(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[TerminationReason, QRadioButton] = {}
        for number, member in enumerate(TerminationReason):
            button = QRadioButton(label(member))
            self.reasons.addButton(button, number)
            self.reason_buttons[member] = button
            column.addWidget(button)
        self.reason_buttons[TerminationReason.NO_AGREEMENT].setChecked(True)
        return box

    def _build_routes(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        texts = {
            "arbitration": self.tr("Arbitration"),
            "administrative": self.tr("An administrative authority"),
            "court": self.tr("A lawsuit in court"),
        }
        self.route_boxes: dict[str, QCheckBox] = {}
        for key, text in texts.items():
            self.route_boxes[key] = QCheckBox(text)
            column.addWidget(self.route_boxes[key])
        self.route_boxes["court"].setChecked(True)  # the route always open to the parties
        self.routes_extra = GrowingText(self.tr("Anything else the parties were told (optional)"), lines=2)
        column.addWidget(self.routes_extra)
        return box

    def reason(self) -> TerminationReason:
        return next(member for member, button in self.reason_buttons.items() if button.isChecked())

    def _reason_chosen(self) -> None:
        other = self.reason() is TerminationReason.OTHER
        self.detail.setPlaceholderText(
            self.tr("Please describe the reason") if other else self.tr("Required when the reason is “other”")
        )

    def _bodies_loaded(self, bodies: list[BodyInfo]) -> None:
        for body in bodies:
            self.body.addItem(body.name, body.body_id)

    def routes_told(self) -> str:
        chosen = [key for key, box in self.route_boxes.items() if box.isChecked()]
        return routes_text(chosen, self.routes_extra.toPlainText())

    def submit(self) -> None:
        body_id = self.body.currentData()
        data = TerminationInput(
            self.reason(), self.routes_told(), self.detail.text(), int(body_id) if body_id is not None else None
        )
        self.run_save(terminate_mediation, self.case_id, data)

    def _done(self, result: object) -> None:
        printing = self.print_notices.isChecked()
        super()._done(result)
        if printing:
            self.open_previews("termination_notice", len(self.host.summary.parties))
