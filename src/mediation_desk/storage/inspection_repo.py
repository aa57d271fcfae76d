"""Repeat respondents and labour-inspection referrals (implements ``services.ports.InspectionRepo``).

Portable SQL only (SQLAlchemy Core expressions; nothing SQLite-specific): the respondents of the
window are first counted per recorded (credit code, name) in the database, so only one row per
distinct respondent comes back; the cases are read only for the candidates, in bounded chunks.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from mediation_desk.domain.cases import PartySide
from mediation_desk.domain.inspection import InspectionGround, InspectionReferral, RepeatCase
from mediation_desk.storage import orm

CHUNK = 500  # parameters per IN list: well under SQLite's and PostgreSQL's limits


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _referral(row: orm.InspectionReferralRow) -> InspectionReferral:
    return InspectionReferral(
        id=row.id, case_id=row.case_id, letter_key=row.letter_key, respondent=row.respondent,
        grounds=tuple(InspectionGround(g) for g in json.loads(row.grounds)), authority=row.authority,
        sent_on=row.sent_on, sent_how=row.sent_how, document_number=row.document_number,
        document_id=row.document_id, case_numbers=tuple(json.loads(row.letter_cases)),
        answered_on=row.answered_on, answer=row.answer, action_taken=row.action_taken, created_by=row.created_by)


class SqlInspectionRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _window(self, since: date, until: date) -> Any:
        return and_(orm.Party.side == PartySide.RESPONDENT.value, orm.Party.is_person.is_(False),
                    orm.Case.received_on >= since, orm.Case.received_on <= until)

    def respondent_counts(self, *, since: date, until: date) -> list[tuple[str, str, int]]:
        """(credit code, name, distinct cases) of every enterprise respondent of the cases received in the window."""
        p = orm.Party
        stmt = (select(p.credit_code, p.name, func.count(func.distinct(p.case_id)))
                .join(orm.Case, orm.Case.id == p.case_id).where(self._window(since, until))
                .group_by(p.credit_code, p.name))
        return [(str(code or ""), str(name or ""), int(n)) for code, name, n in self.s.execute(stmt)]

    def respondent_cases(self, *, since: date, until: date, names: Sequence[str]) -> list[tuple[str, str, int]]:
        """(credit code, name, case id) of the respondents so named in the window."""
        p = orm.Party
        out: list[tuple[str, str, int]] = []
        for chunk in _chunks(sorted(set(names))):
            stmt = (select(p.credit_code, p.name, p.case_id).join(orm.Case, orm.Case.id == p.case_id)
                    .where(self._window(since, until), p.name.in_(list(chunk))).distinct())
            out += [(str(code or ""), str(name or ""), int(cid)) for code, name, cid in self.s.execute(stmt)]
        return out

    def case_rows(self, case_ids: Sequence[int]) -> list[RepeatCase]:
        c = orm.Case
        out: list[RepeatCase] = []
        for chunk in _chunks(sorted(set(case_ids))):
            stmt = select(c.id, c.number, c.received_on, c.worker_name, c.total_claimed, c.status,
                          c.respondent_names).where(c.id.in_(list(chunk)))
            out += [RepeatCase(case_id=r[0], number=r[1], received_on=r[2], worker=r[3] or "",
                               claims_total=r[4], status=r[5], respondents=r[6] or "") for r in self.s.execute(stmt)]
        out.sort(key=lambda x: (x.received_on, x.case_id))
        return out

    def add(self, *, case_id: int, letter_key: str, respondent: str, grounds: list[str], facts: dict[str, Any],
            letter_cases: list[str], authority: str, sent_on: date, sent_how: str, document_number: str,
            document_id: int | None, created_by: str, created_at: datetime) -> int:
        row = orm.InspectionReferralRow(
            case_id=case_id, letter_key=letter_key, respondent=respondent,
            grounds=json.dumps(grounds, ensure_ascii=False), facts=json.dumps(facts, ensure_ascii=False),
            letter_cases=json.dumps(letter_cases, ensure_ascii=False), authority=authority, sent_on=sent_on,
            sent_how=sent_how, document_number=document_number, document_id=document_id, answer="",
            action_taken="", answered_by="", created_by=created_by, created_at=created_at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, referral_id: int) -> InspectionReferral | None:
        row = self.s.get(orm.InspectionReferralRow, referral_id)
        return _referral(row) if row is not None else None

    def by_letter(self, letter_key: str) -> list[InspectionReferral]:
        rows = self.s.scalars(select(orm.InspectionReferralRow).where(orm.InspectionReferralRow.letter_key == letter_key)
                              .order_by(orm.InspectionReferralRow.id))
        return [_referral(r) for r in rows]

    def list_for_case(self, case_id: int) -> list[InspectionReferral]:
        rows = self.s.scalars(select(orm.InspectionReferralRow).where(orm.InspectionReferralRow.case_id == case_id)
                              .order_by(orm.InspectionReferralRow.id.desc()))
        return [_referral(r) for r in rows]

    def set_answer(self, letter_key: str, *, answered_on: date, answer: str, action_taken: str,
                   answered_by: str) -> None:
        self.s.execute(update(orm.InspectionReferralRow).where(orm.InspectionReferralRow.letter_key == letter_key)
                       .values(answered_on=answered_on, answer=answer, action_taken=action_taken,
                               answered_by=answered_by))
        self.s.expire_all()
