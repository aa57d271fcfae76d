"""Reads for the dispute tables (``services.ports.StatisticsRepo``).

Portable SQL through SQLAlchemy Core only: comparisons, EXISTS, IN, COUNT/SUM/MAX with GROUP BY;
no dialect functions (a PostgreSQL edition is planned). Dates are compared as dates; every date
difference is taken in Python. The cases a period needs are read in id order, a batch at a time,
each batch's events, claims, awards, agreements, suspensions and tribunals by ``case_id IN (...)``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from mediation_desk.domain.statistics import CONCLUDED, CaseFacts, StatusChange
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


def candidates(start: date, end: date) -> Any:
    """Cases a period may count: received by its end and either received in it, not concluded now,
    or with a status change dated in or after it that leaves or enters the concluded states. (A case
    concluded before the period with no such later change — at most, say, 已裁决 -> 已结案 — was
    concluded all through it and counts nowhere.)"""
    concluded = sorted(CONCLUDED)
    later_change = exists(select(_E.c.id).where(
        _E.c.case_id == _C.c.id, _E.c.to_status != "", _E.c.event_date >= start,
        or_(_E.c.from_status.notin_(concluded), _E.c.to_status.notin_(concluded))))
    return and_(_C.c.received_on <= end,
                or_(_C.c.received_on >= start, _C.c.status.notin_(sorted(CONCLUDED)), later_change))


class SqlStatisticsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def count_received(self, *, start: date, end: date) -> tuple[int, int, Decimal]:
        """Cases registered in the period, their workers and amount claimed: one aggregate."""
        row = self.s.execute(select(func.count(_C.c.id), func.sum(_C.c.applicant_count), func.sum(_C.c.total_claimed))
                             .where(_C.c.received_on >= start, _C.c.received_on <= end)).one()
        return int(row[0] or 0), int(row[1] or 0), row[2] if row[2] is not None else Decimal("0")

    def case_batches(self, *, start: date, end: date, event_kinds: Collection[str] | None = None,
                     batch: int = 500) -> Iterator[list[CaseStatRecord]]:
        """The cases the period may count, in id order, ``batch`` at a time. Their events: every
        status change, and the other events of ``event_kinds`` (all events when None)."""
        kinds = sorted(event_kinds) if event_kinds is not None else None
        after = 0
        where = candidates(start, end)
        while True:
            rows = self.s.connection().execute(
                select(_C.c.id, _C.c.received_on, _C.c.applicant_count, _C.c.is_group, _C.c.total_claimed)
                .where(where, _C.c.id > after).order_by(_C.c.id).limit(batch)).all()
            if not rows:
                return
            ids = [r[0] for r in rows]
            after = ids[-1]
            yield self._records(rows, ids, kinds)

    def _records(self, rows: Any, ids: list[int], kinds: list[str] | None) -> list[CaseStatRecord]:
        run = self.s.connection().execute  # Core rows, fetched whole per batch
        events: dict[int, list[tuple[str, date]]] = defaultdict(list)
        changes: dict[int, list[StatusChange]] = defaultdict(list)
        wanted = _E.c.case_id.in_(ids)
        if kinds is not None:
            wanted = and_(wanted, or_(_E.c.to_status != "", _E.c.kind.in_(kinds)))
        for case_id, kind, on, from_status, to_status in run(
                select(_E.c.case_id, _E.c.kind, _E.c.event_date, _E.c.from_status, _E.c.to_status)
                .where(wanted).order_by(_E.c.case_id, _E.c.id)).all():
            events[case_id].append((kind, on))
            if to_status:
                changes[case_id].append(StatusChange(on, from_status, to_status))
        claim_kinds: dict[int, set[str]] = defaultdict(set)
        for case_id, kind in run(select(_CL.c.case_id, _CL.c.kind).where(_CL.c.case_id.in_(ids)).distinct()).all():
            claim_kinds[case_id].add(kind)
        awards: dict[int, list[tuple[str, str, tuple[tuple[str, Decimal | None], ...]]]] = defaultdict(list)
        for case_id, kind, finality, text in run(
                select(_AW.c.case_id, _AW.c.kind, _AW.c.finality, _AW.c.content)
                .where(_AW.c.case_id.in_(ids), _AW.c.status == "approved").order_by(_AW.c.id)).all():
            content = json.loads(text)
            rulings = tuple((str(r.get("outcome", "")), Decimal(r["amount"]) if r.get("amount") is not None else None)
                            for r in content.get("rulings", []))
            rulings += tuple(("agreed", Decimal(i["amount"]) if i.get("amount") is not None else None)
                             for i in content.get("agreement_items", []))  # a 仲裁调解书's terms
            awards[case_id].append((kind, finality or "", rulings))
        latest = select(func.max(_MO.c.id)).where(_MO.c.case_id.in_(ids)).group_by(_MO.c.case_id)
        agreed: dict[int, Decimal] = {}
        for case_id, total in run(select(_AI.c.case_id, func.sum(_AI.c.amount))
                                  .join(_MO, _MO.c.id == _AI.c.outcome_id)
                                  .where(_MO.c.id.in_(latest), _MO.c.outcome == "agreement")
                                  .group_by(_AI.c.case_id)).all():
            agreed[case_id] = total if total is not None else Decimal("0")
        suspensions: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
        for case_id, first, last in run(select(_SU.c.case_id, _SU.c.start, _SU.c.end)
                                        .where(_SU.c.case_id.in_(ids)).order_by(_SU.c.id)).all():
            suspensions[case_id].append((first, last))
        latest_tribunal = select(func.max(_TR.c.id)).where(_TR.c.case_id.in_(ids)).group_by(_TR.c.case_id)
        arbitrators: dict[int, tuple[str, ...]] = {}
        for case_id, members in run(select(_TR.c.case_id, _TR.c.members).where(_TR.c.id.in_(latest_tribunal))).all():
            arbitrators[case_id] = tuple(str(m.get("name", "")) for m in json.loads(members))
        out = []
        for case_id, received_on, applicants, is_group, claimed in rows:
            facts = CaseFacts(case_id=case_id, received_on=received_on, workers=int(applicants or 1),
                              is_group=bool(is_group), claimed=claimed or Decimal("0"),
                              claim_kinds=frozenset(claim_kinds.get(case_id, ())),
                              changes=tuple(changes.get(case_id, ())))
            out.append(CaseStatRecord(facts=facts, events=tuple(events.get(case_id, ())),
                                      awards=tuple(awards.get(case_id, ())), agreed=agreed.get(case_id),
                                      suspensions=tuple(suspensions.get(case_id, ())),
                                      arbitrators=arbitrators.get(case_id, ())))
        return out
