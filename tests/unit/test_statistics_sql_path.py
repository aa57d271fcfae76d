"""The SQL path of the dispute tables gives what the Python path gives.

``storage.statistics_repo`` reduces each case's status changes and events in SQL (``Timeline``, the
latest event of each kind before the day 超审限 is judged on). The domain's own reading of the
changes (``timeline_of``, ``course_of``, ``services.statistics.limit_due``) stays the definition:
here a hand-built book is written to a scratch database, read back through the repository for
several periods, and every case's facts, course, handling-period due date and the whole table are
compared with the Python path fed the full list of changes and events. The cases: the hand-worked
quarter of ``test_statistics`` (period boundaries, reopened cases, a case closed and reopened in one
period, a collective dispute and a group of nine) and more: changes of one day recorded out of
order, a change entered late, a withdrawal, a suspension with an extended award period, a history
without an opening change, a case without any change, unknown claim kinds, conclusions on a
period's first and last day.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from mediation_desk.domain.statistics import (CaseFacts, StatusChange, TableBuilder, course_of, evaluation_day,
                                              timeline_of)
from mediation_desk.services.ports import CaseStatRecord
from mediation_desk.services.statistics import limit_due, period_event_kinds, period_rules, settled_of
from mediation_desk.storage import orm
from mediation_desk.storage.statistics_repo import SqlStatisticsRepo

D = date
NOW = datetime(2026, 10, 1, tzinfo=timezone.utc)
AS_OF = D(2026, 10, 20)  # "today" for the periods that end later


def ch(on: date, a: str, b: str, kind: str = "status_changed") -> tuple[date, str, str, str]:
    return (on, a, b, kind)


def ev(on: date, kind: str) -> tuple[date, str, str, str]:
    return (on, "", "", kind)


# case id -> (received, workers, group, claimed, claim kinds, [changes and events in the order recorded],
#             suspensions, awards (kind, finality, rulings), agreed items)
BOOK: dict[int, dict] = {
    # pending since May, still open
    1: dict(received=D(2026, 5, 10), log=[ch(D(2026, 5, 12), "intake", "mediation"),
                                          ev(D(2026, 5, 12), "mediation_application_received")]),
    # pending at the start of Q3, agreement on 07-05, agreed amount recorded
    2: dict(received=D(2026, 6, 20), claimed="1000", agreed=["600", "400"],
            log=[ch(D(2026, 6, 21), "intake", "mediation"), ev(D(2026, 6, 21), "mediation_application_received"),
                 ch(D(2026, 7, 5), "mediation", "agreement"), ev(D(2026, 7, 5), "agreement_effective"),
                 ch(D(2026, 8, 1), "agreement", "closed"), ev(D(2026, 8, 1), "case_closed")]),
    # received in the period, withdrawn
    3: dict(received=D(2026, 7, 10), log=[ch(D(2026, 7, 20), "intake", "withdrawn"),
                                          ev(D(2026, 7, 20), "mediation_withdrawn")]),
    # received on the last day of Q3, deposit claim
    4: dict(received=D(2026, 9, 30), kinds=["deposit_refund"]),
    # received the day after Q3
    5: dict(received=D(2026, 10, 1)),
    # received and closed the day before Q3
    6: dict(received=D(2026, 6, 30), log=[ch(D(2026, 6, 30), "intake", "closed")]),
    # agreement in March, reopened in August (arbitration), award 09-15, final
    7: dict(received=D(2026, 3, 1), kinds=["overtime_pay"], claimed="4000",
            awards=[("award", "final", [("granted", "2000"), ("partly", "1000")])],
            log=[ch(D(2026, 3, 2), "intake", "mediation"), ch(D(2026, 3, 10), "mediation", "agreement"),
                 ch(D(2026, 8, 1), "agreement", "arbitration"), ev(D(2026, 8, 1), "accepted"),
                 ch(D(2026, 9, 15), "arbitration", "award"), ev(D(2026, 9, 15), "award_made")]),
    # collective dispute, 12 workers, relationship and pay
    8: dict(received=D(2026, 8, 1), workers=12, group=True, claimed="12000",
            kinds=["confirm_relationship", "unpaid_pay", "unpaid_pay"]),
    # a group of nine, closed otherwise, late
    9: dict(received=D(2026, 8, 2), workers=9, group=True, kinds=["economic_compensation", "social_insurance"],
            log=[ev(D(2026, 8, 2), "mediation_application_received"), ch(D(2026, 8, 12), "intake", "closed")]),
    # received on Q3's first day, agreement, reopened, award within the period (dismissed)
    10: dict(received=D(2026, 7, 1), kinds=["work_injury"], awards=[("award", "non_final", [("dismissed", "0")])],
             log=[ch(D(2026, 7, 2), "intake", "mediation"), ch(D(2026, 7, 3), "mediation", "agreement"),
                  ch(D(2026, 7, 10), "agreement", "arbitration"), ev(D(2026, 7, 10), "accepted"),
                  ch(D(2026, 7, 30), "arbitration", "award"), ev(D(2026, 7, 30), "award_made")]),
    # pending at the start, awarded after the period
    11: dict(received=D(2026, 6, 1), log=[ch(D(2026, 6, 2), "intake", "arbitration"), ev(D(2026, 6, 2), "accepted"),
                                          ch(D(2026, 10, 5), "arbitration", "award"), ev(D(2026, 10, 5), "award_made")]),
    # a change entered late: withdrawal recorded before the change to mediation it follows
    12: dict(received=D(2026, 7, 1), log=[ch(D(2026, 7, 20), "mediation", "withdrawn"),
                                          ch(D(2026, 7, 5), "intake", "mediation")]),
    # two changes on one day: agreement then back to arbitration (open at the day's end)
    13: dict(received=D(2026, 7, 1), log=[ch(D(2026, 7, 2), "intake", "mediation"),
                                          ch(D(2026, 8, 5), "mediation", "agreement"),
                                          ch(D(2026, 8, 5), "agreement", "arbitration"), ev(D(2026, 8, 5), "accepted")]),
    # the same day the other way round: back to arbitration recorded first, agreement last (concluded)
    14: dict(received=D(2026, 7, 1), log=[ch(D(2026, 7, 2), "intake", "mediation"),
                                          ch(D(2026, 8, 5), "agreement", "arbitration"),
                                          ch(D(2026, 8, 5), "mediation", "agreement")]),
    # arbitration, suspended 08-01..08-20, extension approved, award on Q3's last day
    15: dict(received=D(2026, 7, 15), suspensions=[(D(2026, 8, 1), D(2026, 8, 20))],
             awards=[("partial", "", [("granted", "300")]), ("award", "mixed", [("granted", "500"), ("dismissed", "0")])],
             log=[ch(D(2026, 7, 16), "intake", "arbitration"), ev(D(2026, 7, 16), "accepted"),
                  ch(D(2026, 8, 1), "arbitration", "suspended"), ch(D(2026, 8, 20), "suspended", "arbitration"),
                  ev(D(2026, 8, 25), "award_extension_approved"), ev(D(2026, 8, 26), "claims_changed"),
                  ch(D(2026, 9, 30), "arbitration", "award"), ev(D(2026, 9, 30), "award_made")]),
    # still suspended at the end, suspension open-ended
    16: dict(received=D(2026, 6, 10), suspensions=[(D(2026, 7, 1), None)],
             log=[ch(D(2026, 6, 11), "intake", "arbitration"), ev(D(2026, 6, 11), "accepted"),
                  ch(D(2026, 7, 1), "arbitration", "suspended")]),
    # a history without an opening change: only agreement -> closed on record
    17: dict(received=D(2026, 7, 2), log=[ch(D(2026, 7, 10), "agreement", "closed")]),
    # no change at all, unknown claim kinds
    18: dict(received=D(2026, 8, 15), kinds=["mystery", "other", "mystery"]),
    # concluded on Q3's first day, from a case received in Q2
    19: dict(received=D(2026, 6, 25), log=[ch(D(2026, 6, 26), "intake", "mediation"),
                                           ev(D(2026, 6, 26), "mediation_application_received"),
                                           ch(D(2026, 7, 1), "mediation", "withdrawn"),
                                           ev(D(2026, 7, 1), "mediation_withdrawn")]),
    # concluded long before, closed (concluded -> concluded) within the period: counts nowhere
    20: dict(received=D(2026, 1, 5), log=[ch(D(2026, 1, 6), "intake", "mediation"),
                                          ch(D(2026, 1, 20), "mediation", "agreement"),
                                          ch(D(2026, 8, 1), "agreement", "closed")]),
    # reopened in Q3, concluded again in Q3, reopened again after it (handed to court in Q4)
    21: dict(received=D(2026, 2, 1), log=[ch(D(2026, 2, 2), "intake", "mediation"),
                                          ch(D(2026, 2, 10), "mediation", "agreement"),
                                          ch(D(2026, 7, 15), "agreement", "arbitration"), ev(D(2026, 7, 15), "accepted"),
                                          ch(D(2026, 9, 1), "arbitration", "withdrawn"),
                                          ev(D(2026, 9, 1), "application_withdrawn"),
                                          ch(D(2026, 10, 2), "withdrawn", "arbitration"),
                                          ch(D(2026, 10, 9), "arbitration", "handoff")]),
    # mediation window ran out in the period, still open; the window's start is also the change's day
    22: dict(received=D(2026, 9, 1), log=[ch(D(2026, 9, 1), "intake", "mediation"),
                                          ev(D(2026, 9, 1), "mediation_application_received")]),
}
PERIODS = [(D(2026, 7, 1), D(2026, 9, 30)), (D(2026, 7, 1), D(2026, 7, 31)), (D(2026, 8, 1), D(2026, 8, 31)),
           (D(2026, 9, 1), D(2026, 9, 30)), (D(2026, 4, 1), D(2026, 6, 30)), (D(2026, 1, 1), D(2026, 12, 31)),
           (D(2026, 8, 5), D(2026, 8, 5)), (D(2026, 10, 1), D(2026, 10, 31)), (D(2026, 7, 2), D(2026, 9, 29))]


def _kinds(spec: dict) -> list[str]:
    return spec.get("kinds", ["unpaid_pay"])


def python_record(case_id: int, spec: dict) -> CaseStatRecord:
    """The Python path: every change and event, as the tables read them before the SQL reduction."""
    received = spec["received"]
    changes = (StatusChange(received, "", "intake"),) + tuple(
        StatusChange(on, a, b) for on, a, b, _ in spec.get("log", []) if b)
    facts = CaseFacts(case_id=case_id, received_on=received, workers=spec.get("workers", 1),
                      is_group=spec.get("group", False), claimed=Decimal(spec.get("claimed", "100")).quantize(Decimal("0.01")),
                      claim_kinds=frozenset(_kinds(spec)), changes=changes)
    events = (("case_registered", received),) + tuple((kind, on) for on, _, _, kind in spec.get("log", []))
    awards = tuple((kind, finality, tuple((o, Decimal(a)) for o, a in rulings))
                   for kind, finality, rulings in spec.get("awards", []))
    agreed = sum((Decimal(a) for a in spec["agreed"]), Decimal("0")) if spec.get("agreed") else None
    return CaseStatRecord(facts=facts, events=events, awards=awards, agreed=agreed,
                          suspensions=tuple(spec.get("suspensions", [])))


def write_book(s: Session) -> None:
    ids = iter(range(1, 10_000))
    for case_id, spec in BOOK.items():
        received = spec["received"]
        claimed = Decimal(spec.get("claimed", "100"))
        s.execute(insert(orm.Case.__table__).values(
            id=case_id, number=f"C{case_id}", title="t", status="intake", industry="other", platform="p", facts="",
            channel="written", received_on=received, worker_name="w", worker_id_number="", worker_phone="",
            respondent_names="", total_claimed=claimed, is_group=spec.get("group", False),
            applicant_count=spec.get("workers", 1), applicant_names="w", created_at=NOW, updated_at=NOW))
        log = [(received, "", "intake", "case_registered")] + spec.get("log", [])
        for on, a, b, kind in log:
            s.execute(insert(orm.CaseEvent.__table__).values(
                id=next(ids), case_id=case_id, event_date=on, recorded_at=NOW, kind=kind, from_status=a, to_status=b,
                actor="t", note=""))
        for n, kind in enumerate(_kinds(spec)):
            s.execute(insert(orm.ClaimRow.__table__).values(id=next(ids), case_id=case_id, position=n, kind=kind,
                                                            amount=Decimal("10"), basis=""))
        for n, (kind, finality, rulings) in enumerate(spec.get("awards", [])):
            content = {"rulings": [{"outcome": o, "amount": a} for o, a in rulings]}
            s.execute(insert(orm.ArbitrationAwardRow.__table__).values(
                id=next(ids), case_id=case_id, kind=kind, lineage=n + 1, version=1, status="approved",
                finality=finality, content=json.dumps(content), created_by="t", created_at=NOW, updated_at=NOW))
        if spec.get("agreed"):
            outcome = next(ids)
            s.execute(insert(orm.MediationOutcomeRow.__table__).values(
                id=outcome, case_id=case_id, outcome="agreement", decided_on=received, created_by="t", created_at=NOW))
            for n, amount in enumerate(spec["agreed"]):
                s.execute(insert(orm.AgreementItemRow.__table__).values(
                    id=next(ids), outcome_id=outcome, case_id=case_id, position=n, obligor="o", obligee="w", content="c",
                    amount=Decimal(amount)))
        for first, last in spec.get("suspensions", []):
            s.execute(insert(orm.ArbitrationSuspensionRow.__table__).values(
                id=next(ids), case_id=case_id, kind="suspension", start=first, end=last, created_by="t", created_at=NOW))
        if case_id == 11:
            s.execute(insert(orm.ArbitrationTribunalRow.__table__).values(
                id=next(ids), case_id=case_id, kind="sole", members=json.dumps([{"name": "王仲裁"}]),
                formed_on=D(2026, 6, 5), created_by="t", created_at=NOW))
    # the current status of every case (the candidates read it)
    for case_id, spec in BOOK.items():
        current = python_record(case_id, spec).facts
        s.execute(orm.Case.__table__.update().where(orm.Case.__table__.c.id == case_id)
                  .values(status=[c.to_status for c in sorted(current.changes, key=lambda c: c.on)][-1]))


@pytest.fixture(scope="module")
def repo():
    engine = create_engine("sqlite://")
    orm.Base.metadata.create_all(engine)
    with Session(engine) as s:
        write_book(s)
        s.commit()
        yield SqlStatisticsRepo(s)


def _table(start: date, end: date, records: list[CaseStatRecord]) -> dict:
    rules = period_rules()
    as_of = min(end, AS_OF)
    builder = TableBuilder(start, end, as_of=as_of)
    for record in records:
        course = course_of(record.facts, start, end)
        if course is None:
            builder.skip(record.facts)
            continue
        conclusion = course.conclusion
        settled = settled_of(record, conclusion.way) if conclusion is not None else None
        due = limit_due(record, evaluation_day(course, as_of), concluded=conclusion is not None, rules=rules)
        builder.add(record.facts, course, settled=settled, limit_due=due)
    table = builder.table()
    return {"values": dict(table.values), "checks": [(c.key, c.passed, c.detail) for c in table.checks]}


@pytest.mark.parametrize(("start", "end"), PERIODS, ids=[f"{s}..{e}" for s, e in PERIODS])
def test_the_sql_path_reads_the_same_facts_as_the_python_path(repo: SqlStatisticsRepo, start: date, end: date) -> None:
    rules = period_rules()
    as_of = min(end, AS_OF)
    kinds = period_event_kinds(rules)
    read = [r for batch in repo.case_batches(start=start, end=end, as_of=as_of, event_kinds=kinds, batch=4)
            for r in batch]
    ids = [r.facts.case_id for r in read]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    python = {case_id: python_record(case_id, spec) for case_id, spec in BOOK.items()}
    for record in read:
        mine = python[record.facts.case_id]
        assert record.facts.timeline == timeline_of(mine.facts, start, end), record.facts.case_id
        assert replace(record.facts, timeline=None) == replace(mine.facts, changes=()), record.facts.case_id
        course = course_of(record.facts, start, end)
        assert course == course_of(mine.facts, start, end), record.facts.case_id
        if course is None:
            continue
        judged = evaluation_day(course, as_of)
        closed = course.conclusion is not None
        assert limit_due(record, judged, concluded=closed, rules=rules) == \
            limit_due(mine, judged, concluded=closed, rules=rules), record.facts.case_id
        if course.conclusion is not None:
            assert settled_of(record, course.conclusion.way) == settled_of(mine, course.conclusion.way)
    # every case the Python path counts is read; the others it reads are the ones the period skips
    counted = {i for i, r in python.items() if course_of(r.facts, start, end) is not None}
    assert counted <= set(ids)
    assert _table(start, end, read) == _table(start, end, list(python.values()))


def test_the_book_has_the_tricky_cases_in_the_quarter(repo: SqlStatisticsRepo) -> None:
    start, end = PERIODS[0]
    read = {r.facts.case_id: r for b in repo.case_batches(start=start, end=end, as_of=end,
                                                           event_kinds=period_event_kinds(period_rules()))
            for r in b}
    courses = {i: course_of(r.facts, start, end) for i, r in read.items()}
    assert courses[7] is not None and courses[7].reopened  # reopened from an agreement, awarded
    assert courses[21] is not None and courses[21].reopened and courses[21].conclusion is not None
    assert courses[13] is not None and courses[13].conclusion is None  # back to arbitration the same day
    assert courses[14] is not None and courses[14].conclusion is not None  # agreement recorded last that day
    assert courses[12] is not None and courses[12].conclusion.on == D(2026, 7, 20)  # a change entered late
    assert courses[17] is not None and courses[17].conclusion.on == D(2026, 7, 10)  # no opening change on record
    assert courses.get(20) is None and 5 not in read and 6 not in read
    assert read[18].facts.claim_kinds == frozenset({"mystery", "other"})
    assert read[8].facts.workers == 12 and read[8].facts.is_group
    assert read[15].suspensions == ((D(2026, 8, 1), D(2026, 8, 20)),)
    assert read[11].arbitrators == ("王仲裁",)
    table = _table(start, end, list(read.values()))
    assert all(passed for _, passed, _ in table["checks"])
