"""Registration and acceptance: validation codes, and 登记并受理 as one transaction."""

from __future__ import annotations

import pytest

from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus, Channel, DisputeType, PartyRole
from mediation_app.services import intake
from mediation_app.services.context import ServiceContext
from mediation_app.services.intake import IntakeInput, PartyInput, register_and_accept_case
from mediation_app.storage.models import AuditEvent, Case


def _data(*parties: PartyInput) -> IntakeInput:
    return IntakeInput(Channel.PHONE, DisputeType.CONSUMER, "预付卡退款", parties)


def test_register_and_accept_issues_the_number_in_one_save(ctx: ServiceContext) -> None:
    ref = register_and_accept_case(ctx, _data(PartyInput("钱昇", PartyRole.APPLICANT)))
    assert ref.status is CaseStatus.ACCEPTED
    assert ref.number is not None and ref.number.endswith("第0001号")


def test_a_failure_while_accepting_saves_nothing(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> str:
        raise RuntimeError("disk full while numbering")

    monkeypatch.setattr(intake, "assign_case_number", fail)
    with pytest.raises(RuntimeError):
        register_and_accept_case(ctx, _data(PartyInput("孙赟", PartyRole.APPLICANT)))
    with ctx.db.read() as session:
        assert session.query(Case).count() == 0
        assert session.query(AuditEvent).filter(AuditEvent.entity == "case").count() == 0


@pytest.mark.parametrize(
    ("party", "code"),
    [
        (PartyInput("", PartyRole.APPLICANT), "intake.party_name"),
        (PartyInput("周喆", PartyRole.APPLICANT, id_number="110101199003070000"), "id.check_digit"),
        (PartyInput("周喆", PartyRole.APPLICANT, phone="1381234"), "phone.too_short"),
        (PartyInput("周喆", PartyRole.RESPONDENT), "intake.no_applicant"),
    ],
)
def test_bad_input_is_refused_with_a_code(ctx: ServiceContext, party: PartyInput, code: str) -> None:
    with pytest.raises(DomainError) as info:
        intake.register_case(ctx, _data(party))
    assert info.value.code == code
    with ctx.db.read() as session:
        assert session.query(Case).count() == 0
