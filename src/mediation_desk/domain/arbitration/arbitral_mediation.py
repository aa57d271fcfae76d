"""The agreed terms of a 仲裁调解书 (劳动争议调解仲裁法第四十二条), each an enforceable clause."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from mediation_desk.domain.award_text import Obligation, PartyRef, obligation_clause
from mediation_desk.domain.cases import CaseDetail, PartySide
from mediation_desk.domain.errors import ValidationError


def agreement_items(agreement: Sequence[str | Mapping[str, Any]], detail: CaseDetail | None = None,
                     mediated_on: date | None = None) -> list[dict[str, Any]]:
    """The agreed terms of a 仲裁调解书, each as an enforceable clause like an agreement item of
    mediation: ``{"obligor"(s), "obligee", "content", "amount", "due_date" or "due_days", "joint"}``.
    A sum of money needs who pays (a party of the case), to whom and by when; any other term with
    an obligor needs its time limit too. A plain text (or a mapping without an obligor) is a
    declaration of the parties (e.g. 申请人放弃其他仲裁请求). Each item keeps its clause as ``text``."""
    sides = {p.name: PartySide.label_of(p.side.value) for p in detail.parties} if detail is not None else {}
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
        due_days: Any = a.get("due_days")
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
