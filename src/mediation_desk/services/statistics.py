"""The labour-dispute tables of a period (docs/statistics.md), for the statistics page, the
command line (``mediation-desk report disputes``) and the reports built on them later.

The definitions are ``domain.statistics``; the rows come from ``tx.statistics`` a batch of cases at
a time. Who may see them: ``Permission.VIEW_STATISTICS`` (administrator, mediator, arbitrator,
clerk; not a legal-aid lawyer, who sees only the cases referred to them — docs/permissions.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from mediation_desk.domain.deadlines import DeadlineRule, WorkCalendar
from mediation_desk.domain.errors import OperationCancelled, ValidationError
from mediation_desk.domain.statistics import (PERIOD_RULES, CaseFacts, Cause, Check, CourseGroup, DisputeTable, Result, Settled,
                                              TableBuilder, Way, check_period)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.deadlines import calendar_for, open_deadlines
from mediation_desk.services.ports import CaseStatRecord, Tx, UnitOfWork

GROUPINGS = (None, "organisation", "arbitrator")
NO_TRIBUNAL = "未组庭"
_GRANTING = ("granted", "partly")


@dataclass(frozen=True)
class DisputeReport:
    """The whole book's table first, then one table per group when grouped."""

    start: date
    end: date
    by: str | None
    organisation: str
    tables: tuple[DisputeTable, ...]

    @property
    def total(self) -> DisputeTable:
        return self.tables[0]


def settled_of(record: CaseStatRecord, way: Way) -> Settled:
    """The amount a conclusion awarded or agreed, the award's ruling outcomes and finality."""
    if way is Way.AWARD:
        instruments = [a for a in record.awards if a[0] in ("award", "partial")]
        rulings = [r for a in instruments for r in a[2]]
        amount = sum((amt for outcome, amt in rulings if outcome in _GRANTING and amt is not None), Decimal("0"))
        final = any(a[0] == "award" and a[1] in ("final", "mixed") for a in instruments)
        return Settled(amount, tuple(outcome for outcome, _ in rulings), final)
    if way is Way.MEDIATION:
        statements = [a for a in record.awards if a[0] == "mediation"]
        if statements:
            latest = statements[-1]
            return Settled(sum((amt for _, amt in latest[2] if amt is not None), Decimal("0")))
        return Settled(record.agreed or Decimal("0"))
    return Settled()


def period_rules() -> dict[str, DeadlineRule]:
    """The handling-period rules of 超审限 (调解期限, 仲裁裁决期限 and its extension) from the data."""
    from mediation_desk import jurisdiction  # data loading lives outside the service layer

    rules = jurisdiction.deadline_rules()
    return {code: rules[code] for code in PERIOD_RULES if code in rules}


def period_event_kinds(rules: Mapping[str, DeadlineRule]) -> frozenset[str]:
    """Every event the handling periods read: start, restart, closing and approval events."""
    kinds: set[str] = set()
    for rule in rules.values():
        kinds.add(rule.start_event)
        kinds.update(rule.restart_events, rule.closing_events)
        if rule.approval_event:
            kinds.add(rule.approval_event)
    return frozenset(kinds)


def limit_due(record: CaseStatRecord, on: date, *, concluded: bool, calendar: WorkCalendar | None = None,
              rules: Mapping[str, DeadlineRule] | None = None) -> date | None:
    """The due date of the case's handling period (调解期限 / 仲裁裁决期限, extended when approved,
    less suspensions) as it stood on ``on``: computed from the events before ``on`` for a concluded
    case (its concluding events excluded) or up to ``on`` for an open one. None: no period runs,
    or none can have passed by ``on`` (a period counted in days ends no earlier than its start plus
    its length: restarts, extensions, suspensions and rest days only move it later)."""
    rules = rules if rules is not None else period_rules()
    latest: dict[str, date] = {}
    for kind, when in record.events:
        if when < on or (when == on and not concluded):
            if kind not in latest or when > latest[kind]:
                latest[kind] = when
    may_pass = False
    for rule in rules.values():
        started = latest.get(rule.start_event)
        if started is None or rule.extends:  # an extension only lengthens the period it extends
            continue
        if rule.unit != "day" or rule.direction != "after" or started + timedelta(days=rule.length - 1) < on:
            may_pass = True
    if not may_pass:
        return None
    suspensions = [(s, e or max(on, s)) for s, e in record.suspensions if s <= on]
    found = [d.due for d in open_deadlines(latest, on, calendar, rules=rules,
                                           suspensions={"award": suspensions} if suspensions else None)
             if d.code in PERIOD_RULES and d.due is not None]
    return max(found) if found else None


def _group_keys(by: str | None, organisation: str) -> Callable[[CaseStatRecord], str]:
    if by == "organisation":
        return lambda record: organisation
    return lambda record: record.arbitrators[0] if record.arbitrators else NO_TRIBUNAL


def grouped_tables(tx: Tx, *, start: date, end: date, as_of: date, by: str | None, organisation: str,
                   progress: Callable[[int, int], bool] | None = None) -> tuple[TableBuilder, dict[str, TableBuilder]]:
    """The whole table and the groups' tables, added up from the grouped reads of the derived
    statistics rows (``tx.statistics_facts``); 超审限 of the cases open at the end per case."""
    whole = TableBuilder(start, end, as_of=as_of)
    groups: dict[str, TableBuilder] = {}

    def builders(grp: str) -> list[TableBuilder]:
        if by is None:
            return [whole]
        name = organisation if by == "organisation" else (grp or NO_TRIBUNAL)
        return [whole, groups.setdefault(name, TableBuilder(start, end, name, as_of=as_of))]

    open_cases: dict[int, str] = {}  # counted and open at the end: case id -> group
    read = 0
    for row in tx.statistics_facts.fact_groups(start=start, end=end, by_arbitrator=by == "arbitrator"):
        read += int(row.n)
        if not row.counted:
            if not row.closed:  # left out of the period, yet open at its end (the direct count sees it)
                for b in builders(row.grp):
                    b.count_open_at_end(int(row.n))
            continue
        group = course_group(row)
        for b in builders(row.grp):
            b.add_group(group)
            if group.way is None:
                b.count_open_at_end(group.cases)
            else:
                b.add_durations(int(row.days), group.cases)
        if row.open_case is not None:
            open_cases[int(row.open_case)] = row.grp
    if progress is not None and not progress(read, 0):  # the cases read (counted or open at the end)
        raise OperationCancelled()
    if open_cases:  # 超审限 of an open case: its handling period as it stands on as_of
        calendar = calendar_for(tx)
        rules = period_rules()
        periods = tx.statistics_facts.open_case_periods(sorted(open_cases), as_of=as_of,
                                                        event_kinds=period_event_kinds(rules))
        due_of: dict[tuple[object, ...], date | None] = {}  # limit_due depends on these inputs only
        for case_id, (events, suspensions) in periods.items():
            if (events, suspensions) in due_of:
                due = due_of[(events, suspensions)]
            else:
                record = CaseStatRecord(facts=_NO_FACTS, events=events, suspensions=suspensions)
                due = due_of[(events, suspensions)] = limit_due(record, as_of, concluded=False, calendar=calendar,
                                                                rules=rules)
            if due is not None and due < as_of:
                for b in builders(open_cases[case_id]):
                    b.add_open_over_limit()
    return whole, groups


def dispute_table(uow: UnitOfWork, principal: Principal, *, start: date, end: date,
                  by: str | None = None, progress: Callable[[int, int], bool] | None = None) -> DisputeReport:
    """The dispute table of [start, end] (both included), whole and, with ``by``, per organisation or
    per presiding arbitrator of the case's latest tribunal (cases without a tribunal: 未组庭).
    ``progress(cases read, 0)`` is called after every window of case ids (the total is not known beforehand);
    when it returns False the work stops with ``OperationCancelled``."""
    principal.require(Permission.VIEW_STATISTICS)
    if by not in GROUPINGS:
        raise ValidationError({"by": "分组方式只能是机构或仲裁员"}, "只能按机构或仲裁员分组。",
                              "Group by organisation or arbitrator only.")
    try:
        check_period(start, end)
    except ValueError as exc:
        raise ValidationError({"period": str(exc)}, str(exc), "The period ends before it starts.") from None
    with uow.read() as tx:
        org = tx.org.get()
        organisation = org.name if org is not None else ""
        as_of = min(end, clock.today())
        whole, groups = grouped_tables(tx, start=start, end=end, as_of=as_of, by=by, organisation=organisation,
                                       progress=progress)
        sql_count, _, sql_claimed = tx.statistics.count_received(start=start, end=end)
    total = whole.table()
    new_claimed = whole.new_claimed.quantize(Decimal("0.01"))
    cross = Check("sql_received", "新收案件数及其请求金额与数据库直接汇总一致",
                  "New cases and their claims equal the database's own aggregate",
                  sql_count == total.values["received_new"] and sql_claimed == new_claimed,
                  f"逐案 {total.values['received_new']} 件 {new_claimed} 元，汇总 {sql_count} 件 {sql_claimed} 元")
    total = replace(total, checks=total.checks + (cross,))
    tables = [total, *(groups[name].table() for name in sorted(groups))]
    if by is not None:
        tables[0] = replace(tables[0], checks=tables[0].checks + (_groups_add_up(tables[0], tables[1:]),))
    return DisputeReport(start, end, by, organisation, tuple(tables))


_FEN = Decimal("0.01")
_NO_FACTS = CaseFacts(case_id=0, received_on=date.min, workers=0, is_group=False, claimed=Decimal("0"),
                      claim_kinds=frozenset(), changes=())  # limit_due reads a record's events and suspensions only


def course_group(row: object) -> CourseGroup:
    """A ``fact_groups`` row (``storage.statistics_repo.GROUP_COLUMNS`` and sums, amounts in fen)."""
    r: object = row
    way = Way(getattr(r, "way")) if getattr(r, "closed") else None
    awarded, agreed = int(getattr(r, "awarded") or 0), int(getattr(r, "agreed") or 0)
    settled = awarded if way is Way.AWARD else agreed if way is Way.MEDIATION else 0
    return CourseGroup(pending_at_start=bool(getattr(r, "pending")), received_new=bool(getattr(r, "new")),
                       reopened=bool(getattr(r, "reopened")), way=way, cause=Cause(getattr(r, "cause")),
                       collective=bool(getattr(r, "collective")),
                       result=Result(getattr(r, "result")) if way is not None else None,
                       final=bool(getattr(r, "final")), over_limit=bool(getattr(r, "over")),
                       cases=int(getattr(r, "n")), distinct=int(getattr(r, "distinct")),
                       workers=int(getattr(r, "workers") or 0),
                       claimed=Decimal(int(getattr(r, "claimed") or 0)) * _FEN, settled=Decimal(settled) * _FEN)


def _groups_add_up(total: DisputeTable, groups: list[DisputeTable]) -> Check:
    keys = ("pending_start", "received", "closed", "pending_end")
    sums = {k: sum(int(g.values[k] or 0) for g in groups) for k in keys}
    ok = all(sums[k] == total.values[k] for k in keys)
    return Check("groups_sum", "各分组之和 = 合计（上期未结、当期受理、结案、期末未结）", "Groups add up to the total", ok,
                 "；".join(f"{k} {sums[k]}/{total.values[k]}" for k in keys))
