"""``relationship_weights.json`` checked and converted: the factor weights and level values, the
thresholds, the confidence rules, the employer functions, the claims that fit each category and
the routes. The data is read by :mod:`mediation_desk.jurisdiction` and passed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.relationship.factors import EMPLOYER_FUNCTIONS, FACTORS, RelationshipCategory


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
