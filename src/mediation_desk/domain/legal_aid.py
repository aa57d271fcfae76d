"""Legal-aid eligibility of a worker's dispute under the Legal Aid Law (法律援助法, 2022-01-01).

The check applies:
* art. 31: matters covered when the applicant, for economic hardship, has no agent — among them
  (二) social-insurance benefits, (五) confirming a labour relationship or paying labour
  remuneration, (七) personal-injury damages from work accidents;
* art. 42 (三): migrant workers (进城务工人员) applying for labour remuneration or work-injury
  damages need no economic-hardship *check* (they still state their circumstances, art. 41);
* art. 44: aid may be given first when fewer than 7 days remain before a limitation or another
  time limit, or when preservation or provisional execution is urgent;
* art. 43: a decision within 7 days and, if granted, a lawyer assigned within 3 days (these
  clocks are deadline rules ``legal_aid_decision`` and ``legal_aid_assignment``).
Art. 68 applies the law to trade-union legal aid by reference. The province sets the hardship
standard (art. 34); this module takes the applicant's situation as an answer, not a figure.
Whether other labour matters (economic compensation, double pay...) are covered depends on
local rules under art. 31 (九): they are reported as "depends on local rules", never refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from mediation_desk.domain.cases import ClaimKind, LabelledEnum

REMUNERATION = frozenset({ClaimKind.UNPAID_PAY, ClaimKind.BELOW_MINIMUM_WAGE, ClaimKind.OVERTIME_PAY,
                          ClaimKind.HOLIDAY_PAY, ClaimKind.UNLAWFUL_DEDUCTION, ClaimKind.DEPOSIT_REFUND})
COVERED: dict[ClaimKind, str] = {
    ClaimKind.CONFIRM_RELATIONSHIP: "请求确认劳动关系（法律援助法第三十一条第五项）",
    ClaimKind.SOCIAL_INSURANCE: "请求给予社会保险待遇（第三十一条第二项）",
    ClaimKind.WORK_INJURY: "请求工伤事故人身损害赔偿（第三十一条第七项）",
    **{k: "请求支付劳动报酬（第三十一条第五项）" for k in REMUNERATION},
}
URGENT_DAYS = 7  # art. 44


class Hardship(str, Enum):
    MEETS_STANDARD = "meets_standard"  # 符合当地经济困难标准
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Verdict(str, Enum):
    ELIGIBLE = "eligible"  # 符合条件
    ELIGIBLE_PENDING_HARDSHIP = "pending_hardship"  # 事项符合，待审查经济困难
    NOT_ELIGIBLE = "not_eligible"


VERDICT_LABELS = {Verdict.ELIGIBLE: "符合法律援助条件", Verdict.ELIGIBLE_PENDING_HARDSHIP: "事项符合，待核查经济困难状况",
                  Verdict.NOT_ELIGIBLE: "不符合法律援助条件"}


@dataclass(frozen=True)
class AidApplicant:
    claims: tuple[ClaimKind, ...]
    migrant_worker: bool  # 进城务工人员
    has_agent: bool  # 已委托代理人
    hardship: Hardship = Hardship.UNKNOWN
    days_to_nearest_deadline: int | None = None  # limitation or another time limit
    urgent_preservation: bool = False  # 保全 / 先予执行 urgently needed


@dataclass(frozen=True)
class Eligibility:
    verdict: Verdict
    covered_matters: tuple[str, ...]
    reasons: tuple[str, ...]
    hardship_check_waived: bool
    urgent: bool
    urgent_reason: str = ""

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]


def check_eligibility(applicant: AidApplicant) -> Eligibility:
    reasons: list[str] = []
    matters = sorted({COVERED[k] for k in applicant.claims if k in COVERED})
    local = [k.label for k in applicant.claims if k not in COVERED]
    if matters:
        reasons.append("援助事项：" + "；".join(matters) + "。")
    if local:
        reasons.append("、".join(local) + "不在第三十一条列举的事项中，能否援助取决于本省规定（第三十一条第九项）。")
    waived = applicant.migrant_worker and any(k in REMUNERATION or k is ClaimKind.WORK_INJURY for k in applicant.claims)
    urgent_reason = ""
    if applicant.days_to_nearest_deadline is not None and applicant.days_to_nearest_deadline < URGENT_DAYS:
        urgent_reason = (f"距时效或期限届满仅剩{max(applicant.days_to_nearest_deadline, 0)}日，"
                         "法律援助机构可以先行提供法律援助（第四十四条第一项）")
    elif applicant.urgent_preservation:
        urgent_reason = "需要立即申请财产保全、证据保全或者先予执行，可以先行提供法律援助（第四十四条）"
    urgent = bool(urgent_reason)

    if applicant.has_agent:
        reasons.append("申请人已委托代理人：第三十一条的援助以“没有委托代理人”为前提。")
        return Eligibility(Verdict.NOT_ELIGIBLE, tuple(matters), tuple(reasons), waived, urgent, urgent_reason)
    if not matters and not local:
        reasons.append("没有可以援助的请求事项。")
        return Eligibility(Verdict.NOT_ELIGIBLE, (), tuple(reasons), waived, urgent, urgent_reason)
    if waived:
        reasons.append("申请人为进城务工人员，申请支付劳动报酬或者工伤事故人身损害赔偿，免予核查经济困难状况"
                       "（第四十二条第三项），但应当如实说明经济困难状况（第四十一条）。")
        verdict = Verdict.ELIGIBLE if matters else Verdict.ELIGIBLE_PENDING_HARDSHIP
    elif applicant.hardship is Hardship.MEETS_STANDARD:
        reasons.append("申请人符合本省经济困难标准（第三十四条）。")
        verdict = Verdict.ELIGIBLE if matters else Verdict.ELIGIBLE_PENDING_HARDSHIP
    elif applicant.hardship is Hardship.NOT_MET:
        reasons.append("申请人不符合经济困难标准，且不属于免予核查的情形。")
        verdict = Verdict.NOT_ELIGIBLE
    else:
        reasons.append("尚需核查经济困难状况（第四十一条：可通过信息共享查询或由申请人作出个人诚信承诺）。")
        verdict = Verdict.ELIGIBLE_PENDING_HARDSHIP
    if urgent:
        reasons.append(urgent_reason + "。")
    return Eligibility(verdict, tuple(matters), tuple(reasons), waived, urgent, urgent_reason)


class ReferralStatus(LabelledEnum):
    REFERRED = ("referred", "已转介，待决定")
    ACCEPTED = ("accepted", "已决定给予法律援助")
    REFUSED = ("refused", "决定不给予法律援助")
    LAWYER_ASSIGNED = ("lawyer_assigned", "已指派律师")
    CONCLUDED = ("concluded", "援助事项已办结")


@dataclass(frozen=True)
class Referral:
    """A referral of a case's worker to a legal-aid centre or union service point, and its course."""

    id: int
    case_id: int
    centre: str
    referred_on: date
    status: ReferralStatus
    verdict: Verdict
    reasons: tuple[str, ...]
    urgent: bool
    decided_on: date | None = None
    decision_reason: str = ""
    lawyer_user_id: int | None = None
    lawyer_name: str = ""
    assigned_on: date | None = None
    outcome: str = ""
    outcome_on: date | None = None
    created_by: str = ""
