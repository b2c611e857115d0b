"""The case file (卷宗): the 卷内目录 order, where each paper and attachment is bound, and what a file must hold.

domain.md §4: 申请书或受理登记表*, 权利义务告知书*, 身份证明*, 授权委托书, 调查记录, 证据材料, 调解记录*, 协议书*,
履行凭证, 回访记录, 司法确认材料, 卷宗情况说明, 封底* (* required). Papers the list does not name are bound with the
item nearest in purpose: the diversion papers with the application, the 调处通知书 with the records, the 终止调解告知书
in the place of the agreement. A file lacking a required item, a signed written agreement or the follow-up fails review.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.agreement_rules import Problem
from mediation_app.domain.vocabulary import AttachmentKind, CaseStatus, FormCode, Outcome, Vocabulary


class CaseFileItem(Vocabulary):
    """The entries of the 卷内目录, in binding order."""

    APPLICATION = ("application", "申请书或受理登记表", "Application or acceptance register")
    RIGHTS_NOTICE = ("rights_notice", "权利义务告知书", "Notice of rights and duties")
    IDENTITY = ("identity", "身份证明", "Proof of identity")
    AUTHORISATION = ("authorisation", "授权委托书", "Power of attorney")
    INVESTIGATION = ("investigation", "调查记录", "Investigation records")
    EVIDENCE = ("evidence", "证据材料", "Evidence")
    MEDIATION_RECORD = ("mediation_record", "调解记录", "Mediation records")
    AGREEMENT = ("agreement", "协议书", "Agreement")
    PERFORMANCE = ("performance", "履行凭证", "Performance receipts")
    VISIT = ("visit", "回访记录", "Follow-up visit records")
    JUDICIAL = ("judicial", "司法确认材料", "Judicial confirmation papers")
    FILE_NOTE = ("file_note", "卷宗情况说明", "Note on the file")
    BACK_COVER = ("back_cover", "封底", "Back cover")


FILE_ORDER: tuple[CaseFileItem, ...] = tuple(CaseFileItem)
REQUIRED_ITEMS: frozenset[CaseFileItem] = frozenset(
    {CaseFileItem.APPLICATION, CaseFileItem.RIGHTS_NOTICE, CaseFileItem.IDENTITY, CaseFileItem.MEDIATION_RECORD}
)  # 协议书 and 封底 are required too: the paper the outcome needs is checked on its own, the back cover is made

_F = FormCode
# Within an item, papers are bound in this order (the application before the register, notices before records).
FORM_ITEMS: dict[FormCode, CaseFileItem] = {
    _F.APPLICATION: CaseFileItem.APPLICATION,
    _F.ACCEPTANCE_REGISTER: CaseFileItem.APPLICATION,
    _F.NOT_ACCEPTED_NOTICE: CaseFileItem.APPLICATION,
    _F.DIVERSION_NOTICE: CaseFileItem.APPLICATION,
    _F.ENTRUST_LETTER: CaseFileItem.APPLICATION,
    _F.ENTRUST_CONFIRMATION: CaseFileItem.APPLICATION,
    _F.RIGHTS_NOTICE: CaseFileItem.RIGHTS_NOTICE,
    _F.INVESTIGATION_RECORD: CaseFileItem.INVESTIGATION,
    _F.SESSION_NOTICE: CaseFileItem.MEDIATION_RECORD,
    _F.MEDIATION_RECORD: CaseFileItem.MEDIATION_RECORD,
    _F.AGREEMENT: CaseFileItem.AGREEMENT,
    _F.ORAL_AGREEMENT: CaseFileItem.AGREEMENT,
    _F.TERMINATION_NOTICE: CaseFileItem.AGREEMENT,
    _F.VISIT_RECORD: CaseFileItem.VISIT,
    _F.JUDICIAL_CONFIRMATION: CaseFileItem.JUDICIAL,
}
FORM_RANK: dict[FormCode, int] = {code: rank for rank, code in enumerate(FORM_ITEMS)}
# The papers the 卷内目录 itself names: only these make their item present (a 调处通知书 is no 调解记录).
_BOUND_ALONGSIDE = frozenset(
    {_F.NOT_ACCEPTED_NOTICE, _F.DIVERSION_NOTICE, _F.ENTRUST_LETTER, _F.ENTRUST_CONFIRMATION, _F.SESSION_NOTICE}
) | {_F.TERMINATION_NOTICE}
NAMED_PAPERS: dict[FormCode, CaseFileItem] = {c: i for c, i in FORM_ITEMS.items() if c not in _BOUND_ALONGSIDE}

ATTACHMENT_ITEMS: dict[AttachmentKind, CaseFileItem] = {
    AttachmentKind.ID_COPY: CaseFileItem.IDENTITY,
    AttachmentKind.EVIDENCE: CaseFileItem.EVIDENCE,
    AttachmentKind.RECEIPT: CaseFileItem.PERFORMANCE,
    AttachmentKind.SIGNED_ORIGINAL: CaseFileItem.EVIDENCE,  # unless it is marked as an issued paper's original
    AttachmentKind.OTHER: CaseFileItem.EVIDENCE,
}


def item_of_attachment(kind: AttachmentKind, filed_as: CaseFileItem | None) -> CaseFileItem:
    """Where an attachment is bound: the item the user filed it under, else the one its kind suggests."""
    return filed_as if filed_as is not None else ATTACHMENT_ITEMS[kind]


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the completeness check looks at, gathered from the stored case."""

    status: CaseStatus
    outcome: Outcome | None
    present: frozenset[CaseFileItem]  # items with at least one issued paper or attachment
    papers: frozenset[FormCode]  # forms issued for the case
    written_agreements: tuple[str, ...] = ()  # each written agreement's number ("" if never printed)
    signed_agreements: frozenset[str] = frozenset()  # numbers whose printed 协议书 has its signed original
    oral_agreement: bool = False
    visits: int = 0


def _outcome_paper(facts: FileFacts) -> list[FormCode]:
    """The paper the case's ending needs in the file."""
    if facts.status is CaseStatus.NOT_ACCEPTED:
        return [FormCode.NOT_ACCEPTED_NOTICE]
    if facts.outcome is Outcome.FAILURE:
        return [FormCode.TERMINATION_NOTICE]
    if facts.outcome is Outcome.SUCCESS:
        needed = [FormCode.AGREEMENT] if facts.written_agreements else []
        return needed + ([FormCode.ORAL_AGREEMENT] if facts.oral_agreement else [])
    return [FormCode.DIVERSION_NOTICE]  # closed on a referral's feedback


def missing_from_file(facts: FileFacts) -> list[Problem]:
    """What keeps the case from being archived, in 卷内目录 order; empty when the file may be built."""
    problems: list[Problem] = []
    if facts.status not in (CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED):
        problems.append(Problem("archive.status", "status", {"status": facts.status.value}))
    mediated = facts.outcome is not None
    required = REQUIRED_ITEMS if mediated else frozenset({CaseFileItem.APPLICATION})
    problems += [
        Problem("archive.missing_item", item.value, {"item": item.value})
        for item in FILE_ORDER
        if item in required and item not in facts.present
    ]
    problems += [
        Problem("archive.missing_paper", form.value, {"form": form.value})
        for form in _outcome_paper(facts)
        if form not in facts.papers
    ]
    problems += [
        Problem("archive.unsigned_agreement", "agreement", {"number": number})
        for number in facts.written_agreements
        if number not in facts.signed_agreements
    ]
    if facts.outcome is Outcome.SUCCESS and facts.visits == 0:
        problems.append(Problem("archive.no_followup", "visits"))
    return problems


def page_label(first: int, last: int) -> str:
    """The 页号 of a 卷内目录 row: "7", or "7—9" for several pages."""
    return str(first) if first == last else f"{first}—{last}"
