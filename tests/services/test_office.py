"""Office details: first-start placeholders, editing with a version check, and a 字号 that makes valid numbers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.services.context import ServiceContext
from mediation_app.services.office import get_office, paper_prefixes, set_paper_prefixes, update_office
from mediation_app.storage.models import AuditEvent


def test_edit_is_saved_and_audited(ctx: ServiceContext) -> None:
    office = get_office(ctx)
    saved = update_office(ctx, replace(office, name="朝阳街道警民联调室", case_prefix="朝联调字"))
    assert get_office(ctx).name == "朝阳街道警民联调室"
    assert saved.version == office.version + 1
    with ctx.db.read() as session:
        event = session.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
    assert event is not None and "朝联调字" in event.after_json and "某街联调字" in event.before_json


def test_stale_edit_is_refused(ctx: ServiceContext) -> None:
    office = get_office(ctx)
    update_office(ctx, replace(office, phone="010-88886666"))
    with pytest.raises(DomainError) as info:
        update_office(ctx, replace(office, name="别人的旧版本"))
    assert info.value.code == "record.stale"
    assert get_office(ctx).name == office.name


@pytest.mark.parametrize(("field", "value"), [("name", " "), ("case_prefix", ""), ("case_prefix", "（2026）联调字")])
def test_bad_details_are_refused(ctx: ServiceContext, field: str, value: str) -> None:
    office = get_office(ctx)
    with pytest.raises(DomainError):
        update_office(ctx, replace(office, **{field: value}))
    assert get_office(ctx) == office


def test_an_office_sets_its_own_prefix_per_paper_series_and_can_go_back(ctx: ServiceContext) -> None:
    defaults = {p.series: p.default for p in paper_prefixes(ctx)}
    assert defaults["diversion"] == "某街分字" and all(p.own == "" for p in paper_prefixes(ctx))
    saved = {p.series: p.own for p in set_paper_prefixes(ctx, {"diversion": " 东风分流字 "})}
    assert saved["diversion"] == "东风分流字"
    saved = {p.series: p.own for p in set_paper_prefixes(ctx, {"diversion": ""})}
    assert saved["diversion"] == ""


@pytest.mark.parametrize("own", [{"diversion": "东风(分)字"}, {"receipts": "东风字"}])
def test_a_bad_series_prefix_changes_nothing(ctx: ServiceContext, own: dict[str, str]) -> None:
    set_paper_prefixes(ctx, {"agreement": "东风协字"})
    with pytest.raises(DomainError):
        set_paper_prefixes(ctx, {"agreement": "", **own})
    assert {p.series: p.own for p in paper_prefixes(ctx)}["agreement"] == "东风协字"


def test_a_refused_series_prefix_names_its_series(ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as info:
        set_paper_prefixes(ctx, {"entrust": "委(调)字"})
    assert info.value.params["series"] == "entrust" and info.value.code == "number.invalid"
