"""Shared pieces of the demo-book generator: a fast seeded random stream, lazily computed template
values, amounts and the month arithmetic the synthetic facts use."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
_CENT = Decimal("0.01")


class _Indexable(Protocol[_T_co]):
    def __len__(self) -> int: ...

    def __getitem__(self, index: int, /) -> _T_co: ...


class _Random(random.Random):
    """``random.Random`` with cheaper ``choice``/``randint``/``randrange``.

    The stream is still the Mersenne Twister seeded with the given seed, so
    output is reproducible across runs and platforms; only the mapping from
    ``random()`` to integers differs from the standard methods (and is much
    faster, which matters when generating 100,000 intakes).
    """

    def choice(self, seq: _Indexable[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        n = (stop - start + step - 1) // step
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * int(self.random() * n)


class _Lazy(dict[str, str]):
    """Template values computed only when a template asks for them."""

    def __init__(self, makers: dict[str, Callable[[], str]]) -> None:
        super().__init__()
        self._makers = makers

    def __missing__(self, key: str) -> str:
        value = self._makers[key]()
        self[key] = value
        return value


def _cum(weights: Sequence[int]) -> tuple[int, ...]:
    """Cumulative weights, as ``random.choices(..., cum_weights=...)`` takes them."""
    out: list[int] = []
    total = 0
    for w in weights:
        total += w
        out.append(total)
    return tuple(out)


def _money(value: float | int | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP)


def _yuan_text(d: Decimal) -> str:
    """Amount as written in the facts: ``3,200元`` or ``3,267.50元``."""
    if d == d.to_integral_value():
        return f"{int(d):,}元"
    return f"{d:,.2f}元"


def _ym(d: date) -> str:
    return f"{d.year}年{d.month}月"


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, 28)
    return date(year, month + 1, day)


def _shift_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _month_span(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return _ym(first)
    if first.year == last.year:
        return f"{first.year}年{first.month}月至{last.month}月"
    return f"{_ym(first)}至{_ym(last)}"


def _months_text(n: Decimal) -> str:
    if n == n.to_integral_value():
        return f"{int(n)}个月"
    if n < 1:
        return "半个月"
    return f"{int(n)}个半月"
