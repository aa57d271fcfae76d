"""The assessment: the decision, its confidence, the sentences, the employer candidate, the
warnings, and :func:`assess`, the entry point."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mediation_desk.domain.cases import ClaimKind, EnterpriseRole
from mediation_desk.domain.relationship.factors import (
    EMPLOYER_FUNCTIONS,
    FACTORS,
    FACTOR_KEYS,
    Factor,
    INSUFFICIENT,
    Level,
    NO_EVIDENCE,
    REGISTERED_INDIVIDUAL_BUSINESS,
    REGISTRATION_REQUESTED,
    RelationshipCategory,
    WarningFlag,
    _CATEGORY_LONG,
    _REGISTERED_FACTOR,
    _WARNING_TEXT,
)
from mediation_desk.domain.relationship.inputs import (
    AssessmentContext,
    FactorAnswer,
    _Context,
    _parse_answers,
    _parse_context,
)
from mediation_desk.domain.relationship.results import (
    Assessment,
    AssessmentWarning,
    ClaimFit,
    Confidence,
    EmployerCandidate,
    FactorReading,
    LiabilityNote,
)
from mediation_desk.domain.relationship.weights import RelationshipWeights, weights_from_data


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
    score = _fmt(decision.score) if decision.score is not None else ""  # None only when nothing is answered
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
        out.append(f"按已回答的因素，从属性得分{score}（0表示完全自主，1表示完全从属），不低于劳动关系的分界线"
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
        out.append(head + f"但{core_labels}未同时达到支配程度，从属性得分{score}，属于不完全符合确立劳动关系情形"
                   "（南昌方案第1项）：应订立书面协议，保障劳动报酬、休息、劳动安全和职业伤害保障。")
    elif decision.via == "no_management":
        out.append(f"按工作表的回答（{_answered_as(readings, w.management_indicators)}），没有企业对劳动者进行劳动管理的表现；"
                   "属于个人依托平台自主开展经营活动、从事自由职业的情形，按民事法律调整双方的权利义务（南昌方案第3项）。")
    else:
        out.append(f"按已回答的因素，从属性得分{score}，低于不完全符合确立劳动关系情形的分界线"
                   f"{_fmt(w.incomplete_min_score)}，属于个人依托平台自主开展经营活动、从事自由职业的情形，"
                   "按民事法律调整（南昌方案第3项）。")

    half = Decimal("0.5")
    if decision.category is RelationshipCategory.LABOR:
        support = [r for r in known if r.value is not None and r.value >= half]
        against = [r for r in known if r.value is not None and r.value < half]
    elif decision.category is RelationshipCategory.CIVIL:
        support = [r for r in known if r.value is not None and r.value < half]
        against = [r for r in known if r.value is not None and r.value >= half]
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
           weights: RelationshipWeights | Mapping[str, Any]) -> Assessment:
    """Recommend the relationship category from the worksheet's answers.

    ``answers`` maps factor keys (:data:`FACTOR_KEYS`) and ``registered_individual_business`` to
    level codes, or to :class:`FactorAnswer` values (or mappings with ``level``, ``evidence``,
    ``note``). A missing key, ``None``, ``""`` or ``"unknown"`` is an unknown answer: it lowers the
    confidence and never raises. An unknown key or level raises :class:`ValidationError` naming it
    and the allowed values. ``context`` is an :class:`AssessmentContext` or a mapping with the
    same fields. ``weights`` are those of ``relationship_weights.json`` (a :class:`RelationshipWeights`
    or the file's raw mapping; :func:`mediation_desk.jurisdiction.assessment_weights` reads them).
    """
    w = weights if isinstance(weights, RelationshipWeights) else weights_from_data(weights)
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
