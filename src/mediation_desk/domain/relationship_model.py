"""The relationship worksheet's vocabulary and data: the factors and their levels (public API of
``relationship-worksheet.md``), the categories and warnings, the weights file checked and
converted, and the values an assessment is made of. :mod:`mediation_desk.domain.relationship`
computes the assessment from these and re-exports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import ClaimKind, LabelledEnum
from mediation_desk.domain.errors import ValidationError

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
