"""SQLAlchemy implementation of ``services.ports.ArbitrationRepo``: acceptance reviews,
tribunals, hearings and their arbitrators, suspensions, service records and award versions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from mediation_desk.domain.arbitration.records import (AWARD, FINAL, MIXED, NON_FINAL, AcceptanceReview,
                                                       ArbitratorRef, Award, Hearing, ServiceRecord, Suspension,
                                                       Tribunal)
from mediation_desk.storage import orm

_ACTIVE = ("scheduled", "held")


def _hearing(r: orm.ArbitrationHearingRow, case_number: str = "") -> Hearing:
    return Hearing(id=r.id, case_id=r.case_id, starts_at=r.starts_at, ends_at=r.ends_at, room=r.room,
                   arbitrators=tuple(ArbitratorRef(name=a.name, user_id=int(a.arbitrator_key[5:])
                                                   if a.arbitrator_key.startswith("user:") else None)
                                     for a in r.arbitrators),
                   status=r.status, notice_served_on=r.notice_served_on, notice_waived=bool(r.notice_waived),
                   previous_id=r.previous_id, postponement_reason=r.postponement_reason,
                   postponement_requested_on=r.postponement_requested_on,
                   postponement_requested_by=r.postponement_requested_by, applicant_present=r.applicant_present,
                   respondent_present=r.respondent_present, record=r.record, case_number=case_number)


def _award(r: orm.ArbitrationAwardRow) -> Award:
    return Award(id=r.id, case_id=r.case_id, kind=r.kind, lineage=r.lineage, version=r.version, status=r.status,
                 finality=r.finality, number=r.number, award_date=r.award_date, default_award=bool(r.default_award),
                 content=json.loads(r.content), supersedes_id=r.supersedes_id, correction_reason=r.correction_reason,
                 approved_by=r.approved_by, approved_at=r.approved_at, created_by=r.created_by,
                 created_at=r.created_at, updated_at=r.updated_at, document_id=r.document_id)


def _suspension(r: orm.ArbitrationSuspensionRow) -> Suspension:
    return Suspension(id=r.id, case_id=r.case_id, kind=r.kind, start=r.start, end=r.end, reason=r.reason,
                      created_by=r.created_by, created_at=r.created_at)


def _service(r: orm.ServiceRecordRow) -> ServiceRecord:
    return ServiceRecord(id=r.id, case_id=r.case_id, document_title=r.document_title, recipient=r.recipient,
                         method=r.method, sent_on=r.sent_on, served_on=r.served_on, party_id=r.party_id,
                         document_id=r.document_id, award_id=r.award_id, consent=bool(r.consent), address=r.address,
                         receipt=r.receipt, signed_by=r.signed_by, event_kind=r.event_kind, note=r.note,
                         recorded_by=r.recorded_by, recorded_at=r.recorded_at)


class SqlArbitrationRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _add(self, row: Any) -> int:
        self.s.add(row)
        self.s.flush()
        return row.id

    # acceptance
    def add_review(self, **fields: Any) -> int:
        return self._add(orm.ArbitrationReviewRow(**fields))

    def latest_review(self, case_id: int) -> AcceptanceReview | None:
        r = self.s.scalar(select(orm.ArbitrationReviewRow).where(orm.ArbitrationReviewRow.case_id == case_id)
                          .order_by(orm.ArbitrationReviewRow.id.desc()).limit(1))
        if r is None:
            return None
        return AcceptanceReview(id=r.id, case_id=r.case_id, checklist=json.loads(r.checklist), decision=r.decision,
                                reasons=r.reasons, competent_commission=r.competent_commission,
                                decided_on=r.decided_on, decided_by=r.decided_by, created_at=r.created_at)

    # tribunal
    def add_tribunal(self, **fields: Any) -> int:
        return self._add(orm.ArbitrationTribunalRow(**fields))

    def latest_tribunal(self, case_id: int) -> Tribunal | None:
        r = self.s.scalar(select(orm.ArbitrationTribunalRow).where(orm.ArbitrationTribunalRow.case_id == case_id)
                          .order_by(orm.ArbitrationTribunalRow.id.desc()).limit(1))
        if r is None:
            return None
        members = tuple(ArbitratorRef(name=m["name"], user_id=m.get("user_id")) for m in json.loads(r.members))
        return Tribunal(id=r.id, case_id=r.case_id, kind=r.kind, members=members, formed_on=r.formed_on,
                        notified_on=r.notified_on, created_by=r.created_by, created_at=r.created_at)

    def set_tribunal_notified(self, tribunal_id: int, on: date) -> None:
        row = self.s.get(orm.ArbitrationTribunalRow, tribunal_id)
        if row is not None:
            row.notified_on = on
            self.s.flush()

    # hearings
    def add_hearing(self, *, arbitrators: Sequence[ArbitratorRef], **fields: Any) -> int:
        row = orm.ArbitrationHearingRow(**fields)
        row.arbitrators = [orm.ArbitrationHearingArbitratorRow(arbitrator_key=a.key, name=a.name) for a in arbitrators]
        return self._add(row)

    def _number(self, case_id: int) -> str:
        return self.s.scalar(select(orm.Case.number).where(orm.Case.id == case_id)) or ""

    def get_hearing(self, hearing_id: int) -> Hearing | None:
        row = self.s.get(orm.ArbitrationHearingRow, hearing_id)
        return _hearing(row, self._number(row.case_id)) if row is not None else None

    def update_hearing(self, hearing_id: int, **fields: Any) -> None:
        row = self.s.get(orm.ArbitrationHearingRow, hearing_id)
        if row is None:
            return
        for k, v in fields.items():
            setattr(row, k, v)
        self.s.flush()

    def _hearings(self, stmt: Any) -> list[Hearing]:
        stmt = (stmt.add_columns(orm.Case.number).join(orm.Case, orm.Case.id == orm.ArbitrationHearingRow.case_id)
                .options(selectinload(orm.ArbitrationHearingRow.arbitrators))
                .order_by(orm.ArbitrationHearingRow.starts_at, orm.ArbitrationHearingRow.id))
        return [_hearing(r, n) for r, n in self.s.execute(stmt).all()]

    def hearings_of_case(self, case_id: int) -> list[Hearing]:
        return self._hearings(select(orm.ArbitrationHearingRow).where(orm.ArbitrationHearingRow.case_id == case_id))

    def overlapping(self, *, starts_at: datetime, ends_at: datetime, room: str, keys: Sequence[str],
                    exclude_id: int | None = None) -> list[Hearing]:
        h = orm.ArbitrationHearingRow
        by_arbitrator = select(orm.ArbitrationHearingArbitratorRow.hearing_id).where(
            orm.ArbitrationHearingArbitratorRow.arbitrator_key.in_(list(keys)))
        # ISO text of the same offset compares in time order; the day bounds narrow the scan and the
        # exact overlap is checked on the datetimes.
        stmt = select(h).where(h.status.in_(_ACTIVE), or_(h.room == room, h.id.in_(by_arbitrator)))
        if exclude_id is not None:
            stmt = stmt.where(h.id != exclude_id)
        return [x for x in self._hearings(stmt) if x.starts_at < ends_at and starts_at < x.ends_at]

    def calendar(self, *, start: datetime, end: datetime, room: str | None = None,
                 arbitrator_key: str | None = None) -> list[Hearing]:
        h = orm.ArbitrationHearingRow
        stmt = select(h).where(h.status.in_(_ACTIVE))
        if room:
            stmt = stmt.where(h.room == room)
        if arbitrator_key:
            stmt = stmt.where(h.id.in_(select(orm.ArbitrationHearingArbitratorRow.hearing_id).where(
                orm.ArbitrationHearingArbitratorRow.arbitrator_key == arbitrator_key)))
        start, end = _local(start), _local(end)
        return [x for x in self._hearings(stmt) if _local(x.starts_at) < end and start < _local(x.ends_at)]

    # suspensions
    def add_suspension(self, **fields: Any) -> int:
        return self._add(orm.ArbitrationSuspensionRow(**fields))

    def get_suspension(self, suspension_id: int) -> Suspension | None:
        row = self.s.get(orm.ArbitrationSuspensionRow, suspension_id)
        return _suspension(row) if row is not None else None

    def set_suspension_end(self, suspension_id: int, end: date) -> None:
        row = self.s.get(orm.ArbitrationSuspensionRow, suspension_id)
        if row is not None:
            row.end = end
            self.s.flush()

    def suspensions(self, case_id: int) -> list[Suspension]:
        rows = self.s.scalars(select(orm.ArbitrationSuspensionRow)
                              .where(orm.ArbitrationSuspensionRow.case_id == case_id)
                              .order_by(orm.ArbitrationSuspensionRow.start, orm.ArbitrationSuspensionRow.id))
        return [_suspension(r) for r in rows]

    # service
    def add_service(self, **fields: Any) -> int:
        return self._add(orm.ServiceRecordRow(**fields))

    def services(self, case_id: int) -> list[ServiceRecord]:
        rows = self.s.scalars(select(orm.ServiceRecordRow).where(orm.ServiceRecordRow.case_id == case_id)
                              .order_by(orm.ServiceRecordRow.served_on, orm.ServiceRecordRow.id))
        return [_service(r) for r in rows]

    # awards
    def add_award(self, **fields: Any) -> int:
        return self._add(orm.ArbitrationAwardRow(**fields))

    def get_award(self, award_id: int) -> Award | None:
        row = self.s.get(orm.ArbitrationAwardRow, award_id)
        return _award(row) if row is not None else None

    def update_award(self, award_id: int, **fields: Any) -> None:
        row = self.s.get(orm.ArbitrationAwardRow, award_id)
        if row is None:
            return
        for k, v in fields.items():
            setattr(row, k, v)
        self.s.flush()

    def awards(self, case_id: int) -> list[Award]:
        rows = self.s.scalars(select(orm.ArbitrationAwardRow).where(orm.ArbitrationAwardRow.case_id == case_id)
                              .order_by(orm.ArbitrationAwardRow.id))
        return [_award(r) for r in rows]

    # deadline inputs
    def suspensions_for_deadlines(self, case_id: int, today: date) -> dict[str, list[tuple[date, date]]]:
        """The award period's excluded intervals; a running one counts up to ``today``."""
        intervals = [(s.start, s.end or max(today, s.start)) for s in self.suspensions(case_id)]
        return {"award": intervals} if intervals else {}

    def hearing_events(self, case_id: int) -> dict[str, date | None]:
        """The hearing events of the hearing that is now scheduled (the latest one still to be held):
        its date and the service of its own notice (None: not yet served). A postponement schedules
        a new hearing, so the notice served for the postponed one no longer closes the notice
        deadline. Empty when no hearing is scheduled."""
        h = orm.ArbitrationHearingRow
        row = self.s.scalar(select(h).where(h.case_id == case_id, h.status == "scheduled")
                            .order_by(h.id.desc()).limit(1))
        if row is None:
            return {}
        return {"hearing_date": row.starts_at.date(), "hearing_notice_served": row.notice_served_on}

    def deadline_facts(self, case_id: int) -> dict[str, bool]:
        """``final_award``: whether the current award (or a part of it) is final."""
        row = self.s.scalar(select(orm.ArbitrationAwardRow)
                            .where(orm.ArbitrationAwardRow.case_id == case_id, orm.ArbitrationAwardRow.kind == AWARD,
                                   orm.ArbitrationAwardRow.status == "approved")
                            .order_by(orm.ArbitrationAwardRow.id.desc()).limit(1))
        if row is None:
            return {}
        return {"final_award": row.finality in (FINAL, MIXED) and row.finality != NON_FINAL}


def _local(moment: datetime) -> datetime:
    """An aware time; a naive one is read as local time (hearing times come both ways)."""
    return moment if moment.tzinfo is not None else moment.astimezone()
