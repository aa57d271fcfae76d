"""Final (终局) or non-final award by amount.

劳动争议调解仲裁法第四十七条第（一）项 [V]: claims for 劳动报酬、工伤医疗费、经济补偿或者赔偿金
"不超过当地月最低工资标准十二个月金额" are decided by final award. 解释（一）第十九条 [V]: with
several items, the award is final when *each* item's amount is within that limit; 第二十条 [V]:
an award mixing final and non-final items is treated as non-final.

These helpers look at amounts only. Whether an item is of a kind §47(一) covers at all, and
the §47(二) disputes (working time, rest, social insurance standards) that are final whatever
the amount, are for the caller to decide.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import parse_amount

__all__ = ["final_award_threshold", "items_exceeding", "is_final_award"]

_CENT = Decimal("0.01")


def final_award_threshold(monthly_minimum_wage: object) -> Decimal:
    """12 × the local monthly minimum wage (e.g. 1,850 -> 22,200.00)."""
    try:
        monthly = parse_amount(monthly_minimum_wage)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ValidationError({"minimum_wage": f"当地月最低工资标准：{next(iter(exc.fields.values()))}"}) from None
    if monthly == 0:
        raise ValidationError({"minimum_wage": "当地月最低工资标准不能为0"})
    return (monthly * 12).quantize(_CENT, rounding=ROUND_HALF_UP)


def _items(item_amounts: Mapping[Hashable, object] | Sequence[object]) -> list[tuple[Hashable, Decimal]]:
    if isinstance(item_amounts, Mapping):
        pairs = list(item_amounts.items())
    elif isinstance(item_amounts, (str, bytes)):
        raise ValidationError({"items": "裁决事项应为金额列表或“事项 -> 金额”"})
    else:
        pairs = list(enumerate(item_amounts))
    if not pairs:
        raise ValidationError({"items": "没有裁决事项金额"})
    out = []
    for key, value in pairs:
        try:
            out.append((key, parse_amount(value)))  # type: ignore[arg-type]
        except ValidationError as exc:
            raise ValidationError({f"items.{key}": f"裁决事项“{key}”的金额：{next(iter(exc.fields.values()))}"}) from None
    return out


def items_exceeding(item_amounts: Mapping[Hashable, object] | Sequence[object],
                    monthly_minimum_wage: object) -> list[Hashable]:
    """The items whose amount exceeds 12 × the monthly minimum wage.

    Keys of a mapping (e.g. claim names), or indices of a sequence, in the given order.
    """
    limit = final_award_threshold(monthly_minimum_wage)
    return [key for key, amount in _items(item_amounts) if amount > limit]


def is_final_award(item_amounts: Mapping[Hashable, object] | Sequence[object],
                   monthly_minimum_wage: object) -> bool:
    """True when every item is at most 12 × the monthly minimum wage (解释（一）第十九条、第二十条)."""
    return not items_exceeding(item_amounts, monthly_minimum_wage)
