"""An agreement as recorded, opened from the case's timeline: its number, terms, performance, 司法确认 state; a
draft still being mediated opens in the editor from here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from mediation_app.domain.casework import CaseAction
from mediation_app.domain.money import format_amount
from mediation_app.domain.vocabulary import AgreementKind
from mediation_app.gui.dialogs.agreement_editor import AgreementEditorDialog
from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.dialogs.paper_view import paint_background
from mediation_app.gui.errors import error_message
from mediation_app.gui.vocab import label
from mediation_app.gui.widgets import Notice, scaled_font
from mediation_app.services.agreements import AgreementInfo, get_agreement


class AgreementViewDialog(QDialog):
    saved = Signal(int)  # the editor opened from here saved the draft (the case window reloads)

    def __init__(self, host: StepHost, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paint_background(self)
        self.host = host
        self.agreement: AgreementInfo | None = None
        self.editor: AgreementEditorDialog | None = None
        self.setWindowTitle(self.tr("Mediation agreement"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(self.tr("Mediation agreement"))
        self.heading.setFont(scaled_font(self.heading, 1.15, bold=True))
        self.body = QTextBrowser()
        self.notice = Notice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.hide()
        self.edit_button.clicked.connect(self.open_editor)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (self.heading, self.body, self.notice, buttons):
            layout.addWidget(widget)
        host.runner.run(get_agreement, host.ctx, agreement_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, info: AgreementInfo) -> None:
        self.agreement = info
        kind = self.tr("Oral agreement") if info.kind is AgreementKind.ORAL else self.tr("Mediation agreement")
        self.heading.setText(f"{kind} {info.number or ''}".strip())
        self.body.setHtml(self.describe(info))
        allowed = any(a.action is CaseAction.EDIT_AGREEMENT and a.allowed for a in self.host.summary.actions)
        self.edit_button.setVisible(allowed and info.kind is AgreementKind.WRITTEN and info.effective_on is None)

    def describe(self, info: AgreementInfo) -> str:
        data = info.data
        rows = [
            (self.tr("Effective on"), str(info.effective_on or self.tr("not yet signed"))),
            (self.tr("Facts of the dispute"), data.facts),
            (self.tr("Matters in dispute"), data.disputed_matters),
            (self.tr("Responsibilities"), data.responsibilities),
            (self.tr("Performance"), " ".join(filter(None, (data.performance_manner, data.performance_place)))),
            (self.tr("Deadline for performance"), str(data.performance_deadline or "")),
            (self.tr("Total amount (yuan)"), format_amount(data.amount_fen) if data.amount_fen else ""),
            (self.tr("Judicial confirmation"), label(info.judicial.state)),
        ]
        if info.court_name:
            decision = label(info.court_decision) if info.court_decision else ""
            rows.append((self.tr("Court"), f"{info.court_name} {decision}".strip()))
        terms = "".join(f"<li>{_escape(t.text)}</li>" for t in data.terms)
        table = "".join(f"<tr><td><b>{k}</b></td><td>{_escape(v)}</td></tr>" for k, v in rows if v)
        heading = self.tr("Terms")
        return f"<table cellpadding='4'>{table}</table><p><b>{heading}</b></p><ol>{terms}</ol>"

    def open_editor(self) -> None:
        self.editor = AgreementEditorDialog(self.host, self.parentWidget())
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(self.saved)
        self.editor.show()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(error_message(error), error=True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
