"""The vocabulary and the records of arbitration at a labour arbitration commission: acceptance
reviews, tribunals, hearings, suspensions, service records, rulings and awards, and how a ruling
is kept as JSON in the award's content."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.deadlines import Deadline

# --------------------------------------------------------------------------- vocabulary

ACCEPT = "accept"
NOT_ACCEPT = "not_accept"
WRONG_COMMISSION = "wrong_commission"

# (code, label, item of 办案规则第三十条). Items 1-3 unmet -> 不予受理通知书; only item 4 -> a
# written explanation naming the competent commission (第三十一条).
ACCEPTANCE_CONDITIONS: tuple[tuple[str, str, int], ...] = (
    ("scope", "属于劳动人事争议仲裁受案范围", 1),
    ("claims_and_facts", "有明确的仲裁请求和事实理由", 2),
    ("proper_parties", "申请人是与本案有直接利害关系的自然人、法人或者其他组织，有明确的被申请人", 3),
    ("jurisdiction", "属于本仲裁委员会管辖（劳动合同履行地或者用人单位所在地，履行地优先）", 4),
)
_CONDITION_LABELS = {code: label for code, label, _ in ACCEPTANCE_CONDITIONS}

SERVICE_METHODS: dict[str, str] = {
    "direct": "直接送达",
    "post": "邮寄送达",
    "electronic": "电子送达",
    "left": "留置送达",
    "public_notice": "公告送达",
}
PUBLIC_NOTICE_DAYS = 30  # 民事诉讼法第九十五条: 自发出公告之日起，经过三十日，即视为送达

RESTART_EVENTS = ("party_added", "materials_supplemented", "claims_changed", "counterclaim_joined",
                  "transfer_received")
SUSPENSION = "suspension"
PUBLIC_NOTICE = "public_notice"
_SUSPENSION_LABELS = {SUSPENSION: "中止审理", PUBLIC_NOTICE: "公告送达期间"}

AWARD = "award"        # 仲裁裁决书
PARTIAL = "partial"    # 先行裁决书 (第四十三条第二款)
MEDIATION = "mediation"  # 仲裁调解书 (第四十二条)
_KIND_TITLES = {AWARD: "仲裁裁决书", PARTIAL: "先行裁决书", MEDIATION: "仲裁调解书"}

FINAL = "final"
NON_FINAL = "non_final"
MIXED = "mixed"
_FINALITY_LABELS = {FINAL: "终局裁决", NON_FINAL: "非终局裁决", MIXED: "部分终局、部分非终局"}

GRANTED = "granted"
PARTLY = "partly"
DISMISSED = "dismissed"
_OUTCOME_LABELS = {GRANTED: "支持", PARTLY: "部分支持", DISMISSED: "驳回"}

MONEY = "money"          # 第四十七条第（一）项: 劳动报酬、工伤医疗费、经济补偿或者赔偿金
STANDARDS = "standards"  # 第四十七条第（二）项: 工作时间、休息休假、社会保险等劳动标准
OTHER = "other"          # anything else (e.g. 确认劳动关系): non-final

# Events of the tribunal recorded on the case before the award (the award states them).
MEDIATION_FAILED = "arbitral_mediation_failed"
WRITTEN_REVIEW = "written_review_decided"

DRAFT = "draft"
APPROVED = "approved"
SUPERSEDED = "superseded"

# Claim kinds 第四十七条第（一）项 covers (with 办案规则第五十条's reading of 经济补偿 and 赔偿金).
_MONEY_KINDS = {ClaimKind.UNPAID_PAY, ClaimKind.BELOW_MINIMUM_WAGE, ClaimKind.OVERTIME_PAY, ClaimKind.HOLIDAY_PAY,
                ClaimKind.DOUBLE_PAY, ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION,
                ClaimKind.WORK_INJURY}
# Kinds for which provisional execution (先予执行, 第四十四条) may be ordered.
PROVISIONAL_KINDS = frozenset(_MONEY_KINDS)
_PROVISIONAL_KINDS = PROVISIONAL_KINDS

# The documents of this module (template codes of templates/docs/registry.json).
ARBITRATION_TEMPLATES = ("arbitration_application", "acceptance_notice", "non_acceptance_notice", "jurisdiction_explanation",
                         "respondent_notice", "tribunal_notice", "hearing_notice", "postponement_notice",
                         "arbitral_mediation", "award_final", "award_non_final", "partial_award",
                         "service_receipt")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class AcceptanceReview:
    id: int
    case_id: int
    checklist: dict[str, dict[str, Any]]  # condition code -> {"met": bool, "note": str}
    decision: str  # ACCEPT / NOT_ACCEPT / WRONG_COMMISSION
    reasons: str
    competent_commission: str
    decided_on: date
    decided_by: str
    created_at: datetime
    due: date | None = None  # the last day of the 5-day clock
    late: bool = False

    @property
    def decision_label(self) -> str:
        return {ACCEPT: "受理", NOT_ACCEPT: "不予受理", WRONG_COMMISSION: "告知向有管辖权的仲裁委员会申请"}[self.decision]


@dataclass(frozen=True)
class ArbitratorRef:
    """An arbitrator: a user with the arbitrator role (``user_id``) or a name (an external arbitrator)."""

    name: str = ""
    user_id: int | None = None

    @property
    def key(self) -> str:
        return f"user:{self.user_id}" if self.user_id is not None else f"name:{self.name.strip()}"


@dataclass(frozen=True)
class Tribunal:
    id: int
    case_id: int
    kind: str  # "sole" / "three"
    members: tuple[ArbitratorRef, ...]  # the first presides
    formed_on: date
    notified_on: date | None
    created_by: str
    created_at: datetime

    @property
    def kind_label(self) -> str:
        return "独任仲裁" if self.kind == "sole" else "仲裁庭（三人）"

    @property
    def presiding(self) -> ArbitratorRef:
        return self.members[0]


@dataclass(frozen=True)
class Hearing:
    id: int
    case_id: int
    starts_at: datetime
    ends_at: datetime
    room: str
    arbitrators: tuple[ArbitratorRef, ...]
    status: str  # scheduled / postponed / held / cancelled
    notice_served_on: date | None = None
    notice_waived: bool = False
    previous_id: int | None = None
    postponement_reason: str = ""
    postponement_requested_on: date | None = None
    postponement_requested_by: str = ""
    applicant_present: bool | None = None
    respondent_present: bool | None = None
    record: str = ""
    case_number: str = ""

    @property
    def day(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True)
class Suspension:
    id: int
    case_id: int
    kind: str  # SUSPENSION / PUBLIC_NOTICE
    start: date
    end: date | None
    reason: str
    created_by: str
    created_at: datetime

    @property
    def kind_label(self) -> str:
        return _SUSPENSION_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ServiceRecord:
    id: int
    case_id: int
    document_title: str
    recipient: str
    method: str
    sent_on: date
    served_on: date
    party_id: int | None = None
    document_id: int | None = None
    award_id: int | None = None
    consent: bool = False
    address: str = ""
    receipt: str = ""
    signed_by: str = ""
    event_kind: str = ""
    note: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None

    @property
    def method_label(self) -> str:
        return SERVICE_METHODS.get(self.method, self.method)


@dataclass(frozen=True)
class FactFound:
    """A fact the tribunal found, with the ids of the evidence items it relied on."""

    text: str
    evidence_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Ruling:
    """The ruling on one claim. ``amount`` is the sum awarded (None for a non-money ruling);
    ``category`` is MONEY (§47(1)), STANDARDS (§47(2)) or OTHER; ``calculation`` the text of the
    calculation (e.g. from ``domain.calculators``)."""

    claim: str
    outcome: str  # GRANTED / PARTLY / DISMISSED
    text: str = ""  # the operative sentence as typed in awards drafted before clauses were structured
    amount: Decimal | None = None
    claimed_amount: Decimal | None = None
    claim_kind: ClaimKind | None = None
    category: str = ""  # empty: derived from claim_kind (default_category)
    calculation: str = ""
    basis: str = ""  # the grounds of this ruling (认定依据), printed under 裁决理由
    # What the ruling orders, as the operative clause states it (``domain.award_text``): the
    # respondents who owe it (names of the case's parties; the first is the principal debtor), the
    # party it is owed to (default: the applicant), the time limit from the award taking effect
    # (``due_days``) or a fixed date, joint liability (连带责任) of the other payers, and ``subject``:
    # for money what is paid (“2025年4月至5月拖欠的劳动报酬”), otherwise the act or the finding
    # (“为申请人出具解除劳动合同的证明”, “确认申请人与被申请人自……起存在劳动关系”).
    payers: tuple[str, ...] = ()
    payee: str = ""
    due_days: int | None = None
    due_date: date | None = None
    joint: bool = False
    subject: str = ""


@dataclass(frozen=True)
class ProvisionalExecution:
    """先予执行 (第四十四条): for pay, work-injury medical costs, compensation or damages, when the
    rights and duties are clear and not executing first would seriously affect the applicant's life."""

    rulings: tuple[int, ...]  # indexes into the award's rulings
    rights_clear: bool
    livelihood_affected: bool
    text: str = ""


@dataclass(frozen=True)
class AwardDraft:
    claims: tuple[str, ...]  # the applicant's claims as stated (仲裁请求)
    facts: tuple[FactFound, ...]
    reasoning: str
    rulings: tuple[Ruling, ...]
    award_date: date
    kind: str = AWARD  # AWARD / PARTIAL
    minimum_wage_tier: str = "一类"
    monthly_minimum_wage: Decimal | None = None  # None: the tier's standard in force on award_date
    provisional_execution: ProvisionalExecution | None = None
    arbitrators: tuple[str, ...] = ()
    clerk: str = ""
    respondent_absent: bool | None = None  # None: from the hearings (默认: a held hearing without the respondent)
    legal_basis: str = ""  # the provisions the award is made under (“根据……的规定，裁决如下”)


@dataclass(frozen=True)
class AwardPart:
    """One instrument of an approved award: the final or the non-final part (or the whole)."""

    finality: str  # FINAL / NON_FINAL
    rulings: tuple[int, ...]  # indexes into the award's rulings
    number: str
    rights_notice: str


@dataclass(frozen=True)
class AwardClassification:
    threshold: Decimal
    monthly_minimum_wage: Decimal
    per_ruling: tuple[str, ...]  # FINAL / NON_FINAL for each ruling
    reasons: tuple[str, ...]  # why, for each ruling
    finality: str  # FINAL / NON_FINAL / MIXED


@dataclass(frozen=True)
class Award:
    id: int
    case_id: int
    kind: str
    lineage: int
    version: int
    status: str  # draft / approved / superseded
    finality: str
    number: str
    award_date: date | None
    default_award: bool
    content: dict[str, Any]
    supersedes_id: int | None
    correction_reason: str
    approved_by: str
    approved_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    document_id: int | None = None

    @property
    def locked(self) -> bool:
        return self.status != DRAFT

    @property
    def title(self) -> str:
        return _KIND_TITLES.get(self.kind, "仲裁文书")

    @property
    def parts(self) -> list[AwardPart]:
        return [AwardPart(p["finality"], tuple(p["rulings"]), p["number"], p["rights_notice"])
                for p in self.content.get("parts", [])]

    @property
    def rulings(self) -> list[Ruling]:
        return [ruling_from_json(r) for r in self.content.get("rulings", [])]


@dataclass(frozen=True)
class PartyDeadline:
    party: str
    side: str
    code: str  # sue_after_award / revoke_final_award
    name: str
    served_on: date
    due: date | None
    problem: str = ""


@dataclass(frozen=True)
class ArbitrationOverview:
    case_id: int
    status: CaseStatus
    review: AcceptanceReview | None
    tribunal: Tribunal | None
    hearings: tuple[Hearing, ...]
    suspensions: tuple[Suspension, ...]
    services: tuple[ServiceRecord, ...]
    awards: tuple[Award, ...]
    deadlines: tuple[Deadline, ...]


def default_category(kind: ClaimKind | None) -> str:
    if kind in _MONEY_KINDS:
        return MONEY
    if kind is ClaimKind.SOCIAL_INSURANCE:
        return STANDARDS
    return OTHER


def ruling_json(r: Ruling) -> dict[str, Any]:
    return {"claim": r.claim, "outcome": r.outcome, "text": r.text,
            "amount": str(r.amount) if r.amount is not None else None,
            "claimed_amount": str(r.claimed_amount) if r.claimed_amount is not None else None,
            "claim_kind": r.claim_kind.value if r.claim_kind else "", "category": r.category or
            default_category(r.claim_kind), "calculation": r.calculation, "basis": r.basis,
            "payers": list(r.payers), "payee": r.payee, "due_days": r.due_days,
            "due_date": r.due_date.isoformat() if r.due_date else None, "joint": r.joint, "subject": r.subject}


def ruling_from_json(d: Mapping[str, Any]) -> Ruling:
    return Ruling(claim=d["claim"], outcome=d["outcome"], text=d.get("text", ""),
                  amount=Decimal(d["amount"]) if d.get("amount") is not None else None,
                  claimed_amount=Decimal(d["claimed_amount"]) if d.get("claimed_amount") is not None else None,
                  claim_kind=_claim_kind(d["claim_kind"]) if d.get("claim_kind") else None,
                  category=d.get("category", ""), calculation=d.get("calculation", ""), basis=d.get("basis", "") or "",
                  payers=tuple(d.get("payers") or ()), payee=d.get("payee") or "", due_days=d.get("due_days"),
                  due_date=date.fromisoformat(d["due_date"]) if d.get("due_date") else None,
                  joint=bool(d.get("joint")), subject=d.get("subject") or "")


def _claim_kind(code: str) -> ClaimKind:
    for kind in ClaimKind:
        if kind.value == code:
            return kind
    raise ValueError(f"{code!r} is not a valid ClaimKind")
