"""Claim calculations and award type, with the arithmetic written out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.awards import final_award_threshold, is_final_award, items_exceeding
from mediation_desk.domain.calculators import (
    ServiceLength,
    below_minimum_wage_hourly,
    below_minimum_wage_monthly,
    compensation_months,
    double_pay_months,
    double_pay_no_contract,
    economic_compensation,
    hourly_wage,
    overtime_pay,
    unlawful_termination_damages,
)
from mediation_desk.domain.errors import ValidationError

D = date
CITY_AVG = "8000"  # an example figure for the tests; the real Nanchang figure is not verified


# ---- economic compensation N (劳动合同法第四十七条) ----

def test_n_three_years_seven_months():
    # 3 full years = 3 months; the 7 remaining months are >= 6, so one more year: 4 months.
    # 5,200 >= 1,850 (minimum) and 5,200 <= 3 x 8,000 = 24,000: no floor, no cap.
    # N = 5,200 x 4 = 20,800.00
    calc = economic_compensation("5200", ServiceLength(3, 7), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("20800.00")
    assert calc.formula == "月工资 5,200.00元 × 4 个月 = 20,800.00元"
    assert "劳动合同法第四十七条" in calc.basis
    assert any("不适用封顶" in s for s in calc.steps)


def test_service_length_between_dates():
    # employed 2022-03-01 through 2025-09-30 (both days included) = 3 years 7 months exactly
    assert ServiceLength.between(D(2022, 3, 1), D(2025, 9, 30)) == ServiceLength(3, 7, 0, D(2022, 3, 1))
    # 2024-01-31 through 2024-03-30: Jan 31 -> Mar 31 is two months by end-of-month rule
    s = ServiceLength.between(D(2024, 1, 31), D(2024, 3, 30))
    assert (s.years, s.months, s.days) == (0, 2, 0)
    s = ServiceLength.between(D(2025, 1, 1), D(2025, 1, 10))
    assert (s.years, s.months, s.days) == (0, 0, 10)


def test_half_month_for_less_than_six_months():
    # 2 years 3 months -> 2 + 0.5 = 2.5 months; 4,000 x 2.5 = 10,000.00
    assert compensation_months(ServiceLength(2, 3))[0] == Decimal("2.5")
    calc = economic_compensation("4000", ServiceLength(2, 3), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("10000.00")
    assert calc.formula == "月工资 4,000.00元 × 2.5 个月 = 10,000.00元"
    # exactly six months counts as a year; a few days alone give half a month
    assert compensation_months(ServiceLength(0, 6))[0] == Decimal(1)
    assert compensation_months(ServiceLength(1, 0, 3))[0] == Decimal("1.5")
    assert compensation_months(ServiceLength(5))[0] == Decimal(5)


def test_wage_below_minimum_uses_minimum():
    # average 1,500 < 1,850: use 1,850; 1 year -> 1,850.00
    calc = economic_compensation("1500", ServiceLength(1), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("1850.00")
    assert any("最低工资标准计算" in s for s in calc.steps)


def test_average_of_last_twelve_months():
    # 6 x 5,000 + 6 x 6,000 = 66,000; / 12 = 5,500; 2 years -> 11,000.00
    wages = ["5000"] * 6 + ["6000"] * 6
    calc = economic_compensation(wages, ServiceLength(2), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("11000.00")
    assert any("66,000.00元 ÷ 12 = 5,500.00元" in s for s in calc.steps)
    with pytest.raises(ValidationError):
        economic_compensation(["5000"] * 13, ServiceLength(2), minimum_wage="1850", local_average_wage=CITY_AVG)


def test_wage_above_three_times_average_is_capped():
    # 30,000 > 3 x 8,000 = 24,000: use 24,000; service 15 years 2 months -> 15.5 months, at most 12.
    # 24,000 x 12 = 288,000.00
    calc = economic_compensation("30000", ServiceLength(15, 2), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("288000.00")
    assert calc.formula == "月工资（三倍封顶） 24,000.00元 × 12 个月 = 288,000.00元"
    # capped wage with fewer years: 24,000 x 5 = 120,000.00
    calc = economic_compensation("30000", ServiceLength(5), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("120000.00")
    # a wage under the cap is not limited to 12 years: 10,000 x 15.5 = 155,000.00
    calc = economic_compensation("10000", ServiceLength(15, 2), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("155000.00")


def test_average_wage_is_required():
    with pytest.raises(ValidationError) as err:
        economic_compensation("5200", ServiceLength(3, 7), minimum_wage="1850", local_average_wage=None)
    assert "local_average_wage" in err.value.fields
    assert "三倍封顶" in err.value.fields["local_average_wage"]
    # the data file holds no verified figure
    assert jurisdiction.average_monthly_wage().value is None
    assert jurisdiction.average_monthly_wage().verified is False


def test_service_before_2008_is_noted():
    calc = economic_compensation("5000", ServiceLength.between(D(2006, 5, 1), D(2025, 4, 30)),
                                 minimum_wage="1850", local_average_wage=CITY_AVG)
    assert any("第九十七条" in n for n in calc.notes)


# ---- damages 2N (第八十七条) ----

def test_unlawful_termination_is_twice_n():
    # N = 20,800.00 (above); 2N = 41,600.00
    calc = unlawful_termination_damages("5200", ServiceLength(3, 7), minimum_wage="1850", local_average_wage=CITY_AVG)
    assert calc.amount == Decimal("41600.00")
    assert calc.formula == "经济补偿标准 20,800.00元 × 2 = 41,600.00元"
    assert "第八十七条" in calc.basis


# ---- double pay without a written contract (第八十二条) ----

def test_double_pay_is_capped_at_eleven_months():
    # 14 months claimed -> 11; 4,000 x 11 = 44,000.00
    calc = double_pay_no_contract("4000", 14)
    assert calc.amount == Decimal("44000.00")
    assert calc.formula == "月工资 4,000.00元 × 11 个月 = 44,000.00元"
    # 7.5 months: 4,000 x 7.5 = 30,000.00
    assert double_pay_no_contract("4000", Decimal("7.5")).amount == Decimal("30000.00")


def test_double_pay_period_from_dates():
    # employed from 2025-03-01, contract signed 2025-09-01 (so until 2025-08-31):
    # from 2025-04-01 (second month) through 2025-08-31 = 5 months
    period = double_pay_months(D(2025, 3, 1), D(2025, 8, 31))
    assert (period.first_day, period.months, period.days, period.capped) == (D(2025, 4, 1), 5, 0, False)
    # never signed, employed into the second year: 11 months at most
    period = double_pay_months(D(2025, 3, 1), D(2026, 5, 1))
    assert (period.months, period.capped) == (11, True)
    # signed within the first month: nothing
    assert double_pay_months(D(2025, 3, 1), D(2025, 3, 20)).months == 0


# ---- overtime (劳动法第四十四条) ----

def test_overtime_from_monthly_wage():
    # hourly = 5,220 / 21.75 / 8 = 240 / 8 = 30.00
    # 10 h x 30 x 150% = 450.00; 8 h x 30 x 200% = 480.00; 8 h x 30 x 300% = 720.00; total 1,650.00
    assert hourly_wage("5220") == Decimal("30")
    calc = overtime_pay(monthly_wage="5220", workday_hours=10, rest_day_hours=8, holiday_hours=8)
    assert calc.amount == Decimal("1650.00")
    assert calc.steps[0] == "小时工资 = 月工资 5,220.00元 ÷ 21.75天 ÷ 8小时 = 30.00元/小时"
    assert "30.00元/小时 × 150% × 10 小时 = 450.00元" in calc.formula
    assert calc.formula.endswith("合计 450.00元 + 480.00元 + 720.00元 = 1,650.00元")
    assert "劳动法第四十四条" in calc.basis and "[R]" in calc.basis


def test_overtime_without_intermediate_rounding():
    # 4,000 / 174 = 22.98850...; x 1.5 x 10 = 344.8275... -> 344.83
    # (rounding the hourly wage first would give 22.99 x 15 = 344.85)
    calc = overtime_pay(monthly_wage="4000", workday_hours=10)
    assert calc.amount == Decimal("344.83")
    assert "≈ 22.99元/小时" in calc.steps[0]


def test_overtime_from_hourly_wage_and_inputs():
    # 20 h on statutory holidays at 25.00/h x 300% = 1,500.00
    assert overtime_pay(hourly_wage="25", holiday_hours=20).amount == Decimal("1500.00")
    with pytest.raises(ValidationError):
        overtime_pay(monthly_wage="5000", hourly_wage="25", workday_hours=1)
    with pytest.raises(ValidationError):
        overtime_pay(monthly_wage="5000")


# ---- pay below the minimum wage ----

def test_below_minimum_monthly():
    # min 1,850: (1,850 - 1,500) + 0 + (1,850 - 1,700) = 350 + 150 = 500.00
    calc = below_minimum_wage_monthly(["1500", "1850", "1700"], "1850", labels=["1月", "2月", "3月"])
    assert calc.amount == Decimal("500.00")
    assert calc.formula == "350.00元 + 150.00元 = 500.00元"
    assert calc.steps[1] == "2月：实发 1,850.00元 不低于最低工资 1,850.00元，差额 0"


def test_below_minimum_hourly():
    # 100 h x 18.50 = 1,850.00; paid 1,500.00; shortfall 350.00
    calc = below_minimum_wage_hourly(100, "1500", "18.5")
    assert calc.amount == Decimal("350.00")
    assert calc.formula.startswith("小时最低工资 18.50元 × 100 小时 = 1,850.00元")
    assert below_minimum_wage_hourly(100, "2000", "18.5").amount == Decimal("0.00")


# ---- minimum wage by date and tier ----

def test_minimum_wage_changes_on_2021_04_01():
    old = jurisdiction.minimum_wage("一类", D(2021, 3, 31))
    new = jurisdiction.minimum_wage("一类", D(2021, 4, 1))
    assert old.monthly == Decimal("1680.00") and old.verified is False and old.effective is None
    assert new.monthly == Decimal("1850.00") and new.hourly == Decimal("18.50")
    assert new.effective == D(2021, 4, 1) and new.verified is True
    assert jurisdiction.minimum_wage(2, D(2024, 6, 1)).monthly == Decimal("1730.00")
    assert jurisdiction.minimum_wage("三类", D(2025, 1, 1)).hourly == Decimal("16.10")
    assert jurisdiction.minimum_wage(4, D(2016, 1, 1)).monthly == Decimal("1180.00")


def test_minimum_wage_gaps_are_reported():
    with pytest.raises(ValidationError):        # 2018 standard: effective date not verified
        jurisdiction.minimum_wage(1, D(2018, 6, 1))
    with pytest.raises(ValidationError):        # before any data
        jurisdiction.minimum_wage(1, D(2015, 9, 30))
    with pytest.raises(ValidationError):        # four tiers only in the 2015 standard
        jurisdiction.minimum_wage(4, D(2022, 1, 1))
    with pytest.raises(ValidationError):
        jurisdiction.minimum_wage("五类", D(2022, 1, 1))


def test_tier_for_district():
    assert jurisdiction.tier_for_district("青山湖区") == "一类"
    assert jurisdiction.tier_for_district("南昌市红谷滩区") == "一类"
    assert jurisdiction.tier_for_district("经开区") == "一类"
    assert jurisdiction.tier_for_district("新建区") == "二类"
    assert jurisdiction.tier_for_district("南昌县") == "二类"
    assert jurisdiction.tier_for_district("进贤") == "三类"
    assert jurisdiction.tier_for_district("安义县") == "三类"
    with pytest.raises(ValidationError):
        jurisdiction.tier_for_district("九江市")
    assert jurisdiction.minimum_wage_for_district("西湖区", D(2022, 1, 1)).monthly == Decimal("1850.00")


# ---- final awards (第四十七条; 解释（一）第十九条、第二十条) ----

def test_final_award_threshold_tier_one():
    # 12 x 1,850 = 22,200.00
    minimum = jurisdiction.minimum_wage(1, D(2025, 5, 1))
    assert minimum.final_award_threshold == Decimal("22200.00")
    assert final_award_threshold(minimum.monthly) == Decimal("22200.00")
    assert is_final_award([Decimal("22200")], minimum.monthly) is True
    assert is_final_award([Decimal("22200.01")], minimum.monthly) is False
    # tiers 2 and 3: 20,760 and 19,320
    assert final_award_threshold("1730") == Decimal("20760.00")
    assert final_award_threshold("1610") == Decimal("19320.00")


def test_each_item_is_checked_separately():
    items = {"拖欠劳动报酬": "15000", "经济补偿": "22200.01", "加班费": "22200"}
    # the sum (59,400.01) is irrelevant; one item above the limit makes the award non-final
    assert items_exceeding(items, "1850") == ["经济补偿"]
    assert is_final_award(items, "1850") is False
    assert is_final_award({"拖欠劳动报酬": "15000", "加班费": "22200"}, "1850") is True
    assert items_exceeding(["100", "30000", "22200.01"], "1850") == [1, 2]
    with pytest.raises(ValidationError):
        is_final_award([], "1850")
