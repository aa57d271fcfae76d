"""Mediation agreements, their performance item by item, and what follows a default.

劳动争议调解仲裁法:
* §14: the agreement binds once signed or sealed by both parties and signed by the mediator with
  the organisation's seal; if no agreement within 15 days of the application, a party may
  apply for arbitration;
* §15: if a party does not perform within the agreed time, the other may apply for arbitration;
* §16: where the agreement is about 拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金 and the employer
  does not pay in time, the worker may apply to the people's court for a payment order (支付令)
  with the agreement;
* 解释（一）§51: an agreement that covers only payment may also be sued on directly.
After the agreement takes effect the parties may jointly apply for arbitral review within 15
days or for judicial confirmation within 30 days (deadline rules ``mediation_review`` and
``judicial_confirmation``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum

from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan, to_chinese_capital

# The matters of §16 for which a payment order may be sought on default.
PAYMENT_ORDER_KINDS = frozenset({ClaimKind.UNPAID_PAY, ClaimKind.BELOW_MINIMUM_WAGE, ClaimKind.OVERTIME_PAY,
                                 ClaimKind.HOLIDAY_PAY, ClaimKind.WORK_INJURY, ClaimKind.ECONOMIC_COMPENSATION,
                                 ClaimKind.UNLAWFUL_TERMINATION, ClaimKind.DOUBLE_PAY})


class ProposalSide(LabelledEnum):
    WORKER = ("worker", "申请人（劳动者）")
    EMPLOYER = ("employer", "被申请人（企业）")
    MEDIATOR = ("mediator", "调解员")


class PerformanceState(LabelledEnum):
    PENDING = ("pending", "待履行")
    PERFORMED = ("performed", "已履行")
    PARTIAL = ("partial", "部分履行")
    OVERDUE = ("overdue", "逾期未履行")


class NextStep(str, Enum):
    NONE = "none"
    PAYMENT_ORDER = "payment_order"
    ARBITRATION = "arbitration"


@dataclass(frozen=True)
class AgreementItem:
    """One obligation of the agreement: who pays or does what, for what, by when and how."""

    obligor: str
    obligee: str
    content: str
    claim_kind: ClaimKind | None = None
    amount: Decimal | None = None
    due_on: date | None = None
    method: str = ""  # 银行转账、现金、微信支付……
    paid: Decimal = Decimal("0")
    performed_on: date | None = None
    performed: bool = False


def validate_items(items: tuple[AgreementItem, ...] | list[AgreementItem], *, agreed_on: date) -> None:
    errors: dict[str, str] = {}
    if not items:
        errors["items"] = "调解协议至少要有一项约定"
    for i, it in enumerate(items):
        if not it.obligor.strip():
            errors[f"items[{i}].obligor"] = "请写明履行义务的一方"
        if not it.content.strip():
            errors[f"items[{i}].content"] = "请写明约定的内容"
        if it.amount is not None and it.amount <= 0:
            errors[f"items[{i}].amount"] = "金额应大于零"
        if it.amount is not None and not it.obligee.strip():
            errors[f"items[{i}].obligee"] = "请写明向谁支付（收款的一方）"
        if it.amount is not None and it.obligee.strip() and it.obligee.strip() == it.obligor.strip():
            errors[f"items[{i}].obligee"] = "付款的一方和收款的一方不能相同"
        if it.due_on is None:
            errors[f"items[{i}].due_on"] = "请写明履行期限"
        elif it.due_on < agreed_on:
            errors[f"items[{i}].due_on"] = "履行期限不能早于协议日期"
    if errors:
        raise ValidationError(errors)


def state_of(item: AgreementItem, today: date) -> PerformanceState:
    if item.performed or (item.amount is not None and item.paid >= item.amount):
        return PerformanceState.PERFORMED
    if item.due_on is not None and item.due_on < today:
        return PerformanceState.OVERDUE
    if item.paid > 0:
        return PerformanceState.PARTIAL
    return PerformanceState.PENDING


def record_payment(item: AgreementItem, *, amount: Decimal | None, on: date) -> AgreementItem:
    """A payment (or, for non-money items, performance) on ``on``; returns the updated item."""
    if item.amount is None:
        return replace(item, performed=True, performed_on=on)
    if amount is None or amount <= 0:
        raise ValidationError({"amount": "请填写本次履行的金额"})
    paid = item.paid + amount
    if paid > item.amount:
        raise ValidationError({"amount": f"累计履行金额超过约定金额（约定{item.amount}元，已付{item.paid}元）"})
    return replace(item, paid=paid, performed=paid == item.amount, performed_on=on)


_PAY_VERBS = ("支付", "给付", "退还", "返还", "补发", "补缴", "赔偿", "补偿", "偿还", "发放", "报销")


def _strip_parties(content: str, obligor: str, obligee: str) -> str:
    """The content without a leading "某某（向某某）" that repeats the parties the clause names itself."""
    text = content.strip().rstrip("。；;，,")
    for prefix in (p for p in (obligor, f"由{obligor}") if p.strip()):
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip("，, ")
            break
    text = re.sub(r"^(应当|应|须|需)?(于.{0,24}?前)?", "", text) if text.startswith(("应", "须", "需", "于")) else text
    if obligee and text.startswith(f"向{obligee}"):
        text = text[len(obligee) + 1:]
    return text.strip()


def clause(item: AgreementItem, *, agreed_on: date | None = None) -> str:
    """One item of the agreement as an enforceable sentence of its own.

    A money item names who pays whom, what for, how much (figures and capitals), by when and how:
    "江西永信网络科技有限公司应于2026年12月15日前通过银行转账向杨娟支付2025年4月至5月保底工资人民币
    2,430.50元（大写：贰仟肆佰叁拾元伍角）。" Any other item says who does what by when ("……应于……前
    出具离职证明。"); one performed on signing (due on the agreement's own date) has no deadline."""
    who = item.obligor.strip()
    to = item.obligee.strip()
    text = _strip_parties(item.content, who, to if item.amount is not None else "")
    due = item.due_on
    when = f"应于{numeric_date(due)}前" if due is not None and (agreed_on is None or due > agreed_on) else ""
    if item.amount is not None:
        what = text
        for verb in _PAY_VERBS:
            if what.startswith(verb):
                verb_used, what = verb, what[len(verb):]
                break
        else:
            verb_used = "支付"
        what = what.strip()
        how = f"通过{item.method.strip()}" if item.method.strip() else ""
        if not when:  # a payment is always dated: due on the agreement's own day
            when = f"应于{numeric_date(due)}当日" if due is not None else "应"
        return (f"{who}{when}{how}向{to}{verb_used}{what}人民币{format_yuan(item.amount)}"
                f"（大写：{to_chinese_capital(item.amount)}）。")
    sentence = f"{who}{when}{text}" if when else f"{who}{text}"
    if item.method.strip():
        sentence += f"（履行方式：{item.method.strip()}）"
    return sentence + "。"


@dataclass(frozen=True)
class Entry:
    """A performance entry as the recomputation needs it (``services.mediation.Performance``)."""

    id: int
    amount: Decimal | None
    performed_on: date
    reverses_id: int | None = None


def recompute(item: AgreementItem, entries: Iterable[Entry]) -> AgreementItem:
    """The item's performance from its entries: a correcting entry cancels the one it reverses."""
    entries = list(entries)
    reversed_ids = {e.reverses_id for e in entries if e.reverses_id is not None}
    standing = [e for e in entries if e.reverses_id is None and e.id not in reversed_ids]
    if item.amount is None:
        last = max((e.performed_on for e in standing), default=None)
        return replace(item, paid=Decimal("0"), performed=last is not None, performed_on=last)
    paid = sum((e.amount for e in standing if e.amount is not None), Decimal("0.00"))
    last = max((e.performed_on for e in standing), default=None)
    return replace(item, paid=paid, performed=paid >= item.amount, performed_on=last)


@dataclass(frozen=True)
class DefaultAdvice:
    step: NextStep
    reason: str
    items: tuple[int, ...] = field(default_factory=tuple)  # the overdue items it rests on
    document: str = ""  # template code of the document that goes with it


def advise_on_default(items: tuple[AgreementItem, ...] | list[AgreementItem], today: date) -> DefaultAdvice:
    """What the worker may do when the employer has not performed in time."""
    overdue = [i for i, it in enumerate(items) if state_of(it, today) is PerformanceState.OVERDUE]
    if not overdue:
        return DefaultAdvice(NextStep.NONE, "没有逾期未履行的约定。")
    money = [i for i in overdue if items[i].claim_kind in PAYMENT_ORDER_KINDS and items[i].amount is not None]
    if money:
        return DefaultAdvice(
            NextStep.PAYMENT_ORDER,
            "用人单位在协议约定期限内未支付劳动报酬、工伤医疗费、经济补偿或者赔偿金，劳动者可以持调解协议书"
            "向人民法院申请支付令（劳动争议调解仲裁法第十六条）；也可以就协议向人民法院起诉"
            "（最高人民法院劳动争议解释（一）第五十一条）。",
            tuple(money), "payment_order_application")
    return DefaultAdvice(NextStep.ARBITRATION,
                         "一方当事人在协议约定期限内不履行调解协议，另一方当事人可以依法申请仲裁"
                         "（劳动争议调解仲裁法第十五条）。", tuple(overdue), "arbitration_application")


# ---- the records of a mediation, as stored ----

@dataclass(frozen=True)
class MediationSession:
    id: int
    case_id: int
    held_on: date
    place: str
    participants: str
    mediator: str
    record: str
    recorded_at: datetime
    recorded_by: str
    starts_at: time | None = None
    ends_at: time | None = None


@dataclass(frozen=True)
class Proposal:
    id: int
    case_id: int
    side: ProposalSide
    content: str
    amount: Decimal | None
    proposed_on: date
    recorded_at: datetime
    recorded_by: str
    session_id: int | None = None
    party: str = ""  # which applicant or respondent (or the mediator) put it


@dataclass(frozen=True)
class StoredItem:
    """An agreement item as stored: its row id, its place in the agreement and its state of performance."""

    id: int
    position: int
    item: AgreementItem


@dataclass(frozen=True)
class Performance:
    id: int
    item_id: int
    amount: Decimal | None
    performed_on: date
    note: str
    recorded_at: datetime
    recorded_by: str
    reverses_id: int | None = None  # a correcting entry: the entry it reverses
    reason: str = ""  # why the correcting entry was made

    @property
    def is_correction(self) -> bool:
        return self.reverses_id is not None


@dataclass(frozen=True)
class MediationOutcome:
    id: int
    case_id: int
    outcome: str  # AGREEMENT or FAILED
    decided_on: date
    reason: str
    next_status: str
    created_at: datetime
    created_by: str
    items: tuple[StoredItem, ...] = ()
