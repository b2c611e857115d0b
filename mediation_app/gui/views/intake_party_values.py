"""One party card's content as the service's input and as a draft, and back from a draft."""

from __future__ import annotations

from typing import Any

from mediation_app.domain.vocabulary import PartyKind, PartyRole
from mediation_app.gui.views.intake_inputs import parse_day
from mediation_app.gui.views.party_fields import AGENT_FIELDS, TEXT_FIELDS, PartyFields
from mediation_app.services.intake import PartyInput


def party_input(card: PartyFields) -> PartyInput:
    """The typed particulars; a field that cannot be read (a malformed date) is left out: ``check`` names it."""

    def text(name: str) -> str:
        return card.widget(name).text().strip()

    person = card.is_person()
    try:
        born = parse_day(text("birth_date")) if person else None
    except ValueError:
        born = None
    age = text("age")
    return PartyInput(
        name=text("name"),
        role=card.role.member() or PartyRole.APPLICANT,
        kind=PartyKind.PERSON if person else PartyKind.ORGANISATION,
        id_number=text("id_number") if person else "",
        phone=text("phone"),
        address=text("address"),
        requests=card.requests.toPlainText().strip(),
        gender=card.gender.member() if person else None,
        ethnicity=text("ethnicity") if person else "",
        birth_date=born,
        age=int(age) if person and age.isdigit() else None,
        occupation=text("occupation") if person else "",
        employer=text("employer") if person else "",
        credit_code="" if person else text("credit_code"),
        legal_rep_name="" if person else text("legal_rep_name"),
        legal_rep_title="" if person else text("legal_rep_title"),
        agent_name=text("agent_name"),
        agent_id_number=text("agent_id_number"),
        agent_phone=text("agent_phone"),
        agent_relation=text("agent_relation"),
        agent_authority=card.agent_authority.member(),
        party_id=card.party_id,
    )


def party_payload(card: PartyFields) -> dict[str, Any]:
    """Everything typed, as text, for a draft."""
    data: dict[str, Any] = {name: card.widget(name).text() for name in TEXT_FIELDS}
    data.update(
        role=card.role.currentData(),
        kind=card.kind.currentData(),
        gender=card.gender.currentData(),
        agent_authority=card.agent_authority.currentData(),
        requests=card.requests.toPlainText(),
        party_id=card.party_id,
        linked_number=card.linked_number,
    )
    return data


def restore_party(card: PartyFields, data: dict[str, Any]) -> None:
    for combo, key in ((card.role, "role"), (card.kind, "kind"), (card.gender, "gender")):
        combo.setCurrentIndex(max(combo.findData(data.get(key)), 0))
    card.agent_authority.setCurrentIndex(max(card.agent_authority.findData(data.get("agent_authority")), 0))
    for name in TEXT_FIELDS:
        card.widget(name).setText(str(data.get(name) or ""))
    card.requests.setPlainText(str(data.get("requests") or ""))
    party_id = data.get("party_id")
    card.set_link(party_id if isinstance(party_id, int) else None, str(data.get("linked_number") or ""))
    card.show_agent(any(str(data.get(name) or "") for name in AGENT_FIELDS))
    card.restored()
