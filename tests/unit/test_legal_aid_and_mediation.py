from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.legal_aid import AidApplicant, Hardship, Verdict, check_eligibility
from mediation_desk.domain.mediation import (AgreementItem, NextStep, PerformanceState, advise_on_default,
                                             record_payment, state_of, validate_items)

# ---- legal aid (法律援助法) ----


def test_migrant_rider_claiming_pay_is_eligible_without_hardship_check():
    # A rider from 上饶 working in 南昌 claims two months' unpaid delivery fees; no lawyer yet.
    e = check_eligibility(AidApplicant(claims=(ClaimKind.UNPAID_PAY,), migrant_worker=True, has_agent=False))
    assert e.verdict is Verdict.ELIGIBLE and e.hardship_check_waived
    assert any("第四十二条第三项" in r for r in e.reasons)
    assert any("第三十一条第五项" in m for m in e.covered_matters)


def test_local_worker_confirming_relationship_needs_the_hardship_check():
    e = check_eligibility(AidApplicant(claims=(ClaimKind.CONFIRM_RELATIONSHIP,), migrant_worker=False,
                                       has_agent=False))
    assert e.verdict is Verdict.ELIGIBLE_PENDING_HARDSHIP and not e.hardship_check_waived
    e = check_eligibility(AidApplicant(claims=(ClaimKind.CONFIRM_RELATIONSHIP,), migrant_worker=False,
                                       has_agent=False, hardship=Hardship.MEETS_STANDARD))
    assert e.verdict is Verdict.ELIGIBLE
    e = check_eligibility(AidApplicant(claims=(ClaimKind.CONFIRM_RELATIONSHIP,), migrant_worker=False,
                                       has_agent=False, hardship=Hardship.NOT_MET))
    assert e.verdict is Verdict.NOT_ELIGIBLE


def test_a_worker_with_an_agent_is_not_eligible():
    e = check_eligibility(AidApplicant(claims=(ClaimKind.UNPAID_PAY,), migrant_worker=True, has_agent=True))
    assert e.verdict is Verdict.NOT_ELIGIBLE and any("没有委托代理人" in r for r in e.reasons)


def test_compensation_alone_depends_on_local_rules():
    e = check_eligibility(AidApplicant(claims=(ClaimKind.ECONOMIC_COMPENSATION,), migrant_worker=True,
                                       has_agent=False))
    assert e.verdict is Verdict.ELIGIBLE_PENDING_HARDSHIP
    assert any("第三十一条第九项" in r for r in e.reasons)


def test_urgency_when_a_limit_is_near():
    e = check_eligibility(AidApplicant(claims=(ClaimKind.WORK_INJURY,), migrant_worker=True, has_agent=False,
                                       days_to_nearest_deadline=5))
    assert e.urgent and "第四十四条" in e.urgent_reason and "5日" in e.urgent_reason
    assert not check_eligibility(AidApplicant(claims=(ClaimKind.WORK_INJURY,), migrant_worker=True,
                                              has_agent=False, days_to_nearest_deadline=7)).urgent


# ---- mediation agreements ----

AGREED = date(2026, 6, 1)


def items() -> list[AgreementItem]:
    return [AgreementItem(obligor="南昌市顺达配送服务有限公司", obligee="熊小军", content="支付2026年4、5月劳动报酬",
                          claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("6400.00"), due_on=date(2026, 6, 15),
                          method="银行转账"),
            AgreementItem(obligor="南昌市顺达配送服务有限公司", obligee="熊小军", content="出具离职证明",
                          due_on=date(2026, 6, 5))]


def test_items_must_say_who_what_and_by_when():
    bad = [AgreementItem(obligor="", obligee="熊小军", content="", amount=Decimal("-1"), due_on=date(2026, 5, 1))]
    with pytest.raises(ValidationError) as err:
        validate_items(bad, agreed_on=AGREED)
    assert set(err.value.fields) == {"items[0].obligor", "items[0].content", "items[0].amount", "items[0].due_on"}
    validate_items(items(), agreed_on=AGREED)


def test_performance_states_and_partial_payments():
    pay, cert = items()
    assert state_of(pay, date(2026, 6, 10)) is PerformanceState.PENDING
    pay = record_payment(pay, amount=Decimal("3000"), on=date(2026, 6, 12))
    assert state_of(pay, date(2026, 6, 13)) is PerformanceState.PARTIAL
    assert state_of(pay, date(2026, 6, 16)) is PerformanceState.OVERDUE
    with pytest.raises(ValidationError):
        record_payment(pay, amount=Decimal("3400.01"), on=date(2026, 6, 14))
    pay = record_payment(pay, amount=Decimal("3400"), on=date(2026, 6, 14))
    assert state_of(pay, date(2026, 7, 1)) is PerformanceState.PERFORMED
    cert = record_payment(cert, amount=None, on=date(2026, 6, 4))
    assert state_of(cert, date(2026, 7, 1)) is PerformanceState.PERFORMED


def test_unpaid_wages_on_default_lead_to_a_payment_order():
    advice = advise_on_default(items(), date(2026, 6, 20))
    assert advice.step is NextStep.PAYMENT_ORDER and advice.items == (0,)
    assert "第十六条" in advice.reason and advice.document == "payment_order_application"


def test_other_defaults_lead_to_arbitration():
    pay, cert = items()
    pay = record_payment(pay, amount=Decimal("6400"), on=date(2026, 6, 10))
    advice = advise_on_default([pay, cert], date(2026, 6, 20))
    assert advice.step is NextStep.ARBITRATION and advice.items == (1,) and "第十五条" in advice.reason
    assert advise_on_default([pay], date(2026, 6, 20)).step is NextStep.NONE


def test_each_item_is_a_clause_of_its_own_naming_who_pays_whom_how_much_and_by_when():
    from mediation_desk.domain.mediation import clause

    agreed = date(2026, 11, 20)
    wage = AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="支付2025年4月至5月保底工资",
                         claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2430.50"), due_on=date(2026, 12, 15),
                         method="银行转账")
    assert clause(wage, agreed_on=agreed) == ("江西永信网络科技有限公司应于2026年12月15日前通过银行转账向杨娟支付"
                                              "2025年4月至5月保底工资人民币2,430.50元（大写：贰仟肆佰叁拾元伍角）。")
    # the parties written into the content are not repeated; a payment due on signing keeps its date
    refund = AgreementItem(obligor="甲公司", obligee="杨娟", content="甲公司向杨娟退还押金", amount=Decimal("500"),
                           due_on=agreed)
    assert clause(refund, agreed_on=agreed) == "甲公司应于2026年11月20日当日向杨娟退还押金人民币500.00元（大写：伍佰元整）。"
    # a non-money term: its own sentence, no amount, no payment method spliced in
    certificate = AgreementItem(obligor="甲公司", obligee="杨娟", content="向杨娟出具解除劳动关系的证明",
                                due_on=date(2026, 11, 25))
    assert clause(certificate, agreed_on=agreed) == "甲公司应于2026年11月25日前向杨娟出具解除劳动关系的证明。"
    waiver = AgreementItem(obligor="杨娟", obligee="", content="放弃其他调解请求。", due_on=agreed)
    assert clause(waiver, agreed_on=agreed) == "杨娟放弃其他调解请求。"


def test_a_money_item_names_who_is_paid():
    items = [AgreementItem(obligor="甲公司", obligee="", content="支付工资", amount=Decimal("100"),
                           due_on=date(2026, 12, 1))]
    with pytest.raises(ValidationError) as err:
        validate_items(items, agreed_on=date(2026, 11, 20))
    assert "items[0].obligee" in err.value.fields


def test_performance_is_recomputed_from_entries_a_correcting_entry_cancels_the_one_it_reverses():
    from mediation_desk.domain.mediation import Entry, recompute

    item = AgreementItem(obligor="甲公司", obligee="杨娟", content="支付工资", amount=Decimal("1000"),
                         due_on=date(2026, 12, 1))
    paid = [Entry(1, Decimal("400"), date(2026, 11, 21)), Entry(2, Decimal("600"), date(2026, 11, 22))]
    assert recompute(item, paid).performed and recompute(item, paid).paid == Decimal("1000")
    corrected = recompute(item, [*paid, Entry(3, Decimal("-600"), date(2026, 11, 23), reverses_id=2)])
    assert not corrected.performed and corrected.paid == Decimal("400") and corrected.performed_on == date(2026, 11, 21)
    assert state_of(corrected, date(2026, 11, 30)) is PerformanceState.PARTIAL
    term = AgreementItem(obligor="甲公司", obligee="杨娟", content="出具证明", due_on=date(2026, 12, 1))
    done = recompute(term, [Entry(5, None, date(2026, 11, 25))])
    assert done.performed and not recompute(term, [Entry(5, None, date(2026, 11, 25)),
                                                  Entry(6, None, date(2026, 11, 26), reverses_id=5)]).performed
