"""Deadlines counted through a year whose holiday arrangement is not yet published (暂定).

Worked by hand. The estimate for 2027 (holidays.json ``provisional``): 元旦 Fri 2027-01-01;
春节 除夕 Fri 02-05 to 初三 Mon 02-08 (正月初一 Sat 2027-02-06); 清明 Mon 04-05; 劳动节 Sat 05-01
and Sun 05-02; 端午 Wed 06-09; 中秋 Wed 09-15; 国庆 Fri 10-01 to Sun 10-03. No make-up working days.
"""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.chinese_dates import chinese_date, numeric_date, parse_date
from mediation_desk.domain.deadlines import CalendarGap, DeadlineStatus, ProvisionalDate, WorkCalendar, is_provisional
from mediation_desk.services.deadlines import due_date, open_deadlines
from mediation_desk.domain.documents import plain_context
from mediation_desk.domain.provisional_dates import provisional_reason

D = date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return jurisdiction.default_calendar()


def arrangement_2027() -> WorkCalendar:
    """Illustrative 2027 arrangement for the tests only (not the State Council's notice)."""
    off = [D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)] + [D(2027, 2, 5) + timedelta(days=i) for i in range(9)]
    return WorkCalendar.from_dates(off, [D(2027, 2, 20)], {2027})


def test_the_2027_estimate_is_the_statutory_days(cal):
    assert 2027 in cal.provisional_years and 2026 not in cal.provisional_years
    est = sorted(d for d in cal.holidays if d.year == 2027)
    assert est == [D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 4, 5),
                   D(2027, 5, 1), D(2027, 5, 2), D(2027, 6, 9), D(2027, 9, 15), D(2027, 10, 1), D(2027, 10, 2),
                   D(2027, 10, 3)]
    assert not any(d.year == 2027 for d in cal.makeup_workdays)


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_lunar_table_agrees_with_the_published_years(year):
    # every day the estimate would give is a day off in the State Council's arrangement
    estimate = jurisdiction.provisional_calendar()
    official = jurisdiction.official_calendar()
    assert year in official.official_years
    est = {d for d in estimate.holidays if d.year == year}
    assert len(est) == 13
    assert est <= set(official.holidays)


def test_december_case_award_period_is_provisional_with_its_reason(cal):
    # received and accepted Thu 2026-12-03; 45 days -> Sun 2027-01-17 -> Mon 2027-01-18
    due = due_date("award", D(2026, 12, 3), cal)
    assert due == D(2027, 1, 18) and is_provisional(due)
    assert isinstance(due, ProvisionalDate) and due.years == (2027,)
    assert "2027年的节假日安排" in due.reason and "暂定" not in due.reason
    assert "2027" in due.reason_en
    # equal to the plain date, and arithmetic keeps the mark
    assert {due} == {D(2027, 1, 18)} and (due - D(2027, 1, 1)).days == 17
    assert is_provisional(due + timedelta(days=1))


def test_spring_festival_from_the_lunar_table_rolls_the_end(cal):
    # 15 days from Thu 2027-01-21 -> Fri 02-05 (除夕) -> 06, 07 (Sat, Sun, 春节) -> 08 (初三) -> Tue 02-09
    due = due_date("mediation_window", D(2027, 1, 21), cal)
    assert due == D(2027, 2, 9) and is_provisional(due)


def test_a_count_that_stays_in_a_published_year_is_not_provisional(cal):
    due = due_date("award", D(2026, 10, 1), cal)     # 45 days -> Sun 11-15 -> Mon 11-16
    assert due == D(2026, 11, 16) and not is_provisional(due) and type(due) is date


def test_a_working_day_count_that_touches_the_new_year(cal):
    # defence: 10 working days from Thu 2026-12-24: 25, 28, 29, 30, 31, (2027, 01-01 元旦) 04 .. 08
    due = due_date("defence", D(2026, 12, 24), cal)
    assert due == D(2027, 1, 8) and is_provisional(due)


def test_entered_arrangement_clears_the_mark_and_can_move_the_date(cal):
    entered = cal.overlay(arrangement_2027())
    assert 2027 not in entered.provisional_years
    due = due_date("award", D(2026, 12, 3), entered)
    assert due == D(2027, 1, 18) and not is_provisional(due)
    # with the (illustrative) 9-day Spring Festival the mediation window now ends on 02-15 (Mon),
    # and 02-20 (Sat) is a working day
    assert due_date("mediation_window", D(2027, 1, 21), entered) == D(2027, 2, 15)
    assert entered.is_working_day(D(2027, 2, 20))


def test_calendar_without_estimate_still_reports_the_gap(cal):
    bare = jurisdiction.official_calendar()
    with pytest.raises(CalendarGap):
        due_date("award", D(2026, 12, 3), bare)


def test_open_deadlines_carry_the_mark(cal):
    events = {"accepted": D(2026, 12, 3), "application_copy_served": D(2026, 12, 4)}
    found = {d.code: d for d in open_deadlines(events, D(2026, 12, 4), cal)}
    award = found["award"]
    assert award.due == D(2027, 1, 18) and award.provisional
    assert award.status is DeadlineStatus.LATER and award.days_left == 45
    assert award.provisional_years == (2027,) and award.provisional_reason == provisional_reason([2027])
    defence = found["defence"]  # 10 working days from Fri 12-04: 07 .. 11, 14 .. 18
    assert defence.due == D(2026, 12, 18) and not defence.provisional and defence.provisional_reason == ""


def test_documents_print_the_mark():
    due = ProvisionalDate(2027, 1, 18, years=[2027])
    assert chinese_date(due) == "二〇二七年一月十八日（暂定）"
    assert numeric_date(due) == "2027年1月18日（暂定）"
    assert numeric_date(D(2027, 1, 18)) == "2027年1月18日"
    carried = plain_context({"due": due, "plain": D(2027, 1, 18)})
    assert carried == {"due": "2027-01-18（暂定）", "plain": "2027-01-18"}
    back = parse_date(carried["due"])
    assert is_provisional(back) and back == D(2027, 1, 18)
    assert chinese_date(carried["due"]) == "二〇二七年一月十八日（暂定）"
    assert not is_provisional(parse_date(carried["plain"]))


def test_provisional_date_survives_pickling():
    due = ProvisionalDate(2027, 1, 18, years=[2027])
    back = pickle.loads(pickle.dumps(due))
    assert back == due and back.years == (2027,)


def test_template_filters_print_the_mark():
    from mediation_desk.documents.sandbox import cn_date, ymd

    carried = plain_context({"due": ProvisionalDate(2027, 1, 18, years=[2027])})["due"]
    assert ymd(carried) == "2027年1月18日（暂定）"
    assert cn_date(carried) == "二〇二七年一月十八日（暂定）"
    assert ymd("2027-01-18") == "2027年1月18日"
