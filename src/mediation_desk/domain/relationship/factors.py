"""The relationship worksheet's vocabulary: the factors and their levels (public API of
``relationship-worksheet.md``), the categories, and the warnings with their texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediation_desk.domain.cases import LabelledEnum


# ---------------------------------------------------------------------------
# the worksheet's factors (public API: keys and level codes of relationship-worksheet.md)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Level:
    """One answer level: its code, a short label and the worksheet's description of what the
    level means (a guide for answering; never printed as a fact of the case)."""

    code: str
    label: str
    description: str


@dataclass(frozen=True)
class Factor:
    key: str
    label: str
    short: str  # the short name used in sentences read aloud
    levels: tuple[Level, ...]  # left = more autonomy, right = more subordination

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    def level(self, code: str) -> Level:
        for level in self.levels:
            if level.code == code:
                return level
        raise KeyError(code)

    def allowed_text(self) -> str:
        return "、".join(f"{lv.code}（{lv.label}）" for lv in self.levels)


def _factor(key: str, label: str, short: str, *levels: tuple[str, str, str]) -> Factor:
    return Factor(key, label, short, tuple(Level(*lv) for lv in levels))


_FACTOR_LIST = (
    _factor("time_autonomy", "工作时间及工作量自主决定程度", "工作时间",
            ("free", "自主决定", "劳动者自主决定是否工作、何时工作、工作多长时间"),
            ("partial", "部分自主", "有高峰时段或最低接单量等要求，但劳动者有实际的选择余地"),
            ("controlled", "由企业控制", "企业安排班次、规定在线时长或每日最低单量，请假须经批准")),
    _factor("process_control", "劳动过程受管理控制程度", "劳动过程",
            ("none", "不管理", "企业不管理劳动过程"),
            ("partial", "部分管理", "算法派单，劳动者可以拒单而不受处罚；有服务标准"),
            ("dominant", "支配性管理", "强制派单、站点管理人员、早会、实时指令、定位监控")),
    _factor("rules_and_discipline", "工作规则、算法规则、劳动纪律和奖惩办法", "劳动纪律和奖惩",
            ("none", "不受约束", "劳动者不受工作规则或奖惩约束"),
            ("platform_standard", "平台通用规则", "对平台所有用户普遍适用的服务规则和顾客评价扣分"),
            ("employer_discipline", "考勤、罚款、辞退等纪律", "考勤制度、罚款、拒单处罚、辞退")),
    _factor("continuity", "工作持续性（工作频次）", "工作持续性",
            ("occasional", "偶尔", "偶尔工作"),
            ("regular", "经常", "每周工作几天"),
            ("continuous", "持续", "数月以来全职式工作")),
    _factor("price_autonomy", "能否决定或改变交易价格", "交易价格",
            ("worker_sets", "劳动者定价", "劳动者自己决定价格"),
            ("negotiable", "可以协商", "价格可与客户协商"),
            ("enterprise_sets", "企业定价", "价格由企业决定")),
    _factor("remuneration", "报酬结算", "报酬结算",
            ("revenue_share", "营业收入分成", "劳动者从自己的营业收入中分成"),
            ("piece_rate", "按单计酬", "按单计酬，由企业结算"),
            ("wage_like", "工资性报酬", "底薪、月薪、全勤奖")),
    _factor("tools", "劳动工具", "劳动工具",
            ("own", "自备", "劳动工具由劳动者自备"),
            ("mixed", "部分由企业提供", "劳动工具部分由企业提供"),
            ("enterprise", "企业提供", "劳动工具由企业提供")),
    _factor("work_place", "工作场所", "工作场所",
            ("free", "自由选择", "劳动者自行选择工作地点"),
            ("assigned_area", "指定区域", "企业划定工作区域"),
            ("fixed_station", "固定站点", "在企业的固定站点工作")),
    _factor("exclusivity", "是否限制多平台就业", "多平台就业",
            ("free", "不限制", "劳动者可以在多个平台工作"),
            ("discouraged", "不鼓励", "企业不鼓励在其他平台工作"),
            ("prohibited", "禁止", "企业禁止在其他平台工作")),
    _factor("business_integration", "劳动是否属于企业业务组成部分", "业务组成部分",
            ("no", "否", "劳动不属于企业业务的组成部分"),
            ("yes", "是", "劳动是企业业务的组成部分")),
    _factor("personal_service", "是否须亲自履行", "亲自履行",
            ("no", "否", "可以由他人代为完成"),
            ("yes", "是", "须亲自完成")),
)

FACTORS: Mapping[str, Factor] = MappingProxyType({f.key: f for f in _FACTOR_LIST})
FACTOR_KEYS: tuple[str, ...] = tuple(FACTORS)

REGISTERED_INDIVIDUAL_BUSINESS = "registered_individual_business"
_REGISTERED_FACTOR = _factor(
    REGISTERED_INDIVIDUAL_BUSINESS, "是否应企业要求登记为个体工商户", "个体工商户登记",
    ("no", "否", "未登记为个体工商户"),
    ("yes", "是", "劳动者应企业要求登记为个体工商户"))
# Context read from the same mapping as the factors; it changes the reading, not the score.
CONTEXT_KEYS: Mapping[str, Factor] = MappingProxyType({REGISTERED_INDIVIDUAL_BUSINESS: _REGISTERED_FACTOR})

_UNKNOWN_ANSWERS = (None, "", "unknown")
NO_EVIDENCE = "此项回答未关联证据"
INSUFFICIENT = "信息不足"

EMPLOYER_FUNCTIONS: Mapping[str, str] = MappingProxyType({
    "manages": "安排工作、管理劳动过程",
    "pays": "支付报酬",
    "disciplines": "实施奖惩",
})


class RelationshipCategory(LabelledEnum):
    LABOR = ("labor_relationship", "符合确立劳动关系情形")
    INCOMPLETE = ("incomplete_labor_relationship", "不完全符合确立劳动关系情形")
    CIVIL = ("civil_relationship", "民事关系")


_CATEGORY_LONG = {
    RelationshipCategory.LABOR: "符合确立劳动关系情形（支配性劳动管理）",
    RelationshipCategory.INCOMPLETE: "不完全符合确立劳动关系情形但企业对劳动者进行劳动管理",
    RelationshipCategory.CIVIL: "个人依托平台自主开展经营活动、从事自由职业（民事关系）",
}


class WarningFlag(LabelledEnum):
    DEPOSIT_OR_FEES = ("deposit_or_fees_taken", "收取押金、保证金或其他费用")
    ID_DOCUMENTS_WITHHELD = ("id_documents_withheld", "扣押身份证等证件")
    MULTI_PLATFORM_BAN = ("multi_platform_ban", "限制多平台就业")
    PAY_BELOW_MINIMUM_WAGE = ("pay_below_minimum_wage", "报酬低于最低工资标准")
    NO_BREAK_AFTER_FOUR_HOURS = ("no_break_after_four_hours", "连续工作超过4小时没有工间休息")
    INDUCED_REGISTRATION = ("induced_individual_business_registration", "诱导或强迫注册为个体工商户")
    REGISTERED_INDIVIDUAL_BUSINESS = ("individual_business_registered", "已登记为个体工商户（须核实原因）")


# A fact that is not a warning by itself: with registered_individual_business=yes it gives the
# induced-registration warning.
REGISTRATION_REQUESTED = "registration_requested_by_enterprise"
_FACT_KEYS = tuple(f.value for f in WarningFlag if f is not WarningFlag.REGISTERED_INDIVIDUAL_BUSINESS) + (
    REGISTRATION_REQUESTED,)

_WARNING_TEXT: Mapping[WarningFlag, tuple[str, str]] = {
    WarningFlag.DEPOSIT_OR_FEES: (
        "企业以押金、保证金或其他名义向劳动者收取财物，这是不允许的；以高额风险抵押金、保证金转嫁经营风险也被禁止，"
        "劳动者可以请求退还",
        "南昌方案第2、4项；劳动合同法第九条、第八十四条第二款"),
    WarningFlag.ID_DOCUMENTS_WITHHELD: (
        "企业扣押劳动者的居民身份证等证件或物品，这是不允许的，应当退还劳动者本人",
        "南昌方案第4项；劳动合同法第九条、第八十四条第一款"),
    WarningFlag.MULTI_PLATFORM_BAN: (
        "企业限制劳动者在其他平台工作；企业不得违法限制劳动者在多平台就业，这一事实也说明企业对劳动者的控制较强",
        "南昌方案第4项"),
    WarningFlag.PAY_BELOW_MINIMUM_WAGE: (
        "劳动者提供正常劳动所得的报酬低于当地最低工资标准；劳动关系和不完全符合确立劳动关系情形的劳动者都应获得"
        "不低于当地最低工资标准的劳动报酬",
        "南昌方案第5项；劳动法第四十八条"),
    WarningFlag.NO_BREAK_AFTER_FOUR_HOURS: (
        "劳动者连续工作超过4小时而没有不少于20分钟的工间休息，企业未按要求设置工间休息",
        "南昌方案第6项"),
    WarningFlag.INDUCED_REGISTRATION: (
        "企业诱导或强迫劳动者注册为个体工商户，这是严禁的；个体工商户登记不改变按用工事实认定的关系",
        "南昌方案第3项"),
    WarningFlag.REGISTERED_INDIVIDUAL_BUSINESS: (
        "劳动者已登记为个体工商户；请核实登记是否出于企业的要求或诱导（南昌方案第3项严禁），登记形式不决定双方关系",
        "南昌方案第3项"),
}
