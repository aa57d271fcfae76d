"""Legal-aid referrals (implements ``services.ports.LegalAidRepo``)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mediation_desk.domain.legal_aid import Referral, ReferralStatus, Verdict
from mediation_desk.storage import orm


def _referral(row: orm.LegalAidReferralRow) -> Referral:
    return Referral(id=row.id, case_id=row.case_id, centre=row.centre, referred_on=row.referred_on,
                    status=ReferralStatus(row.status), verdict=Verdict(row.verdict),
                    reasons=tuple(json.loads(row.reasons)), urgent=row.urgent, decided_on=row.decided_on,
                    decision_reason=row.decision_reason, lawyer_user_id=row.lawyer_user_id,
                    lawyer_name=row.lawyer_name, assigned_on=row.assigned_on, outcome=row.outcome,
                    outcome_on=row.outcome_on, created_by=row.created_by)


class SqlLegalAidRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, case_id: int, centre: str, referred_on: date, verdict: str, reasons: list[str], urgent: bool,
            facts: dict[str, Any], created_by: str, created_at: datetime) -> int:
        row = orm.LegalAidReferralRow(case_id=case_id, centre=centre, referred_on=referred_on,
                                      status=ReferralStatus.REFERRED.value, verdict=verdict,
                                      reasons=json.dumps(reasons, ensure_ascii=False), urgent=urgent,
                                      facts=json.dumps(facts, ensure_ascii=False), created_by=created_by,
                                      created_at=created_at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, referral_id: int) -> Referral | None:
        row = self.s.get(orm.LegalAidReferralRow, referral_id)
        return _referral(row) if row is not None else None

    def update(self, referral_id: int, **fields: Any) -> None:
        self.s.execute(update(orm.LegalAidReferralRow).where(orm.LegalAidReferralRow.id == referral_id).values(**fields))
        self.s.expire_all()

    def list_for_case(self, case_id: int) -> list[Referral]:
        rows = self.s.scalars(select(orm.LegalAidReferralRow).where(orm.LegalAidReferralRow.case_id == case_id)
                              .order_by(orm.LegalAidReferralRow.id.desc()))
        return [_referral(r) for r in rows]

    def for_lawyer(self, user_id: int | None) -> list[Referral]:
        rows = self.s.scalars(select(orm.LegalAidReferralRow).where(orm.LegalAidReferralRow.lawyer_user_id == user_id)
                              .order_by(orm.LegalAidReferralRow.id.desc()))
        return [_referral(r) for r in rows]
