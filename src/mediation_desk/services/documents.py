"""Legal documents of a case: building the context from the case, numbering, rendering through the
document renderer (port), keeping every version in the book, listing and exporting.

How a document is made (:func:`render_document`):

1. The context is built from the case (:func:`build_case_context`: organisation, parties, claims
   with amounts in figures and in capitals, dates, evidence with hashes), then the caller's
   ``context_overrides`` are merged in (nested mappings are merged, anything else replaced).
2. Every required field the template declares is checked; all missing ones are named in one
   :class:`~mediation_desk.domain.documents.MissingFields` error. Nothing is numbered yet.
3. The template itself is checked (external links, macros... or the PDF font).
4. The document number is drawn in its own committed transaction (:func:`next_document_number`,
   audited). A crash after this burns the number; it is never handed out again.
5. The renderer makes the bytes (DOCX: sandboxed worker process with a timeout and an output
   cap; PDF: built-in generator with the embedded font).
6. One transaction stores the bytes with their SHA-256, the number and the next version, and the
   audit row.

Numbers and versions. A document's number follows its template's number kind (registry):
``case`` documents carry the case number; ``none`` (a party's own application) has none; a
drawn kind has a sequence of its own per year. Rendering the same template again for a case
makes the next *version*. For kinds marked ``keep`` (调解协议书, 调解终止告知书) the new version
is a corrected copy of the same document and keeps the number of the latest stored version; for
kinds marked ``new`` (法律援助转介函: each letter goes out on its own) every version draws a new
number, and so does a ``keep`` kind when the caller passes ``new_number=True`` (a document
issued anew). Only numbers of stored versions are ever reused, so no two different documents
share a number.

Documents live in the encrypted book (table ``documents``), not in the evidence vault: they are
small, derived from the book's own data, and so share its key, re-key, backup and checks.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk import jurisdiction
from mediation_desk.services import clock
from mediation_desk.domain.cases import (AgentAuthority, CaseDetail, ClaimView, EnterpriseRole, PartySide,
                                         PartyView)
from mediation_desk.domain.chinese_dates import chinese_date, numeric_date
from mediation_desk.domain.documents import (CASE_NUMBER, NEW, NO_NUMBER, DocumentDamaged, DocumentView,
                                             NumberKind, TemplateSpec, check_context, document_filename,
                                             format_document_number, number_prefix, plain_context, with_defaults)
from mediation_desk.domain.errors import BookError, ConflictError, NotFound, ValidationError
from mediation_desk.domain.evidence import EvidenceItem
from mediation_desk.domain.identifiers import validate_resident_id
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.typical_case import TEMPLATES as TYPICAL_CASE_TEMPLATES
from mediation_desk.domain.users import OrganisationView, Permission, Principal, Role
from mediation_desk.services.access import require_case, require_tribunal_member, template_permission
from mediation_desk.services.clock import now
from mediation_desk.services.ports import DocumentRenderer, UnitOfWork

__all__ = ["build_case_context", "relationship_opinion_context", "opinion_from_worksheet", "next_document_number",
           "render_document", "list_documents", "get_document", "read_document", "export_document",
           "backup_recovery_sheet", "BookSheetFacts", "book_recovery_sheet", "money_fields"]

_PENDING_NUMBER = "（待编号）"


# --------------------------------------------------------------------------- the context


def money_fields(amount: Decimal | None) -> dict[str, Any]:
    """``amount`` with its figures (3,200.50元), capitals (叁仟贰佰元伍角) and the legal phrase."""
    if amount is None:
        return {"amount": None, "amount_yuan": "", "amount_capital": "", "amount_rmb": ""}
    return {"amount": amount, "amount_yuan": format_yuan(amount), "amount_capital": to_chinese_capital(amount),
            "amount_rmb": f"人民币{format_yuan(amount)}（大写：{to_chinese_capital(amount)}）"}


def _age(birth: date | None, on: date) -> str:
    if birth is None:
        return ""
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return str(years) if 0 <= years < 130 else ""


def _person(p: PartyView, on: date) -> dict[str, Any]:
    birth, sex = None, p.sex
    if p.is_person and p.id_number:
        try:
            rid = validate_resident_id(p.id_number, today=on)
            birth, sex = rid.birth_date, sex or rid.sex
        except ValidationError:
            pass
    role_label = EnterpriseRole.label_of(p.enterprise_role) if p.enterprise_role else ""
    return {
        "id": p.id, "side": p.side.value, "side_label": p.side.label,
        "name": p.name, "is_person": p.is_person, "sex": sex or "", "age": _age(birth, on),
        "birth_date": birth, "birth_date_text": numeric_date(birth) if birth else "",
        "id_number": p.id_number, "phone": p.phone, "address": p.address, "credit_code": p.credit_code,
        "role": p.enterprise_role, "role_label": role_label, "legal_representative": p.legal_representative,
        "is_representative": p.is_representative, "authority": p.authority,
        "authority_label": AgentAuthority.label_of(p.authority) if p.authority else "", "scope": p.scope,
        "kind": p.agent_kind, "represents": "",
    }


def _period(c: ClaimView) -> str:
    if c.period_start and c.period_end:
        return f"{numeric_date(c.period_start)}至{numeric_date(c.period_end)}"
    if c.period_start:
        return f"{numeric_date(c.period_start)}起"
    if c.period_end:
        return f"截至{numeric_date(c.period_end)}"
    return ""


def _claim(no: int, c: ClaimView) -> dict[str, Any]:
    return {"no": no, "kind": c.kind.value, "kind_label": c.kind.label,
            **money_fields(c.amount), "period_start": c.period_start, "period_end": c.period_end,
            "period_text": _period(c), "basis": c.basis, "calculation": c.calculation, "party_name": c.party_name}


def _evidence(e: EvidenceItem) -> dict[str, Any]:
    return {"id": e.id, "number": e.number, "label": e.label, "title": e.title, "type": e.type.value,
            "type_label": e.type.label, "purpose": e.purpose, "provided_by": e.provided_by,
            "source": e.source, "collected_on": e.collected_on, "original_seen": e.original_seen,
            "filename": e.original_filename, "media_type": e.media_type, "size": e.size, "sha256": e.sha256,
            "integrity": e.integrity.value, "integrity_label": e.integrity.label}


def build_case_context(detail: CaseDetail, org: OrganisationView | None, *, today: date | None = None,
                       evidence: Iterable[EvidenceItem] = ()) -> dict[str, Any]:
    """The values every template can use, from one case (plain Python values; see the registry for
    which fields each template needs):

    ``org`` (name, kind, kind_label, address, phone, doc_prefix); ``case`` (number, title, status,
    industry, platform, facts, channel, received_on, handler...); ``applicants``, ``respondents``,
    ``agents``, ``third_parties`` and ``parties`` (name, sex and age -- from the identity number
    when not recorded -- id_number, address, phone, credit_code, role_label...); ``claims`` (kind_label,
    amount with ``amount_yuan``/``amount_capital``/``amount_rmb``, period_text, basis, calculation)
    and ``claims_total`` likewise; ``case_cause``; ``worker_name``; ``respondent_names``;
    ``handler``; ``document_date`` (today) and its Chinese forms; ``evidence`` (label, title,
    type_label, purpose, source, provided_by, original_seen, filename, size, sha256).
    """
    on = today or clock.today()
    s = detail.summary
    people = [_person(p, on) for p in detail.parties]
    by_side: dict[PartySide, list[dict[str, Any]]] = {side: [] for side in PartySide}
    for view, person in zip(detail.parties, people):
        by_side[view.side].append(person)
    claims = [_claim(i, c) for i, c in enumerate(detail.claims, start=1)]
    amounts = [c.amount for c in detail.claims if c.amount is not None]
    total = sum(amounts, Decimal("0.00")) if amounts else None
    kinds = list(dict.fromkeys(c["kind_label"] for c in claims))
    org_view = {
        "name": org.name if org else "", "kind": org.kind.value if org else "",
        "kind_label": org.kind.label if org else "",
        "address": org.address if org else "", "phone": org.phone if org else "",
        "doc_prefix": org.doc_prefix if org else "",
    }
    applicants, respondents = by_side[PartySide.APPLICANT], by_side[PartySide.RESPONDENT]
    for agent in by_side[PartySide.AGENT]:  # an intake's agents act for the worker(s)
        agent["represents"] = "、".join(a["name"] for a in applicants[:3])
    return {
        "org": org_view,
        "case": {"id": s.id, "number": s.number, "title": s.title, "status": s.status.value,
                 "status_label": s.status.label, "industry": s.industry.value,
                 "industry_label": s.industry.label, "platform": s.platform,
                 "facts": detail.facts, "channel": detail.channel.value,
                 "channel_label": detail.channel.label,
                 "received_on": s.received_on, "is_group": s.is_group, "applicant_count": s.applicant_count,
                 "handler": s.handler},
        "applicants": applicants, "respondents": respondents, "agents": by_side[PartySide.AGENT],
        "third_parties": by_side[PartySide.THIRD_PARTY], "parties": people,
        "claims": claims, "claims_total": total,
        **{f"claims_total{k[len('amount'):]}": v for k, v in money_fields(total).items() if k != "amount"},
        "case_cause": "劳动争议" + (f"（{'、'.join(kinds)}）" if kinds else ""),
        "worker_name": applicants[0]["name"] if applicants else s.worker_name,
        "respondent_names": "、".join(r["name"] for r in respondents) or s.respondent_names,
        "handler": s.handler,
        "document_date": on, "document_date_cn": chinese_date(on), "document_date_text": numeric_date(on),
        "evidence": [_evidence(e) for e in evidence],
    }


# --------------------------------------------------------------------------- the relationship opinion

_DECISIONS = {"confirmed": "确认建议结论", "overridden": "改变建议结论（理由见下）"}
_DECIDED_WITHOUT_RECOMMENDATION = "信息不足，未提出建议结论；由审核人认定（理由见下）"
_NO_EVIDENCE = "未关联证据"
_NO_FACT = "未记录"


def _factor_labels(key: str, level: str | None) -> tuple[str, str]:
    from mediation_desk.domain.relationship import CONTEXT_KEYS, FACTORS

    factor = FACTORS.get(key) or CONTEXT_KEYS.get(key)
    if factor is None:
        return key, level or ""
    if not level or level == "unknown":
        return factor.label, ""
    try:
        return factor.label, factor.level(level).label
    except (KeyError, ValueError):
        return factor.label, level


def _sufficient(data: Mapping[str, Any]) -> bool:
    """Whether the stored assessment recommended a category. Versions saved before the flag
    existed are judged as the domain judges now: every core factor answered and no answer still
    open that could change it, or at least half of the weight answered."""
    if "sufficient" in data:
        return bool(data["sufficient"])
    confidence = data.get("confidence") or {}
    if not isinstance(confidence, Mapping) or data.get("score") in (None, ""):
        return False
    if confidence.get("stable"):
        return True
    weights = jurisdiction.assessment_weights()
    unknown = set(data.get("unknown_factors") or ())
    try:
        coverage = Decimal(str(confidence.get("coverage")))
    except ArithmeticError:
        return False
    return not (unknown & set(weights.core_levels)) and coverage >= weights.sufficient_coverage


def _cited_documents() -> list[str]:
    entries = jurisdiction.relationship_weights().get("cited_documents") or []
    return [f"{e['short']}：{e['citation']}" if e.get("short") and e["short"] not in e.get("citation", "")
            else str(e.get("citation", "")) for e in entries if isinstance(e, Mapping) and e.get("citation")]


def _minimum_wage(on: date | None) -> tuple[str, str]:
    """The standard in force on ``on`` (all tiers) and, when the newest one on file is more than
    two years old on that day, the warning to confirm it."""
    if on is None:
        return "", ""
    from mediation_desk.domain.errors import AppError

    try:
        table = jurisdiction.minimum_wage_table(on, today=on)
    except AppError as exc:
        return f"无法确定{numeric_date(on)}适用的最低工资标准：{exc.zh}", ""
    return table.text, table.warning


def _route_text(route: Any, final_category: str, sufficient: bool) -> str:
    """The route of the category finally decided (a person's decision may differ from the
    recommendation); none while nothing is decided on too little information."""
    from mediation_desk.domain.relationship import RelationshipCategory

    if final_category in RelationshipCategory._value2member_map_:
        decided = jurisdiction.assessment_weights().routes[final_category]
        return f"{decided.label}：{decided.text}"
    if not sufficient:
        return "信息不足，待查明事实后确定"
    if isinstance(route, Mapping):
        return "：".join(x for x in (route.get("label", ""), route.get("text", "")) if x)
    return str(route)


def relationship_opinion_context(assessment: Any, *, enterprises: Sequence[str] = (), decision: str = "",
                                 final_category: str = "", decision_reason: str = "",
                                 signatures: Sequence[Mapping[str, Any]] = (),
                                 on: date | None = None) -> dict[str, Any]:
    """The ``opinion`` of 劳动关系认定意见表 from a ``domain.relationship.Assessment`` or its
    ``as_dict()``: factors with their answers and only the facts and evidence entered (an answer
    without them says 未记录 / 未关联证据), score, confidence, reasons, warnings, the headline
    (the recommended category, or 信息不足), route, the reviewer's decision, the signatures
    (``role``, ``name``, ``date``), the minimum-wage standard in force on ``on`` with its
    effective date (and a warning when it may be out of date) and the official documents cited.
    ``decision`` is ``confirmed``/``overridden`` or any text; ``final_category`` a category code
    or label."""
    from mediation_desk.domain.relationship import INSUFFICIENT, RelationshipCategory

    data = assessment.as_dict() if hasattr(assessment, "as_dict") else dict(assessment)
    readings = {r.key: r for r in getattr(assessment, "factors", ())}
    factors = []
    for f in data.get("factors", []):
        label, answer = _factor_labels(f.get("key", ""), f.get("level"))
        reading = readings.get(f.get("key"))
        if reading is not None:
            label, answer = reading.label, reading.level_label if reading.level else answer
        evidence = [str(e) for e in (f.get("evidence") or []) if str(e).strip()]
        note = str(f.get("note") or "").strip()
        answered = bool(answer)
        factors.append({"key": f.get("key", ""), "label": label, "answer": answer, "answered": answered,
                        "evidence": evidence, "note": note,
                        "evidence_text": "、".join(evidence) or (_NO_EVIDENCE if answered else ""),
                        "fact_text": note or (_NO_FACT if answered else ""),
                        "sentence": reading.sentence if reading is not None else ""})
    route = data.get("route") or {}
    confidence = data.get("confidence") or {}
    category = data.get("category_label") or RelationshipCategory.label_of(data.get("category", ""))
    sufficient = _sufficient(data)
    headline = category if sufficient else f"{INSUFFICIENT}，尚不能提出建议结论（见分析理由）"
    final = RelationshipCategory.label_of(final_category) if final_category else ""
    decision_text = _DECISIONS.get(decision, decision)
    if not sufficient and decision == "overridden":
        decision_text = _DECIDED_WITHOUT_RECOMMENDATION
    wage, wage_warning = _minimum_wage(on)
    bare = [x["label"] for x in factors if x["answered"] and not x["evidence"]]
    return {
        "enterprises": list(enterprises),
        "factors": factors,
        "score": data.get("score") or "",
        "confidence": confidence.get("label", "") if isinstance(confidence, Mapping) else str(confidence),
        "reasons": list(data.get("reasons", [])),
        "warnings": [w.get("text", "") if isinstance(w, Mapping) else str(w) for w in data.get("warnings", [])],
        "sufficient": sufficient,
        "category": headline,
        "route": _route_text(route, final_category, sufficient),
        "decision": decision_text,
        "final_category": final or ("" if sufficient else "未作认定"),
        "decision_reason": decision_reason,
        "signatures": [dict(s) for s in signatures],
        "unsupported": bare,
        "unsupported_note": ("以下因素的回答未关联证据，仅为经办人的判断，须补充证据核实：" + "、".join(bare) + "。")
        if bare else "",
        "minimum_wage": wage,
        "minimum_wage_warning": wage_warning,
        "cited_documents": _cited_documents(),
    }


def opinion_from_worksheet(ws: Any, *, on: date | None = None) -> dict[str, Any]:
    """The opinion from a stored worksheet version (``services.ports.StoredWorksheet``);
    ``on`` is the document's date (for the minimum-wage standard in force)."""
    names = [str(e.get("name", "")) for e in (ws.chain or []) if isinstance(e, Mapping) and e.get("name")]
    try:
        role = Role(ws.decided_by_role).label
    except ValueError:
        role = ws.decided_by_role or "审核人"
    signatures = [{"role": f"审核人（{role}）", "name": ws.decided_by_name, "date": ws.decided_at.date()}]
    return relationship_opinion_context(ws.assessment, enterprises=names, decision=ws.decision,
                                        final_category=ws.final_category, decision_reason=ws.reason,
                                        signatures=signatures, on=on)


# --------------------------------------------------------------------------- numbers


def next_document_number(uow: UnitOfWork, kind: NumberKind, year: int, *, actor: Principal | None = None,
                         case_id: int | None = None) -> str:
    """Draw the next number of ``kind`` for ``year`` in its own committed, audited transaction:
    ``洪劳人仲案字〔2026〕第12号``. The number is spent whatever happens next."""
    if not kind.is_drawn:
        raise ValueError(f"number kind {kind.code!r} draws no number")
    with uow.write() as tx:
        org = tx.org.get()
        prefix = number_prefix(kind, org.doc_prefix if org else "")
        seq = tx.counters.next(kind.counter, year)
        number = format_document_number(prefix, year, seq)
        tx.audit.append(actor=actor.username if actor else "system", action="document.number", entity="case",
                        entity_id=case_id if case_id is not None else "", changes={"kind": kind.code,
                                                                                    "year": year, "number": number})
    return number


# --------------------------------------------------------------------------- rendering


def _merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def _needs(spec: TemplateSpec, name: str) -> bool:
    return any(f.name == name or f.name.startswith(name + ".") for f in spec.fields)


def _file_items(documents: Sequence[DocumentView], evidence_count: int, skip: str) -> list[dict[str, Any]]:
    latest: dict[str, DocumentView] = {}
    for d in documents:  # by template, then version: the last one of each template wins
        if d.template.removesuffix("_pdf") != skip.removesuffix("_pdf"):
            latest[d.template] = d
    items = [{"title": d.title, "number": d.number, "date": d.created_at.date(), "pages": "",
              "note": f"第{d.version}版"} for d in sorted(latest.values(), key=lambda d: d.created_at)]
    if evidence_count:
        items.append({"title": f"证据材料（共{evidence_count}项，见证据目录）", "number": "", "date": None,
                      "pages": "", "note": ""})
    return items


def render_document(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int, template: str,
                    context_overrides: Mapping[str, Any] | None = None, new_number: bool = False,
                    today: date | None = None) -> DocumentView:
    """Make ``template`` for the case and store it as the next version (see the module's docstring).

    Raises :class:`MissingFields` naming every missing field (before any number is drawn),
    ``TemplateSecurityError``/``TemplateInvalid``/``RenderLimitExceeded`` for a template that may
    not or cannot be rendered, ``NotFound`` for an unknown case or template.
    """
    actor.require(Permission.MANAGE_EVIDENCE)
    needed = template_permission(template)
    actor.require(needed)
    with uow.read() as tx:  # the case must be one the actor works on; an award only by its tribunal
        require_case(tx, actor, case_id, Permission.MANAGE_EVIDENCE)
        if needed is Permission.DRAFT_AWARD:
            require_tribunal_member(tx, actor, case_id, "制作裁决书和仲裁调解书")
    if template in TYPICAL_CASE_TEMPLATES:
        raise ValidationError({"template": "典型案例只能在案件的“典型案例…”中核对后导出"},
                              en="A typical case is made only from its reviewed text (Typical case… on the case).")
    overrides = dict(context_overrides or {})
    if "doc_number" in overrides:
        raise ValidationError({"doc_number": "文号由系统按编号规则生成，不能手工填写"})
    spec = renderer.spec(template)
    day = today or clock.today()
    with uow.read() as tx:
        detail = tx.cases.get(case_id)
        if detail is None:
            raise NotFound("找不到该案件。", "Case not found.")
        org = tx.org.get()
        evidence = tx.evidence.list_for_case(case_id) if _needs(spec, "evidence") or _needs(spec, "file_items") else []
        previous = tx.documents.latest(case_id, template)
        file_items = None
        if _needs(spec, "file_items") and "file_items" not in overrides:
            file_items = _file_items(tx.documents.list_for_case(case_id), len(evidence), template)
        opinion = None
        if _needs(spec, "opinion") and "opinion" not in overrides:
            worksheets = getattr(tx, "worksheets", None)
            stored = worksheets.list_for_case(case_id) if worksheets is not None else []
            if stored:
                opinion = opinion_from_worksheet(stored[0], on=day)
    context = build_case_context(detail, org, today=day, evidence=evidence)
    context["doc_title"] = spec.title
    if file_items is not None:
        context["file_items"] = file_items
    if opinion is not None:
        context["opinion"] = opinion
    context = _merge(context, overrides)

    kind = spec.number
    keep = bool(previous is not None and previous.number and kind.on_rerender != NEW and not new_number)
    if kind.code == CASE_NUMBER:
        context["doc_number"] = detail.summary.number
    elif kind.code == NO_NUMBER:
        context["doc_number"] = ""
    else:
        context["doc_number"] = previous.number if keep else _PENDING_NUMBER  # type: ignore[union-attr]
    context = with_defaults(spec, context)
    check_context(spec, context)  # every missing field named, before a number is spent
    renderer.check_template(template)
    if kind.is_drawn and not keep:
        year = _year(context.get("document_date"), day)
        context["doc_number"] = next_document_number(uow, kind, year, actor=actor, case_id=case_id)
    number = str(context["doc_number"] or "")
    plain = plain_context(context)
    data = renderer.render(template, plain)
    digest = hashlib.sha256(data).hexdigest()
    with uow.write() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        version = tx.documents.next_version(case_id, template)
        filename = document_filename(spec.title, number, version, spec.format)
        doc_id = tx.documents.add(case_id=case_id, template=template, title=spec.title, number=number,
                                  version=version, format=spec.format, media_type=spec.media_type, filename=filename,
                                  content=data, sha256=digest, context=plain, created_by=actor.username,
                                  created_at=now())
        tx.audit.append(actor=actor.username, action="document.render", entity="document", entity_id=doc_id,
                        changes={"case": detail.summary.number, "template": template, "title": spec.title,
                                 "number": number, "version": version, "format": spec.format, "size": len(data),
                                 "sha256": digest})
        view = tx.documents.get(doc_id)
    assert view is not None
    return view


def _year(value: Any, default: date) -> int:
    if isinstance(value, (date, datetime)):
        return value.year
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]).year
        except ValueError:
            pass
    return default.year


# --------------------------------------------------------------------------- reading and exporting


def list_documents(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[DocumentView]:
    """Every stored version of the case's documents (by template, then version)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return tx.documents.list_for_case(case_id)


def get_document(uow: UnitOfWork, actor: Principal, *, document_id: int) -> DocumentView:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        view = tx.documents.get(document_id)
        if view is not None:
            require_case(tx, actor, view.case_id)
    if view is None:
        raise NotFound("找不到该文书。", "Document not found.")
    return view


def read_document(uow: UnitOfWork, actor: Principal, *, document_id: int) -> bytes:
    """The document's bytes (in memory, for a preview), checked against their registered SHA-256."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        view = tx.documents.get(document_id)
        if view is not None:
            require_case(tx, actor, view.case_id)
        data = tx.documents.content(document_id) if view else None
    if view is None or data is None:
        raise NotFound("找不到该文书。", "Document not found.")
    if len(data) != view.size or hashlib.sha256(data).hexdigest() != view.sha256:
        raise DocumentDamaged(f"{view.describe()}的内容与登记的哈希值不符，请从备份恢复。",
                              f"Document {view.id} does not match its registered hash; restore a backup.")
    return data


def export_document(uow: UnitOfWork, actor: Principal, *, document_id: int, target_path: Path | str,
                    overwrite: bool = False) -> Path:
    """Write the document to ``target_path`` on the user's explicit request; audited (who, what, where).

    Safe save: a temporary file beside the target, fsync, rename; the audit row and the rename
    happen together (no audit row, no file).
    """
    actor.require(Permission.EXPORT_EVIDENCE)
    data = read_document(uow, actor, document_id=document_id)
    view = get_document(uow, actor, document_id=document_id)
    target = Path(target_path).expanduser().absolute()
    if target.is_dir():
        raise ValidationError({"target_path": "请填写文件名，而不是文件夹"})
    if target.exists() and not overwrite:
        raise ConflictError(f"目标文件已存在：{target.name}", f"The target file exists: {target}")
    temp = target.with_name(f".{target.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        _unlink(temp)
        raise BookError(f"无法写入导出文件：{target}（{exc.strerror or exc}），未导出。",
                        f"Cannot write {target}: {exc}; nothing was exported.", detail=str(exc)) from None
    try:
        with uow.write() as tx:
            tx.audit.append(actor=actor.username, action="document.export", entity="document", entity_id=view.id,
                            changes={"case": view.case_number, "template": view.template, "title": view.title,
                                     "number": view.number, "version": view.version, "target": str(target),
                                     "size": view.size, "sha256": view.sha256})
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise BookError(f"无法写入导出文件：{target}（{exc.strerror or exc}），未导出。",
                                f"Cannot write {target}: {exc}; nothing was exported.", detail=str(exc)) from None
    except BaseException:
        _unlink(temp)
        raise
    return target


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# --------------------------------------------------------------------------- the backup recovery sheet


@dataclass(frozen=True)
class BackupSheetFacts:
    """What the 备份恢复单 records. There is deliberately no field for the passphrase."""

    org_name: str
    book_id: str
    key_id: str
    backup_file: str
    backup_sha256: str
    backup_size: int
    created_at: datetime
    case_count: int
    backup_location: str
    passphrase_location: str
    keeper: str = ""
    made_by: str = ""
    # the audit chain head in the archive: written down here, it anchors the trail outside the book
    audit_head_id: int | None = None
    audit_head_hash: str = ""


def backup_recovery_sheet(renderer: DocumentRenderer, actor: Principal, *, facts: BackupSheetFacts) -> bytes:
    """The printable PDF that goes with a backup: where it is, how to check it, where the passphrase
    is kept (never the passphrase). Returned in memory; saving it is the caller's explicit act."""
    actor.require(Permission.MANAGE_BACKUPS)
    if not facts.passphrase_location.strip():
        raise ValidationError({"passphrase_location": "请填写口令的保管位置（例如：单位保险柜第2格，密封信封）"})
    data = {k: getattr(facts, k) for k in facts.__dataclass_fields__}
    data["created_at"] = facts.created_at.isoformat()
    return renderer.backup_recovery_sheet(data)


@dataclass(frozen=True)
class BookSheetFacts:
    """What the 案件库恢复单 of a new book records. There is deliberately no field for the passphrase."""

    org_name: str
    org_kind: str
    book_id: str
    key_id: str
    data_dir: str
    created_at: date
    admin: str
    passphrase_location: str = ""
    keeper: str = ""
    made_by: str = ""


def book_recovery_sheet(renderer: DocumentRenderer, actor: Principal, *, facts: BookSheetFacts) -> bytes:
    """The printable PDF made when the organisation's book is created (never the passphrase). Returned in
    memory; saving or printing it is the caller's explicit act."""
    actor.require(Permission.MANAGE_BACKUPS)
    data = {k: getattr(facts, k) for k in facts.__dataclass_fields__}
    data["created_at"] = facts.created_at.isoformat()
    return renderer.book_recovery_sheet(data)
