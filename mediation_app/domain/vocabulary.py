"""The room's vocabulary: statuses, channels, dispute types, routes, bodies, colours and roles.

Each member stores a stable English code in the database and carries its Chinese legal term
(``zh``, used on printed forms, exports and the command line) and an English label (``en``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Vocabulary(StrEnum):
    """A str Enum whose members carry a Chinese and an English label."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_zh(cls, text: str) -> Vocabulary:
        """Find the member whose Chinese label is ``text`` (raises KeyError)."""
        for member in cls:
            if member.zh == text:
                return member
        raise KeyError(text)


class CaseStatus(Vocabulary):
    REGISTERED = ("registered", "已登记", "Registered")
    ACCEPTED = ("accepted", "已受理", "Accepted")
    NOT_ACCEPTED = ("not_accepted", "不予受理", "Not accepted")
    DIVERTED = ("diverted", "已分流", "Diverted")
    MEDIATING = ("mediating", "调解中", "Mediating")
    SUCCEEDED = ("succeeded", "调解成功", "Mediated successfully")
    FAILED = ("failed", "调解终止", "Mediation terminated")
    CLOSED = ("closed", "已结案", "Closed")
    ARCHIVED = ("archived", "已归档", "Archived")


class Channel(Vocabulary):
    """How a dispute reached the room (来源渠道)."""

    WALK_IN = ("walk_in", "来访", "Walk-in")
    PHONE = ("phone", "来电", "Phone call")
    POLICE = ("police", "110/派出所移交", "110 / police station")
    GRID_WORKER = ("grid_worker", "网格员上报", "Grid worker report")
    HOTLINE_12345 = ("hotline_12345", "12345 热线", "12345 hotline")
    COURT = ("court", "法院委派/委托", "Court referral")
    PETITION = ("petition", "信访转办", "Petition office")
    STATION = ("station", "联调站上报", "Community station report")
    PROACTIVE = ("proactive", "主动调解", "Proactive mediation")
    OTHER = ("other", "其他", "Other")


class CaseSource(Vocabulary):
    """The statistical source dimension (来源) of the MoJ-style reports."""

    APPLICATION = ("application", "当事人申请", "Party application")
    PROACTIVE = ("proactive", "主动调解", "Proactive mediation")
    POLICE = ("police", "公安机关移送", "Transferred by police")
    COURT = ("court", "法院委派委托", "Referred by court")
    GOVERNMENT = ("government", "政府部门指定", "Assigned by government")


class DisputeType(Vocabulary):
    """The 15 standard dispute types; OTHER is always present."""

    MARRIAGE_FAMILY = ("marriage_family", "婚姻家庭", "Marriage and family")
    NEIGHBOUR = ("neighbour", "邻里", "Neighbours")
    HOUSING_LAND = ("housing_land", "房屋宅基地", "Housing and homestead")
    CONTRACT = ("contract", "合同", "Contract")
    BUSINESS = ("business", "生产经营", "Production and business")
    DAMAGES = ("damages", "损害赔偿", "Damages")
    FOREST_LAND = ("forest_land", "山林土地", "Forest and land")
    EXPROPRIATION = ("expropriation", "征地拆迁", "Expropriation and demolition")
    ENVIRONMENT = ("environment", "环境污染", "Environmental pollution")
    LABOUR = ("labour", "劳动争议", "Labour dispute")
    CONSUMER = ("consumer", "消费", "Consumer")
    MEDICAL = ("medical", "医疗", "Medical")
    TRAFFIC = ("traffic", "道路交通事故", "Road traffic accident")
    PROPERTY_MGMT = ("property_mgmt", "物业", "Property management")
    OTHER = ("other", "其他", "Other")


class Route(Vocabulary):
    """The five routes inside the room (五位一体)."""

    POLICE_MEDIATION = ("police_mediation", "公安治安调解", "Police public-order mediation")
    PEOPLES_MEDIATION = ("peoples_mediation", "人民调解", "People's mediation")
    JUDICIAL_MEDIATION = ("judicial_mediation", "司法调解", "Court-linked mediation")
    LABOUR_MEDIATION = ("labour_mediation", "劳动争议调解", "Labour dispute mediation")
    LEGAL_AID = ("legal_aid", "法律援助", "Legal aid")


class BodyKind(Vocabulary):
    """Kinds of outside bodies a dispute may be diverted to."""

    POLICE_STATION = ("police_station", "派出所", "Police station")
    COURT = ("court", "人民法院", "People's court")
    LABOUR_ARBITRATION = ("labour_arbitration", "劳动人事争议仲裁委", "Labour arbitration commission")
    LEGAL_AID_CENTRE = ("legal_aid_centre", "法律援助中心", "Legal aid centre")
    ADMINISTRATIVE = ("administrative", "信访/行政机关", "Petition / administrative organ")
    SPECIALISED_COMMITTEE = ("specialised_committee", "专业调委会", "Specialised mediation committee")
    OTHER = ("other", "其他", "Other")


class RiskLevel(Vocabulary):
    """四色预警: ordered from most to least serious."""

    RED = ("red", "红", "Red")
    ORANGE = ("orange", "橙", "Orange")
    YELLOW = ("yellow", "黄", "Yellow")
    BLUE = ("blue", "蓝", "Blue")

    @property
    def rank(self) -> int:
        """0 for RED (most serious) up to 3 for BLUE."""
        return list(RiskLevel).index(self)


class PartyKind(Vocabulary):
    PERSON = ("person", "自然人", "Natural person")
    ORGANISATION = ("organisation", "法人或其他组织", "Organisation")


class PartyRole(Vocabulary):
    APPLICANT = ("applicant", "申请人", "Applicant")
    RESPONDENT = ("respondent", "被申请人", "Respondent")
    THIRD_PARTY = ("third_party", "第三人", "Third party")


class Gender(Vocabulary):
    MALE = ("male", "男", "Male")
    FEMALE = ("female", "女", "Female")


class AgentAuthority(Vocabulary):
    GENERAL = ("general", "一般授权", "General authorisation")
    SPECIAL = ("special", "特别授权", "Special authorisation")


class MediatorRole(Vocabulary):
    POLICE_OFFICER = ("police_officer", "民警", "Police officer")
    PEOPLES_MEDIATOR = ("peoples_mediator", "人民调解员", "People's mediator")
    LAWYER = ("lawyer", "律师", "Lawyer")


class UserRole(Vocabulary):
    ADMIN = ("admin", "管理员", "Administrator")
    MEDIATOR = ("mediator", "调解员", "Mediator")
    VIEWER = ("viewer", "查阅", "Read-only")


class NotAcceptedReason(Vocabulary):
    """人民调解法 Art. 17-18, 26; the grounds for 不予受理."""

    SPECIALISED_ORGAN = (
        "specialised_organ",
        "属于法律、法规规定只能由专门机关管辖处理的",
        "Only a specialised organ may handle it",
    )
    ALREADY_HANDLED = (
        "already_handled",
        "人民法院、公安机关或者其他行政机关已经受理或者解决的",
        "Already accepted or decided by a court, the police or another authority",
    )
    PARTY_REFUSES = ("party_refuses", "一方当事人明确拒绝调解的", "A party clearly refuses mediation")
    OTHER = ("other", "其他", "Other")


class SessionKind(Vocabulary):
    MEDIATION = ("mediation", "调解", "Mediation session")
    INVESTIGATION = ("investigation", "调查", "Investigation")


class AgreementKind(Vocabulary):
    WRITTEN = ("written", "书面协议", "Written agreement")
    ORAL = ("oral", "口头协议", "Oral agreement")


class Performance(Vocabulary):
    PERFORMED = ("performed", "已履行", "Performed")
    PARTLY = ("partly", "部分履行", "Partly performed")
    NOT_PERFORMED = ("not_performed", "未履行", "Not performed")


class Satisfaction(Vocabulary):
    SATISFIED = ("satisfied", "满意", "Satisfied")
    FAIRLY_SATISFIED = ("fairly_satisfied", "基本满意", "Fairly satisfied")
    DISSATISFIED = ("dissatisfied", "不满意", "Dissatisfied")


class VisitMethod(Vocabulary):
    IN_PERSON = ("in_person", "上门回访", "In person")
    PHONE = ("phone", "电话回访", "By phone")
    OTHER = ("other", "其他", "Other")


class FeedbackResult(Vocabulary):
    """What a body a case was diverted to reports back."""

    RESOLVED = ("resolved", "已调解成功", "Resolved")
    NOT_RESOLVED = ("not_resolved", "调解不成", "Not resolved")
    IN_PROGRESS = ("in_progress", "正在办理", "In progress")
    RETURNED = ("returned", "退回", "Returned")


class CourtDecision(Vocabulary):
    CONFIRMED = ("confirmed", "确认有效", "Confirmed valid")
    REJECTED = ("rejected", "驳回申请", "Application rejected")


class AttachmentKind(Vocabulary):
    SIGNED_ORIGINAL = ("signed_original", "签字原件扫描件", "Scan of signed original")
    ID_COPY = ("id_copy", "身份证明", "Identity document copy")
    EVIDENCE = ("evidence", "证据材料", "Evidence")
    RECEIPT = ("receipt", "履行凭证", "Performance receipt")
    OTHER = ("other", "其他", "Other")


class FormCode(Vocabulary):
    """Every printed standard form; the code names its file in forms/."""

    AGREEMENT = ("agreement", "人民调解协议书", "Mediation agreement")
    ORAL_AGREEMENT = ("oral_agreement", "口头协议登记表", "Oral agreement register")
    DIVERSION_NOTICE = ("diversion_notice", "案件分流告知书", "Case diversion notice")
    NOT_ACCEPTED_NOTICE = ("not_accepted_notice", "不予受理告知书", "Notice of non-acceptance")
    ENTRUST_LETTER = ("entrust_letter", "委托调解函", "Letter of entrusted mediation")
    ENTRUST_CONFIRMATION = ("entrust_confirmation", "委托调解确认书", "Confirmation of entrusted mediation")
    SESSION_NOTICE = ("session_notice", "调处通知书", "Mediation session notice")
    APPLICATION = ("application", "人民调解申请书", "Mediation application")
    ACCEPTANCE_REGISTER = ("acceptance_register", "人民调解受理登记表", "Acceptance register")
    RIGHTS_NOTICE = ("rights_notice", "当事人权利义务告知书", "Notice of rights and duties")
    INVESTIGATION_RECORD = ("investigation_record", "调查记录", "Investigation record")
    MEDIATION_RECORD = ("mediation_record", "调解记录", "Mediation record")
    TERMINATION_NOTICE = ("termination_notice", "终止调解告知书", "Notice of termination")
    VISIT_RECORD = ("visit_record", "回访记录", "Follow-up visit record")
    JUDICIAL_CONFIRMATION = ("judicial_confirmation", "司法确认申请书", "Application for judicial confirmation")
    FILE_COVER = ("file_cover", "卷宗封面", "Case file cover")
    FILE_CONTENTS = ("file_contents", "卷内目录", "Case file contents")
    FILE_BACK = ("file_back", "封底", "Case file back cover")
    LEDGER = ("ledger", "工作台账", "Work ledger")
    MEETING_AGENDA = ("meeting_agenda", "联席会议议程", "Joint meeting agenda")
    MEETING_MINUTES = ("meeting_minutes", "联席会议纪要", "Joint meeting minutes")


class ClockKind(Vocabulary):
    """The deadlines of domain.md §3."""

    PEOPLES_MEDIATION = ("peoples_mediation", "人民调解（一个月）", "People's mediation (1 month)")
    LABOUR_MEDIATION = ("labour_mediation", "劳动争议调解（15日）", "Labour mediation (15 days)")
    COURT_ASSIGNED = ("court_assigned", "法院委派（30日）", "Court-assigned, before filing (30 days)")
    COURT_ENTRUSTED = ("court_entrusted", "法院委托（15日）", "Court-entrusted, after filing (15 days)")
    COURT_SUMMARY = ("court_summary", "法院委托简易程序（7日）", "Court-entrusted, summary procedure (7 days)")
    POLICE_MEDIATION = ("police_mediation", "治安调解（3个工作日）", "Police mediation (3 working days)")
    JUDICIAL_CONFIRMATION = ("judicial_confirmation", "司法确认（30日）", "Judicial confirmation window (30 days)")
    LEGAL_AID = ("legal_aid", "法律援助决定（7日）", "Legal aid decision (7 days)")
    REFERRAL_FEEDBACK = ("referral_feedback", "分流反馈", "Referral feedback")


class CalendarDayKind(Vocabulary):
    """Official calendar exceptions for counting working days."""

    HOLIDAY = ("holiday", "法定节假日", "Public holiday")
    WORKDAY = ("workday", "调休上班", "Adjusted working day")


def source_of_channel(channel: Channel) -> CaseSource:
    """The statistical source a channel counts under."""
    return _SOURCE_OF_CHANNEL[channel]


_SOURCE_OF_CHANNEL: dict[Channel, CaseSource] = {
    Channel.WALK_IN: CaseSource.APPLICATION,
    Channel.PHONE: CaseSource.APPLICATION,
    Channel.POLICE: CaseSource.POLICE,
    Channel.GRID_WORKER: CaseSource.PROACTIVE,
    Channel.HOTLINE_12345: CaseSource.GOVERNMENT,
    Channel.COURT: CaseSource.COURT,
    Channel.PETITION: CaseSource.GOVERNMENT,
    Channel.STATION: CaseSource.PROACTIVE,
    Channel.PROACTIVE: CaseSource.PROACTIVE,
    Channel.OTHER: CaseSource.APPLICATION,
}


class Outcome(Vocabulary):
    """How mediation ended; kept after the case is closed and archived, for the figures."""

    SUCCESS = ("success", "调解成功", "Success")
    FAILURE = ("failure", "调解不成", "Failure")
