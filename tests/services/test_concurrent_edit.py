"""Two desks on one database file edit the same record: the second save is refused with who saved, when and
which fields, and nothing is lost (the first save is stored, the values it replaced are in the audit trail)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from mediation_app.app import open_context
from mediation_app.domain.vocabulary import UserRole
from mediation_app.services.agreements import get_agreement, save_agreement
from mediation_app.services.audit_history import changes_since
from mediation_app.services.clauses import ClauseInfo, save_clause
from mediation_app.services.context import ServiceContext, ServiceError
from mediation_app.storage.models import AuditEvent, Case, User
from tests.services.casework_flow import TODAY, accepted_case, complete_agreement, held_session


def _user(ctx: ServiceContext, username: str, name: str) -> int:
    with ctx.db.write() as session:
        user = User(username=username, display_name=name, role=UserRole.MEDIATOR)
        session.add(user)
        session.flush()
        return user.id


@pytest.fixture
def desks(db_target: str) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    """Two programs on one database: each its own engine and connections, each its own user."""
    first, second = open_context(db_target), open_context(db_target)
    a, b = _user(first, "zhou", "周玥"), _user(first, "zheng", "郑赟")
    yield (ServiceContext(first.db, first.office_id, user_id=a), ServiceContext(second.db, second.office_id, user_id=b))
    first.db.dispose()
    second.db.dispose()


def test_the_second_save_of_an_agreement_is_refused_and_says_who_and_what(
    desks: tuple[ServiceContext, ServiceContext],
) -> None:
    zhou, zheng = desks
    case_id = accepted_case(zhou)
    held_session(zhou, case_id)
    draft = save_agreement(zhou, case_id, complete_agreement(), today=TODAY)
    loaded_by_zheng = get_agreement(zheng, draft.agreement_id, today=TODAY)  # both desks open the same version
    zhou_text = replace(draft.data, facts="周玥改写的事实。")
    save_agreement(zhou, case_id, zhou_text, agreement_id=draft.agreement_id, version=draft.version, today=TODAY)
    zheng_text = replace(loaded_by_zheng.data, facts="郑赟改写的事实。", performance_place="联调室")
    with pytest.raises(ServiceError) as refused:
        save_agreement(
            zheng, case_id, zheng_text, agreement_id=draft.agreement_id, version=loaded_by_zheng.version, today=TODAY
        )
    params = refused.value.params
    assert refused.value.code == "record.stale"
    assert params["who"] == "周玥" and params["when"] and "facts" in params["fields"]  # type: ignore[operator]
    assert "performance_place" not in params["fields"]  # type: ignore[operator]  # zhou did not touch it
    stored = get_agreement(zheng, draft.agreement_id, today=TODAY)
    assert stored.data.facts == "周玥改写的事实。"  # the first save stands, untouched by the refused one
    (change,) = changes_since(zheng, "agreements", draft.agreement_id, loaded_by_zheng.version)
    facts = next(c for c in change.changes if c.column == "facts")
    assert (facts.before, facts.after) == (complete_agreement().facts, "周玥改写的事实。")  # the replaced text kept
    assert change.user == "周玥"


def test_a_clause_saved_twice_from_the_same_copy(desks: tuple[ServiceContext, ServiceContext]) -> None:
    zhou, zheng = desks
    clause = save_clause(zhou, ClauseInfo(None, "赔偿", "赔偿若干元。"))
    save_clause(zhou, replace(clause, text="赔偿三千元。"))
    with pytest.raises(ServiceError) as refused:
        save_clause(zheng, replace(clause, title="赔礼道歉"))
    assert refused.value.params["who"] == "周玥"
    assert refused.value.params["fields"] == ("text",)
    assert changes_since(zheng, "clause_templates", clause.clause_id or 0, (clause.version or 1) + 1) == ()


def test_two_sessions_saving_the_same_case_row_the_second_is_refused_by_its_version(
    desks: tuple[ServiceContext, ServiceContext],
) -> None:
    """Below the services: the version column refuses a lost race even when both read before either wrote."""
    zhou, zheng = desks
    case_id = accepted_case(zhou)
    with zheng.db.read() as reading:
        copy = reading.get(Case, case_id)  # zheng opens the case…
    with zhou.db.write() as one:  # …zhou saves it…
        first = one.get(Case, case_id)
        assert first is not None
        first.facts = "第一位的事实"
    with pytest.raises(StaleDataError), zheng.db.write() as two:  # …and zheng saves the copy he opened
        stale = two.merge(copy, load=False)
        stale.facts = "第二位的事实"
    with zheng.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.facts == "第一位的事实"
        updates = session.execute(
            sa.select(AuditEvent).filter_by(entity="cases", row_key=str(case_id), action="update")
        ).scalars()
        assert [json.loads(e.after_json).get("facts") for e in updates][-1] == "第一位的事实"
