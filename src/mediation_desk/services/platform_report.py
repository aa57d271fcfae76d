"""The new-employment-form report (平台企业用工情况) of a period, for the command line
(``mediation-desk report platforms``) and the statistics page.

The breakdowns and counting rules are ``domain.platform_report``; which cases a period received and
how they concluded are the dispute tables' (``domain.statistics.course_of``,
``services.statistics.settled_of``). Rows come from ``tx.platform_report`` a batch of cases at a
time. Who may see it: ``Permission.VIEW_STATISTICS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from mediation_desk.domain.errors import OperationCancelled, ValidationError
from mediation_desk.domain.inspection import names_with_one_code
from mediation_desk.domain.platform_report import PlatformCase, PlatformReport, PlatformReportBuilder
from mediation_desk.domain.statistics import Check, check_period, course_of
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.ports import PlatformCaseRecord, UnitOfWork
from mediation_desk.services.statistics import settled_of


def platform_case(record: PlatformCaseRecord, start: date, end: date) -> PlatformCase | None:
    """The case as the report of [start, end] counts it; None when the period did not receive it."""
    facts = record.stat.facts
    course = course_of(facts, start, end)
    if course is None or not course.received:
        return None
    conclusion = course.conclusion
    way = conclusion.way if conclusion is not None else None
    settled = settled_of(record.stat, way).amount if way is not None else Decimal("0")
    return PlatformCase(case_id=facts.case_id, workers=facts.workers, claimed=facts.claimed, industry=record.industry,
                        platform=record.platform, enterprises=record.enterprises, claims=record.claims,
                        categories=record.categories, reopened=course.reopened, way=way, settled=settled)


def platform_report(uow: UnitOfWork, principal: Principal, *, start: date, end: date,
                    progress: Callable[[int, int], bool] | None = None) -> PlatformReport:
    """The platform-enterprise report of [start, end] (both days included). ``progress(cases read, 0)``
    is called after every batch; when it returns False the work stops with ``OperationCancelled``."""
    principal.require(Permission.VIEW_STATISTICS)
    try:
        check_period(start, end)
    except ValueError as exc:
        raise ValidationError({"period": str(exc)}, str(exc), "The period ends before it starts.") from None
    with uow.read() as tx:
        name_to_code = names_with_one_code(tx.platform_report.enterprise_mentions(start=start, end=end))
        builder = PlatformReportBuilder(start, end, name_to_code)
        read = 0
        for batch in tx.platform_report.platform_batches(start=start, end=end):
            for record in batch:
                case = platform_case(record, start, end)
                if case is not None:
                    builder.add(case)
            read += len(batch)
            if progress is not None and not progress(read, 0):
                raise OperationCancelled()
        sql_count, _, sql_claimed = tx.statistics.count_received(start=start, end=end)
    report = builder.report()
    new_claimed = builder.new_claimed.quantize(Decimal("0.01"))
    cross = Check("sql_received", "新收案件数及其请求金额与数据库直接汇总一致",
                  "New cases and their claims equal the database's own aggregate",
                  sql_count == report.received_new and sql_claimed == new_claimed,
                  f"逐案 {report.received_new} 件 {new_claimed} 元，汇总 {sql_count} 件 {sql_claimed} 元")
    return replace(report, checks=report.checks + (cross,))
