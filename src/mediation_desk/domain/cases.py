"""Cases, parties and claims as plain values (no storage, no Qt).

Codes are stable English identifiers kept in the database; labels are the
Chinese terms shown to users (see docs/glossary.md).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Self


class LabelledEnum(str, enum.Enum):
    """A str enum whose members carry a Chinese label: ``Member = ("code", "标签")``."""

    _value_: str
    label: str

    if TYPE_CHECKING:
        # Once the class exists, calling it looks a member up by its code (Enum.__new__).
        def __new__(cls, value: object) -> Self: ...

        @property
        def value(self) -> str: ...  # the code
    else:
        def __new__(cls, code, label):
            return cls._new_member(code, label)

    @classmethod
    def _new_member(cls, code: str, label: str) -> Self:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        return obj

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def label_of(cls, code: str) -> str:
        try:
            return cls(code).label
        except ValueError:
            return code


class Industry(LabelledEnum):
    FOOD_DELIVERY = ("food_delivery", "外卖配送")
    RIDE_HAILING = ("ride_hailing", "网约车")
    COURIER = ("courier", "快递")
    FREIGHT = ("freight", "网约货运")
    HOUSEKEEPING = ("housekeeping", "家政")
    LIVE_STREAMING = ("live_streaming", "网络主播")
    OTHER = ("other", "其他")


class EnterpriseRole(LabelledEnum):
    PLATFORM = ("platform", "平台企业")
    DISPATCH = ("labor_dispatch", "劳务派遣")
    OUTSOURCING = ("outsourcing", "外包")
    FRANCHISE = ("franchise", "加盟")
    AGENCY = ("agency", "代理")
    LABOR_SERVICE = ("labor_service", "劳务公司")
    OTHER = ("other", "其他")


class PartySide(LabelledEnum):
    APPLICANT = ("applicant", "申请人")
    RESPONDENT = ("respondent", "被申请人")
    AGENT = ("agent", "代理人")
    THIRD_PARTY = ("third_party", "第三人")


class ClaimKind(LabelledEnum):
    UNPAID_PAY = ("unpaid_pay", "拖欠劳动报酬")
    BELOW_MINIMUM_WAGE = ("below_minimum_wage", "低于最低工资标准差额")
    OVERTIME_PAY = ("overtime_pay", "加班费")
    HOLIDAY_PAY = ("holiday_pay", "法定节假日加班工资")
    DEPOSIT_REFUND = ("deposit_refund", "退还押金、保证金")
    UNLAWFUL_DEDUCTION = ("unlawful_deduction", "返还违法罚款、扣款")
    CONFIRM_RELATIONSHIP = ("confirm_relationship", "确认劳动关系")
    DOUBLE_PAY = ("double_pay", "未签书面劳动合同二倍工资差额")
    ECONOMIC_COMPENSATION = ("economic_compensation", "解除劳动合同经济补偿")
    UNLAWFUL_TERMINATION = ("unlawful_termination_damages", "违法解除劳动合同赔偿金")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险")
    WORK_INJURY = ("work_injury", "工伤（职业伤害）待遇")
    RETURN_DOCUMENTS = ("return_documents", "返还扣押的证件")
    OTHER = ("other", "其他")


class IntakeChannel(LabelledEnum):
    WRITTEN = ("written", "书面申请")
    ORAL = ("oral", "口头申请（已制作笔录）")
    REFERRED = ("referred", "转来")


class AgentAuthority(LabelledEnum):
    GENERAL = ("general", "一般授权")
    SPECIAL = ("special", "特别授权")


class CaseStatus(LabelledEnum):
    INTAKE = ("intake", "登记")
    ACCEPTANCE_REVIEW = ("acceptance_review", "受理审查")
    MEDIATION = ("mediation", "调解中")
    AGREEMENT = ("agreement", "已达成调解协议")
    ARBITRATION = ("arbitration", "仲裁中")
    AWARD = ("award", "已裁决")
    HANDOFF = ("handoff", "移送法院")
    CLOSED = ("closed", "已结案")
    WITHDRAWN = ("withdrawn", "已撤回")
    SUSPENDED = ("suspended", "中止")


# The life cycle of workflows.md: which state may follow which.
_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.ACCEPTANCE_REVIEW, CaseStatus.MEDIATION, CaseStatus.WITHDRAWN, CaseStatus.CLOSED}),
    CaseStatus.ACCEPTANCE_REVIEW: frozenset({CaseStatus.MEDIATION, CaseStatus.ARBITRATION, CaseStatus.HANDOFF, CaseStatus.CLOSED, CaseStatus.WITHDRAWN}),
    CaseStatus.MEDIATION: frozenset({CaseStatus.AGREEMENT, CaseStatus.ARBITRATION, CaseStatus.HANDOFF, CaseStatus.WITHDRAWN, CaseStatus.SUSPENDED, CaseStatus.CLOSED}),
    CaseStatus.AGREEMENT: frozenset({CaseStatus.CLOSED, CaseStatus.ARBITRATION, CaseStatus.HANDOFF}),
    CaseStatus.ARBITRATION: frozenset({CaseStatus.AWARD, CaseStatus.AGREEMENT, CaseStatus.WITHDRAWN, CaseStatus.SUSPENDED, CaseStatus.HANDOFF, CaseStatus.CLOSED}),
    CaseStatus.AWARD: frozenset({CaseStatus.HANDOFF, CaseStatus.CLOSED}),
    CaseStatus.HANDOFF: frozenset({CaseStatus.CLOSED}),
    CaseStatus.SUSPENDED: frozenset({CaseStatus.MEDIATION, CaseStatus.ARBITRATION, CaseStatus.WITHDRAWN, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
    CaseStatus.WITHDRAWN: frozenset(),
}


def allowed_transitions(status: CaseStatus) -> frozenset[CaseStatus]:
    return _TRANSITIONS[status]


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    return target in _TRANSITIONS[current]


_MEDIATION_SIDE = {CaseStatus.INTAKE, CaseStatus.MEDIATION, CaseStatus.SUSPENDED}


def status_event(current: CaseStatus, target: CaseStatus) -> str | None:
    """The dated event (deadline vocabulary, resources/jurisdiction/deadline_rules.json) that a
    status change records, if any: e.g. mediation -> arbitration means the mediation failed."""
    if target is CaseStatus.AGREEMENT:
        return "agreement_effective" if current is not CaseStatus.ARBITRATION else "arbitral_mediation_effective"
    if target is CaseStatus.AWARD:
        return "award_made"
    if target is CaseStatus.CLOSED:
        return "case_closed"
    if target is CaseStatus.WITHDRAWN:
        return "mediation_withdrawn" if current in _MEDIATION_SIDE else "application_withdrawn"
    if target is CaseStatus.ARBITRATION:
        if current is CaseStatus.ACCEPTANCE_REVIEW:
            return "accepted"
        if current is CaseStatus.MEDIATION:
            return "mediation_failed"
    if target is CaseStatus.HANDOFF:
        if current is CaseStatus.ACCEPTANCE_REVIEW:
            return "not_accepted"
        if current is CaseStatus.MEDIATION:
            return "mediation_failed"
        return "lawsuit_filed"
    return None


def intake_event(org_kind: str) -> str:
    """The event that starts a registered case's clocks, by the kind of organisation receiving it."""
    return {"mediation": "mediation_application_received",
            "arbitration": "arbitration_application_received"}.get(org_kind, "consultation_received")


@dataclass(frozen=True)
class Person:
    """A natural person: the worker, a representative or an agent."""

    name: str
    id_number: str = ""
    sex: str = ""  # "男" / "女"
    phone: str = ""
    address: str = ""
    birth_date: date | None = None


@dataclass(frozen=True)
class Enterprise:
    name: str
    credit_code: str = ""
    role: EnterpriseRole = EnterpriseRole.PLATFORM
    address: str = ""
    legal_representative: str = ""


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind
    amount: Decimal | None = None
    period_start: date | None = None
    period_end: date | None = None
    basis: str = ""
    calculation: str = ""  # the calculator's formula with its figures, kept with the claim


@dataclass(frozen=True)
class Agent:
    """An agent ad litem (代理人) and what the party authorised them to do.

    Special authority (特别授权) is needed to admit, waive or change claims and to settle
    (民事诉讼法第六十二条); ``scope`` records the wording of the power of attorney.
    """

    person: Person
    authority: AgentAuthority = AgentAuthority.GENERAL
    scope: str = ""
    kind: str = ""  # e.g. 律师, 法律援助律师, 近亲属, 工会推荐


@dataclass(frozen=True)
class GroupMember:
    """One worker of a group dispute, with the claims that are only theirs."""

    person: Person
    claims: tuple[Claim, ...] = ()
    is_representative: bool = False


@dataclass(frozen=True)
class Intake:
    """Everything needed to register one dispute.

    A group dispute (劳动争议调解仲裁法第七条: ten or more workers with a common claim) lists every
    worker in ``members`` with their own claims; ``worker`` is then the first representative and
    ``claims`` are the claims common to all.
    """

    worker: Person
    respondents: tuple[Enterprise, ...]
    claims: tuple[Claim, ...]
    industry: Industry
    platform: str
    facts: str
    received_on: date
    channel: IntakeChannel = IntakeChannel.WRITTEN
    agents: tuple[Agent, ...] = ()
    members: tuple[GroupMember, ...] = ()

    @property
    def is_group(self) -> bool:
        return bool(self.members)


# ---- read models handed to the UI (never live ORM objects) ----

@dataclass(frozen=True)
class CaseSummary:
    id: int
    number: str
    title: str
    status: CaseStatus
    industry: Industry
    platform: str
    worker_name: str
    worker_id_number: str
    worker_phone: str
    respondent_names: str
    total_claimed: Decimal
    received_on: date
    handler: str
    is_group: bool = False
    applicant_count: int = 1


@dataclass(frozen=True)
class PartyView:
    side: PartySide
    name: str
    is_person: bool
    id_number: str = ""
    credit_code: str = ""
    enterprise_role: str = ""
    phone: str = ""
    address: str = ""
    sex: str = ""
    is_representative: bool = False
    authority: str = ""
    scope: str = ""
    id: int = 0
    legal_representative: str = ""
    agent_kind: str = ""  # 律师, 法律援助律师, 近亲属 ... for an agent


@dataclass(frozen=True)
class ClaimView:
    kind: ClaimKind
    amount: Decimal | None
    period_start: date | None
    period_end: date | None
    basis: str
    party_name: str = ""  # a group member's own claim; empty for the case's common claims
    calculation: str = ""


@dataclass(frozen=True)
class CaseEventView:
    when: datetime
    kind: str
    actor: str
    note: str
    event_date: date | None = None
    from_status: str = ""
    to_status: str = ""


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    facts: str
    channel: IntakeChannel
    parties: tuple[PartyView, ...]
    claims: tuple[ClaimView, ...]
    events: tuple[CaseEventView, ...] = field(default_factory=tuple)
    version: int = 1  # the record's version when read: a save names it (services.case_edits)


class SortKey(LabelledEnum):
    RECEIVED = ("received_on", "收案日期")
    NUMBER = ("number", "案号")
    WORKER = ("worker_name", "申请人")
    STATUS = ("status", "状态")
    AMOUNT = ("total_claimed", "请求金额")


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: a text filter, field filters and an order."""

    text: str = ""
    status: CaseStatus | None = None
    industry: Industry | None = None
    platform: str = ""
    handler_id: int | None = None
    referred_to: int | None = None  # cases referred for legal aid to this lawyer (user id)
    sort: SortKey = SortKey.RECEIVED
    descending: bool = True
