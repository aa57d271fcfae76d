"""Court proceedings, their outcomes and results per award item (implements
``services.court_ports.CourtRepo``).

Portable SQL only (SQLAlchemy Core expressions, nothing SQLite-specific): the figures read plain
rows (awards, proceedings, item results, tribunals, respondents) with indexed filters and IN lists
in bounded chunks; the counting is ``domain.court_figures``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mediation_desk.domain.arbitration.records import AWARD, PARTIAL
from mediation_desk.domain.cases import ClaimKind, PartySide
from mediation_desk.domain.court import (BroughtBy, CourtDecision, CourtItemResult, CourtOutcome, CourtProceeding,
                                         FilingInput, ItemResult, OutcomeInput, ProceedingKind)
from mediation_desk.domain.court_figures import AwardFact, ChallengeFact, ItemFact
from mediation_desk.storage import orm

CHUNK = 500  # parameters per IN list: well under SQLite's and PostgreSQL's limits
_CHALLENGES = (ProceedingKind.LAWSUIT.value, ProceedingKind.SET_ASIDE.value)


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _kind(code: str) -> ClaimKind | None:
    try:
        return ClaimKind(code) if code else None
    except ValueError:
        return None


def _item(row: orm.CourtOutcomeItemRow) -> CourtItemResult:
    return CourtItemResult(award_item_no=row.award_item_no, claim=row.claim, awarded_amount=row.awarded_amount,
                           result=ItemResult(row.result), new_amount=row.new_amount, claim_kind=_kind(row.claim_kind),
                           note=row.note)


def _proceeding(row: orm.CourtProceedingRow, items: Sequence[orm.CourtOutcomeItemRow]) -> CourtProceeding:
    outcome = None
    if row.decision and row.decided_on is not None:
        outcome = CourtOutcome(decision=CourtDecision(row.decision), decided_on=row.decided_on,
                               judgment_number=row.judgment_number, received_on=row.received_on,
                               items=tuple(_item(i) for i in sorted(items, key=lambda i: i.award_item_no)),
                               summary=row.summary, judgment_evidence_id=row.judgment_evidence_id,
                               recorded_by=row.outcome_by, recorded_at=row.outcome_at or row.created_at)
    return CourtProceeding(id=row.id, case_id=row.case_id, kind=ProceedingKind(row.kind), court=row.court,
                           filed_on=row.filed_on, brought_by=BroughtBy(row.brought_by),
                           court_case_number=row.court_case_number, award_id=row.award_id,
                           award_number=row.award_number, note=row.note, created_by=row.created_by,
                           created_at=row.created_at, outcome=outcome)


class SqlCourtRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, filing: FilingInput, *, award_number: str, created_by: str, now: datetime) -> int:
        row = orm.CourtProceedingRow(
            case_id=filing.case_id, kind=filing.kind.value, court=filing.court, filed_on=filing.filed_on,
            brought_by=filing.brought_by.value, court_case_number=filing.court_case_number,
            award_id=filing.award_id, award_number=award_number, note=filing.note, created_by=created_by,
            created_at=now, decision="", judgment_number="", summary="", outcome_by="")
        self.s.add(row)
        self.s.flush()
        return row.id

    def _items_of(self, ids: Sequence[int]) -> dict[int, list[orm.CourtOutcomeItemRow]]:
        out: dict[int, list[orm.CourtOutcomeItemRow]] = {i: [] for i in ids}
        for chunk in _chunks(list(ids)):
            for item in self.s.scalars(select(orm.CourtOutcomeItemRow)
                                       .where(orm.CourtOutcomeItemRow.proceeding_id.in_(chunk))):
                out[item.proceeding_id].append(item)
        return out

    def get(self, proceeding_id: int) -> CourtProceeding | None:
        row = self.s.get(orm.CourtProceedingRow, proceeding_id)
        if row is None:
            return None
        return _proceeding(row, self._items_of([row.id])[row.id])

    def list_for_case(self, case_id: int) -> list[CourtProceeding]:
        rows = list(self.s.scalars(select(orm.CourtProceedingRow).where(orm.CourtProceedingRow.case_id == case_id)
                                   .order_by(orm.CourtProceedingRow.filed_on, orm.CourtProceedingRow.id)))
        items = self._items_of([r.id for r in rows])
        return [_proceeding(r, items[r.id]) for r in rows]

    def set_outcome(self, proceeding_id: int, outcome: OutcomeInput, items: tuple[CourtItemResult, ...], *,
                    judgment_evidence_id: int | None, recorded_by: str, now: datetime) -> None:
        row = self.s.get(orm.CourtProceedingRow, proceeding_id)
        if row is None:
            raise LookupError(proceeding_id)
        row.decision = outcome.decision.value
        row.decided_on = outcome.decided_on
        row.judgment_number = outcome.judgment_number
        row.received_on = outcome.received_on
        row.summary = outcome.summary
        row.judgment_evidence_id = judgment_evidence_id
        row.outcome_by = recorded_by
        row.outcome_at = now
        self.s.execute(delete(orm.CourtOutcomeItemRow).where(orm.CourtOutcomeItemRow.proceeding_id == proceeding_id))
        for r in items:
            self.s.add(orm.CourtOutcomeItemRow(
                proceeding_id=proceeding_id, case_id=row.case_id, award_item_no=r.award_item_no, claim=r.claim,
                claim_kind=r.claim_kind.value if r.claim_kind else "", awarded_amount=r.awarded_amount,
                result=r.result.value, new_amount=r.new_amount, note=r.note))
        self.s.flush()

    # ----------------------------------------------------------------------- figures

    def figure_facts(self, start: date, end: date, *, by_outcome: bool
                     ) -> tuple[list[AwardFact], list[ChallengeFact], list[ItemFact]]:
        A, P, I = orm.ArbitrationAwardRow, orm.CourtProceedingRow, orm.CourtOutcomeItemRow
        current = (A.status == "approved", A.kind.in_((AWARD, PARTIAL)))
        # every version of an award: the proceeding may name one later corrected
        lineage_of: dict[int, tuple[int, int]] = {}
        award_rows: dict[tuple[int, int], orm.ArbitrationAwardRow] = {}
        for a in self.s.scalars(select(A).where(*current, A.award_date >= start, A.award_date <= end)):
            award_rows[(a.case_id, a.lineage)] = a
        challenge_q = select(P.id, P.case_id, P.kind, P.filed_on, P.award_id).where(P.kind.in_(_CHALLENGES),
                                                                                    P.award_id.is_not(None))
        item_q = select(I.proceeding_id, I.case_id, I.award_item_no, I.claim_kind, I.result, P.decided_on,
                        P.award_id).join(P, P.id == I.proceeding_id)
        if by_outcome:
            challenges = list(self.s.execute(challenge_q.where(P.filed_on.between(start, end))))
            items = list(self.s.execute(item_q.where(P.decided_on.between(start, end))))
        else:
            case_ids = sorted({k[0] for k in award_rows})
            challenges, items = [], []
            for chunk in _chunks(case_ids):
                challenges += list(self.s.execute(challenge_q.where(P.case_id.in_(chunk))))
                items += list(self.s.execute(item_q.where(P.case_id.in_(chunk))))
        award_ids = sorted({int(r.award_id) for r in [*challenges, *items] if r.award_id is not None})
        for chunk in _chunks(award_ids):
            for aid, case_id, lineage in self.s.execute(select(A.id, A.case_id, A.lineage).where(A.id.in_(chunk))):
                lineage_of[aid] = (case_id, lineage)
        missing = sorted({lineage_of[a] for a in award_ids if a in lineage_of} - set(award_rows))
        for case_id, lineage in missing:  # awards of another period referred to by a suit or a result
            row = self.s.scalar(select(A).where(*current, A.case_id == case_id, A.lineage == lineage)
                                .order_by(A.version.desc()).limit(1))
            if row is not None and row.award_date is not None:
                award_rows[(case_id, lineage)] = row
        awards = self._award_facts(award_rows)
        known = {a.key for a in awards}

        def key(award_id: int | None) -> str:
            pair = lineage_of.get(int(award_id)) if award_id is not None else None
            return f"{pair[0]}:{pair[1]}" if pair else ""

        challenge_facts = [ChallengeFact(award_key=key(r.award_id), case_id=r.case_id, kind=r.kind, filed_on=r.filed_on)
                           for r in challenges if key(r.award_id) in known]
        item_facts = [ItemFact(award_key=key(r.award_id), case_id=r.case_id, award_item_no=r.award_item_no,
                               claim_kind=r.claim_kind, result=r.result, decided_on=r.decided_on)
                      for r in items if key(r.award_id) in known and r.decided_on is not None]
        return awards, challenge_facts, item_facts

    def _award_facts(self, rows: dict[tuple[int, int], orm.ArbitrationAwardRow]) -> list[AwardFact]:
        case_ids = sorted({k[0] for k in rows})
        numbers: dict[int, str] = {}
        respondents: dict[int, list[str]] = {c: [] for c in case_ids}
        presiding: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(case_ids):
            for case_id, number in self.s.execute(select(orm.Case.id, orm.Case.number).where(orm.Case.id.in_(chunk))):
                numbers[case_id] = number
            for case_id, name in self.s.execute(select(orm.Party.case_id, orm.Party.name)
                                                .where(orm.Party.case_id.in_(chunk),
                                                       orm.Party.side == PartySide.RESPONDENT.value)
                                                .order_by(orm.Party.case_id, orm.Party.position)):
                if name not in respondents[case_id]:
                    respondents[case_id].append(name)
            for t in self.s.scalars(select(orm.ArbitrationTribunalRow)
                                    .where(orm.ArbitrationTribunalRow.case_id.in_(chunk))
                                    .order_by(orm.ArbitrationTribunalRow.id)):
                members = json.loads(t.members)
                if members:
                    presiding[t.case_id] = members[0]  # the newest tribunal counts; its first member presides
        user_ids = sorted({int(m["user_id"]) for m in presiding.values() if m.get("user_id") is not None})
        names: dict[int, str] = {}
        for chunk in _chunks(user_ids):
            for user_id, display_name in self.s.execute(select(orm.User.id, orm.User.display_name)
                                                        .where(orm.User.id.in_(chunk))):
                names[user_id] = display_name
        out = []
        for (case_id, lineage), a in sorted(rows.items()):
            if a.award_date is None:
                continue
            m = presiding.get(case_id, {})
            arbitrator = (names.get(int(m["user_id"]), "") if m.get("user_id") is not None else "") or m.get("name", "")
            rulings = json.loads(a.content).get("rulings", [])
            kinds = tuple(str(r.get("claim_kind") or "") for r in rulings)
            out.append(AwardFact(key=f"{case_id}:{lineage}", case_id=case_id, case_number=numbers.get(case_id, ""),
                                 number=a.number, award_date=a.award_date, arbitrator=arbitrator,
                                 respondents=tuple(respondents.get(case_id, ())), item_kinds=kinds))
        return out
