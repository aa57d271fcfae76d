"""Calendar arithmetic shared by the statutory periods and the calculators."""

from __future__ import annotations

import calendar
from datetime import date

__all__ = ["add_months"]


def add_months(d: date, months: int) -> date:
    """The same day number ``months`` later (or earlier, for a negative number); the month's last
    day when that number does not exist (民法典第二百零二条: 2026-01-31 plus one month is 2026-02-28)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
