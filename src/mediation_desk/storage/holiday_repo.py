"""Holiday arrangements entered by an administrator (implements ``services.ports.HolidayRepo``)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk.domain.holiday_arrangements import HolidayArrangement
from mediation_desk.storage import orm


def _days(text: str) -> dict[date, str]:
    return {date.fromisoformat(k): str(v) for k, v in json.loads(text or "{}").items()}


def _dump(days: dict[date, str]) -> str:
    return json.dumps({d.isoformat(): n for d, n in sorted(days.items())}, ensure_ascii=False)


def _view(row: orm.HolidayArrangementRow) -> HolidayArrangement:
    return HolidayArrangement(year=row.year, notice_title=row.notice_title, notice_number=row.notice_number,
                              notice_date=row.notice_date, days_off=_days(row.days_off), workdays=_days(row.workdays),
                              entered_by=row.entered_by, entered_at=row.entered_at, id=row.id)


class SqlHolidayRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def all(self) -> list[HolidayArrangement]:
        rows = self.s.scalars(select(orm.HolidayArrangementRow).order_by(orm.HolidayArrangementRow.year))
        return [_view(r) for r in rows]

    def get(self, year: int) -> HolidayArrangement | None:
        row = self.s.scalar(select(orm.HolidayArrangementRow).where(orm.HolidayArrangementRow.year == year))
        return None if row is None else _view(row)

    def put(self, arrangement: HolidayArrangement, *, entered_by: str, entered_at: datetime) -> int:
        """Store the year's arrangement, replacing the one entered before (one notice per year)."""
        row = self.s.scalar(select(orm.HolidayArrangementRow)
                            .where(orm.HolidayArrangementRow.year == arrangement.year))
        if row is None:
            row = orm.HolidayArrangementRow(year=arrangement.year)
            self.s.add(row)
        row.notice_title = arrangement.notice_title
        row.notice_number = arrangement.notice_number
        row.notice_date = arrangement.notice_date
        row.days_off = _dump(dict(arrangement.days_off))
        row.workdays = _dump(dict(arrangement.workdays))
        row.entered_by = entered_by
        row.entered_at = entered_at
        self.s.flush()
        return row.id
