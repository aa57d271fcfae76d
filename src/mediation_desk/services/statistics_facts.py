"""The derived statistics rows of a case (``case_stat_facts`` and ``case_stat_states``,
docs/statistics.md "The derived statistics rows"): what the dispute tables count of a case, computed
once by the tables' own rules (``domain.statistics``) and stored, so that a period's table is a
``GROUP BY`` over narrow rows instead of a walk over every case's history.

A case's facts do not depend on the period: its received day, workers, collective flag, cause,
amount claimed, presiding arbitrator, and what an award or an agreement would settle. Its status
changes are stored as one row per day on which its status changed (``StateRow``): the status at the
end of that day (open or concluded), the conclusion in force then (``course_of``'s: the last
concluding change so far, else the last change), its way, date and duration in days, whether the
handling period (超审限) was over on that conclusion's day, and how many changes so far left a
concluded state (a period reopened the case when that count grew within it). So for any period the
status at the end of the day before it and at the end of its last day are the two rows covering
those days, which is all ``domain.statistics.Timeline`` needs (``tests/unit/test_statistics_facts.py``
checks every period of the hand-built book against ``timeline_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from mediation_desk.domain.deadlines import DeadlineRule, WorkCalendar
from mediation_desk.domain.statistics import (COLLECTIVE_MIN_WORKERS, CONCLUDED, Result, Way, cause_of,
                                              result_of, way_of)
from mediation_desk.services.ports import CaseStatRecord
from mediation_desk.services.statistics import limit_due, settled_of


EARLIEST = date(1, 1, 1)  # the first day row of every case runs from here (status 登记 until its first change)


@dataclass(frozen=True)
class FactRow:
    """``case_stat_facts``: one row per case. Amounts in fen (integers, exact sums in SQL)."""

    case_id: int
    received_on: date
    workers: int
    collective: bool
    cause: str
    claimed_fen: int
    arbitrator: str
    award_fen: int
    award_result: str
    award_final: bool
    agreed_fen: int
    agreed_result: str


@dataclass(frozen=True)
class StateRow:
    """``case_stat_states``: the case as it stood at the end of ``day_from`` and every day before
    ``day_to`` (the next day its status changed; None: up to now)."""

    case_id: int
    day_from: date
    day_to: date | None
    received_on: date  # the case's, repeated so that a period leaves out the rows it does not need
    open: bool
    way: str | None  # of the conclusion in force, when concluded
    concluded_on: date | None
    days: int | None  # concluded_on - received_on
    over_limit: bool  # the handling period's due date was before concluded_on
    reopen_seq: int  # changes so far that left a concluded state


def fen(amount: Decimal | None) -> int:
    return int((amount or Decimal("0")).quantize(Decimal("0.01")) * 100)


def fact_row(record: CaseStatRecord) -> FactRow:
    f = record.facts
    award = settled_of(record, Way.AWARD)
    agreed = settled_of(record, Way.MEDIATION)
    return FactRow(
        case_id=f.case_id, received_on=f.received_on, workers=f.workers,
        collective=f.is_group and f.workers >= COLLECTIVE_MIN_WORKERS, cause=cause_of(f.claim_kinds).value,
        claimed_fen=fen(f.claimed), arbitrator=record.arbitrators[0] if record.arbitrators else "",
        award_fen=fen(award.amount),
        award_result=result_of(Way.AWARD, claimed=f.claimed, amount=award.amount, rulings=award.rulings).value,
        award_final=award.final, agreed_fen=fen(agreed.amount),
        agreed_result=result_of(Way.MEDIATION, claimed=f.claimed, amount=agreed.amount).value)


def result_for(fact: FactRow, way: str | None) -> str:
    """The result of a conclusion of this way (``result_of``), from the stored facts."""
    if way == Way.AWARD.value:
        return fact.award_result
    if way == Way.MEDIATION.value:
        return fact.agreed_result
    return Result.NONE.value


def state_rows(record: CaseStatRecord, *, calendar: WorkCalendar | None,
               rules: Mapping[str, DeadlineRule], due_cache: dict[tuple[object, ...], date | None] | None = None,
               ) -> list[StateRow]:
    """The case's day rows from its whole history (``record.facts.changes`` in recorded order and
    ``record.events`` every event of the handling periods' kinds)."""
    f = record.facts
    ordered = sorted((c for c in f.changes if c.to_status), key=lambda c: c.on)  # stable: recorded order
    rows: list[StateRow] = []
    last: tuple[date, str] | None = None
    conclusion: tuple[date, str] | None = None
    reopen = 0
    i = 0
    while i < len(ordered):
        day = ordered[i].on
        while i < len(ordered) and ordered[i].on == day:
            c = ordered[i]
            if c.from_status in CONCLUDED and c.to_status not in CONCLUDED:
                reopen += 1
            last = (c.on, c.to_status)
            if c.to_status in CONCLUDED and c.from_status not in CONCLUDED:
                conclusion = (c.on, c.to_status)
            i += 1
        assert last is not None
        if last[1] in CONCLUDED:
            on, to_status = conclusion or last
            over = _over(record, on, calendar, rules, due_cache)
            rows.append(StateRow(f.case_id, day, None, f.received_on, False, way_of(to_status).value, on,
                                 (on - f.received_on).days, over, reopen))
        else:
            rows.append(StateRow(f.case_id, day, None, f.received_on, True, None, None, None, False, reopen))
    rows.insert(0, StateRow(f.case_id, EARLIEST, None, f.received_on, True, None, None, None, False, 0))  # 登记, before any change
    return [replace(r, day_to=rows[n + 1].day_from) if n + 1 < len(rows) else r for n, r in enumerate(rows)]


def _over(record: CaseStatRecord, on: date, calendar: WorkCalendar | None, rules: Mapping[str, DeadlineRule],
          cache: dict[tuple[object, ...], date | None] | None) -> bool:
    """Whether the handling period was over on the conclusion's day ``on`` (its events before that
    day; ``limit_due`` as the tables judge a concluded case)."""
    latest: dict[str, date] = {}
    for kind, when in record.events:
        if when < on and (kind not in latest or when > latest[kind]):
            latest[kind] = when
    key = (tuple(sorted(latest.items())), record.suspensions, on)
    if cache is not None and key in cache:
        due = cache[key]
    else:
        reduced = replace(record, events=tuple(sorted(latest.items())))
        due = limit_due(reduced, on, concluded=True, calendar=calendar, rules=rules)
        if cache is not None:
            if len(cache) > 100_000:
                cache.clear()
            cache[key] = due
    return due is not None and due < on


def rows_of(records: Iterable[CaseStatRecord], *, calendar: WorkCalendar | None,
            rules: Mapping[str, DeadlineRule]) -> tuple[list[FactRow], list[StateRow]]:
    facts: list[FactRow] = []
    states: list[StateRow] = []
    cache: dict[tuple[object, ...], date | None] = {}
    for record in records:
        facts.append(fact_row(record))
        states.extend(state_rows(record, calendar=calendar, rules=rules, due_cache=cache))
    return facts, states
