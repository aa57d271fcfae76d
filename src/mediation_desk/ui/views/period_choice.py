"""The period choice the report pages share (统计, 平台用工, 裁审衔接): month, quarter, year or custom,
from a combo ``ui.kind`` and two date edits ``ui.date_from`` / ``ui.date_to`` of the page's form."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from mediation_desk.ui.widgets import from_qdate, to_qdate

KINDS = ("month", "quarter", "year", "custom")


def period_of(kind: str, day: date) -> tuple[date, date]:
    """The month, quarter or year that contains ``day``: (first day, last day)."""
    if kind == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    first_month = day.month if kind == "month" else 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    months = 1 if kind == "month" else 3
    nxt = date(start.year + (first_month + months - 1) // 12, (first_month + months - 1) % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


class PeriodChoice:
    """Mixed into a page whose form has ``kind``, ``date_from`` and ``date_to``."""

    ui: Any

    def kind(self) -> str:
        return str(self.ui.kind.currentData())

    def period(self) -> tuple[date, date]:
        return from_qdate(self.ui.date_from.date()), from_qdate(self.ui.date_to.date())

    def set_period(self, kind: str, start: date, end: date | None = None) -> None:
        self.ui.kind.setCurrentIndex(KINDS.index(kind))
        self.ui.date_from.setDate(to_qdate(start))
        if kind == "custom" and end is not None:
            self.ui.date_to.setDate(to_qdate(end))
        self._snap()

    def _snap(self) -> None:
        """Month, quarter, year: the period that contains the start day; custom: both days free."""
        kind = self.kind()
        self.ui.date_to.setEnabled(kind == "custom")
        if kind == "custom":
            return
        start, end = period_of(kind, from_qdate(self.ui.date_from.date()))
        for edit, day in ((self.ui.date_from, start), (self.ui.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
