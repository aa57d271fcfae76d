"""Working time and pay from a platform's order and earnings history (pure computation).

A worker's order list (exported from the rider or driver app, or copied from screenshots into a
sheet) is read row by row (:func:`parse_rows` with a :class:`ColumnMapping`, which
:func:`guess_mapping` proposes from the usual Chinese headers) into :class:`WorkRecord` values;
:func:`compute_metrics` turns them into :class:`WorkMetrics` per ISO week and for the whole
period. The figures carry the name and SHA-256 of the file they come from so that a document
can cite them.

How time is counted (thresholds are data, ``resources/jurisdiction/work_record_thresholds.json``):

* Orders are intervals ``[start, end)``. Overlapping orders (a batch of deliveries) and orders
  that touch are merged, so no minute is counted twice.
* A gap between orders shorter than ``break_minutes`` (20, Nanchang plan item 6) is not a break:
  the worker is waiting for or riding to the next order. Such gaps belong to the *stretch* of
  continuous work; a gap of 20 minutes or more ends the stretch.
* ``delivery_hours`` (接单配送时长) is the total length of the stretches: the time from taking
  the first order of a stretch to delivering its last one, short waits between orders included.
  ``hours_on_orders`` (订单内时长) counts only the minutes inside orders. Neither is the time the
  worker was logged in to the app (在线时长): an order history does not record it, and the
  figures are never called so.
* A stretch longer than ``continuous_work_limit_hours`` (4 h) is a stretch without the break the
  plan asks for ("连续工作超过4小时的，应当设置不少于20分钟的工间休息时间").
* Hours are split at midnight and belong to the calendar day (and ISO week) they fall on;
  orders, money and stretches belong to the day on which they start.
* A record with no duration and no earnings (a fine entered on its own) adds its deduction but
  is not counted as an order.
* Effective hourly earnings = (earnings − deductions) ÷ 接单配送时长, compared with the hourly
  minimum wage passed in (the part-time hourly standard, e.g. 一类 18.5 元 from 2021-04-01).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.relationship import FACTORS
from mediation_desk.domain.wage_standard import cite, effective_text
from mediation_desk.domain.work_record_rows import (_CENT, _HOUR, _ZERO, ColumnMapping, RowError, WorkRecord,
                                                    _num, guess_mapping, parse_rows)

__all__ = [
    "ColumnMapping",
    "PeriodMetrics",
    "RowError",
    "Stretch",
    "WorkMetrics",
    "WorkRecord",
    "WorkRecordRules",
    "compute_metrics",
    "default_rules",
    "guess_mapping",
    "parse_rows",
    "prefill_factors",
    "rules_from_data",
    "warning_facts",
]

_SHARE = Decimal("0.0001")

# ---------------------------------------------------------------------------
# thresholds (data)
# ---------------------------------------------------------------------------

_PREFILL_KEYS = ("time_autonomy", "continuity")
# Levels an order history can never show: when the worker took orders says nothing about who
# decided it, so the records never suggest that the worker decides working time himself.
_NEVER_FROM_RECORDS: Mapping[str, frozenset[str]] = MappingProxyType({"time_autonomy": frozenset({"free"})})
_CONDITIONS = ("min_days_per_week", "min_daily_hours", "max_start_spread_minutes", "min_weeks",
               "min_active_week_share")


@dataclass(frozen=True)
class WorkRecordRules:
    """``work_record_thresholds.json`` checked and converted."""

    break_minutes: int = 20
    continuous_work_limit_hours: Decimal = Decimal(4)
    long_day_hours: Decimal = Decimal(8)
    prefill: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=lambda: MappingProxyType({}))
    source: str = ""

    @property
    def break_gap(self) -> timedelta:
        return timedelta(minutes=self.break_minutes)

    @property
    def limit_seconds(self) -> Decimal:
        return self.continuous_work_limit_hours * _HOUR


def _rule_number(value: object, where: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError({"work_record_thresholds": f"工作记录统计口径（{where}）：应为数字"})
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError({"work_record_thresholds": f"工作记录统计口径（{where}）：“{value}”不是数字"}) from None
    if not number.is_finite() or number < 0:
        raise ValidationError({"work_record_thresholds": f"工作记录统计口径（{where}）：数值{value}无效"})
    return number


def rules_from_data(data: Mapping[str, Any]) -> WorkRecordRules:
    prefill: dict[str, tuple[Mapping[str, Any], ...]] = {}
    for key, rules in (data.get("prefill") or {}).items():
        if key not in _PREFILL_KEYS or isinstance(rules, (str, Mapping)) or not rules:
            raise ValidationError({"work_record_thresholds": f"工作记录统计口径：prefill.{key} 无效"})
        checked = []
        for rule in rules:
            if not isinstance(rule, Mapping) or rule.get("level") not in FACTORS[key].codes:
                raise ValidationError({"work_record_thresholds": f"工作记录统计口径：prefill.{key} 的档次无效"})
            if rule["level"] in _NEVER_FROM_RECORDS.get(key, ()):
                raise ValidationError({"work_record_thresholds": (
                    f"工作记录统计口径：prefill.{key} 不能推断为“{FACTORS[key].level(rule['level']).label}”——"
                    "订单记录只反映接单的时间，不能说明工作时间由谁决定")})
            conditions = {}
            for name, value in rule.items():
                if name == "level":
                    continue
                if name not in _CONDITIONS:
                    raise ValidationError({"work_record_thresholds": f"工作记录统计口径：未知的条件 {name}"})
                conditions[name] = _rule_number(value, f"prefill.{key}.{name}")
            checked.append(MappingProxyType({"level": rule["level"], **conditions}))
        prefill[key] = tuple(checked)
    break_minutes = _rule_number(data.get("break_minutes", 20), "break_minutes")
    return WorkRecordRules(
        break_minutes=int(break_minutes),
        continuous_work_limit_hours=_rule_number(data.get("continuous_work_limit_hours", 4),
                                                 "continuous_work_limit_hours"),
        long_day_hours=_rule_number(data.get("long_day_hours", 8), "long_day_hours"),
        prefill=MappingProxyType(prefill),
        source=str(data.get("_source") or ""),
    )


def default_rules() -> WorkRecordRules:
    """The thresholds of ``resources/jurisdiction/work_record_thresholds.json``."""
    from mediation_desk import jurisdiction  # lazy: keeps domain import-pure

    data = jurisdiction.work_record_thresholds()
    try:
        return rules_from_data(data)
    except ValidationError as exc:
        raise jurisdiction.JurisdictionDataError("工作记录统计口径数据有误：" + exc.zh,
                                                 "Bad work-record thresholds: " + exc.en) from None


# ---------------------------------------------------------------------------
# metrics
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Stretch:
    """A stretch of continuous work: orders with no gap of ``break_minutes`` or more between them."""

    start: datetime
    end: datetime
    orders: int

    @property
    def seconds(self) -> int:
        return int((self.end - self.start).total_seconds())

    @property
    def hours(self) -> Decimal:
        return _hours(self.seconds)


@dataclass(frozen=True)
class PeriodMetrics:
    """The figures of one ISO week (``label`` like ``"2025-W14"``) or of the whole period (``"全期"``)."""

    label: str
    first_day: date
    last_day: date
    days_worked: int
    delivery_seconds: int
    order_seconds: int
    orders: int
    earnings: Decimal
    deductions: Decimal
    effective_hourly: Decimal | None  # net ÷ delivery hours, 2 places; None without delivery time
    below_minimum: bool | None  # None when no minimum wage was given or no delivery time
    longest_stretch_seconds: int
    stretches_over_limit: int
    long_days: int  # days with more than long_day_hours of delivery time

    @property
    def delivery_hours(self) -> Decimal:
        return _hours(self.delivery_seconds)

    @property
    def hours_on_orders(self) -> Decimal:
        return _hours(self.order_seconds)

    @property
    def net_earnings(self) -> Decimal:
        return self.earnings - self.deductions

    @property
    def longest_stretch_hours(self) -> Decimal:
        return _hours(self.longest_stretch_seconds)

    @property
    def average_daily_hours(self) -> Decimal | None:
        if not self.days_worked:
            return None
        return (Decimal(self.delivery_seconds) / self.days_worked / _HOUR).quantize(_CENT, rounding=ROUND_HALF_UP)

    @property
    def long_day_share(self) -> Decimal | None:
        """Share (0…1, four places) of the days worked with more than ``long_day_hours`` of delivery time."""
        if not self.days_worked:
            return None
        return (Decimal(self.long_days) / self.days_worked).quantize(_SHARE, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class WorkMetrics:
    weeks: tuple[PeriodMetrics, ...]  # every ISO week from the first to the last, empty ones included
    total: PeriodMetrics
    stretches: tuple[Stretch, ...]
    daily_seconds: Mapping[date, int]  # delivery time per calendar day (days worked only)
    start_spread_minutes: int | None  # median absolute deviation of the daily first start
    minimum_hourly: Decimal | None
    minimum_wage_note: str
    source_name: str
    source_sha256: str
    rules: WorkRecordRules

    @property
    def weeks_in_period(self) -> int:
        return len(self.weeks)

    @property
    def active_weeks(self) -> int:
        return sum(1 for w in self.weeks if w.days_worked)

    @property
    def weeks_below_minimum(self) -> tuple[str, ...]:
        return tuple(w.label for w in self.weeks if w.below_minimum)

    @property
    def long_stretches(self) -> tuple[Stretch, ...]:
        return tuple(s for s in self.stretches if s.seconds > self.rules.limit_seconds)

    @property
    def days_per_week(self) -> Decimal | None:
        if not self.weeks:
            return None
        return (Decimal(self.total.days_worked) / len(self.weeks)).quantize(_CENT, rounding=ROUND_HALF_UP)

    def daily_hours(self) -> dict[date, Decimal]:
        return {d: _hours(s) for d, s in self.daily_seconds.items()}

    @property
    def source_text(self) -> str:
        """``来源：订单.csv，SHA-256 前8位 ab12cd34`` (what a document cites)."""
        parts = []
        if self.source_name:
            parts.append(self.source_name)
        if self.source_sha256:
            parts.append(f"SHA-256 前8位 {self.source_sha256[:8]}")
        return "来源：" + ("，".join(parts) if parts else "未注明")


def _hours(seconds: int | Decimal) -> Decimal:
    return (Decimal(seconds) / _HOUR).quantize(_CENT, rounding=ROUND_HALF_UP)


def _merge(intervals: Sequence[tuple[datetime, datetime]], tolerance: timedelta) -> list[Stretch]:
    """Merge sorted intervals whose gap is shorter than ``tolerance`` (overlaps always merge;
    with a zero tolerance only overlapping or touching intervals merge)."""
    out: list[Stretch] = []
    for start, end in intervals:
        if out:
            last = out[-1]
            gap = start - last.end
            if gap < tolerance or (tolerance == timedelta(0) and gap == timedelta(0)):
                out[-1] = Stretch(last.start, max(last.end, end), last.orders + 1)
                continue
        out.append(Stretch(start, end, 1))
    return out


def _split_by_day(stretches: Iterable[Stretch]) -> dict[date, int]:
    days: dict[date, int] = {}
    for s in stretches:
        cursor = s.start
        while cursor < s.end:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), time(0), tzinfo=cursor.tzinfo)
            piece_end = min(midnight, s.end)
            days[cursor.date()] = days.get(cursor.date(), 0) + int((piece_end - cursor).total_seconds())
            cursor = piece_end
    return days


def _week_key(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return iso[0], iso[1]


def _week_label(key: tuple[int, int]) -> str:
    return f"{key[0]}-W{key[1]:02d}"


def _minimum(value: object) -> tuple[Decimal | None, str]:
    if value is None:
        return None, ""
    hourly = getattr(value, "hourly", value)  # calculators.MinimumWage or an amount
    if hourly is None:
        return None, "所给最低工资标准没有小时标准，未比较小时收入"
    try:
        amount = Decimal(str(hourly))
    except (InvalidOperation, ValueError):
        raise ValidationError({"minimum_hourly": f"小时最低工资标准“{hourly}”不是数字"}) from None
    if not amount.is_finite() or amount <= 0:
        raise ValidationError({"minimum_hourly": f"小时最低工资标准“{hourly}”无效"})
    note = f"小时最低工资标准{amount.quantize(_CENT)}元"
    tier = getattr(value, "tier", None)
    if tier:
        when = effective_text(getattr(value, "effective", None), getattr(value, "effective_year", None))
        note += f"，江西省{tier}{cite(str(getattr(value, 'source', '') or ''), when)}"
    return amount, note


def compute_metrics(records: Iterable[WorkRecord], *, minimum_hourly: object = None, source_name: str = "",
                    source_sha256: str = "", rules: WorkRecordRules | None = None) -> WorkMetrics:
    """Weekly and whole-period figures of ``records``.

    ``minimum_hourly`` is the hourly minimum wage to compare with (a Decimal or a
    :class:`~mediation_desk.domain.calculators.MinimumWage`; None: no comparison). ``source_name``
    and ``source_sha256`` identify the file the records were read from.
    """
    rules = rules if rules is not None else default_rules()
    minimum, minimum_note = _minimum(minimum_hourly)
    records = sorted(records, key=lambda r: (r.start, r.end, r.order_id))
    if not records:
        raise ValidationError({"records": "没有可统计的订单记录"})
    intervals = [(r.start, r.end) for r in records if r.end > r.start]  # type: ignore[operator]
    stretches = _merge(intervals, rules.break_gap)
    on_orders = _merge(intervals, timedelta(0))
    delivery_by_day = _split_by_day(stretches)
    orders_by_day = _split_by_day(on_orders)
    limit = rules.limit_seconds
    long_day = rules.long_day_hours * _HOUR

    first_day = records[0].start.date()
    last_day = max([r.start.date() for r in records] + [d for d, s in delivery_by_day.items() if s])
    week_keys: list[tuple[int, int]] = []
    monday = first_day - timedelta(days=first_day.weekday())
    while monday <= last_day:
        week_keys.append(_week_key(monday))
        monday += timedelta(days=7)

    def period(label: str, lo: date, hi: date) -> PeriodMetrics:
        def inside(d: date) -> bool:
            return lo <= d <= hi

        days = [d for d, s in delivery_by_day.items() if s and inside(d)]
        delivering = sum(delivery_by_day[d] for d in days)
        on_order = sum(s for d, s in orders_by_day.items() if inside(d))
        recs = [r for r in records if inside(r.start.date())]
        earnings = sum((r.earnings for r in recs), _ZERO)
        deductions = sum((r.deduction for r in recs), _ZERO)
        orders = sum(1 for r in recs if r.end > r.start or r.earnings > 0)  # type: ignore[operator]
        mine = [s for s in stretches if inside(s.start.date())]
        hourly = below = None
        if delivering:
            net = earnings - deductions
            hourly = (net * _HOUR / delivering).quantize(_CENT, rounding=ROUND_HALF_UP)
            if minimum is not None:
                below = net * _HOUR < minimum * delivering
        return PeriodMetrics(
            label=label, first_day=lo, last_day=hi, days_worked=len(days), delivery_seconds=delivering,
            order_seconds=on_order, orders=orders, earnings=earnings, deductions=deductions,
            effective_hourly=hourly, below_minimum=below,
            longest_stretch_seconds=max((s.seconds for s in mine), default=0),
            stretches_over_limit=sum(1 for s in mine if s.seconds > limit),
            long_days=sum(1 for d in days if delivery_by_day[d] > long_day))

    weeks = []
    for key in week_keys:
        lo = date.fromisocalendar(key[0], key[1], 1)
        weeks.append(period(_week_label(key), lo, lo + timedelta(days=6)))
    total = period("全期", first_day, last_day)

    first_starts: dict[date, int] = {}
    for s in stretches:
        minute = s.start.hour * 60 + s.start.minute
        first_starts.setdefault(s.start.date(), minute)
    spread = None
    if first_starts:
        values = sorted(first_starts.values())
        median = _median(values)
        spread = int(_median(sorted(abs(v - median) for v in values)))

    return WorkMetrics(
        weeks=tuple(weeks), total=total, stretches=tuple(stretches),
        daily_seconds=MappingProxyType({d: s for d, s in sorted(delivery_by_day.items()) if s}),
        start_spread_minutes=spread, minimum_hourly=minimum, minimum_wage_note=minimum_note,
        source_name=source_name, source_sha256=source_sha256.lower(), rules=rules)


def _median(values: Sequence[float]) -> float:
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


# ---------------------------------------------------------------------------
# suggestions for the worksheet
# ---------------------------------------------------------------------------

def _period_text(metrics: WorkMetrics) -> str:
    t = metrics.total
    return f"记录期间{numeric_date(t.first_day)}至{numeric_date(t.last_day)}（共{metrics.weeks_in_period}周）"


def prefill_factors(metrics: WorkMetrics) -> dict[str, tuple[str, str]]:
    """Suggested levels of ``time_autonomy`` and ``continuity`` with the figures they rest on.

    The rules are data (``prefill`` of the thresholds file): the first rule whose conditions all
    hold gives the level. An order history shows when the worker worked, not who decided it: the
    reason says so, and the mediator checks it against rosters, attendance and messages.
    """
    rules = metrics.rules
    weeks = metrics.weeks_in_period
    days_per_week = Decimal(metrics.total.days_worked) / weeks
    daily = Decimal(metrics.total.delivery_seconds) / metrics.total.days_worked / _HOUR if metrics.total.days_worked \
        else Decimal(0)
    active_share = Decimal(metrics.active_weeks) / weeks
    observed: dict[str, Decimal | None] = {
        "min_days_per_week": days_per_week,
        "min_daily_hours": daily,
        "max_start_spread_minutes": None if metrics.start_spread_minutes is None
        else Decimal(metrics.start_spread_minutes),
        "min_weeks": Decimal(weeks),
        "min_active_week_share": active_share,
    }

    def holds(rule: Mapping[str, Any]) -> bool:
        for name, limit in rule.items():
            if name == "level":
                continue
            value = observed[name]
            if value is None:
                return False
            if name.startswith("min_") and value < limit:
                return False
            if name.startswith("max_") and value > limit:
                return False
        return True

    source = metrics.source_text
    basis = (f"{_period_text(metrics)}平均每周工作{_num(days_per_week)}天、每天接单配送{_num(daily)}小时")
    out: dict[str, tuple[str, str]] = {}
    for key in _PREFILL_KEYS:
        for rule in rules.prefill.get(key, ()):
            if holds(rule):
                level = str(rule["level"])
                text = basis
                if key == "time_autonomy" and metrics.start_spread_minutes is not None:
                    text += f"，每天开始工作的时间一般相差约{metrics.start_spread_minutes}分钟"
                if key == "continuity":
                    text += f"，{weeks}周中有{metrics.active_weeks}周有工作记录"
                text += f"（{source}）；这是按订单记录推断的，须与排班、考勤、聊天记录等证据核对。"
                out[key] = (level, text)
                break
    return out


def warning_facts(metrics: WorkMetrics) -> dict[str, str]:
    """Facts for the worksheet's warnings (``pay_below_minimum_wage``, ``no_break_after_four_hours``)
    that the history shows, each with the figures and the source."""
    out: dict[str, str] = {}
    below = [w for w in metrics.weeks if w.below_minimum]
    if below and metrics.minimum_hourly is not None:
        worst = min(below, key=lambda w: (w.effective_hourly, w.label))
        out["pay_below_minimum_wage"] = (
            f"{metrics.weeks_in_period}周中有{len(below)}周的实际小时收入低于{metrics.minimum_wage_note or '小时最低工资标准'}，"
            f"其中{worst.label}（{numeric_date(worst.first_day)}至{numeric_date(worst.last_day)}）净收入{worst.net_earnings}元"
            f"÷接单配送时长{worst.delivery_hours}小时＝{worst.effective_hourly}元/小时（{metrics.source_text}）")
    long = metrics.long_stretches
    if long:
        top = max(long, key=lambda s: (s.seconds, -s.start.timestamp()))
        out["no_break_after_four_hours"] = (
            f"记录中有{len(long)}次连续工作超过{_num(metrics.rules.continuous_work_limit_hours)}小时而中间没有"
            f"{metrics.rules.break_minutes}分钟以上的间隔，最长一次为{numeric_date(top.start)}{top.start:%H:%M}至{top.end:%H:%M}，"
            f"连续{_num(top.hours)}小时（{metrics.source_text}）")
    return out
