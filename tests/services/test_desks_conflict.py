"""Two desks editing the same record behave alike on SQLite and PostgreSQL: the second save is refused by the version
column (``record.stale`` naming who saved and which fields), the first save stands, nothing is lost; and while one
desk's save is open the other desk's save waits for it, then goes through (writers take turns on both)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.agreements import get_agreement, save_agreement
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.integrity import check_integrity
from mediation_app.storage.models import Case, User
from tests.services.casework_flow import TODAY, accepted_case, complete_agreement, held_session


@pytest.fixture
def desks(db_target: str) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    """Two programs on one database (``db_target``: a SQLite file or a PostgreSQL database), each its own user."""
    first, second = open_context(db_target), open_context(db_target)
    ids = []
    with first.db.write() as session:
        for username, name in (("zhou", "周玥"), ("zheng", "郑赟")):
            user = User(username=username, display_name=name, role=UserRole.MEDIATOR)
            session.add(user)
            session.flush()
            ids.append(user.id)
    yield (
        ServiceContext(first.db, first.office_id, user_id=ids[0]),
        ServiceContext(second.db, second.office_id, user_id=ids[1]),
    )
    first.db.dispose()
    second.db.dispose()


def test_the_second_save_is_refused_alike_on_both_databases(desks: tuple[ServiceContext, ServiceContext]) -> None:
    zhou, zheng = desks
    case_id = accepted_case(zhou)
    held_session(zhou, case_id)
    draft = save_agreement(zhou, case_id, complete_agreement(), today=TODAY)
    opened_by_zheng = get_agreement(zheng, draft.agreement_id, today=TODAY)
    save_agreement(
        zhou, case_id, replace(draft.data, facts="周玥的事实。"), agreement_id=draft.agreement_id,
        version=draft.version, today=TODAY,
    )  # fmt: skip
    with pytest.raises(ServiceError) as refused:
        save_agreement(
            zheng, case_id, replace(opened_by_zheng.data, facts="郑赟的事实。"), agreement_id=draft.agreement_id,
            version=opened_by_zheng.version, today=TODAY,
        )  # fmt: skip
    assert refused.value.code == "record.stale" and refused.value.params["who"] == "周玥"
    assert "facts" in refused.value.params["fields"]  # type: ignore[operator]
    assert get_agreement(zheng, draft.agreement_id, today=TODAY).data.facts == "周玥的事实。"
    with zheng.db.read() as session:
        assert check_integrity(session).first_broken_audit_id is None  # the refused save left the chain whole


def test_a_save_waits_for_the_other_desks_open_save_then_goes_through(
    desks: tuple[ServiceContext, ServiceContext],
) -> None:
    zhou, zheng = desks
    case_id = accepted_case(zhou)
    inside, release, finished = threading.Event(), threading.Event(), threading.Event()

    def zhou_saves_slowly() -> None:
        with zhou.db.write() as session:
            case = session.get(Case, case_id)
            assert case is not None
            case.place = "周玥写的地点"
            inside.set()
            release.wait(30)

    def zheng_saves() -> None:
        with zheng.db.write() as session:
            case = session.get(Case, case_id)
            assert case is not None
            case.facts = "郑赟写的事实"
        finished.set()

    slow = threading.Thread(target=zhou_saves_slowly)
    slow.start()
    assert inside.wait(30)
    other = threading.Thread(target=zheng_saves)
    other.start()
    assert not finished.wait(0.5)  # zheng's save waits while zhou's is open…
    release.set()
    slow.join(30)
    other.join(30)
    assert finished.is_set()  # …and then goes through: both changes are stored
    with zheng.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and (case.place, case.facts) == ("周玥写的地点", "郑赟写的事实")
        assert check_integrity(session).ok
