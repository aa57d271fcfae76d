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

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum

from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.errors import ValidationError

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
