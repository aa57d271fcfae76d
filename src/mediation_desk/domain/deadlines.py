"""Statutory periods: the working calendar, the deadline rules and their counting.

Pure Python. The rules and the holiday calendar are data (``resources/jurisdiction/``),
turned into the values of this module by :mod:`mediation_desk.jurisdiction` and passed in by
the caller: every count takes its calendar, and a rule given by its code is looked up in the
``rules`` the caller passes.

Counting (民事诉讼法第八十五条, applied to labour arbitration by reference; 劳动人事争议仲裁
办案规则第十九条 [R]):

* the start day is not counted ("期间开始的时和日，不计算在期间内");
* a calendar-day period of n days ends on start + n days; a working-day period ends on the
  n-th working day after the start day;
* a month or year period ends on the same day number of the later month or year, or on the
  last day of that month when the number does not exist (民法典第二百零二条);
* when the last day is a statutory holiday the period ends on the first day after it
  ("以法定休假日后的第一日为期间届满的日期"). Whether ordinary weekends also roll the end
  forward is practice, not text [R]; each rule carries the policy (``roll_over``):
  ``rest_day`` (default: any rest day, weekends included, moves the end to the next working
  day; a make-up working day 调休上班 is a working day) or ``statutory_holiday``;
* a "before" rule (e.g. the hearing notice, 开庭五日前) gives the last day on which the act
  still leaves the full period before the event; a rest day there moves the date *earlier*,
  to the previous working day, so the period is never shortened.

A year the calendar has no holiday arrangement for raises :class:`CalendarGap`; it is never
treated as a year without holidays. A year the calendar has only an estimate for
(``WorkCalendar.provisional_years``: weekends and the statutory holidays of 全国年节及纪念日
放假办法, the lunar ones from a table, before the State Council's notice for the year is entered)
is counted, and a result that depended on one of its days is a
:class:`~mediation_desk.domain.provisional_dates.ProvisionalDate` (暂定, with the reason).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.domain.dates import add_months
from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.provisional_dates import (ProvisionalDate, is_provisional, provisional,
                                                     provisional_reason, provisional_reason_en)

__all__ = [
    "CONFIDENCE_TAGS",
    "CalendarGap",
    "DayKind",
    "Deadline",
    "DeadlineRule",
    "DeadlineStatus",
    "ProvisionalDate",
    "WorkCalendar",
    "add_months",
    "due_date",
    "is_provisional",
    "open_deadlines",
    "rule_from_dict",
    "rules_from_data",
]

CONFIDENCE_TAGS = ("[V]", "[S]", "[R]")
_CONFIDENCE_ORDER = {tag: i for i, tag in enumerate(CONFIDENCE_TAGS)}
_UNITS = ("day", "month", "year")
_DIRECTIONS = ("after", "before")
_ROLL_POLICIES = ("rest_day", "statutory_holiday")
_UNIT_LABELS = {"day": "日", "month": "个月", "year": "年"}


class DayKind(LabelledEnum):
    CALENDAR = ("calendar", "自然日")
    WORKING = ("working", "工作日")


class DeadlineStatus(LabelledEnum):
    OVERDUE = ("overdue", "已逾期")
    TODAY = ("today", "今日到期")
    THIS_WEEK = ("this_week", "7日内到期")
    LATER = ("later", "未到期")
    CALENDAR_GAP = ("calendar_gap", "缺少节假日数据，无法计算")


class CalendarGap(AppError):
    """The holiday arrangement of a year is missing: a period touching it cannot be counted."""

    def __init__(self, year: int) -> None:
        self.year = year
        super().__init__(
            f"缺少{year}年的法定节假日安排，无法计算期限；请管理员更新节假日数据",
            f"The statutory holiday arrangement for {year} is missing, so the period cannot be "
            "computed; ask the administrator to update the holiday data",
        )


# ---------------------------------------------------------------------------
# the working calendar
# ---------------------------------------------------------------------------

class _WorkingDaySteps:
    """Stepping to the next or previous working day, for anything that answers ``is_working_day``."""

    def is_working_day(self, d: date) -> bool:  # pragma: no cover - provided by the subclass
        raise NotImplementedError

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        d -= timedelta(days=1)
        while not self.is_working_day(d):
            d -= timedelta(days=1)
        return d


@dataclass(frozen=True)
class WorkCalendar(_WorkingDaySteps):
    """Statutory holidays and make-up working days (调休上班) for the years it covers.

    ``holidays`` are all days off of the State Council's arrangement, including the weekend
    days inside a holiday block (as chinesecalendar lists them). Saturdays and Sundays are rest
    days unless listed in ``makeup_workdays``. Asking about a date outside ``years`` raises
    :class:`CalendarGap`. ``provisional_years`` (a subset of ``years``) are years whose data is
    an estimate made before the year's notice: counting through them gives provisional dates.
    """

    holidays: frozenset[date]
    makeup_workdays: frozenset[date]
    years: frozenset[int]
    names: Mapping[date, str] = field(default_factory=dict, compare=False, hash=False, repr=False)
    provisional_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        holidays = frozenset(self.holidays)
        makeup = frozenset(self.makeup_workdays)
        years = frozenset(int(y) for y in self.years)
        both = sorted(holidays & makeup)
        if both:
            raise ValidationError({"holidays": f"{both[0].isoformat()} 同时被列为节假日和调休上班日"})
        outside = sorted(d for d in holidays | makeup if d.year not in years)
        if outside:
            raise ValidationError({"holidays": f"{outside[0].isoformat()} 不在节假日数据所覆盖的年份内"})
        estimated = frozenset(int(y) for y in self.provisional_years)
        if not estimated <= years:
            raise ValidationError({"holidays": f"{min(estimated - years)}年的推算数据不在节假日数据所覆盖的年份内"})
        object.__setattr__(self, "provisional_years", estimated)
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "makeup_workdays", makeup)
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "names", MappingProxyType(dict(self.names)))

    @classmethod
    def from_dates(cls, holidays: Mapping[date, str] | Iterable[date],
                   makeup_workdays: Mapping[date, str] | Iterable[date],
                   years: Iterable[int] | None = None) -> "WorkCalendar":
        """Build a calendar; ``years`` defaults to the years the listed dates fall in."""
        names: dict[date, str] = {}
        for source in (holidays, makeup_workdays):
            if isinstance(source, Mapping):
                names.update({d: str(n) for d, n in source.items()})
        h = frozenset(holidays)
        w = frozenset(makeup_workdays)
        covered = frozenset(years) if years is not None else frozenset(d.year for d in h | w)
        return cls(h, w, covered, names)

    def overlay(self, supplement: "WorkCalendar") -> "WorkCalendar":
        """This calendar with every year of ``supplement`` replaced by the supplement's data.

        A year is one State Council notice, so a supplied year replaces the whole year rather
        than mixing dates of two sources. A supplied year is provisional only when the supplement
        says so.
        """
        replaced = supplement.years
        holidays = {d for d in self.holidays if d.year not in replaced} | set(supplement.holidays)
        makeup = {d for d in self.makeup_workdays if d.year not in replaced} | set(supplement.makeup_workdays)
        names = {d: n for d, n in self.names.items() if d.year not in replaced}
        names.update(supplement.names)
        estimated = (self.provisional_years - replaced) | supplement.provisional_years
        return WorkCalendar(frozenset(holidays), frozenset(makeup), self.years | replaced, names, estimated)

    def fill_gaps(self, estimate: "WorkCalendar") -> "WorkCalendar":
        """This calendar with the years it lacks taken from ``estimate``, marked provisional."""
        missing = estimate.years - self.years
        if not missing:
            return self
        part = WorkCalendar(frozenset(d for d in estimate.holidays if d.year in missing),
                            frozenset(d for d in estimate.makeup_workdays if d.year in missing), missing,
                            {d: n for d, n in estimate.names.items() if d.year in missing}, missing)
        return self.overlay(part)

    def __repr__(self) -> str:
        span = f"{min(self.years)}-{max(self.years)}" if self.years else "none"
        return (f"WorkCalendar(years={span} ({len(self.years)}), holidays={len(self.holidays)}, "
                f"makeup_workdays={len(self.makeup_workdays)}, provisional={sorted(self.provisional_years)})")

    # -- questions about one date --

    def covers(self, year: int) -> bool:
        return year in self.years

    def is_provisional_year(self, year: int) -> bool:
        return year in self.provisional_years

    @property
    def official_years(self) -> frozenset[int]:
        return self.years - self.provisional_years

    def check(self, d: date) -> None:
        if d.year not in self.years:
            raise CalendarGap(d.year)

    def is_statutory_holiday(self, d: date) -> bool:
        self.check(d)
        return d in self.holidays

    def is_makeup_workday(self, d: date) -> bool:
        self.check(d)
        return d in self.makeup_workdays

    def is_working_day(self, d: date) -> bool:
        self.check(d)
        if d in self.makeup_workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def is_rest_day(self, d: date) -> bool:
        return not self.is_working_day(d)

    def name_of(self, d: date) -> str:
        return self.names.get(d, "")


# ---------------------------------------------------------------------------
# the rules
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineRule:
    """One statutory period, as stored in ``resources/jurisdiction/deadline_rules.json``.

    * ``start_event``: the case event the period runs from (``restart_events``: later events
      that start it again, e.g. an added party for the award period).
    * ``closing_events``: events that complete the act, so the deadline is no longer open
      (with ``closing_after_start``: only when dated on or after the start, for a period that runs
      again after an earlier act, e.g. the employer's 30 days after the worker's suit ended).
    * ``direction``: ``after`` (due n days after the start) or ``before`` (the act is due at
      the latest n days before the start event's date, e.g. the hearing notice).
    * ``extends``: for an extension rule, the code of the rule it lengthens (the extended
      period runs from the same start with both lengths added); ``approval_event`` is the
      event that records the approval.
    * ``pausable``: intervals (suspension 中止, public-notice service 公告送达) may be excluded.
    * ``applies_when``: a fact the rule depends on (e.g. ``final_award``); a case where the
      fact is known to be false does not get the deadline.
    """

    code: str
    name: str
    start_event: str
    length: int
    unit: str
    day_kind: DayKind
    source: str
    confidence: str
    note: str = ""
    direction: str = "after"
    closing_events: tuple[str, ...] = ()
    restart_events: tuple[str, ...] = ()
    extends: str | None = None
    approval_event: str | None = None
    pausable: bool = False
    applies_when: str | None = None
    roll_over: str = "rest_day"
    day_kind_confidence: str | None = None
    closing_after_start: bool = False

    def __post_init__(self) -> None:
        problems: dict[str, str] = {}
        if not self.code:
            problems["code"] = "期限规则缺少代码"
        if not isinstance(self.length, int) or isinstance(self.length, bool) or self.length <= 0:
            problems["length"] = f"期限规则{self.code}的期间长度应为正整数"
        if self.unit not in _UNITS:
            problems["unit"] = f"期限规则{self.code}的单位应为 day、month 或 year"
        try:
            object.__setattr__(self, "day_kind", DayKind(self.day_kind))
        except ValueError:
            problems["day_kind"] = f"期限规则{self.code}的日的种类应为 calendar 或 working"
        if self.confidence not in CONFIDENCE_TAGS:
            problems["confidence"] = f"期限规则{self.code}的可信度标记应为 [V]、[S] 或 [R]"
        if self.day_kind_confidence is not None and self.day_kind_confidence not in CONFIDENCE_TAGS:
            problems["day_kind_confidence"] = f"期限规则{self.code}的日的种类可信度标记应为 [V]、[S] 或 [R]"
        if self.direction not in _DIRECTIONS:
            problems["direction"] = f"期限规则{self.code}的方向应为 after 或 before"
        if self.roll_over not in _ROLL_POLICIES:
            problems["roll_over"] = f"期限规则{self.code}的顺延方式应为 rest_day 或 statutory_holiday"
        if not problems:
            if self.day_kind is DayKind.WORKING and self.unit != "day":
                problems["day_kind"] = f"期限规则{self.code}：只有以日计算的期间可以按工作日计算"
            if self.direction == "before" and self.unit != "day":
                problems["direction"] = f"期限规则{self.code}：“之前”的期间只能以日计算"
        if problems:
            raise ValidationError(problems)
        object.__setattr__(self, "closing_events", tuple(self.closing_events))
        object.__setattr__(self, "restart_events", tuple(self.restart_events))

    @property
    def period_text(self) -> str:
        """``"15日（自然日）"``, ``"5日（工作日）"``, ``"1年"``."""
        text = f"{self.length}{_UNIT_LABELS[self.unit]}"
        if self.unit == "day":
            text += f"（{self.day_kind.label}）"
        return text


_RULE_FIELDS = {
    "code", "name", "start_event", "length", "unit", "day_kind", "source", "confidence", "note",
    "direction", "closing_events", "restart_events", "extends", "approval_event", "pausable",
    "applies_when", "roll_over", "day_kind_confidence", "closing_after_start",
}


def rule_from_dict(entry: Mapping[str, Any], defaults: Mapping[str, Any] | None = None) -> DeadlineRule:
    """A :class:`DeadlineRule` from one JSON entry; keys starting with ``_`` are comments."""
    values = {k: v for k, v in (defaults or {}).items() if k in _RULE_FIELDS}
    unknown = sorted(k for k in entry if k not in _RULE_FIELDS and not k.startswith("_"))
    if unknown:
        raise ValidationError({"deadline_rules": f"期限规则{entry.get('code', '?')}含有未知字段：{', '.join(unknown)}"})
    values.update({k: v for k, v in entry.items() if k in _RULE_FIELDS})
    missing = [k for k in ("code", "name", "start_event", "length", "unit", "day_kind", "source", "confidence")
               if k not in values]
    if missing:
        raise ValidationError({"deadline_rules": f"期限规则{entry.get('code', '?')}缺少字段：{', '.join(missing)}"})
    for key in ("closing_events", "restart_events"):
        values[key] = tuple(values.get(key) or ())
    return DeadlineRule(**values)


def rules_from_data(data: Mapping[str, Any]) -> dict[str, DeadlineRule]:
    """All rules of a ``deadline_rules.json`` document, by code, checked for consistency."""
    defaults = data.get("defaults") or {}
    rules: dict[str, DeadlineRule] = {}
    for entry in data.get("rules") or ():
        rule = rule_from_dict(entry, defaults)
        if rule.code in rules:
            raise ValidationError({"deadline_rules": f"期限规则代码重复：{rule.code}"})
        rules[rule.code] = rule
    for rule in rules.values():
        if rule.extends is None:
            continue
        base = rules.get(rule.extends)
        if base is None:
            raise ValidationError({"deadline_rules": f"延长规则{rule.code}所延长的规则{rule.extends}不存在"})
        if (base.unit, base.day_kind, base.direction) != (rule.unit, rule.day_kind, rule.direction):
            raise ValidationError({"deadline_rules": f"延长规则{rule.code}与{base.code}的计算单位不一致"})
    return rules


# ---------------------------------------------------------------------------
# counting
# ---------------------------------------------------------------------------

Interval = tuple[date, date]


def _normalise_intervals(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    out = []
    for pair in intervals:
        try:
            first, last = pair
        except (TypeError, ValueError):
            raise ValidationError({"suspensions": "不计入期间的时段应为（开始日期，结束日期）"}) from None
        if not isinstance(first, date) or not isinstance(last, date):
            raise ValidationError({"suspensions": "不计入期间的时段应为（开始日期，结束日期）"})
        if last < first:
            raise ValidationError({"suspensions": f"不计入期间的时段结束日期{last.isoformat()}早于开始日期{first.isoformat()}"})
        out.append((first, last))
    return tuple(sorted(out))


def _excluded(d: date, intervals: tuple[Interval, ...]) -> bool:
    return any(first <= d <= last for first, last in intervals)


def _excluded_count(after: date, through: date, intervals: tuple[Interval, ...]) -> int:
    """Excluded days in (after, through], overlapping intervals counted once."""
    days: set[date] = set()
    for first, last in intervals:
        lo = max(first, after + timedelta(days=1))
        hi = min(last, through)
        while lo <= hi:
            days.add(lo)
            lo += timedelta(days=1)
    return len(days)


class _Probe(_WorkingDaySteps):
    """The calendar questions of one count, noting the provisional years it had to ask about."""

    def __init__(self, cal: WorkCalendar) -> None:
        self.cal = cal
        self.years: set[int] = set()

    def _note(self, d: date) -> None:
        if d.year in self.cal.provisional_years:
            self.years.add(d.year)

    def is_working_day(self, d: date) -> bool:
        self._note(d)
        return self.cal.is_working_day(d)

    def is_statutory_holiday(self, d: date) -> bool:
        self._note(d)
        return self.cal.is_statutory_holiday(d)


def _roll_forward(d: date, rule: DeadlineRule, cal: _Probe) -> date:
    if rule.roll_over == "statutory_holiday":
        while cal.is_statutory_holiday(d):
            d += timedelta(days=1)
        return d
    return d if cal.is_working_day(d) else cal.next_working_day(d)


def _roll_back(d: date, rule: DeadlineRule, cal: _Probe) -> date:
    if rule.roll_over == "statutory_holiday":
        while cal.is_statutory_holiday(d):
            d -= timedelta(days=1)
        return d
    return d if cal.is_working_day(d) else cal.previous_working_day(d)


def _count(rule: DeadlineRule, length: int, start: date, cal: _Probe,
           excluded: tuple[Interval, ...]) -> date:
    one = timedelta(days=1)
    if rule.direction == "before":
        d = start
        counted = 0
        while counted < length:
            d -= one
            if rule.day_kind is DayKind.WORKING:
                if cal.is_working_day(d):
                    counted += 1
            else:
                counted += 1
        return d if rule.day_kind is DayKind.WORKING else _roll_back(d, rule, cal)
    if rule.unit == "day":
        d = start
        counted = 0
        while counted < length:
            d += one
            if _excluded(d, excluded):
                continue
            if rule.day_kind is DayKind.WORKING and not cal.is_working_day(d):
                continue
            counted += 1
        return d if rule.day_kind is DayKind.WORKING else _roll_forward(d, rule, cal)
    months = length * (12 if rule.unit == "year" else 1)
    nominal = add_months(start, months)
    extra = 0
    while True:  # days of excluded intervals inside the period lengthen it
        found = _excluded_count(start, nominal + timedelta(days=extra), excluded)
        if found == extra:
            break
        extra = found
    return _roll_forward(nominal + timedelta(days=extra), rule, cal)


def _table(rules: Mapping[str, DeadlineRule] | None) -> Mapping[str, DeadlineRule]:
    if rules is None:
        raise TypeError("a deadline rule given by its code needs the rules to look it up in (rules=...)")
    return rules


def _resolve(rule: str | DeadlineRule, rules: Mapping[str, DeadlineRule] | None) -> DeadlineRule:
    if isinstance(rule, DeadlineRule):
        return rule
    table = _table(rules)
    try:
        return table[rule]
    except KeyError:
        raise ValidationError({"rule": f"未知的期限规则：{rule}"}) from None


def _extension_for(base: DeadlineRule, rules: Mapping[str, DeadlineRule]) -> DeadlineRule:
    for candidate in rules.values():
        if candidate.extends == base.code:
            return candidate
    raise ValidationError({"extensions": f"{base.name}没有可以延长的规定"})


def due_date(rule: str | DeadlineRule, start: date, calendar: WorkCalendar, *,
             extended: bool = False, excluded: Iterable[Interval] = (),
             rules: Mapping[str, DeadlineRule] | None = None) -> date:
    """The last day of the period ``rule`` that runs from ``start``.

    ``rule`` is a rule code, looked up in ``rules``, or a :class:`DeadlineRule`; an extension
    (``extended``, or a rule that extends another) is also looked up in ``rules``.
    ``extended`` adds the approved extension (e.g. 15 days for the award); passing the
    extension rule itself (``"award_extension"``) does the same. ``excluded`` lists inclusive
    (first, last) intervals whose days do not count (only for pausable rules).
    For a ``before`` rule ``start`` is the date of the event (e.g. the hearing) and the result
    is the last day the act may be done.
    When a day the count depends on lies in a provisional year of the calendar (no State Council
    notice yet), the result is a :class:`ProvisionalDate` (``is_provisional`` tells; its
    ``reason`` says why). Raises :class:`CalendarGap` only when such a day lies in a year with
    neither data nor an estimate.
    """
    if not isinstance(start, date):
        raise ValidationError({"start": "起算日期应为日期"})
    the_rule = _resolve(rule, rules)
    length = the_rule.length
    counted_rule = the_rule
    if the_rule.extends is not None or extended:
        table = _table(rules)
        if the_rule.extends is not None:
            base = _resolve(the_rule.extends, table)
            extension = the_rule
        else:
            base = the_rule
            extension = _extension_for(the_rule, table)
        length = base.length + extension.length
        counted_rule = base
    intervals = _normalise_intervals(excluded)
    if intervals and not counted_rule.pausable:
        raise ValidationError({"suspensions": f"{counted_rule.name}不适用中止或不计入期间的规定"})
    probe = _Probe(calendar)
    due = _count(counted_rule, length, start, probe, intervals)
    return provisional(due, probe.years)


# ---------------------------------------------------------------------------
# deadlines of a case
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    """One open deadline of a case, for display (read model).

    ``start_event`` is the event the period actually runs from (a restart event such as
    ``claims_changed`` when one moved the start); ``due`` is None only with status
    ``calendar_gap`` (``problem`` then holds the message); ``days_left`` is relative to the
    ``today`` the list was made for. A ``due`` counted through a year without the State
    Council's notice is a :class:`ProvisionalDate`: ``provisional`` is true and
    ``provisional_reason`` says why.
    """

    code: str
    name: str
    start_event: str
    start: date
    due: date | None
    day_kind: DayKind
    period: str
    source: str
    confidence: str
    status: DeadlineStatus
    direction: str = "after"
    note: str = ""
    extended: bool = False
    excluded_days: int = 0
    problem: str = ""
    days_left: int | None = None

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def day_kind_label(self) -> str:
        return self.day_kind.label

    @property
    def provisional(self) -> bool:
        return is_provisional(self.due)

    @property
    def provisional_years(self) -> tuple[int, ...]:
        return self.due.years if isinstance(self.due, ProvisionalDate) else ()

    @property
    def provisional_reason(self) -> str:
        return provisional_reason(self.provisional_years) if self.provisional else ""

    @property
    def provisional_reason_en(self) -> str:
        return provisional_reason_en(self.provisional_years) if self.provisional else ""


def _status(due: date, today: date) -> DeadlineStatus:
    if due < today:
        return DeadlineStatus.OVERDUE
    if due == today:
        return DeadlineStatus.TODAY
    if due <= today + timedelta(days=7):
        return DeadlineStatus.THIS_WEEK
    return DeadlineStatus.LATER


def _weaker(*tags: str | None) -> str:
    present = [t for t in tags if t]
    return max(present, key=lambda t: _CONFIDENCE_ORDER[t])


def open_deadlines(events: Mapping[str, date], today: date, calendar: WorkCalendar, *,
                   rules: Mapping[str, DeadlineRule],
                   extensions: Collection[str] = (),
                   suspensions: Mapping[str, Iterable[Interval]] | None = None,
                   facts: Mapping[str, bool] | None = None,
                   strict: bool = False) -> list[Deadline]:
    """The deadlines a case's dated events trigger and that are not yet completed.

    ``rules`` are the deadline rules by code (``jurisdiction.deadline_rules()``).
    ``events`` maps event codes (``accepted``, ``award_served`` ...) to their dates. A rule is
    open when its start event is present and none of its closing events is. Restart events
    later than the start move the start (the award period after an added party or claim;
    the limitation after an interruption).

    ``extensions``: codes of rules whose extension was approved (``{"award"}``); an extension
    is also applied when the extension rule's approval event is among ``events``.
    ``suspensions``: rule code -> inclusive (first, last) intervals not counted (中止审理,
    公告送达期间; for the limitation, 时效中止).
    ``facts``: known facts for conditional rules (``{"final_award": False}`` drops the
    revocation deadline); unknown facts keep the rule listed.
    A period counted through a provisional year gives a provisional ``due`` (see
    :class:`Deadline`). A year with neither data nor an estimate gives a deadline with status
    ``calendar_gap`` and the Chinese message in ``problem`` (``strict=True`` raises
    :class:`CalendarGap` instead).
    The list is sorted by due date, deadlines that cannot be computed first.
    """
    table = rules
    cal = calendar
    suspensions = suspensions or {}
    facts = facts or {}
    unknown = sorted(set(extensions) - set(table))
    if unknown:
        raise ValidationError({"extensions": f"未知的期限规则：{', '.join(unknown)}"})
    extendable = {r.extends for r in table.values() if r.extends is not None}
    not_extendable = sorted(set(extensions) - extendable)
    if not_extendable:
        names = "、".join(table[c].name for c in not_extendable)
        raise ValidationError({"extensions": f"{names}没有可以延长的规定"})
    unknown = sorted(set(suspensions) - set(table))
    if unknown:
        raise ValidationError({"suspensions": f"未知的期限规则：{', '.join(unknown)}"})
    not_pausable = sorted(c for c in suspensions if not table[c].pausable)
    if not_pausable:
        names = "、".join(table[c].name for c in not_pausable)
        raise ValidationError({"suspensions": f"{names}不适用中止或不计入期间的规定"})

    out: list[Deadline] = []
    for rule in table.values():
        if rule.extends is not None:
            continue  # applied to the rule it extends
        start = events.get(rule.start_event)
        if start is None:
            continue
        if not rule.closing_after_start and any(e in events for e in rule.closing_events):
            continue
        if rule.applies_when is not None and facts.get(rule.applies_when) is False:
            continue
        started_by = rule.start_event
        for restart in rule.restart_events:
            when = events.get(restart)
            if when is not None and when > start:
                start, started_by = when, restart
        if rule.closing_after_start and any(events[e] >= start for e in rule.closing_events if e in events):
            continue
        extension = next((r for r in table.values() if r.extends == rule.code), None)
        extended = extension is not None and (
            rule.code in extensions or (extension.approval_event is not None and extension.approval_event in events))
        intervals = _normalise_intervals(suspensions.get(rule.code, ()))
        length = rule.length + (extension.length if extended and extension else 0)
        confidence = _weaker(rule.confidence, extension.confidence if extended and extension else None)
        period = f"{length}{_UNIT_LABELS[rule.unit]}"
        if rule.unit == "day":
            period += f"（{rule.day_kind.label}）"
        source = rule.source
        if extended and extension and extension.source not in source:
            source += "；" + extension.source
        excluded_days = 0
        try:
            due = due_date(rule, start, cal, extended=extended, excluded=intervals, rules=table)
            if intervals:
                excluded_days = _excluded_count(start, due, intervals)
        except CalendarGap as gap:
            if strict:
                raise
            out.append(Deadline(rule.code, rule.name, started_by, start, None, rule.day_kind, period,
                                source, confidence, DeadlineStatus.CALENDAR_GAP, rule.direction, rule.note,
                                extended, 0, gap.zh, None))
            continue
        out.append(Deadline(rule.code, rule.name, started_by, start, due, rule.day_kind, period, source,
                            confidence, _status(due, today), rule.direction, rule.note, extended,
                            excluded_days, "", (due - today).days))
    out.sort(key=lambda d: (d.due is not None, d.due or date.min, d.code))
    return out
