"""``work_record_thresholds.json`` checked and converted (the data is read by
:mod:`mediation_desk.jurisdiction` and passed in)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.relationship import FACTORS
from mediation_desk.domain.work_records.rows import _HOUR

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
