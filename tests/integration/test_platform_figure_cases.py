"""The list behind a figure of the platform-enterprise report (hand-worked book of
test_platform_report.py): every cell's list has as many cases as the cell counts, the lists of
named rows hold the cases worked out by hand, and a bad column is refused."""

from __future__ import annotations

import pytest

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.figure_cases import PlatformFigure
from mediation_desk.services.figure_cases import platform_cases_behind
from mediation_desk.services.platform_report import platform_report
from tests.integration.test_platform_report import END, START, desk

__all__ = ["desk"]


def test_every_cell_lists_as_many_cases_as_it_counts(desk) -> None:
    book, staff, _, ids, _ = desk
    names = {case_id: name for name, case_id in ids.items()}
    report = platform_report(book.uow, staff, start=START, end=END)

    def behind(breakdown: str, row: str, column: str) -> set[str]:
        rows = platform_cases_behind(book.uow, staff, PlatformFigure(breakdown, row, column), start=START, end=END)
        return {names[r.case_id] for r in rows}

    for b in report.breakdowns:
        for row in b.rows:
            for column in ("cases", "concluded", "way_mediation", "way_award", "way_withdrawal"):
                assert len(behind(b.key, row.key, column)) == row.values[column], (b.key, row.label, column)
    assert behind("", "", "cases") == {"p1", "p2", "p3", "p4", "p7", "p8"}
    assert behind("industry", "food_delivery", "cases") == {"p1", "p2", "p7"}
    assert behind("category", "none", "cases") == {"p3", "p7", "p8"}
    assert behind("claim_kind", "relationship", "cases") == {"p2", "p7"}
    assert behind("role", "outsourcing", "concluded") == {"p1", "p2"}
    assert behind("platform", "none", "cases") == {"p4"}
    outsourcer = next(r for r in report.breakdown("enterprise").rows if r.label == "南昌众包劳务有限公司")
    assert behind("enterprise", outsourcer.key, "cases") == {"p1", "p2"}  # with its code, and by its name only
    assert behind("", "", "awarded") == {"p2"}
    with pytest.raises(ValidationError):
        platform_cases_behind(book.uow, staff, PlatformFigure("industry", "courier", "nonsense"), start=START, end=END)
