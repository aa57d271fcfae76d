"""What the figures suggest for the relationship worksheet: pre-filled factor levels and the
facts behind the warnings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.work_records.metrics import WorkMetrics
from mediation_desk.domain.work_records.rows import _HOUR, _num
from mediation_desk.domain.work_records.rules import _PREFILL_KEYS

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
