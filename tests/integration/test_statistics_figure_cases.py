"""The list behind a figure of the dispute tables (hand-worked commission book of test_statistics.py):
every count lists exactly the cases it counts, named by hand; a group's list holds that group's
cases only; a rate lists its numerator's cases; a legal-aid lawyer may not see the lists."""

from __future__ import annotations

import pytest

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.statistics import INDICATORS
from mediation_desk.domain.users import Role
from mediation_desk.services.figure_cases import dispute_cases_behind
from mediation_desk.services.statistics import NO_TRIBUNAL, dispute_table
from tests.integration.test_statistics import END, HAND, START, desk
from tests.support.books import add_user

__all__ = ["desk"]

BEHIND = {"pending_start": {"c1", "c2"}, "received": {"c3", "c4", "c5", "c6", "c9", "c10"},
          "received_reopened": {"c5"}, "collective": {"c6"}, "closed": {"c1", "c3", "c4", "c5", "c10"},
          "way_award": {"c1", "c5"}, "way_other": {"c10"}, "result_employer": {"c5"}, "result_none": {"c3", "c10"},
          "pending_end": {"c2", "c6", "c9"}, "over_limit": {"c2"}, "cause_social_insurance": {"c3", "c10"},
          "mediation_withdrawal_rate": {"c3", "c4"}, "agreed": {"c4"}}


def test_every_count_lists_the_cases_it_counts(desk) -> None:
    book, staff, admin, ids, _ = desk
    names = {case_id: name for name, case_id in ids.items()}
    for key, expected in BEHIND.items():
        rows = dispute_cases_behind(book.uow, staff, key, start=START, end=END)
        assert {names[r.case_id] for r in rows} == expected, key
    table = dispute_table(book.uow, staff, start=START, end=END).total.values
    for ind in INDICATORS:
        if ind.unit == "件":
            rows = dispute_cases_behind(book.uow, staff, ind.key, start=START, end=END)
            assert len(rows) == HAND[ind.key] == table[ind.key], ind.key
    rows = dispute_cases_behind(book.uow, staff, "received", start=START, end=END)
    assert [r.received_on for r in rows] == sorted(r.received_on for r in rows)
    assert all(r.number and r.worker and r.respondents and r.status for r in rows)
    # one group: the cases without a tribunal received in the period (c3 c4 c6 c9 c10)
    rows = dispute_cases_behind(book.uow, staff, "received", start=START, end=END, by="arbitrator", group=NO_TRIBUNAL)
    assert {names[r.case_id] for r in rows} == {"c3", "c4", "c6", "c9", "c10"}
    with pytest.raises(ValidationError):
        dispute_cases_behind(book.uow, staff, "nonsense", start=START, end=END)
    with pytest.raises(ValidationError):
        dispute_cases_behind(book.uow, staff, "received", start=END, end=START)
    lawyer = add_user(book, admin, username="lawyer2", display_name="钱律师", role=Role.LEGAL_AID_LAWYER)
    with pytest.raises(PermissionDenied):
        dispute_cases_behind(book.uow, lawyer, "received", start=START, end=END)
