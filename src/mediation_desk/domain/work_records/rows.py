"""Order and earnings records: :class:`WorkRecord` is one order (or one deduction entry) of a
platform's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import cast

from mediation_desk.domain.errors import ValidationError

_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")
_HOUR = 3600


def _num(d: Decimal | int | float, places: int = 1) -> str:
    q = Decimal(str(d)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{q:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class WorkRecord:
    """One order (or one deduction entry) of the history.

    Give ``end`` or ``duration``; the other is filled in. ``earnings`` and ``deduction`` are
    yuan (Decimal, not negative); ``deduction`` covers fines and other deductions. ``row`` is the
    sheet row the record came from, if any.
    """

    start: datetime
    end: datetime | None = None
    order_id: str = ""
    earnings: Decimal = _ZERO
    deduction: Decimal = _ZERO
    kind: str = ""
    duration: timedelta | None = None
    row: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.start, datetime):
            raise ValidationError({"start": "开始时间应为日期时间"})
        end = self.end
        if end is None:
            if self.duration is None:
                raise ValidationError({"end": "请给出结束时间或时长"})
            end = self.start + self.duration
            object.__setattr__(self, "end", end)
        elif not isinstance(end, datetime):
            raise ValidationError({"end": "结束时间应为日期时间"})
        elif self.duration is not None and end - self.start != self.duration:
            raise ValidationError({"duration": "结束时间与时长不一致"})
        if (self.start.tzinfo is None) != (end.tzinfo is None):
            raise ValidationError({"end": "开始时间和结束时间应同时带或同时不带时区"})
        if end < self.start:
            raise ValidationError({"end": f"结束时间{end}早于开始时间{self.start}"})
        object.__setattr__(self, "duration", end - self.start)
        for name in ("earnings", "deduction"):
            value = getattr(self, name)
            try:
                amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
            except (InvalidOperation, ValueError):
                raise ValidationError({name: f"金额“{value}”不是数字"}) from None
            if not amount.is_finite() or amount < 0:
                raise ValidationError({name: f"金额“{value}”应为不小于0的数字"})
            object.__setattr__(self, name, amount.quantize(_CENT, rounding=ROUND_HALF_UP))

    @property
    def finish(self) -> datetime:
        """``end``, which construction always sets (from ``duration`` when it was not given)."""
        return cast(datetime, self.end)

    @property
    def seconds(self) -> int:
        return int((self.finish - self.start).total_seconds())
