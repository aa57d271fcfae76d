"""The minimum-wage standard a calculation, an award's final-award test or a document uses, with
its effective date, its source and whether it may be out of date.

The standards on file are data (``resources/jurisdiction/minimum_wage.json``). A standard is
*stale* when the newest one on file took effect more than ``stale_after_years`` (2) years before
``today``: the province may have adjusted it since, and the user is asked to confirm it before
relying on it. ``today`` is always passed in (the clock is the caller's), so the result does not
depend on the machine's date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediation_desk.domain.calculators import MinimumWage, MinimumWageStandard, select_minimum_wage
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan

__all__ = [
    "DEFAULT_STALE_AFTER_YEARS",
    "StandardInForce",
    "StandardTable",
    "cite",
    "effective_iso",
    "effective_text",
    "minimum_wage_in_force",
    "minimum_wage_table",
    "newest_standard",
]

DEFAULT_STALE_AFTER_YEARS = 2


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def effective_text(effective: date | None, effective_year: int | None) -> str:
    """``2021年4月1日``, or ``2018年（具体日期未核实）`` for a standard whose date is not verified."""
    if effective is not None:
        return numeric_date(effective)
    return f"{effective_year}年（具体日期未核实）" if effective_year else "生效日期未核实"


def effective_iso(effective: date | None, effective_year: int | None) -> str:
    """``2021-04-01``, or ``2018 (date not verified)``: the effective date for an English screen."""
    if effective is not None:
        return effective.isoformat()
    return f"{effective_year} (date not verified)" if effective_year else "(date not verified)"


def newest_standard(standards: Iterable[MinimumWageStandard]) -> MinimumWageStandard:
    ordered = sorted(standards, key=lambda s: s.earliest_from)
    if not ordered:
        raise ValidationError({"minimum_wage": "没有最低工资标准数据"})
    return ordered[-1]


@dataclass(frozen=True)
class StandardInForce:
    """One tier's standard on one date and what the user must be told about it."""

    wage: MinimumWage
    on: date
    today: date
    newest_effective: date
    newest_effective_text: str
    stale: bool
    stale_years: int
    newest_effective_iso: str = ""

    @property
    def effective_iso(self) -> str:
        return effective_iso(self.wage.effective, self.wage.effective_year)

    @property
    def tier(self) -> str:
        return self.wage.tier

    @property
    def monthly(self) -> Decimal:
        return self.wage.monthly

    @property
    def hourly(self) -> Decimal | None:
        return self.wage.hourly

    @property
    def effective(self) -> date | None:
        return self.wage.effective

    @property
    def source(self) -> str:
        return self.wage.source

    @property
    def final_award_threshold(self) -> Decimal:
        return self.wage.final_award_threshold

    @property
    def effective_text(self) -> str:
        return effective_text(self.wage.effective, self.wage.effective_year)

    @property
    def warning(self) -> str:
        """A sentence for the user when the newest standard on file may be out of date, else ""."""
        return _stale_warning_text(self.newest_effective_text, self.stale_years) if self.stale else ""

    @property
    def text(self) -> str:
        """``江西省一类月最低工资标准1,850.00元（自2021年4月1日起执行；依据：…）``"""
        hourly = f"、非全日制小时最低工资标准{format_yuan(self.hourly)}" if self.hourly is not None else ""
        return f"江西省{self.tier}月最低工资标准{format_yuan(self.monthly)}{hourly}{cite(self.source, self.effective_text)}"


def cite(source: str, effective: str) -> str:
    """``（依据：<source>）`` with the effective date added when the source does not state it."""
    if not source:
        return f"（自{effective}起执行；来源未注明）"
    if effective in source:
        return f"（依据：{source}）"
    return f"（自{effective}起执行；依据：{source}）"


def _stale_warning_text(newest_text: str, years: int) -> str:
    return (f"本程序保存的最新最低工资标准自{newest_text}起执行，至今已超过{years}年，江西省可能已经调整；"
            "使用前请向江西省人力资源和社会保障厅核实现行标准，如有调整请管理员补充新标准。")


def _staleness(standards: tuple[MinimumWageStandard, ...], today: date, years: int) -> tuple[date, str, bool, str]:
    newest = newest_standard(standards)
    stale = today > _add_years(newest.known_from, years)
    return (newest.known_from, effective_text(newest.effective, newest.effective_year), stale,
            effective_iso(newest.effective, newest.effective_year))


def minimum_wage_in_force(standards: Iterable[MinimumWageStandard], tier: str | int, on: date, *, today: date,
                          stale_after_years: int = DEFAULT_STALE_AFTER_YEARS) -> StandardInForce:
    """The standard of ``tier`` in force on ``on`` with its effective date and source, and whether
    the newest standard on file is more than ``stale_after_years`` years old on ``today``.

    Raises ``ValidationError`` as :func:`~mediation_desk.domain.calculators.select_minimum_wage`
    does (no standard for the date, or a date inside a year whose adjustment date is unverified).
    """
    items = tuple(standards)
    wage = select_minimum_wage(items, tier, on)
    newest, newest_text, stale, newest_iso = _staleness(items, today, stale_after_years)
    return StandardInForce(wage, on, today, newest, newest_text, stale, stale_after_years, newest_iso)


@dataclass(frozen=True)
class StandardTable:
    """Every tier of the standard in force on one date (what a document prints when the case's
    tier is not fixed)."""

    on: date
    tiers: Mapping[str, tuple[Decimal, Decimal | None]]
    effective: date | None
    effective_year: int
    source: str
    newest_effective_text: str
    stale: bool
    stale_years: int

    @property
    def effective_text(self) -> str:
        return effective_text(self.effective, self.effective_year)

    @property
    def warning(self) -> str:
        return _stale_warning_text(self.newest_effective_text, self.stale_years) if self.stale else ""

    @property
    def text(self) -> str:
        parts = []
        for tier, (monthly, hourly) in self.tiers.items():
            part = f"{tier}{format_yuan(monthly)}/月"
            if hourly is not None:
                part += f"（非全日制{format_yuan(hourly)}/小时）"
            parts.append(part)
        return f"江西省最低工资标准：{'，'.join(parts)}{cite(self.source, self.effective_text)}"


def minimum_wage_table(standards: Iterable[MinimumWageStandard], on: date, *, today: date,
                       stale_after_years: int = DEFAULT_STALE_AFTER_YEARS) -> StandardTable:
    """All tiers of the standard in force on ``on`` (see :func:`minimum_wage_in_force`)."""
    items = tuple(standards)
    wage = select_minimum_wage(items, "一类", on)
    current = next(s for s in items if s.effective == wage.effective and s.effective_year == wage.effective_year
                   and s.source == wage.source)
    newest, newest_text, stale, _iso = _staleness(items, today, stale_after_years)
    return StandardTable(on, dict(current.tiers), current.effective, current.effective_year, current.source,
                         newest_text, stale, stale_after_years)
