"""Claim calculations that can be shown: amount, the formula with its numbers, the basis.

Pure Python. Every result is a :class:`Calculation` whose ``amount`` has two decimal places
(ROUND_HALF_UP) and whose ``formula`` and ``steps`` are Chinese text for the worksheet and the
documents. Jurisdiction figures (minimum wage, the city's average wage) are arguments: they are
data with effective dates (:mod:`mediation_desk.jurisdiction`), never literals here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from mediation_desk.domain.dates import add_months
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan, parse_amount

__all__ = [
    "Calculation",
    "MinimumWage",
    "MinimumWageStandard",
    "ServiceLength",
    "MONTHLY_PAY_DAYS",
    "HOURS_PER_DAY",
    "OVERTIME_RATES",
    "select_minimum_wage",
    "normalise_tier",
    "below_minimum_wage_monthly",
    "below_minimum_wage_hourly",
    "hourly_wage",
    "overtime_pay",
    "compensation_months",
    "economic_compensation",
    "unlawful_termination_damages",
    "DoublePayPeriod",
    "double_pay_months",
    "double_pay_no_contract",
]

CENT = Decimal("0.01")

# 劳社部发〔2008〕3号：月计薪天数 = (365 - 104) / 12 = 21.75 [R]: not in legal-rules.md, seen only
# on reposts; the same value with its source is data in resources/jurisdiction/average_wage.json
# (jurisdiction.wage_conversion()). Callers may pass another value.
MONTHLY_PAY_DAYS = Decimal("21.75")
HOURS_PER_DAY = Decimal(8)  # 劳动法第三十六条

# 劳动法第四十四条 [V]
OVERTIME_RATES = {
    "workday": (Decimal("1.5"), "延长工作时间", "150%", "劳动法第四十四条第（一）项"),
    "rest_day": (Decimal("2"), "休息日工作且未安排补休", "200%", "劳动法第四十四条第（二）项"),
    "holiday": (Decimal("3"), "法定休假日工作", "300%", "劳动法第四十四条第（三）项"),
}


@dataclass(frozen=True)
class Calculation:
    """A computed amount with the formula (numbers filled in), its legal basis and the steps."""

    amount: Decimal
    formula: str
    basis: str
    steps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def _q(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def _money(value: object, field: str, label: str) -> Decimal:
    if value is None:
        raise ValidationError({field: f"请填写{label}"})
    try:
        return parse_amount(value)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ValidationError({field: f"{label}：{next(iter(exc.fields.values()))}"}) from None


def _number(value: object, field: str, label: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise ValidationError({field: f"{label}应为数字"})
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({field: f"{label}应为数字"}) from None
    if not number.is_finite() or number < 0:
        raise ValidationError({field: f"{label}应为不小于0的数字"})
    return number


def _num_text(d: Decimal) -> str:
    """``Decimal("4")`` -> ``"4"``, ``Decimal("3.50")`` -> ``"3.5"``, ``Decimal("1.5")`` -> ``"1.5"``."""
    text = format(d.normalize(), "f")
    return text


def _rate_text(d: Decimal) -> str:
    return f"{_q(d):,.2f}"


# ---------------------------------------------------------------------------
# minimum wage
# ---------------------------------------------------------------------------

_TIER_NAMES = ("一类", "二类", "三类", "四类")
_TIER_ALIASES = {"1": "一类", "2": "二类", "3": "三类", "4": "四类", "一": "一类", "二": "二类", "三": "三类",
                 "四": "四类", "第一类": "一类", "第二类": "二类", "第三类": "三类", "第四类": "四类",
                 "一类区": "一类", "二类区": "二类", "三类区": "三类", "四类区": "四类", "一档": "一类",
                 "二档": "二类", "三档": "三类", "四档": "四类"}


def normalise_tier(tier: str | int) -> str:
    """``1``, ``"1"``, ``"一类"``, ``"一档"`` -> ``"一类"``."""
    text = str(tier).strip()
    text = _TIER_ALIASES.get(text, text)
    if text not in _TIER_NAMES:
        raise ValidationError({"tier": f"最低工资档次“{tier}”无效，应为一类、二类、三类（2015年标准另有四类）"})
    return text


@dataclass(frozen=True)
class MinimumWage:
    """The minimum wage of one tier on one date."""

    tier: str
    monthly: Decimal
    hourly: Decimal | None
    effective: date | None
    source: str
    verified: bool
    effective_year: int | None = None
    confidence: str = "[R]"
    note: str = ""

    @property
    def final_award_threshold(self) -> Decimal:
        """12 × the monthly minimum wage (劳动争议调解仲裁法第四十七条第（一）项)."""
        return _q(self.monthly * 12)


@dataclass(frozen=True)
class MinimumWageStandard:
    """One adjustment of the provincial standard; ``effective`` None = date not verified."""

    effective: date | None
    effective_year: int
    tiers: Mapping[str, tuple[Decimal, Decimal | None]]
    source: str
    verified: bool
    confidence: str = "[R]"
    note: str = ""
    effective_date_verified: bool = True

    @property
    def known_from(self) -> date:
        """The first date on which this standard is certainly in force."""
        return self.effective if self.effective is not None else date(self.effective_year + 1, 1, 1)

    @property
    def earliest_from(self) -> date:
        """The first date on which this standard may be in force."""
        return self.effective if self.effective is not None else date(self.effective_year, 1, 1)


def select_minimum_wage(standards: Iterable[MinimumWageStandard], tier: str | int, on: date) -> MinimumWage:
    """The standard of ``tier`` in force on ``on``.

    Raises ``ValidationError`` when no standard is known for that date, when the date falls in
    the year of a standard whose effective date is not verified (the applicable figure cannot
    be told), or when the tier did not exist in the standard in force.
    """
    name = normalise_tier(tier)
    ordered = sorted(standards, key=lambda s: s.earliest_from)
    if not ordered or on < ordered[0].earliest_from:
        raise ValidationError({"on": f"没有{on.isoformat()}适用的最低工资标准数据"})
    current: MinimumWageStandard | None = None
    for standard in ordered:
        if standard.earliest_from <= on < standard.known_from:
            raise ValidationError({"on": f"{standard.effective_year}年最低工资标准调整的生效日期未核实，无法确定"
                                         f"{on.isoformat()}适用的标准；请人工核实"})
        if standard.known_from <= on:
            current = standard
    assert current is not None
    if name not in current.tiers:
        raise ValidationError({"tier": f"{current.effective_year}年起的最低工资标准没有“{name}”"})
    monthly, hourly = current.tiers[name]
    return MinimumWage(name, monthly, hourly, current.effective, current.source, current.verified,
                       current.effective_year, current.confidence, current.note)


def below_minimum_wage_monthly(paid_by_month: Sequence[object], minimum_monthly: object | Sequence[object],
                               *, labels: Sequence[str] | None = None) -> Calculation:
    """The shortfall against the monthly minimum wage, month by month.

    ``paid_by_month``: the wage counted against the minimum for each month the worker worked
    full normal hours; ``minimum_monthly``: one figure or one per month. Months paid at or above
    the minimum add nothing.
    """
    paid = [_money(p, "paid", "当月工资") for p in paid_by_month]
    if not paid:
        raise ValidationError({"paid": "请至少填写一个月的工资"})
    if isinstance(minimum_monthly, (list, tuple)):
        minimums = [_money(m, "minimum_wage", "月最低工资标准") for m in minimum_monthly]
        if len(minimums) != len(paid):
            raise ValidationError({"minimum_wage": "每个月都要有对应的最低工资标准"})
    else:
        minimums = [_money(minimum_monthly, "minimum_wage", "月最低工资标准")] * len(paid)
    if labels is not None and len(labels) != len(paid):
        raise ValidationError({"labels": "月份说明与工资的个数不一致"})
    names = list(labels) if labels is not None else [f"第{i}个月" for i in range(1, len(paid) + 1)]
    steps: list[str] = []
    parts: list[Decimal] = []
    for name, p, m in zip(names, paid, minimums):
        gap = max(Decimal(0), m - p)
        parts.append(gap)
        if gap:
            steps.append(f"{name}：最低工资 {format_yuan(m)} － 实发 {format_yuan(p)} = {format_yuan(gap)}")
        else:
            steps.append(f"{name}：实发 {format_yuan(p)} 不低于最低工资 {format_yuan(m)}，差额 0")
    total = _q(sum(parts, Decimal(0)))
    shown = [format_yuan(g) for g in parts if g]
    if not shown:
        formula = "各月工资均不低于最低工资标准，差额 0.00元"
    elif len(shown) == 1:
        formula = f"最低工资差额 {shown[0]}"
    else:
        formula = " + ".join(shown) + f" = {format_yuan(total)}"
    return Calculation(total, formula, "劳动法第四十八条；劳动合同法第八十五条",
                       tuple(steps),
                       ("计入最低工资的工资项目以江西省规定为准（延长工作时间工资、特殊条件下的津贴等不计入）[R]",))


def below_minimum_wage_hourly(hours: object, paid: object, minimum_hourly: object) -> Calculation:
    """Part-time work (非全日制): hours × hourly minimum − paid, not below 0."""
    h = _number(hours, "hours", "工作小时数")
    p = _money(paid, "paid", "已付工资")
    m = _money(minimum_hourly, "minimum_wage", "小时最低工资标准")
    due = _q(m * h)
    gap = max(Decimal(0), due - p)
    formula = (f"小时最低工资 {format_yuan(m)} × {_num_text(h)} 小时 = {format_yuan(due)}；"
               f"{format_yuan(due)} － 已付 {format_yuan(p)} = {format_yuan(gap)}")
    if gap == 0:
        formula = (f"小时最低工资 {format_yuan(m)} × {_num_text(h)} 小时 = {format_yuan(due)}；"
                   f"已付 {format_yuan(p)} 不低于该数，差额 0.00元")
    steps = (f"按非全日制用工小时最低工资标准计算应付 {format_yuan(due)}", f"差额 {format_yuan(gap)}")
    return Calculation(_q(gap), formula, "劳动合同法第七十二条；劳动法第四十八条；江西省非全日制小时最低工资标准",
                       steps)


# ---------------------------------------------------------------------------
# overtime (劳动法第四十四条)
# ---------------------------------------------------------------------------

def hourly_wage(monthly_wage: object, monthly_pay_days: object = MONTHLY_PAY_DAYS) -> Decimal:
    """Monthly wage ÷ 21.75 ÷ 8, unrounded (劳社部发〔2008〕3号 [R])."""
    monthly = _money(monthly_wage, "monthly_wage", "月工资")
    days = _number(monthly_pay_days, "monthly_pay_days", "月计薪天数")
    if days == 0:
        raise ValidationError({"monthly_pay_days": "月计薪天数不能为0"})
    return monthly / days / HOURS_PER_DAY


def overtime_pay(*, monthly_wage: object = None, hourly_wage: object = None, workday_hours: object = 0,
                 rest_day_hours: object = 0, holiday_hours: object = 0,
                 monthly_pay_days: object = MONTHLY_PAY_DAYS) -> Calculation:
    """Overtime pay at 150% / 200% / 300% of the hourly wage (劳动法第四十四条).

    Give the monthly wage (the hourly wage is derived as monthly ÷ 21.75 ÷ 8, no intermediate
    rounding) or the hourly wage. ``rest_day_hours`` are hours on rest days for which no
    compensatory time off was given; ``holiday_hours`` are hours on the statutory holidays
    themselves (not on the weekend days moved into a holiday block, which are rest days).
    Each part is rounded to the fen and the parts are added.
    """
    if (monthly_wage is None) == (hourly_wage is None):
        raise ValidationError({"wage": "请填写月工资或小时工资（二者选一）"})
    steps: list[str] = []
    notes: list[str] = []
    basis = ["劳动法第四十四条"]
    if monthly_wage is not None:
        monthly = _money(monthly_wage, "monthly_wage", "月工资")
        days = _number(monthly_pay_days, "monthly_pay_days", "月计薪天数")
        if days == 0:
            raise ValidationError({"monthly_pay_days": "月计薪天数不能为0"})
        rate = monthly / days / HOURS_PER_DAY
        exact = rate == _q(rate)
        steps.append(f"小时工资 = 月工资 {format_yuan(monthly)} ÷ {_num_text(days)}天 ÷ 8小时 "
                     f"{'=' if exact else '≈'} {_rate_text(rate)}元/小时")
        basis.append("劳动法第三十六条")
        basis.append("劳社部发〔2008〕3号（月计薪天数21.75天）[R]")
        notes.append("月计薪天数21.75天的依据（劳社部发〔2008〕3号）未与官方原文核对 [R]")
        if not exact:
            notes.append("小时工资不先行取整，按精确值计算后各项四舍五入到分")
    else:
        rate = _money(hourly_wage, "hourly_wage", "小时工资")
    hours = {
        "workday": _number(workday_hours, "workday_hours", "延长工作时间小时数"),
        "rest_day": _number(rest_day_hours, "rest_day_hours", "休息日加班小时数"),
        "holiday": _number(holiday_hours, "holiday_hours", "法定休假日加班小时数"),
    }
    if not any(hours.values()):
        raise ValidationError({"hours": "请填写加班小时数"})
    parts: list[Decimal] = []
    part_lines: list[str] = []
    for kind, h in hours.items():
        if not h:
            continue
        multiple, label, pct, article = OVERTIME_RATES[kind]
        part = _q(rate * multiple * h)
        parts.append(part)
        line = f"{_rate_text(rate)}元/小时 × {pct} × {_num_text(h)} 小时 = {format_yuan(part)}"
        part_lines.append(f"{label} {line}")
        steps.append(f"{label}：{line}（{article}）")
    total = _q(sum(parts, Decimal(0)))
    formula = "；".join(part_lines)
    if len(parts) > 1:
        formula += f"；合计 {' + '.join(format_yuan(p) for p in parts)} = {format_yuan(total)}"
    return Calculation(total, formula, "；".join(basis), tuple(steps), tuple(notes))


# ---------------------------------------------------------------------------
# economic compensation, damages, double pay
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ServiceLength:
    """Years, months and days of service (在本单位工作的年限)."""

    years: int
    months: int = 0
    days: int = 0
    start: date | None = None

    def __post_init__(self) -> None:
        for name in ("years", "months", "days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValidationError({"service": "工作年限的年、月、日应为不小于0的整数"})
        if self.months > 11:
            raise ValidationError({"service": "工作年限的月数应小于12（满12个月计为1年）"})

    @classmethod
    def between(cls, first_day: date, last_day: date) -> "ServiceLength":
        """Service from the first day of employment (用工之日) through the last day, both included."""
        if last_day < first_day:
            raise ValidationError({"service": "劳动关系终止日期早于用工之日"})
        end = last_day + timedelta(days=1)
        total = (end.year - first_day.year) * 12 + end.month - first_day.month
        while total > 0 and add_months(first_day, total) > end:
            total -= 1
        days = (end - add_months(first_day, total)).days
        return cls(total // 12, total % 12, days, first_day)

    def text(self) -> str:
        out = f"{self.years}年"
        if self.months:
            out += f"{self.months}个月"
        if self.days:
            out += f"{self.days}天"
        return out


def compensation_months(service: ServiceLength) -> tuple[Decimal, str]:
    """Months of wage for N: each full year 1; a remainder of 6 months or more 1; less, ½."""
    units = Decimal(service.years)
    if service.months >= 6:
        units += 1
        why = "不满一年的部分满六个月，按一年计算"
    elif service.months or service.days:
        units += Decimal("0.5")
        why = "不满六个月的部分，支付半个月工资"
    else:
        why = "按整年计算"
    return units, why


def _average_wage(monthly_wage: object | Sequence[object]) -> tuple[Decimal, str | None]:
    if isinstance(monthly_wage, (list, tuple)):
        values = [_money(v, "monthly_wage", "月工资") for v in monthly_wage]
        if not values:
            raise ValidationError({"monthly_wage": "请填写解除或终止前的月工资"})
        if len(values) > 12:
            raise ValidationError({"monthly_wage": "只计算解除或终止前12个月的工资"})
        total = sum(values, Decimal(0))
        avg = _q(total / len(values))
        return avg, f"前{len(values)}个月应得工资合计 {format_yuan(total)} ÷ {len(values)} = {format_yuan(avg)}"
    return _money(monthly_wage, "monthly_wage", "月工资"), None


def economic_compensation(monthly_wage: object | Sequence[object], service: ServiceLength, *,
                          minimum_wage: object, local_average_wage: object) -> Calculation:
    """Economic compensation N (劳动合同法第四十七条; 实施条例第二十七条).

    ``monthly_wage``: the average 应得工资 of the 12 months before termination, or the list of
    those monthly wages (fewer than 12 when the worker served less). The average is raised to
    ``minimum_wage`` when below it. ``local_average_wage`` is the city's published average
    monthly wage of the previous year: required, because the three-times cap must always be
    checked; when the wage exceeds 3 × that figure the wage used is 3 × the figure and the
    months paid are at most 12.
    """
    avg, avg_step = _average_wage(monthly_wage)
    minimum = _money(minimum_wage, "minimum_wage", "当地月最低工资标准")
    if local_average_wage is None:
        raise ValidationError({"local_average_wage": "请填写南昌市公布的上年度职工月平均工资（用于劳动合同法第四十七条"
                                                     "三倍封顶的判断）；该数额尚未核实，不能使用默认值"})
    city_avg = _money(local_average_wage, "local_average_wage", "上年度职工月平均工资")
    if city_avg == 0:
        raise ValidationError({"local_average_wage": "上年度职工月平均工资不能为0"})
    if not isinstance(service, ServiceLength):
        raise ValidationError({"service": "请填写工作年限"})
    steps: list[str] = []
    notes: list[str] = []
    months, why = compensation_months(service)
    steps.append(f"工作年限 {service.text()}：{why}，计 {_num_text(months)} 个月工资")
    if service.start is not None and service.start < date(2008, 1, 1):
        notes.append("用工之日早于2008年1月1日：此前的工作年限按当时的规定计算（劳动合同法第九十七条第三款），需另行核算")
    if avg_step:
        steps.append(avg_step)
    wage = avg
    if avg < minimum:
        wage = minimum
        steps.append(f"平均工资 {format_yuan(avg)} 低于当地月最低工资标准 {format_yuan(minimum)}，按最低工资标准计算"
                     "（劳动合同法实施条例第二十七条）")
    else:
        steps.append(f"月工资 {format_yuan(avg)}，不低于当地月最低工资标准 {format_yuan(minimum)}")
    cap = _q(city_avg * 3)
    capped = wage > cap
    if capped:
        counted = min(months, Decimal(12))
        steps.append(f"月工资 {format_yuan(wage)} 高于上年度职工月平均工资 {format_yuan(city_avg)} 的三倍 "
                     f"{format_yuan(cap)}：按 {format_yuan(cap)} 计算，年限最高不超过十二年")
        if counted != months:
            steps.append(f"计发月数 {_num_text(months)} 个月超过12个月，按12个月计算")
        wage, months = cap, counted
    else:
        steps.append(f"月工资 {format_yuan(wage)} 不高于上年度职工月平均工资 {format_yuan(city_avg)} 的三倍 "
                     f"{format_yuan(cap)}，不适用封顶")
    amount = _q(wage * months)
    label = "月工资（三倍封顶）" if capped else "月工资"
    formula = f"{label} {format_yuan(wage)} × {_num_text(months)} 个月 = {format_yuan(amount)}"
    steps.append(f"经济补偿 = {formula}")
    return Calculation(amount, formula, "劳动合同法第四十七条；劳动合同法实施条例第二十七条", tuple(steps),
                       tuple(notes))


def unlawful_termination_damages(monthly_wage: object | Sequence[object], service: ServiceLength, *,
                                 minimum_wage: object, local_average_wage: object) -> Calculation:
    """Damages for unlawful termination: twice the §47 standard (劳动合同法第八十七条), 2N."""
    n = economic_compensation(monthly_wage, service, minimum_wage=minimum_wage,
                              local_average_wage=local_average_wage)
    amount = _q(n.amount * 2)
    formula = f"经济补偿标准 {format_yuan(n.amount)} × 2 = {format_yuan(amount)}"
    steps = (*n.steps, f"赔偿金 = {formula}")
    notes = (*n.notes, "赔偿金的计算年限自用工之日起计算；支付赔偿金的，不再支付经济补偿（劳动合同法实施条例第二十五条）")
    return Calculation(amount, formula, "劳动合同法第八十七条、第四十七条；劳动合同法实施条例第二十五条、第二十七条",
                       steps, notes)


@dataclass(frozen=True)
class DoublePayPeriod:
    first_day: date
    last_day: date
    months: int
    days: int
    capped: bool


def double_pay_months(employment_start: date, until: date) -> DoublePayPeriod:
    """The months of double pay owed, from the first day of the second month of employment.

    ``until`` is the day before the written contract was signed, or the last day of employment
    (whichever came first). The period starts on the day after the first month of employment
    is complete (实施条例第六条: "用工之日起满一个月的次日"; the start day counted as the first day
    of that month [R]) and ends at the latest the day before one year of employment is
    complete (实施条例第七条), so at most 11 months.
    """
    first = add_months(employment_start, 1)
    year_end = add_months(employment_start, 12) - timedelta(days=1)  # 满一年之日
    last = min(until, year_end - timedelta(days=1))
    reaches_cap = until >= year_end - timedelta(days=1)
    if last < first:
        return DoublePayPeriod(first, last, 0, 0, False)
    if reaches_cap:
        return DoublePayPeriod(first, last, 11, 0, True)
    service = ServiceLength.between(first, last)
    return DoublePayPeriod(first, last, service.years * 12 + service.months, service.days, False)


def double_pay_no_contract(monthly_wage: object, months: object) -> Calculation:
    """The second wage for months without a written contract (劳动合同法第八十二条), at most 11 months.

    The amount is the additional one-fold wage (二倍工资差额): the first fold is the wage already
    owed for the work. ``months`` may be fractional (e.g. ``Decimal("7.5")``).
    """
    wage = _money(monthly_wage, "monthly_wage", "月工资")
    m = _number(months, "months", "未签书面劳动合同的月数")
    steps = [f"自用工之日起满一个月的次日起算，未订立书面劳动合同 {_num_text(m)} 个月"]
    if m > 11:
        steps.append(f"{_num_text(m)} 个月超过法定上限，按11个月计算（至满一年的前一日止，满一年视为已订立无固定期限劳动合同）")
        m = Decimal(11)
    amount = _q(wage * m)
    formula = f"月工资 {format_yuan(wage)} × {_num_text(m)} 个月 = {format_yuan(amount)}"
    steps.append(f"另一倍工资 = {formula}")
    return Calculation(amount, formula, "劳动合同法第八十二条；劳动合同法实施条例第六条、第七条", tuple(steps),
                       ("只计算另一倍工资（差额）；正常工资另行计算",))
