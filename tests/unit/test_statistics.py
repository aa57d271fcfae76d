"""The dispute tables' definitions (domain.statistics) on cases worked out by hand.

The period is the third quarter of 2026 (2026-07-01 .. 2026-09-30, both included); every date is
fixed, nothing depends on the day the tests run.
"""

from __future__ import annotations

import statistics as pystats
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.statistics import (CAUSE_OF_CLAIM, INDICATORS, CaseFacts, Cause, Result, Settled,
                                              StatusChange, TableBuilder, Way, cause_of, check_period, course_of,
                                              duration_figures, rate, result_of)

START, END = date(2026, 7, 1), date(2026, 9, 30)


def facts(case_id: int, received: date, *changes: tuple[date, str, str], workers: int = 1, group: bool = False,
          claimed: str = "0", kinds: tuple[ClaimKind, ...] = (ClaimKind.UNPAID_PAY,)) -> CaseFacts:
    chain = (StatusChange(received, "", "intake"),) + tuple(StatusChange(on, a, b) for on, a, b in changes)
    return CaseFacts(case_id=case_id, received_on=received, workers=workers, is_group=group,
                     claimed=Decimal(claimed), claim_kinds=frozenset(k.value for k in kinds), changes=chain)


D = date
# A: pending since May, still open
A = facts(1, D(2026, 5, 10), (D(2026, 5, 12), "intake", "mediation"), claimed="500")
# B: pending at the start, agreement on 07-05 (15 days), agreed the full claim
B = facts(2, D(2026, 6, 20), (D(2026, 6, 21), "intake", "mediation"), (D(2026, 7, 5), "mediation", "agreement"),
          claimed="1000")
# C: received in the period, withdrawn after 10 days
C = facts(3, D(2026, 7, 10), (D(2026, 7, 20), "intake", "withdrawn"), claimed="200")
# D: received on the period's last day, open
DD = facts(4, D(2026, 9, 30), claimed="300", kinds=(ClaimKind.DEPOSIT_REFUND,))
# E: received the day after the period
E = facts(5, D(2026, 10, 1), claimed="50")
# F: received and closed the day before the period
F = facts(6, D(2026, 6, 30), (D(2026, 6, 30), "intake", "closed"), claimed="60")
# G: agreement in March, reopened (arbitration) in August, award on 09-15 (198 days from 03-01)
G = facts(7, D(2026, 3, 1), (D(2026, 3, 2), "intake", "mediation"), (D(2026, 3, 10), "mediation", "agreement"),
          (D(2026, 8, 1), "agreement", "arbitration"), (D(2026, 9, 15), "arbitration", "award"),
          claimed="4000", kinds=(ClaimKind.OVERTIME_PAY,))
# H: collective dispute, 12 workers, relationship and pay: counted under 确认劳动关系
H = facts(8, D(2026, 8, 1), workers=12, group=True, claimed="12000",
          kinds=(ClaimKind.CONFIRM_RELATIONSHIP, ClaimKind.UNPAID_PAY))
# I: a group of nine (not collective), closed otherwise after 10 days, late (due 08-10)
I = facts(9, D(2026, 8, 2), (D(2026, 8, 12), "intake", "closed"), workers=9, group=True, claimed="9000",
          kinds=(ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.SOCIAL_INSURANCE))
# J: received on the first day, agreement, reopened, award within the period: counted once (award, 29 days)
J = facts(10, D(2026, 7, 1), (D(2026, 7, 2), "intake", "mediation"), (D(2026, 7, 3), "mediation", "agreement"),
          (D(2026, 7, 10), "agreement", "arbitration"), (D(2026, 7, 30), "arbitration", "award"),
          claimed="2500", kinds=(ClaimKind.WORK_INJURY,))
# K: pending at the start, awarded only after the period; its period fell due on 07-31
K = facts(11, D(2026, 6, 1), (D(2026, 6, 2), "intake", "arbitration"), (D(2026, 10, 5), "arbitration", "award"),
          claimed="700")

SETTLED = {2: Settled(Decimal("1000")), 7: Settled(Decimal("3000"), ("granted", "partly"), final=True),
           10: Settled(Decimal("0"), ("dismissed", "dismissed"))}
DUE = {11: D(2026, 7, 31), 9: D(2026, 8, 10), 2: D(2026, 7, 5)}


def build() -> TableBuilder:
    builder = TableBuilder(START, END)
    for f in (A, B, C, DD, E, F, G, H, I, J, K):
        course = course_of(f, START, END)
        if course is None:
            builder.skip(f)
            continue
        builder.add(f, course, settled=SETTLED.get(f.case_id), limit_due=DUE.get(f.case_id))
    return builder


def test_who_is_in_the_period() -> None:
    assert course_of(E, START, END) is None  # received after the end
    assert course_of(F, START, END) is None  # closed before the start
    a = course_of(A, START, END)
    assert a is not None and a.pending_at_start and not a.received and a.conclusion is None
    d = course_of(DD, START, END)
    assert d is not None and d.received_new and not d.pending_at_start
    g = course_of(G, START, END)
    assert g is not None and g.reopened and not g.received_new and not g.pending_at_start
    assert g.conclusion is not None and g.conclusion.way is Way.AWARD and g.conclusion.on == D(2026, 9, 15)
    j = course_of(J, START, END)
    assert j is not None and j.received_new and not j.reopened
    assert j.conclusion is not None and j.conclusion.way is Way.AWARD and j.conclusion.on == D(2026, 7, 30)
    k = course_of(K, START, END)
    assert k is not None and k.pending_at_start and k.conclusion is None  # the award came after the end
    # the same case seen by the previous quarter: received then, agreement on 07-03 is outside it
    assert course_of(J, D(2026, 4, 1), D(2026, 6, 30)) is None
    # G seen by the first quarter: received, concluded by mediation on 03-10
    g1 = course_of(G, D(2026, 1, 1), D(2026, 3, 31))
    assert g1 is not None and g1.received_new and g1.conclusion is not None and g1.conclusion.way is Way.MEDIATION


def test_every_indicator_of_the_hand_worked_table() -> None:
    table = build().table()
    v = table.values
    assert v["pending_start"] == 3  # A, B, K
    assert (v["received"], v["received_new"], v["received_reopened"]) == (6, 5, 1)  # C D H I J + G
    assert (v["collective"], v["collective_workers"]) == (1, 12)  # H only: I has nine workers
    assert v["workers"] == 1 + 1 + 12 + 9 + 1 + 1
    assert v["cause_relationship"] == 1  # H
    assert v["cause_contract"] == 1  # I (compensation before social insurance)
    assert v["cause_social_insurance"] == 1  # J (work injury)
    assert v["cause_pay"] == 2  # C, G
    assert v["cause_other"] == 1  # D (deposit)
    assert v["closed"] == 5  # B C G I J
    assert (v["way_mediation"], v["way_award"], v["way_withdrawal"], v["way_other"]) == (1, 2, 1, 1)
    assert (v["result_worker"], v["result_employer"], v["result_partial"], v["result_none"]) == (1, 1, 1, 2)
    assert v["pending_end"] == 4  # A D H K
    assert v["claimed_received"] == Decimal("28000.00")  # 200 + 300 + 4000 + 12000 + 9000 + 2500
    assert v["claimed_closed"] == Decimal("16700.00")  # 1000 + 200 + 4000 + 9000 + 2500
    assert v["awarded"] == Decimal("3000.00")
    assert v["agreed"] == Decimal("1000.00")
    assert v["closing_rate"] == Decimal("55.56")  # 5 / 9
    assert v["mediation_rate"] == Decimal("20.00")  # 1 / 5
    assert v["mediation_withdrawal_rate"] == Decimal("40.00")  # 2 / 5
    assert (v["final_awards"], v["final_award_share"]) == (1, Decimal("50.00"))
    # durations 15 (B), 10 (C), 198 (G), 10 (I), 29 (J): median 15; P90 = 29 + 0.6 × (198 − 29)
    assert v["duration_median"] == Decimal("15.00")
    assert v["duration_p90"] == Decimal("130.40")
    assert (v["over_limit"], v["over_limit_closed"], v["over_limit_open"]) == (2, 1, 1)  # I late, K open past due
    assert set(v) == {i.key for i in INDICATORS}
    assert table.passed, table.failed


def test_a_failing_check_names_itself() -> None:
    builder = build()
    course = course_of(C, START, END)
    assert course is not None
    builder.add(C, course)  # the same closed case a second time
    table = builder.table()
    failed = {c.key for c in table.failed}
    assert "closed_once" in failed
    assert all(c.name for c in table.failed)


def test_a_case_left_out_but_open_at_the_end_fails_the_direct_count() -> None:
    builder = build()
    builder.skip(facts(99, D(2026, 1, 1)))  # open, yet not counted: the direct count disagrees
    assert "pending_end_direct" in {c.key for c in builder.table().failed}


def test_every_claim_kind_has_one_cause_and_several_claims_count_once() -> None:
    assert set(CAUSE_OF_CLAIM) == set(ClaimKind)
    assert cause_of([ClaimKind.UNPAID_PAY.value, ClaimKind.CONFIRM_RELATIONSHIP.value]) is Cause.RELATIONSHIP
    assert cause_of([ClaimKind.UNPAID_PAY.value, ClaimKind.UNLAWFUL_TERMINATION.value]) is Cause.CONTRACT
    assert cause_of([ClaimKind.UNPAID_PAY.value, ClaimKind.WORK_INJURY.value]) is Cause.SOCIAL_INSURANCE
    assert cause_of([ClaimKind.DEPOSIT_REFUND.value, ClaimKind.OVERTIME_PAY.value]) is Cause.PAY
    assert cause_of([]) is Cause.OTHER
    assert cause_of(["no_such_kind"]) is Cause.OTHER


def test_results() -> None:
    claimed = Decimal("100")
    assert result_of(Way.AWARD, claimed=claimed, amount=Decimal("100"), rulings=["granted", "granted"]) is Result.WORKER
    assert result_of(Way.AWARD, claimed=claimed, amount=Decimal("0"), rulings=["dismissed"]) is Result.EMPLOYER
    assert result_of(Way.AWARD, claimed=claimed, amount=Decimal("50"), rulings=["granted", "dismissed"]) is Result.PARTIAL
    assert result_of(Way.AWARD, claimed=claimed, amount=Decimal("0")) is Result.EMPLOYER
    assert result_of(Way.AWARD, claimed=claimed, amount=Decimal("40")) is Result.PARTIAL
    assert result_of(Way.MEDIATION, claimed=claimed, amount=Decimal("100")) is Result.WORKER
    assert result_of(Way.MEDIATION, claimed=claimed, amount=Decimal("60")) is Result.PARTIAL
    assert result_of(Way.WITHDRAWAL, claimed=claimed, amount=Decimal("0")) is Result.NONE
    assert result_of(Way.OTHER, claimed=claimed, amount=Decimal("0")) is Result.NONE


def test_percentiles_and_rates() -> None:
    assert duration_figures([]) == (None, None)
    assert duration_figures([7]) == (Decimal("7.00"), Decimal("7.00"))
    assert duration_figures([10, 20]) == (Decimal("15.00"), Decimal("19.00"))  # 10 + 0.9 × 10
    days = list(range(1, 101))
    median, p90 = duration_figures(days)
    assert median == Decimal("50.50")
    assert p90 == Decimal(str(pystats.quantiles(days, n=10, method="inclusive")[8])).quantize(Decimal("0.01"))
    assert p90 == Decimal("90.10")
    assert rate(1, 3) == Decimal("33.33") and rate(2, 3) == Decimal("66.67") and rate(0, 0) is None


def test_a_period_must_run_forward() -> None:
    check_period(START, START)
    with pytest.raises(ValueError, match="早于开始日"):
        check_period(END, START)


def test_every_indicator_says_what_it_is() -> None:
    keys = [i.key for i in INDICATORS]
    assert len(keys) == len(set(keys))
    for i in INDICATORS:
        assert i.name and i.english and i.definition and i.source and i.unit


def test_a_change_entered_late_counts_on_its_own_date() -> None:
    # recorded after the withdrawal entry but dated before it: the case was in mediation from 07-05
    late = facts(12, D(2026, 7, 1), (D(2026, 7, 20), "mediation", "withdrawn"), (D(2026, 7, 5), "intake", "mediation"))
    course = course_of(late, START, END)
    assert course is not None and course.conclusion is not None
    assert course.conclusion.way is Way.WITHDRAWAL and course.conclusion.on == D(2026, 7, 20)
    assert course_of(late, D(2026, 4, 1), D(2026, 6, 30)) is None


def test_the_award_period_judged_for_over_limit_counts_extension_and_suspension() -> None:
    from mediation_desk.services.ports import CaseStatRecord
    from mediation_desk.services.statistics import limit_due

    accepted = facts(20, D(2026, 9, 1))
    plain = CaseStatRecord(facts=accepted, events=(("accepted", D(2026, 9, 1)),))
    # 45 calendar days from acceptance on 09-01: 10-16 (a Friday)
    assert limit_due(plain, D(2026, 10, 20), concluded=False) == D(2026, 10, 16)
    assert limit_due(plain, D(2026, 10, 10), concluded=False) is None  # cannot have passed by then
    # the award made on the day judged is left out: the period it closes is still measured
    made = CaseStatRecord(facts=accepted, events=(("accepted", D(2026, 9, 1)), ("award_made", D(2026, 10, 20))))
    assert limit_due(made, D(2026, 10, 20), concluded=True) == D(2026, 10, 16)
    # extended by 15 days (approved 10-10) and suspended 10-01..10-10 (10 days): 09-01 + 60 + 10 = 11-10 (Tue)
    longer = CaseStatRecord(facts=accepted, events=(("accepted", D(2026, 9, 1)),
                                                    ("award_extension_approved", D(2026, 10, 10))),
                            suspensions=((D(2026, 10, 1), D(2026, 10, 10)),))
    assert limit_due(longer, D(2026, 11, 20), concluded=False) == D(2026, 11, 10)
    # no handling period started: nothing to judge
    assert limit_due(CaseStatRecord(facts=accepted, events=()), D(2026, 12, 1), concluded=False) is None
