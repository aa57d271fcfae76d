"""The labour-dispute tables (劳动争议案件处理情况): what each indicator counts, computed from
per-case facts. Pure: no storage, no clock; ``storage.statistics_repo`` reads the facts and
``services.statistics`` feeds them here one case at a time (memory stays bounded).

How a case is counted for a period [start, end] (both days included) — the program's
operational definitions, written out in docs/statistics.md:

- A case's status on a day is the ``to_status`` of its last status change dated on or before
  that day (ties in the order recorded); before any change it is 登记 (intake).
- A case is *concluded* (已结) while its status is one of 已达成调解协议, 已裁决, 移送法院, 已结案
  or 已撤回; otherwise it is open (未结).
- 上期未结: received before ``start`` and open at the end of the day before ``start``.
- 当期受理: received (registered) within the period, plus the cases that had been concluded before
  the period and re-entered handling within it (恢复处理, e.g. an agreement not performed and the
  case taken to arbitration). A case is counted at most once in a period.
- 结案: of the cases pending at the start or received in the period, those concluded at the end of
  ``end``. The way, date and result are those of the conclusion in force at ``end`` (a case closed,
  reopened and closed again within the period is counted once, by its last conclusion).
- 期末未结 = 上期未结 + 当期受理 − 结案, and is also counted directly as a check.
"""

from __future__ import annotations

import enum
import statistics as pystats
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from mediation_desk.domain.cases import CaseStatus, ClaimKind

CONCLUDED = frozenset({CaseStatus.AGREEMENT.value, CaseStatus.AWARD.value, CaseStatus.HANDOFF.value,
                       CaseStatus.CLOSED.value, CaseStatus.WITHDRAWN.value})
COLLECTIVE_MIN_WORKERS = 10  # 劳动争议调解仲裁法第七条: 劳动者一方在十人以上，并有共同请求
PERIOD_RULES = ("mediation_window", "award", "award_extension")  # the handling periods checked by 超审限

SRC_OPERATIONAL = "本程序的统计口径（docs/statistics.md）"
SRC_ART2 = "劳动争议调解仲裁法第二条（争议范围）；本程序的归类口径"
SRC_ART7 = "劳动争议调解仲裁法第七条"
SRC_ART14_43 = "劳动争议调解仲裁法第十四条、第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条"
SRC_ART47 = "劳动争议调解仲裁法第四十七条"
SRC_WORKFLOWS = "workflows.md（案件流程：调解协议、裁决、撤回、移送法院、结案）；本程序的统计口径"


class Cause(str, enum.Enum):
    PAY = "pay"
    SOCIAL_INSURANCE = "social_insurance"
    CONTRACT = "contract"
    RELATIONSHIP = "relationship"
    OTHER = "other"


class Way(str, enum.Enum):
    MEDIATION = "mediation"
    AWARD = "award"
    WITHDRAWAL = "withdrawal"
    OTHER = "other"


class Result(str, enum.Enum):
    WORKER = "worker"
    EMPLOYER = "employer"
    PARTIAL = "partial"
    NONE = "none"


CAUSE_LABELS: dict[Cause, tuple[str, str]] = {
    Cause.PAY: ("劳动报酬", "Pay"),
    Cause.SOCIAL_INSURANCE: ("社会保险", "Social insurance"),
    Cause.CONTRACT: ("变更、解除、终止劳动合同", "Change, rescission or termination of the contract"),
    Cause.RELATIONSHIP: ("确认劳动关系", "Confirmation of the employment relationship"),
    Cause.OTHER: ("其他", "Other"),
}
WAY_LABELS: dict[Way, tuple[str, str]] = {
    Way.MEDIATION: ("调解", "Mediation"),
    Way.AWARD: ("裁决", "Award"),
    Way.WITHDRAWAL: ("撤回", "Withdrawal"),
    Way.OTHER: ("其他", "Other"),
}
RESULT_LABELS: dict[Result, tuple[str, str]] = {
    Result.WORKER: ("劳动者胜诉", "Worker prevailed"),
    Result.EMPLOYER: ("用人单位胜诉", "Employer prevailed"),
    Result.PARTIAL: ("双方部分胜诉", "Both partly prevailed"),
    Result.NONE: ("不计胜负（撤回、其他方式结案）", "No result (withdrawn or closed otherwise)"),
}

# Every claim kind belongs to one cause (劳动争议调解仲裁法第二条's heads of dispute).
CAUSE_OF_CLAIM: dict[ClaimKind, Cause] = {
    ClaimKind.UNPAID_PAY: Cause.PAY,
    ClaimKind.BELOW_MINIMUM_WAGE: Cause.PAY,
    ClaimKind.OVERTIME_PAY: Cause.PAY,
    ClaimKind.HOLIDAY_PAY: Cause.PAY,
    ClaimKind.DOUBLE_PAY: Cause.PAY,
    ClaimKind.UNLAWFUL_DEDUCTION: Cause.PAY,
    ClaimKind.ECONOMIC_COMPENSATION: Cause.CONTRACT,
    ClaimKind.UNLAWFUL_TERMINATION: Cause.CONTRACT,
    ClaimKind.SOCIAL_INSURANCE: Cause.SOCIAL_INSURANCE,
    ClaimKind.WORK_INJURY: Cause.SOCIAL_INSURANCE,
    ClaimKind.CONFIRM_RELATIONSHIP: Cause.RELATIONSHIP,
    ClaimKind.DEPOSIT_REFUND: Cause.OTHER,
    ClaimKind.RETURN_DOCUMENTS: Cause.OTHER,
    ClaimKind.OTHER: Cause.OTHER,
}
_CAUSE_OF_CODE: dict[str, Cause] = {str(kind.value): cause for kind, cause in CAUSE_OF_CLAIM.items()}
# A case with claims of several causes is counted once, under the first of its causes in this
# order: the relationship first (the other claims depend on it), then the contract's end, social
# insurance, pay, other.
CAUSE_PRIORITY: tuple[Cause, ...] = (Cause.RELATIONSHIP, Cause.CONTRACT, Cause.SOCIAL_INSURANCE, Cause.PAY,
                                     Cause.OTHER)


def cause_of(claim_kinds: Iterable[str]) -> Cause:
    """The one cause a case is counted under, from the kinds of all its claims (its members' too)."""
    found = {_CAUSE_OF_CODE.get(code, Cause.OTHER) for code in claim_kinds}
    for cause in CAUSE_PRIORITY:
        if cause in found:
            return cause
    return Cause.OTHER


def way_of(to_status: str) -> Way:
    """The way a case was concluded, from the status the concluding change moved it to."""
    if to_status == CaseStatus.AGREEMENT.value:
        return Way.MEDIATION
    if to_status == CaseStatus.AWARD.value:
        return Way.AWARD
    if to_status == CaseStatus.WITHDRAWN.value:
        return Way.WITHDRAWAL
    return Way.OTHER  # 已结案 or 移送法院 straight from an open state: 不予受理、调解不成终结、逾期未裁等


GRANTED, PARTLY, DISMISSED = "granted", "partly", "dismissed"  # domain.arbitration.records ruling outcomes


def result_of(way: Way, *, claimed: Decimal, amount: Decimal, rulings: Iterable[str] = ()) -> Result:
    """劳动者胜诉 / 用人单位胜诉 / 双方部分胜诉 of a concluded case (program's operational rule).

    裁决: every ruling granted -> worker; every ruling dismissed -> employer; otherwise both partly.
    Without rulings on record the amounts decide: awarded >= claimed (> 0) -> worker, nothing
    awarded -> employer, otherwise both partly. 调解: agreed >= claimed (> 0) -> worker, otherwise
    both partly (an agreement is a mutual concession). 撤回 and 其他: no result.
    """
    outcomes = list(rulings)
    if way is Way.AWARD:
        if outcomes:
            if all(o == GRANTED for o in outcomes):
                return Result.WORKER
            if all(o == DISMISSED for o in outcomes):
                return Result.EMPLOYER
            return Result.PARTIAL
        if claimed > 0 and amount >= claimed:
            return Result.WORKER
        return Result.EMPLOYER if amount <= 0 else Result.PARTIAL
    if way is Way.MEDIATION:
        return Result.WORKER if claimed > 0 and amount >= claimed else Result.PARTIAL
    return Result.NONE


@dataclass(frozen=True)
class StatusChange:
    on: date
    from_status: str
    to_status: str


@dataclass(frozen=True)
class Timeline:
    """What one period [start, end] needs of a case's status changes (ordered by date, changes of
    one day in the order recorded): the last change before ``start``, the last change on or before
    ``end``, the last concluding change (open -> concluded) on or before ``end``, each as (date,
    to_status) or None, and whether a change dated in the period moved the case from a concluded
    state back to an open one. ``timeline_of`` derives it from the changes; the storage may compute
    the same figures in SQL (and the tests check that both agree)."""

    start: date
    end: date
    before_start: tuple[date, str] | None
    last: tuple[date, str] | None
    last_conclusion: tuple[date, str] | None
    reopened: bool

    def status_before_start(self) -> str:
        return self.before_start[1] if self.before_start is not None else str(CaseStatus.INTAKE.value)

    def status_at_end(self) -> str:
        return self.last[1] if self.last is not None else str(CaseStatus.INTAKE.value)


@dataclass(frozen=True)
class CaseFacts:
    """What the tables need of one case. ``changes`` in recorded order; or, when the storage has
    already reduced them for one period, ``timeline`` (then ``changes`` may be empty)."""

    case_id: int
    received_on: date
    workers: int
    is_group: bool
    claimed: Decimal
    claim_kinds: frozenset[str]
    changes: tuple[StatusChange, ...]
    group: str = ""
    timeline: Timeline | None = None


@dataclass(frozen=True)
class Conclusion:
    on: date
    way: Way
    to_status: str


@dataclass(frozen=True)
class Course:
    """A case as one period sees it."""

    pending_at_start: bool
    received_new: bool
    reopened: bool
    conclusion: Conclusion | None  # the conclusion in force at the end of the period

    @property
    def received(self) -> bool:
        return self.received_new or self.reopened

    @property
    def closed(self) -> bool:
        return self.conclusion is not None


def _ordered(facts: CaseFacts) -> list[StatusChange]:
    """The status changes by date; stable, so changes of one day keep their recorded order."""
    return sorted((c for c in facts.changes if c.to_status), key=lambda c: c.on)


def timeline_of(facts: CaseFacts, start: date, end: date) -> Timeline:
    """The period's view of the case's status changes (``Timeline``), from the changes themselves."""
    before: tuple[date, str] | None = None
    last: tuple[date, str] | None = None
    conclusion: tuple[date, str] | None = None
    reopened = False
    for c in _ordered(facts):
        if c.on > end:
            break
        if c.on < start:
            before = (c.on, c.to_status)
        else:
            reopened = reopened or (c.from_status in CONCLUDED and c.to_status not in CONCLUDED)
        last = (c.on, c.to_status)
        if c.to_status in CONCLUDED and c.from_status not in CONCLUDED:
            conclusion = (c.on, c.to_status)
    return Timeline(start, end, before, last, conclusion, reopened)


def _timeline(facts: CaseFacts, start: date, end: date) -> Timeline:
    t = facts.timeline
    if t is None:
        return timeline_of(facts, start, end)
    if (t.start, t.end) != (start, end):
        raise ValueError(f"case {facts.case_id}: facts read for {t.start}..{t.end}, asked for {start}..{end}")
    return t


def status_on(facts: CaseFacts, day: date) -> str:
    """The status of the last change dated on or before ``day`` (登记 before any)."""
    t = facts.timeline
    if t is not None and not facts.changes:
        if day == t.end:
            return t.status_at_end()
        if day == t.start - timedelta(days=1):
            return t.status_before_start()
        raise ValueError(f"case {facts.case_id}: the status on {day} was not read")
    status = str(CaseStatus.INTAKE.value)
    for change in _ordered(facts):
        if change.on > day:
            break
        status = change.to_status
    return status


def course_of(facts: CaseFacts, start: date, end: date) -> Course | None:
    """How the case counts in [start, end]; None when it is not handled in the period."""
    if facts.received_on > end:
        return None
    t = _timeline(facts, start, end)
    pending = facts.received_on < start and t.status_before_start() not in CONCLUDED
    new = facts.received_on >= start
    reopened = not pending and not new and t.reopened
    if not (pending or new or reopened):
        return None
    conclusion: Conclusion | None = None
    if t.status_at_end() in CONCLUDED:
        # the last open -> concluded change; without one on record, the last change itself
        on, to_status = t.last_conclusion or t.last or (end, t.status_at_end())
        conclusion = Conclusion(on, way_of(to_status), to_status)
    return Course(pending, new, reopened, conclusion)


def evaluation_day(course: Course, as_of: date) -> date:
    """The day 超审限 is judged on: the conclusion's date, or for a case open at the period's end
    ``as_of`` (the period's end, or today when the period ends later)."""
    return course.conclusion.on if course.conclusion is not None else as_of


@dataclass(frozen=True)
class Settled:
    """What a conclusion awarded or agreed: the amount, the award's ruling outcomes, finality."""

    amount: Decimal = Decimal("0")
    rulings: tuple[str, ...] = ()
    final: bool = False  # an approved award that is final, or final in part (§47)


@dataclass(frozen=True)
class CourseGroup:
    """Cases one period counts alike, read as a group (a ``GROUP BY`` over the derived statistics
    rows): how the period sees them, their cause, collective flag and the conclusion in force at
    the end (way, result, a final award, over the handling period on its day; way None: open),
    with their number (``distinct``: distinct cases among them) and the sums of their workers,
    amounts claimed and the amounts their conclusions awarded or agreed."""

    pending_at_start: bool
    received_new: bool
    reopened: bool
    way: Way | None
    cause: Cause
    collective: bool
    result: Result | None
    final: bool
    over_limit: bool
    cases: int
    distinct: int
    workers: int
    claimed: Decimal
    settled: Decimal


# --------------------------------------------------------------------------- indicators


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    english: str
    definition: str
    source: str
    unit: str  # 件 / 人 / 元 / % / 天


def _i(key: str, name: str, english: str, unit: str, definition: str, source: str = SRC_OPERATIONAL) -> Indicator:
    return Indicator(key, name, english, definition, source, unit)


INDICATORS: tuple[Indicator, ...] = (
    _i("pending_start", "上期未结", "Pending at the start", "件",
       "期初前一日结束时尚未结案的案件数（收案日期早于期初，且当日状态不是已达成调解协议、已裁决、移送法院、已结案、已撤回）。"),
    _i("received", "当期受理", "Received", "件",
       "期内登记收案的案件数，加上期初前已结、期内恢复处理的案件数（如调解协议未履行转入仲裁）；每件案件在一个统计期内只计一次。"),
    _i("received_new", "其中：新收案件", "of which newly registered", "件", "收案日期在统计期内的案件数。"),
    _i("received_reopened", "其中：恢复处理", "of which reopened", "件",
       "期初前已结、期内由已结状态转回办理状态的案件数（不属新收案件）。"),
    _i("collective", "集体争议", "Collective disputes", "件",
       "当期受理案件中，按集体（群体）案件登记且劳动者一方十人以上的案件数。", SRC_ART7),
    _i("collective_workers", "集体争议涉及劳动者", "Workers in collective disputes", "人",
       "当期受理的集体争议案件的申请人（劳动者）人数之和。", SRC_ART7),
    _i("workers", "劳动者当事人数", "Workers involved", "人", "当期受理案件的申请人（劳动者）人数之和；集体争议按登记的成员人数计。"),
    *(_i(f"cause_{c.value}", f"争议原因：{CAUSE_LABELS[c][0]}", f"Cause: {CAUSE_LABELS[c][1]}", "件",
         "当期受理案件按争议原因分类，每件只计一次；一案有多项请求的，按确认劳动关系、变更解除终止劳动合同、"
         "社会保险、劳动报酬、其他的顺序取第一项所属原因。请求种类的归类见 docs/statistics.md。", SRC_ART2)
      for c in CAUSE_PRIORITY),
    _i("closed", "结案", "Closed", "件",
       "上期未结及当期受理的案件中，期末日结束时处于已结状态的案件数；每件只计一次，按期末有效的结案方式、日期计。", SRC_WORKFLOWS),
    *(_i(f"way_{w.value}", f"结案方式：{WAY_LABELS[w][0]}", f"Closed by: {WAY_LABELS[w][1]}", "件", d, SRC_WORKFLOWS)
      for w, d in ((Way.MEDIATION, "由办理状态转为“已达成调解协议”结案（含仲裁调解书生效）。"),
                   (Way.AWARD, "由仲裁中转为“已裁决”结案。"),
                   (Way.WITHDRAWAL, "申请人撤回申请（“已撤回”）结案。"),
                   (Way.OTHER, "由办理状态直接转为“已结案”或“移送法院”的（不予受理、调解不成终结、逾期未裁移送等）。"))),
    *(_i(f"result_{r.value}", f"处理结果：{RESULT_LABELS[r][0]}", f"Result: {RESULT_LABELS[r][1]}", "件", d)
      for r, d in ((Result.WORKER, "裁决结案且各项裁决均为支持，或调解结案且协议金额不低于请求金额的案件数。"),
                   (Result.EMPLOYER, "裁决结案且各项请求均被驳回的案件数。"),
                   (Result.PARTIAL, "其余裁决结案和调解结案的案件数。"),
                   (Result.NONE, "撤回和其他方式结案的案件数（不分胜负）。"))),
    _i("pending_end", "期末未结", "Pending at the end", "件", "上期未结 + 当期受理 − 结案。"),
    _i("claimed_received", "请求金额（当期受理）", "Amount claimed (received)", "元",
       "当期受理案件登记的各项请求金额之和（含集体争议成员各自的请求）。"),
    _i("claimed_closed", "请求金额（结案）", "Amount claimed (closed)", "元", "结案案件登记的请求金额之和。"),
    _i("awarded", "裁决金额", "Amount awarded", "元",
       "裁决结案案件经审批的裁决书（含先行裁决书）中支持、部分支持的各项金额之和。", SRC_WORKFLOWS),
    _i("agreed", "调解协议金额", "Amount agreed", "元",
       "调解结案案件最近一次调解协议各条款金额之和；仲裁调解书结案的，取经审批的仲裁调解书所列金额。", SRC_WORKFLOWS),
    _i("closing_rate", "结案率", "Closing rate", "%", "结案 ÷（上期未结 + 当期受理）× 100%。"),
    _i("mediation_rate", "调解率", "Mediation rate", "%", "调解结案 ÷ 结案 × 100%。"),
    _i("mediation_withdrawal_rate", "调撤率", "Mediated or withdrawn rate", "%", "（调解结案 + 撤回结案）÷ 结案 × 100%。"),
    _i("final_awards", "终局裁决", "Final awards", "件",
       "裁决结案案件中，经审批的裁决书为终局裁决或部分终局的案件数。", SRC_ART47),
    _i("final_award_share", "终局裁决占比", "Share of final awards", "%", "终局裁决 ÷ 裁决结案 × 100%。", SRC_ART47),
    _i("duration_median", "办案天数中位数", "Case duration, median", "天",
       "结案案件自收案日至结案日的自然日数的中位数（Python statistics.median）；恢复处理的案件自最初收案日起算。"),
    _i("duration_p90", "办案天数第90百分位", "Case duration, 90th percentile", "天",
       "同上天数的第90百分位：statistics.quantiles(n=10, method='inclusive') 的第9个分位点（线性插值）；只有一件时取该件天数。"),
    _i("over_limit", "超审限", "Over the time limit", "件",
       "上期未结及当期受理的案件中，调解期限（十五日）或仲裁裁决期限（四十五日，经批准延长十五日，扣除中止、公告期间）"
       "的到期日早于结案日，或期末仍未结而到期日早于期末日的案件数。期限按案件事件以本程序的期限规则重新计算。",
       SRC_ART14_43),
    _i("over_limit_closed", "其中：超审限结案", "of which closed late", "件", "结案日晚于期限到期日的结案案件数。", SRC_ART14_43),
    _i("over_limit_open", "其中：超审限未结", "of which open past due", "件", "期末未结且期限到期日早于期末日的案件数。",
       SRC_ART14_43),
)
INDICATOR_BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}


@dataclass(frozen=True)
class Check:
    key: str
    name: str
    english: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class DisputeTable:
    """One table: the figures by indicator key (int counts, Decimal 元, Decimal % or days; None when
    a rate or duration has no cases), and the consistency checks computed with them."""

    start: date
    end: date
    group: str
    values: Mapping[str, int | Decimal | None]
    checks: tuple[Check, ...]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if not c.passed)


_CENT = Decimal("0.01")


def rate(numerator: int, denominator: int) -> Decimal | None:
    """A percentage with two decimals (half up); None when nothing to divide by."""
    if denominator <= 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(_CENT, ROUND_HALF_UP)


def duration_figures(days: Iterable[int]) -> tuple[Decimal | None, Decimal | None]:
    """(median, 90th percentile) of case durations in days, two decimals; (None, None) for no case."""
    data = sorted(days)
    if not data:
        return None, None
    median = Decimal(str(pystats.median(data))).quantize(_CENT, ROUND_HALF_UP)
    if len(data) == 1:
        return median, Decimal(data[0]).quantize(_CENT)
    p90 = pystats.quantiles(data, n=10, method="inclusive")[8]
    return median, Decimal(str(p90)).quantize(_CENT, ROUND_HALF_UP)


@dataclass
class TableBuilder:
    """Adds the cases of one table one at a time, then gives the figures and the checks."""

    start: date
    end: date
    group: str = ""
    as_of: date | None = None  # the day open cases are judged on for 超审限 (default: ``end``)
    counts: dict[str, int] = field(default_factory=dict)
    money: dict[str, Decimal] = field(default_factory=dict)
    durations: list[int] = field(default_factory=list)
    closed_ids: set[int] = field(default_factory=set)
    closed_rows: int = 0
    open_at_end: int = 0
    new_claimed: Decimal = Decimal("0")  # claimed by the newly registered cases (checked against SQL)
    closed_distinct: int = 0  # distinct closed cases counted by groups (``add_group``)

    def _add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def _sum(self, key: str, amount: Decimal) -> None:
        self.money[key] = self.money.get(key, Decimal("0")) + amount

    def add(self, facts: CaseFacts, course: Course, *, settled: Settled | None = None,
            limit_due: date | None = None) -> None:
        """One case handled in the period (``course_of`` not None). ``limit_due``: the due date of its
        handling period as judged on ``evaluation_day``; ``settled``: what its conclusion gave."""
        if course.pending_at_start:
            self._add("pending_start")
        if course.received:
            self._add("received")
            self._add("received_reopened" if course.reopened else "received_new")
            self._add("workers", facts.workers)
            if facts.is_group and facts.workers >= COLLECTIVE_MIN_WORKERS:
                self._add("collective")
                self._add("collective_workers", facts.workers)
            self._add(f"cause_{cause_of(facts.claim_kinds).value}")
            self._sum("claimed_received", facts.claimed)
            if course.received_new:
                self.new_claimed += facts.claimed
        conclusion = course.conclusion
        if conclusion is None:
            if status_on(facts, self.end) not in CONCLUDED:
                self.open_at_end += 1
        else:
            settled = settled or Settled()
            self.closed_rows += 1
            self.closed_ids.add(facts.case_id)
            self._add("closed")
            self._add(f"way_{conclusion.way.value}")
            self._add(f"result_{result_of(conclusion.way, claimed=facts.claimed, amount=settled.amount, rulings=settled.rulings).value}")
            self._sum("claimed_closed", facts.claimed)
            if conclusion.way is Way.AWARD:
                self._sum("awarded", settled.amount)
                if settled.final:
                    self._add("final_awards")
            elif conclusion.way is Way.MEDIATION:
                self._sum("agreed", settled.amount)
            self.durations.append((conclusion.on - facts.received_on).days)
        if limit_due is not None and limit_due < evaluation_day(course, self.as_of or self.end):
            self._add("over_limit")
            self._add("over_limit_closed" if conclusion is not None else "over_limit_open")

    def add_group(self, g: CourseGroup) -> None:
        """``g.cases`` cases counted alike (the same course, cause, collective flag, way, result,
        finality and 超审限 on their conclusion's day) at once, with the sums of their workers and
        amounts: what ``add`` does for each of them. 超审限 of a case open at the end is added by
        ``add_open_over_limit``; the cases open at the end are counted by ``count_open_at_end``."""
        n = g.cases
        if g.pending_at_start:
            self._add("pending_start", n)
        if g.received_new or g.reopened:
            self._add("received", n)
            self._add("received_reopened" if g.reopened else "received_new", n)
            self._add("workers", g.workers)
            if g.collective:
                self._add("collective", n)
                self._add("collective_workers", g.workers)
            self._add(f"cause_{g.cause.value}", n)
            self._sum("claimed_received", g.claimed)
            if g.received_new:
                self.new_claimed += g.claimed
        if g.way is not None:
            self.closed_rows += n
            self.closed_distinct += g.distinct
            self._add("closed", n)
            self._add(f"way_{g.way.value}", n)
            self._add(f"result_{(g.result or Result.NONE).value}", n)
            self._sum("claimed_closed", g.claimed)
            if g.way is Way.AWARD:
                self._sum("awarded", g.settled)
                if g.final:
                    self._add("final_awards", n)
            elif g.way is Way.MEDIATION:
                self._sum("agreed", g.settled)
            if g.over_limit:
                self._add("over_limit", n)
                self._add("over_limit_closed", n)

    def add_durations(self, days: int, cases: int) -> None:
        self.durations.extend([days] * cases)

    def add_open_over_limit(self) -> None:
        """A case open at the end whose handling period's due date was before ``as_of``."""
        self._add("over_limit")
        self._add("over_limit_open")

    def count_open_at_end(self, cases: int) -> None:
        self.open_at_end += cases

    def skip(self, facts: CaseFacts) -> None:
        """A case ``course_of`` left out of the period: it must not be open at the period's end
        (the direct count of the ``pending_end_direct`` check sees it if it is)."""
        if facts.received_on <= self.end and status_on(facts, self.end) not in CONCLUDED:
            self.open_at_end += 1

    def table(self) -> DisputeTable:
        c = self.counts.get
        values: dict[str, int | Decimal | None] = {}
        for ind in INDICATORS:
            if ind.unit in ("件", "人"):
                values[ind.key] = c(ind.key, 0)
            elif ind.unit == "元":
                values[ind.key] = self.money.get(ind.key, Decimal("0")).quantize(_CENT)
        pending_start, received, closed = c("pending_start", 0), c("received", 0), c("closed", 0)
        values["pending_end"] = pending_start + received - closed
        values["closing_rate"] = rate(closed, pending_start + received)
        values["mediation_rate"] = rate(c("way_mediation", 0), closed)
        values["mediation_withdrawal_rate"] = rate(c("way_mediation", 0) + c("way_withdrawal", 0), closed)
        values["final_award_share"] = rate(c("final_awards", 0), c("way_award", 0))
        values["duration_median"], values["duration_p90"] = duration_figures(self.durations)
        return DisputeTable(self.start, self.end, self.group, values, self._checks(values))

    def _checks(self, v: Mapping[str, int | Decimal | None]) -> tuple[Check, ...]:
        def n(key: str) -> int:
            value = v[key]
            return int(value) if value is not None else 0

        def total(keys: Iterable[str]) -> int:
            return sum(n(k) for k in keys)

        causes = total(f"cause_{x.value}" for x in Cause)
        ways = total(f"way_{x.value}" for x in Way)
        results = total(f"result_{x.value}" for x in Result)
        checks = [
            Check("closed_le_available", "结案数不大于上期未结与当期受理之和", "Closed ≤ pending at start + received",
                  n("closed") <= n("pending_start") + n("received"),
                  f"结案 {n('closed')}，上期未结 {n('pending_start')} + 当期受理 {n('received')}"),
            Check("closed_once", "每件结案案件只计一次", "Every closed case counted once",
                  len(self.closed_ids) + self.closed_distinct == self.closed_rows == n("closed"),
                  f"结案 {n('closed')}，不同案件 {len(self.closed_ids) + self.closed_distinct}，计入次数 {self.closed_rows}"),
            Check("received_parts", "新收案件 + 恢复处理 = 当期受理", "New + reopened = received",
                  n("received_new") + n("received_reopened") == n("received"),
                  f"{n('received_new')} + {n('received_reopened')}，当期受理 {n('received')}"),
            Check("causes_sum", "各争议原因之和 = 当期受理", "Causes add up to received", causes == n("received"),
                  f"各原因合计 {causes}，当期受理 {n('received')}"),
            Check("collective_le_received", "集体争议不多于当期受理，其劳动者不多于劳动者当事人数",
                  "Collective disputes within received", n("collective") <= n("received")
                  and n("collective_workers") <= n("workers"),
                  f"集体争议 {n('collective')}/{n('received')}，人数 {n('collective_workers')}/{n('workers')}"),
            Check("ways_sum", "各结案方式之和 = 结案", "Ways of closing add up to closed", ways == n("closed"),
                  f"各方式合计 {ways}，结案 {n('closed')}"),
            Check("results_sum", "各处理结果之和 = 结案", "Results add up to closed", results == n("closed"),
                  f"各结果合计 {results}，结案 {n('closed')}"),
            Check("pending_end_direct", "期末未结（按期末状态直接清点）= 上期未结 + 当期受理 − 结案",
                  "Pending at the end counted directly equals the balance", self.open_at_end == n("pending_end"),
                  f"直接清点 {self.open_at_end}，推算 {n('pending_end')}"),
            Check("over_limit_parts", "超审限结案 + 超审限未结 = 超审限", "Over-limit parts add up",
                  n("over_limit_closed") + n("over_limit_open") == n("over_limit"),
                  f"{n('over_limit_closed')} + {n('over_limit_open')}，超审限 {n('over_limit')}"),
        ]
        return tuple(checks)


def check_period(start: date, end: date) -> None:
    """A period runs forward: raises ValueError (Chinese text) otherwise."""
    if end < start:
        raise ValueError(f"统计期的结束日（{end.isoformat()}）早于开始日（{start.isoformat()}）。")
