"""Working time and pay from an order history: a week worked out by hand, a long generated history
checked against a minute-by-minute timeline, reading sheets, and header guesses."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from mediation_desk import jurisdiction
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.work_records import (
    ColumnMapping,
    WorkRecord,
    guess_mapping,
    parse_rows,
    prefill_factors,
    rules_from_data,
    warning_facts,
)
from mediation_desk.services.work_records import compute_metrics, default_rules
from mediation_desk.services.worksheets import assess

DT = datetime
SHA = "ab12cd34" + "0" * 56
MIN_HOURLY = Decimal("18.5")  # 一类, from 2021-04-01 (legal-rules.md §3)

# Nanchang plan item 6: "对于连续工作超过4小时的，应当设置不少于20分钟的工间休息时间";
# 劳动法第三十六条: 8 hours a day. The brute-force timeline below uses these figures itself.
BREAK_MINUTES = 20
LIMIT_MINUTES = 4 * 60
LONG_DAY_MINUTES = 8 * 60


def test_thresholds_file_holds_the_policy_figures():
    data = json.loads((jurisdiction.jurisdiction_dir() / "work_record_thresholds.json").read_text(encoding="utf-8"))
    assert data["break_minutes"] == BREAK_MINUTES
    assert data["continuous_work_limit_hours"] * 60 == LIMIT_MINUTES
    assert data["long_day_hours"] * 60 == LONG_DAY_MINUTES
    assert "第6项" in data["_source"] and "不少于20分钟" in data["_source"]


def order(start: datetime, minutes: int, oid: str, earnings: str = "5.00", deduction: str = "0") -> WorkRecord:
    return WorkRecord(start=start, end=start + timedelta(minutes=minutes), order_id=oid,
                      earnings=Decimal(earnings), deduction=Decimal(deduction))


# ---- one week by hand ----

def small_week() -> list[WorkRecord]:
    rows = []
    # Mon 03-03: 08:00-08:30, 08:40-09:10 (10-minute gap: same stretch), 09:30-10:00 (20-minute gap:
    # a break), 11:00-11:45 (2.00 deducted for a complaint).
    rows += [order(DT(2025, 3, 3, 8, 0), 30, "M1"), order(DT(2025, 3, 3, 8, 40), 30, "M2"),
             order(DT(2025, 3, 3, 9, 30), 30, "M3"), order(DT(2025, 3, 3, 11, 0), 45, "M4", deduction="2.00")]
    # Tue 03-04: a batch of three overlapping deliveries 11:00-11:40, 11:05-11:50, 11:10-11:30,
    # then 12:00-12:30 (10-minute gap).
    rows += [order(DT(2025, 3, 4, 11, 0), 40, "T1"), order(DT(2025, 3, 4, 11, 5), 45, "T2"),
             order(DT(2025, 3, 4, 11, 10), 20, "T3"), order(DT(2025, 3, 4, 12, 0), 30, "T4")]
    # Wed 03-05: ten 25-minute orders starting every 35 minutes from 10:00, i.e. 10-minute gaps.
    rows += [order(DT(2025, 3, 5, 10, 0) + timedelta(minutes=35 * k), 25, f"W{k}") for k in range(10)]
    # Thu 03-06 23:30 - Fri 00:20, and Fri 09:00-09:30.
    rows += [order(DT(2025, 3, 6, 23, 30), 50, "H1"), order(DT(2025, 3, 7, 9, 0), 30, "F1")]
    # Sun 03-09: a 50.00 fine entered on its own (no time, no earnings).
    rows.append(WorkRecord(start=DT(2025, 3, 9, 12, 0), end=DT(2025, 3, 9, 12, 0), order_id="P1",
                           deduction=Decimal("50")))
    return rows


def test_one_week_worked_out_by_hand():
    m = compute_metrics(small_week(), minimum_hourly=MIN_HOURLY, source_name="三月第一周.csv", source_sha256=SHA)
    # time online per day (minutes): Mon 70+30+45 = 145; Tue 11:00-12:30 = 90; Wed 10:00-15:40 = 340;
    # Thu 23:30-24:00 = 30; Fri 00:00-00:20 + 09:00-09:30 = 50.  Total 655 = 10.92 h.
    assert {d: s // 60 for d, s in m.daily_seconds.items()} == {
        date(2025, 3, 3): 145, date(2025, 3, 4): 90, date(2025, 3, 5): 340, date(2025, 3, 6): 30, date(2025, 3, 7): 50}
    t = m.total
    assert t.delivery_seconds == 655 * 60 and t.delivery_hours == Decimal("10.92")
    # inside orders only: Mon 30+30+30+45 = 135; Tue 50+30 = 80; Wed 10x25 = 250; Thu 30; Fri 20+30 = 50 -> 545
    assert t.order_seconds == 545 * 60 and t.hours_on_orders == Decimal("9.08")
    assert t.days_worked == 5
    assert t.orders == 20  # the fine is not an order
    assert t.earnings == Decimal("100.00") and t.deductions == Decimal("52.00") and t.net_earnings == Decimal("48.00")
    # 48.00 / (655/60) h = 2880/655 = 4.397 -> 4.40 an hour, below 18.50
    assert t.effective_hourly == Decimal("4.40") and t.below_minimum is True
    # stretches: Mon 3, Tue 1, Wed 1 (340 min > 240), Thu-Fri night 1, Fri morning 1
    assert len(m.stretches) == 7
    assert t.longest_stretch_seconds == 340 * 60 and t.longest_stretch_hours == Decimal("5.67")
    assert t.stretches_over_limit == 1
    assert [(s.start, s.end) for s in m.long_stretches] == [(DT(2025, 3, 5, 10, 0), DT(2025, 3, 5, 15, 40))]
    assert t.long_days == 0 and t.long_day_share == Decimal("0")
    assert t.average_daily_hours == Decimal("2.18")  # 655 / 5 = 131 min
    assert [w.label for w in m.weeks] == ["2025-W10"] and m.weeks[0].delivery_seconds == t.delivery_seconds
    assert (t.first_day, t.last_day) == (date(2025, 3, 3), date(2025, 3, 9))
    assert m.weeks_below_minimum == ("2025-W10",)
    assert (m.source_name, m.source_sha256) == ("三月第一周.csv", SHA)
    assert m.source_text == "来源：三月第一周.csv，SHA-256 前8位 ab12cd34"


def test_without_a_minimum_wage_nothing_is_compared():
    m = compute_metrics(small_week())
    assert m.total.below_minimum is None and m.weeks_below_minimum == ()
    assert "pay_below_minimum_wage" not in warning_facts(m)


def test_minimum_wage_value_from_the_jurisdiction_data():
    wage = jurisdiction.minimum_wage("一类", date(2025, 3, 3))
    m = compute_metrics(small_week(), minimum_hourly=wage)
    assert m.minimum_hourly == Decimal("18.50")
    assert "一类" in m.minimum_wage_note and "自2021年4月1日起执行" in m.minimum_wage_note
    assert "http" not in m.minimum_wage_note and "江西省人民政府" in m.minimum_wage_note


# ---- a long history against a brute-force timeline ----

def generated_history(seed: int = 20250303) -> list[WorkRecord]:
    """Four months of a rider's orders: rest days, days with a break every three hours, long
    days with only short gaps, batch deliveries that overlap, late shifts past midnight, fines."""
    rng = random.Random(seed)
    records: list[WorkRecord] = []
    n = 0

    def add(start: datetime, minutes: int) -> None:
        nonlocal n
        n += 1
        earnings = Decimal(rng.randint(350, 980)) / 100
        deduction = Decimal(rng.choice([10, 20, 50])) if rng.random() < 0.03 else Decimal(0)
        records.append(WorkRecord(start=start, end=start + timedelta(minutes=minutes), order_id=f"G{n:05d}",
                                  earnings=earnings, deduction=deduction))

    day = date(2025, 3, 3)
    while day <= date(2025, 6, 29):
        kind = rng.choices(["rest", "breaks", "grind", "batch", "night"], [2, 3, 3, 2, 1])[0]
        t = datetime.combine(day, datetime.min.time()) + timedelta(hours=7, minutes=rng.randrange(0, 180))
        if kind == "breaks":  # blocks of up to three hours, then a break of 20-45 minutes
            for _ in range(rng.randint(2, 3)):
                block_end = t + timedelta(hours=3)
                while t + timedelta(minutes=40) < block_end:
                    minutes = rng.randint(15, 35)
                    add(t, minutes)
                    t += timedelta(minutes=minutes + rng.randint(0, 12))
                t += timedelta(minutes=rng.randint(20, 45))
        elif kind == "grind":  # 5 to 7 hours with gaps of 10 minutes or less
            stop = t + timedelta(minutes=rng.randint(300, 420))
            while t < stop:
                minutes = rng.randint(20, 40)
                add(t, minutes)
                t += timedelta(minutes=minutes + rng.choice([0, 5, 10, 10]))
        elif kind == "batch":  # batches of 2-4 orders picked up together, delivered one after another
            for _ in range(rng.randint(3, 6)):
                first = t
                for _ in range(rng.randint(2, 4)):
                    add(first + timedelta(minutes=rng.randint(0, 6)), rng.randint(15, 45))
                t = first + timedelta(minutes=rng.randint(35, 80))
        elif kind == "night":  # from 21:00-22:30 until after midnight
            t = datetime.combine(day, datetime.min.time()) + timedelta(hours=21, minutes=rng.randrange(0, 90))
            for _ in range(rng.randint(4, 8)):
                minutes = rng.randint(20, 35)
                add(t, minutes)
                t += timedelta(minutes=minutes + rng.randint(5, 25))
        if rng.random() < 0.05:  # a fine entered on its own
            n += 1
            at = datetime.combine(day, datetime.min.time()) + timedelta(hours=20)
            records.append(WorkRecord(start=at, end=at, order_id=f"P{n:05d}", deduction=Decimal(30)))
        day += timedelta(days=1)
    return records


EPOCH = datetime(2025, 1, 1)


def brute_force(records: list[WorkRecord]) -> dict:
    """Minute-by-minute: mark every minute inside an order, fill gaps shorter than BREAK_MINUTES,
    and read everything off the resulting set of minutes."""
    def minute(t: datetime) -> int:
        return int((t - EPOCH).total_seconds()) // 60

    def day_of(m: int) -> date:
        return (EPOCH + timedelta(minutes=m)).date()

    def week_of(d: date) -> str:
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"

    busy: set[int] = set()
    for r in records:
        busy.update(range(minute(r.start), minute(r.end)))
    online = set(busy)
    ordered = sorted(busy)
    for a, b in zip(ordered, ordered[1:]):
        if b - a - 1 < BREAK_MINUTES:
            online.update(range(a + 1, b))
    runs: list[tuple[int, int]] = []  # (first minute, length)
    for m in sorted(online):
        if runs and runs[-1][0] + runs[-1][1] == m:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((m, 1))
    per_day = Counter(day_of(m) for m in online)
    per_day_orders = Counter(day_of(m) for m in busy)
    weeks: dict[str, dict] = defaultdict(lambda: {"online": 0, "on_orders": 0, "days": 0, "long_days": 0,
                                                  "orders": 0, "earnings": Decimal(0), "deductions": Decimal(0),
                                                  "longest": 0, "over": 0})
    for d, minutes in per_day.items():
        w = weeks[week_of(d)]
        w["online"] += minutes
        w["days"] += 1
        w["long_days"] += minutes > LONG_DAY_MINUTES
    for d, minutes in per_day_orders.items():
        weeks[week_of(d)]["on_orders"] += minutes
    for start, length in runs:
        w = weeks[week_of(day_of(start))]
        w["longest"] = max(w["longest"], length)
        w["over"] += length > LIMIT_MINUTES
    for r in records:
        w = weeks[week_of(r.start.date())]
        w["orders"] += r.end > r.start or r.earnings > 0
        w["earnings"] += r.earnings
        w["deductions"] += r.deduction
    return {"online": len(online), "on_orders": len(busy), "runs": runs, "per_day": per_day, "weeks": weeks}


def test_long_history_matches_a_minute_by_minute_timeline():
    records = generated_history()
    assert len(records) > 1000
    expected = brute_force(records)
    m = compute_metrics(records, minimum_hourly=MIN_HOURLY, source_name="骑手订单.xlsx", source_sha256=SHA)

    assert m.total.delivery_seconds == expected["online"] * 60
    assert m.total.order_seconds == expected["on_orders"] * 60
    assert m.total.delivery_seconds > m.total.order_seconds  # short gaps count as online, not as orders
    assert {d: s // 60 for d, s in m.daily_seconds.items()} == dict(expected["per_day"])
    assert [(int((s.start - EPOCH).total_seconds()) // 60, s.seconds // 60) for s in m.stretches] == expected["runs"]
    assert m.total.stretches_over_limit == sum(length > LIMIT_MINUTES for _, length in expected["runs"])
    assert m.total.stretches_over_limit > 10
    assert m.total.longest_stretch_seconds == max(length for _, length in expected["runs"]) * 60
    assert m.total.days_worked == len(expected["per_day"])
    assert m.total.long_days == sum(v > LONG_DAY_MINUTES for v in expected["per_day"].values())

    assert [w.label for w in m.weeks] == [f"2025-W{k:02d}" for k in range(10, 27)]
    for week in m.weeks:
        e = expected["weeks"][week.label]
        assert week.delivery_seconds == e["online"] * 60, week.label
        assert week.order_seconds == e["on_orders"] * 60, week.label
        assert week.days_worked == e["days"], week.label
        assert week.long_days == e["long_days"], week.label
        assert week.orders == e["orders"], week.label
        assert week.earnings == e["earnings"] and week.deductions == e["deductions"], week.label
        assert week.longest_stretch_seconds == e["longest"] * 60, week.label
        assert week.stretches_over_limit == e["over"], week.label
        net = e["earnings"] - e["deductions"]
        if e["online"]:
            hourly = (net * 60 / e["online"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            assert week.effective_hourly == hourly, week.label
            assert week.below_minimum == (net * 60 < MIN_HOURLY * e["online"]), week.label
        else:
            assert week.effective_hourly is None and week.below_minimum is None
    assert sum(w.delivery_seconds for w in m.weeks) == m.total.delivery_seconds
    assert sum(w.orders for w in m.weeks) == m.total.orders

    facts = warning_facts(m)
    assert "no_break_after_four_hours" in facts
    assert f"{m.total.stretches_over_limit}次" in facts["no_break_after_four_hours"]
    assert "骑手订单.xlsx" in facts["no_break_after_four_hours"]
    # the facts feed the worksheet's warnings
    result = assess({"time_autonomy": "partial"}, context={"facts": facts})
    assert "no_break_after_four_hours" in result.warning_codes


def test_order_of_records_does_not_matter():
    records = generated_history(seed=7)
    shuffled = list(records)
    random.Random(1).shuffle(shuffled)
    assert compute_metrics(records) == compute_metrics(shuffled)


def test_week_across_new_year_and_empty_weeks():
    records = [order(DT(2024, 12, 29, 23, 50), 30, "A"), order(DT(2025, 1, 20, 9, 0), 30, "B")]
    m = compute_metrics(records)
    # Sun 2024-12-29 is in 2024-W52; the ten minutes after midnight fall on Mon 2024-12-30 = 2025-W01
    assert [w.label for w in m.weeks] == ["2024-W52", "2025-W01", "2025-W02", "2025-W03", "2025-W04"]
    assert [w.delivery_seconds // 60 for w in m.weeks] == [10, 20, 0, 0, 30]
    assert [w.orders for w in m.weeks] == [1, 0, 0, 0, 1]
    assert m.active_weeks == 3 and m.weeks_in_period == 5


def test_records_need_a_sane_interval():
    assert WorkRecord(start=DT(2025, 3, 3, 8, 0), duration=timedelta(minutes=25)).end == DT(2025, 3, 3, 8, 25)
    with pytest.raises(ValidationError):
        WorkRecord(start=DT(2025, 3, 3, 8, 0), end=DT(2025, 3, 3, 7, 0))
    with pytest.raises(ValidationError):
        WorkRecord(start=DT(2025, 3, 3, 8, 0))
    with pytest.raises(ValidationError):
        WorkRecord(start=DT(2025, 3, 3, 8, 0), duration=timedelta(minutes=5), earnings=Decimal("-1"))
    with pytest.raises(ValidationError):
        compute_metrics([])


# ---- suggestions for the worksheet ----

def shift_schedule(weeks: int = 12) -> list[WorkRecord]:
    """Mon-Sat from 08:00: eight orders of 25 minutes every 30 minutes (to 11:55), lunch until
    12:30, twelve more (to 18:25): 235 + 355 = 590 minutes a day."""
    records = []
    monday = date(2025, 3, 3)
    for d in range(weeks * 7):
        day = monday + timedelta(days=d)
        if day.weekday() == 6:
            continue
        base = datetime.combine(day, datetime.min.time())
        for k in range(8):
            records.append(order(base + timedelta(hours=8, minutes=30 * k), 25, f"{day}-a{k}", "6.00"))
        for k in range(12):
            records.append(order(base + timedelta(hours=12, minutes=30 + 30 * k), 25, f"{day}-b{k}", "6.00"))
    return records


def test_prefill_from_a_shift_like_history():
    m = compute_metrics(shift_schedule(), minimum_hourly=MIN_HOURLY, source_name="订单明细.csv", source_sha256=SHA)
    assert m.weeks_in_period == 12 and m.total.days_worked == 72
    assert m.total.average_daily_hours == Decimal("9.83")  # 590 / 60
    assert m.total.long_day_share == Decimal("1.0000")
    assert m.start_spread_minutes == 0
    assert m.total.stretches_over_limit == 72  # every afternoon: 355 minutes without a 20-minute break
    suggested = prefill_factors(m)
    assert suggested["time_autonomy"][0] == "controlled"
    assert suggested["continuity"][0] == "continuous"
    reason = suggested["time_autonomy"][1]
    assert "共12周" in reason and "平均每周工作6天" in reason and "每天接单配送9.8小时" in reason and "在线" not in reason
    assert "来源：订单明细.csv，SHA-256 前8位 ab12cd34" in reason
    assert "核对" in reason
    # 120 orders x 6.00 = 720.00 a week over 59 h online = 12.20 an hour: below 18.50
    assert m.weeks[0].effective_hourly == Decimal("12.20")
    facts = warning_facts(m)
    assert "12周中有12周" in facts["pay_below_minimum_wage"] and "18.50" in facts["pay_below_minimum_wage"]


def test_prefill_from_a_spare_time_history():
    # two or three evenings a week, starting between 17:00 and 20:00, two hours each, for 10 weeks
    rng = random.Random(11)
    records = []
    for week in range(10):
        monday = date(2025, 4, 7) + timedelta(weeks=week)
        for offset in sorted(rng.sample(range(7), rng.choice([2, 3]))):
            t = datetime.combine(monday + timedelta(days=offset), datetime.min.time()) + timedelta(
                hours=17, minutes=rng.randrange(0, 180))
            for k in range(4):
                records.append(order(t + timedelta(minutes=30 * k), 25, f"{week}-{offset}-{k}"))
    suggested = prefill_factors(compute_metrics(records, source_name="x.csv"))
    # an order history never says the worker decides working time himself (自主决定)
    assert "time_autonomy" not in suggested
    assert suggested["continuity"][0] == "regular"


def test_records_can_never_suggest_that_the_worker_decides_working_time():
    with pytest.raises(ValidationError) as err:
        rules_from_data({"prefill": {"time_autonomy": [{"level": "free"}]}})
    assert "自主决定" in err.value.fields["work_record_thresholds"]
    shipped = default_rules()
    assert all(rule["level"] != "free" for rule in shipped.prefill["time_autonomy"])


# ---- reading a sheet ----

FOOD_HEADER = ["订单编号", "下单时间", "接单时间", "到店时间", "取餐时间", "送达时间", "配送距离（公里）",
               "配送费（元）", "恶劣天气补贴（元）", "扣款（元）", "扣款原因", "订单状态"]
RIDE_HEADER = ["行程单号", "接单时间", "上车时间", "下车时间", "行程时长（分钟）", "行程里程（公里）", "乘客实付（元）",
               "平台服务费（元）", "司机收入（元）", "处罚扣款（元）"]


def test_guess_a_food_delivery_header():
    m = guess_mapping(FOOD_HEADER)
    assert m.order_id == 0
    assert m.start == 2  # 接单时间: work starts when the rider accepts, not when the customer orders
    assert m.end == 5
    assert m.earnings == (7, 8)  # 配送费 + 补贴
    assert m.deductions == (9,)  # not 扣款原因
    assert m.kind is None and m.date is None


def test_guess_a_ride_hailing_header():
    m = guess_mapping(RIDE_HEADER)
    assert (m.order_id, m.start, m.end, m.duration) == (0, 1, 3, 4)
    assert m.duration_unit == "minute"
    assert m.earnings == (8,)  # 司机收入, not the passenger's payment nor the platform's fee
    assert m.deductions == (9,)


def test_guess_fails_clearly_without_a_start_column():
    with pytest.raises(ValidationError) as info:
        guess_mapping(["订单号", "金额", "备注"])
    assert "开始时间" in info.value.fields["start"] and "“订单号”" in info.value.fields["start"]


def test_rows_are_read_and_bad_rows_reported_one_by_one():
    table = [
        FOOD_HEADER,
        ["A001", "2025-03-03 10:58", "2025-03-03 11:00", "", "", "2025-03-03 11:32", "2.1", "5.50", "1.00", "", "", "已完成"],
        ["A002", "", "2025年3月3日 11:35", "", "", "2025/3/3 12:05", "3.0", "6", "-", "-2.00", "超时", "已完成"],
        ["A003", "", "2025-02-30 12:00", "", "", "2025-03-03 12:30", "", "5", "", "", "", ""],
        ["A004", "", "2025-03-03 13:00", "", "", "2025-03-03 12:40", "", "5", "", "", "", ""],
        ["A005", "", "2025-03-03 14:00", "", "", "2025-03-03 14:30", "", "五元", "", "", "", ""],
        ["A001", "", "2025-03-03 15:00", "", "", "2025-03-03 15:30", "", "5", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
        ["A006", "", "2025-03-03 16:00", "", "", "", "", "5", "", "", "", ""],
        ["A007", "", "2025-03-03 17:00", "", "", "2025-03-03 17:30", "", "-3.00", "", "", "", ""],
    ]
    records, errors = parse_rows(table, guess_mapping(FOOD_HEADER))
    assert [r.order_id for r in records] == ["A001", "A002", "A007"]
    assert [r.row for r in records] == [2, 3, 10]
    assert records[0].earnings == Decimal("6.50")
    assert records[1].start == DT(2025, 3, 3, 11, 35) and records[1].end == DT(2025, 3, 3, 12, 5)
    assert records[1].deduction == Decimal("2.00")
    assert records[2].earnings == Decimal("0.00") and records[2].deduction == Decimal("3.00")
    by_row = {e.row: e for e in errors}
    assert sorted(by_row) == [4, 5, 6, 7, 9]
    assert by_row[4].column == "开始时间" and "2025-02-30 12:00" in by_row[4].message
    assert by_row[5].text == "第5行：结束时间2025-03-03 12:40早于开始时间2025-03-03 13:00"
    assert by_row[6].column == "收入" and "五元" in by_row[6].message
    assert by_row[7].column == "订单号" and "与第2行重复" in by_row[7].message
    assert by_row[9].message == "缺少结束时间"


def test_duration_column_and_formats():
    table = [
        ["行程单号", "接单时间", "行程时长（分钟）", "司机收入（元）"],
        ["R1", "2025-03-03 08:00", "25", "18.60"],
        ["R2", "2025-03-03 09:00", "1小时5分钟", "40"],
        ["R3", "2025-03-03 11:00", "1:05", "40"],
        ["R4", "2025-03-03 13:00", "大约半小时", "20"],
        ["R5", "2025-03-03 14:00", "", "20"],
        ["R6", "20250303 150000", "90min", "¥1,234.50"],
    ]
    mapping = guess_mapping(table[0])
    assert mapping.end is None and mapping.duration == 2
    records, errors = parse_rows(table, mapping)
    assert [(r.order_id, r.seconds // 60) for r in records] == [("R1", 25), ("R2", 65), ("R3", 65), ("R6", 90)]
    assert records[-1].earnings == Decimal("1234.50") and records[-1].start == DT(2025, 3, 3, 15, 0)
    assert [(e.row, e.column) for e in errors] == [(5, "时长"), (6, "时长")]
    assert "大约半小时" in errors[0].message


def test_date_column_with_times_of_day_and_midnight():
    table = [
        ["日期", "开始时间", "结束时间", "收入"],
        ["2025-03-03", "22:40", "23:20", "8"],
        ["2025-03-03", "23:40", "00:15", "9"],
        ["2025-03-03", "25:00", "00:15", "9"],
    ]
    mapping = guess_mapping(table[0])
    assert (mapping.date, mapping.start, mapping.end, mapping.earnings) == (0, 1, 2, (3,))
    records, errors = parse_rows(table, mapping)
    assert [(r.start, r.end) for r in records] == [
        (DT(2025, 3, 3, 22, 40), DT(2025, 3, 3, 23, 20)), (DT(2025, 3, 3, 23, 40), DT(2025, 3, 4, 0, 15))]
    assert [e.row for e in errors] == [4] and "25:00" in errors[0].message


def test_explicit_formats_and_mapping_checks():
    mapping = ColumnMapping(start=0, end=1, earnings=2, datetime_formats=("%d/%m/%Y %H:%M",), header_rows=0)
    records, errors = parse_rows([["03/03/2025 08:00", "03/03/2025 08:30", "5"]], mapping)
    assert records[0].start == DT(2025, 3, 3, 8, 0) and errors == []
    with pytest.raises(ValidationError):
        ColumnMapping(start=0)
    with pytest.raises(ValidationError):
        ColumnMapping(start=-1, end=1)


def test_time_logged_in_to_the_app_is_never_taken_for_order_time():
    mapping = guess_mapping(["订单号", "接单时间", "送达时间", "在线时长（分钟）", "本单收入"])
    assert (mapping.start, mapping.end, mapping.duration) == (1, 2, None)
    with pytest.raises(ValidationError) as err:
        guess_mapping(["日期", "上线时间", "下线时间", "在线时长"])
    assert "start" in err.value.fields and "end" in err.value.fields
