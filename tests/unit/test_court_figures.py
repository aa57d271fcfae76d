"""裁审衔接 figures on a small set of awards, suits and item results, every rate worked out by hand
in the comments (period 2026-01-01 .. 2026-06-30)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.court_figures import (AwardFact, Basis, ChallengeFact, Grouping, ItemFact,
                                                 compute_figures, rate)
from mediation_desk.domain.errors import ValidationError

START, END = date(2026, 1, 1), date(2026, 6, 30)
D = date


def award(n: int, on: date, arbitrator: str, respondents: tuple[str, ...], kinds: tuple[str, ...]) -> AwardFact:
    return AwardFact(key=f"{n}:1", case_id=n, case_number=f"洪劳人仲案字〔2026〕第{n}号", number=f"第{n}号", award_date=on,
                     arbitrator=arbitrator, respondents=respondents, item_kinds=kinds)


AWARDS = [
    award(1, D(2026, 2, 10), "陈国华", ("甲公司",), ("unpaid_pay", "unlawful_deduction")),
    award(2, D(2026, 3, 5), "陈国华", ("乙公司",), ("unpaid_pay",)),
    award(3, D(2026, 4, 20), "李红梅", ("甲公司",), ("unlawful_termination_damages", "unpaid_pay", "overtime_pay")),
    award(4, D(2026, 6, 30), "李红梅", ("甲公司", "丙公司"), ("overtime_pay",)),
    award(5, D(2025, 12, 20), "陈国华", ("乙公司",), ("unpaid_pay",)),  # before the period
    award(6, D(2026, 1, 15), "", ("乙公司",), ("unpaid_pay",)),  # no tribunal recorded
]
CHALLENGES = [
    ChallengeFact("1:1", 1, "lawsuit", D(2026, 3, 1)),
    ChallengeFact("3:1", 3, "set_aside", D(2026, 5, 10)),
    ChallengeFact("3:1", 3, "lawsuit", D(2026, 5, 12)),  # a second challenge of the same award counts once
    ChallengeFact("5:1", 5, "lawsuit", D(2026, 1, 10)),
]
ITEMS = [
    ItemFact("1:1", 1, 1, "unpaid_pay", "upheld", D(2026, 6, 1)),
    ItemFact("1:1", 1, 2, "unlawful_deduction", "changed", D(2026, 6, 1)),
    ItemFact("3:1", 3, 1, "unlawful_termination_damages", "set_aside", D(2026, 7, 15)),
    ItemFact("3:1", 3, 2, "unpaid_pay", "upheld", D(2026, 7, 15)),
    ItemFact("3:1", 3, 3, "overtime_pay", "upheld", D(2026, 7, 15)),
    ItemFact("5:1", 5, 1, "unpaid_pay", "changed", D(2026, 4, 1)),
]


def values(group) -> dict[str, object]:
    return {f.key: f.value for f in group.figures}


def group(report, grouping: Grouping, label: str):
    return next(g for g in report.of(grouping) if g.label == label)


def test_rate_rounds_half_up_and_has_nothing_to_divide_by():
    assert rate(1, 3) == Decimal("33.33") and rate(2, 3) == Decimal("66.67") and rate(1, 8) == Decimal("12.50")
    assert rate(0, 0) is None


def test_by_award_date_the_commission():
    r = compute_figures(AWARDS, CHALLENGES, ITEMS, start=START, end=END)
    total = r.commission
    # awards dated in the period: 1, 2, 3, 4, 6 = 5; taken to court: 1 and 3 = 2 -> 2/5 = 40.00%
    # items of those awards with a court result (whenever decided): 1.1 upheld, 1.2 changed, 3.1 set aside,
    # 3.2 upheld, 3.3 upheld = 5 -> upheld 3/5 = 60%, changed 1/5 = 20%, set aside 1/5 = 20%,
    # changed or set aside 2/5 = 40%, consistency 3/5 = 60%
    assert values(total) == {
        "awards_made": 5, "awards_challenged": 2, "suit_rate": Decimal("40.00"), "items_decided": 5,
        "items_upheld": 3, "items_changed": 1, "items_set_aside": 1, "upheld_rate": Decimal("60.00"),
        "changed_rate": Decimal("20.00"), "set_aside_rate": Decimal("20.00"),
        "changed_or_set_aside_rate": Decimal("40.00"), "consistency_rate": Decimal("60.00")}
    # the list behind each number
    assert total.figure("awards_made").case_ids == (1, 2, 3, 4, 6)
    assert total.figure("suit_rate").case_ids == (1, 3)
    assert (total.figure("suit_rate").numerator, total.figure("suit_rate").denominator) == (2, 5)
    assert total.figure("items_set_aside").case_ids == (3,)
    assert total.figure("consistency_rate").case_ids == (1, 3)
    assert r.case_numbers[3] == "洪劳人仲案字〔2026〕第3号"
    assert total.figure("suit_rate").text == "40.00%" and total.figure("awards_made").text == "5"


def test_by_award_date_per_arbitrator():
    r = compute_figures(AWARDS, CHALLENGES, ITEMS, start=START, end=END)
    assert [g.label for g in r.of(Grouping.ARBITRATOR)] == sorted(["陈国华", "李红梅", "（未组庭）"])
    chen = values(group(r, Grouping.ARBITRATOR, "陈国华"))
    # awards 1, 2 (5 is before the period); taken to court 1 -> 1/2 = 50%; items 1.1 upheld, 1.2 changed
    assert (chen["awards_made"], chen["awards_challenged"], chen["suit_rate"]) == (2, 1, Decimal("50.00"))
    assert (chen["items_decided"], chen["upheld_rate"], chen["changed_rate"], chen["set_aside_rate"]) == (
        2, Decimal("50.00"), Decimal("50.00"), Decimal("0.00"))
    li = values(group(r, Grouping.ARBITRATOR, "李红梅"))
    # awards 3, 4; taken to court 3 -> 50%; items 3.1 set aside, 3.2 and 3.3 upheld -> 2/3 = 66.67%, 1/3 = 33.33%
    assert (li["awards_made"], li["suit_rate"], li["items_decided"]) == (2, Decimal("50.00"), 3)
    assert (li["upheld_rate"], li["set_aside_rate"], li["consistency_rate"]) == (
        Decimal("66.67"), Decimal("33.33"), Decimal("66.67"))
    none = values(group(r, Grouping.ARBITRATOR, "（未组庭）"))
    # award 6 alone, not taken to court: 0/1 = 0%; no item result: no rate
    assert (none["awards_made"], none["suit_rate"], none["items_decided"], none["upheld_rate"]) == (
        1, Decimal("0.00"), 0, None)


def test_by_award_date_per_respondent_and_claim_kind():
    r = compute_figures(AWARDS, CHALLENGES, ITEMS, start=START, end=END)
    jia = values(group(r, Grouping.RESPONDENT, "甲公司"))
    # awards 1, 3, 4; taken to court 1, 3 -> 2/3 = 66.67%; items of 1 and 3: 5, upheld 3 -> 60%
    assert (jia["awards_made"], jia["suit_rate"], jia["items_decided"], jia["upheld_rate"]) == (
        3, Decimal("66.67"), 5, Decimal("60.00"))
    bing = values(group(r, Grouping.RESPONDENT, "丙公司"))  # award 4 names two respondents: counted under each
    assert (bing["awards_made"], bing["suit_rate"]) == (1, Decimal("0.00"))
    yi = values(group(r, Grouping.RESPONDENT, "乙公司"))  # awards 2 and 6; 5 is before the period
    assert (yi["awards_made"], yi["awards_challenged"]) == (2, 0)

    pay = values(group(r, Grouping.CLAIM_KIND, "拖欠劳动报酬"))
    # awards with a pay item: 1, 2, 3, 6; taken to court 1, 3 -> 50%; pay items decided: 1.1, 3.2 both upheld
    assert (pay["awards_made"], pay["suit_rate"], pay["items_decided"], pay["upheld_rate"]) == (
        4, Decimal("50.00"), 2, Decimal("100.00"))
    damages = values(group(r, Grouping.CLAIM_KIND, "违法解除劳动合同赔偿金"))
    assert (damages["awards_made"], damages["items_set_aside"], damages["set_aside_rate"]) == (1, 1, Decimal("100.00"))
    overtime = values(group(r, Grouping.CLAIM_KIND, "加班费"))  # awards 3, 4; taken to court 3; item 3.3 upheld
    assert (overtime["awards_made"], overtime["suit_rate"], overtime["consistency_rate"]) == (
        2, Decimal("50.00"), Decimal("100.00"))
    deductions = values(group(r, Grouping.CLAIM_KIND, "返还违法罚款、扣款"))
    assert deductions["changed_rate"] == Decimal("100.00")


def test_by_court_date():
    r = compute_figures(AWARDS, CHALLENGES, ITEMS, start=START, end=END, basis=Basis.OUTCOME)
    total = r.commission
    # awards made in the period: 5. Suits filed in the period: on awards 1, 3 and 5 (5 made in 2025) -> 3/5 = 60%.
    # Items decided in the period: 1.1 upheld, 1.2 changed (06-01), 5.1 changed (04-01); 3.x were decided 07-15.
    # upheld 1/3 = 33.33%, changed 2/3 = 66.67%, set aside 0/3 = 0%
    v = values(total)
    assert (v["awards_made"], v["awards_challenged"], v["suit_rate"]) == (5, 3, Decimal("60.00"))
    assert (v["items_decided"], v["upheld_rate"], v["changed_rate"], v["set_aside_rate"], v["consistency_rate"]) == (
        3, Decimal("33.33"), Decimal("66.67"), Decimal("0.00"), Decimal("33.33"))
    assert total.figure("awards_challenged").case_ids == (1, 3, 5)
    assert total.figure("items_changed").case_ids == (1, 5)
    chen = values(group(r, Grouping.ARBITRATOR, "陈国华"))  # awards 1, 2 made; suits on 1 and 5; items 1.1, 1.2, 5.1
    assert (chen["awards_made"], chen["awards_challenged"], chen["suit_rate"], chen["items_decided"]) == (
        2, 2, Decimal("100.00"), 3)


def test_an_empty_period_and_a_reversed_one():
    r = compute_figures(AWARDS, CHALLENGES, ITEMS, start=D(2027, 1, 1), end=D(2027, 1, 31))
    assert values(r.commission)["awards_made"] == 0 and values(r.commission)["suit_rate"] is None
    assert r.of(Grouping.ARBITRATOR) == ()
    with pytest.raises(ValidationError, match="结束日不能早于开始日"):
        compute_figures(AWARDS, CHALLENGES, ITEMS, start=END, end=START)
