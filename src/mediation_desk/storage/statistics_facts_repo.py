"""Writing and checking the derived statistics rows (``case_stat_facts``, ``case_stat_states``;
``services.statistics_facts`` computes them by the tables' rules).

They are rewritten for every case a write transaction touched, in that transaction, just before it
is sealed (``storage.unit_of_work``); migration 0022 fills them for an existing book (``rebuild``);
``verify`` compares them with a fresh computation (``stale_cases``). Portable SQL through SQLAlchemy
Core only, as ``statistics_repo``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, replace
from typing import Any, NamedTuple

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from mediation_desk.domain.statistics import CaseFacts, StatusChange
from mediation_desk.services.ports import CaseStatRecord
from mediation_desk.services.statistics import period_event_kinds, period_rules
from mediation_desk.services.statistics_facts import FactRow, StateRow, rows_of
from mediation_desk.storage import orm

_C = orm.Case.__table__
_E = orm.CaseEvent.__table__
_F = orm.case_stat_facts
_S = orm.case_stat_states
BATCH = 2000


class _Row(NamedTuple):
    """A case row shaped as ``SqlStatisticsRepo.records`` reads it (no period: empty timeline)."""

    id: int
    received_on: Any
    applicant_count: Any
    is_group: Any
    total_claimed: Any
    k0: None = None
    k1: None = None
    k1c: None = None
    kc: None = None
    d1: None = None
    dc: None = None
    reopened: int = 0


def _calendar(conn: Connection) -> Any:
    from sqlalchemy.orm import Session

    from mediation_desk.services.deadlines import calendar_for
    from mediation_desk.storage.holiday_repo import SqlHolidayRepo

    class _Tx:
        holidays = SqlHolidayRepo(Session(bind=conn))

    return calendar_for(_Tx())  # type: ignore[arg-type]


def records_of(conn: Connection, ids: Sequence[int]) -> list[CaseStatRecord]:
    """Each case's whole record: every status change and every event of the handling periods."""
    from sqlalchemy.orm import Session

    from mediation_desk.storage.statistics_repo import SqlStatisticsRepo

    if not ids:
        return []
    kinds = sorted(period_event_kinds(period_rules()))
    cases = [_Row(*r) for r in conn.execute(
        select(_C.c.id, _C.c.received_on, _C.c.applicant_count, _C.c.is_group, _C.c.total_claimed)
        .where(_C.c.id.in_(list(ids))).order_by(_C.c.id)).all()]
    if not cases:
        return []
    changes: dict[int, list[StatusChange]] = defaultdict(list)
    events: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    for case_id, on, kind, frm, to in conn.execute(
            select(_E.c.case_id, _E.c.event_date, _E.c.kind, _E.c.from_status, _E.c.to_status)
            .where(_E.c.case_id.in_([c.id for c in cases])).order_by(_E.c.case_id, _E.c.id)).all():
        if to:
            changes[case_id].append(StatusChange(on, frm or "", to))
        if kind in kinds:
            events[case_id].append((kind, on))
    out = []
    repo = SqlStatisticsRepo(Session(bind=conn))
    first = cases[0].received_on
    for record in repo.records(cases, first, first):
        f = record.facts
        facts = CaseFacts(case_id=f.case_id, received_on=f.received_on, workers=f.workers, is_group=f.is_group,
                          claimed=f.claimed, claim_kinds=f.claim_kinds, changes=tuple(changes.get(f.case_id, ())))
        out.append(replace(record, facts=facts, events=tuple(events.get(f.case_id, ()))))
    return out


def _runs(ids: Iterable[int], size: int = BATCH, gap: int = 64) -> Iterator[list[int]]:
    """The ids in runs of near neighbours (the awards and agreements are read by id range)."""
    run: list[int] = []
    for i in sorted(set(ids)):
        if run and (len(run) >= size or i - run[-1] > gap):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def computed(conn: Connection, ids: Sequence[int], calendar: Any = None) -> tuple[list[FactRow], list[StateRow]]:
    calendar = calendar if calendar is not None else _calendar(conn)
    return rows_of(records_of(conn, ids), calendar=calendar, rules=period_rules())


def refresh(conn: Connection, ids: Iterable[int]) -> None:
    """Rewrite the rows of these cases (a deleted case's rows go)."""
    calendar = None
    for run in _runs(ids):
        conn.execute(delete(_S).where(_S.c.case_id.in_(run)))
        conn.execute(delete(_F).where(_F.c.case_id.in_(run)))
        calendar = calendar if calendar is not None else _calendar(conn)
        facts, states = computed(conn, run, calendar)
        if facts:
            conn.execute(insert(_F), [asdict(f) for f in facts])
        if states:
            conn.execute(insert(_S), [asdict(s) for s in states])


def rebuild(conn: Connection, progress: Any = None) -> int:
    """Rewrite every case's rows (migration 0022, or after the holiday calendar changed)."""
    conn.execute(delete(_S))
    conn.execute(delete(_F))
    ids = [r[0] for r in conn.execute(select(_C.c.id).order_by(_C.c.id)).all()]
    calendar = _calendar(conn)
    for n in range(0, len(ids), BATCH):
        facts, states = computed(conn, ids[n:n + BATCH], calendar)
        if facts:
            conn.execute(insert(_F), [asdict(f) for f in facts])
        if states:
            conn.execute(insert(_S), [asdict(s) for s in states])
        if progress is not None:
            progress(min(n + BATCH, len(ids)), len(ids))
    return len(ids)


def stale_cases(conn: Connection, progress: Any = None) -> list[int]:
    """The cases whose stored rows differ from a fresh computation (missing, extra or changed)."""
    ids = [r[0] for r in conn.execute(select(_C.c.id).order_by(_C.c.id)).all()]
    stored_ids = {r[0] for r in conn.execute(select(_F.c.case_id)).all()}
    stale = sorted(stored_ids - set(ids))
    stale += [r[0] for r in conn.execute(select(_S.c.case_id).where(_S.c.case_id.notin_(
        select(_C.c.id))).group_by(_S.c.case_id)).all() if r[0] not in stale]
    calendar = _calendar(conn)
    for n in range(0, len(ids), BATCH):
        chunk = ids[n:n + BATCH]
        facts, states = computed(conn, chunk, calendar)
        want: dict[int, tuple[Any, ...]] = {f.case_id: (f, []) for f in facts}
        for s in states:
            want[s.case_id][1].append(s)
        have: dict[int, tuple[Any, list[StateRow]]] = {}
        for r in conn.execute(select(*_F.c).where(_F.c.case_id.in_(chunk))).all():
            have[r.case_id] = (FactRow(**r._mapping), [])
        for r in conn.execute(select(*_S.c).where(_S.c.case_id.in_(chunk))
                              .order_by(_S.c.case_id, _S.c.day_from)).all():
            if r.case_id in have:
                have[r.case_id][1].append(StateRow(**r._mapping))
            else:
                have[r.case_id] = (None, [StateRow(**r._mapping)])
        stale += [i for i in chunk if _norm(want.get(i)) != _norm(have.get(i))]
        if progress is not None:
            progress(min(n + BATCH, len(ids)), len(ids))
    return sorted(set(stale))


def _norm(pair: Any) -> Any:
    if pair is None:
        return None
    fact, states = pair
    return (fact and replace(fact, collective=bool(fact.collective), award_final=bool(fact.award_final)),
            [replace(s, open=bool(s.open), over_limit=bool(s.over_limit)) for s in states])


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(_F)).scalar_one())
