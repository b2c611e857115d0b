"""The checks a session dialog asks for before saving: the next working day, the police second-session rule."""

from __future__ import annotations

from datetime import date, datetime

from mediation_app.domain.vocabulary import Route, SessionKind
from mediation_app.services.context import ServiceContext
from mediation_app.services.sessions import (
    SessionPlan,
    next_working_day,
    schedule_session,
    session_day_warnings,
)
from tests.services.casework_flow import accepted_case, held_session


def test_the_next_working_day_skips_the_weekend(ctx: ServiceContext) -> None:
    assert next_working_day(ctx, date(2026, 10, 16)) == date(2026, 10, 19)  # Friday -> Monday
    assert next_working_day(ctx, date(2026, 10, 14)) == date(2026, 10, 15)


def test_a_late_second_police_session_is_foretold_as_saving_would_warn(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx, route=Route.POLICE_MEDIATION)
    assert session_day_warnings(ctx, case_id, date(2026, 12, 1)) == ()  # the first session: no rule yet
    held = held_session(ctx, case_id)  # Wednesday 14 October 2026; deadline Friday 23 October
    assert session_day_warnings(ctx, case_id, date(2026, 10, 23)) == ()
    [late] = session_day_warnings(ctx, case_id, date(2026, 10, 26))
    assert late.code == "session.second_late" and late.params["deadline"] == "2026-10-23"
    saved = schedule_session(ctx, case_id, SessionPlan(datetime(2026, 10, 26, 9), "第一调解室"))
    assert [w.params for w in saved.warnings] == [late.params]  # the same warning the save gives
    assert session_day_warnings(ctx, case_id, date(2026, 10, 26), kind=SessionKind.INVESTIGATION) == ()
    assert session_day_warnings(ctx, case_id, date(2026, 12, 1)) == ()  # a third session: no rule
    assert session_day_warnings(ctx, case_id, date(2026, 10, 14), session_id=held) == ()  # re-recording the first


def test_other_routes_are_never_warned(ctx: ServiceContext) -> None:
    case_id = accepted_case(ctx)
    held_session(ctx, case_id)
    assert session_day_warnings(ctx, case_id, date(2026, 12, 1)) == ()
