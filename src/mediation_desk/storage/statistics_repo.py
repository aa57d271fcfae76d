"""Reads for the dispute tables (``services.ports.StatisticsRepo``).

Portable SQL through SQLAlchemy Core only: comparisons, CASE, EXISTS, IN, CAST to text and string
concatenation, COUNT/SUM/MAX with GROUP BY; no dialect functions (a PostgreSQL edition is planned).
Dates are compared as dates; every date difference is taken in Python.

Each case's status changes are reduced in SQL to what a period needs of them
(``domain.statistics.Timeline``): one GROUP BY over the changes gives, per case, the last change
before the period, the last on or before its end, the last concluding one and whether one left a
concluded state in the period. "Last" is by date, then by the order recorded: each change is
written as the text ``ISO date || (10**12 + id) || to_status``, which sorts like (date, id), so
``MAX`` of it is the last change and its tail is that change's status. The events the handling
periods read are reduced the same way to the latest of each kind before the day 超审限 is judged
on. The cases come from one statement, fetched a batch at a time in id order (memory stays
bounded); each batch's claims are read by its case ids (``IN``), its awards, agreements,
suspensions and tribunals by the range of its case ids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (BigInteger, Date, String, and_, case, cast, false, func, literal, not_, or_, select, true,
                        union_all)
from sqlalchemy.orm import Session

from mediation_desk.domain.statistics import CONCLUDED, CaseFacts, Timeline
from mediation_desk.services.ports import CaseStatRecord
from mediation_desk.storage import orm

_C = orm.Case.__table__
_E = orm.CaseEvent.__table__
_CL = orm.ClaimRow.__table__
_AW = orm.ArbitrationAwardRow.__table__
_MO = orm.MediationOutcomeRow.__table__
_AI = orm.AgreementItemRow.__table__
_SU = orm.ArbitrationSuspensionRow.__table__
_TR = orm.ArbitrationTribunalRow.__table__

ID_PAD = 10 ** 12  # 10**12 + id has 13 digits for every id below 9 * 10**12
_DATE_LEN, _ORDER_LEN = 10, 13
BATCH = 5000  # cases per batch


def candidates(start: date, end: date) -> Any:
    """Cases a period may count: received by its end and either received in it, not concluded now,
    or with a status change dated in or after it that leaves or enters the concluded states. (A case
    concluded before the period with no such later change — at most, say, 已裁决 -> 已结案 — was
    concluded all through it and counts nowhere.) Written as IN over a UNION ALL of three id sets
    (IN keeps each id once), each read from an index or the changes, so that only the rows of the
    cases chosen are read."""
    concluded = sorted(CONCLUDED)
    other = _C.alias("candidate")
    received = select(other.c.id).where(other.c.received_on >= start, other.c.received_on <= end)
    open_now = select(other.c.id).where(other.c.status.notin_(concluded))
    changed = select(_E.c.case_id).where(
        _E.c.to_status != "", _E.c.event_date >= start,
        or_(_E.c.from_status.notin_(concluded), _E.c.to_status.notin_(concluded)))
    return and_(_C.c.id.in_(union_all(received, open_now, changed)), _C.c.received_on <= end)


def change_key() -> Any:
    """A status change as text that sorts like (date, id), followed by its status (see the module)."""
    # the pad is bound as a 64-bit integer: PostgreSQL refuses 10^12 as a 32-bit parameter
    return (cast(_E.c.event_date, String) + cast(cast(_E.c.id, BigInteger) + literal(ID_PAD, BigInteger), String)
            + _E.c.to_status)


def decode_key(key: str | None, dates: dict[str, date] | None = None) -> tuple[date, str] | None:
    """(date, to_status) of a ``change_key``; None for no change. ``dates``: parsed dates to reuse."""
    if key is None:
        return None
    text = key[:_DATE_LEN]
    on = dates.get(text) if dates is not None else None
    if on is None:
        on = date.fromisoformat(text)
        if dates is not None:
            dates[text] = on
    return on, key[_DATE_LEN + _ORDER_LEN:]


def timeline_columns(start: date, end: date) -> list[Any]:
    """The GROUP BY aggregates of a case's status changes for [start, end] (joined as ``_E``):
    k0 the last change before start, k1 the last on or before end, k1c the last on or before end
    that moved to a concluded state, kc the last concluding one (open -> concluded), d1 and dc the
    dates of k1 and kc, reopened 1 when a change in the period left a concluded state."""
    concluded = sorted(CONCLUDED)
    key = change_key()
    by_end = _E.c.event_date <= end
    to_concluded = _E.c.to_status.in_(concluded)
    concluding = and_(by_end, to_concluded, _E.c.from_status.notin_(concluded))
    leaving = and_(_E.c.event_date >= start, by_end, _E.c.from_status.in_(concluded), _E.c.to_status.notin_(concluded))
    return [func.max(case((_E.c.event_date < start, key))).label("k0"),
            func.max(case((by_end, key))).label("k1"),
            func.max(case((and_(by_end, to_concluded), key))).label("k1c"),
            func.max(case((concluding, key))).label("kc"),
            func.max(case((by_end, _E.c.event_date))).label("d1"),
            func.max(case((concluding, _E.c.event_date))).label("dc"),
            func.max(case((leaving, 1), else_=0)).label("reopened")]


def timeline_from(k0: str | None, k1: str | None, kc: str | None, reopened: Any, start: date, end: date,
                  dates: dict[str, date] | None = None) -> Timeline:
    """The ``Timeline`` of a case from its ``timeline_columns`` (k0, k1, kc, reopened)."""
    return Timeline(start, end, decode_key(k0, dates), decode_key(k1, dates), decode_key(kc, dates), bool(reopened))


def kind_sets(found: Mapping[int, Iterable[str]]) -> dict[int, frozenset[str]]:
    """Each case's claim kinds as a frozenset, one object per combination (a few among many cases)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    out: dict[int, frozenset[str]] = {}
    for case_id, kinds in found.items():
        key = frozenset(kinds)
        out[case_id] = shared.setdefault(key, key)
    return out


class SqlStatisticsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def count_received(self, *, start: date, end: date) -> tuple[int, int, Decimal]:
        """Cases registered in the period, their workers and amount claimed: one aggregate."""
        row = self.s.execute(select(func.count(_C.c.id), func.sum(_C.c.applicant_count), func.sum(_C.c.total_claimed))
                             .where(_C.c.received_on >= start, _C.c.received_on <= end)).one()
        return int(row[0] or 0), int(row[1] or 0), row[2] if row[2] is not None else Decimal("0")

    def case_rows(self, start: date, end: date, *, as_of: date | None = None, event_kinds: Sequence[str] = (),
                  extra: Sequence[Any] = (), batch: int = BATCH,
                  ids: Sequence[int] | None = None) -> Iterator[Sequence[Any]]:
        """One row per case the period may count, in id order, ``batch`` rows at a time: the case's
        columns (id, received_on, applicant_count, is_group, total_claimed, then ``extra``), its
        timeline aggregates and, for each of ``event_kinds``, the latest date of that kind before
        the day 超审限 is judged on — the conclusion's day for a case concluded at ``end`` (that day
        left out), else ``as_of`` (that day included). ``ids``: only these cases (read in chunks)."""
        if ids is not None:
            for n in range(0, len(ids), batch):
                yield from self._case_rows(start, end, as_of, event_kinds, extra, batch,
                                           and_(_C.c.id.in_(list(ids[n:n + batch])), _C.c.received_on <= end))
            return
        yield from self._case_rows(start, end, as_of, event_kinds, extra, batch, candidates(start, end))

    def _case_rows(self, start: date, end: date, as_of: date | None, event_kinds: Sequence[str],
                   extra: Sequence[Any], batch: int, which: Any) -> Iterator[Sequence[Any]]:
        cols = [_C.c.id, _C.c.received_on, _C.c.applicant_count, _C.c.is_group, _C.c.total_claimed, *extra]
        t = (select(*cols, *timeline_columns(start, end))
             .select_from(_C.outerjoin(_E, and_(_E.c.case_id == _C.c.id, _E.c.to_status != "")))
             .where(which)
             .group_by(_C.c.id))  # the other columns depend on the primary key
        if not event_kinds:
            statement = t.order_by(_C.c.id)
        else:
            tq = t.subquery("t")
            e = _E.alias("k")
            concluded_at_end = and_(tq.c.k1c.isnot(None), tq.c.k1 == tq.c.k1c)
            still_open = or_(tq.c.k1c.is_(None), tq.c.k1 != tq.c.k1c)
            judged = case((concluded_at_end, func.coalesce(tq.c.dc, tq.c.d1)), else_=literal(as_of or end, Date))
            before = or_(e.c.event_date < judged, and_(e.c.event_date == judged, still_open))
            latest = [func.max(case((and_(e.c.kind == kind, before), e.c.event_date))).label(f"x{i}")
                      for i, kind in enumerate(event_kinds)]
            statement = (select(*tq.c, *latest)
                         .select_from(tq.outerjoin(e, and_(e.c.case_id == tq.c.id, e.c.kind.in_(list(event_kinds)))))
                         .group_by(*tq.c).order_by(tq.c.id))
        result = self.s.connection().execute(statement)
        while True:
            rows = result.fetchmany(batch)
            if not rows:
                return
            yield rows

    def claim_kinds(self, ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The distinct claim kinds of each of these cases (members' claims included)."""
        found: dict[int, list[str]] = defaultdict(list)
        for case_id, kind in self.s.connection().execute(
                select(_CL.c.case_id, _CL.c.kind).where(_CL.c.case_id.in_(ids))
                .group_by(_CL.c.case_id, _CL.c.kind)).all():
            found[case_id].append(kind)
        return kind_sets(found)

    def case_batches(self, *, start: date, end: date, as_of: date | None = None,
                     event_kinds: Collection[str] = (), batch: int = BATCH,
                     ids: Sequence[int] | None = None) -> Iterator[list[CaseStatRecord]]:
        """The cases the period may count, in id order, ``batch`` at a time. Their facts carry the
        period's ``Timeline``; their events are, for each of ``event_kinds``, the latest before the
        day 超审限 is judged on (``as_of`` for a case open at the end)."""
        kinds = sorted(event_kinds)
        for rows in self.case_rows(start, end, as_of=as_of, event_kinds=kinds, batch=batch, ids=ids):
            yield self.records(rows, start, end, kinds)

    def records(self, rows: Sequence[Any], start: date, end: date, kinds: Sequence[str] = (), extra: int = 0,
                claim_kinds: dict[int, frozenset[str]] | None = None) -> list[CaseStatRecord]:
        """The records of a batch of ``case_rows`` (``extra``: how many extra case columns they have):
        their claim kinds by the batch's ids (unless given), their awards, agreements, suspensions and
        tribunals (few rows) by the range of the batch's ids."""
        run = self.s.connection().execute
        lo, hi = rows[0].id, rows[-1].id
        in_window = and_(_AW.c.case_id >= lo, _AW.c.case_id <= hi)
        if claim_kinds is None:
            claim_kinds = self.claim_kinds([row[0] for row in rows])
        awards: dict[int, list[tuple[str, str, tuple[tuple[str, Decimal | None], ...]]]] = defaultdict(list)
        for case_id, kind, finality, text in run(
                select(_AW.c.case_id, _AW.c.kind, _AW.c.finality, _AW.c.content)
                .where(in_window, _AW.c.status == "approved").order_by(_AW.c.id)).all():
            content = json.loads(text)
            rulings = tuple((str(r.get("outcome", "")), Decimal(r["amount"]) if r.get("amount") is not None else None)
                            for r in content.get("rulings", []))
            rulings += tuple(("agreed", Decimal(i["amount"]) if i.get("amount") is not None else None)
                             for i in content.get("agreement_items", []))  # a 仲裁调解书's terms
            awards[case_id].append((kind, finality or "", rulings))
        latest = (select(func.max(_MO.c.id)).where(_MO.c.case_id >= lo, _MO.c.case_id <= hi)
                  .group_by(_MO.c.case_id))
        agreed: dict[int, Decimal] = {}
        for case_id, total in run(select(_AI.c.case_id, func.sum(_AI.c.amount))
                                  .join(_MO, _MO.c.id == _AI.c.outcome_id)
                                  .where(_MO.c.id.in_(latest), _MO.c.outcome == "agreement")
                                  .group_by(_AI.c.case_id)).all():
            agreed[case_id] = total if total is not None else Decimal("0")
        suspensions: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        for case_id, first, last in run(select(_SU.c.case_id, _SU.c.start, _SU.c.end)
                                        .where(_SU.c.case_id >= lo, _SU.c.case_id <= hi).order_by(_SU.c.id)).all():
            suspensions[case_id].append((first, last))
        latest_tribunal = (select(func.max(_TR.c.id)).where(_TR.c.case_id >= lo, _TR.c.case_id <= hi)
                           .group_by(_TR.c.case_id))
        arbitrators: dict[int, tuple[str, ...]] = {}
        for case_id, members in run(select(_TR.c.case_id, _TR.c.members).where(_TR.c.id.in_(latest_tribunal))).all():
            arbitrators[case_id] = tuple(str(m.get("name", "")) for m in json.loads(members))
        out = []
        dates: dict[str, date] = {}
        first = 5 + extra  # the timeline columns follow the case's own
        k0, k1, kc, reopened = first, first + 1, first + 3, first + 6
        latest = [(i, kind) for i, kind in enumerate(kinds, first + 7)]
        zero = Decimal("0")
        for row in rows:
            case_id = row[0]
            facts = CaseFacts(case_id=case_id, received_on=row[1], workers=int(row[2] or 1), is_group=bool(row[3]),
                              claimed=row[4] or zero, claim_kinds=claim_kinds.get(case_id, frozenset()), changes=(),
                              timeline=timeline_from(row[k0], row[k1], row[kc], row[reopened], start, end, dates))
            events = tuple((kind, row[i]) for i, kind in latest if row[i] is not None)
            out.append(CaseStatRecord(facts=facts, events=events,
                                      awards=tuple(awards.get(case_id, ())), agreed=agreed.get(case_id),
                                      suspensions=tuple(suspensions.get(case_id, ())),
                                      arbitrators=arbitrators.get(case_id, ())))
        return out


_F = orm.case_stat_facts
_S = orm.case_stat_states
GROUP_COLUMNS = ("grp", "counted", "pending", "new", "reopened", "closed", "way", "cause", "collective",
                 "result", "final", "over")


def _flag(condition: Any) -> Any:
    return case((condition, 1), else_=0)


def _period_joins(start: date, end: date) -> tuple[Any, dict[str, Any]]:
    """Each case's day rows covering the day before the period (a) and its last day (b), reduced in
    one pass over ``case_stat_states`` grouped by case (every case has a row covering every day: its
    first row runs from the earliest date), joined with the case's facts by its key; and the
    period's per-case flags as SQL expressions (docs/statistics.md)."""
    before = start - timedelta(days=1)
    covers_a = and_(_S.c.day_from <= before, or_(_S.c.day_to.is_(None), _S.c.day_to > before))
    covers_b = and_(_S.c.day_from <= end, or_(_S.c.day_to.is_(None), _S.c.day_to > end))
    is_open = case((_S.c.open == true(), 1), else_=0)
    x = (select(_S.c.case_id,
                func.max(case((covers_a, is_open))).label("a_open"),
                func.max(case((covers_a, _S.c.reopen_seq))).label("a_seq"),
                func.max(case((covers_b, is_open))).label("b_open"),
                func.max(case((covers_b, _S.c.reopen_seq))).label("b_seq"),
                func.max(case((covers_b, _S.c.way))).label("way"),
                func.max(case((covers_b, _S.c.days))).label("days"),
                func.max(case((and_(covers_b, _S.c.over_limit == true()), 1), else_=0)).label("over"))
         .where(or_(covers_a, covers_b),
                # a case received before the period and concluded all through it counts nowhere
                not_(and_(_S.c.received_on < start, covers_a, or_(_S.c.day_to.is_(None), _S.c.day_to > end),
                          _S.c.open == false())))
         .group_by(_S.c.case_id).subquery("x"))
    joined = x.join(_F, _F.c.case_id == x.c.case_id)
    earlier = _F.c.received_on < start
    pending = and_(earlier, x.c.a_open == 1)
    new = _F.c.received_on >= start
    reopened = and_(earlier, x.c.a_open == 0, x.c.b_seq > x.c.a_seq)
    closed = x.c.b_open == 0
    return joined, {"pending": pending, "new": new, "reopened": reopened, "counted": or_(pending, new, reopened),
                    "closed": closed, "b": x}


class SqlStatisticsFactsReads:
    """The dispute tables over ``case_stat_facts`` / ``case_stat_states``: a few GROUP BYs."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def fact_groups(self, *, start: date, end: date, by_arbitrator: bool) -> list[Any]:
        """One row per combination of what the table counts (``GROUP_COLUMNS``; for a closed case
        also its duration in days, for a case open at the end its id, whose 超审限 is judged per
        case) with its number of cases, distinct cases, workers, amount claimed, awarded and agreed
        (fen). One statement: one pass over the day rows, one join with the facts by key."""
        joined, x = _period_joins(start, end)
        b = x["b"]
        counted_closed = and_(x["counted"], x["closed"])
        way = case((x["closed"], b.c.way))  # b: the reduced day rows
        result = case((and_(x["closed"], b.c.way == "award"), _F.c.award_result),
                      (and_(x["closed"], b.c.way == "mediation"), _F.c.agreed_result),
                      (x["closed"], literal("none")))
        grp = _F.c.arbitrator if by_arbitrator else literal("")
        keys = [grp.label("grp"), _flag(x["counted"]).label("counted"), _flag(x["pending"]).label("pending"),
                _flag(x["new"]).label("new"), _flag(x["reopened"]).label("reopened"),
                _flag(x["closed"]).label("closed"), way.label("way"), _F.c.cause.label("cause"),
                _flag(_F.c.collective == true()).label("collective"), result.label("result"),
                _flag(and_(x["closed"], b.c.way == "award", _F.c.award_final == true())).label("final"),
                _flag(and_(x["closed"], b.c.over == 1)).label("over"),
                case((counted_closed, b.c.days)).label("days"),
                case((and_(x["counted"], b.c.b_open == 1), _F.c.case_id)).label("open_case")]
        sums = [func.count().label("n"), func.count(func.distinct(_F.c.case_id)).label("distinct"),
                func.sum(_F.c.workers).label("workers"), func.sum(_F.c.claimed_fen).label("claimed"),
                func.sum(_F.c.award_fen).label("awarded"), func.sum(_F.c.agreed_fen).label("agreed")]
        statement = (select(*keys, *sums).select_from(joined)
                     .where(_F.c.received_on <= end, or_(x["counted"], b.c.b_open == 1))
                     .group_by(*keys))
        return list(self.s.connection().execute(statement).all())

    def open_case_periods(self, ids: Sequence[int], *, as_of: date, event_kinds: Collection[str],
                          batch: int = BATCH) -> dict[int, tuple[tuple[tuple[str, date], ...],
                                                                tuple[tuple[date, date | None], ...]]]:
        """For cases open at a period's end: the latest event of each of ``event_kinds`` on or before
        ``as_of`` and the suspensions — all ``services.statistics.limit_due`` reads of an open case."""
        run = self.s.connection().execute
        events: dict[int, list[tuple[str, date]]] = defaultdict(list)
        suspensions: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        kinds = sorted(event_kinds)
        for n in range(0, len(ids), batch):
            chunk = list(ids[n:n + batch])
            for case_id, kind, last in run(select(_E.c.case_id, _E.c.kind, func.max(_E.c.event_date))
                                           .where(_E.c.case_id.in_(chunk), _E.c.kind.in_(kinds),
                                                  _E.c.event_date <= as_of)
                                           .group_by(_E.c.case_id, _E.c.kind).order_by(_E.c.case_id, _E.c.kind)).all():
                events[case_id].append((kind, last))
            for case_id, first, last in run(select(_SU.c.case_id, _SU.c.start, _SU.c.end)
                                            .where(_SU.c.case_id.in_(chunk)).order_by(_SU.c.id)).all():
                suspensions[case_id].append((first, last))
        return {i: (tuple(events.get(i, ())), tuple(suspensions.get(i, ()))) for i in ids}
