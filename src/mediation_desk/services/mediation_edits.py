"""Corrections to a case's mediation record: editing or deleting a session, a proposal or an item of
the agreement, and reversing a recorded performance.

Each correction needs the user's reason and is audited with what was there before (and after) in
the same transaction. A performance is never deleted or changed: a mistaken entry is cancelled by a
correcting entry that points at it, and the item's paid amount, its state and the case's
``agreement_performed`` event are recomputed from the entries. An item with recorded performance
cannot be deleted (its entries are the record of what was paid); its terms can be corrected as long
as the agreed amount stays at or above what was paid.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.mediation import AgreementItem, ProposalSide, validate_items
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services import clock
from mediation_desk.services.mediation import (AGREEMENT, MediationSession, Performance, Proposal, StoredItem,
                                               _agreement, _case, _check_date, _check_proposal, _check_session,
                                               _repo, proposal_party, recompute_item, render_agreement,
                                               sync_performed_event)
from mediation_desk.services.ports import DocumentRenderer, UnitOfWork

__all__ = ["update_session", "delete_session", "update_proposal", "delete_proposal", "update_item", "delete_item",
           "reverse_performance"]


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": "请写明更正或删除的理由"})
    return text


def _hm(t: time | None) -> str | None:
    return t.strftime("%H:%M") if t is not None else None


def _session_dict(s: MediationSession) -> dict[str, Any]:
    return {"held_on": s.held_on.isoformat(), "starts_at": _hm(s.starts_at), "ends_at": _hm(s.ends_at),
            "place": s.place, "participants": s.participants, "mediator": s.mediator, "record": s.record}


def _proposal_dict(p: Proposal) -> dict[str, Any]:
    return {"side": p.side.value, "party": p.party, "content": p.content,
            "amount": str(p.amount) if p.amount is not None else None, "on": p.proposed_on.isoformat()}


def _item_dict(i: AgreementItem) -> dict[str, Any]:
    return {"obligor": i.obligor, "obligee": i.obligee, "content": i.content,
            "claim_kind": i.claim_kind.value if i.claim_kind else "",
            "amount": str(i.amount) if i.amount is not None else None,
            "due_on": i.due_on.isoformat() if i.due_on else None, "method": i.method}


# --------------------------------------------------------------------------- sessions


def update_session(uow: UnitOfWork, actor: Principal, *, session_id: int, held_on: date, starts_at: time | None,
                   ends_at: time | None, place: str, participants: str, mediator: str, record: str,
                   reason: str) -> MediationSession:
    """Correct a session's record (day, times, place, who attended, mediator, what was said)."""
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    _check_session(place=place, mediator=mediator, record=record, starts_at=starts_at, ends_at=ends_at)
    with uow.write() as tx:
        repo = _repo(tx)
        before = repo.get_session(session_id)
        if before is None:
            raise NotFound("找不到该调解记录。", "Mediation session not found.")
        detail = _case(tx, before.case_id)
        _check_date("held_on", held_on, detail, label="调解日期")
        repo.update_session(session_id, held_on=held_on, starts_at=starts_at, ends_at=ends_at, place=place.strip(),
                            participants=participants.strip(), mediator=mediator.strip(), record=record.strip())
        after = repo.get_session(session_id)
        assert after is not None
        tx.audit.append(actor=actor.username, action="mediation.session_edited", entity="case",
                        entity_id=before.case_id, changes={"session": session_id, "reason": why,
                                                           "before": _session_dict(before),
                                                           "after": _session_dict(after)})
    return after


def delete_session(uow: UnitOfWork, actor: Principal, *, session_id: int, reason: str) -> None:
    """Delete a session entered by mistake; its proposals are kept (no longer tied to a session)."""
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    with uow.write() as tx:
        repo = _repo(tx)
        before = repo.get_session(session_id)
        if before is None:
            raise NotFound("找不到该调解记录。", "Mediation session not found.")
        repo.delete_session(session_id)
        tx.audit.append(actor=actor.username, action="mediation.session_deleted", entity="case",
                        entity_id=before.case_id, changes={"session": session_id, "reason": why,
                                                           "before": _session_dict(before)})


# --------------------------------------------------------------------------- proposals


def update_proposal(uow: UnitOfWork, actor: Principal, *, proposal_id: int, side: ProposalSide | str, party: str,
                    content: str, amount: Decimal | None, on: date, reason: str) -> Proposal:
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    side = _check_proposal(side, content, amount)
    with uow.write() as tx:
        repo = _repo(tx)
        before = repo.get_proposal(proposal_id)
        if before is None:
            raise NotFound("找不到该调解方案。", "Proposal not found.")
        detail = _case(tx, before.case_id)
        _check_date("on", on, detail, label="提出日期")
        party = proposal_party(detail, side, party)
        repo.update_proposal(proposal_id, side=side.value, party=party, content=content.strip(), amount=amount,
                             proposed_on=on)
        after = repo.get_proposal(proposal_id)
        assert after is not None
        tx.audit.append(actor=actor.username, action="mediation.proposal_edited", entity="case",
                        entity_id=before.case_id, changes={"proposal": proposal_id, "reason": why,
                                                           "before": _proposal_dict(before),
                                                           "after": _proposal_dict(after)})
    return after


def delete_proposal(uow: UnitOfWork, actor: Principal, *, proposal_id: int, reason: str) -> None:
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    with uow.write() as tx:
        repo = _repo(tx)
        before = repo.get_proposal(proposal_id)
        if before is None:
            raise NotFound("找不到该调解方案。", "Proposal not found.")
        repo.delete_proposal(proposal_id)
        tx.audit.append(actor=actor.username, action="mediation.proposal_deleted", entity="case",
                        entity_id=before.case_id, changes={"proposal": proposal_id, "reason": why,
                                                           "before": _proposal_dict(before)})


# --------------------------------------------------------------------------- agreement items


def _stored_item(tx: Any, item_id: int) -> tuple[int, StoredItem]:
    found = _repo(tx).item(item_id)
    if found is None:
        raise NotFound("找不到该协议事项。", "Agreement item not found.")
    case_id, stored = found
    outcome = _agreement(tx, case_id)
    if all(s.id != item_id for s in outcome.items):
        raise ConflictError("该事项不属于本案现行的调解协议。", "The item is not part of the case's current agreement.")
    return case_id, stored


def _rerender(uow: UnitOfWork, renderer: DocumentRenderer | None, actor: Principal,
              case_id: int) -> DocumentView | None:
    if renderer is None or not actor.can(Permission.MANAGE_EVIDENCE):
        return None
    return render_agreement(uow, renderer, actor, case_id=case_id)


def update_item(uow: UnitOfWork, actor: Principal, *, item_id: int, item: AgreementItem, reason: str,
                renderer: DocumentRenderer | None = None) -> tuple[StoredItem, DocumentView | None]:
    """Correct an item's terms (who, to whom, what, how much, by when, how). Its performance stays
    as recorded; given a renderer, a corrected copy of the 调解协议书 (same number) is made."""
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    new = AgreementItem(obligor=item.obligor.strip(), obligee=item.obligee.strip(), content=item.content.strip(),
                        claim_kind=item.claim_kind, amount=item.amount, due_on=item.due_on, method=item.method.strip())
    with uow.write() as tx:
        case_id, stored = _stored_item(tx, item_id)
        outcome = _agreement(tx, case_id)
        try:
            validate_items([new], agreed_on=outcome.decided_on)
        except ValidationError as exc:
            raise ValidationError({k.replace("items[0].", ""): v for k, v in exc.fields.items()}) from None
        entries = _repo(tx).item_performances(item_id)
        old = stored.item
        if entries and (old.amount is None) != (new.amount is None):
            raise ConflictError("该事项已有履行记录，不能在金钱给付和非金钱给付之间改变；如登记有误，请先冲正履行记录。",
                                "The item has recorded performance; reverse it before changing the kind of item.")
        if new.amount is not None and new.amount < old.paid:
            raise ValidationError({"amount": f"约定金额不能少于已履行的金额（已履行{old.paid}元）"})
        _repo(tx).update_item_terms(item_id, new)
        kept = AgreementItem(obligor=new.obligor, obligee=new.obligee, content=new.content,
                             claim_kind=new.claim_kind, amount=new.amount, due_on=new.due_on, method=new.method)
        updated = recompute_item(tx, item_id, kept)
        sync_performed_event(tx, actor, case_id, on=clock.today(), reason=why)
        tx.audit.append(actor=actor.username, action="mediation.item_edited", entity="case", entity_id=case_id,
                        changes={"item": item_id, "position": stored.position, "reason": why,
                                 "before": _item_dict(old), "after": _item_dict(new)})
    return StoredItem(id=item_id, position=stored.position, item=updated), _rerender(uow, renderer, actor, case_id)


def delete_item(uow: UnitOfWork, actor: Principal, *, item_id: int, reason: str,
                renderer: DocumentRenderer | None = None) -> DocumentView | None:
    """Delete an item entered by mistake (one without any performance recorded); the others are
    renumbered and, given a renderer, a corrected copy of the 调解协议书 is made."""
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    with uow.write() as tx:
        case_id, stored = _stored_item(tx, item_id)
        outcome = _agreement(tx, case_id)
        if _repo(tx).item_performances(item_id):
            raise ConflictError("该事项已有履行记录，不能删除；如履行登记有误，请冲正该履行记录。",
                                "The item has recorded performance and cannot be deleted.")
        if len(outcome.items) <= 1:
            raise ConflictError("调解协议至少要有一项约定，不能删除最后一项。",
                                "An agreement keeps at least one item.")
        _repo(tx).delete_item(item_id)
        sync_performed_event(tx, actor, case_id, on=clock.today(), reason=why)
        tx.audit.append(actor=actor.username, action="mediation.item_deleted", entity="case", entity_id=case_id,
                        changes={"item": item_id, "position": stored.position, "reason": why,
                                 "before": _item_dict(stored.item)})
    return _rerender(uow, renderer, actor, case_id)


# --------------------------------------------------------------------------- performance


def reverse_performance(uow: UnitOfWork, actor: Principal, *, performance_id: int, reason: str,
                        on: date | None = None) -> Performance:
    """Cancel a recorded performance by a correcting entry (the original stays on the record); the
    item's paid amount and state and the agreement's ``agreement_performed`` event are recomputed."""
    actor.require(Permission.CONDUCT_MEDIATION)
    why = _reason(reason)
    day = on or clock.today()
    with uow.write() as tx:
        repo = _repo(tx)
        original = repo.get_performance(performance_id)
        if original is None:
            raise NotFound("找不到该履行记录。", "Performance entry not found.")
        if original.is_correction:
            raise ConflictError("这是一条冲正记录，不能再冲正。", "A correcting entry cannot be reversed.")
        found = repo.item(original.item_id)
        assert found is not None
        case_id, stored = found
        outcome = _agreement(tx, case_id)
        if outcome.outcome != AGREEMENT or all(s.id != stored.id for s in outcome.items):
            raise ConflictError("该履行记录不属于本案现行的调解协议。", "The entry is not part of the current agreement.")
        if any(p.reverses_id == performance_id for p in repo.item_performances(original.item_id)):
            raise ConflictError("该履行记录已经冲正。", "The entry has already been reversed.")
        detail = _case(tx, case_id)
        _check_date("on", day, detail, label="冲正日期")
        amount = -original.amount if original.amount is not None else None
        note = f"冲正{original.performed_on.isoformat()}登记的履行记录"
        entry_id = repo.add_performance(item_id=original.item_id, amount=amount, performed_on=day, note=note,
                                        recorded_at=clock.now(), recorded_by=actor.username,
                                        reverses_id=performance_id, reason=why)
        updated = recompute_item(tx, original.item_id, stored.item)
        sync_performed_event(tx, actor, case_id, on=day, reason=why)
        tx.audit.append(actor=actor.username, action="mediation.performance_reversed", entity="case",
                        entity_id=case_id,
                        changes={"item": original.item_id, "position": stored.position, "reverses": performance_id,
                                 "entry": entry_id, "amount": str(amount) if amount is not None else None,
                                 "on": day.isoformat(), "reason": why, "paid": str(updated.paid),
                                 "performed": updated.performed})
        entry = repo.get_performance(entry_id)
    assert entry is not None
    return entry


def item_from_values(values: dict[str, Any]) -> AgreementItem:
    """An item from a form's values (obligor, obligee, content, claim_kind code, amount, due_on, method)."""
    code = values.get("claim_kind") or ""
    return AgreementItem(obligor=values.get("obligor", ""), obligee=values.get("obligee", ""),
                         content=values.get("content", ""), claim_kind=ClaimKind(code) if code else None,
                         amount=values.get("amount"), due_on=values.get("due_on"), method=values.get("method", ""))
