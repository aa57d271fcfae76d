"""The years' holiday arrangements an administrator enters from the State Council's notices.

Saving one is a single audited transaction; the deadlines that depended on the year are then
recomputed by :func:`mediation_desk.services.deadlines.recompute_all` (the settings page runs it
at once with a progress dialog; if that is interrupted, the changed fingerprint makes the next
log-in do it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mediation_desk import jurisdiction
from mediation_desk.domain.deadlines import WorkCalendar
from mediation_desk.domain.holiday_arrangements import (FESTIVALS, FestivalEntry, HolidayArrangement,
                                                        build_arrangement)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.deadlines import calendar_for
from mediation_desk.services.ports import UnitOfWork

__all__ = ["YearStatus", "estimate_for", "list_arrangements", "save_arrangement", "year_status"]


@dataclass(frozen=True)
class YearStatus:
    """Where a year's holiday data comes from: ``entered`` (this book, from the notice),
    ``data`` (shipped with the program), ``provisional`` (estimated: deadlines 暂定) or ``missing``."""

    year: int
    source: str
    arrangement: HolidayArrangement | None = None


def list_arrangements(uow: UnitOfWork, actor: Principal) -> list[HolidayArrangement]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return tx.holidays.all()


def year_status(uow: UnitOfWork, actor: Principal, years: Iterable[int]) -> list[YearStatus]:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        entered = {a.year: a for a in tx.holidays.all()}
        cal = calendar_for(tx)
    out = []
    for year in years:
        if year in entered:
            out.append(YearStatus(year, "entered", entered[year]))
        elif year in cal.provisional_years:
            out.append(YearStatus(year, "provisional"))
        elif cal.covers(year):
            out.append(YearStatus(year, "data"))
        else:
            out.append(YearStatus(year, "missing"))
    return out


def estimate_for(uow: UnitOfWork, actor: Principal, year: int) -> tuple[FestivalEntry, ...]:
    """The festivals of ``year`` as the calendar in force has them (the entered arrangement, the
    shipped data or the estimate), to start the form from; days off grouped into blocks."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        entered = tx.holidays.get(year)
        cal = calendar_for(tx)
    if entered is not None:
        return entered.festival_entries()
    return _festivals_of(cal, year)


def _festivals_of(cal: WorkCalendar, year: int) -> tuple[FestivalEntry, ...]:
    if not cal.covers(year):
        return ()
    out = []
    for name in FESTIVALS:
        days = sorted(d for d in cal.holidays if d.year == year and cal.name_of(d).startswith(name[:2]))
        if not days:
            continue
        work = tuple(sorted(d for d in cal.makeup_workdays if d.year == year and cal.name_of(d).startswith(name[:2])))
        out.append(FestivalEntry(name, days[0], days[-1], work))
    return tuple(out)


def save_arrangement(uow: UnitOfWork, actor: Principal, *, year: int, notice_number: str, notice_date: date | None,
                     festivals: Iterable[FestivalEntry], notice_title: str = "",
                     today: date | None = None) -> HolidayArrangement:
    """Check and store ``year``'s arrangement (replacing one entered before), audited."""
    actor.require(Permission.MANAGE_ORGANISATION)
    arrangement = build_arrangement(year=year, notice_number=notice_number, notice_date=notice_date,
                                    festivals=festivals, today=today or clock.today(), notice_title_text=notice_title,
                                    required_days=jurisdiction.statutory_fixed_days(year))
    with uow.write() as tx:
        before = tx.holidays.get(year)
        rid = tx.holidays.put(arrangement, entered_by=actor.username, entered_at=clock.now())
        changes = {"year": year, "notice": arrangement.notice, "days_off": sorted(d.isoformat() for d in arrangement.days_off),
                   "workdays": sorted(d.isoformat() for d in arrangement.workdays)}
        if before is not None:
            changes["replaced"] = {"notice": before.notice, "days_off": sorted(d.isoformat() for d in before.days_off),
                                   "workdays": sorted(d.isoformat() for d in before.workdays)}
        tx.audit.append(actor=actor.username, action="holidays.save", entity="holiday_arrangement", entity_id=year,
                        changes=changes)
        stored = tx.holidays.get(year)
    return stored if stored is not None and stored.id == rid else arrangement
