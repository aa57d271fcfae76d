"""SQLAlchemy implementation of ``services.ports.MediationRepo``: sessions, proposals, outcomes,
agreement items and their performance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.mediation import AgreementItem, ProposalSide
from mediation_desk.domain.mediation import (MediationOutcome, MediationSession, Performance, Proposal,
                                             StoredItem)
from mediation_desk.storage import orm


def _hm(t: time | None) -> str | None:
    return t.strftime("%H:%M") if t is not None else None


def _time(text: str | None) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _session(r: orm.MediationSessionRow) -> MediationSession:
    return MediationSession(id=r.id, case_id=r.case_id, held_on=r.held_on, place=r.place,
                            participants=r.participants, mediator=r.mediator, record=r.record,
                            recorded_at=r.recorded_at, recorded_by=r.recorded_by, starts_at=_time(r.starts_at),
                            ends_at=_time(r.ends_at))


def _proposal(r: orm.MediationProposalRow) -> Proposal:
    try:
        side = ProposalSide(r.side)
    except ValueError:
        side = ProposalSide.MEDIATOR
    return Proposal(id=r.id, case_id=r.case_id, side=side, content=r.content, amount=r.amount,
                    proposed_on=r.proposed_on, recorded_at=r.recorded_at, recorded_by=r.recorded_by,
                    session_id=r.session_id, party=r.party or "")


def _performance(r: orm.AgreementPerformanceRow) -> Performance:
    return Performance(id=r.id, item_id=r.item_id, amount=r.amount, performed_on=r.performed_on, note=r.note,
                       recorded_at=r.recorded_at, recorded_by=r.recorded_by, reverses_id=r.reverses_id,
                       reason=r.reason or "")


def _kind(code: str) -> ClaimKind | None:
    try:
        return ClaimKind(code) if code else None
    except ValueError:
        return ClaimKind.OTHER


def _item(r: orm.AgreementItemRow) -> StoredItem:
    return StoredItem(id=r.id, position=r.position, item=AgreementItem(
        obligor=r.obligor, obligee=r.obligee, content=r.content, claim_kind=_kind(r.claim_kind), amount=r.amount,
        due_on=r.due_on, method=r.method, paid=r.paid if r.paid is not None else Decimal("0"),
        performed_on=r.performed_on, performed=bool(r.performed)))


class SqlMediationRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # sessions
    def add_session(self, *, case_id: int, held_on: date, place: str, participants: str, mediator: str,
                    record: str, recorded_at: datetime, recorded_by: str, starts_at: time | None = None,
                    ends_at: time | None = None) -> int:
        row = orm.MediationSessionRow(case_id=case_id, held_on=held_on, place=place, participants=participants,
                                      mediator=mediator, record=record, recorded_at=recorded_at,
                                      recorded_by=recorded_by, starts_at=_hm(starts_at), ends_at=_hm(ends_at))
        self.s.add(row)
        self.s.flush()
        return row.id

    def get_session(self, session_id: int) -> MediationSession | None:
        row = self.s.get(orm.MediationSessionRow, session_id)
        return _session(row) if row is not None else None

    def list_sessions(self, case_id: int) -> list[MediationSession]:
        rows = self.s.scalars(select(orm.MediationSessionRow).where(orm.MediationSessionRow.case_id == case_id)
                              .order_by(orm.MediationSessionRow.held_on, orm.MediationSessionRow.id))
        return [_session(r) for r in rows]

    def update_session(self, session_id: int, *, held_on: date, starts_at: time | None, ends_at: time | None,
                       place: str, participants: str, mediator: str, record: str) -> None:
        row = self.s.get(orm.MediationSessionRow, session_id)
        if row is None:
            return
        row.held_on, row.starts_at, row.ends_at = held_on, _hm(starts_at), _hm(ends_at)
        row.place, row.participants, row.mediator, row.record = place, participants, mediator, record
        self.s.flush()

    def delete_session(self, session_id: int) -> None:
        self.s.execute(orm.MediationProposalRow.__table__.update()
                       .where(orm.MediationProposalRow.session_id == session_id).values(session_id=None))
        row = self.s.get(orm.MediationSessionRow, session_id)
        if row is not None:
            self.s.delete(row)
        self.s.flush()

    # proposals
    def add_proposal(self, *, case_id: int, side: str, content: str, amount: Decimal | None, proposed_on: date,
                     session_id: int | None, recorded_at: datetime, recorded_by: str, party: str = "") -> int:
        row = orm.MediationProposalRow(case_id=case_id, side=side, content=content, amount=amount,
                                       proposed_on=proposed_on, session_id=session_id, recorded_at=recorded_at,
                                       recorded_by=recorded_by, party=party)
        self.s.add(row)
        self.s.flush()
        return row.id

    def list_proposals(self, case_id: int) -> list[Proposal]:
        rows = self.s.scalars(select(orm.MediationProposalRow).where(orm.MediationProposalRow.case_id == case_id)
                              .order_by(orm.MediationProposalRow.proposed_on, orm.MediationProposalRow.id))
        return [_proposal(r) for r in rows]

    def get_proposal(self, proposal_id: int) -> Proposal | None:
        row = self.s.get(orm.MediationProposalRow, proposal_id)
        return _proposal(row) if row is not None else None

    def update_proposal(self, proposal_id: int, *, side: str, party: str, content: str, amount: Decimal | None,
                        proposed_on: date) -> None:
        row = self.s.get(orm.MediationProposalRow, proposal_id)
        if row is None:
            return
        row.side, row.party, row.content, row.amount, row.proposed_on = side, party, content, amount, proposed_on
        self.s.flush()

    def delete_proposal(self, proposal_id: int) -> None:
        row = self.s.get(orm.MediationProposalRow, proposal_id)
        if row is not None:
            self.s.delete(row)
            self.s.flush()

    # outcomes and items
    def add_outcome(self, *, case_id: int, outcome: str, decided_on: date, reason: str, next_status: str,
                    items: Sequence[AgreementItem], created_at: datetime, created_by: str) -> int:
        row = orm.MediationOutcomeRow(case_id=case_id, outcome=outcome, decided_on=decided_on, reason=reason,
                                      next_status=next_status, created_at=created_at, created_by=created_by)
        row.items = [orm.AgreementItemRow(case_id=case_id, position=n, obligor=i.obligor, obligee=i.obligee,
                                          content=i.content, claim_kind=i.claim_kind.value if i.claim_kind else "",
                                          amount=i.amount, due_on=i.due_on, method=i.method, paid=i.paid,
                                          performed_on=i.performed_on, performed=i.performed)
                     for n, i in enumerate(items, start=1)]
        self.s.add(row)
        self.s.flush()
        return row.id

    def latest_outcome(self, case_id: int) -> MediationOutcome | None:
        row = self.s.scalar(select(orm.MediationOutcomeRow).where(orm.MediationOutcomeRow.case_id == case_id)
                            .options(selectinload(orm.MediationOutcomeRow.items))
                            .order_by(orm.MediationOutcomeRow.id.desc()).limit(1))
        if row is None:
            return None
        return MediationOutcome(id=row.id, case_id=row.case_id, outcome=row.outcome, decided_on=row.decided_on,
                                reason=row.reason, next_status=row.next_status, created_at=row.created_at,
                                created_by=row.created_by, items=tuple(_item(i) for i in row.items))

    def item(self, item_id: int) -> tuple[int, StoredItem] | None:
        row = self.s.get(orm.AgreementItemRow, item_id)
        return (row.case_id, _item(row)) if row is not None else None

    def update_item(self, item_id: int, item: AgreementItem) -> None:
        row = self.s.get(orm.AgreementItemRow, item_id)
        if row is None:
            return
        row.paid = item.paid
        row.performed_on = item.performed_on
        row.performed = item.performed
        self.s.flush()

    def update_item_terms(self, item_id: int, item: AgreementItem) -> None:
        row = self.s.get(orm.AgreementItemRow, item_id)
        if row is None:
            return
        row.obligor, row.obligee, row.content, row.method = item.obligor, item.obligee, item.content, item.method
        row.claim_kind = item.claim_kind.value if item.claim_kind else ""
        row.amount, row.due_on = item.amount, item.due_on
        self.s.flush()

    def delete_item(self, item_id: int) -> None:
        row = self.s.get(orm.AgreementItemRow, item_id)
        if row is None:
            return
        outcome_id = row.outcome_id
        self.s.delete(row)
        self.s.flush()
        rest = self.s.scalars(select(orm.AgreementItemRow).where(orm.AgreementItemRow.outcome_id == outcome_id)
                              .order_by(orm.AgreementItemRow.position, orm.AgreementItemRow.id)).all()
        for n, r in enumerate(rest, start=1):
            r.position = n
        self.s.flush()
        outcome = self.s.get(orm.MediationOutcomeRow, outcome_id)
        if outcome is not None:
            self.s.expire(outcome, ["items"])

    # performance
    def add_performance(self, *, item_id: int, amount: Decimal | None, performed_on: date, note: str,
                        recorded_at: datetime, recorded_by: str, reverses_id: int | None = None,
                        reason: str = "") -> int:
        row = orm.AgreementPerformanceRow(item_id=item_id, amount=amount, performed_on=performed_on, note=note,
                                          recorded_at=recorded_at, recorded_by=recorded_by, reverses_id=reverses_id,
                                          reason=reason)
        self.s.add(row)
        self.s.flush()
        return row.id

    def performances(self, case_id: int) -> list[Performance]:
        rows = self.s.scalars(select(orm.AgreementPerformanceRow)
                              .join(orm.AgreementItemRow, orm.AgreementItemRow.id == orm.AgreementPerformanceRow.item_id)
                              .where(orm.AgreementItemRow.case_id == case_id)
                              .order_by(orm.AgreementPerformanceRow.performed_on, orm.AgreementPerformanceRow.id))
        return [_performance(r) for r in rows]

    def item_performances(self, item_id: int) -> list[Performance]:
        rows = self.s.scalars(select(orm.AgreementPerformanceRow).where(orm.AgreementPerformanceRow.item_id == item_id)
                              .order_by(orm.AgreementPerformanceRow.id))
        return [_performance(r) for r in rows]

    def get_performance(self, performance_id: int) -> Performance | None:
        row = self.s.get(orm.AgreementPerformanceRow, performance_id)
        return _performance(row) if row is not None else None

    def remove_case_events(self, case_id: int, kind: str) -> int:
        result = self.s.execute(delete(orm.CaseEvent).where(orm.CaseEvent.case_id == case_id,
                                                            orm.CaseEvent.kind == kind))
        self.s.flush()
        return int(result.rowcount or 0)
