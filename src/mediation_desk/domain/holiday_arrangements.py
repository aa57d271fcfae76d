"""A year's holiday arrangement as the State Council announces it, entered by an administrator.

Each November the General Office of the State Council publishes 国务院办公厅关于YYYY年部分节假日
安排的通知 (国办发明电〔YYYY〕N号): for each festival the days off (放假调休) and the weekend
days that become working days (调休上班). An administrator enters it in the settings; it is
stored in the book and replaces, for its year, both the package data and the provisional
estimate, so the year's deadlines lose their 暂定 mark when they are recomputed.

Pure Python: the checks here give the messages the form shows next to its fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mediation_desk.domain.errors import ValidationError

__all__ = ["FESTIVALS", "FestivalEntry", "HolidayArrangement", "build_arrangement", "notice_title",
           "normalise_notice_number", "parse_day_list"]

# 全国年节及纪念日放假办法第二条: the festivals of the notice, in its order
FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_BLOCK_DAYS = 12  # the longest block ever announced is 9 days (春节2025, 国庆2020: 8)

_NUMBER = re.compile(r"^国办发明电\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,3})\s*号$")
_CN_DAY = re.compile(r"^(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_NUM_DAY = re.compile(r"^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$")
_SPLIT = re.compile(r"[、，,；;\s]+")


def notice_title(year: int) -> str:
    return f"国务院办公厅关于{year}年部分节假日安排的通知"


def normalise_notice_number(text: str) -> str:
    """``国办发明电〔2026〕7号`` from the usual ways of typing it (brackets [], （）, spaces)."""
    m = _NUMBER.match("".join(str(text or "").split()))
    if not m:
        raise ValidationError({"notice_number": "文号应为“国办发明电〔2026〕7号”的形式"})
    return f"国办发明电〔{m.group(1)}〕{int(m.group(2))}号"


def parse_day_list(text: str, year: int, where: str = "workdays") -> list[date]:
    """Dates written ``2月20日、2月28日``, ``2027-02-20, 02-28`` or ``2/20``; the year defaults to ``year``."""
    out: list[date] = []
    for part in _SPLIT.split(str(text or "").strip()):
        if not part:
            continue
        part = re.sub(r"[（(][^）)]*[）)]$", "", part)  # "2月20日（星期六）"
        m = _CN_DAY.match(part) or _NUM_DAY.match(part)
        if not m:
            raise ValidationError({where: f"“{part}”不是日期，请写成“2月20日”或“{year}-02-20”"})
        y = int(m.group(1)) if m.group(1) else year
        try:
            out.append(date(y, int(m.group(2)), int(m.group(3))))
        except ValueError:
            raise ValidationError({where: f"“{part}”不是有效的日期"}) from None
    return out


@dataclass(frozen=True)
class FestivalEntry:
    """One festival of the notice: its days off (``first``..``last``) and make-up working days."""

    name: str
    first: date
    last: date
    workdays: tuple[date, ...] = ()

    @property
    def days_off(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


@dataclass(frozen=True)
class HolidayArrangement:
    """A year's arrangement as stored in the book (read model)."""

    year: int
    notice_title: str
    notice_number: str
    notice_date: date
    days_off: Mapping[date, str]
    workdays: Mapping[date, str]
    entered_by: str = ""
    entered_at: datetime | None = None
    id: int | None = None
    festivals: tuple[FestivalEntry, ...] = field(default=(), compare=False)

    @property
    def notice(self) -> str:
        """``国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕7号，2026年11月4日）``"""
        d = self.notice_date
        return f"{self.notice_title}（{self.notice_number}，{d.year}年{d.month}月{d.day}日）"

    def festival_entries(self) -> tuple[FestivalEntry, ...]:
        """The stored days grouped back into festivals (for showing the arrangement in the form)."""
        if self.festivals:
            return self.festivals
        out = []
        for name in FESTIVALS:
            off = sorted(d for d, n in self.days_off.items() if n == name)
            if not off:
                continue
            work = tuple(sorted(d for d, n in self.workdays.items() if n.startswith(name)))
            out.append(FestivalEntry(name, off[0], off[-1], work))
        return tuple(out)


def build_arrangement(*, year: int, notice_number: str, notice_date: date | None,
                      festivals: Iterable[FestivalEntry], today: date, notice_title_text: str = "",
                      required_days: Mapping[date, str] | None = None) -> HolidayArrangement:
    """Check an entered arrangement and return it; every problem is a field error in Chinese.

    Field names: ``year``, ``notice_number``, ``notice_date``, ``festivals`` and, per festival,
    ``<name>`` (its days off) and ``<name>.workdays``. ``required_days`` are statutory holidays
    every notice of the year gives off (the fixed-date ones of 全国年节及纪念日放假办法); one
    missing from the days off is refused, and so is one listed as a make-up working day.
    """
    problems: dict[str, str] = {}
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError({"year": f"年份应在{MIN_YEAR}年至{MAX_YEAR}年之间"})
    number = ""
    try:
        number = normalise_notice_number(notice_number)
    except ValidationError as exc:
        problems.update(exc.fields)
    else:
        issued = int(number[6:10])
        if issued not in (year - 1, year):
            problems["notice_number"] = f"{year}年安排的通知应于{year - 1}年或{year}年发文，文号年份是{issued}"
    if notice_date is None:
        problems["notice_date"] = "请填写通知的发布日期"
    elif notice_date > today:
        problems["notice_date"] = "通知的发布日期不能晚于今天"
    elif not date(year - 1, 1, 1) <= notice_date <= date(year, 12, 31):
        problems["notice_date"] = f"{year}年安排的通知应在{year - 1}年或{year}年发布"
    elif number and int(number[6:10]) != notice_date.year:
        problems["notice_date"] = "发布日期的年份与文号中的年份不一致"
    entries = list(festivals)
    days_off: dict[date, str] = {}
    workdays: dict[date, str] = {}
    seen: set[str] = set()
    for entry in entries:
        name = entry.name
        if name not in FESTIVALS:
            problems["festivals"] = f"未知的节日：{name}"
            continue
        if name in seen:
            problems[name] = f"{name}填写了两次"
            continue
        seen.add(name)
        if entry.last < entry.first:
            problems[name] = f"{name}：放假结束日期早于开始日期"
            continue
        if entry.first.year != year or entry.last.year != year:
            problems[name] = f"{name}：放假日期应在{year}年内"
            continue
        if (entry.last - entry.first).days + 1 > MAX_BLOCK_DAYS:
            problems[name] = f"{name}：连续放假超过{MAX_BLOCK_DAYS}天，请核对日期"
            continue
        clash = [d for d in entry.days_off if d in days_off]
        if clash:
            problems[name] = f"{name}：{clash[0].month}月{clash[0].day}日已列为{days_off[clash[0]]}的假日"
            continue
        for d in entry.days_off:
            days_off[d] = name
        for d in entry.workdays:
            key = f"{name}.workdays"
            if d.year != year:
                problems[key] = f"{name}：调休上班日{d.isoformat()}不在{year}年内"
            elif d.weekday() < 5:
                problems[key] = f"{name}：{d.month}月{d.day}日不是周六或周日，无须调休上班"
            elif d in workdays:
                problems[key] = f"{name}：{d.month}月{d.day}日已列为调休上班日"
            else:
                workdays[d] = f"{name}调休上班"
    if not entries and "festivals" not in problems:
        problems["festivals"] = "请至少填写一个节日的放假日期"
    if entries and not problems:
        for d, name in sorted((required_days or {}).items()):
            if d not in days_off:
                key = name if name in FESTIVALS else "festivals"
                problems.setdefault(key, f"{name}：{d.month}月{d.day}日是法定节假日（全国年节及纪念日放假办法第二条），"
                                         "应列入放假日期")
    both = sorted(set(days_off) & set(workdays))
    if both and "festivals" not in problems:
        problems["festivals"] = f"{both[0].month}月{both[0].day}日同时被列为放假日和调休上班日"
    if problems:
        raise ValidationError(problems)
    ordered = tuple(sorted((e for e in entries), key=lambda e: FESTIVALS.index(e.name)))
    return HolidayArrangement(year=year, notice_title=(notice_title_text or "").strip() or notice_title(year),
                              notice_number=number, notice_date=notice_date, days_off=days_off,  # type: ignore[arg-type]
                              workdays=workdays, festivals=ordered)
