"""Arbitration of a case at the labour arbitration commission: acceptance review, the tribunal,
the hearing calendar, the award period (extension, suspensions, restarts), service of documents
(送达回证), mediation in arbitration (仲裁调解书) and the award (仲裁裁决书, 先行裁决书).

Status changes go along the case's life cycle (``services.cases._transition``) in the same
transaction as the arbitration data they belong to, so the dated events, the statutory deadlines
of ``resources/jurisdiction/deadline_rules.json`` and the audit log stay consistent:

* acceptance: ``accepted`` / ``not_accepted`` / ``jurisdiction_explained`` close the 5-day
  ``acceptance_decision`` clock (劳动争议调解仲裁法第二十九条; 办案规则第三十、三十一条);
* ``tribunal_notified`` (组庭通知, 5 days), ``hearing_date`` + ``hearing_notice_served``
  (开庭五日前通知, 办案规则第三十八条), ``application_withdrawn`` (申请人无正当理由拒不到庭);
* ``award_extension_approved`` (+15 days, 第四十三条), suspension and public-notice intervals
  (办案规则第四十六条第（六）项) from ``arbitration_suspensions``, restarts (``party_added`` ...);
* ``award_made`` on approval of the award, ``award_served`` per party (15 days to sue, 30 days
  to apply to revoke a final award, 第四十八、四十九条), ``arbitral_mediation_effective``.

The final-award test is applied per ruling (第四十七条; 解释（一）第十八至二十条); a mixed award is
split into a final and a non-final part, each with its own number and rights notice (办案规则第五十条).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from mediation_desk.domain.award_text import (Obligation, PartyRef, dismissal_clause, full_stop, join_sentences,
                                               money_text, obligation_clause, procedure_text)
from mediation_desk.domain.awards import final_award_threshold
from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind, PartySide
from mediation_desk.domain.deadlines import Deadline, DeadlineRule, due_date
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.users import OrgKind, Permission, Principal, Role
from mediation_desk.services.cases import _transition
from mediation_desk.services import clock
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import open_deadlines_for, refresh_case
from mediation_desk.services.ports import DocumentRenderer, Tx, UnitOfWork

__all__ = [
    # constants
    "ACCEPT", "NOT_ACCEPT", "WRONG_COMMISSION", "ACCEPTANCE_CONDITIONS", "SERVICE_METHODS", "RESTART_EVENTS",
    "SUSPENSION", "PUBLIC_NOTICE", "AWARD", "PARTIAL", "MEDIATION", "FINAL", "NON_FINAL", "MIXED",
    "GRANTED", "PARTLY", "DISMISSED", "MONEY", "STANDARDS", "OTHER", "ARBITRATION_TEMPLATES",
    # records
    "AcceptanceReview", "ArbitratorRef", "Tribunal", "Hearing", "Suspension", "ServiceRecord", "FactFound",
    "Ruling", "ProvisionalExecution", "AwardDraft", "AwardPart", "AwardClassification", "Award",
    "PartyDeadline", "ArbitrationOverview", "ArbitrationRepo",
    # pure helpers
    "acceptance_decision", "jurisdiction_check", "classify_award", "rights_notice", "default_category",
    "deemed_served_on", "hearing_notice_due", "postponement_request_due",
    # services
    "review_application", "form_tribunal", "notify_tribunal", "schedule_hearing", "serve_hearing_notice",
    "postpone_hearing", "record_attendance", "approve_extension", "add_suspension", "end_suspension",
    "record_restart", "record_service", "serve_award", "record_arbitral_mediation", "draft_award",
    "update_draft", "approve_award", "correct_award", "record_mediation_failure", "decide_written_review",
    "require_commission", "check_obligations", "procedure_record", "operative_clause", "MEDIATION_FAILED",
    "WRITTEN_REVIEW", "get_award", "list_awards", "hearing_calendar",
    "party_deadlines", "arbitration_overview", "award_context", "render_arbitration_document",
    # document contexts
    "arbitrator_rows", "time_text", "application_context", "acceptance_context", "non_acceptance_context",
    "jurisdiction_context", "tribunal_context", "hearing_context", "postponement_context", "mediation_context",
    "award_documents", "document_context",
]

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


# 办案规则第三十八条: a postponement is requested at the latest 3 days before the hearing.
_POSTPONEMENT_RULE = DeadlineRule(code="postponement_request", name="延期开庭申请期限", start_event="hearing_date",
                                  length=3, unit="day", day_kind="working",  # type: ignore[arg-type]
                                  source="劳动人事争议仲裁办案规则第三十八条", confidence="[S]", direction="before")


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
    text: str = ""  # the operative sentence, e.g. "被申请人于本裁决生效之日起十日内支付申请人……"
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
        return [_ruling_from_json(r) for r in self.content.get("rulings", [])]


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


class ArbitrationRepo(Protocol):
    """What the arbitration services need from storage (``storage.arbitration_repo``)."""

    def add_review(self, **fields: Any) -> int: ...
    def latest_review(self, case_id: int) -> AcceptanceReview | None: ...
    def add_tribunal(self, **fields: Any) -> int: ...
    def latest_tribunal(self, case_id: int) -> Tribunal | None: ...
    def set_tribunal_notified(self, tribunal_id: int, on: date) -> None: ...
    def add_hearing(self, *, arbitrators: Sequence[ArbitratorRef], **fields: Any) -> int: ...
    def get_hearing(self, hearing_id: int) -> Hearing | None: ...
    def update_hearing(self, hearing_id: int, **fields: Any) -> None: ...
    def hearings_of_case(self, case_id: int) -> list[Hearing]: ...
    def overlapping(self, *, starts_at: datetime, ends_at: datetime, room: str, keys: Sequence[str],
                    exclude_id: int | None = None) -> list[Hearing]: ...
    def calendar(self, *, start: datetime, end: datetime, room: str | None = None,
                 arbitrator_key: str | None = None) -> list[Hearing]: ...
    def add_suspension(self, **fields: Any) -> int: ...
    def get_suspension(self, suspension_id: int) -> Suspension | None: ...
    def set_suspension_end(self, suspension_id: int, end: date) -> None: ...
    def suspensions(self, case_id: int) -> list[Suspension]: ...
    def add_service(self, **fields: Any) -> int: ...
    def services(self, case_id: int) -> list[ServiceRecord]: ...
    def add_award(self, **fields: Any) -> int: ...
    def get_award(self, award_id: int) -> Award | None: ...
    def update_award(self, award_id: int, **fields: Any) -> None: ...
    def awards(self, case_id: int) -> list[Award]: ...
    # for services.deadlines.refresh_case
    def suspensions_for_deadlines(self, case_id: int, today: date) -> dict[str, list[tuple[date, date]]]: ...
    def deadline_facts(self, case_id: int) -> dict[str, bool]: ...
    def hearing_events(self, case_id: int) -> dict[str, date | None]: ...


def _repo(tx: Tx) -> ArbitrationRepo:
    return tx.arbitration  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- pure helpers


def acceptance_decision(checklist: Mapping[str, bool]) -> str:
    """ACCEPT when every condition is met; WRONG_COMMISSION when only jurisdiction fails
    (办案规则第三十一条); NOT_ACCEPT otherwise."""
    unknown = sorted(set(checklist) - set(_CONDITION_LABELS))
    if unknown:
        raise ValidationError({"checklist": f"未知的受理条件：{'、'.join(unknown)}"})
    missing = [label for code, label, _ in ACCEPTANCE_CONDITIONS if code not in checklist]
    if missing:
        raise ValidationError({"checklist": "请逐项审查受理条件：" + "；".join(missing)})
    unmet = {code for code, ok in checklist.items() if not ok}
    if not unmet:
        return ACCEPT
    if unmet == {"jurisdiction"}:
        return WRONG_COMMISSION
    return NOT_ACCEPT


def jurisdiction_check(*, performance_place: str, employer_seat: str, commission_area: str,
                       performance_place_seized: bool = False) -> tuple[bool, str]:
    """Whether the commission of ``commission_area`` has jurisdiction (第二十一条): the place of
    performance of the labour contract or the employer's seat; when both are seized, the
    commission of the place of performance. Returns (has jurisdiction, explanation)."""
    area = commission_area.strip()
    perf, seat = performance_place.strip(), employer_seat.strip()
    if perf and area and area in perf:
        return True, f"劳动合同履行地{perf}属于本委管辖区域。"
    if seat and area and area in seat:
        if performance_place_seized and perf:
            return False, (f"用人单位所在地{seat}虽属本委管辖区域，但劳动合同履行地{perf}的仲裁委员会已受理，"
                           "依照《劳动争议调解仲裁法》第二十一条第二款由劳动合同履行地的仲裁委员会管辖。")
        return True, f"用人单位所在地{seat}属于本委管辖区域。"
    return False, (f"劳动合同履行地{perf or '不明'}、用人单位所在地{seat or '不明'}均不属于本委管辖区域，"
                   "请向劳动合同履行地（优先）或者用人单位所在地的劳动人事争议仲裁委员会申请仲裁。")


def default_category(kind: ClaimKind | None) -> str:
    if kind in _MONEY_KINDS:
        return MONEY
    if kind is ClaimKind.SOCIAL_INSURANCE:
        return STANDARDS
    return OTHER


def classify_award(rulings: Sequence[Ruling], monthly_minimum_wage: Decimal) -> AwardClassification:
    """The final-award test per ruling: a MONEY ruling whose awarded amount is at most 12 × the
    monthly minimum wage is final (第四十七条第（一）项; 解释（一）第十九条); a STANDARDS ruling is
    final whatever the amount (第（二）项); anything else is non-final. Final and non-final rulings
    together make a MIXED award, to be drafted as two instruments (办案规则第五十条)."""
    if not rulings:
        raise ValidationError({"rulings": "请至少写明一项裁决"})
    limit = final_award_threshold(monthly_minimum_wage)
    per, reasons = [], []
    for r in rulings:
        cat = r.category or default_category(r.claim_kind)
        if cat == STANDARDS:
            per.append(FINAL)
            reasons.append("因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，"
                           "依照第四十七条第（二）项为终局裁决")
        elif cat == MONEY:
            amount = r.amount if r.amount is not None else Decimal("0")
            if amount <= limit:
                per.append(FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}不超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，依照第四十七条第（一）项为终局裁决")
            else:
                per.append(NON_FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，为非终局裁决")
        else:
            per.append(NON_FINAL)
            reasons.append("不属于第四十七条规定的终局裁决事项，为非终局裁决")
    kinds = set(per)
    finality = FINAL if kinds == {FINAL} else NON_FINAL if kinds == {NON_FINAL} else MIXED
    return AwardClassification(limit, Decimal(monthly_minimum_wage), tuple(per), tuple(reasons), finality)


def rights_notice(finality: str, *, commission_city: str = "南昌市") -> str:
    """The parties' rights stated at the end of the award (第四十七至四十九条; 办案规则第五十三条)."""
    if finality == FINAL:
        return ("本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起"
                "十五日内向人民法院提起诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》"
                f"第四十九条第一款规定情形之一的，可以自收到本裁决书之日起三十日内向{commission_city}中级人民法院"
                "申请撤销裁决。")
    if finality == NON_FINAL:
        return ("当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；"
                "期满不起诉的，本裁决书发生法律效力。")
    raise ValidationError({"finality": "终局或非终局未定"})


def deemed_served_on(method: str, sent_on: date, served_on: date | None = None) -> date:
    """The date of service: public notice is deemed served 30 days after publication
    (民事诉讼法第九十五条); post on the date of the postal receipt; otherwise the date given
    (the receipt's date), or the sending date."""
    if method not in SERVICE_METHODS:
        raise ValidationError({"method": "请选择送达方式"})
    if method == "public_notice":
        return sent_on + timedelta(days=PUBLIC_NOTICE_DAYS)
    if method == "post" and served_on is None:
        raise ValidationError({"served_on": "邮寄送达以回执上注明的收件日期为送达日期，请填写"})
    served = served_on or sent_on
    if served < sent_on:
        raise ValidationError({"served_on": "送达日期不能早于发出日期"})
    return served


def hearing_notice_due(hearing_day: date) -> date:
    """The last day on which the hearing notice still leaves the 5 days (rule ``hearing_notice``)."""
    return due_date("hearing_notice", hearing_day)


def postponement_request_due(hearing_day: date) -> date:
    """The last day a postponement may be requested (3 days before the hearing)."""
    return due_date(_POSTPONEMENT_RULE, hearing_day)


# --------------------------------------------------------------------------- common


def _case(tx: Tx, case_id: int) -> CaseDetail:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    return detail


def _not_before_receipt(name: str, on: date, detail: CaseDetail, label: str) -> None:
    if on < detail.summary.received_on:
        raise ValidationError({name: f"{label}不能早于收案日期"})


def _not_future(name: str, on: date, label: str) -> None:
    if on > clock.today():
        raise ValidationError({name: f"{label}不能晚于今天"})


def _event(tx: Tx, actor: Principal, case_id: int, kind: str, on: date, note: str = "", *,
           refresh: bool = True) -> None:
    tx.cases.add_event(case_id, event_date=on, kind=kind, actor=actor.username, note=note, now=now())
    if refresh:
        refresh_case(tx, case_id)
    tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                    changes={"event": kind, "on": on.isoformat(), "note": note})


def _cn(on: date | None) -> str:
    return f"{on.year}年{on.month}月{on.day}日" if on else ""


def require_commission(tx: Tx) -> Any:
    """The organisation of the book, refused unless it is a labour arbitration commission: only a
    commission accepts applications, forms tribunals, holds hearings and makes awards."""
    org = tx.org.get()
    if org is None or org.kind is not OrgKind.ARBITRATION:
        name = org.name if org is not None else "本案件库"
        raise ConflictError(f"{name}不是劳动人事争议仲裁委员会，不能办理仲裁受理、组庭、开庭、送达和裁决；"
                            "仲裁文书只能在仲裁委员会的案件库中制作。",
                            "Arbitration (acceptance, tribunal, hearings, service and awards) is available only "
                            "in the case book of a labour arbitration commission.")
    return org


def _require_arbitration(detail: CaseDetail, what: str) -> None:
    if detail.summary.status is not CaseStatus.ARBITRATION:
        raise ConflictError(f"案件当前为“{detail.summary.status.label}”，不在仲裁审理中，不能{what}。",  # type: ignore[attr-defined]
                            f"The case is not in arbitration ({detail.summary.status.value}).")


# --------------------------------------------------------------------------- 1. acceptance review


def review_application(uow: UnitOfWork, actor: Principal, *, case_id: int, checklist: Mapping[str, bool],
                       decided_on: date, notes: Mapping[str, str] | None = None, reasons: str = "",
                       competent_commission: str = "", then_status: CaseStatus | None = None) -> AcceptanceReview:
    """Decide on an arbitration application from the conditions checklist (``ACCEPTANCE_CONDITIONS``
    codes -> met?).

    * all met: 受理 -- the case goes ACCEPTANCE_REVIEW -> ARBITRATION (event ``accepted``, which
      starts the application-copy, tribunal-notice and 45-day award clocks);
    * an item 1-3 unmet: 不予受理 -- ``reasons`` (default: the unmet conditions) and the worker's
      right to sue go in the 不予受理通知书; the case goes to HANDOFF (default) or CLOSED
      (event ``not_accepted``);
    * only jurisdiction unmet: a written explanation naming ``competent_commission`` (required),
      not a 不予受理通知书; the case goes to CLOSED (event ``jurisdiction_explained``).

    A case still in INTAKE is first moved into ACCEPTANCE_REVIEW (dated its receipt). A decision
    after the 5-working-day clock is recorded with ``late=True``.
    """
    actor.require(Permission.CHANGE_CASE_STATUS)
    decision = acceptance_decision(checklist)
    notes = dict(notes or {})
    if decision == WRONG_COMMISSION and not competent_commission.strip():
        raise ValidationError({"competent_commission": "请写明有管辖权的仲裁委员会"})
    if decision == NOT_ACCEPT and not reasons.strip():
        reasons = "不符合受理条件：" + "；".join(
            _CONDITION_LABELS[c] + (f"（{notes[c]}）" if notes.get(c) else "")
            for c, _, _ in ACCEPTANCE_CONDITIONS if not checklist[c])
    if decision == WRONG_COMMISSION and not reasons.strip():
        reasons = notes.get("jurisdiction") or "本案不属于本委管辖。"
    _not_future("decided_on", decided_on, "审查决定日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _not_before_receipt("decided_on", decided_on, detail, "审查决定日期")
        status = detail.summary.status
        if status is CaseStatus.INTAKE:
            _transition(tx, actor, case_id, status, CaseStatus.ACCEPTANCE_REVIEW, detail.summary.received_on,
                        "受理审查", refresh=False)
            status = CaseStatus.ACCEPTANCE_REVIEW
        if status is not CaseStatus.ACCEPTANCE_REVIEW:
            raise ConflictError(f"案件当前为“{status.label}”，不在受理审查阶段。",  # type: ignore[attr-defined]
                                f"The case is not under acceptance review ({status.value}).")
        due = next((d.due for d in open_deadlines_for(tx, case_id, decided_on) if d.code == "acceptance_decision"),
                   None)
        if decision == ACCEPT:
            _transition(tx, actor, case_id, status, CaseStatus.ARBITRATION, decided_on, "决定受理")
        elif decision == NOT_ACCEPT:
            target = then_status or CaseStatus.HANDOFF
            if target not in (CaseStatus.HANDOFF, CaseStatus.CLOSED):
                raise ValidationError({"then_status": "不予受理后案件应为“移送法院”或“已结案”"})
            if target is CaseStatus.CLOSED:
                _event(tx, actor, case_id, "not_accepted", decided_on, reasons.strip(), refresh=False)
            _transition(tx, actor, case_id, status, target, decided_on, "不予受理：" + reasons.strip())
        else:
            _event(tx, actor, case_id, "jurisdiction_explained", decided_on,
                   f"告知向{competent_commission.strip()}申请仲裁", refresh=False)
            _transition(tx, actor, case_id, status, then_status or CaseStatus.CLOSED, decided_on,
                        f"不属于本委管辖，已书面告知向{competent_commission.strip()}申请仲裁")
        stored = {c: {"met": bool(checklist[c]), "note": notes.get(c, "")} for c, _, _ in ACCEPTANCE_CONDITIONS}
        repo = _repo(tx)
        review_id = repo.add_review(case_id=case_id, checklist=json.dumps(stored, ensure_ascii=False),
                                    decision=decision, reasons=reasons.strip(),
                                    competent_commission=competent_commission.strip(), decided_on=decided_on,
                                    decided_by=actor.username, created_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.review", entity="case", entity_id=case_id,
                        changes={"review": review_id, "decision": decision, "checklist": stored,
                                 "reasons": reasons.strip(), "competent_commission": competent_commission.strip(),
                                 "decided_on": decided_on.isoformat(), "due": due.isoformat() if due else None})
        review = repo.latest_review(case_id)
    assert review is not None
    return replace(review, due=due, late=bool(due and decided_on > due))


# --------------------------------------------------------------------------- 2. tribunal and hearings


def _check_arbitrators(tx: Tx, members: Sequence[ArbitratorRef]) -> list[ArbitratorRef]:
    out = []
    for m in members:
        if m.user_id is not None:
            user = tx.users.by_id(m.user_id)
            if user is None or not user.active:
                raise ValidationError({"members": "找不到该仲裁员用户或已停用"})
            if user.role is not Role.ARBITRATOR:
                raise ValidationError({"members": f"“{user.display_name}”不是仲裁员"})
            out.append(ArbitratorRef(name=user.display_name, user_id=user.id))
        elif m.name.strip():
            out.append(ArbitratorRef(name=m.name.strip()))
        else:
            raise ValidationError({"members": "请填写仲裁员"})
    if len({m.key for m in out}) != len(out):
        raise ValidationError({"members": "同一仲裁员不能重复列入仲裁庭"})
    return out


def form_tribunal(uow: UnitOfWork, actor: Principal, *, case_id: int, members: Sequence[ArbitratorRef],
                  formed_on: date, notified_on: date | None = None) -> Tribunal:
    """Form the tribunal: one arbitrator (独任) or three, the first presiding (第三十一条). With
    ``notified_on`` the parties' notice is recorded too (event ``tribunal_notified``, due within
    5 working days of acceptance)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if len(members) not in (1, 3):
        raise ValidationError({"members": "仲裁庭由一名仲裁员独任仲裁或者由三名仲裁员组成"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "组成仲裁庭")
        _not_before_receipt("formed_on", formed_on, detail, "组庭日期")
        checked = _check_arbitrators(tx, members)
        repo = _repo(tx)
        tid = repo.add_tribunal(case_id=case_id, kind="sole" if len(checked) == 1 else "three",
                                members=json.dumps([{"name": m.name, "user_id": m.user_id} for m in checked],
                                                   ensure_ascii=False),
                                formed_on=formed_on, notified_on=None, created_by=actor.username, created_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.tribunal", entity="case", entity_id=case_id,
                        changes={"tribunal": tid, "members": [m.name for m in checked],
                                 "formed_on": formed_on.isoformat()})
        if notified_on is not None:
            _notify(tx, actor, case_id, tid, notified_on, formed_on)
        tribunal = repo.latest_tribunal(case_id)
    assert tribunal is not None
    return tribunal


def _notify(tx: Tx, actor: Principal, case_id: int, tribunal_id: int, on: date, formed_on: date) -> None:
    if on < formed_on:
        raise ValidationError({"notified_on": "组庭通知日期不能早于组庭日期"})
    _repo(tx).set_tribunal_notified(tribunal_id, on)
    _event(tx, actor, case_id, "tribunal_notified", on, "书面通知当事人仲裁庭的组成情况")


def notify_tribunal(uow: UnitOfWork, actor: Principal, *, case_id: int, notified_on: date) -> Tribunal:
    """Record the written notice of the tribunal's composition (event ``tribunal_notified``)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        _case(tx, case_id)
        repo = _repo(tx)
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭。", "No tribunal has been formed.")
        _notify(tx, actor, case_id, tribunal.id, notified_on, tribunal.formed_on)
        tribunal = repo.latest_tribunal(case_id)
    assert tribunal is not None
    return tribunal


def _conflict_message(other: Hearing, *, room: str, keys: set[str]) -> str:
    when = f"{_cn(other.starts_at.date())}{other.starts_at:%H:%M}至{other.ends_at:%H:%M}"
    same = [a.name for a in other.arbitrators if a.key in keys]
    who = f"仲裁员{'、'.join(same)}" if same else ""
    where = f"{other.room}" if other.room == room else ""
    if who and where:
        clash = f"{who}和{where}"
    else:
        clash = who or where
    return (f"时间冲突：{clash}在{when}已安排{other.case_number or '其他案件'}的开庭（{other.room}），"
            "请另选时间、仲裁员或仲裁庭室。")


def _check_calendar(tx: Tx, *, starts_at: datetime, ends_at: datetime, room: str,
                    arbitrators: Sequence[ArbitratorRef], exclude_id: int | None = None) -> None:
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "开庭结束时间应晚于开始时间"})
    keys = {a.key for a in arbitrators}
    clashes = _repo(tx).overlapping(starts_at=starts_at, ends_at=ends_at, room=room, keys=sorted(keys),
                                    exclude_id=exclude_id)
    if clashes:
        raise ConflictError(_conflict_message(clashes[0], room=room, keys=keys),
                            f"Conflict with the hearing of {clashes[0].case_number} in {clashes[0].room}.")


def schedule_hearing(uow: UnitOfWork, actor: Principal, *, case_id: int, starts_at: datetime, ends_at: datetime,
                     room: str, arbitrators: Sequence[ArbitratorRef] | None = None) -> Hearing:
    """Put a hearing on the calendar (event ``hearing_date``, which opens the hearing-notice
    deadline). ``arbitrators`` default to the tribunal's members. A hearing overlapping another
    scheduled hearing of the same arbitrator or in the same room raises ``ConflictError`` naming
    the other case, its time and room."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not room.strip():
        raise ValidationError({"room": "请填写仲裁庭室"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "安排开庭")
        return _schedule(tx, actor, detail, starts_at=starts_at, ends_at=ends_at, room=room.strip(),
                         arbitrators=arbitrators)


def _schedule(tx: Tx, actor: Principal, detail: CaseDetail, *, starts_at: datetime, ends_at: datetime, room: str,
              arbitrators: Sequence[ArbitratorRef] | None, previous_id: int | None = None) -> Hearing:
    case_id = detail.summary.id
    repo = _repo(tx)
    if arbitrators is None:
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭，请先组庭或指定开庭的仲裁员。", "No tribunal formed.")
        members: list[ArbitratorRef] = list(tribunal.members)
    else:
        members = _check_arbitrators(tx, arbitrators)
    if not members:
        raise ValidationError({"arbitrators": "请指定开庭的仲裁员"})
    _not_before_receipt("starts_at", starts_at.date(), detail, "开庭日期")
    _check_calendar(tx, starts_at=starts_at, ends_at=ends_at, room=room, arbitrators=members)
    hid = repo.add_hearing(arbitrators=members, case_id=case_id, starts_at=starts_at, ends_at=ends_at, room=room,
                           status="scheduled", previous_id=previous_id, created_by=actor.username, created_at=now())
    _event(tx, actor, case_id, "hearing_date", starts_at.date(), f"{starts_at:%H:%M}在{room}开庭")
    tx.audit.append(actor=actor.username, action="arbitration.hearing", entity="case", entity_id=case_id,
                    changes={"hearing": hid, "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat(),
                             "room": room, "arbitrators": [m.name for m in members], "previous": previous_id})
    hearing = repo.get_hearing(hid)
    assert hearing is not None
    return hearing


def _scheduled_hearing(repo: ArbitrationRepo, hearing_id: int, what: str) -> Hearing:
    """The hearing, refused unless it is still scheduled (not postponed, held or cancelled)."""
    hearing = repo.get_hearing(hearing_id)
    if hearing is None:
        raise NotFound("找不到该开庭安排。", "Hearing not found.")
    if hearing.status != "scheduled":
        raise ConflictError(f"该次开庭已延期或已结束，{what}。", "The hearing is no longer scheduled.")
    return hearing


def serve_hearing_notice(uow: UnitOfWork, actor: Principal, *, hearing_id: int, served_on: date,
                         waived: bool = False, waiver_note: str = "") -> Hearing:
    """Record the hearing notice (event ``hearing_notice_served``). A notice served after the last
    day that leaves 5 working days before the hearing (``hearing_notice_due``) is refused unless
    the parties waived the notice period (``waived``, with ``waiver_note``)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = _scheduled_hearing(repo, hearing_id, "不能再送达开庭通知")
        last = hearing_notice_due(hearing.day)
        if served_on > last and not waived:
            raise ValidationError({"served_on": (
                f"开庭通知应当在开庭五日前送达：{_cn(hearing.day)}开庭，最迟应于{_cn(last)}送达，"
                f"{_cn(served_on)}送达已不足五日；当事人书面同意放弃通知期限的，请勾选并注明。")})
        if waived and not waiver_note.strip() and served_on > last:
            raise ValidationError({"waiver_note": "请注明当事人同意放弃开庭通知期限的情况"})
        repo.update_hearing(hearing_id, notice_served_on=served_on, notice_waived=bool(waived and served_on > last))
        note = f"开庭通知已送达（{_cn(hearing.day)}开庭）" + (f"；{waiver_note.strip()}" if waiver_note.strip() else "")
        _event(tx, actor, hearing.case_id, "hearing_notice_served", served_on, note)
        hearing = repo.get_hearing(hearing_id)
    assert hearing is not None
    return hearing


def postpone_hearing(uow: UnitOfWork, actor: Principal, *, hearing_id: int, requested_by: str, requested_on: date,
                     reason: str, new_starts_at: datetime, new_ends_at: datetime, room: str | None = None,
                     good_cause: bool = False) -> Hearing:
    """Postpone a hearing at a party's request (延期开庭, 办案规则第三十八条): the request must be made
    at least 3 working days before the hearing (``postponement_request_due``) unless ``good_cause``;
    the old hearing is marked postponed with the reason and the new one is scheduled (conflict
    check; event ``hearing_date`` with the new date; its notice is to be served again)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not reason.strip():
        raise ValidationError({"reason": "请写明延期理由"})
    if not requested_by.strip():
        raise ValidationError({"requested_by": "请写明申请延期的当事人"})
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = _scheduled_hearing(repo, hearing_id, "不能再延期")
        last = postponement_request_due(hearing.day)
        if requested_on > last and not good_cause:
            raise ValidationError({"requested_on": (
                f"延期开庭应当在开庭三日前提出：{_cn(hearing.day)}开庭，最迟应于{_cn(last)}提出；"
                "确有正当理由的，请注明。")})
        detail = _case(tx, hearing.case_id)
        repo.update_hearing(hearing_id, status="postponed", postponement_reason=reason.strip(),
                            postponement_requested_on=requested_on, postponement_requested_by=requested_by.strip())
        tx.audit.append(actor=actor.username, action="arbitration.postpone", entity="case", entity_id=hearing.case_id,
                        changes={"hearing": hearing_id, "requested_by": requested_by.strip(),
                                 "requested_on": requested_on.isoformat(), "reason": reason.strip(),
                                 "late": requested_on > last, "new_starts_at": new_starts_at.isoformat()})
        return _schedule(tx, actor, detail, starts_at=new_starts_at, ends_at=new_ends_at,
                         room=(room or hearing.room).strip(), arbitrators=list(hearing.arbitrators),
                         previous_id=hearing_id)


def record_attendance(uow: UnitOfWork, actor: Principal, *, hearing_id: int, applicant_present: bool,
                      respondent_present: bool, record: str = "", treat_as_withdrawal: bool = True) -> Hearing:
    """Record a held hearing. The applicant absent without good reason (``treat_as_withdrawal``)
    is treated as withdrawing the application: status WITHDRAWN, event ``application_withdrawn``
    (第三十六条; 办案规则第三十九条). The respondent absent: the hearing goes on and the award may be
    made by default (``Award.default_award``)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        hearing = repo.get_hearing(hearing_id)
        if hearing is None:
            raise NotFound("找不到该开庭安排。", "Hearing not found.")
        if hearing.status != "scheduled":
            raise ConflictError("该次开庭已延期或已记录。", "The hearing is not scheduled.")
        _not_future("held_on", hearing.day, "开庭日期")
        repo.update_hearing(hearing_id, status="held", applicant_present=applicant_present,
                            respondent_present=respondent_present, record=record.strip())
        tx.audit.append(actor=actor.username, action="arbitration.attendance", entity="case",
                        entity_id=hearing.case_id,
                        changes={"hearing": hearing_id, "applicant_present": applicant_present,
                                 "respondent_present": respondent_present})
        if not applicant_present and treat_as_withdrawal:
            detail = _case(tx, hearing.case_id)
            _transition(tx, actor, hearing.case_id, detail.summary.status, CaseStatus.WITHDRAWN, hearing.day,
                        "申请人经书面通知，无正当理由拒不到庭，按撤回仲裁申请处理")
        hearing = repo.get_hearing(hearing_id)
    assert hearing is not None
    return hearing


def hearing_calendar(uow: UnitOfWork, actor: Principal, *, start: datetime, end: datetime, room: str | None = None,
                     arbitrator: ArbitratorRef | None = None) -> list[Hearing]:
    """Scheduled and held hearings between ``start`` and ``end``, by room or arbitrator."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return _repo(tx).calendar(start=start, end=end, room=room,
                                  arbitrator_key=arbitrator.key if arbitrator else None)


# --------------------------------------------------------------------------- 3. the award period


def approve_extension(uow: UnitOfWork, actor: Principal, *, case_id: int, approved_on: date, approver: str,
                      reason: str) -> None:
    """The chairman's (or delegated head's) written approval to extend the award period by 15
    days (第四十三条; event ``award_extension_approved``). Once only."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not approver.strip() or not reason.strip():
        raise ValidationError({k: v for k, v in (("approver", "请填写批准人"), ("reason", "请写明延期理由"))
                               if not (approver if k == "approver" else reason).strip()})
    _not_future("approved_on", approved_on, "批准日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "延长审理期限")
        if "award_extension_approved" in tx.cases.events_of(case_id):
            raise ConflictError("本案已经批准延长审理期限，延长期限不得超过十五日。", "Already extended.")
        _event(tx, actor, case_id, "award_extension_approved", approved_on,
               f"经{approver.strip()}批准延长十五日：{reason.strip()}")


def add_suspension(uow: UnitOfWork, actor: Principal, *, case_id: int, kind: str, start: date,
                   end: date | None = None, reason: str) -> Suspension:
    """An interval not counted in the award period: 中止审理 (SUSPENSION) or the public-notice
    period (PUBLIC_NOTICE) (办案规则第四十六条第（六）项). ``end`` None: still running (counted up
    to today until ended)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if kind not in _SUSPENSION_LABELS:
        raise ValidationError({"kind": "请选择中止审理或公告送达期间"})
    if not reason.strip():
        raise ValidationError({"reason": "请写明理由"})
    if end is not None and end < start:
        raise ValidationError({"end": "结束日期不能早于开始日期"})
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _not_before_receipt("start", start, detail, "开始日期")
        repo = _repo(tx)
        sid = repo.add_suspension(case_id=case_id, kind=kind, start=start, end=end, reason=reason.strip(),
                                  created_by=actor.username, created_at=now())
        if kind == SUSPENSION and end is None and detail.summary.status is CaseStatus.ARBITRATION:
            # a running 中止审理 is also the case's state (the life cycle's 中止)
            _transition(tx, actor, case_id, CaseStatus.ARBITRATION, CaseStatus.SUSPENDED, start,
                        f"中止审理：{reason.strip()}", refresh=False)
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="arbitration.suspension", entity="case", entity_id=case_id,
                        changes={"suspension": sid, "kind": kind, "start": start.isoformat(),
                                 "end": end.isoformat() if end else None, "reason": reason.strip()})
        found = repo.get_suspension(sid)
    assert found is not None
    return found


def end_suspension(uow: UnitOfWork, actor: Principal, *, suspension_id: int, end: date) -> Suspension:
    """The last day of a running suspension (审理恢复 the next day)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        found = repo.get_suspension(suspension_id)
        if found is None:
            raise NotFound("找不到该中止记录。", "Suspension not found.")
        if found.end is not None:
            raise ConflictError("该中止期间已经结束。", "Already ended.")
        if end < found.start:
            raise ValidationError({"end": "结束日期不能早于开始日期"})
        repo.set_suspension_end(suspension_id, end)
        detail = _case(tx, found.case_id)
        if found.kind == SUSPENSION and detail.summary.status is CaseStatus.SUSPENDED:
            _transition(tx, actor, found.case_id, CaseStatus.SUSPENDED, CaseStatus.ARBITRATION,
                        min(end + timedelta(days=1), clock.today()), "中止原因消除，恢复审理", refresh=False)
        refresh_case(tx, found.case_id)
        tx.audit.append(actor=actor.username, action="arbitration.suspension_end", entity="case",
                        entity_id=found.case_id, changes={"suspension": suspension_id, "end": end.isoformat()})
        out = repo.get_suspension(suspension_id)
    assert out is not None
    return out


def record_restart(uow: UnitOfWork, actor: Principal, *, case_id: int, event: str, on: date, note: str) -> None:
    """An event that restarts the award period (办案规则第四十六条): ``party_added``,
    ``materials_supplemented``, ``claims_changed``, ``counterclaim_joined``, ``transfer_received``."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if event not in RESTART_EVENTS:
        raise ValidationError({"event": "该事件不会使仲裁期限重新计算"})
    if not note.strip():
        raise ValidationError({"note": "请写明情况"})
    _not_future("on", on, "日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "登记该事项")
        _event(tx, actor, case_id, event, on, note.strip())


# --------------------------------------------------------------------------- 4. service


def record_service(uow: UnitOfWork, actor: Principal, *, case_id: int, document_title: str, recipient: str,
                   method: str, sent_on: date, served_on: date | None = None, party_id: int | None = None,
                   document_id: int | None = None, award_id: int | None = None, consent: bool = False,
                   address: str = "", receipt: str = "", signed_by: str = "", event: str = "",
                   note: str = "") -> ServiceRecord:
    """One service of a document on one recipient (送达回证). Electronic service needs the
    recipient's consent (民事诉讼法第九十条); public notice is deemed served 30 days after
    publication (第九十五条). ``event`` (e.g. ``application_copy_served``, ``defence_copy_served``)
    is recorded at the date of service and drives the case's deadlines."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        return _record_service(tx, actor, case_id=case_id, document_title=document_title, recipient=recipient,
                               method=method, sent_on=sent_on, served_on=served_on, party_id=party_id,
                               document_id=document_id, award_id=award_id, consent=consent, address=address,
                               receipt=receipt, signed_by=signed_by, event=event, note=note)


def _record_service(tx: Tx, actor: Principal, *, case_id: int, document_title: str, recipient: str, method: str,
                    sent_on: date, served_on: date | None, party_id: int | None, document_id: int | None,
                    award_id: int | None, consent: bool, address: str, receipt: str, signed_by: str, event: str,
                    note: str) -> ServiceRecord:
    errors: dict[str, str] = {}
    if not document_title.strip():
        errors["document_title"] = "请填写送达的文书"
    if not recipient.strip():
        errors["recipient"] = "请填写受送达人"
    if method == "electronic" and not consent:
        errors["consent"] = "电子送达须经受送达人同意"
    if method == "left" and not (receipt.strip() or note.strip()):
        errors["note"] = "留置送达请注明拒收情况及见证人或拍照、录像情况"
    if errors:
        raise ValidationError(errors)
    served = deemed_served_on(method, sent_on, served_on)
    _not_future("sent_on", sent_on, "发出日期")
    detail = _case(tx, case_id)
    _not_before_receipt("sent_on", sent_on, detail, "发出日期")
    if event:
        from mediation_desk import jurisdiction

        if event not in jurisdiction.event_labels():
            raise ValidationError({"event": f"未知的事件：{event}"})
    repo = _repo(tx)
    sid = repo.add_service(case_id=case_id, document_id=document_id, award_id=award_id,
                           document_title=document_title.strip(), party_id=party_id, recipient=recipient.strip(),
                           method=method, sent_on=sent_on, served_on=served, consent=consent,
                           address=address.strip(), receipt=receipt.strip(), signed_by=signed_by.strip(),
                           event_kind=event, note=note.strip(), recorded_by=actor.username, recorded_at=now())
    tx.audit.append(actor=actor.username, action="arbitration.service", entity="case", entity_id=case_id,
                    changes={"service": sid, "document": document_title.strip(), "recipient": recipient.strip(),
                             "method": method, "sent_on": sent_on.isoformat(), "served_on": served.isoformat(),
                             "event": event})
    if event:
        _event(tx, actor, case_id, event, served, f"{document_title.strip()}已{SERVICE_METHODS[method]}{recipient.strip()}")
    return next(s for s in repo.services(case_id) if s.id == sid)


def _party(detail: CaseDetail, party_id: int | None, recipient: str) -> tuple[str, str]:
    for p in detail.parties:
        if (party_id is not None and p.id == party_id) or (party_id is None and p.name == recipient.strip()):
            return p.name, p.side.value
    raise ValidationError({"party_id": "受送达人应为本案当事人"})


def serve_award(uow: UnitOfWork, actor: Principal, *, award_id: int, method: str, sent_on: date,
                party_id: int | None = None, recipient: str = "", served_on: date | None = None,
                consent: bool = False, address: str = "", receipt: str = "", signed_by: str = "",
                note: str = "", close_case: bool = False) -> ServiceRecord:
    """Serve an approved award (or its parts), partial award or 仲裁调解书 on one party.

    An award's service records ``award_served`` (the case's 15-day and, for a final award, 30-day
    deadlines run from the latest service; ``party_deadlines`` gives each party's own). A
    仲裁调解书 cannot be served by leaving it (留置) and takes effect when every applicant and
    respondent has signed for it (第四十二条): the case then goes ARBITRATION -> AGREEMENT (event
    ``arbitral_mediation_effective``) and, with ``close_case``, on to CLOSED."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        repo = _repo(tx)
        award = repo.get_award(award_id)
        if award is None:
            raise NotFound("找不到该文书。", "Award not found.")
        if award.status != APPROVED:
            raise ConflictError("只有已审批（已锁定）的现行文书才能送达。", "Only an approved award can be served.")
        detail = _case(tx, award.case_id)
        name, side = _party(detail, party_id, recipient)
        numbers = "、".join(p.number for p in award.parts) or award.number
        if award.kind == MEDIATION:
            if method in ("left", "public_notice"):
                raise ValidationError({"method": "仲裁调解书应当由双方当事人签收后生效，不能留置或公告送达"})
            if not signed_by.strip():
                raise ValidationError({"signed_by": "仲裁调解书须由当事人签收，请填写签收人"})
            record = _record_service(tx, actor, case_id=award.case_id, document_title=f"仲裁调解书（{numbers}）",
                                     recipient=name, method=method, sent_on=sent_on, served_on=served_on,
                                     party_id=party_id, document_id=award.document_id, award_id=award_id,
                                     consent=consent, address=address, receipt=receipt, signed_by=signed_by,
                                     event="", note=note)
            signed = {s.recipient for s in repo.services(award.case_id) if s.award_id == award_id and s.signed_by}
            needed = {p.name for p in detail.parties if p.side in (PartySide.APPLICANT, PartySide.RESPONDENT)}
            if needed <= signed and detail.summary.status is CaseStatus.ARBITRATION:
                _transition(tx, actor, award.case_id, CaseStatus.ARBITRATION, CaseStatus.AGREEMENT,
                            record.served_on, "仲裁调解书经双方当事人签收，发生法律效力")
                if close_case:
                    _transition(tx, actor, award.case_id, CaseStatus.AGREEMENT, CaseStatus.CLOSED,
                                record.served_on, "仲裁调解结案")
            return record
        return _record_service(tx, actor, case_id=award.case_id, document_title=f"{award.title}（{numbers}）",
                               recipient=name, method=method, sent_on=sent_on, served_on=served_on,
                               party_id=party_id, document_id=award.document_id, award_id=award_id,
                               consent=consent, address=address, receipt=receipt, signed_by=signed_by,
                               event="award_served" if award.kind == AWARD else "", note=note)


def party_deadlines(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[PartyDeadline]:
    """Each party's own deadlines after service of the current award: 15 days to sue (the worker
    for a final award; either party for a non-final one) and, for a final award or the final part
    of a mixed one, 30 days for the employer to apply to revoke (第四十八、四十九条)."""
    actor.require(Permission.VIEW_CASES)
    from mediation_desk.domain.deadlines import CalendarGap

    with uow.read() as tx:
        repo = _repo(tx)
        current = [a for a in repo.awards(case_id) if a.kind == AWARD and a.status == APPROVED]
        if not current:
            return []
        award = current[-1]
        services = [s for s in repo.services(case_id) if s.award_id == award.id]
        detail = _case(tx, case_id)
    sides = {p.name: p.side for p in detail.parties}
    out: list[PartyDeadline] = []
    for s in services:
        side = sides.get(s.recipient)
        codes = []
        if award.finality == NON_FINAL or side is PartySide.APPLICANT:
            codes.append(("sue_after_award", "不服仲裁裁决起诉期限"))
        if award.finality in (FINAL, MIXED) and side is PartySide.RESPONDENT:
            codes.append(("revoke_final_award", "申请撤销终局裁决期限"))
        if award.finality == MIXED and side is PartySide.RESPONDENT:
            codes.append(("sue_after_award", "不服仲裁裁决起诉期限（非终局部分）"))
        for code, name in codes:
            try:
                due, problem = due_date(code, s.served_on), ""
            except CalendarGap as gap:
                due, problem = None, gap.zh
            out.append(PartyDeadline(s.recipient, side.value if side else "", code, name, s.served_on, due, problem))
    return out


# --------------------------------------------------------------------------- 5. mediation in arbitration


def _agreement_items(agreement: Sequence[str | Mapping[str, Any]], detail: CaseDetail | None = None,
                     mediated_on: date | None = None) -> list[dict[str, Any]]:
    """The agreed terms of a 仲裁调解书, each as an enforceable clause like an agreement item of
    mediation: ``{"obligor"(s), "obligee", "content", "amount", "due_date" or "due_days", "joint"}``.
    A sum of money needs who pays (a party of the case), to whom and by when; any other term with
    an obligor needs its time limit too. A plain text (or a mapping without an obligor) is a
    declaration of the parties (e.g. 申请人放弃其他仲裁请求). Each item keeps its clause as ``text``."""
    sides = {p.name: p.side.label for p in detail.parties} if detail is not None else {}  # type: ignore[attr-defined]
    errors: dict[str, str] = {}
    out = []
    for n, a in enumerate(agreement, start=1):
        a = a if isinstance(a, Mapping) else {"content": str(a)}
        content = str(a.get("content") or "").strip()
        if not content:
            continue
        amount: Decimal | None = None
        raw = a.get("amount")
        if raw is not None and str(raw).strip() != "":
            try:
                amount = Decimal(str(raw).replace(",", "")).quantize(Decimal("0.01"))
            except ArithmeticError:
                raise ValidationError({f"agreement.{n}.amount": f"第{n}项：金额格式不正确"}) from None
            if amount <= 0:
                errors[f"agreement.{n}.amount"] = f"第{n}项：金额应大于零"
        due = a.get("due_date")
        due_days = a.get("due_days")
        try:
            if isinstance(due, str):
                due = date.fromisoformat(due.strip()) if due.strip() else None
            due_days = int(due_days) if due_days not in (None, "") else None
        except ValueError:
            raise ValidationError({f"agreement.{n}.due_date": f"第{n}项：履行期限应为日期（如2026-12-25）或天数"}) from None
        obligors = a.get("obligors") or ([a["obligor"]] if a.get("obligor") else [])
        obligors = [str(o).strip() for o in obligors if str(o).strip()]
        obligee = str(a.get("obligee") or "").strip()
        joint = bool(a.get("joint"))
        for who in (*obligors, *([obligee] if obligee else [])):
            if detail is not None and who not in sides:
                errors[f"agreement.{n}.party"] = f"第{n}项：“{who}”不是本案的当事人"
        if amount is not None and not obligors:
            errors[f"agreement.{n}.obligor"] = f"第{n}项：请写明由哪一方支付"
        if amount is not None and not obligee:
            errors[f"agreement.{n}.obligee"] = f"第{n}项：请写明向哪一方支付"
        if obligee and obligee in obligors:
            errors[f"agreement.{n}.obligee"] = f"第{n}项：付款人与收款人不能是同一当事人"
        if len(obligors) > 1 and not joint:
            errors[f"agreement.{n}.joint"] = f"第{n}项：由多方共同履行的，请写明承担连带责任，或者分项写明各自的数额"
        if obligors and due is None and due_days is None:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：请写明履行期限"
        if isinstance(due, date) and mediated_on is not None and due < mediated_on:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：履行期限不能早于调解日期"
        if due_days is not None and not 0 < due_days <= 365:
            errors[f"agreement.{n}.due_date"] = f"第{n}项：履行期限应为1至365日"
        text = obligation_clause(Obligation(
            subject=content, payers=tuple(PartyRef(o, sides.get(o, "")) for o in obligors),
            payee=PartyRef(obligee, sides.get(obligee, "")) if obligee else None, amount=amount,
            due_days=due_days, due_date=due if isinstance(due, date) else None, joint=joint), effective="本调解书生效")
        out.append({"content": content, "amount": str(amount) if amount is not None else None,
                    "due_date": due.isoformat() if isinstance(due, date) else None, "due_days": due_days,
                    "obligors": obligors, "obligee": obligee, "joint": joint, "text": text})
    if errors:
        raise ValidationError(errors)
    return out


def record_arbitral_mediation(uow: UnitOfWork, actor: Principal, *, case_id: int, mediated_on: date,
                              claims: Sequence[str], agreement: Sequence[str | Mapping[str, Any]],
                              arbitrators: Sequence[str] = (), clerk: str = "", performance: str = "") -> Award:
    """A successful 先行调解 (第四十二条): the 仲裁调解书 with the claims and the agreed terms,
    numbered and locked at once. It takes effect when both parties sign for it (``serve_award``).
    Each term is a mapping ``{"obligor", "obligee", "content", "amount", "due_date"}`` (see
    ``_agreement_items``: who pays whom, how much, by when) or a text for a declaration of the
    parties; ``performance`` says how the sums are paid."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not _agreement_items(agreement):
        raise ValidationError({"agreement": "请写明协议内容"})
    _not_future("mediated_on", mediated_on, "调解日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        items = _agreement_items(agreement, detail, mediated_on)
        _require_arbitration(detail, "制作仲裁调解书")
        _not_before_receipt("mediated_on", mediated_on, detail, "调解日期")
        number = detail.summary.number  # the 仲裁调解书 carries the case number
        content = {"claims": [c.strip() for c in claims if c.strip()],
                   "agreement": [i["text"] for i in items], "agreement_items": items,
                   "performance": performance.strip(),
                   "arbitrators": list(arbitrators) or _tribunal_names(tx, case_id), "clerk": clerk.strip(),
                   "parts": []}
        stamp = now()
        repo = _repo(tx)
        aid = repo.add_award(case_id=case_id, kind=MEDIATION, lineage=0, version=1, status=APPROVED, finality="",
                             number=number, award_date=mediated_on, default_award=False,
                             content=json.dumps(content, ensure_ascii=False), supersedes_id=None,
                             correction_reason="", approved_by=actor.username, approved_at=stamp,
                             created_by=actor.username, created_at=stamp, updated_at=stamp)
        repo.update_award(aid, lineage=aid)
        tx.audit.append(actor=actor.username, action="arbitration.mediation", entity="case", entity_id=case_id,
                        changes={"award": aid, "number": number, "mediated_on": mediated_on.isoformat(),
                                 "agreement": content["agreement"]})
        award = repo.get_award(aid)
    assert award is not None
    return award


def _tribunal_names(tx: Tx, case_id: int) -> list[str]:
    tribunal = _repo(tx).latest_tribunal(case_id)
    return [m.name for m in tribunal.members] if tribunal else []


# --------------------------------------------------------------------------- 6. awards


def _ruling_json(r: Ruling) -> dict[str, Any]:
    return {"claim": r.claim, "outcome": r.outcome, "text": r.text,
            "amount": str(r.amount) if r.amount is not None else None,
            "claimed_amount": str(r.claimed_amount) if r.claimed_amount is not None else None,
            "claim_kind": r.claim_kind.value if r.claim_kind else "", "category": r.category or
            default_category(r.claim_kind), "calculation": r.calculation, "basis": r.basis,
            "payers": list(r.payers), "payee": r.payee, "due_days": r.due_days,
            "due_date": r.due_date.isoformat() if r.due_date else None, "joint": r.joint, "subject": r.subject}


def _ruling_from_json(d: Mapping[str, Any]) -> Ruling:
    return Ruling(claim=d["claim"], outcome=d["outcome"], text=d.get("text", ""),
                  amount=Decimal(d["amount"]) if d.get("amount") is not None else None,
                  claimed_amount=Decimal(d["claimed_amount"]) if d.get("claimed_amount") is not None else None,
                  claim_kind=ClaimKind(d["claim_kind"]) if d.get("claim_kind") else None,
                  category=d.get("category", ""), calculation=d.get("calculation", ""), basis=d.get("basis", "") or "",
                  payers=tuple(d.get("payers") or ()), payee=d.get("payee") or "", due_days=d.get("due_days"),
                  due_date=date.fromisoformat(d["due_date"]) if d.get("due_date") else None,
                  joint=bool(d.get("joint")), subject=d.get("subject") or "")


def _check_draft(draft: AwardDraft) -> None:
    errors: dict[str, str] = {}
    if draft.kind not in (AWARD, PARTIAL):
        errors["kind"] = "请选择裁决书或先行裁决书"
    if not draft.rulings:
        errors["rulings"] = "请至少写明一项裁决"
    for n, r in enumerate(draft.rulings, start=1):
        if r.outcome not in _OUTCOME_LABELS:
            errors[f"rulings.{n}.outcome"] = f"第{n}项：请选择支持、部分支持或驳回"
        if (r.category or default_category(r.claim_kind)) not in (MONEY, STANDARDS, OTHER):
            errors[f"rulings.{n}.category"] = f"第{n}项：裁决事项类别不明"
        if not r.claim.strip():
            errors[f"rulings.{n}.claim"] = f"第{n}项：请写明对应的仲裁请求"
        if r.amount is not None and r.amount < 0:
            errors[f"rulings.{n}.amount"] = f"第{n}项：金额不能为负"
        if r.outcome == DISMISSED and r.amount not in (None, Decimal("0")):
            errors[f"rulings.{n}.amount"] = f"第{n}项：驳回的请求不应有裁决金额"
        if r.outcome in (GRANTED, PARTLY) and r.amount is not None and r.amount > 0 and not r.calculation.strip():
            errors[f"rulings.{n}.calculation"] = f"第{n}项：请写明金额的计算过程"
    pe = draft.provisional_execution
    if pe is not None:
        for i in pe.rulings:
            if not 0 <= i < len(draft.rulings):
                errors["provisional_execution"] = "先予执行所指的裁决事项不存在"
                break
            r = draft.rulings[i]
            if r.claim_kind not in _PROVISIONAL_KINDS:
                errors["provisional_execution"] = ("先予执行仅适用于追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的案件"
                                                   f"（第{i + 1}项不属于）")
        if not (pe.rights_clear and pe.livelihood_affected):
            errors["provisional_execution.conditions"] = ("裁决先予执行应当符合：当事人之间权利义务关系明确；"
                                                          "不先予执行将严重影响申请人的生活")
    if errors:
        raise ValidationError(errors)


def _monthly_minimum(draft: AwardDraft) -> tuple[Decimal, str]:
    if draft.monthly_minimum_wage is not None:
        return Decimal(draft.monthly_minimum_wage), "按所填当地月最低工资标准"
    from mediation_desk import jurisdiction

    mw = jurisdiction.minimum_wage(draft.minimum_wage_tier, draft.award_date)
    return mw.monthly, f"江西省{mw.tier}最低工资标准（{mw.source}）"


def _is_money(r: Ruling) -> bool:
    return r.amount is not None and r.amount > 0


def check_obligations(detail: CaseDetail, rulings: Sequence[Ruling], award_date: date) -> tuple[Ruling, ...]:
    """Each granted ruling's operative clause must be enforceable: a sum of money names the
    respondent(s) who pay it (several only with joint liability), the party it is paid to (default:
    the applicant) and the time limit; any other ruling says what it orders or confirms. Returns
    the rulings with the payee filled in."""
    errors: dict[str, str] = {}
    sides = {p.name: p.side for p in detail.parties}
    applicants = [p.name for p in detail.parties if p.side is PartySide.APPLICANT]
    out = []
    for n, r in enumerate(rulings, start=1):
        if r.outcome == DISMISSED:
            out.append(r)
            continue
        payee = r.payee.strip() or (applicants[0] if applicants else "")
        payers = tuple(p.strip() for p in r.payers if p.strip())
        money = _is_money(r)
        for p in payers:
            if sides.get(p) not in (PartySide.RESPONDENT, PartySide.THIRD_PARTY):
                errors[f"rulings.{n}.payers"] = f"第{n}项：“{p}”不是本案的被申请人"
        if len(set(payers)) != len(payers):
            errors[f"rulings.{n}.payers"] = f"第{n}项：同一被申请人重复列出"
        if money and not payers:
            errors[f"rulings.{n}.payers"] = f"第{n}项：请写明由哪一被申请人支付"
        if len(payers) > 1 and not r.joint:
            errors[f"rulings.{n}.joint"] = (f"第{n}项：由多名被申请人承担的，请写明承担连带责任，"
                                           "或者分项裁决各自支付的数额")
        if (money or payers) and r.due_days is None and r.due_date is None:
            errors[f"rulings.{n}.due"] = f"第{n}项：请写明履行期限（本裁决书生效之日起若干日内，或者具体日期）"
        if r.due_days is not None and not 0 < r.due_days <= 365:
            errors[f"rulings.{n}.due"] = f"第{n}项：履行期限应为1至365日"
        if r.due_date is not None and r.due_date < award_date:
            errors[f"rulings.{n}.due"] = f"第{n}项：履行期限不能早于裁决日期"
        if money:
            if not payee or sides.get(payee) is None:
                errors[f"rulings.{n}.payee"] = f"第{n}项：请写明向哪一方当事人支付"
            elif payee in payers:
                errors[f"rulings.{n}.payee"] = f"第{n}项：付款人与收款人不能是同一当事人"
        elif not (r.subject.strip() or r.text.strip()):
            errors[f"rulings.{n}.subject"] = (f"第{n}项：请写明裁决的事项（如确认劳动关系的起止时间、"
                                              "为申请人出具解除劳动合同的证明）")
        out.append(replace(r, payers=payers, payee=payee if money else r.payee.strip()))
    if errors:
        raise ValidationError(errors)
    return tuple(out)


def _content(tx: Tx, case_id: int, draft: AwardDraft) -> tuple[dict[str, Any], AwardClassification, bool]:
    _check_draft(draft)
    draft = replace(draft, rulings=check_obligations(_case(tx, case_id), draft.rulings, draft.award_date))
    monthly, wage_source = _monthly_minimum(draft)
    cls = classify_award(draft.rulings, monthly)
    known = {e.id for e in tx.evidence.list_for_case(case_id)}
    for n, f in enumerate(draft.facts, start=1):
        missing = [i for i in f.evidence_ids if i not in known]
        if missing:
            raise ValidationError({f"facts.{n}": f"第{n}项事实所依据的证据不属于本案：{missing}"})
    if draft.respondent_absent is None:
        absent = any(h.status == "held" and h.respondent_present is False for h in _repo(tx).hearings_of_case(case_id))
    else:
        absent = draft.respondent_absent
    pe = draft.provisional_execution
    content = {
        "claims": [c.strip() for c in draft.claims if c.strip()],
        "facts": [{"text": f.text.strip(), "evidence_ids": list(f.evidence_ids)} for f in draft.facts],
        "reasoning": draft.reasoning.strip(),
        "legal_basis": draft.legal_basis.strip(),
        "rulings": [_ruling_json(r) for r in draft.rulings],
        "per_ruling": list(cls.per_ruling), "finality_reasons": list(cls.reasons),
        "threshold": str(cls.threshold), "monthly_minimum_wage": str(cls.monthly_minimum_wage),
        "minimum_wage_tier": draft.minimum_wage_tier, "minimum_wage_source": wage_source,
        "provisional_execution": None if pe is None else {
            "rulings": list(pe.rulings), "rights_clear": pe.rights_clear,
            "livelihood_affected": pe.livelihood_affected, "text": pe.text.strip()},
        "arbitrators": list(draft.arbitrators) or _tribunal_names(tx, case_id), "clerk": draft.clerk.strip(),
        "parts": [],
    }
    return content, cls, absent


def _load_award(tx: Tx, award_id: int) -> Award:
    award = _repo(tx).get_award(award_id)
    if award is None:
        raise NotFound("找不到该裁决书。", "Award not found.")
    return award


def draft_award(uow: UnitOfWork, actor: Principal, *, case_id: int, draft: AwardDraft) -> Award:
    """Save a new award (or partial award) as a draft: the rulings are checked, the evidence relied
    on must belong to the case, the final-award test is applied per ruling (stored with reasons).
    ``default_award`` is set when the respondent was absent from a held hearing."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "起草裁决书")
        _not_before_receipt("award_date", draft.award_date, detail, "裁决日期")
        content, cls, absent = _content(tx, case_id, draft)
        stamp = now()
        repo = _repo(tx)
        aid = repo.add_award(case_id=case_id, kind=draft.kind, lineage=0, version=1, status=DRAFT,
                             finality=cls.finality, number="", award_date=draft.award_date, default_award=absent,
                             content=json.dumps(content, ensure_ascii=False), supersedes_id=None,
                             correction_reason="", approved_by="", approved_at=None, created_by=actor.username,
                             created_at=stamp, updated_at=stamp)
        repo.update_award(aid, lineage=aid)
        tx.audit.append(actor=actor.username, action="arbitration.award_draft", entity="case", entity_id=case_id,
                        changes={"award": aid, "kind": draft.kind, "finality": cls.finality,
                                 "rulings": content["rulings"]})
        return _load_award(tx, aid)


def update_draft(uow: UnitOfWork, actor: Principal, *, award_id: int, draft: AwardDraft) -> Award:
    """Change a draft. An approved (locked) or superseded award cannot be edited: ``ConflictError``
    (use ``correct_award``)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        if award.locked:
            raise ConflictError(f"{award.title}{award.number}已审批锁定，不能修改；如需更正，请制作新版本。",
                                "The award is locked; make a corrected version instead.")
        if draft.kind != award.kind:
            raise ValidationError({"kind": "不能改变文书种类"})
        content, cls, absent = _content(tx, award.case_id, draft)
        _repo(tx).update_award(award_id, content=json.dumps(content, ensure_ascii=False), finality=cls.finality,
                               award_date=draft.award_date, default_award=absent, updated_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.award_edit", entity="case", entity_id=award.case_id,
                        changes={"award": award_id, "finality": cls.finality, "rulings": content["rulings"]})
        return _load_award(tx, award_id)


MEDIATION_FAILED = "arbitral_mediation_failed"
WRITTEN_REVIEW = "written_review_decided"


def record_mediation_failure(uow: UnitOfWork, actor: Principal, *, case_id: int, on: date, note: str = "") -> None:
    """The tribunal's mediation before the award (第四十二条) did not succeed (event
    ``arbitral_mediation_failed``): only then may the award say 调解不成."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    _not_future("on", on, "调解日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "登记调解情况")
        _not_before_receipt("on", on, detail, "调解日期")
        _event(tx, actor, case_id, MEDIATION_FAILED, on, note.strip() or "仲裁庭主持调解，调解不成")


def decide_written_review(uow: UnitOfWork, actor: Principal, *, case_id: int, on: date, reason: str) -> None:
    """The tribunal decides the case on the papers (书面审理) for ``reason`` (e.g. 双方当事人书面同意不开庭、
    事实清楚); the award then says so instead of a hearing (event ``written_review_decided``)."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not reason.strip():
        raise ValidationError({"reason": "请写明书面审理的理由"})
    _not_future("on", on, "决定日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "决定书面审理")
        _not_before_receipt("on", on, detail, "决定日期")
        _event(tx, actor, case_id, WRITTEN_REVIEW, on, reason.strip())


def _tribunal_sentence(tribunal: Tribunal | None) -> str:
    if tribunal is None:
        return ""
    names = [m.name for m in tribunal.members]
    if tribunal.kind == "sole":
        return f"本委依法指定仲裁员{names[0]}独任仲裁"
    return f"本委依法组成仲裁庭，由{names[0]}担任首席仲裁员，{'、'.join(names[1:])}担任仲裁员"


def procedure_record(repo: ArbitrationRepo, detail: CaseDetail, award_date: date) -> dict[str, Any]:
    """What the award may say about the proceedings, from the record as it stands on ``award_date``:
    the tribunal, the hearings held (with attendance), a decision to decide on the papers and its
    reason, a failed mediation. Refused (``ConflictError``) when the record does not support an
    award: no tribunal, or neither a hearing held nor a decision for 书面审理 (e.g. the only hearing
    is still to come), or a hearing held after the award date."""
    case_id = detail.summary.id
    tribunal = repo.latest_tribunal(case_id)
    if tribunal is None:
        raise ConflictError("本案尚未组成仲裁庭，不能作出裁决。", "No tribunal has been formed.")
    hearings = repo.hearings_of_case(case_id)
    held = [h for h in hearings if h.status == "held"]
    late = [h for h in held if h.day > award_date]
    if late:
        raise ConflictError(f"裁决日期{_cn(award_date)}早于开庭日期{_cn(late[0].day)}，请核对裁决日期。",
                            "The award date is before a hearing.")
    written = [e for e in detail.events if e.kind == WRITTEN_REVIEW and (e.event_date or award_date) <= award_date]
    if not held and not written:
        pending = [h for h in hearings if h.status == "scheduled"]
        if pending:
            raise ConflictError(
                f"本案的开庭安排在{_cn(pending[-1].day)}，尚无已开庭的记录；裁决书不能写明已开庭审理。"
                "请先记录开庭情况，或者登记书面审理的决定及理由。",
                "No hearing has been held yet (the hearing is still to come); record the hearing first.")
        raise ConflictError("本案没有开庭审理的记录，也没有书面审理的决定，裁决书无从写明审理经过。"
                            "请先记录开庭情况，或者登记书面审理的决定及理由。",
                            "Neither a hearing held nor a decision to decide on the papers is on record.")
    failed = any(e.kind == MEDIATION_FAILED and (e.event_date or award_date) <= award_date for e in detail.events)
    return {"tribunal": _tribunal_sentence(tribunal),
            "hearings": [[h.day.isoformat(), h.applicant_present, h.respondent_present] for h in held],
            "written_reason": written[-1].note if written and not held else "",
            "mediation_failed": failed}


def approve_award(uow: UnitOfWork, actor: Principal, *, award_id: int) -> Award:
    """The arbitrator approves the draft (permission ``APPROVE_AWARD``): it is locked and numbered
    -- a mixed award gets two numbers, one for its final part and one for its non-final part, each
    with its rights notice -- and audited. Approving a correction supersedes the version it corrects
    (keeping its numbers). The first approved award moves the case ARBITRATION -> AWARD on the
    award date (event ``award_made``); a partial award leaves the status alone."""
    actor.require(Permission.APPROVE_AWARD)
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        if award.locked:
            raise ConflictError(f"{award.title}已审批，不能重复审批。", "Already approved.")
        repo = _repo(tx)
        detail = _case(tx, award.case_id)
        assert award.award_date is not None
        content = dict(award.content)
        content["procedure"] = procedure_record(repo, detail, award.award_date)
        if award.kind != MEDIATION:
            check_obligations(detail, award.rulings, award.award_date)
        per = content["per_ruling"]
        old = repo.get_award(award.supersedes_id) if award.supersedes_id else None
        old_numbers = {p.finality: p.number for p in old.parts} if old else {}
        groups = [(f, idx) for f, idx in ((f, tuple(i for i, x in enumerate(per) if x == f)) for f in (FINAL, NON_FINAL))
                  if idx]
        # Awards carry the case number, as commissions cite them; the two parts of a mixed award
        # are told apart as 之一 (final) and 之二 (non-final).
        suffixes = ("之一", "之二") if len(groups) > 1 else ("",)
        parts = []
        for (finality, idx), suffix in zip(groups, suffixes):
            number = old_numbers.get(finality) or f"{detail.summary.number}{suffix}"
            parts.append({"finality": finality, "rulings": list(idx), "number": number,
                          "rights_notice": rights_notice(finality)})
        content["parts"] = parts
        stamp = now()
        repo.update_award(award_id, status=APPROVED, number="、".join(p["number"] for p in parts),
                          content=json.dumps(content, ensure_ascii=False), approved_by=actor.username,
                          approved_at=stamp, updated_at=stamp)
        if old is not None:
            repo.update_award(old.id, status=SUPERSEDED, updated_at=stamp)
        if award.kind == AWARD and detail.summary.status is CaseStatus.ARBITRATION:
            _transition(tx, actor, award.case_id, CaseStatus.ARBITRATION, CaseStatus.AWARD, award.award_date,
                        f"作出{_FINALITY_LABELS[award.finality]}")
        else:
            refresh_case(tx, award.case_id)  # the final-award fact may have changed
        tx.audit.append(actor=actor.username, action="arbitration.award_approve", entity="case",
                        entity_id=award.case_id,
                        changes={"award": award_id, "version": award.version, "numbers": [p["number"] for p in parts],
                                 "finality": award.finality, "supersedes": award.supersedes_id,
                                 "award_date": award.award_date.isoformat()})
        return _load_award(tx, award_id)


def correct_award(uow: UnitOfWork, actor: Principal, *, award_id: int, draft: AwardDraft, reason: str) -> Award:
    """A correction (补正) of an approved award: a new draft version in the same lineage that, once
    approved, supersedes the current one. The approved version itself never changes."""
    actor.require(Permission.CHANGE_CASE_STATUS)
    if not reason.strip():
        raise ValidationError({"reason": "请写明更正理由"})
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        if award.status != APPROVED:
            raise ConflictError("只能更正现行有效的已审批文书。", "Only the current approved award can be corrected.")
        if award.kind == MEDIATION or draft.kind != award.kind:
            raise ValidationError({"kind": "更正版本应与原文书种类相同"})
        repo = _repo(tx)
        pending = [a for a in repo.awards(award.case_id) if a.lineage == award.lineage and a.status == DRAFT]
        if pending:
            raise ConflictError("该文书已有待审批的更正版本。", "A correction is already pending.")
        content, cls, absent = _content(tx, award.case_id, draft)
        version = max(a.version for a in repo.awards(award.case_id) if a.lineage == award.lineage) + 1
        stamp = now()
        aid = repo.add_award(case_id=award.case_id, kind=award.kind, lineage=award.lineage, version=version,
                             status=DRAFT, finality=cls.finality, number="", award_date=draft.award_date,
                             default_award=absent, content=json.dumps(content, ensure_ascii=False),
                             supersedes_id=award_id, correction_reason=reason.strip(), approved_by="",
                             approved_at=None, created_by=actor.username, created_at=stamp, updated_at=stamp)
        tx.audit.append(actor=actor.username, action="arbitration.award_correct", entity="case",
                        entity_id=award.case_id, changes={"award": aid, "supersedes": award_id, "version": version,
                                                           "reason": reason.strip()})
        return _load_award(tx, aid)


def get_award(uow: UnitOfWork, actor: Principal, award_id: int) -> Award:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return _load_award(tx, award_id)


def list_awards(uow: UnitOfWork, actor: Principal, case_id: int) -> list[Award]:
    """Every award, partial award and 仲裁调解书 of the case, every version, oldest first."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return _repo(tx).awards(case_id)


def arbitration_overview(uow: UnitOfWork, actor: Principal, case_id: int, *, today: date | None = None
                         ) -> ArbitrationOverview:
    """Everything of the case's arbitration in one read, with its open deadlines."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        detail = _case(tx, case_id)
        repo = _repo(tx)
        return ArbitrationOverview(case_id=case_id, status=detail.summary.status, review=repo.latest_review(case_id),
                                   tribunal=repo.latest_tribunal(case_id),
                                   hearings=tuple(repo.hearings_of_case(case_id)),
                                   suspensions=tuple(repo.suspensions(case_id)),
                                   services=tuple(repo.services(case_id)), awards=tuple(repo.awards(case_id)),
                                   deadlines=tuple(open_deadlines_for(tx, case_id, today or clock.today())))


# --------------------------------------------------------------------------- documents
#
# One context builder per document kind: each turns the stored records into the fields the
# template of ``templates/docs/registry.json`` declares, beyond the case context that
# ``services.documents.build_case_context`` gives every template (parties, claims, number, dates).
# What the records do not hold (a court's name, the hearing place, enclosures...) is the caller's
# ``extra``; ``render_document`` names whatever required field is still missing.

_DEFAULT_LEGAL_BASIS = {
    FINAL: "《中华人民共和国劳动争议调解仲裁法》第四十七条",
    NON_FINAL: "《中华人民共和国劳动争议调解仲裁法》第四十六条、第四十七条",
}
# 办案规则第三十条 items as cited in a 不予受理通知书
_ITEM_TEXT = {1: "第（一）项", 2: "第（二）项", 3: "第（三）项", 4: "第（四）项"}
_LEGACY_BASIS_MARK = "项认定依据】"
_AWARD_TEMPLATES = {"award_final": FINAL, "award_non_final": NON_FINAL}


def _money_fields(amount: Decimal | None) -> dict[str, str]:
    if amount is None:
        return {"amount_yuan": "", "amount_capital": ""}
    return {"amount_yuan": format_yuan(amount), "amount_capital": to_chinese_capital(amount)}


def arbitrator_rows(names: Sequence[str | ArbitratorRef], *, sole: bool | None = None) -> list[dict[str, str]]:
    """``[{"role", "name"}]`` for the signature block: 独任仲裁员, or 首席仲裁员 then 仲裁员."""
    names = [n.name if isinstance(n, ArbitratorRef) else str(n) for n in names]
    names = [n for n in names if n.strip()]
    alone = len(names) == 1 if sole is None else sole
    return [{"role": "独任仲裁员" if alone else ("首席仲裁员" if i == 0 else "仲裁员"), "name": n}
            for i, n in enumerate(names)]


def time_text(dt: datetime) -> str:
    """09:00 -> 上午9时00分, 14:30 -> 下午2时30分."""
    half = "上午" if dt.hour < 12 else "下午"
    hour = dt.hour if dt.hour <= 12 else dt.hour - 12
    return f"{half}{hour}时{dt.minute:02d}分"


def _split_legacy_bases(reasoning: str) -> tuple[str, dict[int, str]]:
    """Older drafts kept each ruling's grounds as lines “【第N项认定依据】…” in the reasoning."""
    keep, bases = [], {}
    for line in reasoning.splitlines():
        if line.startswith("【第") and _LEGACY_BASIS_MARK in line:
            head, _, text = line.partition(_LEGACY_BASIS_MARK)
            try:
                bases[int(head[2:])] = text
                continue
            except ValueError:
                pass
        keep.append(line)
    return "\n".join(keep).strip(), bases


def _contact(actor: Principal, org: Any) -> dict[str, str]:
    out = {"contact_person": actor.display_name}
    if org is not None and org.phone:
        out["contact_phone"] = org.phone
    if org is not None and org.address:
        out["commission_address"] = org.address
    return out


def _accepted_on(review: AcceptanceReview | None) -> dict[str, Any]:
    return {"accepted_on": review.decided_on} if review is not None and review.decision == ACCEPT else {}


def application_context(detail: CaseDetail, org: Any) -> dict[str, Any]:
    """仲裁申请书 (arbitration_application): the case context plus the commission applied to."""
    return {"arbitration_commission": org.name if org is not None else ""}


def acceptance_context(review: AcceptanceReview) -> dict[str, Any]:
    """受理通知书 (acceptance_notice) and 应诉通知书 (respondent_notice): the acceptance date."""
    if review.decision != ACCEPT:
        raise ConflictError("该案未决定受理，不能制作受理通知书或应诉通知书。", "The application was not accepted.")
    return _accepted_on(review)


def non_acceptance_context(review: AcceptanceReview) -> dict[str, Any]:
    """不予受理通知书 (non_acceptance_notice): the reasons, one a line, and the items of 办案规则第三十条 unmet."""
    if review.decision != NOT_ACCEPT:
        raise ConflictError("该案未决定不予受理，不能制作不予受理通知书。", "The application was not refused.")
    text = review.reasons.removeprefix("不符合受理条件：")
    reasons = [r.strip() for r in text.replace("\n", "；").split("；") if r.strip()]
    items = [_ITEM_TEXT[n] for code, _, n in ACCEPTANCE_CONDITIONS
             if n < 4 and not review.checklist.get(code, {}).get("met", True)]
    ctx: dict[str, Any] = {"non_acceptance_reasons": reasons}
    if items:
        ctx["legal_basis"] = "《劳动人事争议仲裁办案规则》第三十条" + "、".join(items)
    return ctx


def jurisdiction_context(review: AcceptanceReview) -> dict[str, Any]:
    """告知书 on jurisdiction (jurisdiction_explanation): why, and the competent commission."""
    if review.decision != WRONG_COMMISSION:
        raise ConflictError("该案未认定不属于本委管辖，不能制作管辖告知书。", "Jurisdiction was not declined.")
    return {"jurisdiction_reason": review.reasons or "本案不属于本委管辖",
            "competent_commission": review.competent_commission}


def tribunal_context(tribunal: Tribunal, review: AcceptanceReview | None = None) -> dict[str, Any]:
    """仲裁庭组成通知书 (tribunal_notice)."""
    sole = tribunal.kind == "sole"
    form = f"由仲裁员{tribunal.presiding.name}独任仲裁" if sole else "由三名仲裁员组成仲裁庭"
    return {**_accepted_on(review), "tribunal_form": form, "arbitrators": arbitrator_rows(tribunal.members, sole=sole)}


def hearing_context(hearing: Hearing) -> dict[str, Any]:
    """开庭通知书 (hearing_notice): date, time, room and arbitrators; the place is the caller's."""
    return {"hearing_date": hearing.day, "hearing_time": time_text(hearing.starts_at), "hearing_room": hearing.room,
            "arbitrators": arbitrator_rows(hearing.arbitrators)}


def postponement_context(hearing: Hearing, new: Hearing | None = None) -> dict[str, Any]:
    """延期审理通知书 (postponement_notice): the postponed hearing and, when set, the new one."""
    if hearing.status != "postponed":
        raise ConflictError("该次开庭未延期，不能制作延期审理通知书。", "The hearing was not postponed.")
    ctx: dict[str, Any] = {"original_hearing_date": hearing.day, "original_hearing_time": time_text(hearing.starts_at),
                           "postponement_reason": hearing.postponement_reason,
                           "requested_by": hearing.postponement_requested_by}
    if new is not None:
        ctx.update(new_hearing_date=new.day, new_hearing_time=time_text(new.starts_at), new_hearing_place=new.room)
    return ctx


def mediation_context(award: Award, *, tribunal: Tribunal | None = None,
                      review: AcceptanceReview | None = None) -> dict[str, Any]:
    """仲裁调解书 (arbitral_mediation): the agreed terms with their sums and dates, and the total."""
    if award.kind != MEDIATION:
        raise ValidationError({"record_id": "该文书不是仲裁调解书"})
    c = award.content
    stored = c.get("agreement_items") or [{"content": a} for a in c.get("agreement", [])]
    items, amounts = [], []
    for i in stored:
        amount = Decimal(i["amount"]) if i.get("amount") not in (None, "") else None
        due = date.fromisoformat(i["due_date"]) if i.get("due_date") else None
        items.append({"content": i["content"], "amount": amount, "due_date": due, "text": i.get("text", ""),
                      **_money_fields(amount)})
        if amount is not None:
            amounts.append(amount)
    names = c.get("arbitrators") or []
    if tribunal is not None and [m.name for m in tribunal.members] == list(names):
        rows = arbitrator_rows(tribunal.members, sole=tribunal.kind == "sole")
    else:
        rows = arbitrator_rows(names)
    ctx: dict[str, Any] = {**_accepted_on(review), "mediation_items": items,
                           "mediation_total": sum(amounts, Decimal("0.00")) if amounts else None,
                           "arbitrators": rows, "clerk": c.get("clerk", ""), "document_date": award.award_date}
    if c.get("performance"):
        ctx["performance"] = c["performance"]
    return ctx


def _part(award: Award, part: str | None) -> tuple[list[AwardPart], AwardPart | None]:
    parts = award.parts
    if part is None:
        return parts, None
    chosen = [p for p in parts if p.finality == part]
    if not chosen:
        raise ValidationError({"part": "该裁决没有这一部分"})
    return parts, chosen[0]


_SUBJECTS = {ClaimKind.UNPAID_PAY: "拖欠的劳动报酬", ClaimKind.BELOW_MINIMUM_WAGE: "低于最低工资标准的工资差额",
             ClaimKind.OVERTIME_PAY: "加班费", ClaimKind.HOLIDAY_PAY: "法定节假日加班工资",
             ClaimKind.DEPOSIT_REFUND: "押金、保证金", ClaimKind.UNLAWFUL_DEDUCTION: "违法扣款",
             ClaimKind.DOUBLE_PAY: "未订立书面劳动合同的二倍工资差额",
             ClaimKind.ECONOMIC_COMPENSATION: "解除劳动合同经济补偿",
             ClaimKind.UNLAWFUL_TERMINATION: "违法解除劳动合同赔偿金", ClaimKind.WORK_INJURY: "工伤（职业伤害）待遇"}
_RETURNED = (ClaimKind.DEPOSIT_REFUND, ClaimKind.UNLAWFUL_DEDUCTION)


def _claim_name(claim: str) -> str:
    """A claim as the applicant put it, without a trailing amount (“拖欠劳动报酬6,790.00元”)."""
    text = claim.strip()
    cut = len(text)
    while cut and (text[cut - 1].isdigit() or text[cut - 1] in ",.元"):
        cut -= 1
    return text[:cut].strip() or text


def operative_clause(r: Ruling, sides: Mapping[str, str], *, effective: str = "本裁决书生效") -> str:
    """The operative clause of one granted ruling (``domain.award_text.obligation_clause``);
    ``sides`` maps party names to their side's label (申请人, 被申请人)."""
    def ref(name: str) -> PartyRef:
        return PartyRef(name, sides.get(name, ""))

    money = _is_money(r)
    if not r.payers and not r.subject and r.text:  # an award drafted before clauses were structured
        return full_stop(r.text + (f"，计{money_text(r.amount)}" if money and r.amount is not None else ""))
    subject = r.subject.strip() or (_SUBJECTS.get(r.claim_kind, "") if r.claim_kind else "") or _claim_name(r.claim)
    return obligation_clause(Obligation(
        subject=subject, payers=tuple(ref(p) for p in r.payers), payee=ref(r.payee) if r.payee else None,
        amount=r.amount if money else None, due_days=r.due_days, due_date=r.due_date, joint=r.joint,
        verb="返还" if r.claim_kind in _RETURNED else "支付"), effective=effective)


def _finality_basis(award: Award, indexes: Sequence[int], finality: str) -> str:
    """Why this instrument is final or non-final, one sentence per ruling, without restating the
    conclusion the rights notice already states."""
    rulings = award.rulings
    limit = Decimal(award.content.get("threshold") or "0")
    parts = []
    for i in indexes:
        r = rulings[i]
        if r.outcome == DISMISSED:
            continue
        cat = r.category or default_category(r.claim_kind)
        name = _claim_name(r.claim)
        if cat == STANDARDS:
            parts.append(f"关于{name}，属于因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议"
                         "（《中华人民共和国劳动争议调解仲裁法》第四十七条第（二）项）")
        elif cat == MONEY and r.amount is not None and limit:
            rel = "不超过" if r.amount <= limit else "超过"
            parts.append(f"关于{name}，裁决数额{format_yuan(r.amount)}{rel}当地月最低工资标准十二个月金额{format_yuan(limit)}")
        elif finality == NON_FINAL:
            parts.append(f"关于{name}，不属于《中华人民共和国劳动争议调解仲裁法》第四十七条规定的终局裁决事项")
    return "；".join(parts) + "。" if parts else ""


def award_context(award: Award, *, part: str | None = None, case_number: str = "",
                  evidence: Sequence[Any] = (), tribunal: Tribunal | None = None,
                  hearings: Sequence[Hearing] = (), review: AcceptanceReview | None = None,
                  parties: Sequence[Any] = (), events: Sequence[Any] = ()) -> dict[str, Any]:
    """The values an award template needs (``award_final`` / ``award_non_final`` / ``partial_award``)
    for the whole award or, with ``part`` FINAL or NON_FINAL, for one instrument of a mixed award
    (``number_suffix`` 之一/之二 and ``related_award_note`` naming the other part). ``evidence``
    (the case's items), ``tribunal``, ``hearings``, ``review``, ``parties`` and ``events`` add the
    evidence relied on, the arbitrators' roles, the account of the proceedings (from the record
    kept at approval, see ``procedure_record``), the acceptance date and the parties' sides.

    ``ruling_items`` are the reasons per ruling; ``operative_items`` the enforceable clauses
    (who pays whom, how much, by when; joint liability) ending with what is dismissed."""
    if award.kind == MEDIATION:
        raise ValidationError({"record_id": "仲裁调解书请使用 mediation_context"})
    c = award.content
    rulings = award.rulings
    parts, chosen = _part(award, part)
    selected = [chosen] if chosen is not None else parts
    indexes = sorted(i for p in selected for i in p.rulings) if selected else list(range(len(rulings)))
    reasoning, legacy = _split_legacy_bases(c.get("reasoning", ""))
    sides = {p.name: p.side.label for p in parties}  # type: ignore[attr-defined]

    ruling_items, legacy_items, operative, amounts, dismissed, partly = [], [], [], [], [], []
    for n, i in enumerate(indexes, start=1):
        r = rulings[i]
        outcome = _OUTCOME_LABELS.get(r.outcome, r.outcome)
        legacy_items.append({"position": n, "claim": r.claim, "outcome": outcome, "text": r.text,
                             "calculation": r.calculation, **_money_fields(r.amount)})
        granted = r.outcome != DISMISSED
        ruling_items.append({"kind_label": _claim_name(r.claim), "amount": r.amount if granted else None,
                             "basis": r.basis or legacy.get(i + 1, ""), "outcome": outcome,
                             "calculation": r.calculation if granted else "",
                             **_money_fields(r.amount if granted else None),
                             "result": operative_clause(r, sides) if granted else ""})
        if not granted:
            dismissed.append(_claim_name(r.claim))
            continue
        operative.append({"text": operative_clause(r, sides), "amount": r.amount if _is_money(r) else None})
        if r.outcome == PARTLY:
            partly.append(_claim_name(r.claim))
        if _is_money(r):
            amounts.append(r.amount)
    whole = chosen is None or len(parts) <= 1
    if operative or dismissed:
        if whole and not operative:
            operative.append({"text": "驳回申请人的全部仲裁请求。", "amount": None})
        else:
            refusal = dismissal_clause(dismissed, partly, whole=whole)
            if refusal:
                operative.append({"text": refusal, "amount": None})

    finality = chosen.finality if chosen is not None else (selected[0].finality if len(selected) == 1
                                                          else award.finality)
    names = c.get("arbitrators") or []
    if tribunal is not None and [m.name for m in tribunal.members] == list(names):
        rows = arbitrator_rows(tribunal.members, sole=tribunal.kind == "sole")
    else:
        rows = arbitrator_rows(names)
    by_id = {e.id: e for e in evidence}
    relied: list[dict[str, str]] = []
    for f in c.get("facts", []):
        for eid in f.get("evidence_ids", []):
            e = by_id.get(eid)
            if e is not None and all(x["title"] != e.title for x in relied):
                relied.append({"title": e.title, "note": e.purpose})
    proc = c.get("procedure")
    if proc is None:  # approved before the record was kept with the award: read it now
        held_now = [h for h in hearings if h.status == "held"]
        proc = {"tribunal": _tribunal_sentence(tribunal),
                "hearings": [[h.day.isoformat(), h.applicant_present, h.respondent_present] for h in held_now],
                "written_reason": next((e.note for e in reversed(list(events)) if e.kind == WRITTEN_REVIEW), ""),
                "mediation_failed": any(e.kind == MEDIATION_FAILED for e in events)}
    held = [(date.fromisoformat(d), a, r) for d, a, r in proc.get("hearings", [])]
    respondents = "、".join(f"被申请人{n}" for n, s in sides.items() if s == PartySide.RESPONDENT.label)  # type: ignore[attr-defined]
    absent = [n for n, s in sides.items() if s == PartySide.RESPONDENT.label]  # type: ignore[attr-defined]
    procedure = procedure_text(tribunal=proc.get("tribunal", ""), hearings=held,
                               written_reason=proc.get("written_reason", ""),
                               mediation_failed=bool(proc.get("mediation_failed")),
                               respondents=respondents if len(absent) == 1 else "被申请人")
    basis = _finality_basis(award, indexes, finality)

    ctx: dict[str, Any] = {
        **_accepted_on(review),
        "award_number": "、".join(p.number for p in selected) or award.number,
        "award_title": award.title, "award_date": award.award_date, "document_date": award.award_date,
        "finality_label": _FINALITY_LABELS.get(finality, ""),
        "facts_found": join_sentences(f.get("text", "") for f in c.get("facts", []) if f.get("text")),
        "evidence_relied": relied, "reasoning": full_stop(reasoning),
        "ruling_items": ruling_items, "operative_items": operative,
        "rulings_total": sum(amounts, Decimal("0.00")) if len(amounts) > 1 else None,
        "legal_basis": c.get("legal_basis") or _DEFAULT_LEGAL_BASIS.get(finality, _DEFAULT_LEGAL_BASIS[NON_FINAL]),
        "arbitrators": rows, "clerk": c.get("clerk", ""), "procedure_text": procedure,
        "rulings": legacy_items, "rights_notice": "\n".join(p.rights_notice for p in selected),
        "default_award": award.default_award, "provisional_execution": c.get("provisional_execution"),
    }
    if held:
        ctx["hearing_dates"] = "、".join(_cn(d) for d in sorted({d for d, _a, _r in held}))
    if finality == FINAL:
        ctx["final_basis"] = basis
    elif finality == NON_FINAL:
        ctx["non_final_basis"] = basis
    if award.kind == PARTIAL:
        ctx.update(partial_scope="关于" + "、".join(_claim_name(rulings[i].claim) for i in indexes) + "的请求",
                   is_final=finality == FINAL)
    if chosen is not None and len(parts) > 1:
        if case_number and chosen.number.startswith(case_number):
            ctx["number_suffix"] = chosen.number[len(case_number):]
        other = next(p for p in parts if p is not chosen)
        claims = "、".join(_claim_name(rulings[i].claim) for i in other.rulings)
        kind = "终局裁决书" if other.finality == FINAL else "非终局裁决书"
        where = other.number[len(case_number):] if case_number and other.number.startswith(case_number) else other.number
        ctx["related_award_note"] = f"申请人关于{claims}的请求，另行制作{kind}（本案{where}）。"
    return ctx


def award_documents(award: Award) -> list[tuple[str, str | None]]:
    """The documents an approved award is made into: (template, part) -- one per instrument, so a
    mixed award gives ``award_final`` and ``award_non_final``; a 仲裁调解书 ``arbitral_mediation``."""
    if award.kind == MEDIATION:
        return [("arbitral_mediation", None)]
    if award.kind == PARTIAL:
        return [("partial_award", p.finality if len(award.parts) > 1 else None) for p in award.parts] or \
            [("partial_award", None)]
    return [("award_final" if p.finality == FINAL else "award_non_final", p.finality) for p in award.parts]


def _pick_award(repo: ArbitrationRepo, case_id: int, record_id: int | None, kind: str, part: str | None) -> Award:
    if record_id is not None:
        award = repo.get_award(record_id)
        if award is None or award.case_id != case_id:
            raise NotFound("找不到该裁决书。", "Award not found.")
        if award.kind != kind:
            raise ValidationError({"record_id": f"该文书是{award.title}，不是{_KIND_TITLES[kind]}"})
    else:
        found = [a for a in repo.awards(case_id) if a.kind == kind and a.status == APPROVED
                 and (part is None or any(p.finality == part for p in a.parts))]
        if not found:
            raise NotFound(f"本案没有已审批的{_KIND_TITLES[kind]}。", "No approved award of that kind.")
        award = found[-1]
    if award.status == DRAFT:
        raise ConflictError(f"{award.title}尚未审批，不能制作正式文书。", "The award is not approved yet.")
    return award


def _pick_hearing(repo: ArbitrationRepo, case_id: int, record_id: int | None, status: str) -> Hearing:
    if record_id is not None:
        hearing = repo.get_hearing(record_id)
        if hearing is None or hearing.case_id != case_id:
            raise NotFound("找不到该开庭安排。", "Hearing not found.")
        return hearing
    found = [h for h in repo.hearings_of_case(case_id) if h.status == status]
    if not found:
        raise NotFound("本案没有可用于制作该通知书的开庭安排。", "No hearing for the notice.")
    return max(found, key=lambda h: (h.starts_at, h.id)) if status == "scheduled" else found[-1]


def document_context(tx: Tx, actor: Principal, *, case_id: int, template: str,
                     record_id: int | None = None) -> tuple[dict[str, Any], int | None]:
    """The overrides ``template`` needs from the stored records of the case, and the id of the award
    it renders (None for the notices). ``record_id`` selects the hearing (hearing and postponement
    notices) or the award (awards, partial awards, 仲裁调解书); by default the latest one that fits.
    For ``partial_award`` a mixed partial award's part may be chosen by passing ``is_final`` in ``extra``
    (see ``render_arbitration_document``)."""
    if template not in ARBITRATION_TEMPLATES:
        raise ValidationError({"template": f"不是仲裁文书模板：{template}"})
    detail = _case(tx, case_id)
    org = tx.org.get() if template == "arbitration_application" else require_commission(tx)
    repo = _repo(tx)
    review = repo.latest_review(case_id)
    ctx: dict[str, Any] = _contact(actor, org)
    if org is not None and template != "arbitration_application":
        ctx["arbitration_commission"] = org.name  # the heading of every instrument of the commission

    def need_review() -> AcceptanceReview:
        if review is None:
            raise ConflictError("本案尚未作出受理审查决定。", "No acceptance review yet.")
        return review

    award_id: int | None = None
    if template == "arbitration_application":
        ctx = application_context(detail, org)
    elif template in ("acceptance_notice", "respondent_notice"):
        ctx.update(acceptance_context(need_review()))
    elif template == "non_acceptance_notice":
        ctx.update(non_acceptance_context(need_review()))
    elif template == "jurisdiction_explanation":
        ctx.update(jurisdiction_context(need_review()))
    elif template == "tribunal_notice":
        tribunal = repo.latest_tribunal(case_id)
        if tribunal is None:
            raise ConflictError("本案尚未组成仲裁庭。", "No tribunal yet.")
        ctx.update(tribunal_context(tribunal, review))
    elif template == "hearing_notice":
        ctx.update(hearing_context(_pick_hearing(repo, case_id, record_id, "scheduled")))
    elif template == "postponement_notice":
        hearing = _pick_hearing(repo, case_id, record_id, "postponed")
        new = next((h for h in repo.hearings_of_case(case_id) if h.previous_id == hearing.id), None)
        ctx.update(postponement_context(hearing, new))
    elif template == "arbitral_mediation":
        award = _pick_award(repo, case_id, record_id, MEDIATION, None)
        ctx.update(mediation_context(award, tribunal=repo.latest_tribunal(case_id), review=review))
        award_id = award.id
    else:
        part = _AWARD_TEMPLATES.get(template)
        award = _pick_award(repo, case_id, record_id, PARTIAL if template == "partial_award" else AWARD, part)
        if part is not None and not any(p.finality == part for p in award.parts):
            raise ValidationError({"template": f"该裁决没有{_FINALITY_LABELS[part]}部分"})
        ctx.update(award_context(award, part=part if len(award.parts) > 1 else None,
                                 case_number=detail.summary.number, evidence=tx.evidence.list_for_case(case_id),
                                 tribunal=repo.latest_tribunal(case_id), hearings=repo.hearings_of_case(case_id),
                                 review=review, parties=detail.parties, events=detail.events))
        award_id = award.id
    return ctx, award_id


def render_arbitration_document(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int,
                                template: str, record_id: int | None = None, extra: Mapping[str, Any] | None = None,
                                today: date | None = None) -> DocumentView:
    """Render one of ``ARBITRATION_TEMPLATES`` through ``services.documents.render_document``: the
    case's context, the fields built from the stored records (``document_context``) and ``extra`` --
    the values only a person can give (a court's name, the hearing place, enclosures...), which
    win over the built ones. A required field still missing is named by ``MissingFields``.

    A mixed award is two documents: ``award_final`` renders its final part (之一) and
    ``award_non_final`` its non-final part (之二). For a mixed partial award, ``extra["is_final"]``
    picks the part (default: the final one). The document of an award's (first) instrument and
    of a 仲裁调解书 is linked to the award (``Award.document_id``)."""
    from mediation_desk.services.documents import render_document

    actor.require(Permission.MANAGE_EVIDENCE)
    extra = dict(extra or {})
    with uow.read() as tx:
        ctx, award_id = document_context(tx, actor, case_id=case_id, template=template, record_id=record_id)
        award = _repo(tx).get_award(award_id) if award_id is not None else None
        number = _case(tx, case_id).summary.number
    if template == "partial_award" and award is not None and len(award.parts) > 1:
        part = FINAL if extra.get("is_final", True) else NON_FINAL
        with uow.read() as tx:
            repo = _repo(tx)
            detail = _case(tx, case_id)
            ctx.update(award_context(award, part=part, case_number=number,
                                     evidence=tx.evidence.list_for_case(case_id),
                                     tribunal=repo.latest_tribunal(case_id), hearings=repo.hearings_of_case(case_id),
                                     review=repo.latest_review(case_id), parties=detail.parties,
                                     events=detail.events))
    view = render_document(uow, renderer, actor, case_id=case_id, template=template,
                           context_overrides={**ctx, **extra}, today=today)
    if award is not None:
        first = award.parts[0].finality if award.parts else None
        chosen = _AWARD_TEMPLATES.get(template)
        if template == "partial_award" and len(award.parts) > 1:
            chosen = FINAL if extra.get("is_final", True) else NON_FINAL
        if chosen is None or first is None or chosen == first:
            with uow.write() as tx:
                _repo(tx).update_award(award.id, document_id=view.id)
                tx.audit.append(actor=actor.username, action="arbitration.award_document", entity="case",
                                entity_id=case_id, changes={"award": award.id, "document": view.id,
                                                            "template": template, "number": view.number})
    return view
