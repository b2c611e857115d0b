"""What the Excel import must know before it writes: keys already imported, numbers and sequences already taken."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mediation_app.storage.models import Case

_CHUNK = 500  # SQLite allows a limited number of bound parameters per statement


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def existing_import_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """The keys among ``keys`` that a case already carries (imported before)."""
    found: set[str | None] = set()
    for chunk in _chunks(keys):
        found.update(session.execute(sa.select(Case.import_key).where(Case.import_key.in_(chunk))).scalars())
    return {key for key in found if key is not None}


def taken_numbers(session: Session, numbers: Sequence[str]) -> set[str]:
    found: set[str | None] = set()
    for chunk in _chunks(numbers):
        found.update(session.execute(sa.select(Case.number).where(Case.number.in_(chunk))).scalars())
    return {number for number in found if number is not None}


def taken_sequences(session: Session, office_id: int, years: Iterable[int]) -> set[tuple[int, int]]:
    """(year, sequence) of every numbered case of the office in those years (the number's unique key)."""
    rows = session.execute(
        sa.select(Case.number_year, Case.number_seq).where(
            Case.office_id == office_id, Case.number_year.in_(sorted(set(years))), Case.number_seq.is_not(None)
        )
    ).all()
    return {(int(year), int(seq)) for year, seq in rows}
