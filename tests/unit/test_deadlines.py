"""Deadline counting, worked out by hand.

How the expected dates were counted (民事诉讼法第八十五条): the start day is not counted; a
calendar-day period of n days ends on start + n; if that day is a rest day (a statutory
holiday, or a Saturday/Sunday that is not a make-up working day) the end moves to the next
working day. A working-day period ends on the n-th working day after the start day. Month and
year periods end on the same day number, or the month's last day when it does not exist.

The 2026 arrangement used below, as listed by chinesecalendar 1.11 (and the State Council
notice of 2025-11-04):
* 春节: days off 2026-02-15 (Sun) .. 2026-02-23 (Mon); make-up working days 2026-02-14 (Sat)
  and 2026-02-28 (Sat).
* 中秋: days off 2026-09-25 (Fri) .. 2026-09-27 (Sun).
* 国庆: days off 2026-10-01 (Thu) .. 2026-10-07 (Wed); make-up working days 2026-09-20 (Sun)
  and 2026-10-10 (Sat).
* 清明: 2026-04-04 .. 04-06; 劳动节: 05-01 .. 05-05, make-up 05-09 (Sat).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.deadlines import (
    CalendarGap,
    DayKind,
    DeadlineRule,
    DeadlineStatus,
    WorkCalendar,
    add_months,
)
from mediation_desk.services.deadlines import due_date, open_deadlines
from mediation_desk.domain.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
D = date


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return jurisdiction.default_calendar()


@pytest.fixture(scope="module")
def cal_2026_only() -> WorkCalendar:
    """2026 alone, written out from the notice, so tests about gaps do not depend on package data."""
    holidays = (days(D(2026, 1, 1), D(2026, 1, 3)) + days(D(2026, 2, 15), D(2026, 2, 23))
                + days(D(2026, 4, 4), D(2026, 4, 6)) + days(D(2026, 5, 1), D(2026, 5, 5))
                + days(D(2026, 6, 19), D(2026, 6, 21)) + days(D(2026, 9, 25), D(2026, 9, 27))
                + days(D(2026, 10, 1), D(2026, 10, 7)))
    makeup = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]
    return WorkCalendar.from_dates(holidays, makeup, {2026})


# ---- the 2026 data itself ----

def test_2026_data_in_chinesecalendar_is_the_arrangement_stated_above(cal_2026_only):
    package = jurisdiction.package_calendar()
    assert 2026 in package.years
    assert {d for d in package.holidays if d.year == 2026} == cal_2026_only.holidays
    assert {d for d in package.makeup_workdays if d.year == 2026} == cal_2026_only.makeup_workdays


def test_holidays_json_2026_matches_chinesecalendar():
    supplement = jurisdiction.calendar_from_supplement(json.loads(
        (ROOT / "resources" / "jurisdiction" / "holidays.json").read_text(encoding="utf-8")))
    package = jurisdiction.package_calendar()
    assert supplement.years == {2026}
    assert supplement.holidays == {d for d in package.holidays if d.year == 2026}
    assert supplement.makeup_workdays == {d for d in package.makeup_workdays if d.year == 2026}


def test_working_day_questions(cal):
    assert cal.is_working_day(D(2026, 2, 14))      # Saturday, make-up working day
    assert cal.is_rest_day(D(2026, 2, 16))         # Monday in the Spring Festival
    assert cal.is_rest_day(D(2026, 3, 7))          # ordinary Saturday
    assert cal.is_working_day(D(2026, 9, 20))      # Sunday, make-up working day
    assert cal.is_statutory_holiday(D(2026, 10, 3))
    assert not cal.is_statutory_holiday(D(2026, 3, 7))
    assert cal.name_of(D(2026, 10, 1)) == "国庆节"


# ---- calendar-day periods ----

def test_period_ending_in_national_day_rolls_to_first_working_day(cal):
    # award served Fri 2026-09-18; 15 days -> Sat 2026-10-03 (国庆); Oct 4-7 are holidays too;
    # Thu 2026-10-08 is the first working day.
    assert due_date("sue_after_award", D(2026, 9, 18), cal) == D(2026, 10, 8)
    # mediation application received 2026-09-16; 15 days -> Thu 2026-10-01 -> 2026-10-08
    assert due_date("mediation_window", D(2026, 9, 16), cal) == D(2026, 10, 8)


def test_award_period_ending_in_spring_festival(cal):
    # accepted Mon 2026-01-05; 45 days: Jan 5 + 26 = Jan 31, + 19 = Thu 2026-02-19 (春节);
    # the holiday runs to Mon Feb 23, so the period ends Tue 2026-02-24.
    assert due_date("award", D(2026, 1, 5), cal) == D(2026, 2, 24)


def test_period_ending_on_a_makeup_saturday_does_not_move(cal):
    # 2026-01-30 + 15 days = Sat 2026-02-14, a make-up working day: the period ends that day.
    assert due_date("mediation_window", D(2026, 1, 30), cal) == D(2026, 2, 14)


def test_period_ending_on_ordinary_weekend_moves_to_monday(cal):
    # agreement effective Fri 2026-03-13; 15 days -> Sat 2026-03-28 -> Mon 2026-03-30
    assert due_date("mediation_review", D(2026, 3, 13), cal) == D(2026, 3, 30)
    # 30 days from Sat 2026-03-07 -> Mon 2026-04-06 (清明 holiday) -> Tue 2026-04-07
    assert due_date("judicial_confirmation", D(2026, 3, 7), cal) == D(2026, 4, 7)


def test_a_saturday_before_a_makeup_sunday_moves_to_that_sunday(cal):
    # 2026-09-04 + 15 = Sat 2026-09-19; the next working day is Sun 2026-09-20 (make-up day).
    assert due_date("sue_after_award", D(2026, 9, 4), cal) == D(2026, 9, 20)


def test_statutory_holiday_only_policy_keeps_a_weekend_end():
    rule = DeadlineRule("t", "测试", "x", 15, "day", DayKind.CALENDAR, "测试", "[R]", roll_over="statutory_holiday")
    cal = jurisdiction.default_calendar()
    assert due_date(rule, D(2026, 3, 13), cal) == D(2026, 3, 28)          # Saturday stays
    assert due_date(rule, D(2026, 9, 18), cal) == D(2026, 10, 8)          # 国庆 still rolls


# ---- working-day periods ----

def test_working_days_across_spring_festival_and_makeup_saturday(cal):
    # received Wed 2026-02-11: Thu 12 (1), Fri 13 (2), Sat 14 make-up (3), Feb 15-23 holiday,
    # Tue 24 (4), Wed 25 (5).
    assert due_date("acceptance_decision", D(2026, 2, 11), cal) == D(2026, 2, 25)


def test_working_days_across_makeup_sunday_mid_autumn_and_national_day(cal):
    # copy served Thu 2026-09-17: Fri 18 (1), Sat 19 rest, Sun 20 make-up (2), Mon 21 (3), 22 (4),
    # 23 (5), 24 (6), Sep 25-27 中秋, Mon 28 (7), 29 (8), 30 (9), Oct 1-7 国庆, Thu Oct 8 (10).
    assert due_date("defence", D(2026, 9, 17), cal) == D(2026, 10, 8)
    # accepted Wed 2026-10-07: Thu 8 (1), Fri 9 (2), Sat 10 make-up (3), Sun 11 rest, Mon 12 (4), Tue 13 (5)
    assert due_date("tribunal_notice", D(2026, 10, 7), cal) == D(2026, 10, 13)


def test_hearing_notice_counts_back_from_the_hearing(cal):
    # hearing Mon 2026-10-12; back 5 working days: Sat Oct 10 make-up (1), Fri 9 (2), Thu 8 (3),
    # Oct 1-7 国庆, Wed Sep 30 (4), Tue Sep 29 (5): notice served by 2026-09-29.
    assert due_date("hearing_notice", D(2026, 10, 12), cal) == D(2026, 9, 29)
    # hearing Tue 2026-03-17: Mon 16 (1), Fri 13 (2), Thu 12 (3), Wed 11 (4), Tue 10 (5)
    assert due_date("hearing_notice", D(2026, 3, 17), cal) == D(2026, 3, 10)


def test_before_rule_in_calendar_days_moves_earlier_on_a_rest_day(cal):
    rule = DeadlineRule("n", "开庭通知（自然日）", "hearing_date", 5, "day", DayKind.CALENDAR, "测试", "[R]",
                        direction="before")
    # hearing Thu 2026-03-12 - 5 = Sat 2026-03-07 -> previous working day Fri 2026-03-06
    assert due_date(rule, D(2026, 3, 12), cal) == D(2026, 3, 6)
    # hearing Wed 2026-03-18 - 5 = Fri 2026-03-13 (working day)
    assert due_date(rule, D(2026, 3, 18), cal) == D(2026, 3, 13)


# ---- the award period: extension and suspension ----

def test_award_with_fifteen_day_extension(cal):
    # accepted Mon 2026-08-03: 45 days -> Thu 2026-09-17.
    assert due_date("award", D(2026, 8, 3), cal) == D(2026, 9, 17)
    # extended: 60 days -> Fri 2026-10-02 (国庆) -> Thu 2026-10-08.
    assert due_date("award", D(2026, 8, 3), cal, extended=True) == D(2026, 10, 8)
    assert due_date("award_extension", D(2026, 8, 3), cal) == D(2026, 10, 8)


def test_award_with_suspension_interval(cal):
    # accepted Mon 2026-03-02: 45 days -> Thu 2026-04-16. Suspended 2026-03-20 .. 03-29
    # (10 days, not counted): 55 days -> Sun 2026-04-26 -> Mon 2026-04-27.
    assert due_date("award", D(2026, 3, 2), cal) == D(2026, 4, 16)
    assert due_date("award", D(2026, 3, 2), cal, excluded=[(D(2026, 3, 20), D(2026, 3, 29))]) == D(2026, 4, 27)


def test_award_with_extension_and_public_notice_interval(cal):
    # accepted 2026-08-03, extended (60 days) and public-notice service 2026-08-10 .. 08-19
    # (10 days): 70 days: Aug 3 + 28 = Aug 31, + 30 = Sep 30, + 12 = Mon 2026-10-12.
    assert due_date("award", D(2026, 8, 3), cal, extended=True,
                    excluded=[(D(2026, 8, 10), D(2026, 8, 19))]) == D(2026, 10, 12)


def test_suspension_only_for_pausable_rules(cal):
    with pytest.raises(ValidationError):
        due_date("defence", D(2026, 3, 2), cal, excluded=[(D(2026, 3, 3), D(2026, 3, 4))])
    with pytest.raises(ValidationError):
        due_date("award", D(2026, 3, 2), cal, excluded=[(D(2026, 3, 9), D(2026, 3, 3))])


# ---- month and year periods ----

def test_add_months_end_of_month():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert add_months(D(2023, 12, 15), 2) == D(2024, 2, 15)


def test_limitation_one_year(cal):
    # 2025-02-28 + 1 year = Sat 2026-02-28, a make-up working day (春节): no roll.
    assert due_date("limitation", D(2025, 2, 28), cal) == D(2026, 2, 28)
    # 2024-02-29 + 1 year: 2025 has no Feb 29 -> Fri 2025-02-28 (working day).
    assert due_date("limitation", D(2024, 2, 29), cal) == D(2025, 2, 28)
    # 2025-10-01 + 1 year = Thu 2026-10-01 (国庆) -> 2026-10-08.
    assert due_date("limitation", D(2025, 10, 1), cal) == D(2026, 10, 8)


def test_limitation_suspended(cal):
    # knew 2025-03-01; nominal end Sun 2026-03-01; suspended 2025-05-01 .. 05-31 (31 days not
    # counted): 2026-03-01 + 31 days = Wed 2026-04-01.
    assert due_date("limitation", D(2025, 3, 1), cal,
                    excluded=[(D(2025, 5, 1), D(2025, 5, 31))]) == D(2026, 4, 1)


def test_month_period(cal):
    rule = DeadlineRule("m", "一个月", "x", 1, "month", DayKind.CALENDAR, "测试", "[R]")
    assert due_date(rule, D(2026, 1, 31), cal) == D(2026, 2, 28)   # no Feb 31; Feb 28 make-up Saturday
    assert due_date(rule, D(2026, 9, 3), cal) == D(2026, 10, 8)    # Oct 3 in 国庆


# ---- years without data ----

def test_year_without_data_raises_calendar_gap(cal_2026_only):
    # 2026-12-20 + 15 days = 2027-01-04: no 2027 arrangement in this calendar.
    with pytest.raises(CalendarGap) as err:
        due_date("mediation_window", D(2026, 12, 20), cal_2026_only)
    assert err.value.year == 2027
    assert err.value.zh == "缺少2027年的法定节假日安排，无法计算期限；请管理员更新节假日数据"
    with pytest.raises(CalendarGap):
        cal_2026_only.is_working_day(D(2027, 1, 4))   # never "no holidays"


def test_default_calendar_flags_a_year_beyond_its_estimate(cal):
    # the provisional estimate covers the years of the lunar table in holidays.json (to 2050)
    with pytest.raises(CalendarGap) as err:
        due_date("sue_after_award", D(2051, 3, 1), cal)
    assert str(err.value) == "缺少2051年的法定节假日安排，无法计算期限；请管理员更新节假日数据"
    with pytest.raises(CalendarGap):
        cal.is_rest_day(D(2003, 6, 1))


def test_supplement_entry_makes_a_future_year_computable(tmp_path, cal_2026_only):
    # Illustrative arrangement for the test only (not an official 2027 notice).
    supplement = {
        "_format": "test",
        "years": {"2027": {
            "source": "测试数据（非官方通知）",
            "verified": False,
            "holidays": {"2027-01-01": "元旦", "2027-01-02": "元旦", "2027-01-03": "元旦",
                         "2027-01-04": "元旦"},
            "workdays": {"2027-01-09": "元旦调休上班"},
        }},
    }
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps(supplement, ensure_ascii=False), encoding="utf-8")
    extra = jurisdiction.calendar_from_supplement(json.loads(path.read_text(encoding="utf-8")))
    merged = cal_2026_only.overlay(extra)
    assert merged.years == {2026, 2027}
    # 2026-12-20 + 15 = Mon 2027-01-04, a holiday in this data -> Tue 2027-01-05
    assert due_date("mediation_window", D(2026, 12, 20), merged) == D(2027, 1, 5)
    # 5 working days from Tue 2027-01-05: 6 (1), 7 (2), 8 (3), Sat 9 make-up (4), Mon 11 (5)
    assert due_date("acceptance_decision", D(2027, 1, 5), merged) == D(2027, 1, 11)


def test_loader_merges_supplement_over_package_data():
    package = jurisdiction.package_calendar()
    # a supplied year replaces the package's whole year
    replacement = {"years": {"2026": {"source": "测试", "holidays": {"2026-10-01": "国庆节"}, "workdays": {}}}}
    merged = jurisdiction.build_calendar(replacement)
    assert merged.years == package.years
    assert merged.is_rest_day(D(2026, 10, 1))
    assert merged.is_working_day(D(2026, 10, 2))
    assert merged.is_rest_day(D(2026, 9, 20))          # the package's make-up Sunday is gone
    assert merged.is_rest_day(D(2025, 10, 1))          # other years untouched
    future = jurisdiction.build_calendar({"years": {"2040": {"source": "测试", "holidays": {}, "workdays": {}}}})
    assert 2040 in future.years and 2039 not in future.years


def test_supplement_needs_a_source():
    with pytest.raises(jurisdiction.JurisdictionDataError):
        jurisdiction.calendar_from_supplement({"years": {"2027": {"holidays": {}}}})
    with pytest.raises(jurisdiction.JurisdictionDataError):
        jurisdiction.calendar_from_supplement({"years": {"2027": {"source": "x", "holidays": {"2028-01-01": "元旦"}}}})


# ---- the rules data ----

REQUIRED = {
    # code: (length, unit, day kind, start event)
    "mediation_window": (15, "day", "calendar", "mediation_application_received"),
    "acceptance_decision": (5, "day", "working", "arbitration_application_received"),
    "application_copy_service": (5, "day", "working", "accepted"),
    "defence": (10, "day", "working", "application_copy_served"),
    "tribunal_notice": (5, "day", "working", "accepted"),
    "hearing_notice": (5, "day", "working", "hearing_date"),
    "award": (45, "day", "calendar", "accepted"),
    "award_extension": (15, "day", "calendar", "accepted"),
    "sue_after_award": (15, "day", "calendar", "award_served"),
    "revoke_final_award": (30, "day", "calendar", "award_served"),
    "mediation_review": (15, "day", "calendar", "agreement_effective"),
    "judicial_confirmation": (30, "day", "calendar", "agreement_effective"),
    "limitation": (1, "year", "calendar", "knew_of_infringement"),
    "legal_aid_decision": (7, "day", "calendar", "legal_aid_applied"),
    "legal_aid_assignment": (3, "day", "calendar", "legal_aid_granted"),
}


def test_rules_data_has_every_required_rule():
    rules = jurisdiction.deadline_rules()
    for code, (length, unit, kind, start) in REQUIRED.items():
        rule = rules[code]
        assert (rule.length, rule.unit, rule.day_kind.value, rule.start_event) == (length, unit, kind, start), code
        assert rule.confidence in ("[V]", "[S]", "[R]") and rule.source and rule.name
    assert rules["hearing_notice"].direction == "before"
    assert rules["award_extension"].extends == "award"
    assert {"accepted", "not_accepted"} <= set(rules["acceptance_decision"].closing_events)
    assert rules["acceptance_decision"].day_kind_confidence == "[R]"
    assert rules["limitation_unpaid_wages"].start_event == "relationship_ended"


def test_unknown_rule_code():
    with pytest.raises(ValidationError):
        due_date("no_such_rule", D(2026, 3, 2), jurisdiction.default_calendar())


# ---- a case walked through its events ----

def codes(deadlines):
    return [d.code for d in deadlines]


def test_open_deadlines_for_a_case(cal):
    events = {"knew_of_infringement": D(2026, 3, 1), "arbitration_application_received": D(2026, 9, 14)}
    # 1. application received Mon 2026-09-14: acceptance in 5 working days: 15, 16, 17, 18,
    #    Sun 20 (make-up) -> 2026-09-20. The limitation is closed by the application.
    found = open_deadlines(events, D(2026, 9, 14), cal)
    assert codes(found) == ["acceptance_decision"]
    assert found[0].due == D(2026, 9, 20) and found[0].status is DeadlineStatus.THIS_WEEK
    assert found[0].confidence == "[R]" and found[0].day_kind is DayKind.WORKING

    # 2. accepted Fri 2026-09-18: copy service and tribunal notice (Sun 20, 21, 22, 23, 24 -> Thu
    #    2026-09-24); award 45 days -> Mon 2026-11-02.
    events["accepted"] = D(2026, 9, 18)
    found = {d.code: d for d in open_deadlines(events, D(2026, 9, 21), cal)}
    assert set(found) == {"application_copy_service", "tribunal_notice", "award"}
    assert found["application_copy_service"].due == D(2026, 9, 24)
    assert found["tribunal_notice"].due == D(2026, 9, 24)
    assert found["award"].due == D(2026, 11, 2) and found["award"].status is DeadlineStatus.LATER
    assert found["award"].days_left == 42

    # 3. copy served and tribunal notified Tue 2026-09-22; hearing set for Tue 2026-10-20.
    #    Defence: 23, 24, 28, 29, 30, Oct 8, 9, Sat 10 (make-up), 12, 13 -> 2026-10-13.
    #    Hearing notice: back from Oct 20: 19, 16, 15, 14, 13 -> 2026-10-13.
    events.update(application_copy_served=D(2026, 9, 22), tribunal_notified=D(2026, 9, 22),
                  hearing_date=D(2026, 10, 20))
    found = {d.code: d for d in open_deadlines(events, D(2026, 10, 14), cal)}
    assert set(found) == {"defence", "hearing_notice", "award"}
    assert found["defence"].due == D(2026, 10, 13) and found["defence"].status is DeadlineStatus.OVERDUE
    assert found["hearing_notice"].due == D(2026, 10, 13)
    assert open_deadlines(events, D(2026, 10, 13), cal)[0].status is DeadlineStatus.TODAY

    # 4. defence filed, notice served; claims changed Fri 2026-10-09 restart the award period:
    #    Oct 9 + 45 = Mon 2026-11-23; with the director's approval (+15) -> Tue 2026-12-08.
    events.update(defence_filed=D(2026, 10, 12), defence_copy_served=D(2026, 10, 13),
                  hearing_notice_served=D(2026, 10, 13), claims_changed=D(2026, 10, 9))
    found = open_deadlines(events, D(2026, 10, 14), cal)
    assert codes(found) == ["award"]
    assert found[0].start == D(2026, 10, 9) and found[0].due == D(2026, 11, 23)
    assert found[0].start_event == "claims_changed"
    extended = open_deadlines(events, D(2026, 10, 14), cal, extensions={"award"})[0]
    assert extended.due == D(2026, 12, 8) and extended.extended and extended.period == "60日（自然日）"
    events["award_extension_approved"] = D(2026, 11, 16)
    assert open_deadlines(events, D(2026, 10, 14), cal)[0].due == D(2026, 12, 8)
    # a suspension 2026-11-02 .. 11-06 (5 days) on top: Dec 8 + 5 = Sun Dec 13 -> Mon 2026-12-14
    suspended = open_deadlines(events, D(2026, 10, 14), cal,
                               suspensions={"award": [(D(2026, 11, 2), D(2026, 11, 6))]})[0]
    assert suspended.due == D(2026, 12, 14) and suspended.excluded_days == 5

    # 5. award served Tue 2026-12-01: sue within 15 days -> Wed 2026-12-16; revoke a final award
    #    within 30 days -> Thu 2026-12-31.
    events["award_served"] = D(2026, 12, 1)
    found = {d.code: d for d in open_deadlines(events, D(2026, 12, 2), cal)}
    assert set(found) == {"sue_after_award", "revoke_final_award"}
    assert found["sue_after_award"].due == D(2026, 12, 16)
    assert found["revoke_final_award"].due == D(2026, 12, 31)
    assert codes(open_deadlines(events, D(2026, 12, 2), cal, facts={"final_award": False})) == ["sue_after_award"]

    # 6. the worker sues and the employer applies for revocation: nothing is left open
    events.update(lawsuit_filed=D(2026, 12, 10), revocation_applied=D(2026, 12, 11))
    assert open_deadlines(events, D(2026, 12, 12), cal) == []


def test_acceptance_closes_on_not_accepted(cal):
    events = {"arbitration_application_received": D(2026, 9, 14), "not_accepted": D(2026, 9, 17)}
    assert open_deadlines(events, D(2026, 9, 18), cal) == []


def test_mediation_legal_aid_and_limitation_deadlines(cal):
    events = {"mediation_application_received": D(2026, 3, 2), "legal_aid_applied": D(2026, 3, 3),
              "knew_of_infringement": D(2025, 6, 10), "limitation_interrupted": D(2025, 9, 1)}
    found = {d.code: d for d in open_deadlines(events, D(2026, 3, 3), cal)}
    assert found["mediation_window"].due == D(2026, 3, 17)        # Mon 2 + 15 = Tue 17
    assert found["legal_aid_decision"].due == D(2026, 3, 10)      # Tue 3 + 7 = Tue 10
    # interrupted 2025-09-01: restarts; + 1 year = Tue 2026-09-01
    assert found["limitation"].start == D(2025, 9, 1) and found["limitation"].due == D(2026, 9, 1)
    events.update(agreement_effective=D(2026, 3, 10), legal_aid_granted=D(2026, 3, 6))
    found = {d.code: d for d in open_deadlines(events, D(2026, 3, 10), cal)}
    assert "mediation_window" not in found and "legal_aid_decision" not in found
    assert found["legal_aid_assignment"].due == D(2026, 3, 9)     # Fri 6 + 3 = Mon 9
    assert found["legal_aid_assignment"].status is DeadlineStatus.OVERDUE
    assert found["mediation_review"].due == D(2026, 3, 25)        # Tue 10 + 15 = Wed 25
    assert found["judicial_confirmation"].due == D(2026, 4, 9)    # Tue 10 + 30 = Thu Apr 9


def test_open_deadlines_flag_a_missing_year(cal_2026_only):
    events = {"award_served": D(2026, 12, 5)}
    found = {d.code: d for d in open_deadlines(events, D(2026, 12, 7), cal_2026_only)}
    # 15 days -> Sun 2026-12-20 -> Mon 2026-12-21; 30 days -> 2027-01-04: no 2027 data
    assert found["sue_after_award"].due == D(2026, 12, 21)
    gap = found["revoke_final_award"]
    assert gap.due is None and gap.status is DeadlineStatus.CALENDAR_GAP
    assert gap.problem == "缺少2027年的法定节假日安排，无法计算期限；请管理员更新节假日数据"
    with pytest.raises(CalendarGap):
        open_deadlines(events, D(2026, 12, 7), cal_2026_only, strict=True)


def test_open_deadlines_rejects_unknown_extension(cal):
    with pytest.raises(ValidationError):
        open_deadlines({"accepted": D(2026, 3, 2)}, D(2026, 3, 2), cal, extensions={"defence"})


def test_domain_stays_import_pure():
    code = ("import sys, mediation_desk.domain.deadlines, mediation_desk.domain.calculators, "
            "mediation_desk.domain.awards; "
            "bad = [m for m in sys.modules if m.startswith(('chinese_calendar', 'mediation_desk.jurisdiction'))]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip() == "[]"
