"""The list behind a figure: the cases a figure of the dispute tables or of the platform-enterprise
report counts, re-selected from the period's cases by the figure's own definition
(``domain.figure_cases``), with what the list shows of each (case number, worker, respondents,
received date, status). Who may see them: ``Permission.VIEW_STATISTICS``, as the figures.

The tables themselves keep counting figures only (they stay as fast as they are); a list is read
when a user asks for it, one period's cases in batches as the tables read them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mediation_desk.domain.errors import OperationCancelled, ValidationError
from mediation_desk.domain.figure_cases import PlatformFigure, dispute_figures, in_platform_figure, is_dispute_figure
from mediation_desk.domain.inspection import RepeatCase, names_with_one_code
from mediation_desk.domain.platform_report import FIGURE_COLUMNS
from mediation_desk.domain.statistics import check_period, course_of, evaluation_day
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.platform_report import platform_case
from mediation_desk.services.ports import UnitOfWork
from mediation_desk.services.statistics import (GROUPINGS, _group_keys, limit_due, period_event_kinds, period_rules,
                                                settled_of)
from mediation_desk.services.deadlines import calendar_for

__all__ = ["RepeatCase", "dispute_cases_behind", "platform_cases_behind"]

Progress = Callable[[int, int], bool]


def _period(start: date, end: date) -> None:
    try:
        check_period(start, end)
    except ValueError as exc:
        raise ValidationError({"period": str(exc)}, str(exc), "The period ends before it starts.") from None


def dispute_cases_behind(uow: UnitOfWork, principal: Principal, figure: str, *, start: date, end: date,
                         by: str | None = None, group: str = "", progress: Progress | None = None
                         ) -> list[RepeatCase]:
    """The cases the dispute table of [start, end] counts in the indicator ``figure`` (its key), for the
    whole book or, with ``by`` and ``group``, for one group (an arbitrator's name, or ``NO_TRIBUNAL``);
    by received date."""
    principal.require(Permission.VIEW_STATISTICS)
    if not is_dispute_figure(figure):
        raise ValidationError({"figure": figure}, f"没有这一项指标：{figure}", f"No such figure: {figure}")
    if by not in GROUPINGS:
        raise ValidationError({"by": "分组方式只能是机构或仲裁员"}, "只能按机构或仲裁员分组。",
                              "Group by organisation or arbitrator only.")
    _period(start, end)
    ids: list[int] = []
    with uow.read() as tx:
        org = tx.org.get()
        key = _group_keys(by, org.name if org is not None else "")
        calendar = calendar_for(tx)
        rules = period_rules()
        as_of = min(end, clock.today())
        read = 0
        for batch in tx.statistics.case_batches(start=start, end=end, event_kinds=period_event_kinds(rules)):
            for record in batch:
                if by is not None and group and key(record) != group:
                    continue
                course = course_of(record.facts, start, end)
                if course is None:
                    continue
                conclusion = course.conclusion
                settled = settled_of(record, conclusion.way) if conclusion is not None else None
                due = limit_due(record, evaluation_day(course, as_of), concluded=conclusion is not None,
                                calendar=calendar, rules=rules)
                if figure in dispute_figures(record.facts, course, end=end, as_of=as_of, settled=settled,
                                             limit_due=due):
                    ids.append(record.facts.case_id)
            read += len(batch)
            if progress is not None and not progress(read, 0):
                raise OperationCancelled()
        return tx.inspection.case_rows(ids) if ids else []


def platform_cases_behind(uow: UnitOfWork, principal: Principal, figure: PlatformFigure, *, start: date, end: date,
                          progress: Progress | None = None) -> list[RepeatCase]:
    """The cases the platform-enterprise report of [start, end] counts in one cell (a breakdown's row
    and a column; row "" for the total); by received date."""
    principal.require(Permission.VIEW_STATISTICS)
    if figure.column not in {k for k, _, _ in FIGURE_COLUMNS}:
        raise ValidationError({"figure": figure.column}, f"没有这一栏：{figure.column}", f"No such column: {figure.column}")
    _period(start, end)
    ids: list[int] = []
    with uow.read() as tx:
        name_to_code = names_with_one_code(tx.platform_report.enterprise_mentions(start=start, end=end))
        read = 0
        for batch in tx.platform_report.platform_batches(start=start, end=end):
            for record in batch:
                case = platform_case(record, start, end)
                if case is not None and in_platform_figure(case, figure, name_to_code):
                    ids.append(case.case_id)
            read += len(batch)
            if progress is not None and not progress(read, 0):
                raise OperationCancelled()
        return tx.inspection.case_rows(ids) if ids else []
