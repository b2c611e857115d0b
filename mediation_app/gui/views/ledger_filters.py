"""The ledger's filter panel: every filter in one compact grid, read as a LedgerFilter and remembered as JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mediation_app.domain.ledger import LedgerFilter
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, RiskLevel, Route, Vocabulary
from mediation_app.gui.vocab import risk_icon
from mediation_app.gui.widgets import VocabularyCombo
from mediation_app.services.ledger import FilterChoices

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as 不限


class ChoiceCombo(QComboBox):
    """A list of names with "all" first; a remembered name not (yet) offered is kept as an item of its own."""

    def __init__(self, everything: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(everything, "")
        self.setMinimumContentsLength(6)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, text: str) -> None:
        if text and self.findData(text) < 0:
            self.addItem(text, text)
        self.setCurrentIndex(max(0, self.findData(text)))

    def set_options(self, names: Iterable[str]) -> None:
        """Offer ``names``, keeping the current choice (and saying nothing: the filter has not changed)."""
        current = self.value()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for name in names:
            self.addItem(name, name)
        self.set_value(current)
        self.blockSignals(False)


class _OpensAtToday(QCalendarWidget):
    """The popup of a date edit showing 不限: it opens on this month, not on January 2000 (the edit's minimum)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__()
        self._edit = edit

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setCalendarWidget(_OpensAtToday(edit))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[no-any-return]


class LedgerFilterPanel(QFrame):
    """Date range, status, type, channel, route, risk, mediator, community and grid, overdue, agreement."""

    changed = Signal()  # any filter changed (the view reloads)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerFilterPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grids: dict[str, tuple[str, ...]] = {}
        self._build_fields()
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self._lay_out(grid)
        for signal in self._signals():
            signal.connect(lambda *_args: self.changed.emit())
        self.community.currentIndexChanged.connect(self._offer_grids)

    def _build_fields(self) -> None:
        self.date_from, self.date_to = _date_edit(), _date_edit()
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("Any"))
        self.status = VocabularyCombo(CaseStatus, self.tr("All statuses"))
        self.dispute_type = VocabularyCombo(DisputeType, self.tr("All dispute types"))
        self.channel = VocabularyCombo(Channel, self.tr("All channels"))
        self.route = VocabularyCombo(Route, self.tr("All routes"))
        self.risk = VocabularyCombo(RiskLevel, self.tr("All risk colours"), icon=risk_icon)
        self.mediator = ChoiceCombo(self.tr("All mediators"))
        self.community = ChoiceCombo(self.tr("All communities"))
        self.grid = ChoiceCombo(self.tr("All grids"))
        self.agreement = QComboBox()
        for text, value in (
            (self.tr("Any"), None),
            (self.tr("With agreement"), True),
            (self.tr("No agreement"), False),
        ):
            self.agreement.addItem(text, value)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setToolTip(self.tr("Open cases whose time limit has run out"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self, grid: QGridLayout) -> None:
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to, 1)
        cells: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("&Received"), dates),
            (self.tr("S&tatus"), self.status),
            (self.tr("T&ype"), self.dispute_type),
            (self.tr("Ris&k"), self.risk),
            (self.tr("C&hannel"), self.channel),
            (self.tr("Ro&ute"), self.route),
            (self.tr("&Mediator"), self.mediator),
            (self.tr("Agr&eement"), self.agreement),
            (self.tr("Commun&ity"), self.community),
            (self.tr("&Grid"), self.grid),
        ]
        for index, (text, field) in enumerate(cells):
            row, column = divmod(index, 4)
            label = QLabel(text)
            target = self.date_from if isinstance(field, QHBoxLayout) else field
            label.setBuddy(target)
            grid.addWidget(label, row, column * 2)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, column * 2 + 1)
            else:
                grid.addWidget(field, row, column * 2 + 1)
        grid.addWidget(self.overdue, 2, 5)
        grid.addWidget(self.clear_button, 2, 7)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

    def _signals(self) -> list[Any]:
        combos = (self.status, self.dispute_type, self.channel, self.route, self.risk, self.mediator, self.agreement)
        return [
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            *(combo.currentIndexChanged for combo in (*combos, self.community, self.grid)),
            self.overdue.toggled,
        ]

    def focus_order(self) -> list[QWidget]:
        """Tab order: across each row, as the eye reads the panel."""
        return [
            self.date_from,
            self.date_to,
            self.status,
            self.dispute_type,
            self.risk,
            self.channel,
            self.route,
            self.mediator,
            self.agreement,
            self.community,
            self.grid,
            self.overdue,
            self.clear_button,
        ]

    def set_choices(self, choices: FilterChoices) -> None:
        self._grids = dict(choices.grids)
        self.mediator.set_options(choices.mediators)
        self.community.set_options(sorted(choices.grids))
        self._offer_grids()

    def _offer_grids(self) -> None:
        community = self.community.value()
        names = self._grids.get(community, ()) if community else sorted({g for gs in self._grids.values() for g in gs})
        self.grid.set_options(names)

    def apply_to(self, flt: LedgerFilter, today: Callable[[], date]) -> LedgerFilter:
        """``flt`` (the search term) narrowed by every filter of the panel; overdue counts from ``today()``."""
        return LedgerFilter(
            received_from=_day(self.date_from),
            received_to=_day(self.date_to),
            statuses=_one(self.status.member()),
            dispute_types=_one(self.dispute_type.member()),
            channels=_one(self.channel.member()),
            routes=_one(self.route.member()),
            risks=_one(self.risk.member()),
            community=self.community.value(),
            grid=self.grid.value(),
            mediator=self.mediator.value(),
            overdue_on=today() if self.overdue.isChecked() else None,
            has_agreement=self.agreement.currentData(),
            text=flt.text,
        )

    def active_count(self) -> int:
        return len(self.saved())

    def saved(self) -> dict[str, object]:
        """The chosen filters as JSON-able values, by name; filters left open are left out."""
        values: dict[str, object] = {
            "from": _day(self.date_from),
            "to": _day(self.date_to),
            "status": self.status.member(),
            "dispute_type": self.dispute_type.member(),
            "channel": self.channel.member(),
            "route": self.route.member(),
            "risk": self.risk.member(),
            "mediator": self.mediator.value(),
            "community": self.community.value(),
            "grid": self.grid.value(),
            "overdue": self.overdue.isChecked(),
            "agreement": self.agreement.currentData(),
        }
        return {
            k: (v.isoformat() if isinstance(v, date) else str(v))
            for k, v in values.items()
            if v not in (None, "", False)
        }

    def restore(self, saved: dict[str, object]) -> None:
        """Put back what ``saved()`` gave; anything unreadable (an old code, a bad date) is left open."""
        self.blockSignals(True)
        self.clear()
        for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
            day = QDate.fromString(str(saved.get(key, "")), "yyyy-MM-dd")
            edit.setDate(day if day.isValid() else NO_DATE)
        vocabularies: list[tuple[VocabularyCombo[Any], type[Vocabulary], str]] = [
            (self.status, CaseStatus, "status"),
            (self.dispute_type, DisputeType, "dispute_type"),
            (self.channel, Channel, "channel"),
            (self.route, Route, "route"),
            (self.risk, RiskLevel, "risk"),
        ]
        for combo, vocabulary, key in vocabularies:
            code = str(saved.get(key, ""))
            combo.set_member(vocabulary(code) if code in {m.value for m in vocabulary} else None)
        self.community.set_value(str(saved.get("community", "")))
        self.grid.set_value(str(saved.get("grid", "")))
        self.mediator.set_value(str(saved.get("mediator", "")))
        self.overdue.setChecked(saved.get("overdue") == "True")
        self.agreement.setCurrentIndex(
            max(0, self.agreement.findData({"True": True, "False": False}.get(str(saved.get("agreement")))))
        )
        self.blockSignals(False)

    def clear(self) -> None:
        """Every filter back to "all" (one reload, not one per field)."""
        blocked = self.signalsBlocked()
        self.blockSignals(True)
        for edit in (self.date_from, self.date_to):
            edit.setDate(NO_DATE)
        for combo in (self.status, self.dispute_type, self.channel, self.route, self.risk, self.agreement):
            combo.setCurrentIndex(0)
        for choice in (self.mediator, self.community, self.grid):
            choice.set_value("")
        self.overdue.setChecked(False)
        self.blockSignals(blocked)
        if not blocked:
            self.changed.emit()


def _one(member: Any) -> frozenset[Any]:
    return frozenset({member}) if member is not None else frozenset()
