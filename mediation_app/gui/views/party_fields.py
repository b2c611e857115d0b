"""One party on the intake form: a person's or an organisation's particulars, the agent and the requests, each
checked as it is typed, and the earlier registration it matches (offered for reuse)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.identity import (
    IdCheck,
    check_credit_code,
    check_id_number,
    check_phone,
    normalise_id_number,
)
from mediation_app.domain.vocabulary import AgentAuthority, Gender, PartyKind, PartyRole
from mediation_app.gui.dialogs.known_party import KnownPartyPanel
from mediation_app.gui.errors import message_for
from mediation_app.gui.views.intake_inputs import DAY_FORMAT, GridForm, date_problem, parse_day
from mediation_app.gui.widgets import VocabularyCombo
from mediation_app.services.parties import KnownParty

LOOKUP_DELAY_MS = 400  # the known-party lookup waits for a pause in the typing
TEXT_FIELDS = (
    "name", "id_number", "phone", "birth_date", "age", "ethnicity", "occupation", "employer", "address",
    "credit_code", "legal_rep_name", "legal_rep_title", "agent_name", "agent_relation", "agent_id_number",
    "agent_phone",
)  # fmt: skip
PERSON_ONLY = ("id_number", "gender", "birth_date", "age", "ethnicity", "occupation", "employer")
ORG_ONLY = ("credit_code", "legal_rep_name", "legal_rep_title")
AGENT_FIELDS = ("agent_name", "agent_relation", "agent_id_number", "agent_phone", "agent_authority")
# While typing, a reason shows only once the value is complete: "too short" is no news halfway through a number.
INCOMPLETE = frozenset({"id.length", "phone.too_short", "credit.length", "date"})
CARD_STYLE = "QFrame#partyCard { background: #FFFFFF; border: 1px solid #DDE1E6; border-radius: 8px; }"


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


class PartyFields(QFrame):
    """A card for one party; ``value()`` is what the service takes, ``payload()`` what a draft keeps."""

    changed = Signal()
    lookup_due = Signal(object)  # self: the identifying details paused on a complete value
    remove_requested = Signal(object)  # self

    def __init__(self, role: PartyRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyCard")
        self.setStyleSheet(CARD_STYLE)
        self.party_id: int | None = None  # a known party reused
        self._linked_number = ""  # the ID number or credit code the link was made with
        self.looked_up: tuple[tuple[str, str], ...] | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 10)
        column.setSpacing(6)
        column.addLayout(self._build_header(role))
        grid = QGridLayout()
        self.form = GridForm(grid)
        self.known_panel = KnownPartyPanel()
        self._build_fields()
        column.addLayout(grid)
        self.known_panel.use_requested.connect(self.use_known)
        self._lookup_timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._lookup_pause)
        self._connect_checks()
        self._show_kind()
        self.show_agent(False)
        self.set_link(None)

    # -- construction ---------------------------------------------------------------------------------------
    def _build_header(self, role: PartyRole) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold;")
        self.role = VocabularyCombo(PartyRole)
        self.role.set_member(role)
        self.kind = VocabularyCombo(PartyKind)
        self.linked_label = QLabel(self.tr("Linked to the earlier registration"))
        self.linked_label.setObjectName("hint")
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this party from the form"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        for widget in (self.number_label, self.role, self.kind):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.linked_label)
        row.addWidget(self.remove_button)
        return row

    def _build_fields(self) -> None:
        self.name = _line(100)
        self.phone = _line(40, self.tr("Mobile or landline"))
        self.id_number = _line(22, self.tr("18 characters"))
        self.gender = VocabularyCombo(Gender, "—")
        self.birth_date = _line(12, self.tr("e.g. 1979-03-05"))
        self.age = _line(3)
        self.age.setValidator(QIntValidator(0, 150, self.age))
        self.ethnicity = _line(20, self.tr("e.g. 汉族"))
        self.occupation = _line(60)
        self.employer = _line(100)
        self.credit_code = _line(22, self.tr("Unified social credit code, 18 characters"))
        self.legal_rep_name = _line(60)
        self.legal_rep_title = _line(40)
        self.address = _line(200)
        self.requests = QPlainTextEdit()
        self.requests.setTabChangesFocus(True)
        self.requests.setPlaceholderText(self.tr("What this party asks for"))
        self.requests.setFixedHeight(self.requests.fontMetrics().lineSpacing() * 2 + 14)
        self.agent_toggle = QToolButton()
        self.agent_toggle.setCheckable(True)
        self.agent_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.agent_toggle.setText(self.tr("Agent"))
        self.agent_toggle.setAutoRaise(True)
        self.agent_toggle.toggled.connect(self.show_agent)
        self.agent_name = _line(60)
        self.agent_relation = _line(40, self.tr("e.g. son, lawyer"))
        self.agent_id_number = _line(22, self.tr("18 characters"))
        self.agent_phone = _line(40)
        self.agent_authority = VocabularyCombo(AgentAuthority, "—")
        self._place_fields()

    def _place_fields(self) -> None:
        add = self.form.add
        self.name_label = add("name", self.tr("Name *"), self.name, 0)
        add("phone", self.tr("Phone"), self.phone, 0, 1)
        add("id_number", self.tr("ID number"), self.id_number, 1)
        add("gender", self.tr("Gender"), self.gender, 1, 1)
        add("credit_code", self.tr("Social credit code"), self.credit_code, 2, span=2)
        # Right under the identifying fields: it shows while they are typed, and nothing typed moves.
        self.form.grid.addWidget(self.known_panel, 3, 0, 1, 4)
        add("birth_date", self.tr("Birth date"), self.birth_date, 4)
        add("age", self.tr("Age"), self.age, 4, 1)
        add("legal_rep_name", self.tr("Legal rep."), self.legal_rep_name, 5)
        add("legal_rep_title", self.tr("Position"), self.legal_rep_title, 5, 1)
        add("ethnicity", self.tr("Ethnicity"), self.ethnicity, 6)
        add("occupation", self.tr("Occupation"), self.occupation, 6, 1)
        add("employer", self.tr("Employer"), self.employer, 7, span=2)
        self.address_label = add("address", self.tr("Address"), self.address, 8, span=2)
        add("requests", self.tr("Requests"), self.requests, 9, span=2)
        self.form.grid.addWidget(self.agent_toggle, 10, 0, 1, 4)
        add("agent_name", self.tr("Agent"), self.agent_name, 11)
        add("agent_relation", self.tr("Relation"), self.agent_relation, 11, 1)
        add("agent_id_number", self.tr("Agent's ID"), self.agent_id_number, 12)
        add("agent_phone", self.tr("Agent's phone"), self.agent_phone, 12, 1)
        add("agent_authority", self.tr("Authority"), self.agent_authority, 13)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them (hidden ones are skipped by Qt)."""
        identity = [self.name, self.phone, self.id_number, self.gender, self.credit_code, self.known_panel.use_button]
        rest = [self.birth_date, self.age, self.legal_rep_name, self.legal_rep_title, self.ethnicity, self.occupation]
        agent = [self.agent_name, self.agent_relation, self.agent_id_number, self.agent_phone, self.agent_authority]
        return [
            self.role, self.kind, *identity, *rest, self.employer, self.address, self.requests, self.agent_toggle,
            *agent, self.remove_button,
        ]  # fmt: skip

    def _connect_checks(self) -> None:
        for name in TEXT_FIELDS:
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            edit.editingFinished.connect(lambda n=name: self.check_field(n, finished=True))
        self.requests.textChanged.connect(self.changed)
        for combo in (self.role, self.gender, self.agent_authority):
            combo.currentIndexChanged.connect(self.changed)
        self.gender.currentIndexChanged.connect(lambda: self.check_field("gender", finished=True))
        self.agent_authority.currentIndexChanged.connect(lambda: self.check_field("agent_name", finished=False))
        self.kind.currentIndexChanged.connect(self._kind_changed)

    # -- kind, agent, numbering -----------------------------------------------------------------------------
    def is_person(self) -> bool:
        return self.kind.member() is not PartyKind.ORGANISATION

    def _kind_changed(self) -> None:
        self._show_kind()
        self._schedule_lookup()
        self.changed.emit()

    def _show_kind(self) -> None:
        person = self.is_person()
        for name in PERSON_ONLY:
            self.form.set_visible(name, person)
        for name in ORG_ONLY:
            self.form.set_visible(name, not person)
        self.name_label.setText(self.tr("Name *") if person else self.tr("Title *"))
        self.address_label.setText(self.tr("Address") if person else self.tr("Seat"))
        for name in (*PERSON_ONLY, *ORG_ONLY):
            if self.form.errors[name].text() and not self.form.cells[name].isVisibleTo(self):
                self.form.errors[name].clear()  # a hidden field's reason would block saving unseen

    def show_agent(self, shown: bool) -> None:
        if self.agent_toggle.isChecked() != shown:
            self.agent_toggle.setChecked(shown)  # calls back here through toggled
            return
        self.agent_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for name in AGENT_FIELDS:
            self.form.set_visible(name, shown)

    def set_number(self, number: int, removable: bool) -> None:
        self.number_label.setText(self.tr("Party %1").replace("%1", str(number)))
        self.remove_button.setVisible(removable)

    # -- checks ---------------------------------------------------------------------------------------------
    def error_text(self, name: str) -> str:
        return self.form.errors[name].text()

    def widget(self, name: str) -> QWidget:
        return getattr(self, name)  # type: ignore[no-any-return]

    def show_problem(self, name: str, message: str) -> None:
        if name in ("kind", "role"):
            name = "name"
        if name in AGENT_FIELDS:
            self.show_agent(True)
        self.form.errors[name].setText(message)

    def _edited(self, name: str) -> None:
        self.check_field(name, finished=False)
        if name in ("id_number", "credit_code", "name", "phone"):
            self._schedule_lookup()
        self.changed.emit()

    def check_field(self, name: str, *, finished: bool) -> bool:
        """Show the reason ``name`` is wrong (complete values only, unless ``finished``); True if it is right."""
        code, message = self._problem(name)
        if finished or code not in INCOMPLETE or self.error_text(name):
            self.form.errors[name].setText(message)  # a reason already shown follows the typing
        if name == "id_number":
            for other in ("birth_date", "gender"):
                if self.error_text(other) or finished:
                    self.check_field(other, finished=True)
        if name in ("agent_id_number", "agent_phone"):
            self.check_field("agent_name", finished=False)
        return not message

    def _problem(self, name: str) -> tuple[str, str]:
        """(code, message) for one field; ("", "") when it is right."""
        text = self.widget(name).text().strip() if name in TEXT_FIELDS else ""
        code = ""
        if name in ("id_number", "agent_id_number") and text:
            code = check_id_number(text).code or ""
        elif name in ("phone", "agent_phone") and text:
            code = check_phone(text).code or ""
        elif name == "credit_code" and text and not self.is_person():
            code = check_credit_code(text) or ""
        elif name == "birth_date":
            return self._birth_problem(text)
        elif name == "gender":
            id_check = self._id_check()
            chosen = self.gender.member()
            if id_check is not None and chosen is not None and id_check.gender is not chosen:
                code = "intake.gender_mismatch"
        elif name == "agent_name" and not text and self._has_agent_details():
            code = "intake.agent_name"
        return (code, message_for(code)) if code else ("", "")

    def _birth_problem(self, text: str) -> tuple[str, str]:
        if problem := date_problem(text):
            return "date", problem
        born = parse_day(text)
        if born is None:
            return "", ""
        id_check = self._id_check()
        if id_check is not None and id_check.birth_date != born:
            assert id_check.birth_date is not None
            return "intake.birth_mismatch", message_for(
                "intake.birth_mismatch", {"id_birth": id_check.birth_date.strftime(DAY_FORMAT)}
            )
        if born > date.today():
            return "intake.birth_future", message_for("intake.birth_future")
        return "", ""

    def _id_check(self) -> IdCheck | None:
        """The ID number's check when it is valid (a person only), else None."""
        text = self.id_number.text().strip()
        check = check_id_number(text) if text and self.is_person() else None
        return check if check is not None and check.ok else None

    def _has_agent_details(self) -> bool:
        typed = any(self.widget(n).text().strip() for n in ("agent_id_number", "agent_phone", "agent_relation"))
        return typed or self.agent_authority.member() is not None

    def check(self) -> bool:
        """Every field, so every reason shows at once; the name is required on a card in use."""
        names = ["name", "phone", "agent_name", "agent_id_number", "agent_phone"]
        names += ["id_number", "gender", "birth_date"] if self.is_person() else ["credit_code"]
        results = [self.check_field(name, finished=True) for name in names]
        if not self.name.text().strip():
            self.form.errors["name"].setText(self.tr("Please enter the name."))
            results.append(False)
        if any(self.error_text(name) for name in AGENT_FIELDS):
            self.show_agent(True)
        return all(results)

    def first_invalid(self) -> QWidget | None:
        for widget in self.focus_chain():
            name = next((n for n in self.form.errors if getattr(self, n, None) is widget), None)
            if name is not None and self.error_text(name):
                return widget
        return None

    def clear_problems(self) -> None:
        for error in self.form.errors.values():
            error.clear()

    # -- known parties --------------------------------------------------------------------------------------
    def lookup_query(self) -> tuple[tuple[str, str], ...] | None:
        """What to look a known party up by: a valid ID number or credit code, or the name with a valid phone."""
        number = self.id_number.text().strip() if self.is_person() else self.credit_code.text().strip()
        if self.is_person() and self._id_check() is not None:
            return (("id_number", normalise_id_number(number)),)
        if not self.is_person() and number and check_credit_code(number) is None:
            return (("credit_code", normalise_id_number(number)),)
        name, phone = self.name.text().strip(), self.phone.text().strip()
        if name and phone and check_phone(phone).ok:
            return (("name", name), ("phone", phone))
        return None

    def _schedule_lookup(self) -> None:
        self._drop_stale_link()
        self._lookup_timer.start()

    def _lookup_pause(self) -> None:
        query = self.lookup_query()
        if query is None:
            self.looked_up = None
            self.known_panel.clear()
        elif query != self.looked_up:
            self.looked_up = query
            self.lookup_due.emit(self)

    def show_known(self, query: tuple[tuple[str, str], ...], known: KnownParty | None) -> None:
        """A lookup's answer; an answer to details typed over since is dropped."""
        if query != self.lookup_query():
            return
        if known is None:
            self.known_panel.clear()
        else:
            self.known_panel.show_known(known, linked=known.party_id == self.party_id)

    def use_known(self, known: KnownParty) -> None:
        """Fill in the stored particulars (a typed value stays where nothing was stored) and link the party."""
        self.kind.set_member(known.kind)
        for name in ("name", "id_number", "credit_code", "phone", "address", "ethnicity", "occupation", "employer"):
            self._fill(name, getattr(known, name))
        for name in ("legal_rep_name", "legal_rep_title"):
            self._fill(name, getattr(known, name))
        if known.birth_date is not None:
            self.birth_date.setText(known.birth_date.strftime(DAY_FORMAT))
        if known.age is not None and known.birth_date is None:
            self.age.setText(str(known.age))
        if known.gender is not None:
            self.gender.set_member(known.gender)
        self.set_link(known.party_id, known.id_number or known.credit_code)
        self.known_panel.set_linked(True)
        self.clear_problems()
        self.changed.emit()

    def _fill(self, name: str, value: str) -> None:
        if value:
            self.widget(name).setText(value)

    def set_link(self, party_id: int | None, number: str = "") -> None:
        self.party_id, self._linked_number = party_id, normalise_id_number(number) if number else ""
        self.linked_label.setVisible(party_id is not None)

    def _drop_stale_link(self) -> None:
        """A different ID number or credit code is a different party: the link goes."""
        if self.party_id is None or not self._linked_number:
            return
        typed = self.id_number.text() if self.is_person() else self.credit_code.text()
        if normalise_id_number(typed) != self._linked_number:
            self.set_link(None)
            self.known_panel.set_linked(False)

    # -- values ---------------------------------------------------------------------------------------------
    def is_blank(self) -> bool:
        return not any(self.widget(n).text().strip() for n in TEXT_FIELDS) and not self.requests.toPlainText().strip()

    def restored(self) -> None:
        """Fields were set from a draft: show the right ones and look the party up again."""
        self._show_kind()
        self._lookup_timer.start()

    @property
    def linked_number(self) -> str:
        return self._linked_number
