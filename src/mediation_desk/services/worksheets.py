"""The relationship-determination worksheet (劳动关系认定工作表) of a case, per respondent chain.

The mediator or arbitrator answers the factors (keys and levels of ``relationship-worksheet.md``),
links the evidence behind each answer, notes which enterprise of the chain actually managed, paid
and disciplined, and reads the recommendation of the pure domain function
:func:`mediation_desk.domain.relationship.assess` (:func:`draft_assessment`). The decision is a
person's: :func:`save_worksheet` records it as a new version — confirmed, or overridden with a
written reason — together with the answers and the recommendation at that moment. Versions are
append-only and every save is audited.

A *chain* is the set of enterprises (respondents, or third parties) that organise the worker's
work: a platform with its outsourcing, dispatch, franchise or agency companies. A case may have
several; each has its own versions, keyed by the sorted party ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any

from mediation_desk import jurisdiction
from mediation_desk.domain import relationship
from mediation_desk.domain.cases import CaseDetail, EnterpriseRole, PartySide
from mediation_desk.domain.errors import NotFound, ValidationError
from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.relationship import (EMPLOYER_FUNCTIONS, FACTOR_KEYS, FACTORS,
                                                REGISTERED_INDIVIDUAL_BUSINESS, Assessment, RelationshipCategory,
                                                RelationshipWeights)
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.domain.work_records import prefill_factors, warning_facts
from mediation_desk.services.access import require_case
from mediation_desk.services.clock import now
from mediation_desk.services.ports import StoredWorksheet, UnitOfWork
from mediation_desk.services.work_records import latest_work_record_import

CONFIRMED = "confirmed"
OVERRIDDEN = "overridden"
DECISIONS = (CONFIRMED, OVERRIDDEN)
ANSWER_KEYS = (*FACTOR_KEYS, REGISTERED_INDIVIDUAL_BUSINESS)
FACT_KEYS = ("deposit_or_fees_taken", "id_documents_withheld", "multi_platform_ban", "pay_below_minimum_wage",
             "no_break_after_four_hours", "induced_individual_business_registration",
             "registration_requested_by_enterprise")
MAX_NOTE = 2000
MAX_REASON = 4000
MAX_FACT = 1000
MAX_CONTRACT_LABEL = 100

__all__ = [
    "ANSWER_KEYS",
    "CONFIRMED",
    "DECISIONS",
    "FACT_KEYS",
    "OVERRIDDEN",
    "ChainMember",
    "assess",
    "WorkRecordPrefill",
    "WorksheetAnswer",
    "WorksheetContext",
    "WorksheetVersion",
    "chain_key",
    "default_weights",
    "draft_assessment",
    "evidence_labels",
    "latest_worksheet",
    "list_worksheets",
    "load_weights",
    "prefill_from_work_records",
    "respondent_chain",
    "save_worksheet",
]


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class ChainMember:
    """An enterprise of the chain: the case party it is, its role and whether the written
    contract names it."""

    party_id: int
    name: str
    role: str = EnterpriseRole.OTHER.value  # EnterpriseRole code
    named_in_contract: bool = False


@dataclass(frozen=True)
class WorksheetAnswer:
    """One factor's answer. ``level`` "" is unknown. ``exercised_by`` names the enterprise of the
    chain that exercised it; ``source`` says where a pre-filled answer came from."""

    level: str = ""
    evidence_ids: tuple[int, ...] = ()
    note: str = ""
    exercised_by: str = ""
    source: str = ""


@dataclass(frozen=True)
class WorksheetContext:
    """Who actually managed, paid and disciplined (enterprise names of the chain), the fact flags
    (:data:`FACT_KEYS` -> the fact in words, or True) and the name the contract gives itself."""

    manages: str = ""
    pays: str = ""
    disciplines: str = ""
    facts: Mapping[str, str | bool] = field(default_factory=dict)
    contract_label: str = ""


@dataclass(frozen=True)
class WorksheetVersion:
    """One saved version (read model). ``assessment`` is the recommendation's plain values
    (``Assessment.as_dict()``) as it stood when the version was saved."""

    id: int
    case_id: int
    chain_key: str
    version: int
    chain: tuple[ChainMember, ...]
    answers: Mapping[str, WorksheetAnswer]
    context: WorksheetContext
    assessment: Mapping[str, Any]
    recommended_category: str
    decision: str
    final_category: str
    reason: str
    decided_by: str
    decided_by_name: str
    decided_by_role: str
    decided_at: datetime

    @property
    def overridden(self) -> bool:
        return self.decision == OVERRIDDEN

    @property
    def chain_names(self) -> str:
        return "、".join(m.name for m in self.chain)


@dataclass(frozen=True)
class WorkRecordPrefill:
    """Suggested answers from the case's newest work-record import, each reason citing its source."""

    import_id: int
    source_name: str
    source_sha256: str
    source: str  # one line naming the import, the file and its full SHA-256
    factors: Mapping[str, tuple[str, str]]  # factor key -> (level, reason with the figures and the source)
    facts: Mapping[str, str]  # warning fact code -> the fact with the figures and the source


# --------------------------------------------------------------------------- helpers


def chain_key(chain: Iterable[ChainMember | int]) -> str:
    ids = sorted({m.party_id if isinstance(m, ChainMember) else int(m) for m in chain})
    return ",".join(str(i) for i in ids)


def respondent_chain(detail: CaseDetail) -> tuple[ChainMember, ...]:
    """The case's enterprises that can be in a chain: respondents and third parties that are not
    natural persons, in the case's order."""
    out = []
    for p in detail.parties:
        if p.is_person or p.side not in (PartySide.RESPONDENT, PartySide.THIRD_PARTY):
            continue
        role = p.enterprise_role if p.enterprise_role in EnterpriseRole._value2member_map_ else EnterpriseRole.OTHER.value
        out.append(ChainMember(party_id=p.id, name=p.name, role=role))
    return tuple(out)


def evidence_labels(items: Iterable[EvidenceItem]) -> dict[int, str]:
    """``证据3 排班表截图`` for each item, by id (how the assessment's sentences cite evidence)."""
    return {item.id: f"证据{item.number} {item.title}" for item in items}


def load_weights() -> RelationshipWeights:
    """The weights and thresholds of ``relationship_weights.json`` (read once, then pass them to
    :func:`draft_assessment`)."""
    return jurisdiction.assessment_weights()


def default_weights() -> RelationshipWeights:
    """The weights of ``relationship_weights.json`` (same as :func:`load_weights`)."""
    return jurisdiction.assessment_weights()


def assess(answers: Mapping[str, Any] | None, *,
           context: relationship.AssessmentContext | Mapping[str, Any] | None = None,
           weights: RelationshipWeights | Mapping[str, Any] | None = None) -> Assessment:
    """:func:`mediation_desk.domain.relationship.assess` with the weights of
    ``relationship_weights.json`` where none are given."""
    return relationship.assess(answers, context=context,
                               weights=weights if weights is not None else jurisdiction.assessment_weights())


def _answer(raw: WorksheetAnswer | Mapping[str, Any] | str | None) -> WorksheetAnswer:
    if isinstance(raw, WorksheetAnswer):
        return raw
    if raw is None:
        return WorksheetAnswer()
    if isinstance(raw, str):
        return WorksheetAnswer(level=raw)
    if isinstance(raw, Mapping):
        ids = raw.get("evidence_ids") or ()
        return WorksheetAnswer(level=str(raw.get("level") or ""), evidence_ids=tuple(int(i) for i in ids),
                               note=str(raw.get("note") or ""), exercised_by=str(raw.get("exercised_by") or ""),
                               source=str(raw.get("source") or ""))
    raise ValidationError({"answers": "工作表的回答格式不正确"})


def _answers(answers: Mapping[str, Any] | None) -> dict[str, WorksheetAnswer]:
    out: dict[str, WorksheetAnswer] = {}
    for key, raw in (answers or {}).items():
        a = _answer(raw)
        out[key] = WorksheetAnswer(level=a.level.strip(), evidence_ids=tuple(dict.fromkeys(a.evidence_ids)),
                                   note=a.note.strip(), exercised_by=a.exercised_by.strip(), source=a.source.strip())
    return out


def _context(context: WorksheetContext | Mapping[str, Any] | None) -> WorksheetContext:
    if context is None:
        return WorksheetContext()
    if isinstance(context, Mapping):
        context = WorksheetContext(manages=str(context.get("manages") or ""), pays=str(context.get("pays") or ""),
                                   disciplines=str(context.get("disciplines") or ""),
                                   facts=dict(context.get("facts") or {}),
                                   contract_label=str(context.get("contract_label") or ""))
    facts: dict[str, str | bool] = {}
    for k, v in context.facts.items():
        if isinstance(v, str):
            if v.strip():
                facts[k] = v.strip()
        elif v:
            facts[k] = True
    return WorksheetContext(manages=context.manages.strip(), pays=context.pays.strip(),
                            disciplines=context.disciplines.strip(), facts=facts,
                            contract_label=context.contract_label.strip())


def _chain(chain: Iterable[ChainMember | Mapping[str, Any]]) -> tuple[ChainMember, ...]:
    out = []
    for m in chain:
        if isinstance(m, Mapping):
            m = ChainMember(party_id=int(m["party_id"]), name=str(m.get("name") or ""),
                            role=str(m.get("role") or EnterpriseRole.OTHER.value),
                            named_in_contract=bool(m.get("named_in_contract")))
        out.append(m)
    return tuple(out)


def _domain_inputs(chain: Sequence[ChainMember], answers: Mapping[str, WorksheetAnswer], context: WorksheetContext,
                   labels: Mapping[int, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    domain_answers: dict[str, Any] = {}
    exercised: dict[str, str] = {}
    for key, a in answers.items():
        evidence = [labels.get(i, f"证据（登记号{i}）") for i in a.evidence_ids]
        domain_answers[key] = {"level": a.level or None, "evidence": evidence, "note": a.note}
        if a.exercised_by and key in FACTORS:
            exercised[key] = a.exercised_by
    for function in EMPLOYER_FUNCTIONS:
        name = getattr(context, function)
        if name:
            exercised[function] = name
    domain_context = {
        "enterprises": [{"name": m.name, "role": m.role, "named_in_contract": m.named_in_contract} for m in chain],
        "exercised_by": exercised,
        "facts": dict(context.facts),
        "contract_label": context.contract_label,
    }
    return domain_answers, domain_context


def draft_assessment(answers: Mapping[str, Any] | None, context: WorksheetContext | Mapping[str, Any] | None = None,
                     *, chain: Iterable[ChainMember | Mapping[str, Any]] = (),
                     evidence: Mapping[int, str] | None = None,
                     weights: RelationshipWeights | None = None) -> Assessment:
    """The recommendation for the answers as they stand (pure: no storage; pass ``weights`` from
    :func:`load_weights` to read no file either). ``answers`` maps factor keys to
    :class:`WorksheetAnswer` values (or level codes); ``evidence`` maps evidence ids to the labels
    the sentences cite (:func:`evidence_labels`)."""
    members = _chain(chain)
    domain_answers, domain_context = _domain_inputs(members, _answers(answers), _context(context), evidence or {})
    return assess(domain_answers, context=domain_context, weights=weights)


# --------------------------------------------------------------------------- storing


def _answers_data(answers: Mapping[str, WorksheetAnswer]) -> dict[str, Any]:
    return {k: {"level": a.level, "evidence_ids": list(a.evidence_ids), "note": a.note,
                "exercised_by": a.exercised_by, "source": a.source}
            for k, a in answers.items() if a.level or a.evidence_ids or a.note or a.exercised_by or a.source}


def _context_data(c: WorksheetContext) -> dict[str, Any]:
    return {"manages": c.manages, "pays": c.pays, "disciplines": c.disciplines, "facts": dict(c.facts),
            "contract_label": c.contract_label}


def _read_model(row: StoredWorksheet) -> WorksheetVersion:
    return WorksheetVersion(
        id=row.id, case_id=row.case_id, chain_key=row.chain_key, version=row.version, chain=_chain(row.chain),
        answers=MappingProxyType({k: _answer(v) for k, v in row.answers.items()}), context=_context(row.context),
        assessment=MappingProxyType(dict(row.assessment)), recommended_category=row.recommended_category,
        decision=row.decision, final_category=row.final_category, reason=row.reason, decided_by=row.decided_by,
        decided_by_name=row.decided_by_name, decided_by_role=row.decided_by_role, decided_at=row.decided_at)


def _check(chain: Sequence[ChainMember], answers: Mapping[str, WorksheetAnswer], context: WorksheetContext,
           decision: str, final_category: str | None, reason: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not chain:
        errors["chain"] = "请选择用工链条上的企业（至少一家）"
    names = [m.name for m in chain]
    for key, a in answers.items():
        if key not in ANSWER_KEYS:
            errors[f"answers.{key}"] = f"未知的因素“{key}”"
        elif len(a.note) > MAX_NOTE:
            errors[f"answers.{key}.note"] = f"说明不能超过{MAX_NOTE}个字"
        if a.exercised_by and a.exercised_by not in names:
            errors[f"answers.{key}.exercised_by"] = f"“{a.exercised_by}”不在所选的用工链条中"
    for function, label in EMPLOYER_FUNCTIONS.items():
        name = getattr(context, function)
        if name and name not in names:
            errors[f"context.{function}"] = f"{label}的企业“{name}”不在所选的用工链条中"
    for code, fact in context.facts.items():
        if code not in FACT_KEYS:
            errors[f"context.facts.{code}"] = f"未知的事实标记“{code}”"
        elif isinstance(fact, str) and len(fact) > MAX_FACT:
            errors[f"context.facts.{code}"] = f"事实说明不能超过{MAX_FACT}个字"
    if len(context.contract_label) > MAX_CONTRACT_LABEL:
        errors["context.contract_label"] = f"合同名称不能超过{MAX_CONTRACT_LABEL}个字"
    if decision not in DECISIONS:
        errors["decision"] = "请选择确认或改定建议结论"
    if decision == OVERRIDDEN:
        if not final_category:
            errors["final_category"] = "改定时请选择认定的结论"
        elif final_category not in RelationshipCategory._value2member_map_:
            errors["final_category"] = f"未知的结论“{final_category}”"
        if not reason:
            errors["reason"] = "改定建议结论时必须写明理由"
    if len(reason) > MAX_REASON:
        errors["reason"] = f"理由不能超过{MAX_REASON}个字"
    return errors


def save_worksheet(uow: UnitOfWork, actor: Principal, *, case_id: int,
                   chain: Sequence[ChainMember | Mapping[str, Any]], answers: Mapping[str, Any],
                   context: WorksheetContext | Mapping[str, Any] | None, decision: str,
                   final_category: str | None = None, reason: str = "") -> WorksheetVersion:
    """Save a new version of the case's worksheet for ``chain`` with the person's decision.

    ``decision`` is ``confirmed`` (the final category is the recommendation; ``final_category``
    may be omitted, a reason is optional) or ``overridden`` (``final_category`` another category,
    ``reason`` required). When too little is known for a recommendation (the assessment's
    headline is 信息不足) nothing can be confirmed: the person decides the category with a
    written reason (``overridden``, any category). The recommendation is computed here from the
    answers as saved. Chain members must be parties of the case; linked evidence must belong to
    the case. Earlier versions are never changed. Audited with the recommendation's summary.
    """
    actor.require(Permission.CHANGE_CASE_STATUS)
    members = _chain(chain)
    parsed = _answers(answers)
    ctx = _context(context)
    reason = (reason or "").strip()
    final_category = (final_category or "").strip() or None
    errors = _check(members, parsed, ctx, decision, final_category, reason)
    if errors:
        raise ValidationError(errors)
    weights = jurisdiction.assessment_weights()
    with uow.write() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        allowed = {m.party_id: m for m in respondent_chain(detail)}
        checked = []
        for m in members:
            party = allowed.get(m.party_id)
            if party is None:
                raise ValidationError({"chain": f"“{m.name or m.party_id}”不是本案的被申请人或第三人（企业）"})
            role = m.role if m.role in EnterpriseRole._value2member_map_ else party.role
            checked.append(ChainMember(party.party_id, party.name, role, m.named_in_contract))
        # A member given under another spelling is renamed to the party's name wherever the answers
        # or the context name it; a member given without a name renames nothing (an empty "who
        # exercised it" stays unknown rather than becoming that member).
        renamed = {m.name: c.name for m, c in zip(members, checked) if m.name and m.name != c.name}
        if renamed:
            def moved(name: str) -> str:
                return renamed.get(name, name)

            parsed = {k: replace(a, exercised_by=moved(a.exercised_by)) for k, a in parsed.items()}
            ctx = replace(ctx, manages=moved(ctx.manages), pays=moved(ctx.pays), disciplines=moved(ctx.disciplines))
        labels = evidence_labels(tx.evidence.list_for_case(case_id))
        unknown = {f"answers.{k}.evidence": f"证据（登记号{i}）不属于本案" for k, a in parsed.items()
                   for i in a.evidence_ids if i not in labels}
        if unknown:
            raise ValidationError(unknown)
        result = draft_assessment(parsed, ctx, chain=checked, evidence=labels, weights=weights)
        if result.score is None:
            raise ValidationError({"answers": "尚未回答任何因素：请依据证据至少回答一项后再作出决定"})
        recommended = result.category
        if decision == CONFIRMED:
            if not result.sufficient:
                open_factors = "、".join(FACTORS[k].short for k in result.unknown_factors)
                raise ValidationError({"decision": (
                    f"信息不足，没有可以确认的建议结论：请先依据证据查明{open_factors}；"
                    "如已有其他依据足以认定，请选择“改定为”，选择认定的结论并写明依据的事实和证据")})
            if final_category and final_category != recommended:
                raise ValidationError({"final_category": "确认时认定结论即为建议结论；如要采用其他结论，请选择“改定”并写明理由"})
            final = recommended
        else:
            assert final_category is not None
            if final_category == recommended and result.sufficient:
                raise ValidationError({"final_category": "改定的结论与建议结论相同；如同意建议结论，请选择“确认”"})
            final = final_category
        key = chain_key(checked)
        version = tx.worksheets.next_version(case_id, key)
        stamp = now()
        chain_data = [{"party_id": m.party_id, "name": m.name, "role": m.role,
                       "named_in_contract": m.named_in_contract} for m in checked]
        worksheet_id = tx.worksheets.add(
            case_id=case_id, chain_key=key, version=version, chain=chain_data, answers=_answers_data(parsed),
            context=_context_data(ctx), assessment=result.as_dict(), recommended_category=recommended,
            decision=decision, final_category=final, reason=reason, decided_by=actor.username,
            decided_by_name=actor.display_name, decided_by_role=actor.role.value, decided_at=stamp)
        candidate = result.employer_candidate
        tx.audit.append(actor=actor.username, action="worksheet.save", entity="worksheet", entity_id=worksheet_id,
                        changes={"case": detail.summary.number, "chain": [m.name for m in checked],
                                 "version": version, "recommended": recommended,
                                 "sufficient": result.sufficient,
                                 "score": None if result.score is None else str(result.score),
                                 "confidence": [result.confidence.level, str(result.confidence.score)],
                                 "decision": decision, "final": final, "reason": reason,
                                 "employer_candidate": candidate.name if candidate else None,
                                 "route": result.route.code, "warnings": list(result.warning_codes),
                                 "answers": {k: a.level for k, a in parsed.items() if a.level},
                                 "weights_version": result.weights_version})
        stored = tx.worksheets.get(worksheet_id)
    assert stored is not None
    return _read_model(stored)


def list_worksheets(uow: UnitOfWork, actor: Principal, *, case_id: int,
                    chain_key: str | None = None) -> list[WorksheetVersion]:
    """The case's worksheet versions (of one chain if ``chain_key`` is given), newest first."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return [_read_model(r) for r in tx.worksheets.list_for_case(case_id, chain_key)]


def latest_worksheet(uow: UnitOfWork, actor: Principal, *, case_id: int,
                     chain_key: str | None = None) -> WorksheetVersion | None:
    """The newest version (of one chain if ``chain_key`` is given), or None."""
    found = list_worksheets(uow, actor, case_id=case_id, chain_key=chain_key)
    return found[0] if found else None


def prefill_from_work_records(uow: UnitOfWork, actor: Principal, *, case_id: int) -> WorkRecordPrefill | None:
    """Suggested levels of ``time_autonomy`` and ``continuity`` and the warning facts (pay below
    the minimum wage, no break after four hours) from the case's newest work-record import, each
    reason citing the source file and its hash. None when the case has no import."""
    imported = latest_work_record_import(uow, actor, case_id=case_id)
    if imported is None or imported.metrics is None:
        return None
    metrics = imported.metrics
    source = (f"工作记录导入第{imported.id}号：{imported.source_name}（{imported.platform}），"
              f"SHA-256 {imported.source_sha256}")
    return WorkRecordPrefill(import_id=imported.id, source_name=imported.source_name,
                             source_sha256=imported.source_sha256, source=source,
                             factors=MappingProxyType(prefill_factors(metrics)),
                             facts=MappingProxyType(warning_facts(metrics)))
