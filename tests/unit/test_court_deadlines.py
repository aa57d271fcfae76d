"""The periods the court records start, close and restart, counted on the real rules and the 2026
calendar (National Day 10-01..10-07, make-up working day Sat 10-10), worked out by hand."""

from __future__ import annotations

from datetime import date as D

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.deadlines import open_deadlines


@pytest.fixture(scope="module")
def cal():
    return jurisdiction.default_calendar()


@pytest.fixture(scope="module")
def rules():
    return jurisdiction.deadline_rules()


def found(events, today, cal, rules, **kw):
    return {d.code: d for d in open_deadlines(events, today, cal, rules=rules, **kw)}


def test_the_new_rules_carry_their_source(rules):
    for code, (length, start, source) in {
        "revoke_after_suit_ended": (30, "worker_suit_ended", "第二十一条"),
        "sue_after_set_aside": (15, "award_set_aside", "第四十九条"),
        "payment_order_objection": (15, "payment_order_served", "第二百二十七条"),
    }.items():
        rule = rules[code]
        assert (rule.length, rule.unit, rule.day_kind.value, rule.start_event) == (length, "day", "calendar", start)
        assert source in rule.source and rule.confidence == "[V]" and rule.closing_after_start
    events = jurisdiction.event_labels()
    assert {"worker_suit_ended", "award_set_aside", "payment_order_served", "payment_order_objected"} <= set(events)


def test_a_suit_closes_both_award_periods(cal, rules):
    # final award served Mon 09-07: sue 15 days -> Tue 09-22; set aside 30 days -> Wed 10-07, inside the
    # National Day holiday -> Thu 10-08
    events = {"award_served": D(2026, 9, 7)}
    ds = found(events, D(2026, 9, 8), cal, rules)
    assert ds["sue_after_award"].due == D(2026, 9, 22) and ds["revoke_final_award"].due == D(2026, 10, 8)
    # the worker sues 09-15: the intermediate court will not accept a set-aside application meanwhile
    events["lawsuit_filed"] = D(2026, 9, 15)
    assert found(events, D(2026, 9, 16), cal, rules) == {}


def test_the_employers_thirty_days_run_again_after_the_suit_is_withdrawn(cal, rules):
    # an application made while the suit was pending (09-10) was refused; the suit withdrawn and the ruling
    # received Fri 11-20: 30 days -> Sun 12-20 -> Mon 12-21
    events = {"award_served": D(2026, 9, 7), "revocation_applied": D(2026, 9, 10), "lawsuit_filed": D(2026, 9, 15),
              "worker_suit_ended": D(2026, 11, 20)}
    ds = found(events, D(2026, 11, 23), cal, rules)
    assert set(ds) == {"revoke_after_suit_ended"}
    d = ds["revoke_after_suit_ended"]
    assert d.due == D(2026, 12, 21) and d.start == D(2026, 11, 20) and d.days_left == 28
    assert "解释（一）" in d.source
    # only an application made after the restart closes it
    events["revocation_applied"] = D(2026, 12, 18)
    assert found(events, D(2026, 12, 18), cal, rules) == {}
    # a non-final award has no set-aside: the restart does not apply
    events.pop("revocation_applied")
    assert found(events, D(2026, 11, 23), cal, rules, facts={"final_award": False}) == {}


def test_fifteen_days_to_sue_after_the_award_is_set_aside(cal, rules):
    # the set-aside ruling received Sat 09-19: 15 days -> Sun 10-04, in the holiday -> Thu 10-08.
    # The earlier suit (withdrawn) does not close it; the award's own 15 days end with the set-aside.
    events = {"award_served": D(2026, 8, 3), "lawsuit_filed": D(2026, 8, 10), "award_set_aside": D(2026, 9, 19)}
    ds = found(events, D(2026, 9, 21), cal, rules)
    assert set(ds) == {"sue_after_set_aside"} and ds["sue_after_set_aside"].due == D(2026, 10, 8)
    events["lawsuit_filed"] = D(2026, 10, 8)
    assert found(events, D(2026, 10, 8), cal, rules) == {}


def test_the_debtors_fifteen_days_after_a_payment_order(cal, rules):
    # served Fri 11-13: 15 days -> Sat 11-28 -> Mon 11-30. An agreement performed earlier does not close it.
    events = {"agreement_performed": D(2026, 10, 30), "payment_order_served": D(2026, 11, 13)}
    ds = found(events, D(2026, 11, 16), cal, rules)
    assert ds["payment_order_objection"].due == D(2026, 11, 30)
    events["payment_order_objected"] = D(2026, 11, 20)
    assert "payment_order_objection" not in found(events, D(2026, 11, 20), cal, rules)
