"""One demo intake's claims and facts, drawn so that they agree: the amounts claimed are the ones the
facts state, the periods match the months worked, and the reason the work stopped fits the claims."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from mediation_desk.domain.cases import Claim, ClaimKind, Enterprise, EnterpriseRole, Industry
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.services.demo.common import (
    _add_months,
    _Lazy,
    _money,
    _month_span,
    _months_text,
    _ym,
    _yuan_text,
)
from mediation_desk.services.demo.industries import (
    _CARS,
    _DAILY_HOURS,
    _DEDUCTION_REASONS,
    _DEPOSIT_AMOUNTS,
    _DEPOSIT_ITEMS,
    _DOCUMENTS,
    _INJURIES,
    _LEAVE_REASONS,
    _MANAGEMENT,
    _SERVICES,
    _STOP_ACTIONS,
    _STOP_REASONS,
    _STREAMS,
    _TRUCKS,
    _WORK_STATEMENT,
)
from mediation_desk.services.demo.places import _DISTRICTS, _URBAN_DISTRICTS


class _Context:
    """Per-intake amounts and wording, so that claims and facts agree."""

    def __init__(self, rng: random.Random, industry: Industry, brand: str, direct: Enterprise, wage: int,
                 pay_word: str, work_start: date, stop: date, months_worked: int) -> None:
        self.rng = rng
        self.unit = direct.name
        self.unit_address = direct.address
        self.unit_role = direct.role
        self.has_cooperator = direct.role is not EnterpriseRole.PLATFORM
        self.industry = industry
        self.brand = brand
        self.wage = wage
        self.pay_word = pay_word
        self.work_start = work_start
        self.stop = stop
        self.months_worked = months_worked
        self.amounts: dict[ClaimKind, Decimal] = {}
        self.notes: dict[str, str] = {}

    # ---- claims

    def claim(self, kind: ClaimKind) -> Claim:
        rng = self.rng
        K = ClaimKind
        wage = self.wage
        amount: Decimal | None = None
        first: date | None = None
        last: date | None = None
        if kind is K.UNPAID_PAY:
            # Pay is settled the following month: the last full month(s) and
            # the days worked in the month the work stopped are owed.
            months = 1 if rng.random() < 0.7 else 2
            first = _add_months(self.stop.replace(day=1), -months)
            last = self.stop
            share = (months + self.stop.day / 30) * rng.uniform(0.55, 1.0)
            raw = min(15000, max(800, wage * share))
            if self.industry in (Industry.FOOD_DELIVERY, Industry.COURIER):
                amount = _money(round(raw * 2) / 2)  # per-order pay: half yuan
            else:
                amount = _money(round(raw / 10) * 10)
            self.notes["unpaid_span"] = _month_span(first, last)
            basis = rng.choice((
                f"被申请人未支付申请人{_month_span(first, last)}的{self.pay_word}，依据《劳动合同法》第三十条应当及时足额支付。",
                "依据《关于维护新就业形态劳动者劳动保障权益的指导意见》（人社部发〔2021〕56号），企业应当按时足额支付劳动报酬，不得克扣或者无故拖欠。",
            ))
        elif kind is K.BELOW_MINIMUM_WAGE:
            months = rng.randint(1, 4)
            first = _add_months(self.stop.replace(day=1), 1 - months).replace(day=1)
            last = self.stop
            amount = _money(rng.randint(20, 300 * months) * 10)
            basis = "申请人在法定工作时间内提供了正常劳动，被申请人扣款后实际支付的报酬低于江西省最低工资标准，应补足差额。"
        elif kind is K.OVERTIME_PAY:
            hours = rng.randint(10, 12)
            self.notes["hours"] = str(hours)
            months = min(self.months_worked, 12)
            first = _add_months(self.stop.replace(day=1), 1 - months).replace(day=1)
            last = self.stop
            hourly = Decimal(wage) / Decimal("21.75") / 8
            extra = Decimal(rng.randint(20, 60) * months)
            amount = min(_money(hourly * extra * Decimal("1.5")), Decimal("20000.00"))
            amount = max(amount, Decimal("1000.00"))
            basis = f"申请人每日工作约{hours}小时，超出法定工作时间，依据《劳动法》第四十四条被申请人应当支付加班费。"
        elif kind is K.HOLIDAY_PAY:
            days = rng.randint(2, max(2, min(13, self.months_worked)))
            self.notes["holiday_days"] = str(days)
            daily = Decimal(wage) / Decimal("21.75")
            amount = _money(daily * days * 2)
            first, last = self.work_start, self.stop
            basis = f"申请人在职期间于法定节假日按安排出勤{days}天，依据《劳动法》第四十四条第（三）项，被申请人应当支付不低于工资百分之三百的工资，现主张已付部分以外的差额。"
        elif kind is K.DEPOSIT_REFUND:
            item = rng.choice(_DEPOSIT_ITEMS[self.industry])
            amount = _money(rng.choice(_DEPOSIT_AMOUNTS))
            self.notes["deposit_item"] = item
            basis = f"依据《劳动合同法》第九条，用人单位不得以任何名义向劳动者收取财物，被申请人收取的{item}应予退还。"
        elif kind is K.UNLAWFUL_DEDUCTION:
            reason = rng.choice(_DEDUCTION_REASONS[self.industry])
            self.notes["deduction_reason"] = reason
            amount = _money(rng.randint(5, 300) * 10)
            first, last = self.work_start, self.stop
            basis = f"被申请人以{reason}为由扣款没有依据，依据《工资支付暂行规定》第十五条，用人单位不得克扣劳动者工资。"
        elif kind is K.CONFIRM_RELATIONSHIP:
            first, last = self.work_start, self.stop
            basis = "申请人接受被申请人的管理和考勤，报酬由被申请人按月发放，所从事的工作是其业务组成部分，符合《关于确立劳动关系有关事项的通知》（劳社部发〔2005〕12号）第一条规定的情形。"
        elif kind is K.DOUBLE_PAY:
            months = min(11, self.months_worked - 1)
            base = min(wage, 4500 + rng.randrange(-800, 800, 10))
            amount = _money(base * months)
            first = _add_months(self.work_start, 1)
            last = min(_add_months(self.work_start, 12) - timedelta(days=1), self.stop)
            basis = f"被申请人自用工之日起超过一个月未与申请人订立书面劳动合同，依据《劳动合同法》第八十二条应当支付{months}个月的二倍工资差额。"
        elif kind is K.ECONOMIC_COMPENSATION:
            n = self._compensation_months()
            amount = _money(Decimal(wage) * n)
            self.notes["compensation"] = "resigned" if self.rng.random() < 0.5 else "dismissed"
            first, last = self.work_start, self.stop
            if self.notes["compensation"] == "resigned":
                basis = f"被申请人未依法为申请人缴纳社会保险，申请人依据《劳动合同法》第三十八条解除劳动合同，并依据第四十六条、第四十七条要求支付{_months_text(n)}工资的经济补偿。"
            else:
                basis = f"被申请人单方解除劳动合同，依据《劳动合同法》第四十六条、第四十七条应当支付{_months_text(n)}工资的经济补偿。"
        elif kind is K.UNLAWFUL_TERMINATION:
            n = self._compensation_months()
            amount = _money(Decimal(wage) * n * 2)
            first, last = self.work_start, self.stop
            basis = "被申请人无正当理由单方解除劳动合同，依据《劳动合同法》第四十八条、第八十七条，应当按经济补偿标准的二倍支付赔偿金。"
        elif kind is K.SOCIAL_INSURANCE:
            first, last = self.work_start, self.stop
            basis = "依据《社会保险法》第五十八条，用人单位应当自用工之日起三十日内为职工办理社会保险登记，要求被申请人为申请人补缴用工期间的社会保险费。"
        elif kind is K.WORK_INJURY:
            since = max(self.work_start, self.stop - timedelta(days=330))
            accident = since + timedelta(days=rng.randint(0, max(0, (self.stop - since).days - 1)))
            self.notes["accident"] = numeric_date(accident)
            self.notes["injury"] = rng.choice(_INJURIES)
            self.notes["hospital_days"] = str(rng.randint(5, 30))
            amount = _money(rng.randint(50, 1200) * 100)
            first = last = accident
            basis = "申请人在工作时间、因工作原因受伤，依据《工伤保险条例》第十四条，要求被申请人承担医疗费、停工留薪期工资等待遇。"
        elif kind is K.RETURN_DOCUMENTS:
            document = rng.choice(_DOCUMENTS[:2] if self.industry is Industry.RIDE_HAILING else _DOCUMENTS[::2])
            self.notes["document"] = document
            basis = f"依据《劳动合同法》第九条，用人单位不得扣押劳动者的居民身份证和其他证件，被申请人应当返还申请人的{document}。"
        else:  # pragma: no cover - OTHER is never drawn
            basis = ""
        if amount is not None:
            self.amounts[kind] = amount
        return Claim(kind=kind, amount=amount, period_start=first, period_end=last, basis=basis)

    def vehicle(self, choices: tuple[str, ...], leased: str) -> str:
        if self.unit_role is EnterpriseRole.OTHER:  # a rental company
            return f"向{self.unit}租赁的{leased}"
        return self.rng.choice(choices)

    def joined(self) -> str:
        if self.industry in (Industry.RIDE_HAILING, Industry.FREIGHT):
            return "加入时"
        return "入职时"

    def _compensation_months(self) -> Decimal:
        years, rest = divmod(self.months_worked, 12)
        extra = Decimal(1) if rest >= 6 else Decimal("0.5") if rest else Decimal(0)
        return Decimal(years) + extra

    # ---- facts

    def facts(self, kinds: list[ClaimKind], referrer: str = "") -> str:
        rng = self.rng
        K = ClaimKind
        industry = self.industry
        # Stations and service areas lie in the district where the unit is.
        place = next((d for d in _DISTRICTS if d[0] in self.unit_address), None) or rng.choice(_URBAN_DISTRICTS)
        hours = self.notes.get("hours") or str(rng.randint(*_DAILY_HOURS[industry]))
        values = _Lazy({
            "start": lambda: _ym(self.work_start),
            "brand": lambda: self.brand,
            "unit": lambda: self.unit,
            "unit_or_platform": lambda: "公司" if self.has_cooperator else "平台",
            "road": lambda: rng.choice(place[3]),
            "district": lambda: place[0],
            "hours": lambda: hours,
            "piece": lambda: rng.choice(("4.5", "5", "5.5", "6", "6.5", "7")) if industry is Industry.FOOD_DELIVERY
            else rng.choice(("0.8", "1", "1.2", "1.5")),
            "car": lambda: self.vehicle(_CARS, "新能源轿车"),
            "truck": lambda: self.vehicle(_TRUCKS, "新能源厢式货车"),
            "cut": lambda: str(rng.randint(15, 28)),
            "clock": lambda: str(rng.choice((7, 8, 9))),
            "rest": lambda: str(rng.randint(2, 4)),
            "orders": lambda: str(rng.choice((200, 250, 300))),
            "service": lambda: rng.choice(_SERVICES),
            "stream": lambda: rng.choice(_STREAMS),
            "base": lambda: str(rng.choice((3000, 3500, 4000, 4500, 5000))),
            "live_days": lambda: str(rng.choice((24, 26, 28))),
        })
        statement = rng.choice(_WORK_STATEMENT[industry]).format_map(values)
        first = statement.find(self.unit) + len(self.unit)
        if statement.count(self.unit) > 1:  # name the company once
            statement = statement[:first] + statement[first:].replace(self.unit, "该公司")
        sentences = [statement + "。"]

        # (priority, narrative order, sentence): details that carry an amount
        # claimed come first, so the facts always state them.
        details: list[tuple[int, int, str]] = []
        if K.CONFIRM_RELATIONSHIP in kinds or K.DOUBLE_PAY in kinds or K.SOCIAL_INSURANCE in kinds:
            details.append((1, 0, rng.choice((
                "双方未签订书面劳动合同，被申请人也未为申请人缴纳社会保险。",
                f"{self.joined()}申请人被要求在手机App上勾选《合作协议》并注册为个体工商户，被申请人据此称双方不存在劳动关系。",
                "双方未签订书面劳动合同，申请人的报酬由第三方灵活用工平台代发。",
            ))))
        if K.DEPOSIT_REFUND in kinds and rng.random() < 0.5:
            # Otherwise the deposit is mentioned with the trigger.
            details.append((3, 1, (
                f"{self.joined()}申请人向被申请人缴纳{self.notes['deposit_item']}"
                f"{_yuan_text(self.amounts[K.DEPOSIT_REFUND])}。"
            )))
        if K.OVERTIME_PAY in kinds:
            details.append((2, 2, f"申请人每天工作约{hours}小时，每月仅休息{values['rest']}天，被申请人从未支付加班费。"))
        if K.HOLIDAY_PAY in kinds:
            details.append((2, 2, (
                f"在职期间申请人有{self.notes['holiday_days']}个法定节假日按要求正常出勤，被申请人未支付法定节假日加班工资。"
            )))
        if K.BELOW_MINIMUM_WAGE in kinds:
            details.append((2, 2, "扣除各项罚款后，申请人有数月实得报酬低于江西省最低工资标准。"))
        if K.UNLAWFUL_DEDUCTION in kinds:
            details.append((0, 3, (
                f"工作期间被申请人以{self.notes['deduction_reason']}为由多次从报酬中扣款，"
                f"共计{_yuan_text(self.amounts[K.UNLAWFUL_DEDUCTION])}。"
            )))
        if K.RETURN_DOCUMENTS in kinds:
            details.append((2, 4, f"{self.joined()}被申请人收取了申请人的{self.notes['document']}，至今未予返还。"))
        if K.WORK_INJURY in kinds:
            how = "在客户家中工作时摔伤" if industry is Industry.HOUSEKEEPING else "在工作途中发生交通事故"
            details.append((1, 5, (
                f"{self.notes['accident']}，申请人{how}，经诊断为{self.notes['injury']}，"
                f"住院治疗{self.notes['hospital_days']}天。"
            )))
        if not details and rng.random() < 0.75:
            details.append((4, 0, rng.choice(_MANAGEMENT[industry]).format_map(values) + "。"))

        # At most 4 sentences: the statement, up to 2 details (1 when the
        # referral note is added), the trigger.
        room = 1 if referrer else 2
        rng.shuffle(details)  # ties in priority are broken at random
        kept = sorted(sorted(details, key=lambda d: d[0])[:room], key=lambda d: d[1])
        sentences.extend(text for _p, _o, text in kept)
        deposit_told = any(order == 1 for _p, order, _t in kept)
        sentences.append(self._trigger(kinds, deposit_told))
        if referrer:
            sentences.append(f"本案由{referrer}转来。")
        elif len(sentences) < 4 and rng.random() < 0.5:
            sentences.append(rng.choice((
                "申请人多次与被申请人协商未果，遂申请调解。",
                "申请人曾通过平台客服投诉，至今未获解决。",
                "申请人要求结清款项，被申请人以种种理由推脱。",
            )))
        return "".join(sentences)

    def _trigger(self, kinds: list[ClaimKind], deposit_told: bool) -> str:
        rng = self.rng
        K = ClaimKind
        industry = self.industry
        when = numeric_date(self.stop)
        dismissed = K.UNLAWFUL_TERMINATION in kinds or self.notes.get("compensation") == "dismissed"
        resigned_for_cause = self.notes.get("compensation") == "resigned"
        if resigned_for_cause:
            text = f"{when}，申请人以被申请人未缴纳社会保险为由提出解除劳动关系"
        elif dismissed or rng.random() < 0.55:
            text = (f"{when}，被申请人以“{rng.choice(_STOP_REASONS[industry])}”为由"
                    f"{rng.choice(_STOP_ACTIONS[industry])}")
        else:
            text = f"{when}，申请人因{rng.choice(_LEAVE_REASONS)}离职"
        tails = []
        if K.UNPAID_PAY in kinds:
            tails.append(f"尚欠{self.notes['unpaid_span']}{self.pay_word}{_yuan_text(self.amounts[K.UNPAID_PAY])}未付")
        if K.DEPOSIT_REFUND in kinds and not deposit_told:
            tails.append(
                f"{self.joined()}缴纳的{self.notes['deposit_item']}{_yuan_text(self.amounts[K.DEPOSIT_REFUND])}至今未退还"
            )
        if tails:
            text += "，" + "，".join(tails)
        return text + "。"

