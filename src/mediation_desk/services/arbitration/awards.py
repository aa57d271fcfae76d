"""6. Awards (仲裁裁决书, 先行裁决书): drafts checked ruling by ruling, the account of the
proceedings kept from the record at approval, approval with numbering (a mixed award's two
parts, 办案规则第五十条), corrections; the tribunal's mediation failing and a decision to decide on
the papers; the arbitration of a case in one read."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from mediation_desk.domain.arbitration import notices
from mediation_desk.domain.arbitration.awards import (check_draft, check_obligations, classify_award,
                                                      tribunal_sentence)
from mediation_desk.domain.arbitration.records import (APPROVED, AWARD, DRAFT, FINAL, MEDIATION, MEDIATION_FAILED,
                                                       NON_FINAL, SUPERSEDED, WRITTEN_REVIEW, _FINALITY_LABELS,
                                                       ArbitrationOverview, Award, AwardClassification, AwardDraft,
                                                       ruling_json)
from mediation_desk.domain.cases import CaseDetail, CaseStatus
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.access import require_case, require_tribunal_member
from mediation_desk.services.arbitration.common import (_case, _event, _not_before_receipt, _not_future, _repo,
                                                        _require_arbitration, _tribunal_names, require_commission)
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import open_deadlines_for, refresh_case
from mediation_desk.services.ports import ArbitrationRepo, Tx, UnitOfWork


def rights_notice(finality: str) -> str:
    """The rights notice of an award of this commission (``domain.arbitration.notices``): the
    intermediate court is that of the city of ``resources/jurisdiction/venue.json``."""
    from mediation_desk import jurisdiction

    return notices.rights_notice(finality, commission_city=jurisdiction.venue().city)


def _monthly_minimum(draft: AwardDraft) -> tuple[Decimal, str]:
    if draft.monthly_minimum_wage is not None:
        return Decimal(draft.monthly_minimum_wage), "按所填当地月最低工资标准"
    from mediation_desk import jurisdiction

    mw = jurisdiction.minimum_wage(draft.minimum_wage_tier, draft.award_date)
    return mw.monthly, f"江西省{mw.tier}最低工资标准（{mw.source}）"


def _content(tx: Tx, case_id: int, draft: AwardDraft) -> tuple[dict[str, Any], AwardClassification, bool]:
    check_draft(draft)
    draft = replace(draft, rulings=check_obligations(_case(tx, case_id), draft.rulings, draft.award_date))
    monthly, wage_source = _monthly_minimum(draft)
    cls = classify_award(draft.rulings, monthly)
    known = {e.id for e in tx.evidence.list_for_case(case_id)}
    for n, f in enumerate(draft.facts, start=1):
        missing = [i for i in f.evidence_ids if i not in known]
        if missing:
            raise ValidationError({f"facts.{n}": f"第{n}项事实所依据的证据不属于本案：{missing}"})
    if draft.respondent_absent is None:
        absent = any(h.status == "held" and h.respondent_present is False for h in _repo(tx).hearings_of_case(case_id))
    else:
        absent = draft.respondent_absent
    pe = draft.provisional_execution
    content = {
        "claims": [c.strip() for c in draft.claims if c.strip()],
        "facts": [{"text": f.text.strip(), "evidence_ids": list(f.evidence_ids)} for f in draft.facts],
        "reasoning": draft.reasoning.strip(),
        "legal_basis": draft.legal_basis.strip(),
        "rulings": [ruling_json(r) for r in draft.rulings],
        "per_ruling": list(cls.per_ruling), "finality_reasons": list(cls.reasons),
        "threshold": str(cls.threshold), "monthly_minimum_wage": str(cls.monthly_minimum_wage),
        "minimum_wage_tier": draft.minimum_wage_tier, "minimum_wage_source": wage_source,
        "provisional_execution": None if pe is None else {
            "rulings": list(pe.rulings), "rights_clear": pe.rights_clear,
            "livelihood_affected": pe.livelihood_affected, "text": pe.text.strip()},
        "arbitrators": list(draft.arbitrators) or _tribunal_names(tx, case_id), "clerk": draft.clerk.strip(),
        "parts": [],
    }
    return content, cls, absent


def _load_award(tx: Tx, award_id: int) -> Award:
    award = _repo(tx).get_award(award_id)
    if award is None:
        raise NotFound("找不到该裁决书。", "Award not found.")
    return award


def draft_award(uow: UnitOfWork, actor: Principal, *, case_id: int, draft: AwardDraft) -> Award:
    """Save a new award (or partial award) as a draft: the rulings are checked, the evidence relied
    on must belong to the case, the final-award test is applied per ruling (stored with reasons).
    ``default_award`` is set when the respondent was absent from a held hearing."""
    actor.require(Permission.DRAFT_AWARD)
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "起草裁决书")
        require_tribunal_member(tx, actor, case_id, "起草裁决书")
        _not_before_receipt("award_date", draft.award_date, detail, "裁决日期")
        content, cls, absent = _content(tx, case_id, draft)
        stamp = now()
        repo = _repo(tx)
        aid = repo.add_award(case_id=case_id, kind=draft.kind, lineage=0, version=1, status=DRAFT,
                             finality=cls.finality, number="", award_date=draft.award_date, default_award=absent,
                             content=json.dumps(content, ensure_ascii=False), supersedes_id=None,
                             correction_reason="", approved_by="", approved_at=None, created_by=actor.username,
                             created_at=stamp, updated_at=stamp)
        repo.update_award(aid, lineage=aid)
        tx.audit.append(actor=actor.username, action="arbitration.award_draft", entity="case", entity_id=case_id,
                        changes={"award": aid, "kind": draft.kind, "finality": cls.finality,
                                 "rulings": content["rulings"]})
        return _load_award(tx, aid)


def update_draft(uow: UnitOfWork, actor: Principal, *, award_id: int, draft: AwardDraft) -> Award:
    """Change a draft. An approved (locked) or superseded award cannot be edited: ``ConflictError``
    (use ``correct_award``)."""
    actor.require(Permission.DRAFT_AWARD)
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        require_tribunal_member(tx, actor, award.case_id, "修改裁决书")
        if award.locked:
            raise ConflictError(f"{award.title}{award.number}已审批锁定，不能修改；如需更正，请制作新版本。",
                                "The award is locked; make a corrected version instead.")
        if draft.kind != award.kind:
            raise ValidationError({"kind": "不能改变文书种类"})
        content, cls, absent = _content(tx, award.case_id, draft)
        _repo(tx).update_award(award_id, content=json.dumps(content, ensure_ascii=False), finality=cls.finality,
                               award_date=draft.award_date, default_award=absent, updated_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.award_edit", entity="case", entity_id=award.case_id,
                        changes={"award": award_id, "finality": cls.finality, "rulings": content["rulings"]})
        return _load_award(tx, award_id)


def record_mediation_failure(uow: UnitOfWork, actor: Principal, *, case_id: int, on: date, note: str = "") -> None:
    """The tribunal's mediation before the award (第四十二条) did not succeed (event
    ``arbitral_mediation_failed``): only then may the award say 调解不成."""
    actor.require(Permission.CONDUCT_ARBITRATION)
    _not_future("on", on, "调解日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "登记调解情况")
        _not_before_receipt("on", on, detail, "调解日期")
        _event(tx, actor, case_id, MEDIATION_FAILED, on, note.strip() or "仲裁庭主持调解，调解不成")


def decide_written_review(uow: UnitOfWork, actor: Principal, *, case_id: int, on: date, reason: str) -> None:
    """The tribunal decides the case on the papers (书面审理) for ``reason`` (e.g. 双方当事人书面同意不开庭、
    事实清楚); the award then says so instead of a hearing (event ``written_review_decided``)."""
    actor.require(Permission.DRAFT_AWARD)
    if not reason.strip():
        raise ValidationError({"reason": "请写明书面审理的理由"})
    _not_future("on", on, "决定日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _require_arbitration(detail, "决定书面审理")
        require_tribunal_member(tx, actor, case_id, "决定书面审理")
        _not_before_receipt("on", on, detail, "决定日期")
        _event(tx, actor, case_id, WRITTEN_REVIEW, on, reason.strip())


def procedure_record(repo: ArbitrationRepo, detail: CaseDetail, award_date: date) -> dict[str, Any]:
    """What the award may say about the proceedings, from the record as it stands on ``award_date``:
    the tribunal, the hearings held (with attendance), a decision to decide on the papers and its
    reason, a failed mediation. Refused (``ConflictError``) when the record does not support an
    award: no tribunal, or neither a hearing held nor a decision for 书面审理 (e.g. the only hearing
    is still to come), or a hearing held after the award date."""
    case_id = detail.summary.id
    if award_date > clock.today():
        raise ConflictError(f"裁决日期{numeric_date(award_date)}晚于今天，裁决书不能先于作出之日批准。",
                            "The award date is in the future.")
    tribunal = repo.latest_tribunal(case_id)
    if tribunal is None:
        raise ConflictError("本案尚未组成仲裁庭，不能作出裁决。", "No tribunal has been formed.")
    hearings = repo.hearings_of_case(case_id)
    held = [h for h in hearings if h.status == "held"]
    late = [h for h in held if h.day > award_date]
    if late:
        raise ConflictError(f"裁决日期{numeric_date(award_date)}早于开庭日期{numeric_date(late[0].day)}，请核对裁决日期。",
                            "The award date is before a hearing.")
    written = [e for e in detail.events if e.kind == WRITTEN_REVIEW and (e.event_date or award_date) <= award_date]
    if not held and not written:
        pending = [h for h in hearings if h.status == "scheduled"]
        if pending:
            raise ConflictError(
                f"本案的开庭安排在{numeric_date(pending[-1].day)}，尚无已开庭的记录；裁决书不能写明已开庭审理。"
                "请先记录开庭情况，或者登记书面审理的决定及理由。",
                "No hearing has been held yet (the hearing is still to come); record the hearing first.")
        raise ConflictError("本案没有开庭审理的记录，也没有书面审理的决定，裁决书无从写明审理经过。"
                            "请先记录开庭情况，或者登记书面审理的决定及理由。",
                            "Neither a hearing held nor a decision to decide on the papers is on record.")
    failed = any(e.kind == MEDIATION_FAILED and (e.event_date or award_date) <= award_date for e in detail.events)
    return {"tribunal": tribunal_sentence(tribunal),
            "hearings": [[h.day.isoformat(), h.applicant_present, h.respondent_present] for h in held],
            "written_reason": written[-1].note if written and not held else "",
            "mediation_failed": failed}


def approve_award(uow: UnitOfWork, actor: Principal, *, award_id: int) -> Award:
    """The arbitrator approves the draft (permission ``APPROVE_AWARD``): it is locked and numbered
    -- a mixed award gets two numbers, one for its final part and one for its non-final part, each
    with its rights notice -- and audited. Approving a correction supersedes the version it corrects
    (keeping its numbers). The first approved award moves the case ARBITRATION -> AWARD on the
    award date (event ``award_made``); a partial award leaves the status alone."""
    actor.require(Permission.APPROVE_AWARD)
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        require_tribunal_member(tx, actor, award.case_id, "审批裁决书")
        if award.locked:
            raise ConflictError(f"{award.title}已审批，不能重复审批。", "Already approved.")
        repo = _repo(tx)
        detail = _case(tx, award.case_id)
        assert award.award_date is not None
        content = dict(award.content)
        content["procedure"] = procedure_record(repo, detail, award.award_date)
        if award.kind != MEDIATION:
            check_obligations(detail, award.rulings, award.award_date)
        per = content["per_ruling"]
        old = repo.get_award(award.supersedes_id) if award.supersedes_id else None
        old_numbers = {p.finality: p.number for p in old.parts} if old else {}
        groups = [(f, idx) for f, idx in ((f, tuple(i for i, x in enumerate(per) if x == f)) for f in (FINAL, NON_FINAL))
                  if idx]
        # Awards carry the case number, as commissions cite them; the two parts of a mixed award
        # are told apart as 之一 (final) and 之二 (non-final).
        suffixes = ("之一", "之二") if len(groups) > 1 else ("",)
        parts: list[dict[str, Any]] = []
        for (finality, idx), suffix in zip(groups, suffixes):
            number = old_numbers.get(finality) or f"{detail.summary.number}{suffix}"
            parts.append({"finality": finality, "rulings": list(idx), "number": number,
                          "rights_notice": rights_notice(finality)})
        content["parts"] = parts
        stamp = now()
        repo.update_award(award_id, status=APPROVED, number="、".join(p["number"] for p in parts),
                          content=json.dumps(content, ensure_ascii=False), approved_by=actor.username,
                          approved_at=stamp, updated_at=stamp)
        if old is not None:
            repo.update_award(old.id, status=SUPERSEDED, updated_at=stamp)
        if award.kind == AWARD and detail.summary.status is CaseStatus.ARBITRATION:
            _transition(tx, actor, award.case_id, CaseStatus.ARBITRATION, CaseStatus.AWARD, award.award_date,
                        f"作出{_FINALITY_LABELS[award.finality]}")
        else:
            refresh_case(tx, award.case_id)  # the final-award fact may have changed
        tx.audit.append(actor=actor.username, action="arbitration.award_approve", entity="case",
                        entity_id=award.case_id,
                        changes={"award": award_id, "version": award.version, "numbers": [p["number"] for p in parts],
                                 "finality": award.finality, "supersedes": award.supersedes_id,
                                 "award_date": award.award_date.isoformat()})
        return _load_award(tx, award_id)


def correct_award(uow: UnitOfWork, actor: Principal, *, award_id: int, draft: AwardDraft, reason: str) -> Award:
    """A correction (补正) of an approved award: a new draft version in the same lineage that, once
    approved, supersedes the current one. The approved version itself never changes."""
    actor.require(Permission.DRAFT_AWARD)
    if not reason.strip():
        raise ValidationError({"reason": "请写明更正理由"})
    with uow.write() as tx:
        require_commission(tx)
        award = _load_award(tx, award_id)
        require_tribunal_member(tx, actor, award.case_id, "更正裁决书")
        if award.status != APPROVED:
            raise ConflictError("只能更正现行有效的已审批文书。", "Only the current approved award can be corrected.")
        if award.kind == MEDIATION or draft.kind != award.kind:
            raise ValidationError({"kind": "更正版本应与原文书种类相同"})
        repo = _repo(tx)
        pending = [a for a in repo.awards(award.case_id) if a.lineage == award.lineage and a.status == DRAFT]
        if pending:
            raise ConflictError("该文书已有待审批的更正版本。", "A correction is already pending.")
        content, cls, absent = _content(tx, award.case_id, draft)
        version = max(a.version for a in repo.awards(award.case_id) if a.lineage == award.lineage) + 1
        stamp = now()
        aid = repo.add_award(case_id=award.case_id, kind=award.kind, lineage=award.lineage, version=version,
                             status=DRAFT, finality=cls.finality, number="", award_date=draft.award_date,
                             default_award=absent, content=json.dumps(content, ensure_ascii=False),
                             supersedes_id=award_id, correction_reason=reason.strip(), approved_by="",
                             approved_at=None, created_by=actor.username, created_at=stamp, updated_at=stamp)
        tx.audit.append(actor=actor.username, action="arbitration.award_correct", entity="case",
                        entity_id=award.case_id, changes={"award": aid, "supersedes": award_id, "version": version,
                                                           "reason": reason.strip()})
        return _load_award(tx, aid)


def get_award(uow: UnitOfWork, actor: Principal, award_id: int) -> Award:
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        award = _load_award(tx, award_id)
        require_case(tx, actor, award.case_id)
        return award


def list_awards(uow: UnitOfWork, actor: Principal, case_id: int) -> list[Award]:
    """Every award, partial award and 仲裁调解书 of the case, every version, oldest first."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return _repo(tx).awards(case_id)


def arbitration_overview(uow: UnitOfWork, actor: Principal, case_id: int, *, today: date | None = None
                         ) -> ArbitrationOverview:
    """Everything of the case's arbitration in one read, with its open deadlines."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        detail = _case(tx, case_id)
        require_case(tx, actor, case_id)
        repo = _repo(tx)
        return ArbitrationOverview(case_id=case_id, status=detail.summary.status, review=repo.latest_review(case_id),
                                   tribunal=repo.latest_tribunal(case_id),
                                   hearings=tuple(repo.hearings_of_case(case_id)),
                                   suspensions=tuple(repo.suspensions(case_id)),
                                   services=tuple(repo.services(case_id)), awards=tuple(repo.awards(case_id)),
                                   deadlines=tuple(open_deadlines_for(tx, case_id, today or clock.today())))
