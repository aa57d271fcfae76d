"""Weekly and whole-period figures of the records (:func:`compute_metrics`)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.wage_standard import cite, effective_text
from mediation_desk.domain.work_records.rows import WorkRecord, _CENT, _HOUR, _ZERO
from mediation_desk.domain.work_records.rules import WorkRecordRules

_SHARE = Decimal("0.0001")


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
                    source_sha256: str = "", rules: WorkRecordRules) -> WorkMetrics:
    """Weekly and whole-period figures of ``records``.

    ``minimum_hourly`` is the hourly minimum wage to compare with (a Decimal or a
    :class:`~mediation_desk.domain.calculators.MinimumWage`; None: no comparison). ``source_name``
    and ``source_sha256`` identify the file the records were read from. ``rules`` are the
    thresholds of ``work_record_thresholds.json`` (:func:`mediation_desk.jurisdiction.work_record_rules`).
    """
    minimum, minimum_note = _minimum(minimum_hourly)
    records = sorted(records, key=lambda r: (r.start, r.end, r.order_id))
    if not records:
        raise ValidationError({"records": "没有可统计的订单记录"})
    intervals = [(r.start, r.finish) for r in records if r.finish > r.start]
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
        orders = sum(1 for r in recs if r.finish > r.start or r.earnings > 0)
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
        middle = statistics.median(values)
        spread = int(statistics.median(abs(v - middle) for v in values))

    return WorkMetrics(
        weeks=tuple(weeks), total=total, stretches=tuple(stretches),
        daily_seconds=MappingProxyType({d: s for d, s in sorted(delivery_by_day.items()) if s}),
        start_spread_minutes=spread, minimum_hourly=minimum, minimum_wage_note=minimum_note,
        source_name=source_name, source_sha256=source_sha256.lower(), rules=rules)
