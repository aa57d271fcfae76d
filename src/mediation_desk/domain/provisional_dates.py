"""A date that is provisional (暂定): counted with a holiday calendar that is an estimate.

The State Council publishes each year's holiday arrangement (国务院办公厅关于某年部分节假日
安排的通知) only in the November before. A period that ends in a year without the notice is
still counted, with the weekends and the statutory holidays known in advance (全国年节及纪念日
放假办法), and the result is a :class:`ProvisionalDate`: equal to the same plain ``date`` in
every comparison, but it says that it is provisional and why. Make-up working days (调休上班)
and bridged days (连休) cannot be known before the notice, which is why the date may still move.

Every place that prints a date through :mod:`mediation_desk.domain.chinese_dates` (documents)
or the interface's date helpers shows the mark, so the mark travels with the value. In a
document context (plain JSON values) the date is written ``"2027-01-18（暂定）"``, which
:func:`mediation_desk.domain.chinese_dates.parse_date` reads back as a provisional date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

__all__ = ["MARK", "MARK_EN", "ProvisionalDate", "is_provisional", "provisional", "provisional_reason",
           "provisional_reason_en", "provisional_years", "years_text"]

MARK = "暂定"
MARK_EN = "provisional"
_SUFFIX = f"（{MARK}）"


def years_text(years: Iterable[int], sep: str = "、") -> str:
    return sep.join(str(y) for y in sorted(set(years)))


def provisional_reason(years: Iterable[int]) -> str:
    """Why a date is provisional, in Chinese (stored with the deadline and shown beside it)."""
    text = years_text(years)
    return (f"{text}年的节假日安排（国务院办公厅通知）尚未录入：本日期按周末和法定节假日推算，"
            f"未计调休上班日和连休安排，录入通知后自动重新计算")


def provisional_reason_en(years: Iterable[int]) -> str:
    text = years_text(years, ", ")
    return (f"The holiday arrangement for {text} (State Council notice) has not been entered: this date counts "
            "weekends and statutory holidays only, without make-up working days or bridged days, and is "
            "recomputed when the notice is entered")


class ProvisionalDate(date):
    """A ``date`` computed with an estimated calendar for ``years``.

    It compares and hashes like the plain date, so code that only needs the day keeps working;
    code that prints it can tell (``is_provisional``) and say why (``reason``). Adding or
    subtracting days gives a date that is provisional for the same reason.
    """

    years: tuple[int, ...]

    def __new__(cls, year: int | bytes, month: int | None = None, day: int | None = None,
                years: Iterable[int] = ()) -> "ProvisionalDate":
        if month is None:  # the pickle form date(bytes)
            self = date.__new__(cls, year)  # type: ignore[call-arg, arg-type]  # date(bytes) is not in the stubs
        else:
            if isinstance(year, bytes) or day is None:
                raise TypeError("ProvisionalDate(year, month, day, years)")
            self = date.__new__(cls, year, month, day)
        self.years = tuple(sorted(set(int(y) for y in years)))
        return self

    @classmethod
    def of(cls, d: date, years: Iterable[int]) -> "ProvisionalDate":
        return cls(d.year, d.month, d.day, years)

    @property
    def reason(self) -> str:
        return provisional_reason(self.years or (self.year,))

    @property
    def reason_en(self) -> str:
        return provisional_reason_en(self.years or (self.year,))

    def plain(self) -> date:
        return date(self.year, self.month, self.day)

    def __add__(self, other: Any) -> Any:
        result = date.__add__(self.plain(), other)
        return ProvisionalDate.of(result, self.years) if isinstance(result, date) else result

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return ProvisionalDate.of(self.plain() - other, self.years)
        if isinstance(other, date):
            return self.plain() - (other.plain() if isinstance(other, ProvisionalDate) else other)
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, date):
            return other - self.plain()
        return NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        return (ProvisionalDate, (self.year, self.month, self.day, self.years))

    def __repr__(self) -> str:
        return f"ProvisionalDate({self.year}, {self.month}, {self.day}, years={self.years!r})"

    def marked_iso(self) -> str:
        """``2027-01-18（暂定）``: how a document context carries it."""
        return self.isoformat() + _SUFFIX


def is_provisional(value: object) -> bool:
    return isinstance(value, ProvisionalDate)


def provisional_years(value: object) -> tuple[int, ...]:
    return value.years if isinstance(value, ProvisionalDate) else ()


def provisional(d: date, years: Iterable[int]) -> date:
    """``d`` marked provisional for ``years``; ``d`` itself when ``years`` is empty."""
    years = tuple(years)
    return ProvisionalDate.of(d, years) if years else d


def strip_mark(text: str) -> tuple[str, bool]:
    """(text without a trailing ``（暂定）``, whether it had one)."""
    stripped = text.rstrip()
    for suffix in (_SUFFIX, f"({MARK})", MARK):
        if stripped.endswith(suffix):
            return stripped[: -len(suffix)].rstrip(), True
    return text, False
