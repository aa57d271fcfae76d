"""Dates as Chinese legal documents write them.

* :func:`chinese_date` -- the date under a seal, in Chinese numerals:
  ``date(2026, 11, 29)`` -> ``二〇二六年十一月二十九日``. Years are written digit by digit
  with 〇 for zero; months and days as counted numbers (十, 十一, 二十, 二十九, 三十一).
* :func:`numeric_date` -- the date in a running text or a form: ``2026年11月29日``.
* :func:`chinese_count` -- a small whole number in Chinese (``15`` -> ``十五``), as in
  ``十五日内``.
* :func:`parse_date` -- accepts a ``date``/``datetime`` or an ISO text ``2026-11-29`` (what
  document contexts carry) and returns a ``date``.

A provisional date (:class:`~mediation_desk.domain.provisional_dates.ProvisionalDate`, a
deadline counted before the year's holiday arrangement was published) keeps its mark: both
forms end in ``（暂定）``, and the ISO text ``2027-01-18（暂定）`` reads back as provisional.
"""

from __future__ import annotations

from datetime import date, datetime

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.provisional_dates import MARK, ProvisionalDate, strip_mark

__all__ = ["chinese_date", "numeric_date", "chinese_count", "chinese_year", "parse_date"]

_DIGITS = "〇一二三四五六七八九"
_COUNT = "零一二三四五六七八九"


def parse_date(value: date | datetime | str) -> date:
    """A ``date`` from a ``date``, a ``datetime`` (its date) or ISO text (``2026-11-29``)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text, marked = strip_mark(value.strip())
        try:
            d = date.fromisoformat(text[:10])
        except ValueError:
            pass
        else:
            return ProvisionalDate.of(d, (d.year,)) if marked else d
    raise ValidationError({"date": f"日期格式不正确：{value!r}（应为2026-11-29的形式）"})


def chinese_count(n: int) -> str:
    """0 <= n < 100 in Chinese counting numerals: 0 零, 10 十, 11 十一, 20 二十, 31 三十一."""
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 100:
        raise ValueError(f"chinese_count takes 0..99, not {n!r}")
    tens, units = divmod(n, 10)
    if tens == 0:
        return _COUNT[units]
    head = "" if tens == 1 else _COUNT[tens]
    return head + "十" + ("" if units == 0 else _COUNT[units])


def chinese_year(year: int) -> str:
    """``2026`` -> ``二〇二六`` (digit by digit)."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise ValueError(f"not a year: {year!r}")
    return "".join(_DIGITS[int(ch)] for ch in str(year))


def chinese_date(value: date | datetime | str) -> str:
    """``二〇二六年十一月二十九日`` (the form used on agreements, awards and notices)."""
    d = parse_date(value)
    return f"{chinese_year(d.year)}年{chinese_count(d.month)}月{chinese_count(d.day)}日" + _mark(d)


def numeric_date(value: date | datetime | str) -> str:
    """``2026年11月29日`` (no leading zeros)."""
    d = parse_date(value)
    return f"{d.year}年{d.month}月{d.day}日" + _mark(d)


def _mark(d: date) -> str:
    return f"（{MARK}）" if isinstance(d, ProvisionalDate) else ""
