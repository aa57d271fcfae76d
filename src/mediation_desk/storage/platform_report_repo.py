"""Reads for the platform-enterprise report (``services.ports.PlatformReportRepo``).

Portable SQL through SQLAlchemy Core only, as ``statistics_repo``: comparisons, EXISTS, IN,
DISTINCT, MAX with GROUP BY. The cases are the dispute tables' candidates, read in id order a batch
at a time; each batch's parties, claims and worksheets are read by ``case_id IN (...)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select

from mediation_desk.services.ports import PlatformCaseRecord
from mediation_desk.storage import orm
from mediation_desk.storage.statistics_repo import SqlStatisticsRepo, candidates

_C = orm.Case.__table__
_P = orm.Party.__table__
_CL = orm.ClaimRow.__table__
_WS = orm.WorksheetRow.__table__
ENTERPRISE_SIDES = ("respondent", "third_party")


def _is_enterprise() -> object:
    return and_(_P.c.side.in_(ENTERPRISE_SIDES), _P.c.is_person.is_(False))


class SqlPlatformReportRepo(SqlStatisticsRepo):
    def enterprise_mentions(self, *, start: date, end: date) -> list[tuple[str, str]]:
        """The distinct (credit code, name) of the enterprises named in the cases the period may count."""
        rows = self.s.connection().execute(
            select(_P.c.credit_code, _P.c.name).distinct().join(_C, _C.c.id == _P.c.case_id)
            .where(candidates(start, end), _is_enterprise())).all()
        return [(code or "", name or "") for code, name in rows]

    def platform_batches(self, *, start: date, end: date, batch: int = 500) -> Iterator[list[PlatformCaseRecord]]:
        """The cases the period may count, in id order, ``batch`` at a time."""
        after = 0
        where = candidates(start, end)
        run = self.s.connection().execute
        while True:
            rows = run(select(_C.c.id, _C.c.received_on, _C.c.applicant_count, _C.c.is_group, _C.c.total_claimed,
                              _C.c.industry, _C.c.platform)
                       .where(where, _C.c.id > after).order_by(_C.c.id).limit(batch)).all()
            if not rows:
                return
            ids = [r[0] for r in rows]
            after = ids[-1]
            stats = self._records([r[:5] for r in rows], ids, [])  # status changes only
            enterprises: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
            for case_id, code, name, role in run(
                    select(_P.c.case_id, _P.c.credit_code, _P.c.name, _P.c.enterprise_role)
                    .where(_P.c.case_id.in_(ids), _is_enterprise()).order_by(_P.c.case_id, _P.c.position)).all():
                enterprises[case_id].append((code or "", name or "", role or ""))
            claims: dict[int, list[tuple[str, Decimal | None]]] = defaultdict(list)
            for case_id, kind, amount in run(select(_CL.c.case_id, _CL.c.kind, _CL.c.amount)
                                             .where(_CL.c.case_id.in_(ids)).order_by(_CL.c.case_id, _CL.c.id)).all():
                claims[case_id].append((kind, amount))
            latest = (select(func.max(_WS.c.id)).where(_WS.c.case_id.in_(ids))
                      .group_by(_WS.c.case_id, _WS.c.chain_key))
            categories: dict[int, list[str]] = defaultdict(list)
            for case_id, category in run(select(_WS.c.case_id, _WS.c.final_category)
                                         .where(_WS.c.id.in_(latest)).order_by(_WS.c.case_id, _WS.c.id)).all():
                categories[case_id].append(category)
            yield [PlatformCaseRecord(stat=stat, industry=row[5] or "", platform=row[6] or "",
                                      enterprises=tuple(enterprises.get(row[0], ())),
                                      claims=tuple(claims.get(row[0], ())),
                                      categories=tuple(categories.get(row[0], ())))
                   for row, stat in zip(rows, stats)]
