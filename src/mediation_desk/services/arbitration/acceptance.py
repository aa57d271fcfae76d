"""1. The acceptance review of an arbitration application: 受理, 不予受理 or a written explanation
naming the competent commission (劳动争议调解仲裁法第二十九条; 办案规则第三十、三十一条), closing the
5-day ``acceptance_decision`` clock."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from mediation_desk.domain.arbitration.acceptance import acceptance_decision
from mediation_desk.domain.arbitration.records import (ACCEPT, ACCEPTANCE_CONDITIONS, NOT_ACCEPT, WRONG_COMMISSION,
                                                       _CONDITION_LABELS, AcceptanceReview)
from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.errors import ConflictError, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.arbitration.common import (_case, _event, _not_before_receipt, _not_future, _repo,
                                                        require_commission)
from mediation_desk.services.cases import _transition
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import open_deadlines_for
from mediation_desk.services.ports import UnitOfWork


def review_application(uow: UnitOfWork, actor: Principal, *, case_id: int, checklist: Mapping[str, bool],
                       decided_on: date, notes: Mapping[str, str] | None = None, reasons: str = "",
                       competent_commission: str = "", then_status: CaseStatus | None = None) -> AcceptanceReview:
    """Decide on an arbitration application from the conditions checklist (``ACCEPTANCE_CONDITIONS``
    codes -> met?).

    * all met: 受理 -- the case goes ACCEPTANCE_REVIEW -> ARBITRATION (event ``accepted``, which
      starts the application-copy, tribunal-notice and 45-day award clocks);
    * an item 1-3 unmet: 不予受理 -- ``reasons`` (default: the unmet conditions) and the worker's
      right to sue go in the 不予受理通知书; the case goes to HANDOFF (default) or CLOSED
      (event ``not_accepted``);
    * only jurisdiction unmet: a written explanation naming ``competent_commission`` (required),
      not a 不予受理通知书; the case goes to CLOSED (event ``jurisdiction_explained``).

    A case still in INTAKE is first moved into ACCEPTANCE_REVIEW (dated its receipt). A decision
    after the 5-working-day clock is recorded with ``late=True``.
    """
    actor.require(Permission.CONDUCT_ARBITRATION)
    decision = acceptance_decision(checklist)
    notes = dict(notes or {})
    if decision == WRONG_COMMISSION and not competent_commission.strip():
        raise ValidationError({"competent_commission": "请写明有管辖权的仲裁委员会"})
    if decision == NOT_ACCEPT and not reasons.strip():
        reasons = "不符合受理条件：" + "；".join(
            _CONDITION_LABELS[c] + (f"（{notes[c]}）" if notes.get(c) else "")
            for c, _, _ in ACCEPTANCE_CONDITIONS if not checklist[c])
    if decision == WRONG_COMMISSION and not reasons.strip():
        reasons = notes.get("jurisdiction") or "本案不属于本委管辖。"
    _not_future("decided_on", decided_on, "审查决定日期")
    with uow.write() as tx:
        require_commission(tx)
        detail = _case(tx, case_id)
        _not_before_receipt("decided_on", decided_on, detail, "审查决定日期")
        status = detail.summary.status
        if status is CaseStatus.INTAKE:
            _transition(tx, actor, case_id, status, CaseStatus.ACCEPTANCE_REVIEW, detail.summary.received_on,
                        "受理审查", refresh=False)
            status = CaseStatus.ACCEPTANCE_REVIEW
        if status is not CaseStatus.ACCEPTANCE_REVIEW:
            raise ConflictError(f"案件当前为“{CaseStatus.label_of(status.value)}”，不在受理审查阶段。",
                                f"The case is not under acceptance review ({status.value}).")
        due = next((d.due for d in open_deadlines_for(tx, case_id, decided_on) if d.code == "acceptance_decision"),
                   None)
        if decision == ACCEPT:
            _transition(tx, actor, case_id, status, CaseStatus.ARBITRATION, decided_on, "决定受理")
        elif decision == NOT_ACCEPT:
            target = then_status or CaseStatus.HANDOFF
            if target not in (CaseStatus.HANDOFF, CaseStatus.CLOSED):
                raise ValidationError({"then_status": "不予受理后案件应为“移送法院”或“已结案”"})
            if target is CaseStatus.CLOSED:
                _event(tx, actor, case_id, "not_accepted", decided_on, reasons.strip(), refresh=False)
            _transition(tx, actor, case_id, status, target, decided_on, "不予受理：" + reasons.strip())
        else:
            _event(tx, actor, case_id, "jurisdiction_explained", decided_on,
                   f"告知向{competent_commission.strip()}申请仲裁", refresh=False)
            _transition(tx, actor, case_id, status, then_status or CaseStatus.CLOSED, decided_on,
                        f"不属于本委管辖，已书面告知向{competent_commission.strip()}申请仲裁")
        stored = {c: {"met": bool(checklist[c]), "note": notes.get(c, "")} for c, _, _ in ACCEPTANCE_CONDITIONS}
        repo = _repo(tx)
        review_id = repo.add_review(case_id=case_id, checklist=json.dumps(stored, ensure_ascii=False),
                                    decision=decision, reasons=reasons.strip(),
                                    competent_commission=competent_commission.strip(), decided_on=decided_on,
                                    decided_by=actor.username, created_at=now())
        tx.audit.append(actor=actor.username, action="arbitration.review", entity="case", entity_id=case_id,
                        changes={"review": review_id, "decision": decision, "checklist": stored,
                                 "reasons": reasons.strip(), "competent_commission": competent_commission.strip(),
                                 "decided_on": decided_on.isoformat(), "due": due.isoformat() if due else None})
        review = repo.latest_review(case_id)
    assert review is not None
    return replace(review, due=due, late=bool(due and decided_on > due))
