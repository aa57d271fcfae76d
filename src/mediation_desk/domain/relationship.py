"""The relationship-determination worksheet (劳动关系认定工作表) as one pure function.

:func:`assess` reads the answers to the worksheet's factors (keys and level codes of
``relationship-worksheet.md``; they are public API) and recommends one of the three categories
of 人社部发〔2021〕56号 and the Nanchang plan (洪人社发〔2022〕88号 items 1 and 3):

* ``labor_relationship`` — 符合确立劳动关系情形 (支配性劳动管理);
* ``incomplete_labor_relationship`` — 不完全符合确立劳动关系情形但企业对劳动者进行劳动管理;
* ``civil_relationship`` — 个人依托平台自主开展经营活动、从事自由职业.

How the recommendation is reached (all numbers are data, ``resources/jurisdiction/
relationship_weights.json``, loaded by :mod:`mediation_desk.jurisdiction` through a lazy import
when no ``weights`` are passed):

1. Each answered factor contributes ``weight × level value`` (0 = autonomy … 1 = subordination);
   the *score* is the weighted mean over the answered factors. Unanswered factors are left out
   of the score and lower the confidence instead.
2. Dominant labour management — the three core factors of 指导性案例237号 (working time,
   work process, rules and discipline) all at their subordinate end — is a labour relationship
   whatever the score, the contract's name or an individual-business registration.
3. Otherwise a score at or above the labour threshold with enough core factors at their
   subordinate end is a labour relationship; labour management by the enterprise (any
   management indicator) with a score at or above the lower threshold is the incomplete
   category; anything else is a civil relationship.
4. Confidence: the share of the total weight that was answered, whether any answer to the
   open factors could still change the category (the category is monotone in every factor, so
   filling all open factors at their two ends decides it), and the distance to a threshold.

The result names the factors that drove it in sentences a mediator can read aloud, the employer
candidate (the enterprise that manages, pays and disciplines, not the one named in the
paperwork), notes on the other enterprises of the chain (Nanchang plan item 2), the route, the
claims that fit the category, and warnings from the facts. It is a recommendation: the mediator
or arbitrator confirms or overrides it with a written reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import ClaimKind, EnterpriseRole, LabelledEnum
from mediation_desk.domain.errors import ValidationError

__all__ = [
    "CONTEXT_KEYS",
    "EMPLOYER_FUNCTIONS",
    "FACTORS",
    "FACTOR_KEYS",
    "REGISTERED_INDIVIDUAL_BUSINESS",
    "Assessment",
    "AssessmentContext",
    "AssessmentWarning",
    "ChainEnterprise",
    "ClaimFit",
    "Confidence",
    "EmployerCandidate",
    "Factor",
    "FactorAnswer",
    "FactorReading",
    "Level",
    "LiabilityNote",
    "RelationshipCategory",
    "RelationshipWeights",
    "Route",
    "WarningFlag",
    "assess",
    "default_weights",
    "weights_from_data",
]


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


# ---------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class FactorAnswer:
    """An answer with the evidence items it rests on (labels such as ``"证据3 排班表截图"``) and a
    note in the mediator's words (the concrete facts)."""

    level: str
    evidence: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class ChainEnterprise:
    """An enterprise of the chain (platform, 劳务派遣, 外包, 加盟, 代理, 劳务公司)."""

    name: str
    role: EnterpriseRole = EnterpriseRole.OTHER
    named_in_contract: bool = False


@dataclass(frozen=True)
class AssessmentContext:
    """What the answers alone do not say.

    ``exercised_by`` maps a factor key (or one of ``manages``, ``pays``, ``disciplines``) to the
    name of the enterprise that actually exercised it. ``facts`` maps a warning flag
    (:class:`WarningFlag` codes, or ``registration_requested_by_enterprise``) to the fact it
    rests on (a sentence) or to ``True``. ``contract_label`` is the name the paperwork gives the
    relationship (e.g. ``"合作协议"``).
    """

    enterprises: tuple[ChainEnterprise, ...] = ()
    exercised_by: Mapping[str, str] = field(default_factory=dict)
    facts: Mapping[str, str | bool] = field(default_factory=dict)
    contract_label: str = ""


# ---------------------------------------------------------------------------
# weights (data)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Route:
    code: str
    label: str
    text: str
    basis: str


@dataclass(frozen=True)
class ConfidenceRules:
    stable_base: Decimal
    stable_coverage_weight: Decimal
    unstable_cap: Decimal
    near_threshold_margin: Decimal
    near_threshold_penalty: Decimal
    core_unknown_max_level: str
    levels: tuple[tuple[str, str, Decimal], ...]  # (code, label, minimum), highest first


@dataclass(frozen=True)
class RelationshipWeights:
    """``relationship_weights.json`` checked and converted (see its ``_format``)."""

    version: int
    source: str
    note: str
    factor_weights: Mapping[str, Decimal]
    level_values: Mapping[str, Mapping[str, Decimal]]
    factor_basis: Mapping[str, str]
    core_levels: Mapping[str, str]
    management_indicators: Mapping[str, frozenset[str]]
    labor_min_score: Decimal
    labor_min_core: int
    incomplete_min_score: Decimal
    incomplete_requires_management: bool
    confidence: ConfidenceRules
    employer_functions: Mapping[str, tuple[str, ...]]
    claim_fit: Mapping[str, Mapping[str, tuple[bool, str]]]
    routes: Mapping[str, Route]
    sufficient_coverage: Decimal = Decimal("0.5")


_W = "relationship_weights"


def _bad(path: str, message: str) -> ValidationError:
    return ValidationError({f"{_W}.{path}": f"劳动关系认定权重数据（{path}）：{message}"})


def _dec(value: object, path: str, *, low: Decimal | None = Decimal(0), high: Decimal | None = None) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise _bad(path, "应为数字")
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise _bad(path, f"“{value}”不是数字") from None
    if not number.is_finite() or (low is not None and number < low) or (high is not None and number > high):
        raise _bad(path, f"数值{value}超出范围")
    return number


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    if not isinstance(value, Mapping):
        raise _bad(name, "缺少此项或格式不正确")
    return value


def weights_from_data(data: Mapping[str, Any]) -> RelationshipWeights:
    """Check the weights document against the worksheet's factors, levels and ClaimKind codes."""
    if not isinstance(data, Mapping):
        raise _bad("", "应为对象")
    factors = _section(data, "factors")
    weights: dict[str, Decimal] = {}
    values: dict[str, Mapping[str, Decimal]] = {}
    basis: dict[str, str] = {}
    for key, factor in FACTORS.items():
        entry = factors.get(key)
        if not isinstance(entry, Mapping):
            raise _bad(f"factors.{key}", "缺少该因素的权重")
        weight = _dec(entry.get("weight"), f"factors.{key}.weight")
        if weight <= 0:
            raise _bad(f"factors.{key}.weight", "权重应大于0")
        levels = entry.get("levels")
        if not isinstance(levels, Mapping) or set(levels) != set(factor.codes):
            raise _bad(f"factors.{key}.levels", "应恰好包含档次 " + "、".join(factor.codes))
        converted = {code: _dec(levels[code], f"factors.{key}.levels.{code}", high=Decimal(1)) for code in factor.codes}
        ordered = [converted[code] for code in factor.codes]
        if ordered != sorted(ordered):
            raise _bad(f"factors.{key}.levels", "档次数值应从自主到从属不减")
        weights[key], values[key] = weight, MappingProxyType(converted)
        basis[key] = str(entry.get("basis") or "")
    extra = [k for k in factors if not str(k).startswith("_") and k not in FACTORS]
    if extra:
        raise _bad("factors", "未知的因素 " + "、".join(map(str, extra)))

    core: dict[str, str] = {}
    for key, level in _section(data, "core_factors").items():
        if str(key).startswith("_"):
            continue
        if key not in FACTORS or level not in FACTORS[key].codes:
            raise _bad(f"core_factors.{key}", f"因素或档次“{level}”无效")
        core[key] = level
    if not core:
        raise _bad("core_factors", "至少应有一项核心因素")

    indicators: dict[str, frozenset[str]] = {}
    for key, levels in _section(data, "management_indicators").items():
        if str(key).startswith("_"):
            continue
        if key not in FACTORS or isinstance(levels, str) or not all(lv in FACTORS[key].codes for lv in levels):
            raise _bad(f"management_indicators.{key}", "因素或档次无效")
        indicators[key] = frozenset(levels)

    thresholds = _section(data, "thresholds")
    labor = thresholds.get(RelationshipCategory.LABOR.value) or {}
    incomplete = thresholds.get(RelationshipCategory.INCOMPLETE.value) or {}
    labor_min = _dec(labor.get("min_score"), "thresholds.labor_relationship.min_score", high=Decimal(1))
    incomplete_min = _dec(incomplete.get("min_score"), "thresholds.incomplete_labor_relationship.min_score",
                          high=Decimal(1))
    if incomplete_min > labor_min:
        raise _bad("thresholds", "不完全符合情形的分界线不能高于劳动关系的分界线")
    labor_core = int(_dec(labor.get("min_core_at_dominant_level", len(core)),
                          "thresholds.labor_relationship.min_core_at_dominant_level", high=Decimal(len(core))))

    conf = _section(data, "confidence")
    levels_data = conf.get("levels")
    if not isinstance(levels_data, list) or not levels_data:
        raise _bad("confidence.levels", "缺少可信度等级")
    conf_levels = tuple(sorted(((str(lv["code"]), str(lv["label"]), _dec(lv["min"], "confidence.levels.min", high=Decimal(1)))
                                for lv in levels_data), key=lambda t: t[2], reverse=True))
    cap_level = str(conf.get("core_unknown_max_level") or conf_levels[0][0])
    if cap_level not in {c for c, _, _ in conf_levels}:
        raise _bad("confidence.core_unknown_max_level", f"“{cap_level}”不是可信度等级")
    rules = ConfidenceRules(
        _dec(conf.get("stable_base"), "confidence.stable_base", high=Decimal(1)),
        _dec(conf.get("stable_coverage_weight"), "confidence.stable_coverage_weight", high=Decimal(1)),
        _dec(conf.get("unstable_cap"), "confidence.unstable_cap", high=Decimal(1)),
        _dec(conf.get("near_threshold_margin", 0), "confidence.near_threshold_margin", high=Decimal(1)),
        _dec(conf.get("near_threshold_penalty", 0), "confidence.near_threshold_penalty", high=Decimal(1)),
        cap_level, conf_levels)

    functions: dict[str, tuple[str, ...]] = {}
    for name, keys in _section(data, "employer_functions").items():
        if str(name).startswith("_"):
            continue
        if name not in EMPLOYER_FUNCTIONS or isinstance(keys, str) or not all(k in FACTORS for k in keys):
            raise _bad(f"employer_functions.{name}", "职能或因素无效")
        functions[name] = tuple(keys)

    fit_data = _section(data, "claim_fit")
    routes_data = _section(data, "routes")
    claim_fit: dict[str, Mapping[str, tuple[bool, str]]] = {}
    routes: dict[str, Route] = {}
    for category in RelationshipCategory:
        table = fit_data.get(category.value)
        if not isinstance(table, Mapping):
            raise _bad(f"claim_fit.{category.value}", "缺少该类别的请求事项对照")
        rows: dict[str, tuple[bool, str]] = {}
        for kind in ClaimKind:
            row = table.get(kind.value)
            if not isinstance(row, Mapping) or not isinstance(row.get("fits"), bool) or not row.get("reason"):
                raise _bad(f"claim_fit.{category.value}.{kind.value}", "应写明 fits（true/false）和 reason")
            rows[kind.value] = (row["fits"], str(row["reason"]))
        unknown = [k for k in table if not str(k).startswith("_") and k not in rows]
        if unknown:
            raise _bad(f"claim_fit.{category.value}", "未知的请求事项 " + "、".join(map(str, unknown)))
        claim_fit[category.value] = MappingProxyType(rows)
        route = routes_data.get(category.value)
        if not isinstance(route, Mapping) or not route.get("code") or not route.get("text"):
            raise _bad(f"routes.{category.value}", "应写明 code、label、text、basis")
        routes[category.value] = Route(str(route["code"]), str(route.get("label") or route["code"]),
                                       str(route["text"]), str(route.get("basis") or ""))

    sufficiency = data.get("sufficiency") or {}
    if not isinstance(sufficiency, Mapping):
        raise _bad("sufficiency", "格式不正确")
    min_coverage = _dec(sufficiency.get("min_coverage", "0.5"), "sufficiency.min_coverage", high=Decimal(1))

    return RelationshipWeights(
        version=int(data.get("version") or 0), source=str(data.get("_source") or ""),
        note=str(data.get("_note") or ""), factor_weights=MappingProxyType(weights),
        level_values=MappingProxyType(values), factor_basis=MappingProxyType(basis),
        core_levels=MappingProxyType(core), management_indicators=MappingProxyType(indicators),
        labor_min_score=labor_min, labor_min_core=labor_core, incomplete_min_score=incomplete_min,
        incomplete_requires_management=bool(incomplete.get("requires_management", True)),
        confidence=rules, employer_functions=MappingProxyType(functions),
        claim_fit=MappingProxyType(claim_fit), routes=MappingProxyType(routes), sufficient_coverage=min_coverage)


def default_weights() -> RelationshipWeights:
    """The weights of ``resources/jurisdiction/relationship_weights.json``."""
    from mediation_desk import jurisdiction  # lazy: keeps domain import-pure

    data = jurisdiction.relationship_weights()
    try:
        return weights_from_data(data)
    except ValidationError as exc:
        raise jurisdiction.JurisdictionDataError("劳动关系认定权重数据有误：" + exc.zh,
                                                 "Bad relationship weights: " + exc.en) from None


# ---------------------------------------------------------------------------
# the result
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Confidence:
    level: str  # high / medium / low (codes of the weights file)
    label: str  # 较高 / 中等 / 较低
    score: Decimal  # 0.00 … 1.00
    coverage: Decimal  # answered weight ÷ total weight
    stable: bool  # no answer to the open factors could change the category
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactorReading:
    """One factor as read: level (None = unknown), its value and weight, who exercised it."""

    key: str
    label: str
    level: str | None
    level_label: str
    value: Decimal | None
    weight: Decimal
    actor: str
    evidence: tuple[str, ...]
    note: str
    sentence: str  # "" when unknown


@dataclass(frozen=True)
class AssessmentWarning:
    code: str
    label: str
    text: str  # the full sentence: what is wrong, the fact it rests on, the basis
    fact: str
    basis: str


@dataclass(frozen=True)
class EmployerCandidate:
    name: str
    role: str  # EnterpriseRole code
    role_label: str
    functions: tuple[str, ...]  # manages / pays / disciplines
    named_in_contract: bool
    reason: str


@dataclass(frozen=True)
class LiabilityNote:
    name: str
    role: str
    role_label: str
    text: str


@dataclass(frozen=True)
class ClaimFit:
    kind: str  # ClaimKind code
    label: str
    fits: bool
    reason: str


@dataclass(frozen=True)
class Assessment:
    category: str
    category_label: str
    score: Decimal | None  # weighted mean over the answered factors, 3 places; None if none answered
    confidence: Confidence
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]  # sentences: what is wrong, the fact it rests on, the basis
    warning_items: tuple[AssessmentWarning, ...]  # the same warnings with their codes and parts
    employer_candidate: EmployerCandidate | None
    employer_note: str
    joint_liability: tuple[LiabilityNote, ...]
    route: Route
    fitting_claims: tuple[ClaimFit, ...]
    unfitting_claims: tuple[ClaimFit, ...]
    unknown_factors: tuple[str, ...]
    factors: tuple[FactorReading, ...]
    dominant_management: bool
    management_present: bool | None
    registered_individual_business: str | None
    weights_version: int
    weights_source: str
    sufficient: bool = True  # False: too little is known to recommend a category (headline 信息不足)
    unsupported_factors: tuple[str, ...] = ()  # answered factors with no evidence linked

    @property
    def headline(self) -> str:
        """What the recommendation says in one line: the category, or 信息不足."""
        return self.category_label if self.sufficient else INSUFFICIENT

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.warning_items)

    @property
    def answers(self) -> Mapping[str, str]:
        """The answered factor levels by key."""
        return MappingProxyType({r.key: r.level for r in self.factors if r.level is not None})

    def claim_fit(self, kind: str | ClaimKind) -> ClaimFit:
        code = ClaimKind(kind).value
        for row in self.fitting_claims + self.unfitting_claims:
            if row.kind == code:
                return row
        raise KeyError(code)  # pragma: no cover - every ClaimKind is in one of the lists

    def as_dict(self) -> dict[str, Any]:
        """Plain values (strings, numbers as strings, lists) for storage and documents."""

        def dec(d: Decimal | None) -> str | None:
            return None if d is None else str(d)

        return {
            "category": self.category,
            "category_label": self.category_label,
            "score": dec(self.score),
            "confidence": {"level": self.confidence.level, "label": self.confidence.label,
                           "score": dec(self.confidence.score), "coverage": dec(self.confidence.coverage),
                           "stable": self.confidence.stable, "notes": list(self.confidence.notes)},
            "reasons": list(self.reasons),
            "warnings": [{"code": w.code, "label": w.label, "text": w.text, "fact": w.fact, "basis": w.basis}
                         for w in self.warning_items],
            "employer_candidate": None if self.employer_candidate is None else {
                "name": self.employer_candidate.name, "role": self.employer_candidate.role,
                "functions": list(self.employer_candidate.functions),
                "named_in_contract": self.employer_candidate.named_in_contract,
                "reason": self.employer_candidate.reason},
            "employer_note": self.employer_note,
            "joint_liability": [{"name": n.name, "role": n.role, "text": n.text} for n in self.joint_liability],
            "route": {"code": self.route.code, "label": self.route.label, "text": self.route.text,
                      "basis": self.route.basis},
            "fitting_claims": [{"kind": c.kind, "reason": c.reason} for c in self.fitting_claims],
            "unfitting_claims": [{"kind": c.kind, "reason": c.reason} for c in self.unfitting_claims],
            "unknown_factors": list(self.unknown_factors),
            "factors": [{"key": r.key, "level": r.level, "actor": r.actor, "evidence": list(r.evidence),
                         "note": r.note} for r in self.factors],
            "dominant_management": self.dominant_management,
            "management_present": self.management_present,
            "registered_individual_business": self.registered_individual_business,
            "weights_version": self.weights_version,
            "sufficient": self.sufficient,
            "headline": self.headline,
            "unsupported_factors": list(self.unsupported_factors),
        }


# ---------------------------------------------------------------------------
# parsing the inputs
# ---------------------------------------------------------------------------

def _factor_list_text() -> str:
    return "、".join(f"{f.key}（{f.label}）" for f in (*FACTORS.values(), _REGISTERED_FACTOR))


def _parse_answers(answers: Mapping[str, Any] | None) -> tuple[dict[str, FactorAnswer], FactorAnswer | None]:
    if answers is None:
        answers = {}
    if not isinstance(answers, Mapping):
        raise ValidationError({"answers": "工作表的回答应为“因素代码 → 档次代码”的对应表"})
    errors: dict[str, str] = {}
    parsed: dict[str, FactorAnswer] = {}
    registered: FactorAnswer | None = None
    for key, raw in answers.items():
        factor = FACTORS.get(key) if isinstance(key, str) else None
        if factor is None and key == REGISTERED_INDIVIDUAL_BUSINESS:
            factor = _REGISTERED_FACTOR
        if factor is None:
            errors[f"answers.{key}"] = f"未知的因素“{key}”。可以回答的因素有：{_factor_list_text()}"
            continue
        answer = _answer(raw)
        if answer is None:
            continue
        if not isinstance(answer, FactorAnswer) or answer.level not in factor.codes:
            shown = answer.level if isinstance(answer, FactorAnswer) else raw
            errors[f"answers.{key}"] = (f"因素“{factor.label}”（{key}）的回答“{shown}”无效，"
                                         f"应为以下档次之一：{factor.allowed_text()}")
            continue
        if factor is _REGISTERED_FACTOR:
            registered = answer
        else:
            parsed[key] = answer
    if errors:
        raise ValidationError(errors)
    return parsed, registered


def _answer(raw: Any) -> FactorAnswer | str | None:
    """None for an unknown answer, a FactorAnswer, or the raw value when it cannot be read."""
    if isinstance(raw, FactorAnswer):
        level, evidence, note = raw.level, raw.evidence, raw.note
    elif isinstance(raw, Mapping):
        level, evidence, note = raw.get("level"), raw.get("evidence") or (), raw.get("note") or ""
    else:
        level, evidence, note = raw, (), ""
    if isinstance(level, LabelledEnum):
        level = level.value
    if isinstance(level, str):
        level = level.strip()
    if level in _UNKNOWN_ANSWERS:
        return None
    if not isinstance(level, str):
        return str(level)
    if isinstance(evidence, str):
        evidence = (evidence,)
    return FactorAnswer(level, tuple(str(e).strip() for e in evidence if str(e).strip()), str(note).strip())


@dataclass(frozen=True)
class _Context:
    enterprises: tuple[ChainEnterprise, ...]
    exercised_by: Mapping[str, str]
    facts: Mapping[str, str]
    contract_label: str


_EMPTY_CONTEXT = _Context((), MappingProxyType({}), MappingProxyType({}), "")


def _role(value: Any, path: str, errors: dict[str, str]) -> EnterpriseRole:
    if isinstance(value, EnterpriseRole):
        return value
    if value in (None, ""):
        return EnterpriseRole.OTHER
    try:
        return EnterpriseRole(str(value).strip())
    except ValueError:
        allowed = "、".join(f"{code}（{label}）" for code, label in EnterpriseRole.choices())
        errors[path] = f"企业类型“{value}”无效，应为：{allowed}"
        return EnterpriseRole.OTHER


def _parse_context(context: AssessmentContext | Mapping[str, Any] | None) -> _Context:
    if context is None:
        return _EMPTY_CONTEXT
    if isinstance(context, AssessmentContext):
        raw_enterprises, exercised, facts, label = (context.enterprises, context.exercised_by, context.facts,
                                                    context.contract_label)
    elif isinstance(context, Mapping):
        unknown = [k for k in context if k not in ("enterprises", "exercised_by", "facts", "contract_label")]
        if unknown:
            raise ValidationError({f"context.{unknown[0]}": f"未知的背景信息“{unknown[0]}”；可用的有 enterprises（用工链条上的企业）、"
                                                            "exercised_by（各因素由哪家企业实施）、facts（事实标记）、"
                                                            "contract_label（合同名称）"})
        raw_enterprises = context.get("enterprises") or ()
        exercised = context.get("exercised_by") or {}
        facts = context.get("facts") or {}
        label = context.get("contract_label") or ""
    else:
        raise ValidationError({"context": "背景信息格式不正确"})

    errors: dict[str, str] = {}
    enterprises: list[ChainEnterprise] = []
    for i, item in enumerate(raw_enterprises):
        path = f"context.enterprises[{i}]"
        if isinstance(item, ChainEnterprise):
            name, role, named = item.name, item.role, item.named_in_contract
        elif isinstance(item, Mapping):
            name, role, named = item.get("name"), item.get("role"), item.get("named_in_contract", False)
        elif isinstance(item, (tuple, list)) and 1 <= len(item) <= 3:
            name, role, named = (list(item) + [None, False])[:3]
        elif hasattr(item, "name") and hasattr(item, "role"):  # cases.Enterprise
            name, role, named = item.name, item.role, getattr(item, "named_in_contract", False)
        else:
            errors[path] = "企业应写明名称和类型"
            continue
        name = str(name or "").strip()
        if not name:
            errors[path + ".name"] = "请填写企业名称"
            continue
        if any(e.name == name for e in enterprises):
            errors[path + ".name"] = f"企业“{name}”重复列出"
            continue
        enterprises.append(ChainEnterprise(name, _role(role, path + ".role", errors), bool(named)))
    names = {e.name for e in enterprises}

    by: dict[str, str] = {}
    if not isinstance(exercised, Mapping):
        errors["context.exercised_by"] = "应为“因素代码 → 企业名称”的对应表"
        exercised = {}
    for key, name in exercised.items():
        path = f"context.exercised_by.{key}"
        if key not in FACTORS and key not in EMPLOYER_FUNCTIONS:
            allowed = "、".join((*FACTOR_KEYS, *EMPLOYER_FUNCTIONS))
            errors[path] = f"“{key}”既不是因素也不是用工职能，应为：{allowed}"
            continue
        name = str(name or "").strip()
        if not name:
            continue
        if name not in names:
            listed = "、".join(e.name for e in enterprises) or "（尚未列出企业）"
            errors[path] = f"实施“{key}”的企业“{name}”不在用工链条中；已列出的企业：{listed}"
            continue
        by[key] = name

    fact_map: dict[str, str] = {}
    if not isinstance(facts, Mapping):
        if isinstance(facts, Iterable) and not isinstance(facts, str):
            facts = {f: True for f in facts}
        else:
            errors["context.facts"] = "事实标记应为“标记代码 → 事实说明”的对应表"
            facts = {}
    for key, value in facts.items():
        code = key.value if isinstance(key, WarningFlag) else key
        if code not in _FACT_KEYS:
            allowed = "、".join(_FACT_KEYS)
            errors[f"context.facts.{code}"] = f"未知的事实标记“{code}”，应为：{allowed}"
            continue
        if value is None or value is False or (isinstance(value, str) and not value.strip()):
            continue
        fact_map[code] = value.strip() if isinstance(value, str) else ""
    if errors:
        raise ValidationError(errors)
    return _Context(tuple(enterprises), MappingProxyType(by), MappingProxyType(fact_map), str(label).strip())


# ---------------------------------------------------------------------------
# the decision
# ---------------------------------------------------------------------------

_NEUTRAL = Decimal("0.5")
_THOUSANDTH = Decimal("0.001")
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class _Decision:
    category: RelationshipCategory
    via: str  # dominant / score / management / no_management / low_score / nothing_known
    score: Decimal | None
    core_top: int
    dominant: bool
    management: bool | None


def _decide(levels: Mapping[str, str], w: RelationshipWeights) -> _Decision:
    known = [k for k in FACTOR_KEYS if k in levels]
    score: Decimal | None = None
    if known:
        total = sum((w.factor_weights[k] for k in known), Decimal(0))
        score = sum((w.factor_weights[k] * w.level_values[k][levels[k]] for k in known), Decimal(0)) / total
    core_top = sum(1 for k, top in w.core_levels.items() if levels.get(k) == top)
    dominant = core_top == len(w.core_levels)
    if any(levels.get(k) in lv for k, lv in w.management_indicators.items()):
        management: bool | None = True
    elif all(k in levels for k in w.management_indicators):
        management = False
    else:
        management = None
    if dominant:
        return _Decision(RelationshipCategory.LABOR, "dominant", score, core_top, True, management)
    if score is not None and score >= w.labor_min_score and core_top >= w.labor_min_core:
        return _Decision(RelationshipCategory.LABOR, "score", score, core_top, False, management)
    effective = score if score is not None else _NEUTRAL
    blocked = w.incomplete_requires_management and management is False
    if not blocked and effective >= w.incomplete_min_score:
        via = "nothing_known" if score is None else "management"
        return _Decision(RelationshipCategory.INCOMPLETE, via, score, core_top, False, management)
    return _Decision(RelationshipCategory.CIVIL, "no_management" if blocked else "low_score", score, core_top,
                     False, management)


def _confidence(levels: Mapping[str, str], decision: _Decision, w: RelationshipWeights) -> Confidence:
    rules = w.confidence
    total = sum(w.factor_weights.values(), Decimal(0))
    unknown = [k for k in FACTOR_KEYS if k not in levels]
    known_weight = total - sum((w.factor_weights[k] for k in unknown), Decimal(0))
    coverage = known_weight / total
    low = dict(levels, **{k: FACTORS[k].codes[0] for k in unknown})
    high = dict(levels, **{k: FACTORS[k].codes[-1] for k in unknown})
    stable = _decide(low, w).category is decision.category and _decide(high, w).category is decision.category
    notes: list[str] = []
    if stable:
        value = rules.stable_base + rules.stable_coverage_weight * coverage
        if unknown:
            notes.append("尚未回答的因素无论如何回答，都不会改变这一结论。")
    else:
        value = min(coverage, rules.unstable_cap)
        notes.append("尚未回答的因素可能改变结论，请先查明："
                     + "、".join(FACTORS[k].short for k in unknown) + "。")
    if decision.score is not None and decision.via != "dominant":
        relevant = []
        if decision.core_top >= w.labor_min_core:
            relevant.append(w.labor_min_score)
        if decision.management is not False or not w.incomplete_requires_management:
            relevant.append(w.incomplete_min_score)
        near = [t for t in relevant if abs(decision.score - t) < rules.near_threshold_margin]
        if near:
            value -= rules.near_threshold_penalty
            notes.append(f"得分{_fmt(decision.score)}接近分界线{_fmt(near[0])}，个别因素的回答不同就可能改变结论。")
    value = max(Decimal(0), min(Decimal(1), value))
    cap_codes = [c for c, _, _ in rules.levels]
    if any(k in unknown for k in w.core_levels):
        cap_min = next(m for c, _, m in rules.levels if c == rules.core_unknown_max_level)
        higher = [m for c, _, m in rules.levels if cap_codes.index(c) < cap_codes.index(rules.core_unknown_max_level)]
        if higher and value >= min(higher):
            value = min(higher) - _HUNDREDTH
            if value < cap_min:  # pragma: no cover - only with odd level minimums
                value = cap_min
            label = next(lb for c, lb, _ in rules.levels if c == rules.core_unknown_max_level)
            core = "、".join(FACTORS[k].short for k in w.core_levels)
            notes.append(f"核心因素（{core}）尚未全部回答，可信度最高为“{label}”。")
    value = value.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)
    code, label = next((c, lb) for c, lb, m in rules.levels if value >= m)
    return Confidence(code, label, value, coverage.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP), stable,
                      tuple(notes))


def _sufficient(levels: Mapping[str, str], decision: _Decision, confidence: Confidence,
                w: RelationshipWeights) -> bool:
    """Whether enough is known to recommend a category: nothing that is still open could change
    it, or every core factor is answered and the answered factors carry at least
    ``sufficiency.min_coverage`` of the total weight."""
    if decision.score is None:
        return False
    if confidence.stable:
        return True
    return all(k in levels for k in w.core_levels) and confidence.coverage >= w.sufficient_coverage


def _count_text(n: int) -> str:
    return "一两三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


def _fmt(d: Decimal) -> str:
    return f"{d.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP):.2f}"


# ---------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------

def _reading_sentence(factor: Factor, level: Level, answer: FactorAnswer, actor: str) -> str:
    """What was answered and what it rests on: the level chosen, the facts recorded and the
    evidence linked. Nothing is added that was not entered; a missing fact or missing evidence is
    said so."""
    head = f"{factor.short}：回答为“{level.label}”" + (f"（实施企业：{actor}）" if actor else "")
    note = answer.note.strip().rstrip("。；;")
    evidence = "、".join(answer.evidence)
    if note and evidence:
        return f"{head}。记录的事实：{note}；证据：{evidence}。"
    if note:
        return f"{head}。记录的事实：{note}；{NO_EVIDENCE}，须补充证据核实。"
    if evidence:
        return f"{head}，未记录具体事实；证据：{evidence}。"
    return f"{head}，但未记录具体事实，也未关联证据，须补充事实和证据核实。"


def _readings(answers: Mapping[str, FactorAnswer], ctx: _Context, w: RelationshipWeights) -> tuple[FactorReading, ...]:
    out = []
    for key, factor in FACTORS.items():
        actor = ctx.exercised_by.get(key, "")
        answer = answers.get(key)
        if answer is None:
            out.append(FactorReading(key, factor.label, None, "未回答", None, w.factor_weights[key], actor, (), "", ""))
            continue
        level = factor.level(answer.level)
        out.append(FactorReading(key, factor.label, level.code, level.label, w.level_values[key][level.code],
                                 w.factor_weights[key], actor, answer.evidence, answer.note,
                                 _reading_sentence(factor, level, answer, actor)))
    return tuple(out)


def _by_weight(readings: Iterable[FactorReading]) -> list[FactorReading]:
    order = {k: i for i, k in enumerate(FACTOR_KEYS)}
    return sorted(readings, key=lambda r: (-r.weight, order[r.key]))


def _answered_as(readings: Iterable[FactorReading], keys: Iterable[str]) -> str:
    wanted = set(keys)
    return "、".join(f"{FACTORS[r.key].short}为“{r.level_label}”" for r in readings
                    if r.key in wanted and r.level is not None)


def _reasons(decision: _Decision, readings: tuple[FactorReading, ...], w: RelationshipWeights,
             manager: str, registered: FactorAnswer | None, ctx: _Context, sufficient: bool) -> list[str]:
    known = [r for r in readings if r.value is not None]
    score = decision.score
    out: list[str] = []
    core_labels = "、".join(FACTORS[k].short for k in w.core_levels)
    unknown = [FACTORS[r.key].short for r in readings if r.value is None]
    if not sufficient and decision.via != "nothing_known":
        out.append(f"{INSUFFICIENT}：{len(FACTOR_KEYS)}项因素中只回答了{len(known)}项，尚未查明" + "、".join(unknown)
                   + f"。按已回答的因素暂时倾向于“{decision.category.label}”，但尚未查明的因素可能改变结论，"
                   "暂不能提出建议结论；请依据证据查明后再作判断。")
    elif decision.via == "dominant":
        by = f"（实施管理的企业：{manager}）" if manager != "企业" else ""
        out.append(f"按工作表的回答，{core_labels}{_count_text(len(w.core_levels))}个方面都处于企业支配的程度"
                   f"{by}，构成支配性劳动管理。"
                   "依据最高人民法院指导性案例237号，构成支配性劳动管理的，应当认定存在劳动关系。")
    elif decision.via == "score":
        out.append(f"按已回答的因素，从属性得分{_fmt(score)}（0表示完全自主，1表示完全从属），不低于劳动关系的分界线"
                   f"{_fmt(w.labor_min_score)}，且有{decision.core_top}项核心因素处于支配程度，"
                   "符合确立劳动关系的情形（劳社部发〔2005〕12号第一条）。")
    elif decision.via == "nothing_known":
        out.append(f"{INSUFFICIENT}：尚未回答任何因素，没有可以作出判断的事实；请依据证据逐项回答后再看结论。")
    elif decision.category is RelationshipCategory.INCOMPLETE:
        indicated = [f"{FACTORS[r.key].short}：{r.level_label}" for r in known
                     if r.key in w.management_indicators and r.level in w.management_indicators[r.key]]
        if indicated:
            head = f"按工作表的回答，企业对劳动者进行了劳动管理（{'；'.join(indicated)}），"
        else:
            head = "是否存在劳动管理尚未查明，按已回答的因素，"
        out.append(head + f"但{core_labels}未同时达到支配程度，从属性得分{_fmt(score)}，属于不完全符合确立劳动关系情形"
                   "（南昌方案第1项）：应订立书面协议，保障劳动报酬、休息、劳动安全和职业伤害保障。")
    elif decision.via == "no_management":
        out.append(f"按工作表的回答（{_answered_as(readings, w.management_indicators)}），没有企业对劳动者进行劳动管理的表现；"
                   "属于个人依托平台自主开展经营活动、从事自由职业的情形，按民事法律调整双方的权利义务（南昌方案第3项）。")
    else:
        out.append(f"按已回答的因素，从属性得分{_fmt(score)}，低于不完全符合确立劳动关系情形的分界线"
                   f"{_fmt(w.incomplete_min_score)}，属于个人依托平台自主开展经营活动、从事自由职业的情形，"
                   "按民事法律调整（南昌方案第3项）。")

    half = Decimal("0.5")
    if decision.category is RelationshipCategory.LABOR:
        support = [r for r in known if r.value >= half]
        against = [r for r in known if r.value < half]
    elif decision.category is RelationshipCategory.CIVIL:
        support = [r for r in known if r.value < half]
        against = [r for r in known if r.value >= half]
    else:
        support, against = list(known), []
    core_first = sorted(_by_weight(support), key=lambda r: r.key not in w.core_levels)
    out.extend(r.sentence for r in core_first)
    if against:
        out.append("另一方面：" + "".join(r.sentence for r in _by_weight(against)))

    forms = []
    if ctx.contract_label:
        forms.append(f"书面合同名为“{ctx.contract_label}”")
    if registered is not None and registered.level == "yes":
        forms.append("劳动者登记为个体工商户")
    if forms:
        out.append("、".join(forms) + "，但合同名称和登记形式不决定双方的关系，应根据用工事实、以实际履行情况认定"
                   "（南昌方案第3项；指导性案例237号）。")
    bare = [FACTORS[r.key].short for r in known if not r.evidence]
    if bare:
        out.append("以下因素的回答未关联证据，相应结论须待证据核实：" + "、".join(bare) + "。")
    if unknown and decision.via != "nothing_known" and sufficient:
        out.append("尚未查明的因素：" + "、".join(unknown) + "。")
    return out


# ---------------------------------------------------------------------------
# enterprises
# ---------------------------------------------------------------------------

def _functions(ctx: _Context, answers: Mapping[str, FactorAnswer], w: RelationshipWeights) -> dict[str, set[str]]:
    done: dict[str, set[str]] = {e.name: set() for e in ctx.enterprises}
    for function, keys in w.employer_functions.items():
        for key in keys:
            name = ctx.exercised_by.get(key)
            answer = answers.get(key)
            if name and (answer is None or w.level_values[key][answer.level] > 0):
                done[name].add(function)
        if ctx.exercised_by.get(function):
            done[ctx.exercised_by[function]].add(function)
    return done


def _function_text(functions: Iterable[str]) -> str:
    return "、".join(EMPLOYER_FUNCTIONS[f] for f in EMPLOYER_FUNCTIONS if f in set(functions))


def _employer(category: RelationshipCategory, ctx: _Context, answers: Mapping[str, FactorAnswer],
              w: RelationshipWeights) -> tuple[EmployerCandidate | None, str]:
    if not ctx.enterprises:
        return None, "未列明用工链条上的企业，无法提出用人单位候选。"
    done = _functions(ctx, answers, w)
    order = list(EMPLOYER_FUNCTIONS)
    ranked = sorted(ctx.enterprises, key=lambda e: (
        -len(done[e.name]), *(f not in done[e.name] for f in order), ctx.enterprises.index(e)))
    best = ranked[0]
    if not done[best.name]:
        if len(ctx.enterprises) > 1:
            return None, ("用工链条上有多家企业，但尚未记录由哪家企业实际安排工作、支付报酬和实施奖惩，"
                          "无法提出用人单位候选；请在各因素下注明实施管理的企业。")
        reason = (f"用工链条上只列明了{best.name}（{best.role.label}）；尚未记录由谁实际安排工作、支付报酬和实施奖惩，"
                  "暂列为候选，请核实。")
    else:
        reason = f"{best.name}（{best.role.label}）实际{_function_text(done[best.name])}，是实际的用工管理者"
        missing = [f for f in order if f not in done[best.name]]
        others = [(f, n) for f in missing for n, fs in done.items() if f in fs and n != best.name]
        if others:
            reason += "；" + "，".join(f"{EMPLOYER_FUNCTIONS[f]}的是{n}" for f, n in others)
        reason += "。"
        named = [e for e in ctx.enterprises if e.named_in_contract and e.name != best.name]
        dispatch = [e.name for e in named if e.role is EnterpriseRole.DISPATCH]
        term = "用人单位" if category is RelationshipCategory.LABOR else "用工企业"
        if dispatch and best.role is not EnterpriseRole.DISPATCH:
            reason += (f"书面合同上署名的是劳务派遣单位{'、'.join(dispatch)}：派遣真实合法的，由其承担用人单位责任，"
                       f"{best.name}作为用工单位履行用工单位责任（南昌方案第2项）；派遣不真实或派遣单位不具备资质的，"
                       "以实际管理者认定。")
        elif named and not best.named_in_contract:
            reason += (f"书面合同上署名的是{'、'.join(e.name for e in named)}，但{term}以实际管理为准，不以合同署名为准"
                       "（南昌方案第3项：实际履行与约定不一致的，以实际履行情况认定）。")
    if category is RelationshipCategory.CIVIL:
        return None, (f"按民事关系处理时没有用人单位；如改定为劳动关系或不完全符合确立劳动关系情形，"
                      f"实际管理者为{best.name}。" if done[best.name] else "按民事关系处理时没有用人单位。")
    if category is RelationshipCategory.LABOR:
        reason += "列为用人单位候选。"
    else:
        reason += "列为订立书面协议、保障劳动报酬、休息、劳动安全和职业伤害保障的用工企业候选（南昌方案第1项）。"
    if best.role is EnterpriseRole.DISPATCH:
        reason += "平台企业采用劳务派遣方式用工的，劳务派遣单位承担用人单位责任（南昌方案第2项）。"
    functions = tuple(f for f in order if f in done[best.name])
    return EmployerCandidate(best.name, best.role.value, best.role.label, functions, best.named_in_contract,
                             reason), reason


_ITEM2 = ("劳动者权益受到损害时，平台企业和劳务派遣单位、外包、加盟、代理企业按照劳动合同法有关规定分别承担相应责任"
          "（南昌方案第2项）")


def _liability(category: RelationshipCategory, ctx: _Context, candidate: EmployerCandidate | None
               ) -> tuple[LiabilityNote, ...]:
    if category is RelationshipCategory.CIVIL or len(ctx.enterprises) < 2:
        return ()
    notes = []
    cand_role = EnterpriseRole(candidate.role) if candidate else None
    for e in ctx.enterprises:
        if candidate is not None and e.name == candidate.name:
            continue
        head = f"{e.name}（{e.role.label}）"
        if e.named_in_contract:
            head += "是书面合同上署名的企业，"
        else:
            head += "："
        if e.role is EnterpriseRole.DISPATCH:
            text = (head + "平台企业采用劳务派遣方式用工的，劳务派遣单位承担用人单位责任，平台依法履行用工单位责任"
                    "（南昌方案第2项）；劳务派遣单位和用工单位为共同当事人（劳动争议调解仲裁法第二十二条第二款），"
                    "用工单位给被派遣劳动者造成损害的，二者承担连带赔偿责任（劳动合同法第九十二条第二款）。"
                    "请核实其是否具备劳务派遣经营资质、派遣是否真实。")
        elif cand_role is EnterpriseRole.DISPATCH:
            text = (head + "作为用工单位依法履行用工单位责任（南昌方案第2项），与劳务派遣单位为共同当事人"
                    "（劳动争议调解仲裁法第二十二条第二款）；给被派遣劳动者造成损害的，承担连带赔偿责任"
                    "（劳动合同法第九十二条第二款）。")
        elif e.role is EnterpriseRole.PLATFORM:
            text = (head + "平台企业应合理制定平台算法和劳动规则，并对合作的外包、加盟、代理企业进行监督；"
                    + _ITEM2 + "。可考虑将其列为当事人，以查明各自的责任。")
        else:
            text = head + "未记录其实际管理劳动者；" + _ITEM2 + "。"
        notes.append(LiabilityNote(e.name, e.role.value, e.role.label, text))
    return tuple(notes)


# ---------------------------------------------------------------------------
# warnings
# ---------------------------------------------------------------------------

def _warning(flag: WarningFlag, fact: str) -> AssessmentWarning:
    text, basis = _WARNING_TEXT[flag]
    fact = fact.strip().rstrip("。；;") or "已记录这一事实，但未写明具体情况，请补充"
    return AssessmentWarning(flag.value, flag.label, f"{text}。依据的事实：{fact}。（{basis}）", fact, basis)


def _answer_fact(key: str, answer: FactorAnswer) -> str:
    factor = FACTORS.get(key) or _REGISTERED_FACTOR
    fact = f"工作表中“{factor.label}”回答为“{factor.level(answer.level).label}”"
    if answer.note:
        fact += f"（{answer.note.rstrip('。；;')}）"
    if answer.evidence:
        fact += "，证据：" + "、".join(answer.evidence)
    return fact


def _warnings(answers: Mapping[str, FactorAnswer], registered: FactorAnswer | None,
              ctx: _Context) -> tuple[AssessmentWarning, ...]:
    facts = ctx.facts
    out = []
    for flag in WarningFlag:
        if flag is WarningFlag.REGISTERED_INDIVIDUAL_BUSINESS:
            continue
        parts = []
        if flag.value in facts:
            parts.append(facts[flag.value])
        if flag is WarningFlag.MULTI_PLATFORM_BAN:
            exclusivity = answers.get("exclusivity")
            if exclusivity is not None and exclusivity.level == "prohibited":
                parts.append(_answer_fact("exclusivity", exclusivity))
        if flag is WarningFlag.INDUCED_REGISTRATION and REGISTRATION_REQUESTED in facts:
            if registered is not None and registered.level == "yes":
                parts.append(_answer_fact(REGISTERED_INDIVIDUAL_BUSINESS, registered))
                if facts[REGISTRATION_REQUESTED]:
                    parts.append(facts[REGISTRATION_REQUESTED])
                else:
                    parts.append("登记是企业要求的")
        if parts:
            fact = "；".join(p.rstrip("。；;") for p in parts if p) or ""
            out.append(_warning(flag, fact))
    induced = any(w.code == WarningFlag.INDUCED_REGISTRATION.value for w in out)
    if registered is not None and registered.level == "yes" and not induced:
        out.append(_warning(WarningFlag.REGISTERED_INDIVIDUAL_BUSINESS,
                            _answer_fact(REGISTERED_INDIVIDUAL_BUSINESS, registered)))
    return tuple(out)


# ---------------------------------------------------------------------------
# the entry point
# ---------------------------------------------------------------------------

def assess(answers: Mapping[str, Any] | None, *, context: AssessmentContext | Mapping[str, Any] | None = None,
           weights: RelationshipWeights | Mapping[str, Any] | None = None) -> Assessment:
    """Recommend the relationship category from the worksheet's answers.

    ``answers`` maps factor keys (:data:`FACTOR_KEYS`) and ``registered_individual_business`` to
    level codes, or to :class:`FactorAnswer` values (or mappings with ``level``, ``evidence``,
    ``note``). A missing key, ``None``, ``""`` or ``"unknown"`` is an unknown answer: it lowers the
    confidence and never raises. An unknown key or level raises :class:`ValidationError` naming it
    and the allowed values. ``context`` is an :class:`AssessmentContext` or a mapping with the
    same fields. ``weights`` defaults to ``relationship_weights.json``.
    """
    w = weights if isinstance(weights, RelationshipWeights) else (
        weights_from_data(weights) if weights is not None else default_weights())
    parsed, registered = _parse_answers(answers)
    ctx = _parse_context(context)
    levels = {k: a.level for k, a in parsed.items()}
    decision = _decide(levels, w)
    confidence = _confidence(levels, decision, w)
    candidate, employer_note = _employer(decision.category, ctx, parsed, w)
    manager = candidate.name if candidate is not None and candidate.functions else "企业"
    readings = _readings(parsed, ctx, w)
    sufficient = _sufficient(levels, decision, confidence, w)
    reasons = _reasons(decision, readings, w, manager, registered, ctx, sufficient)
    if ctx.enterprises:
        reasons.append(employer_note)
    warning_items = _warnings(parsed, registered, ctx)
    fits = w.claim_fit[decision.category.value]
    fitting = tuple(ClaimFit(k.value, k.label, True, fits[k.value][1]) for k in ClaimKind if fits[k.value][0])
    unfitting = tuple(ClaimFit(k.value, k.label, False, fits[k.value][1]) for k in ClaimKind if not fits[k.value][0])
    return Assessment(
        category=decision.category.value,
        category_label=_CATEGORY_LONG[decision.category],
        score=None if decision.score is None else decision.score.quantize(_THOUSANDTH, rounding=ROUND_HALF_UP),
        confidence=confidence,
        reasons=tuple(reasons),
        warnings=tuple(w.text for w in warning_items),
        warning_items=warning_items,
        employer_candidate=candidate,
        employer_note=employer_note,
        joint_liability=_liability(decision.category, ctx, candidate),
        route=w.routes[decision.category.value],
        fitting_claims=fitting,
        unfitting_claims=unfitting,
        unknown_factors=tuple(k for k in FACTOR_KEYS if k not in levels),
        factors=readings,
        dominant_management=decision.dominant,
        management_present=decision.management,
        registered_individual_business=None if registered is None else registered.level,
        weights_version=w.version,
        weights_source=w.source,
        sufficient=sufficient,
        unsupported_factors=tuple(r.key for r in readings if r.level is not None and not r.evidence),
    )
