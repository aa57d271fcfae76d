"""Court records: the award's items as the court sees them, the checks on a filing and an outcome
(each refusal a clear Chinese message), and the case events each writes."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from mediation_desk.domain.arbitration.records import APPROVED, AWARD, FINAL, MIXED, NON_FINAL, Award, Ruling, ruling_json
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.court import (AwardItemRef, AwardRef, BroughtBy, CourtDecision, CourtProceeding,
                                         FilingInput, ItemResult, ItemResultInput, OutcomeInput, ProceedingKind,
                                         allowed_decisions, award_ref, filing_events, outcome_events, sum_changed,
                                         validate_filing, validate_outcome)
from mediation_desk.domain.errors import ValidationError

TODAY = date(2026, 9, 30)
AT = datetime(2026, 9, 1, tzinfo=timezone.utc)
COURT = "南昌市红谷滩区人民法院"


def ref(finality: str = MIXED) -> AwardRef:
    return AwardRef(id=7, case_id=1, number="洪劳人仲案字〔2026〕第12号", award_date=date(2026, 8, 3), finality=finality,
                    items=(AwardItemRef(1, "拖欠劳动报酬", Decimal("6790.00"), finality != NON_FINAL, ClaimKind.UNPAID_PAY),
                           AwardItemRef(2, "返还违法扣款", Decimal("770.00"), finality != NON_FINAL,
                                        ClaimKind.UNLAWFUL_DEDUCTION),
                           AwardItemRef(3, "违法解除劳动合同赔偿金", Decimal("36000.00"), finality == FINAL,
                                        ClaimKind.UNLAWFUL_TERMINATION)))


def filing(**kw) -> FilingInput:
    values = dict(case_id=1, kind=ProceedingKind.LAWSUIT, court=f"  {COURT} ", filed_on=date(2026, 8, 20),
                  brought_by=BroughtBy.WORKER, court_case_number="（2026）赣0113民初1234号", award_id=7)
    values.update(kw)
    return FilingInput(**values)


def proceeding(kind=ProceedingKind.LAWSUIT, brought_by=BroughtBy.WORKER) -> CourtProceeding:
    return CourtProceeding(id=3, case_id=1, kind=kind, court=COURT, filed_on=date(2026, 8, 20), brought_by=brought_by,
                           court_case_number="（2026）赣0113民初1234号", award_id=7, award_number="洪劳人仲案字〔2026〕第12号",
                           note="", created_by="clerk", created_at=AT)


def outcome(decision=CourtDecision.JUDGMENT, items=(), **kw) -> OutcomeInput:
    values = dict(decision=decision, decided_on=date(2026, 9, 18), judgment_number="（2026）赣0113民初1234号",
                  received_on=date(2026, 9, 21), items=tuple(items))
    values.update(kw)
    return OutcomeInput(**values)


def fields(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return exc.value.fields


# ---- the award's items ----

def test_award_items_are_numbered_as_printed_and_marked_final_by_part():
    rulings = [Ruling(claim=c, outcome="granted", amount=Decimal(a), claim_kind=k)
               for c, a, k in (("拖欠劳动报酬", "6790.00", ClaimKind.UNPAID_PAY),
                               ("违法解除劳动合同赔偿金", "36000.00", ClaimKind.UNLAWFUL_TERMINATION),
                               ("返还违法扣款", "770.00", ClaimKind.UNLAWFUL_DEDUCTION))]
    content = {"rulings": [ruling_json(r) for r in rulings],
               "parts": [{"finality": FINAL, "rulings": [0, 2], "number": "第12号之一", "rights_notice": ""},
                         {"finality": NON_FINAL, "rulings": [1], "number": "第12号之二", "rights_notice": ""}]}
    award = Award(id=7, case_id=1, kind=AWARD, lineage=1, version=1, status=APPROVED, finality=MIXED, number="第12号",
                  award_date=date(2026, 8, 3), default_award=False, content=content, supersedes_id=None,
                  correction_reason="", approved_by="a", approved_at=AT, created_by="a", created_at=AT, updated_at=AT)
    r = award_ref(award)
    assert [(i.no, i.claim, i.amount, i.final) for i in r.items] == [
        (1, "拖欠劳动报酬", Decimal("6790.00"), True), (2, "违法解除劳动合同赔偿金", Decimal("36000.00"), False),
        (3, "返还违法扣款", Decimal("770.00"), True)]
    assert [i.no for i in r.final_items] == [1, 3]


# ---- filing ----

def test_a_lawsuit_is_trimmed_and_keeps_its_award():
    f = validate_filing(filing(), ref(), TODAY, received_on=date(2026, 6, 1))
    assert f.court == COURT and f.award_id == 7


@pytest.mark.parametrize("change,key,message", [
    (dict(court="  "), "court", "请填写受理法院"),
    (dict(filed_on=date(2026, 10, 1)), "filed_on", "立案日期不能晚于今天（2026年9月30日）"),
    (dict(filed_on=date(2026, 8, 1)), "filed_on", "立案日期不能早于裁决日期"),
    (dict(award_id=None), "award_id", "须选择所针对的仲裁裁决书"),
    (dict(kind=ProceedingKind.SET_ASIDE), "brought_by", "申请撤销终局裁决的只能是用人单位"),
    (dict(kind=ProceedingKind.JUDICIAL_CONFIRMATION, award_id=None), "brought_by", "司法确认由双方当事人共同申请"),
    (dict(kind=ProceedingKind.ENTRUSTED_MEDIATION, award_id=None), "brought_by", "委托调解由人民法院委托"),
    (dict(brought_by=BroughtBy.COURT), "brought_by", "请选择起诉的一方"),
])
def test_a_bad_filing_is_refused_with_a_chinese_message(change, key, message):
    award = None if change.get("award_id", 7) is None else ref()
    with pytest.raises(ValidationError) as exc:
        validate_filing(filing(**change), award, TODAY)
    assert message in fields(exc)[key]


def test_only_final_awards_can_be_set_aside_and_only_the_worker_sues_on_a_final_award():
    with pytest.raises(ValidationError) as exc:
        validate_filing(filing(kind=ProceedingKind.SET_ASIDE, brought_by=BroughtBy.EMPLOYER), ref(NON_FINAL), TODAY)
    assert "非终局裁决不能申请撤销" in fields(exc)["kind"]
    with pytest.raises(ValidationError) as exc:
        validate_filing(filing(brought_by=BroughtBy.EMPLOYER), ref(FINAL), TODAY)
    assert "终局裁决用人单位不能起诉" in fields(exc)["brought_by"]
    # the employer sues on the non-final part of a mixed award
    assert validate_filing(filing(brought_by=BroughtBy.EMPLOYER), ref(MIXED), TODAY).brought_by is BroughtBy.EMPLOYER
    other = AwardRef(**{**ref().__dict__, "case_id": 2})
    with pytest.raises(ValidationError) as exc:
        validate_filing(filing(), other, TODAY)
    assert fields(exc)["award_id"] == "所选裁决书不是本案的裁决书"


# ---- outcome ----

def test_a_judgment_keeps_its_item_results_with_the_awarded_sums():
    checked, items = validate_outcome(proceeding(), outcome(items=[
        ItemResultInput(3, ItemResult.CHANGED, Decimal("18000")), ItemResultInput(1, ItemResult.UPHELD),
        ItemResultInput(2, ItemResult.SET_ASIDE)]), ref(), TODAY)
    assert checked.judgment_number == "（2026）赣0113民初1234号"
    assert [(r.award_item_no, r.result, r.awarded_amount, r.new_amount) for r in items] == [
        (1, ItemResult.UPHELD, Decimal("6790.00"), None), (2, ItemResult.SET_ASIDE, Decimal("770.00"), None),
        (3, ItemResult.CHANGED, Decimal("36000.00"), Decimal("18000.00"))]
    # awarded 6790 + 770 + 36000 = 43560; after the court 6790 + 0 + 18000 = 24790
    assert sum_changed(items) == (Decimal("43560.00"), Decimal("24790.00"))


@pytest.mark.parametrize("items,key,message", [
    ([ItemResultInput(3, ItemResult.CHANGED)], "items.3", "第3项改判，请填写改判后的金额"),
    ([ItemResultInput(3, ItemResult.CHANGED, Decimal("-1"))], "items.3", "金额不能为负数"),
    ([ItemResultInput(3, ItemResult.CHANGED, Decimal("36000"))], "items.3", "应为“维持”"),
    ([ItemResultInput(1, ItemResult.UPHELD, Decimal("100"))], "items.1", "不应填写改判金额"),
    ([ItemResultInput(4, ItemResult.UPHELD)], "items.4", "第4项不是该裁决书的裁决事项"),
    ([ItemResultInput(1, ItemResult.UPHELD), ItemResultInput(1, ItemResult.SET_ASIDE)], "items.1", "重复填写"),
])
def test_bad_item_results_are_refused(items, key, message):
    with pytest.raises(ValidationError) as exc:
        validate_outcome(proceeding(), outcome(items=items), ref(), TODAY)
    assert message in fields(exc)[key]


@pytest.mark.parametrize("change,key,message", [
    (dict(decided_on=date(2026, 8, 19)), "decided_on", "裁判日期不能早于立案日期（2026年8月20日）"),
    (dict(decided_on=date(2026, 10, 1), received_on=None), "decided_on", "裁判日期不能晚于今天"),
    (dict(received_on=date(2026, 9, 17)), "received_on", "不能早于裁判日期"),
    (dict(received_on=date(2026, 10, 1)), "received_on", "不能晚于今天"),
    (dict(judgment_number=" "), "judgment_number", "请填写法院文书的案号"),
    (dict(decision=CourtDecision.SET_ASIDE), "decision", "不服仲裁裁决起诉的结果只能是"),
])
def test_bad_outcomes_are_refused(change, key, message):
    with pytest.raises(ValidationError) as exc:
        validate_outcome(proceeding(), outcome(**change), ref(), TODAY)
    assert message in fields(exc)[key]


def test_a_withdrawn_suit_has_no_item_results():
    with pytest.raises(ValidationError) as exc:
        validate_outcome(proceeding(), outcome(CourtDecision.WITHDRAWN, [ItemResultInput(1, ItemResult.UPHELD)]),
                         ref(), TODAY)
    assert "没有对裁决事项作出处理" in fields(exc)["items"]
    _, items = validate_outcome(proceeding(), outcome(CourtDecision.WITHDRAWN), ref(), TODAY)
    assert items == ()


def test_a_set_aside_ruling_covers_the_final_items_and_cannot_change_amounts():
    p = proceeding(ProceedingKind.SET_ASIDE, BroughtBy.EMPLOYER)
    _, items = validate_outcome(p, outcome(CourtDecision.SET_ASIDE), ref(MIXED), TODAY)
    assert [(r.award_item_no, r.result) for r in items] == [(1, ItemResult.SET_ASIDE), (2, ItemResult.SET_ASIDE)]
    _, items = validate_outcome(p, outcome(CourtDecision.APPLICATION_REJECTED), ref(MIXED), TODAY)
    assert {r.result for r in items} == {ItemResult.UPHELD}
    with pytest.raises(ValidationError) as exc:
        validate_outcome(p, outcome(CourtDecision.SET_ASIDE, [ItemResultInput(3, ItemResult.SET_ASIDE)]), ref(MIXED),
                         TODAY)
    assert "非终局裁决事项" in fields(exc)["items.3"]
    with pytest.raises(ValidationError) as exc:
        validate_outcome(p, outcome(CourtDecision.SET_ASIDE, [ItemResultInput(1, ItemResult.CHANGED, Decimal("1"))]),
                         ref(MIXED), TODAY)
    assert "不能改判" in fields(exc)["items.1"]
    with pytest.raises(ValidationError) as exc:
        validate_outcome(p, outcome(CourtDecision.JUDGMENT), ref(MIXED), TODAY)
    assert "申请撤销终局裁决的结果只能是" in fields(exc)["decision"]
    assert CourtDecision.SET_ASIDE not in allowed_decisions(ProceedingKind.LAWSUIT)


# ---- events ----

def test_filing_and_outcome_events():
    assert filing_events(ProceedingKind.LAWSUIT) == ("lawsuit_filed",)
    assert filing_events(ProceedingKind.SET_ASIDE) == ("revocation_applied",)
    assert filing_events(ProceedingKind.PRESERVATION) == ()
    received = date(2026, 9, 21)
    for decision in (CourtDecision.DISMISSED, CourtDecision.WITHDRAWN):
        assert outcome_events(proceeding(), outcome(decision), FINAL) == (("worker_suit_ended", received),)
        assert outcome_events(proceeding(), outcome(decision), NON_FINAL) == ()  # no set-aside on a non-final award
        assert outcome_events(proceeding(brought_by=BroughtBy.EMPLOYER), outcome(decision), MIXED) == ()
    assert outcome_events(proceeding(), outcome(CourtDecision.JUDGMENT), FINAL) == ()
    set_aside = proceeding(ProceedingKind.SET_ASIDE, BroughtBy.EMPLOYER)
    assert outcome_events(set_aside, outcome(CourtDecision.SET_ASIDE), FINAL) == (("award_set_aside", received),)
    assert outcome_events(set_aside, outcome(CourtDecision.SET_ASIDE, received_on=None), FINAL) == (
        ("award_set_aside", date(2026, 9, 18)),)  # receipt not recorded: the decision date
    order = proceeding(ProceedingKind.PAYMENT_ORDER, BroughtBy.WORKER)
    assert outcome_events(order, outcome(CourtDecision.PAYMENT_ORDER_ISSUED), None) == (
        ("payment_order_served", received),)


def test_status_text():
    p = proceeding()
    assert p.status_text == "审理中（2026年8月20日立案）"
