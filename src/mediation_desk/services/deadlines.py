"""Statutory deadlines of cases: kept current with each case's events, listed across cases.

The computation is ``domain.deadlines.open_deadlines``; this module stores its result per case
(in the transaction that changed the events) so the office-wide view and the reminder at log-in
are one indexed query, and recomputes every case when the rules or holiday data change.

The calendar is the book's: the data files, the years an administrator entered from the State
Council's notices (``tx.holidays``) and, for the years with neither, the provisional estimate; a
date counted through an estimated year is stored with its years and comes back 暂定.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from mediation_desk import jurisdiction
from mediation_desk.domain import deadlines as counting
from mediation_desk.domain.cases import CaseQuery, CaseSummary
from mediation_desk.domain.deadlines import Deadline, DeadlineRule, DeadlineStatus, Interval, WorkCalendar
from mediation_desk.domain.errors import NotFound, OperationCancelled, ValidationError
from mediation_desk.domain.provisional_dates import provisional_reason
from mediation_desk.domain.users import Permission, Principal, Role
from mediation_desk.services import clock
from mediation_desk.services.access import masked_summary, require_case, scoped_query
from mediation_desk.services.ports import DeadlineRow, Tx, UnitOfWork

Progress = Callable[[int, int], bool]
WEEK = 7
RULES_STAMP_KEY = "deadlines.rules_stamp"


def due_date(rule: str | DeadlineRule, start: date, calendar: WorkCalendar | None = None, *,
             extended: bool = False, excluded: Iterable[Interval] = (),
             rules: Mapping[str, DeadlineRule] | None = None) -> date:
    """:func:`mediation_desk.domain.deadlines.due_date` with the jurisdiction's rules and default
    calendar (data files and provisional estimate) where none are given."""
    return counting.due_date(rule, start, calendar if calendar is not None else jurisdiction.default_calendar(),
                             extended=extended, excluded=excluded,
                             rules=rules if rules is not None else jurisdiction.deadline_rules())


def open_deadlines(events: Mapping[str, date], today: date, calendar: WorkCalendar | None = None, *,
                   extensions: Collection[str] = (),
                   suspensions: Mapping[str, Iterable[Interval]] | None = None,
                   facts: Mapping[str, bool] | None = None,
                   rules: Mapping[str, DeadlineRule] | None = None,
                   strict: bool = False) -> list[Deadline]:
    """:func:`mediation_desk.domain.deadlines.open_deadlines` with the jurisdiction's rules and
    default calendar where none are given."""
    return counting.open_deadlines(events, today,
                                   calendar if calendar is not None else jurisdiction.default_calendar(),
                                   rules=rules if rules is not None else jurisdiction.deadline_rules(),
                                   extensions=extensions, suspensions=suspensions, facts=facts, strict=strict)


def _to_row(d: Deadline) -> DeadlineRow:
    return DeadlineRow(code=d.code, name=d.name, start_event=d.start_event, start=d.start, due=d.due,
                       day_kind=d.day_kind.value, source=d.source, problem=d.problem or d.provisional_reason,
                       provisional_years=d.provisional_years)


def calendar_for(tx: Tx) -> WorkCalendar:
    """The book's working calendar: the data files, the arrangements an administrator entered
    (each replaces its year), and the provisional estimate for the years with neither."""
    repo = getattr(tx, "holidays", None)
    entered = repo.all() if repo is not None else []
    base = jurisdiction.default_calendar()
    if not entered:
        return base
    key = tuple((a.year, a.id, a.entered_at, tuple(sorted(a.days_off)), tuple(sorted(a.workdays))) for a in entered)
    cached = _BOOK_CALENDARS.get(key)
    if cached is not None and cached[0] is base:  # refresh_case runs per case of an import: build it once
        return cached[1]
    cal = jurisdiction.calendar_with((a.year, a.days_off.keys(), a.workdays.keys()) for a in entered)
    if len(_BOOK_CALENDARS) >= 8:
        _BOOK_CALENDARS.clear()
    _BOOK_CALENDARS[key] = (base, cal)
    return cal


_BOOK_CALENDARS: dict[tuple[object, ...], tuple[WorkCalendar, WorkCalendar]] = {}


def _case_inputs(tx: Tx, case_id: int, today: date) -> dict[str, Any]:
    """Suspension intervals and facts of a case kept outside its events (the arbitration tables:
    中止审理 and public-notice periods, whether the award is final), when the transaction has them."""
    arbitration = getattr(tx, "arbitration", None)
    if arbitration is None:
        return {}
    return {"suspensions": arbitration.suspensions_for_deadlines(case_id, today) or None,
            "facts": arbitration.deadline_facts(case_id) or None}


def _events(tx: Tx, case_id: int) -> dict[str, date]:
    """The case's events, with the hearing events of the hearing now scheduled when the transaction
    has arbitration records: after a postponement the new hearing's notice is still to be served,
    whatever was served for the postponed one."""
    events = dict(tx.cases.events_of(case_id))
    arbitration = getattr(tx, "arbitration", None)
    hearing_events = getattr(arbitration, "hearing_events", None)
    current = hearing_events(case_id) if hearing_events is not None else {}
    for kind, on in current.items():
        if on is None:
            events.pop(kind, None)
        else:
            events[kind] = on
    return events


def refresh_case(tx: Tx, case_id: int, *, today: date | None = None,
                 calendar: WorkCalendar | None = None) -> list[Deadline]:
    """Recompute and store one case's open deadlines (call inside the write transaction)."""
    today = today or clock.today()
    cal = calendar if calendar is not None else calendar_for(tx)
    deadlines = open_deadlines(_events(tx, case_id), today, cal, **_case_inputs(tx, case_id, today))
    tx.cases.replace_deadlines(case_id, [_to_row(d) for d in deadlines])
    return deadlines


def open_deadlines_for(tx: Tx, case_id: int, today: date) -> list[Deadline]:
    """A case's open deadlines computed now from its events, inside a transaction."""
    return open_deadlines(_events(tx, case_id), today, calendar_for(tx), **_case_inputs(tx, case_id, today))


def case_deadlines(uow: UnitOfWork, actor: Principal, case_id: int, *, today: date | None = None) -> list[Deadline]:
    """The case's open deadlines, computed now from its events (with overdue/today/7-day status)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id)
        today = today or clock.today()
        events = _events(tx, case_id)
        inputs = _case_inputs(tx, case_id, today)
        cal = calendar_for(tx)
    return open_deadlines(events, today, cal, **inputs)


def status_of(due: date | None, today: date) -> DeadlineStatus:
    if due is None:
        return DeadlineStatus.CALENDAR_GAP
    if due < today:
        return DeadlineStatus.OVERDUE
    if due == today:
        return DeadlineStatus.TODAY
    if due <= today + timedelta(days=WEEK):
        return DeadlineStatus.THIS_WEEK
    return DeadlineStatus.LATER


@dataclass(frozen=True)
class DueItem:
    case: CaseSummary
    deadline: DeadlineRow
    status: DeadlineStatus
    days_left: int | None

    @property
    def provisional(self) -> bool:
        return bool(self.deadline.provisional_years)


@dataclass(frozen=True)
class DeadlineOverview:
    today: date
    overdue: int
    due_today: int
    this_week: int
    items: tuple[DueItem, ...]  # soonest first, at most ``limit``; every provisional one, however far
    provisional: int = 0  # open deadlines whose date is provisional (暂定), whenever due
    provisional_years: tuple[int, ...] = ()  # the years whose holiday arrangement they wait for

    @property
    def urgent_provisional(self) -> int:
        """Provisional deadlines among the overdue, due today and due within a week."""
        return sum(1 for i in self.items if i.provisional and i.status in _URGENT)

    @property
    def reminder(self) -> str:
        """The reminder at log-in in Chinese; empty when nothing is due within a week and no date is
        provisional."""
        parts = []
        if self.overdue:
            parts.append(f"{self.overdue}项已逾期")
        if self.due_today:
            parts.append(f"{self.due_today}项今日到期")
        if self.this_week:
            parts.append(f"{self.this_week}项7日内到期")
        text = ("法定期限提醒：" + "，".join(parts) + "。") if parts else ""
        if self.urgent_provisional:
            text += f"其中{self.urgent_provisional}项的到期日为暂定。"
        if self.provisional:
            text += (f"共{self.provisional}项期限的到期日为暂定：" + provisional_reason(self.provisional_years) + "。")
        return text


_URGENT = (DeadlineStatus.OVERDUE, DeadlineStatus.TODAY, DeadlineStatus.THIS_WEEK)


def _scope(actor: Principal, mine_only: bool | None) -> int | None:
    """Administrators and clerks see the office; case handlers see their own cases by default."""
    if mine_only is None:
        mine_only = actor.role not in (Role.ADMINISTRATOR, Role.CLERK)
    return actor.user_id if mine_only else None


def overview(uow: UnitOfWork, actor: Principal, *, today: date | None = None, mine_only: bool | None = None,
             limit: int = 500) -> DeadlineOverview:
    actor.require(Permission.VIEW_CASES)
    today = today or clock.today()
    handler = _scope(actor, mine_only)
    week_end = today + timedelta(days=WEEK)
    referred = scoped_query(actor, CaseQuery()).referred_to  # a lawyer: the cases referred to them
    if referred is not None:
        handler = None
    with uow.read() as tx:
        overdue, due_today, this_week, provisional = tx.cases.deadline_counts(
            today=today, week_end=week_end, handler_id=handler, referred_to=referred)
        rows = tx.cases.deadlines_due(until=week_end, handler_id=handler, limit=limit, include_provisional=True,
                                      referred_to=referred)
    items = tuple(DueItem(case=masked_summary(c), deadline=d, status=status_of(d.due, today),
                          days_left=(d.due - today).days if d.due else None) for c, d in rows)
    years = tuple(sorted({y for i in items for y in i.deadline.provisional_years}))
    return DeadlineOverview(today=today, overdue=overdue, due_today=due_today, this_week=this_week, items=items,
                            provisional=provisional, provisional_years=years)


def rules_stamp(calendar: WorkCalendar | None = None) -> str:
    """A fingerprint of the deadline rules and the holiday calendar in force (the book's, when given:
    an arrangement entered by an administrator changes it)."""
    rules = jurisdiction.deadline_rules()
    cal = calendar if calendar is not None else jurisdiction.default_calendar()
    payload = json.dumps([sorted((k, repr(v)) for k, v in rules.items()), sorted(map(str, cal.holidays)),
                          sorted(map(str, cal.makeup_workdays)), sorted(cal.years), sorted(cal.provisional_years)],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def needs_recompute(uow: UnitOfWork) -> bool:
    with uow.read() as tx:
        stored: object = tx.settings.get(RULES_STAMP_KEY)
        return stored != rules_stamp(calendar_for(tx))


def recompute_all(uow: UnitOfWork, actor: Principal, *, progress: Progress | None = None, batch: int = 2000,
                  reason: str = "") -> int:
    """Recompute every case's deadlines (after the rules or holiday data changed), in batches;
    ``reason`` (e.g. ``"holidays:2027"``) is kept in the audit row."""
    actor.require(Permission.VIEW_CASES)  # derived data, recomputed for whoever opens the book
    with uow.read() as tx:
        total = tx.cases.count(CaseQuery())
        cal = calendar_for(tx)
    stamp = rules_stamp(cal)
    done, last_id, today = 0, 0, clock.today()
    while True:
        with uow.write() as tx:
            ids = tx.cases.active_case_ids(last_id, batch)
            for case_id in ids:
                refresh_case(tx, case_id, today=today, calendar=cal)
            if not ids:
                tx.settings.set(RULES_STAMP_KEY, stamp)
                tx.audit.append(actor=actor.username, action="deadlines.recompute", entity="book", entity_id="deadlines",
                                changes={"cases": done, "rules_stamp": stamp, "reason": reason or "rules_changed"})
                return done
        done += len(ids)
        last_id = ids[-1]
        if progress is not None and not progress(done, max(total, done)):
            raise OperationCancelled()


def check_event_date(code: str, on: date, today: date) -> None:
    labels = jurisdiction.event_labels()
    if code not in labels:
        raise ValidationError({"event": f"未知的事件：{code}"})
    if on > today and code != "hearing_date":
        raise ValidationError({"event_date": "事件日期不能晚于今天（开庭日期除外）"})
