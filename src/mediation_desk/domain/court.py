"""What the people's courts did with a case: the proceeding brought (起诉, 申请撤销终局裁决,
司法确认, 支付令, 财产保全, 委托调解), its outcome, and the result for each item of the award.

Pure records and rules. The services (``services.court``) read the award from the arbitration
records, check the input here, store it and write the case events that start or close the
statutory periods (``resources/jurisdiction/deadline_rules.json``):

* a lawsuit closes the 15 days to sue (劳动争议调解仲裁法第四十八、五十条) and, because the
  intermediate court does not accept a set-aside application while the worker's suit is pending,
  the employer's 30 days (解释（一）第二十一条);
* a set-aside application closes the 30 days (第四十九条);
* the worker's suit dismissed (驳回起诉) or withdrawn (撤诉) on a final award: the employer's 30 days
  run again from receipt of that ruling (解释（一）第二十一条);
* an award set aside: 15 days to sue from receipt of the ruling (第四十九条第二款);
* a payment order served on the debtor: 15 days to pay or object (民事诉讼法（2023年修正）第二百二十七条).

Award items are numbered as the award prints them: the n-th ruling of the award is item n.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from mediation_desk.domain.arbitration.records import AWARD, FINAL, MIXED, PARTIAL, Award
from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import parse_amount

__all__ = [
    "AwardItemRef",
    "AwardRef",
    "BroughtBy",
    "CourtDecision",
    "CourtItemResult",
    "CourtOutcome",
    "CourtProceeding",
    "FilingInput",
    "ItemResult",
    "ItemResultInput",
    "OutcomeInput",
    "ProceedingKind",
    "allowed_decisions",
    "award_ref",
    "filing_events",
    "outcome_events",
    "validate_filing",
    "validate_outcome",
]


class ProceedingKind(LabelledEnum):
    LAWSUIT = ("lawsuit", "不服仲裁裁决起诉")
    SET_ASIDE = ("set_aside", "申请撤销终局裁决")
    JUDICIAL_CONFIRMATION = ("judicial_confirmation", "申请司法确认调解协议")
    PAYMENT_ORDER = ("payment_order", "申请支付令")
    PRESERVATION = ("preservation", "申请财产保全")
    ENTRUSTED_MEDIATION = ("entrusted_mediation", "法院委托调解")


class CourtDecision(LabelledEnum):
    JUDGMENT = ("judgment", "判决")
    RULING = ("ruling", "裁定")
    COURT_MEDIATION = ("court_mediation", "法院调解")
    WITHDRAWN = ("withdrawn", "撤诉（撤回申请）")
    DISMISSED = ("dismissed", "驳回起诉")
    SET_ASIDE = ("set_aside", "裁定撤销仲裁裁决")
    APPLICATION_REJECTED = ("application_rejected", "裁定驳回申请")
    PAYMENT_ORDER_ISSUED = ("payment_order_issued", "发出支付令")


class ItemResult(LabelledEnum):
    UPHELD = ("upheld", "维持")
    CHANGED = ("changed", "改判")
    SET_ASIDE = ("set_aside", "撤销")


class BroughtBy(LabelledEnum):
    WORKER = ("worker", "劳动者")
    EMPLOYER = ("employer", "用人单位")
    BOTH = ("both", "双方当事人")
    COURT = ("court", "人民法院")


# Which decisions end which kind of proceeding.
_DECISIONS: dict[ProceedingKind, tuple[CourtDecision, ...]] = {
    ProceedingKind.LAWSUIT: (CourtDecision.JUDGMENT, CourtDecision.COURT_MEDIATION, CourtDecision.RULING,
                             CourtDecision.WITHDRAWN, CourtDecision.DISMISSED),
    ProceedingKind.SET_ASIDE: (CourtDecision.SET_ASIDE, CourtDecision.APPLICATION_REJECTED, CourtDecision.WITHDRAWN),
    ProceedingKind.JUDICIAL_CONFIRMATION: (CourtDecision.RULING, CourtDecision.APPLICATION_REJECTED,
                                           CourtDecision.WITHDRAWN),
    ProceedingKind.PAYMENT_ORDER: (CourtDecision.PAYMENT_ORDER_ISSUED, CourtDecision.APPLICATION_REJECTED,
                                   CourtDecision.RULING, CourtDecision.WITHDRAWN),
    ProceedingKind.PRESERVATION: (CourtDecision.RULING, CourtDecision.APPLICATION_REJECTED, CourtDecision.WITHDRAWN),
    ProceedingKind.ENTRUSTED_MEDIATION: (CourtDecision.COURT_MEDIATION, CourtDecision.RULING,
                                         CourtDecision.WITHDRAWN),
}
# Decisions on the merits of the award: only these carry per-item results.
_ITEM_DECISIONS = frozenset({CourtDecision.JUDGMENT, CourtDecision.COURT_MEDIATION, CourtDecision.SET_ASIDE,
                             CourtDecision.APPLICATION_REJECTED})
_AWARD_KINDS = (ProceedingKind.LAWSUIT, ProceedingKind.SET_ASIDE)


def allowed_decisions(kind: ProceedingKind) -> tuple[CourtDecision, ...]:
    """The decisions that may end a proceeding of ``kind`` (for the form's choice list)."""
    return _DECISIONS[kind]


# --------------------------------------------------------------------------- the award as the court sees it


@dataclass(frozen=True)
class AwardItemRef:
    """Item ``no`` of an award: the n-th ruling, its claim, the sum awarded and whether it is final."""

    no: int
    claim: str
    amount: Decimal | None
    final: bool
    claim_kind: ClaimKind | None = None


@dataclass(frozen=True)
class AwardRef:
    id: int
    case_id: int
    number: str
    award_date: date | None
    finality: str  # final / non_final / mixed
    items: tuple[AwardItemRef, ...]

    def item(self, no: int) -> AwardItemRef | None:
        return next((i for i in self.items if i.no == no), None)

    @property
    def final_items(self) -> tuple[AwardItemRef, ...]:
        return tuple(i for i in self.items if i.final)


def award_ref(award: Award) -> AwardRef:
    """The items of an approved award, numbered as printed (ruling n is item n); an item is final
    when it belongs to the award's final part (or the whole award is final)."""
    final_indexes: set[int] = set()
    parts = award.parts
    if parts:
        for part in parts:
            if part.finality == FINAL:
                final_indexes.update(part.rulings)
    elif award.finality == FINAL:
        final_indexes = set(range(len(award.rulings)))
    items = tuple(AwardItemRef(no=i + 1, claim=r.claim, amount=r.amount, final=i in final_indexes,
                               claim_kind=r.claim_kind) for i, r in enumerate(award.rulings))
    return AwardRef(id=award.id, case_id=award.case_id, number=award.number, award_date=award.award_date,
                    finality=award.finality, items=items)


def award_is_challengeable(award: Award) -> bool:
    """Only an approved award (or partial award) can be taken to court."""
    return award.kind in (AWARD, PARTIAL) and award.status == "approved"


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class FilingInput:
    """A proceeding the court has accepted (立案)."""

    case_id: int
    kind: ProceedingKind
    court: str
    filed_on: date
    brought_by: BroughtBy
    court_case_number: str = ""
    award_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ItemResultInput:
    award_item_no: int
    result: ItemResult
    new_amount: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class OutcomeInput:
    """The court's decision. ``received_on``: the day the decision was received (served on the
    party concerned); the periods that run again after it count from this day."""

    decision: CourtDecision
    decided_on: date
    judgment_number: str
    received_on: date | None = None
    items: tuple[ItemResultInput, ...] = ()
    summary: str = ""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class CourtItemResult:
    award_item_no: int
    claim: str
    awarded_amount: Decimal | None
    result: ItemResult
    new_amount: Decimal | None = None
    claim_kind: ClaimKind | None = None
    note: str = ""

    @property
    def result_label(self) -> str:
        return self.result.label


@dataclass(frozen=True)
class CourtOutcome:
    decision: CourtDecision
    decided_on: date
    judgment_number: str
    received_on: date | None
    items: tuple[CourtItemResult, ...]
    summary: str
    judgment_evidence_id: int | None  # the judgment's PDF, registered among the case's files
    recorded_by: str
    recorded_at: datetime

    @property
    def decision_label(self) -> str:
        return self.decision.label


@dataclass(frozen=True)
class CourtProceeding:
    id: int
    case_id: int
    kind: ProceedingKind
    court: str
    filed_on: date
    brought_by: BroughtBy
    court_case_number: str
    award_id: int | None
    award_number: str
    note: str
    created_by: str
    created_at: datetime
    outcome: CourtOutcome | None = None

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def pending(self) -> bool:
        return self.outcome is None

    @property
    def status_text(self) -> str:
        """``"审理中（2026年10月9日立案）"`` or ``"判决（2026年11月20日）"``."""
        if self.outcome is None:
            return f"审理中（{numeric_date(self.filed_on)}立案）"
        return f"{self.outcome.decision.label}（{numeric_date(self.outcome.decided_on)}）"


# --------------------------------------------------------------------------- validation


def _not_future(problems: dict[str, str], key: str, what: str, on: date | None, today: date) -> None:
    if on is not None and on > today:
        problems[key] = f"{what}不能晚于今天（{numeric_date(today)}）"


def validate_filing(f: FilingInput, award: AwardRef | None, today: date, *,
                    received_on: date | None = None) -> FilingInput:
    """The filing, trimmed, or :class:`ValidationError` naming each problem in Chinese.

    ``award``: the award the proceeding concerns (required for a lawsuit or a set-aside
    application). ``received_on``: the day the case was received (立案 cannot precede it)."""
    problems: dict[str, str] = {}
    court = f.court.strip()
    if not court:
        problems["court"] = "请填写受理法院"
    elif len(court) > 200:
        problems["court"] = "法院名称过长"
    number = f.court_case_number.strip()
    if len(number) > 64:
        problems["court_case_number"] = "法院案号过长"
    _not_future(problems, "filed_on", "立案日期", f.filed_on, today)
    if received_on is not None and f.filed_on < received_on:
        problems["filed_on"] = "立案日期不能早于本案收案日期"
    if f.kind in _AWARD_KINDS:
        if award is None:
            problems["award_id"] = f"{f.kind.label}须选择所针对的仲裁裁决书"
        else:
            if award.case_id != f.case_id:
                problems["award_id"] = "所选裁决书不是本案的裁决书"
            elif award.award_date is not None and f.filed_on < award.award_date:
                problems["filed_on"] = "立案日期不能早于裁决日期"
            if f.kind is ProceedingKind.SET_ASIDE:
                if award.finality not in (FINAL, MIXED):
                    problems["kind"] = "非终局裁决不能申请撤销，当事人不服的可以向基层人民法院起诉（劳动争议调解仲裁法第五十条）"
                if f.brought_by is not BroughtBy.EMPLOYER:
                    problems["brought_by"] = "申请撤销终局裁决的只能是用人单位（劳动争议调解仲裁法第四十九条）"
            else:
                if f.brought_by not in (BroughtBy.WORKER, BroughtBy.EMPLOYER):
                    problems["brought_by"] = "请选择起诉的一方：劳动者或用人单位"
                elif award.finality == FINAL and f.brought_by is BroughtBy.EMPLOYER:
                    problems["brought_by"] = ("终局裁决用人单位不能起诉，只能向中级人民法院申请撤销"
                                              "（劳动争议调解仲裁法第四十八、四十九条；解释（一）第十八条）")
    elif f.brought_by is BroughtBy.COURT and f.kind is not ProceedingKind.ENTRUSTED_MEDIATION:
        problems["brought_by"] = "只有委托调解由人民法院提起"
    if f.kind is ProceedingKind.ENTRUSTED_MEDIATION and f.brought_by is not BroughtBy.COURT:
        problems["brought_by"] = "委托调解由人民法院委托，请选择“人民法院”"
    if f.kind is ProceedingKind.JUDICIAL_CONFIRMATION and f.brought_by is not BroughtBy.BOTH:
        problems["brought_by"] = "司法确认由双方当事人共同申请（民事诉讼法第二百零五条）"
    if f.kind not in _AWARD_KINDS and award is not None and award.case_id != f.case_id:
        problems["award_id"] = "所选裁决书不是本案的裁决书"
    if problems:
        raise ValidationError(problems)
    return replace(f, court=court, court_case_number=number, note=f.note.strip(),
                   award_id=award.id if award is not None else None)


def _items(o: OutcomeInput, award: AwardRef | None, problems: dict[str, str]) -> tuple[CourtItemResult, ...]:
    seen: set[int] = set()
    out: list[CourtItemResult] = []
    for entry in o.items:
        key = f"items.{entry.award_item_no}"
        item = award.item(entry.award_item_no) if award is not None else None
        if item is None:
            problems[key] = f"第{entry.award_item_no}项不是该裁决书的裁决事项"
            continue
        if entry.award_item_no in seen:
            problems[key] = f"第{entry.award_item_no}项重复填写"
            continue
        seen.add(entry.award_item_no)
        new_amount: Decimal | None = None
        if entry.result is ItemResult.CHANGED:
            if entry.new_amount is None:
                problems[key] = f"第{entry.award_item_no}项改判，请填写改判后的金额"
                continue
            try:
                new_amount = parse_amount(entry.new_amount)
            except ValidationError as exc:
                problems[key] = f"第{entry.award_item_no}项改判金额：{exc.fields.get('amount', exc.zh)}"
                continue
            if item.amount is not None and new_amount == item.amount:
                problems[key] = f"第{entry.award_item_no}项改判后的金额与裁决金额相同，应为“维持”"
                continue
        elif entry.new_amount is not None:
            problems[key] = f"第{entry.award_item_no}项为“{entry.result.label}”，不应填写改判金额"
            continue
        out.append(CourtItemResult(award_item_no=item.no, claim=item.claim, awarded_amount=item.amount,
                                   result=entry.result, new_amount=new_amount, claim_kind=item.claim_kind,
                                   note=entry.note.strip()))
    return tuple(sorted(out, key=lambda r: r.award_item_no))


def validate_outcome(proceeding: CourtProceeding, o: OutcomeInput, award: AwardRef | None,
                     today: date) -> tuple[OutcomeInput, tuple[CourtItemResult, ...]]:
    """The outcome, trimmed, with its item results (each checked against the award), or
    :class:`ValidationError`.

    A set-aside ruling with no items listed sets aside every final item; a rejected set-aside
    application upholds them. A judgment or court mediation may list the items it decided."""
    problems: dict[str, str] = {}
    if o.decision not in _DECISIONS[proceeding.kind]:
        allowed = "、".join(d.label for d in _DECISIONS[proceeding.kind])
        problems["decision"] = f"{proceeding.kind.label}的结果只能是：{allowed}"
    number = o.judgment_number.strip()
    if not number:
        problems["judgment_number"] = "请填写法院文书的案号（判决书、裁定书、调解书或支付令的编号）"
    elif len(number) > 64:
        problems["judgment_number"] = "文书编号过长"
    _not_future(problems, "decided_on", "裁判日期", o.decided_on, today)
    _not_future(problems, "received_on", "收到裁判文书的日期", o.received_on, today)
    if o.decided_on < proceeding.filed_on:
        problems["decided_on"] = f"裁判日期不能早于立案日期（{numeric_date(proceeding.filed_on)}）"
    if o.received_on is not None and o.received_on < o.decided_on:
        problems["received_on"] = "收到裁判文书的日期不能早于裁判日期"
    items: tuple[CourtItemResult, ...] = ()
    if o.items and o.decision not in _ITEM_DECISIONS:
        problems["items"] = f"“{o.decision.label}”没有对裁决事项作出处理，不能填写逐项结果"
    elif o.items and (proceeding.kind not in _AWARD_KINDS or award is None):
        problems["items"] = "只有针对仲裁裁决的诉讼或撤销申请才有逐项结果"
    elif proceeding.kind is ProceedingKind.SET_ASIDE and award is not None and "decision" not in problems:
        given = o.items
        if not given and o.decision in (CourtDecision.SET_ASIDE, CourtDecision.APPLICATION_REJECTED):
            result = ItemResult.SET_ASIDE if o.decision is CourtDecision.SET_ASIDE else ItemResult.UPHELD
            given = tuple(ItemResultInput(i.no, result) for i in award.final_items)
        items = _items(replace(o, items=given), award, problems)
        for r in items:
            key = f"items.{r.award_item_no}"
            item = award.item(r.award_item_no)
            if item is not None and not item.final:
                problems[key] = f"第{r.award_item_no}项为非终局裁决事项，不属于撤销申请的范围"
            elif r.result is ItemResult.CHANGED:
                problems[key] = "中级人民法院审查撤销申请只能撤销或驳回申请，不能改判"
            elif o.decision is CourtDecision.APPLICATION_REJECTED and r.result is not ItemResult.UPHELD:
                problems[key] = "驳回撤销申请的，裁决事项均为维持"
        if o.decision is CourtDecision.SET_ASIDE and items and not any(r.result is ItemResult.SET_ASIDE
                                                                         for r in items):
            problems["items"] = "撤销裁决的裁定至少应撤销一项裁决事项"
    elif o.items:
        items = _items(o, award, problems)
    if problems:
        raise ValidationError(problems)
    return replace(o, judgment_number=number, summary=o.summary.strip()), items


# --------------------------------------------------------------------------- events that drive the periods


def filing_events(kind: ProceedingKind) -> tuple[str, ...]:
    """The case events a filing writes (dated the filing day)."""
    return {
        ProceedingKind.LAWSUIT: ("lawsuit_filed",),
        ProceedingKind.SET_ASIDE: ("revocation_applied",),
        ProceedingKind.JUDICIAL_CONFIRMATION: ("judicial_confirmation_applied",),
    }.get(kind, ())


def outcome_events(proceeding: CourtProceeding, outcome: OutcomeInput, award_finality: str | None
                   ) -> tuple[tuple[str, date], ...]:
    """The case events an outcome writes, with their dates. The restarts count from receipt of
    the ruling (``received_on``; the decision date when receipt is not recorded)."""
    received = outcome.received_on or outcome.decided_on
    events: list[tuple[str, date]] = []
    if (proceeding.kind is ProceedingKind.LAWSUIT and proceeding.brought_by is BroughtBy.WORKER
            and award_finality in (FINAL, MIXED)
            and outcome.decision in (CourtDecision.DISMISSED, CourtDecision.WITHDRAWN)):
        events.append(("worker_suit_ended", received))
    if proceeding.kind is ProceedingKind.SET_ASIDE and outcome.decision is CourtDecision.SET_ASIDE:
        events.append(("award_set_aside", received))
    if proceeding.kind is ProceedingKind.PAYMENT_ORDER and outcome.decision is CourtDecision.PAYMENT_ORDER_ISSUED:
        events.append(("payment_order_served", received))
    return tuple(events)


def sum_changed(items: Iterable[CourtItemResult]) -> tuple[Decimal, Decimal]:
    """(sum awarded, sum after the court) over the money items of ``items``: an item set aside
    counts 0, an item upheld its awarded sum."""
    awarded = after = Decimal("0.00")
    for r in items:
        if r.awarded_amount is None and r.new_amount is None:
            continue
        awarded += r.awarded_amount or Decimal("0.00")
        if r.result is ItemResult.UPHELD:
            after += r.awarded_amount or Decimal("0.00")
        elif r.result is ItemResult.CHANGED:
            after += r.new_amount or Decimal("0.00")
    return awarded, after


def pending(proceedings: Sequence[CourtProceeding]) -> tuple[CourtProceeding, ...]:
    return tuple(p for p in proceedings if p.outcome is None)
