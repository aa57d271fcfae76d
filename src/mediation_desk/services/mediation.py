"""Mediation of a case: sessions with their record (调解笔录), proposals and counter-proposals, the
outcome -- an agreement (调解协议书) whose items are then performed one by one, or a failed
mediation (调解终止告知书) -- and what may follow an agreement: the joint application for arbitral
review (仲裁审查, 15 days) or judicial confirmation (司法确认, 30 days), or, when the employer does
not pay in time, the worker's application for a payment order (支付令, 劳动争议调解仲裁法第十六条).

Status changes go along the case's life cycle (``services.cases._transition``) in the same
transaction as the mediation data they belong to, so the dated events, the statutory deadlines
(``mediation_window``, ``mediation_review``, ``judicial_confirmation``) and the audit log stay
consistent. Every document is made with ``services.documents.render_document`` from the case's
context plus the mediation's own values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from mediation_desk.domain.cases import CaseDetail, CaseStatus, ClaimKind, can_transition
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.deadlines import Deadline
from mediation_desk.domain.documents import DocumentView
from mediation_desk.domain.errors import ConflictError, NotFound, ValidationError
from mediation_desk.domain.mediation import (AgreementItem, DefaultAdvice, Entry, MediationOutcome,
                                             MediationSession, NextStep, Performance, PerformanceState, Proposal,
                                             ProposalSide, StoredItem, advise_on_default, clause, recompute,
                                             record_payment, state_of, validate_items)
from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.access import require_case
from mediation_desk.services.cases import _transition
from mediation_desk.services import clock
from mediation_desk.services.clock import now
from mediation_desk.services.deadlines import open_deadlines_for, refresh_case
from mediation_desk.services.documents import render_document
from mediation_desk.services.ports import DocumentRenderer, MediationRepo, Tx, UnitOfWork

__all__ = ["MediationSession", "Proposal", "StoredItem", "Performance", "MediationOutcome", "ItemStatus",
           "AgreementStatus", "MediationOverview", "MediationRepo", "JointKind",
           "record_session", "render_session_record", "add_proposal", "conclude_agreement", "render_agreement",
           "record_performance", "agreement_status", "mediation_failed", "joint_application",
           "payment_order_draft", "mediation_overview", "record_entries", "item_fields", "proposal_author",
           "session_time_text",
           "AGREEMENT", "FAILED", "MEDIATION_TEMPLATES"]

AGREEMENT = "agreement"
FAILED = "failed"

# The documents this module makes (template codes of templates/docs/registry.json).
MEDIATION_TEMPLATES = ("mediation_record", "mediation_agreement", "mediation_termination",
                       "payment_order_application", "arbitration_review_application",
                       "judicial_confirmation_application")

# Statuses from which recording a mediation session moves the case into mediation.
_BEFORE_MEDIATION = (CaseStatus.INTAKE, CaseStatus.ACCEPTANCE_REVIEW, CaseStatus.SUSPENDED)


# --------------------------------------------------------------------------- records




def _repo(tx: Tx) -> MediationRepo:
    return tx.mediation


def _case(tx: Tx, case_id: int) -> CaseDetail:
    detail = tx.cases.get(case_id)
    if detail is None:
        raise NotFound("找不到该案件。", "Case not found.")
    return detail


def _check_date(name: str, on: date | None, detail: CaseDetail, *, label: str = "日期") -> date:
    if on is None:
        raise ValidationError({name: f"请填写{label}"})
    if on > clock.today():
        raise ValidationError({name: f"{label}不能晚于今天"})
    if on < detail.summary.received_on:
        raise ValidationError({name: f"{label}不能早于收案日期"})
    return on


def item_fields(item: AgreementItem, *, agreed_on: date | None = None) -> dict[str, Any]:
    """An item for the documents: its clause (who pays whom, how much, by when -- or who does what by
    when), the amount (figures and capitals), the parties and the due date."""
    content = item.content.strip().rstrip("。；;")
    out: dict[str, Any] = {"clause": clause(item, agreed_on=agreed_on), "content": content,
                           "is_money": item.amount is not None, "obligor": item.obligor, "obligee": item.obligee,
                           "amount": item.amount, "due_date": item.due_on, "method": item.method,
                           "kind_label": ClaimKind.label_of(item.claim_kind.value) if item.claim_kind else "",
                           "amount_yuan": "", "amount_capital": ""}
    if item.amount is not None:
        out["amount_yuan"] = format_yuan(item.amount)
        out["amount_capital"] = to_chinese_capital(item.amount)
    return out


def record_entries(text: str, *, default_speaker: str = "调解员") -> list[dict[str, str]]:
    """The record text as the 调解笔录's entries: one per line "发言人：内容"; a line without a
    speaker continues the previous entry (or is the mediator's when it comes first)."""
    entries: list[dict[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        head, sep, rest = line.replace(":", "：", 1).partition("：")
        if sep and 0 < len(head.strip()) <= 12 and rest.strip():
            entries.append({"speaker": head.strip(), "text": rest.strip()})
        elif entries:
            entries[-1]["text"] += line
        else:
            entries.append({"speaker": default_speaker, "text": line})
    return entries


# --------------------------------------------------------------------------- sessions and proposals


def session_time_text(starts_at: time | None, ends_at: time | None) -> str:
    """"9时30分至11时20分" (the 调解笔录's time of the session)."""
    def hm(t: time) -> str:
        return f"{t.hour}时{t.minute:02d}分" if t.minute else f"{t.hour}时"
    if starts_at and ends_at:
        return f"{hm(starts_at)}至{hm(ends_at)}"
    return f"{hm(starts_at)}起" if starts_at else ""


def _check_session(*, place: str, mediator: str, record: str, starts_at: time | None,
                   ends_at: time | None) -> None:
    errors: dict[str, str] = {}
    if not place.strip():
        errors["place"] = "请填写调解地点"
    if not mediator.strip():
        errors["mediator"] = "请填写调解员"
    if not record.strip():
        errors["record"] = "请填写调解笔录内容"
    if starts_at is None:
        errors["starts_at"] = "请填写调解开始时间"
    if ends_at is None:
        errors["ends_at"] = "请填写调解结束时间"
    elif starts_at is not None and ends_at <= starts_at:
        errors["ends_at"] = "结束时间应晚于开始时间"
    if errors:
        raise ValidationError(errors)


def record_session(uow: UnitOfWork, actor: Principal, *, case_id: int, held_on: date, place: str,
                   participants: str, mediator: str, record: str, starts_at: time | None = None,
                   ends_at: time | None = None) -> MediationSession:
    """One mediation session (its day, start and end time) and its record. The first session of a
    case not yet in mediation moves it into mediation (dated the session's day)."""
    actor.require(Permission.CONDUCT_MEDIATION)
    _check_session(place=place, mediator=mediator, record=record, starts_at=starts_at, ends_at=ends_at)
    with uow.write() as tx:
        detail = _case(tx, case_id)
        _check_date("held_on", held_on, detail, label="调解日期")
        status = detail.summary.status
        if status in _BEFORE_MEDIATION:
            _transition(tx, actor, case_id, status, CaseStatus.MEDIATION, held_on, "开始调解")
        elif status is not CaseStatus.MEDIATION:
            raise ConflictError(f"案件当前为“{status.label}”，不能再记录调解。",
                                f"A case in {status.value} is not in mediation.")
        repo = _repo(tx)
        session_id = repo.add_session(case_id=case_id, held_on=held_on, place=place.strip(),
                                      participants=participants.strip(), mediator=mediator.strip(),
                                      record=record.strip(), recorded_at=now(), recorded_by=actor.username,
                                      starts_at=starts_at, ends_at=ends_at)
        tx.audit.append(actor=actor.username, action="mediation.session", entity="case", entity_id=case_id,
                        changes={"session": session_id, "held_on": held_on.isoformat(),
                                 "starts_at": starts_at.strftime("%H:%M") if starts_at else None,
                                 "ends_at": ends_at.strftime("%H:%M") if ends_at else None, "place": place.strip(),
                                 "participants": participants.strip(), "mediator": mediator.strip(),
                                 "record_chars": len(record.strip())})
        session = repo.get_session(session_id)
    assert session is not None
    return session


def render_session_record(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, session_id: int,
                          recorder: str = "", today: date | None = None) -> DocumentView:
    """The 调解笔录 of a recorded session."""
    with uow.read() as tx:
        session = _repo(tx).get_session(session_id)
        proposals = [p for p in _repo(tx).list_proposals(session.case_id) if p.session_id == session_id] \
            if session is not None else []
    if session is None:
        raise NotFound("找不到该调解记录。", "Mediation session not found.")
    context = {"session_date": session.held_on, "session_place": session.place, "mediator": session.mediator,
               "session_time": session_time_text(session.starts_at, session.ends_at),
               "recorder": recorder.strip() or actor.display_name or session.mediator,
               "attendees": session.participants,
               "record_entries": record_entries(session.record),
               "session_proposals": [{"author": proposal_author(p), "content": p.content.strip().rstrip("。"),
                                      "amount": p.amount} for p in proposals]}
    return render_document(uow, renderer, actor, case_id=session.case_id, template="mediation_record",
                           context_overrides=context, today=today or session.held_on)


_SIDE_TITLE = {ProposalSide.WORKER: "申请人", ProposalSide.EMPLOYER: "被申请人", ProposalSide.MEDIATOR: "调解员"}


def proposal_author(p: Proposal) -> str:
    """Who put the proposal, naming the party: "被申请人江西永信网络科技有限公司"."""
    return f"{_SIDE_TITLE[p.side]}{p.party}"


def proposal_party(detail: CaseDetail, side: ProposalSide, party: str) -> str:
    """The party of ``side`` who put the proposal: one of the case's applicants (worker) or
    respondents (employer); with a single party on that side it is that party."""
    party = party.strip()
    if side is ProposalSide.MEDIATOR:
        return party
    want = "applicant" if side is ProposalSide.WORKER else "respondent"
    names = [p.name for p in detail.parties if p.side.value == want]
    label = "申请人" if side is ProposalSide.WORKER else "被申请人"
    if party:
        if party not in names:
            raise ValidationError({"party": f"“{party}”不是本案的{label}"})
        return party
    if len(names) == 1:
        return names[0]
    raise ValidationError({"party": f"本案有{len(names)}个{label}，请选择提出方案的是哪一个"})


def _check_proposal(side: ProposalSide | str, content: str, amount: Decimal | None) -> ProposalSide:
    try:
        side = ProposalSide(side)
    except ValueError:
        raise ValidationError({"side": "请选择提出方案的一方"}) from None
    errors: dict[str, str] = {}
    if not content.strip():
        errors["content"] = "请填写方案内容"
    if amount is not None and amount <= 0:
        errors["amount"] = "金额应大于零"
    if errors:
        raise ValidationError(errors)
    return side


def add_proposal(uow: UnitOfWork, actor: Principal, *, case_id: int, side: ProposalSide | str, content: str,
                 amount: Decimal | None = None, on: date, session_id: int | None = None,
                 party: str = "") -> Proposal:
    """A proposal or counter-proposal put by one party (naming which applicant or respondent) or by
    the mediator."""
    actor.require(Permission.CONDUCT_MEDIATION)
    side = _check_proposal(side, content, amount)
    with uow.write() as tx:
        detail = _case(tx, case_id)
        _check_date("on", on, detail, label="提出日期")
        party = proposal_party(detail, side, party)
        repo = _repo(tx)
        pid = repo.add_proposal(case_id=case_id, side=side.value, content=content.strip(), amount=amount,
                                proposed_on=on, session_id=session_id, recorded_at=now(),
                                recorded_by=actor.username, party=party)
        tx.audit.append(actor=actor.username, action="mediation.proposal", entity="case", entity_id=case_id,
                        changes={"proposal": pid, "side": side.value, "party": party, "content": content.strip(),
                                 "amount": str(amount) if amount is not None else None, "on": on.isoformat()})
        found = [p for p in repo.list_proposals(case_id) if p.id == pid]
    return found[0]


# --------------------------------------------------------------------------- the agreement


def conclude_agreement(uow: UnitOfWork, actor: Principal, *, case_id: int, agreed_on: date,
                       items: Sequence[AgreementItem], renderer: DocumentRenderer | None = None,
                       performance: str = "", mediator: str = "", today: date | None = None
                       ) -> tuple[MediationOutcome, DocumentView | None]:
    """The parties agreed: the items are checked and stored, the case moves to 已达成调解协议
    (event ``agreement_effective``, which closes the mediation window and starts the review and
    confirmation periods), and, given a renderer, the 调解协议书 is made."""
    actor.require(Permission.CONDUCT_MEDIATION)
    items = [AgreementItem(obligor=i.obligor.strip(), obligee=i.obligee.strip(), content=i.content.strip(),
                           claim_kind=i.claim_kind, amount=i.amount, due_on=i.due_on, method=i.method.strip())
             for i in items]
    validate_items(items, agreed_on=agreed_on)
    with uow.write() as tx:
        detail = _case(tx, case_id)
        _check_date("agreed_on", agreed_on, detail, label="协议日期")
        current = detail.summary.status
        if not can_transition(current, CaseStatus.AGREEMENT):
            raise ConflictError(f"案件当前为“{current.label}”，不能登记调解协议；请先记录调解。",
                                f"A case in {current.value} cannot reach a mediation agreement.")
        _transition(tx, actor, case_id, current, CaseStatus.AGREEMENT, agreed_on, "达成调解协议")
        repo = _repo(tx)
        outcome_id = repo.add_outcome(case_id=case_id, outcome=AGREEMENT, decided_on=agreed_on, reason="",
                                      next_status=CaseStatus.AGREEMENT.value, items=items, created_at=now(),
                                      created_by=actor.username)
        tx.audit.append(actor=actor.username, action="mediation.agreement", entity="case", entity_id=case_id,
                        changes={"outcome": outcome_id, "agreed_on": agreed_on.isoformat(),
                                 "items": [[i.obligor, i.obligee, i.content,
                                            i.claim_kind.value if i.claim_kind else "",
                                            str(i.amount) if i.amount is not None else None,
                                            i.due_on.isoformat() if i.due_on else None, i.method] for i in items]})
        outcome = repo.latest_outcome(case_id)
    assert outcome is not None
    document = None
    if renderer is not None:
        document = render_agreement(uow, renderer, actor, case_id=case_id, performance=performance,
                                    mediator=mediator, today=today)
    return outcome, document


def _agreement(tx: Tx, case_id: int) -> MediationOutcome:
    outcome = _repo(tx).latest_outcome(case_id)
    if outcome is None or outcome.outcome != AGREEMENT:
        raise ConflictError("本案尚未登记调解协议。", "The case has no mediation agreement.")
    return outcome


def render_agreement(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int,
                     performance: str = "", mediator: str = "", today: date | None = None) -> DocumentView:
    """The 调解协议书 of the case's agreement (a re-render is a corrected copy with the same number)."""
    with uow.read() as tx:
        outcome = _agreement(tx, case_id)
        sessions = _repo(tx).list_sessions(case_id)
    items = [s.item for s in outcome.items]
    amounts = [i.amount for i in items if i.amount is not None]
    context = {"agreement_items": [item_fields(i, agreed_on=outcome.decided_on) for i in items],
               "agreement_total": sum(amounts, Decimal("0.00")) if amounts else None,
               "performance": performance.strip() or "各项义务由义务人按上述各项约定的期限和方式履行。",
               "mediator": mediator.strip() or (sessions[-1].mediator if sessions else "") or actor.display_name,
               "agreement_date": outcome.decided_on}
    return render_document(uow, renderer, actor, case_id=case_id, template="mediation_agreement",
                           context_overrides=context, today=today or outcome.decided_on)


def record_performance(uow: UnitOfWork, actor: Principal, *, item_id: int, amount: Decimal | None, on: date,
                       note: str = "") -> StoredItem:
    """A payment (or, for an item without an amount, its performance) against one agreement item;
    audited. When every item is performed the event ``agreement_performed`` is recorded."""
    actor.require(Permission.CONDUCT_MEDIATION)
    with uow.write() as tx:
        repo = _repo(tx)
        found = repo.item(item_id)
        if found is None:
            raise NotFound("找不到该协议事项。", "Agreement item not found.")
        case_id, stored = found
        detail = _case(tx, case_id)
        _check_date("on", on, detail, label="履行日期")
        outcome = _agreement(tx, case_id)
        if on < outcome.decided_on:
            raise ValidationError({"on": "履行日期不能早于协议日期"})
        if stored.item.amount is None and stored.item.performed:
            raise ConflictError("该事项已登记为履行完毕。", "The item is already performed.")
        record_payment(stored.item, amount=amount if stored.item.amount is not None else None, on=on)  # checks
        perf_id = repo.add_performance(item_id=item_id, amount=amount if stored.item.amount is not None else None,
                                       performed_on=on, note=note.strip(), recorded_at=now(),
                                       recorded_by=actor.username)
        updated = recompute_item(tx, item_id, stored.item)
        state = state_of(updated, on)
        tx.audit.append(actor=actor.username, action="mediation.performance", entity="case", entity_id=case_id,
                        changes={"item": item_id, "position": stored.position, "performance": perf_id,
                                 "amount": str(amount) if amount is not None and stored.item.amount is not None
                                 else None, "on": on.isoformat(), "paid": str(updated.paid),
                                 "state": state.value, "note": note.strip()})
        sync_performed_event(tx, actor, case_id, on=on)
    return StoredItem(id=item_id, position=stored.position, item=updated)


def recompute_item(tx: Tx, item_id: int, item: AgreementItem) -> AgreementItem:
    """The item's paid amount and performed state recomputed from all its entries, and stored."""
    entries = [Entry(id=p.id, amount=p.amount, performed_on=p.performed_on, reverses_id=p.reverses_id)
               for p in _repo(tx).item_performances(item_id)]
    updated = recompute(item, entries)
    _repo(tx).update_item(item_id, updated)
    return updated


def sync_performed_event(tx: Tx, actor: Principal, case_id: int, *, on: date, reason: str = "") -> None:
    """Keep the event ``agreement_performed`` true to the items: recorded (dated ``on``) when every
    item is performed, withdrawn when a correction leaves an item unperformed; deadlines refreshed."""
    outcome = _repo(tx).latest_outcome(case_id)
    if outcome is None or outcome.outcome != AGREEMENT:
        return
    done = bool(outcome.items) and all(state_of(s.item, on) is PerformanceState.PERFORMED for s in outcome.items)
    recorded = "agreement_performed" in tx.cases.events_of(case_id)
    if done and not recorded:
        tx.cases.add_event(case_id, event_date=on, kind="agreement_performed", actor=actor.username,
                           note="调解协议各项均已履行完毕", now=now())
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                        changes={"event": "agreement_performed", "on": on.isoformat()})
    elif recorded and not done:
        removed = _repo(tx).remove_case_events(case_id, "agreement_performed")
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="case.event_withdrawn", entity="case", entity_id=case_id,
                        changes={"event": "agreement_performed", "removed": removed, "reason": reason})


@dataclass(frozen=True)
class ItemStatus:
    id: int
    position: int
    item: AgreementItem
    state: PerformanceState
    outstanding: Decimal | None  # amount not yet paid (None for an item without an amount)


@dataclass(frozen=True)
class AgreementStatus:
    outcome: MediationOutcome
    items: tuple[ItemStatus, ...]
    advice: DefaultAdvice
    total: Decimal
    paid: Decimal
    performances: tuple[Performance, ...] = ()
    deadlines: tuple[Deadline, ...] = ()  # mediation_review and judicial_confirmation, while open
    applied: tuple[str, ...] = ()  # arbitration_review_applied / judicial_confirmation_applied, if recorded

    @property
    def agreed_on(self) -> date:
        return self.outcome.decided_on


def _status(tx: Tx, case_id: int, day: date) -> AgreementStatus:
    outcome = _agreement(tx, case_id)
    items = [s.item for s in outcome.items]
    rows = tuple(ItemStatus(id=s.id, position=s.position, item=s.item, state=state_of(s.item, day),
                            outstanding=(s.item.amount - s.item.paid) if s.item.amount is not None else None)
                 for s in outcome.items)
    events = tx.cases.events_of(case_id)
    deadlines = tuple(d for d in open_deadlines_for(tx, case_id, day)
                      if d.code in ("mediation_review", "judicial_confirmation"))
    return AgreementStatus(
        outcome=outcome, items=rows, advice=advise_on_default(items, day),
        total=sum((i.amount for i in items if i.amount is not None), Decimal("0.00")),
        paid=sum((i.paid for i in items), Decimal("0.00")),
        performances=tuple(_repo(tx).performances(case_id)), deadlines=deadlines,
        applied=tuple(k for k in ("arbitration_review_applied", "judicial_confirmation_applied") if k in events))


def agreement_status(uow: UnitOfWork, actor: Principal, *, case_id: int, today: date | None = None) -> AgreementStatus:
    """Each item's state of performance on ``today``, with the advice on default (payment order or arbitration)."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        _case(tx, case_id)
        require_case(tx, actor, case_id)
        return _status(tx, case_id, today or clock.today())


# --------------------------------------------------------------------------- failure


def mediation_failed(uow: UnitOfWork, actor: Principal, *, case_id: int, on: date, reason: str,
                     next_status: CaseStatus = CaseStatus.CLOSED, renderer: DocumentRenderer | None = None,
                     arbitration_commission: str = "", today: date | None = None
                     ) -> tuple[MediationOutcome, DocumentView | None]:
    """The mediation ended without agreement: the case is closed here (the worker is told which
    commission to apply to) or, for a case the commission has already accepted, goes back into
    arbitration (refused without that acceptance); the event ``mediation_failed`` is recorded, and,
    given a renderer, the 调解终止告知书 is made."""
    actor.require(Permission.CONDUCT_MEDIATION)
    next_status = CaseStatus(next_status)
    if next_status not in (CaseStatus.ARBITRATION, CaseStatus.CLOSED):
        raise ValidationError({"next_status": "调解不成后，案件转入仲裁或结案"})
    if not reason.strip():
        raise ValidationError({"reason": "请写明终止调解的原因"})
    with uow.write() as tx:
        detail = _case(tx, case_id)
        _check_date("on", on, detail, label="终止调解日期")
        current = detail.summary.status
        if current is not CaseStatus.MEDIATION:
            raise ConflictError(f"案件当前为“{current.label}”，不在调解中。",
                                f"A case in {current.value} is not in mediation.")
        if next_status is CaseStatus.CLOSED:  # mediation -> closed records case_closed; the failure is its own event
            tx.cases.add_event(case_id, event_date=on, kind="mediation_failed", actor=actor.username,
                               note=reason.strip(), now=now())
        _transition(tx, actor, case_id, current, next_status, on, f"调解不成：{reason.strip()}")
        repo = _repo(tx)
        outcome_id = repo.add_outcome(case_id=case_id, outcome=FAILED, decided_on=on, reason=reason.strip(),
                                      next_status=next_status.value, items=[], created_at=now(),
                                      created_by=actor.username)
        tx.audit.append(actor=actor.username, action="mediation.failed", entity="case", entity_id=case_id,
                        changes={"outcome": outcome_id, "on": on.isoformat(), "reason": reason.strip(),
                                 "next_status": next_status.value})
        outcome = repo.latest_outcome(case_id)
    assert outcome is not None
    document = None
    if renderer is not None:
        context = {"termination_reason": reason.strip().rstrip("。"), "termination_date": on,
                   "arbitration_commission": arbitration_commission.strip()}
        document = render_document(uow, renderer, actor, case_id=case_id, template="mediation_termination",
                                   context_overrides=context, today=today or on)
    return outcome, document


# --------------------------------------------------------------------------- after the agreement


class JointKind:
    ARBITRAL_REVIEW = "arbitral_review"
    JUDICIAL_CONFIRMATION = "judicial_confirmation"


_JOINT = {
    JointKind.ARBITRAL_REVIEW: ("arbitration_review_applied", "arbitration_review_application", "mediation_review",
                                15, "仲裁审查"),
    JointKind.JUDICIAL_CONFIRMATION: ("judicial_confirmation_applied", "judicial_confirmation_application",
                                      "judicial_confirmation", 30, "司法确认"),
}


def _agreement_number(tx: Tx, case_id: int) -> str:
    latest = tx.documents.latest(case_id, "mediation_agreement")
    return latest.number if latest is not None else ""


def joint_application(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int, kind: str,
                      on: date, court: str = "", arbitration_commission: str = "",
                      today: date | None = None) -> DocumentView:
    """The parties' joint application for arbitral review (within 15 days of the agreement) or
    judicial confirmation (within 30 days): the event is recorded and the application drafted."""
    actor.require(Permission.CONDUCT_MEDIATION)
    if kind not in _JOINT:
        raise ValidationError({"kind": "请选择仲裁审查或司法确认"})
    event, template, _code, days, label = _JOINT[kind]
    if kind == JointKind.ARBITRAL_REVIEW and not arbitration_commission.strip():
        raise ValidationError({"arbitration_commission": "请填写受理仲裁审查的仲裁委员会"})
    if kind == JointKind.JUDICIAL_CONFIRMATION and not court.strip():
        raise ValidationError({"court": "请填写受理司法确认的人民法院"})
    with uow.read() as tx:
        detail = _case(tx, case_id)
        outcome = _agreement(tx, case_id)
        has_number = bool(_agreement_number(tx, case_id))
        events = tx.cases.events_of(case_id)
    _check_date("on", on, detail, label="申请日期")
    if on < outcome.decided_on:
        raise ValidationError({"on": "申请日期不能早于协议日期"})
    last_day = outcome.decided_on + timedelta(days=days)
    if on > last_day:
        raise ConflictError(f"已超过{label}的申请期限（调解协议生效之日起{days}日，至{numeric_date(last_day)}）。",
                            f"The {days}-day period for this application ended on {last_day.isoformat()}.")
    other = [e for e in ("arbitration_review_applied", "judicial_confirmation_applied") if e in events]
    if other:
        raise ConflictError("本协议已申请过仲裁审查或司法确认，二者只能择一。",
                            "A review or confirmation has already been applied for.")
    if not has_number:  # the application cites the agreement by its number
        render_agreement(uow, renderer, actor, case_id=case_id, today=outcome.decided_on)
    with uow.write() as tx:
        _case(tx, case_id)
        tx.cases.add_event(case_id, event_date=on, kind=event, actor=actor.username,
                           note=f"双方共同申请{label}", now=now())
        refresh_case(tx, case_id)
        tx.audit.append(actor=actor.username, action="case.event", entity="case", entity_id=case_id,
                        changes={"event": event, "on": on.isoformat(), "court": court.strip(),
                                 "arbitration_commission": arbitration_commission.strip()})
        number = _agreement_number(tx, case_id)
    items = [s.item for s in outcome.items]
    amounts = [i.amount for i in items if i.amount is not None]
    context = {"agreement_number": number, "agreement_date": outcome.decided_on,
               "agreement_items": [item_fields(i, agreed_on=outcome.decided_on) for i in items],
               "agreement_total": sum(amounts, Decimal("0.00")) if amounts else None,
               "court": court.strip(), "arbitration_commission": arbitration_commission.strip()}
    if not amounts:
        context.pop("agreement_total")
    return render_document(uow, renderer, actor, case_id=case_id, template=template, context_overrides=context,
                           today=today or on)


def payment_order_draft(uow: UnitOfWork, renderer: DocumentRenderer, actor: Principal, *, case_id: int, court: str,
                        today: date | None = None) -> DocumentView:
    """The worker's 支付令申请书 for the overdue money items the advice on default rests on
    (劳动争议调解仲裁法第十六条): each item's unpaid amount, in figures and in capitals."""
    actor.require(Permission.MANAGE_EVIDENCE)
    if not court.strip():
        raise ValidationError({"court": "请填写受理支付令申请的基层人民法院"})
    day = today or clock.today()
    with uow.read() as tx:
        _case(tx, case_id)
        status = _status(tx, case_id, day)
        number = _agreement_number(tx, case_id)
    if status.advice.step is not NextStep.PAYMENT_ORDER:
        raise ConflictError("没有可以申请支付令的逾期未付款项。", "No overdue payment supports a payment order.")
    if not number:
        render_agreement(uow, renderer, actor, case_id=case_id, today=status.agreed_on)
        with uow.read() as tx:
            number = _agreement_number(tx, case_id)
    rows = [status.items[i] for i in status.advice.items]
    payment_items = []
    for r in rows:
        label = ClaimKind.label_of(r.item.claim_kind.value) if r.item.claim_kind else r.item.content
        payment_items.append({"kind_label": label, "amount": r.outstanding, "content": r.item.content,
                              "amount_yuan": format_yuan(r.outstanding or Decimal("0")),
                              "amount_capital": to_chinese_capital(r.outstanding or Decimal("0"))})
    total = sum((r.outstanding or Decimal("0") for r in rows), Decimal("0.00"))
    due = max(r.item.due_on for r in rows if r.item.due_on is not None)
    context = {"court": court.strip(), "agreement_number": number, "agreement_date": status.agreed_on,
               "payment_due_date": due, "payment_items": payment_items, "payment_total": total}
    return render_document(uow, renderer, actor, case_id=case_id, template="payment_order_application",
                           context_overrides=context, today=day)


# --------------------------------------------------------------------------- the panel's view


@dataclass(frozen=True)
class MediationOverview:
    """Everything the mediation panel shows for one case, read in one transaction."""

    case_id: int
    status: CaseStatus
    received_on: date
    window: Deadline | None  # the 15-day mediation window while it is open
    sessions: tuple[MediationSession, ...]
    proposals: tuple[Proposal, ...]
    outcome: MediationOutcome | None
    agreement: AgreementStatus | None
    documents: tuple[DocumentView, ...] = field(default_factory=tuple)  # the mediation documents, newest first


def mediation_overview(uow: UnitOfWork, actor: Principal, *, case_id: int,
                       today: date | None = None) -> MediationOverview:
    actor.require(Permission.VIEW_CASES)
    day = today or clock.today()
    with uow.read() as tx:
        detail = _case(tx, case_id)
        require_case(tx, actor, case_id)
        repo = _repo(tx)
        outcome = repo.latest_outcome(case_id)
        window = next((d for d in open_deadlines_for(tx, case_id, day) if d.code == "mediation_window"), None)
        agreement = _status(tx, case_id, day) if outcome is not None and outcome.outcome == AGREEMENT else None
        documents = [d for d in tx.documents.list_for_case(case_id) if d.template in MEDIATION_TEMPLATES]
        return MediationOverview(
            case_id=case_id, status=detail.summary.status, received_on=detail.summary.received_on, window=window,
            sessions=tuple(repo.list_sessions(case_id)), proposals=tuple(repo.list_proposals(case_id)),
            outcome=outcome, agreement=agreement,
            documents=tuple(sorted(documents, key=lambda d: (d.created_at, d.id), reverse=True)))
