"""The cases behind a figure: which figures of the dispute tables and of the platform-enterprise
report one case counts in, by the same definitions the tables use (``domain.statistics``,
``domain.platform_report``), so that the list a figure opens has as many cases as the figure counts.
Pure: no storage, no clock.

A count (件) lists the cases it counts; a number of workers (人) or an amount (元) the cases whose
workers or amounts it adds; a rate (%) the cases of its numerator; a duration (天) the closed cases
it is computed from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.inspection import identity_key, normalise_name
from mediation_desk.domain.platform_report import (ClaimGroup, PlatformCase, category_of, claim_group_of, industry_of,
                                                   role_of)
from mediation_desk.domain.statistics import (CONCLUDED, COLLECTIVE_MIN_WORKERS, INDICATOR_BY_KEY, CaseFacts, Course,
                                              Settled, Way, cause_of, evaluation_day, result_of, status_on)

# a rate or a duration: the figures whose cases it lists
RATE_CASES: dict[str, tuple[str, ...]] = {
    "pending_end": ("pending_end",),
    "closing_rate": ("closed",),
    "mediation_rate": ("way_mediation",),
    "mediation_withdrawal_rate": ("way_mediation", "way_withdrawal"),
    "final_award_share": ("final_awards",),
    "duration_median": ("closed",),
    "duration_p90": ("closed",),
}
# the figures a case adds to by being received, and by being closed
_WHEN_RECEIVED = ("received", "workers", "claimed_received")
_WHEN_CLOSED = ("closed", "claimed_closed")


def dispute_figures(facts: CaseFacts, course: Course, *, end: date, as_of: date | None = None,
                    settled: Settled | None = None, limit_due: date | None = None) -> frozenset[str]:
    """The indicator keys of the dispute table whose figure counts this case (the rules of
    ``TableBuilder.add``); a rate's or duration's key when the case is among the cases it lists."""
    keys: set[str] = set()
    if course.pending_at_start:
        keys.add("pending_start")
    if course.received:
        keys.update(_WHEN_RECEIVED)
        keys.add("received_reopened" if course.reopened else "received_new")
        if facts.is_group and facts.workers >= COLLECTIVE_MIN_WORKERS:
            keys.update(("collective", "collective_workers"))
        keys.add(f"cause_{cause_of(facts.claim_kinds).value}")
    conclusion = course.conclusion
    if conclusion is None:
        if status_on(facts, end) not in CONCLUDED:
            keys.add("pending_end")
    else:
        settled = settled or Settled()
        keys.update(_WHEN_CLOSED)
        keys.add(f"way_{conclusion.way.value}")
        keys.add(f"result_{result_of(conclusion.way, claimed=facts.claimed, amount=settled.amount, rulings=settled.rulings).value}")
        if conclusion.way is Way.AWARD:
            keys.add("awarded")
            if settled.final:
                keys.add("final_awards")
        elif conclusion.way is Way.MEDIATION:
            keys.add("agreed")
    if limit_due is not None and limit_due < evaluation_day(course, as_of or end):
        keys.add("over_limit")
        keys.add("over_limit_closed" if conclusion is not None else "over_limit_open")
    for rate, parts in RATE_CASES.items():
        if any(p in keys for p in parts):
            keys.add(rate)
    return frozenset(keys)


def is_dispute_figure(key: str) -> bool:
    return key in INDICATOR_BY_KEY


# ---------------------------------------------------------------------------- the platform report


@dataclass(frozen=True)
class PlatformFigure:
    """A cell of the platform-enterprise report: a breakdown's row and a column (``FIGURE_COLUMNS``);
    row ``""`` is the total."""

    breakdown: str
    row: str
    column: str


def platform_rows(case: PlatformCase, name_to_code: Mapping[str, str] | None = None) -> dict[str, frozenset[str]]:
    """The row keys of each breakdown this case counts in (the rules of ``PlatformReportBuilder.add``)."""
    raw = case.platform.strip()
    platform = (normalise_name(raw) if raw else "") or "none"
    firms: dict[str, set[str]] = {}
    codes = name_to_code or {}
    for code, name, role in case.enterprises:
        key = identity_key(code, name, codes)
        if key != "name:":
            firms.setdefault(key, set()).add(role_of(role).value)
    roles = {r for found in firms.values() for r in found} if firms else {"other"}
    groups = {claim_group_of(kind).value for kind, _ in case.claims} or {ClaimGroup.NONE.value}
    return {
        "industry": frozenset({industry_of(case.industry).value}),
        "platform": frozenset({platform}),
        "role": frozenset(roles),
        "enterprise": frozenset(firms) if firms else frozenset({"none"}),
        "category": frozenset({category_of(case.categories).value}),
        "claim_kind": frozenset(groups),
    }


def in_column(case: PlatformCase, column: str) -> bool:
    """Whether the case adds to the column's figure (cases, workers and amounts claimed: every case of
    the row; concluded and its ways: the cases concluded so; agreed, awarded: by mediation, by award)."""
    if column in ("cases", "workers", "claimed"):
        return True
    if column == "concluded":
        return case.way is not None
    if column.startswith("way_"):
        return case.way is not None and f"way_{case.way.value}" == column
    if column == "agreed":
        return case.way is Way.MEDIATION
    if column == "awarded":
        return case.way is Way.AWARD
    return False


def in_platform_figure(case: PlatformCase, figure: PlatformFigure,
                       name_to_code: Mapping[str, str] | None = None) -> bool:
    if not in_column(case, figure.column):
        return False
    if not figure.breakdown or not figure.row:
        return True
    return figure.row in platform_rows(case, name_to_code).get(figure.breakdown, frozenset())
