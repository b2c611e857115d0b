"""The parties on the intake form: any number of cards in a scrolling list, and the known-party lookups."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediation_app.domain.vocabulary import PartyRole
from mediation_app.gui.tasks import Runner
from mediation_app.gui.views.intake_inputs import scrolling
from mediation_app.gui.views.intake_party_values import party_input, party_payload, restore_party
from mediation_app.gui.views.party_fields import PartyFields
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import PartyInput
from mediation_app.services.parties import KnownParty, find_known_party

FIRST_ROLES = (PartyRole.APPLICANT, PartyRole.RESPONDENT)  # a new form starts with these two


class PartiesBox(QGroupBox):
    changed = Signal()
    cards_changed = Signal()  # a card was added or removed: the tab order is rebuilt

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parties"), parent)
        self._ctx, self._runner = ctx, runner
        self.cards: list[PartyFields] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 10, 6, 6)
        column.setSpacing(6)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(2, 2, 8, 2)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll = scrolling(self.list_widget)
        column.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a party (Ctrl+Shift+A)"))
        self.add_button.clicked.connect(lambda: self.add_party(focus=True))
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)
        self.reset()

    # -- cards ----------------------------------------------------------------------------------------------
    def add_party(self, role: PartyRole | None = None, *, focus: bool = False) -> PartyFields:
        card = PartyFields(role or (FIRST_ROLES[len(self.cards)] if len(self.cards) < 2 else PartyRole.RESPONDENT))
        card.changed.connect(self.changed)
        card.lookup_due.connect(self._look_up)
        card.remove_requested.connect(self.remove_party)
        self.list_layout.insertWidget(len(self.cards), card)
        self.cards.append(card)
        self._renumber()
        self.cards_changed.emit()
        if focus:
            card.name.setFocus()
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card))
            self.changed.emit()
        return card

    def remove_party(self, card: PartyFields) -> None:
        if len(self.cards) <= 1 or card not in self.cards:
            return
        index = self.cards.index(card)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        self._renumber()
        self.cards_changed.emit()
        self.cards[min(index, len(self.cards) - 1)].name.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, card in enumerate(self.cards, start=1):
            card.set_number(number, removable=len(self.cards) > 1)

    def reset(self, count: int = 2) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for _ in range(count):
            self.add_party()

    def focus_chain(self) -> list[QWidget]:
        return [widget for card in self.cards for widget in card.focus_chain()] + [self.add_button]

    # -- values ---------------------------------------------------------------------------------------------
    def used_cards(self) -> list[PartyFields]:
        """The cards with anything typed in them; an empty extra card is simply left out."""
        return [card for card in self.cards if not card.is_blank()]

    def values(self) -> tuple[PartyInput, ...]:
        return tuple(party_input(card) for card in self.used_cards())

    def is_blank(self) -> bool:
        return all(card.is_blank() for card in self.cards)

    def check(self) -> bool:
        results = [card.check() for card in self.used_cards() or self.cards[:1]]  # at least the first party
        return all(results)

    def clear_problems(self) -> None:
        for card in self.cards:
            card.clear_problems()

    def payload(self) -> list[dict[str, Any]]:
        return [party_payload(card) for card in self.cards]

    def restore(self, parties: list[dict[str, Any]]) -> None:
        self.reset(max(len(parties), 1))
        for card, data in zip(self.cards, parties, strict=False):
            restore_party(card, data)

    # -- known parties --------------------------------------------------------------------------------------
    def _look_up(self, card: PartyFields) -> None:
        query = card.lookup_query()
        if query is None:
            return
        self._runner.run(
            partial(find_known_party, self._ctx, **dict(query)),
            on_done=lambda known: self._found(card, query, known),
            on_error=lambda _error: None,  # a failed lookup only means nothing is offered
        )

    def _found(self, card: PartyFields, query: tuple[tuple[str, str], ...], known: KnownParty | None) -> None:
        if card in self.cards:
            card.show_known(query, known)
