"""SQLAlchemy implementation of ``services.mediation.MediationRepo``: sessions, proposals, outcomes,
agreement items and their performance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.mediation import AgreementItem, ProposalSide
from mediation_desk.services.mediation import (MediationOutcome, MediationSession, Performance, Proposal,
                                               StoredItem)
from mediation_desk.storage import orm


def _session(r: orm.MediationSessionRow) -> MediationSession:
    return MediationSession(id=r.id, case_id=r.case_id, held_on=r.held_on, place=r.place,
                            participants=r.participants, mediator=r.mediator, record=r.record,
                            recorded_at=r.recorded_at, recorded_by=r.recorded_by)


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
                    record: str, recorded_at: datetime, recorded_by: str) -> int:
        row = orm.MediationSessionRow(case_id=case_id, held_on=held_on, place=place, participants=participants,
                                      mediator=mediator, record=record, recorded_at=recorded_at,
                                      recorded_by=recorded_by)
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

    # proposals
    def add_proposal(self, *, case_id: int, side: str, content: str, amount: Decimal | None, proposed_on: date,
                     session_id: int | None, recorded_at: datetime, recorded_by: str) -> int:
        row = orm.MediationProposalRow(case_id=case_id, side=side, content=content, amount=amount,
                                       proposed_on=proposed_on, session_id=session_id, recorded_at=recorded_at,
                                       recorded_by=recorded_by)
        self.s.add(row)
        self.s.flush()
        return row.id

    def list_proposals(self, case_id: int) -> list[Proposal]:
        rows = self.s.scalars(select(orm.MediationProposalRow).where(orm.MediationProposalRow.case_id == case_id)
                              .order_by(orm.MediationProposalRow.proposed_on, orm.MediationProposalRow.id))
        out = []
        for r in rows:
            try:
                side = ProposalSide(r.side)
            except ValueError:
                side = ProposalSide.MEDIATOR
            out.append(Proposal(id=r.id, case_id=r.case_id, side=side, content=r.content, amount=r.amount,
                                proposed_on=r.proposed_on, recorded_at=r.recorded_at, recorded_by=r.recorded_by,
                                session_id=r.session_id))
        return out

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

    # performance
    def add_performance(self, *, item_id: int, amount: Decimal | None, performed_on: date, note: str,
                        recorded_at: datetime, recorded_by: str) -> int:
        row = orm.AgreementPerformanceRow(item_id=item_id, amount=amount, performed_on=performed_on, note=note,
                                          recorded_at=recorded_at, recorded_by=recorded_by)
        self.s.add(row)
        self.s.flush()
        return row.id

    def performances(self, case_id: int) -> list[Performance]:
        rows = self.s.scalars(select(orm.AgreementPerformanceRow)
                              .join(orm.AgreementItemRow, orm.AgreementItemRow.id == orm.AgreementPerformanceRow.item_id)
                              .where(orm.AgreementItemRow.case_id == case_id)
                              .order_by(orm.AgreementPerformanceRow.performed_on, orm.AgreementPerformanceRow.id))
        return [Performance(id=r.id, item_id=r.item_id, amount=r.amount, performed_on=r.performed_on, note=r.note,
                            recorded_at=r.recorded_at, recorded_by=r.recorded_by) for r in rows]
