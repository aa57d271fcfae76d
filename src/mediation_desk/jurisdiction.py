"""Jurisdiction data: deadline rules, the holiday calendar, minimum and average wages, the
relationship worksheet's weights, the work-record thresholds and the local authorities' names.

The adapter between the data files and the domain: reads ``resources/jurisdiction/*.json`` and
the ``chinesecalendar`` package and builds the domain values (:mod:`mediation_desk.domain.deadlines`,
:mod:`mediation_desk.domain.calculators`, :mod:`mediation_desk.domain.relationship`,
:mod:`mediation_desk.domain.work_records`), which the services pass to the domain's functions.
The domain never imports this module. No Qt, no SQLAlchemy. Results are cached;
:func:`clear_caches` drops them (after the administrator edits a file).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from mediation_desk.domain.calculators import (
    MinimumWage,
    MinimumWageStandard,
    normalise_tier,
    select_minimum_wage,
)
from mediation_desk.domain.deadlines import DeadlineRule, WorkCalendar, rules_from_data
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.relationship import RelationshipWeights, weights_from_data
from mediation_desk.domain import wage_standard
from mediation_desk.domain.wage_standard import StandardInForce, StandardTable
from mediation_desk.domain.work_records import WorkRecordRules
from mediation_desk.domain.work_records import rules_from_data as work_record_rules_from_data

__all__ = [
    "AverageWage",
    "JurisdictionDataError",
    "average_monthly_wage",
    "build_calendar",
    "calendar_from_supplement",
    "calendar_with",
    "clear_caches",
    "deadline_rules",
    "default_calendar",
    "event_labels",
    "jurisdiction_dir",
    "minimum_wage",
    "minimum_wage_for_district",
    "minimum_wage_standards",
    "official_calendar",
    "package_calendar",
    "provisional_calendar",
    "statutory_fixed_days",
    "tier_for_district",
    "wage_conversion",
]


_CENT = Decimal("0.01")


class JurisdictionDataError(AppError):
    """A jurisdiction data file is missing or malformed."""


def jurisdiction_dir() -> Path:
    """``<root>/resources/jurisdiction`` (via ``mediation_desk.resources`` when present)."""
    try:
        from mediation_desk.resources import resource_path
    except ImportError:  # pragma: no cover - fallback for a checkout without resources.py
        return Path(__file__).resolve().parents[2] / "resources" / "jurisdiction"
    return resource_path("resources", "jurisdiction")


def _load(name: str, path: Path | None = None) -> dict[str, Any]:
    file = path if path is not None else jurisdiction_dir() / name
    try:
        with open(file, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise JurisdictionDataError(f"找不到管辖数据文件：{file}", f"Jurisdiction data file not found: {file}") from None
    except (OSError, ValueError) as exc:
        raise JurisdictionDataError(f"管辖数据文件无法读取：{file}（{exc}）",
                                    f"Jurisdiction data file cannot be read: {file} ({exc})") from None
    if not isinstance(data, dict):
        raise JurisdictionDataError(f"管辖数据文件格式不正确：{file}", f"Malformed jurisdiction data file: {file}")
    return data


def _date(text: object, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise JurisdictionDataError(f"{where}：日期“{text}”格式不正确，应为 YYYY-MM-DD",
                                    f"{where}: bad date {text!r}") from None


def _decimal(text: object, where: str) -> Decimal:
    try:
        value = Decimal(str(text))
    except (InvalidOperation, ValueError):
        raise JurisdictionDataError(f"{where}：数额“{text}”不是数字", f"{where}: {text!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise JurisdictionDataError(f"{where}：数额“{text}”无效", f"{where}: invalid amount {text!r}")
    return value


# ---------------------------------------------------------------------------
# deadline rules
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def deadline_rules() -> Mapping[str, DeadlineRule]:
    """All rules of ``deadline_rules.json`` by code."""
    data = _load("deadline_rules.json")
    try:
        return rules_from_data(data)
    except ValidationError as exc:
        raise JurisdictionDataError("期限规则数据有误：" + exc.zh, "Bad deadline rule data: " + exc.en) from None


@functools.lru_cache(maxsize=1)
def event_labels() -> Mapping[str, str]:
    """Case event code -> Chinese label (the ``_events`` table of ``deadline_rules.json``)."""
    return dict(_load("deadline_rules.json").get("_events") or {})


# ---------------------------------------------------------------------------
# holidays
# ---------------------------------------------------------------------------

def package_calendar() -> WorkCalendar:
    """The years ``chinesecalendar`` knows, with its holidays and make-up working days."""
    from chinese_calendar import constants

    names = {h.value: h.chinese for h in constants.Holiday}
    holidays = {d: names.get(v, str(v)) for d, v in constants.holidays.items()}
    workdays = {d: names.get(v, str(v)) + "调休上班" for d, v in constants.workdays.items()}
    years = {d.year for d in holidays}
    if years:
        years = set(range(min(years), max(years) + 1))
    return WorkCalendar.from_dates(holidays, workdays, years)


def calendar_from_supplement(data: Mapping[str, Any]) -> WorkCalendar:
    """The years of a ``holidays.json`` document (see its ``_format``) as a calendar."""
    years = data.get("years") or {}
    if not isinstance(years, Mapping):
        raise JurisdictionDataError("节假日补充数据格式不正确：years 应为以年份为键的对象", "holidays.json: bad 'years'")
    holidays: dict[date, str] = {}
    workdays: dict[date, str] = {}
    covered: set[int] = set()
    for key, entry in years.items():
        if str(key).startswith("_"):
            continue
        try:
            year = int(key)
        except ValueError:
            raise JurisdictionDataError(f"节假日补充数据：年份“{key}”无效", f"holidays.json: bad year {key!r}") from None
        if not isinstance(entry, Mapping) or not entry.get("source"):
            raise JurisdictionDataError(f"节假日补充数据：{year}年须注明来源（国务院办公厅通知）",
                                        f"holidays.json: {year} needs a source")
        for field, target in (("holidays", holidays), ("workdays", workdays)):
            listed = entry.get(field) or {}
            items = listed.items() if isinstance(listed, Mapping) else ((d, "") for d in listed)
            for text, name in items:
                d = _date(text, f"节假日补充数据 {year}年 {field}")
                if d.year != year:
                    raise JurisdictionDataError(f"节假日补充数据：{d.isoformat()} 不属于{year}年",
                                                f"holidays.json: {d} is not in {year}")
                target[d] = str(name)
        covered.add(year)
    try:
        return WorkCalendar.from_dates(holidays, workdays, covered)
    except ValidationError as exc:
        raise JurisdictionDataError("节假日补充数据有误：" + exc.zh, "Bad holiday data: " + exc.en) from None


def build_calendar(supplement: Mapping[str, Any] | None = None, *, use_package: bool = True) -> WorkCalendar:
    """The package's calendar with the supplement's years laid over it (a supplied year replaces
    the package's data for that year)."""
    base = package_calendar() if use_package else WorkCalendar(frozenset(), frozenset(), frozenset())
    if not supplement:
        return base
    return base.overlay(calendar_from_supplement(supplement))


@functools.lru_cache(maxsize=1)
def official_calendar() -> WorkCalendar:
    """The years with a State Council notice on file: chinesecalendar + holidays.json ``years``."""
    return build_calendar(_load("holidays.json"))


def provisional_from_data(data: Mapping[str, Any]) -> WorkCalendar:
    """The estimate of the ``provisional`` section of ``holidays.json``: for each year of its
    ``dates`` table, the statutory holidays of 全国年节及纪念日放假办法 (fixed dates, and the
    lunar festivals and 清明 from the table), no make-up working days; every year provisional."""
    section = data.get("provisional") or {}
    days = ((section.get("statutory_days") or {}).get("days")) or {}
    table = ((section.get("dates") or {}).get("years")) or {}
    if not isinstance(days, Mapping) or not isinstance(table, Mapping):
        raise JurisdictionDataError("节假日推算数据格式不正确", "holidays.json: bad 'provisional' section")
    holidays: dict[date, str] = {}
    years: set[int] = set()
    for key, anchors in table.items():
        if str(key).startswith("_"):
            continue
        try:
            year = int(key)
        except ValueError:
            raise JurisdictionDataError(f"节假日推算数据：年份“{key}”无效", f"holidays.json: bad year {key!r}") from None
        where = f"节假日推算数据 {year}年"
        for name, spec in days.items():
            if str(name).startswith("_"):
                continue
            if "dates" in spec:
                found = [_date(f"{year}-{md}", where) for md in spec["dates"]]
            else:
                anchor_text = (anchors or {}).get(spec.get("from"))
                if not anchor_text:
                    raise JurisdictionDataError(f"{where}：缺少“{spec.get('from')}”的日期",
                                                f"holidays.json: {year} lacks {spec.get('from')!r}")
                anchor = _date(anchor_text, where)
                found = [anchor + timedelta(days=int(k)) for k in spec.get("offsets") or (0,)]
            for d in found:
                if d.year == year:  # 除夕 of a new year on 1 January would belong to the year before
                    holidays[d] = str(name)
        years.add(year)
    try:
        return WorkCalendar(frozenset(holidays), frozenset(), frozenset(years), holidays, frozenset(years))
    except ValidationError as exc:
        raise JurisdictionDataError("节假日推算数据有误：" + exc.zh, "Bad provisional holiday data: " + exc.en) from None


def statutory_fixed_days(year: int) -> dict[date, str]:
    """The statutory holidays of ``year`` on fixed dates (元旦, 劳动节, 国庆节) under 全国年节及纪念日
    放假办法 in force from ``statutory_days.effective``; empty for earlier years. Every notice of
    such a year gives these days off, so an entered arrangement must contain them."""
    spec = ((_load("holidays.json").get("provisional") or {}).get("statutory_days")) or {}
    effective = _date(spec.get("effective") or "9999-12-31", "节假日推算数据 statutory_days")
    if year < effective.year:
        return {}
    out: dict[date, str] = {}
    for name, entry in (spec.get("days") or {}).items():
        if str(name).startswith("_") or "dates" not in entry:
            continue
        for md in entry["dates"]:
            out[_date(f"{year}-{md}", "节假日推算数据 statutory_days")] = str(name)
    return out


@functools.lru_cache(maxsize=1)
def provisional_calendar() -> WorkCalendar:
    return provisional_from_data(_load("holidays.json"))


@functools.lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """The calendar every deadline uses unless told otherwise: chinesecalendar + holidays.json,
    and for the years without a notice the provisional estimate (counts through them are 暂定)."""
    return official_calendar().fill_gaps(provisional_calendar())


def calendar_with(arrangements: Iterable[tuple[int, Iterable[date], Iterable[date]]]) -> WorkCalendar:
    """The default calendar with the years an administrator entered in the book (year, days off,
    make-up working days) laid over it: an entered year replaces the data and the estimate."""
    entered = list(arrangements)
    if not entered:
        return default_calendar()
    holidays: set[date] = set()
    workdays: set[date] = set()
    for _year, off, work in entered:
        holidays.update(off)
        workdays.update(work)
    try:
        book = WorkCalendar(frozenset(holidays), frozenset(workdays), frozenset(y for y, _o, _w in entered))
    except ValidationError as exc:
        raise JurisdictionDataError("案件库中的节假日安排有误：" + exc.zh, "Bad holiday arrangement in the book: " + exc.en) from None
    return default_calendar().overlay(book)


# ---------------------------------------------------------------------------
# wages
# ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _minimum_wage_data() -> dict[str, Any]:
    return _load("minimum_wage.json")


@functools.lru_cache(maxsize=1)
def minimum_wage_standards() -> tuple[MinimumWageStandard, ...]:
    out = []
    for entry in _minimum_wage_data().get("standards") or ():
        where = f"最低工资标准（{entry.get('effective') or entry.get('effective_year')}）"
        effective = _date(entry["effective"], where) if entry.get("effective") else None
        year = int(entry.get("effective_year") or (effective.year if effective else 0))
        if not year:
            raise JurisdictionDataError(f"{where}：缺少生效日期或生效年份", f"{where}: no effective date or year")
        tiers = {}
        for tier, figures in (entry.get("tiers") or {}).items():
            hourly = figures.get("hourly")
            tiers[normalise_tier(tier)] = (_decimal(figures["monthly"], where).quantize(_CENT),
                                           _decimal(hourly, where).quantize(_CENT) if hourly is not None else None)
        out.append(MinimumWageStandard(effective, year, tiers, str(entry.get("source") or ""),
                                       bool(entry.get("verified")), str(entry.get("confidence") or "[R]"),
                                       str(entry.get("note") or ""), bool(entry.get("effective_date_verified"))))
    return tuple(out)


def minimum_wage(tier: str | int, on: date) -> MinimumWage:
    """Jiangxi's minimum wage of ``tier`` (一类/二类/三类, or 1/2/3) in force on ``on``."""
    return select_minimum_wage(minimum_wage_standards(), tier, on)


def _district_table() -> tuple[dict[str, str], dict[str, str]]:
    section = _minimum_wage_data().get("nanchang_districts") or {}
    table = {name: normalise_tier(tier) for tier, names in (section.get("tiers") or {}).items() for name in names}
    return table, dict(section.get("aliases") or {})


def tier_for_district(name: str) -> str:
    """The minimum-wage tier of a Nanchang district or county (2021-04-01 mapping).

    Accepts the full name (``"青山湖区"``), a ``南昌市`` prefix, the name without its suffix
    (``"青山湖"``) and the usual short names of the development zones (``"经开区"``).
    """
    table, aliases = _district_table()
    text = "".join(str(name).split())
    for prefix in ("江西省", "南昌市"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    text = aliases.get(text, text)
    if text in table:
        return table[text]
    for suffix in ("区", "县"):
        if text + suffix in table:
            return table[text + suffix]
    raise ValidationError({"district": f"“{name}”不是南昌市的县区，无法确定最低工资档次；请直接选择档次"})


def minimum_wage_for_district(district: str, on: date) -> MinimumWage:
    return minimum_wage(tier_for_district(district), on)


@dataclass(frozen=True)
class AverageWage:
    """A configurable wage statistic; ``value`` None means not verified and not usable."""

    label: str
    value: Decimal | None
    year: int | None
    source: str | None
    verified: bool
    note: str


@functools.lru_cache(maxsize=1)
def _average_wage_data() -> dict[str, Any]:
    return _load("average_wage.json")


def average_monthly_wage(key: str = "nanchang_average_monthly_wage") -> AverageWage:
    """The city's published average monthly wage (劳动合同法第四十七条). Unverified: value None."""
    entry = _average_wage_data().get(key)
    if not isinstance(entry, Mapping):
        raise JurisdictionDataError(f"工资统计数据中没有“{key}”", f"average_wage.json has no {key!r}")
    value = entry.get("value")
    return AverageWage(str(entry.get("label") or key),
                       _decimal(value, key) if value is not None else None,
                       int(entry["year"]) if entry.get("year") else None,
                       entry.get("source"), bool(entry.get("verified")), str(entry.get("note") or ""))


def wage_conversion() -> tuple[Decimal, Decimal, str, str]:
    """(monthly pay days 21.75, hours per day 8, source, confidence tag)."""
    entry = _average_wage_data().get("wage_conversion") or {}
    return (_decimal(entry.get("monthly_pay_days", "21.75"), "wage_conversion"),
            _decimal(entry.get("hours_per_day", 8), "wage_conversion"),
            str(entry.get("source") or ""), str(entry.get("confidence") or "[R]"))


def relationship_weights() -> dict[str, Any]:
    """The raw data of ``relationship_weights.json`` (weights, thresholds, claim fit, routes)."""
    return _load("relationship_weights.json")


def work_record_thresholds() -> dict[str, Any]:
    """The raw data of ``work_record_thresholds.json`` (break length, long stretches, prefill)."""
    return _load("work_record_thresholds.json")


def assessment_weights() -> RelationshipWeights:
    """The weights of ``relationship_weights.json`` checked and converted (read on each call, so
    an edited file takes effect)."""
    try:
        return weights_from_data(relationship_weights())
    except ValidationError as exc:
        raise JurisdictionDataError("劳动关系认定权重数据有误：" + exc.zh, "Bad relationship weights: " + exc.en) from None


def work_record_rules() -> WorkRecordRules:
    """The thresholds of ``work_record_thresholds.json`` checked and converted (read on each call)."""
    try:
        return work_record_rules_from_data(work_record_thresholds())
    except ValidationError as exc:
        raise JurisdictionDataError("工作记录统计口径数据有误：" + exc.zh,
                                    "Bad work-record thresholds: " + exc.en) from None


@dataclass(frozen=True)
class Venue:
    """The local authorities' names of ``venue.json`` (the city the book's organisation serves)."""
    city: str
    commission: str
    commission_area: str
    hearing_place: str
    intermediate_court: str
    source: str
    inspection_authority: str = ""  # 劳动保障监察机构 (labour-inspection referrals)
    inspection_authority_source: str = ""


@functools.lru_cache(maxsize=1)
def venue() -> Venue:
    """The city, arbitration commission, its area, default hearing place and intermediate court."""
    data = _load("venue.json")
    values: dict[str, str] = {}
    for key in ("city", "commission", "commission_area", "hearing_place", "intermediate_court"):
        text = data.get(key)
        if not isinstance(text, str) or not text.strip():
            raise JurisdictionDataError(f"所在地数据：缺少 {key}", f"venue.json: {key} is missing")
        values[key] = text.strip()
    authority = data.get("inspection_authority")
    if not isinstance(authority, str) or not authority.strip():
        raise JurisdictionDataError("所在地数据：缺少 inspection_authority", "venue.json: inspection_authority is missing")
    return Venue(source=str(data.get("source") or ""), inspection_authority=authority.strip(),
                 inspection_authority_source=str(data.get("inspection_authority_source") or ""), **values)


def clear_caches() -> None:
    for fn in (venue, deadline_rules, event_labels, official_calendar, provisional_calendar, default_calendar,
               _minimum_wage_data, minimum_wage_standards, _average_wage_data):
        fn.cache_clear()


def minimum_wage_stale_after_years() -> int:
    """How many years after its effective date the newest standard on file counts as possibly out
    of date (``stale_after_years`` of ``minimum_wage.json``)."""
    value: object = _minimum_wage_data().get("stale_after_years", 2)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise JurisdictionDataError("最低工资标准数据：stale_after_years 应为正整数",
                                    "minimum_wage.json: stale_after_years must be a positive integer")
    return value


def minimum_wage_in_force(tier: str | int, on: date, *, today: date) -> StandardInForce:
    """The standard of ``tier`` in force on ``on`` with its effective date and source, and whether
    the newest standard on file is too old on ``today`` (see ``domain.wage_standard``)."""
    return wage_standard.minimum_wage_in_force(minimum_wage_standards(), tier, on, today=today,
                                               stale_after_years=minimum_wage_stale_after_years())


def minimum_wage_table(on: date, *, today: date) -> StandardTable:
    """Every tier of the standard in force on ``on``, with its effective date, source and stale flag."""
    return wage_standard.minimum_wage_table(minimum_wage_standards(), on, today=today,
                                            stale_after_years=minimum_wage_stale_after_years())


__all__ += ["Venue", "assessment_weights", "relationship_weights", "venue", "work_record_rules",
            "work_record_thresholds", "minimum_wage_in_force", "minimum_wage_stale_after_years", "minimum_wage_table"]
