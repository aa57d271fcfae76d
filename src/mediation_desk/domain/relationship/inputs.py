"""The assessment's inputs: the answers to the factors and the context (the enterprises of the
chain, the facts, the contract's name), checked and parsed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from mediation_desk.domain.cases import EnterpriseRole, LabelledEnum
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.relationship.factors import (
    EMPLOYER_FUNCTIONS,
    FACTORS,
    FACTOR_KEYS,
    REGISTERED_INDIVIDUAL_BUSINESS,
    WarningFlag,
    _FACT_KEYS,
    _REGISTERED_FACTOR,
    _UNKNOWN_ANSWERS,
)


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
    level: object
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
