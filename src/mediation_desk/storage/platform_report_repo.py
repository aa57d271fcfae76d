"""Reads for the platform-enterprise report (``services.ports.PlatformReportRepo``).

Portable SQL through SQLAlchemy Core only, as ``statistics_repo``: comparisons, CASE, IN, DISTINCT,
MAX with GROUP BY. The cases are the dispute tables' candidates with their period ``Timeline``
computed in SQL, fetched a batch at a time in id order; each batch's parties and claims are read by
its case ids (``IN``), its worksheets by the range of its case ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select

from mediation_desk.services.ports import PlatformCaseRecord
from mediation_desk.storage import orm
from mediation_desk.storage.statistics_repo import BATCH, SqlStatisticsRepo, candidates, kind_sets

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

    def platform_batches(self, *, start: date, end: date, batch: int = BATCH) -> Iterator[list[PlatformCaseRecord]]:
        """The cases the period may count, in id order, ``batch`` at a time."""
        run = self.s.connection().execute
        for rows in self.case_rows(start, end, extra=(_C.c.industry, _C.c.platform), batch=batch):
            lo, hi = rows[0].id, rows[-1].id
            ids = [row.id for row in rows]
            claims: dict[int, list[tuple[str, Decimal | None]]] = defaultdict(list)
            for case_id, kind, amount in run(select(_CL.c.case_id, _CL.c.kind, _CL.c.amount)
                                             .where(_CL.c.case_id.in_(ids))
                                             .order_by(_CL.c.case_id, _CL.c.id)).all():
                claims[case_id].append((kind, amount))
            stats = self.records(rows, start, end, extra=2,
                                 claim_kinds=kind_sets({i: (k for k, _ in c) for i, c in claims.items()}))
            enterprises: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
            for case_id, code, name, role in run(
                    select(_P.c.case_id, _P.c.credit_code, _P.c.name, _P.c.enterprise_role)
                    .where(_P.c.case_id.in_(ids), _is_enterprise())
                    .order_by(_P.c.case_id, _P.c.position)).all():
                enterprises[case_id].append((code or "", name or "", role or ""))
            latest = (select(func.max(_WS.c.id)).where(_WS.c.case_id >= lo, _WS.c.case_id <= hi)
                      .group_by(_WS.c.case_id, _WS.c.chain_key))
            categories: dict[int, list[str]] = defaultdict(list)
            for case_id, category in run(select(_WS.c.case_id, _WS.c.final_category)
                                         .where(_WS.c.id.in_(latest)).order_by(_WS.c.case_id, _WS.c.id)).all():
                categories[case_id].append(category)
            yield [PlatformCaseRecord(stat=stat, industry=row.industry or "", platform=row.platform or "",
                                      enterprises=tuple(enterprises.get(row.id, ())),
                                      claims=tuple(claims.get(row.id, ())),
                                      categories=tuple(categories.get(row.id, ())))
                   for row, stat in zip(rows, stats)]
