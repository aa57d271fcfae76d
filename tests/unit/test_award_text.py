"""The wording of awards and 仲裁调解书: enforceable clauses, dismissals, the account of the
proceedings from the record, full stops and no repeated sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mediation_desk.domain.award_text import (Obligation, PartyRef, dismissal_clause, full_stop, join_sentences,
                                               obligation_clause, procedure_text)

A = PartyRef("杨娟", "申请人")
CO = PartyRef("江西永信网络科技有限公司", "被申请人")
PLATFORM = PartyRef("江西星耀网络科技有限公司", "被申请人")


def test_a_payment_names_payer_payee_amount_and_time_limit() -> None:
    text = obligation_clause(Obligation("拖欠的劳动报酬", payers=(CO,), payee=A, amount=Decimal("6790"), due_days=10))
    assert text == ("被申请人江西永信网络科技有限公司应于本裁决书生效之日起十日内向申请人杨娟支付拖欠的劳动报酬"
                    "人民币6,790.00元（大写：陆仟柒佰玖拾元整）。")


def test_joint_liability_and_a_fixed_date() -> None:
    text = obligation_clause(Obligation("返还押金", payers=(CO, PLATFORM), payee=A, amount=Decimal("500"),
                                        due_date=date(2027, 1, 8), joint=True), effective="本调解书生效")
    assert text.startswith("被申请人江西永信网络科技有限公司应于2027年1月8日前向申请人杨娟返还押金人民币500.00元")
    assert text.endswith("，被申请人江西星耀网络科技有限公司对上述款项承担连带责任。")


def test_non_money_rulings_are_phrased_as_such() -> None:
    assert obligation_clause(Obligation("确认申请人杨娟与被申请人江西永信网络科技有限公司自2024年10月1日起存在劳动关系")) == \
        "确认申请人杨娟与被申请人江西永信网络科技有限公司自2024年10月1日起存在劳动关系。"
    assert obligation_clause(Obligation("为申请人杨娟出具解除劳动合同的证明", payers=(CO,), due_days=15)) == \
        "被申请人江西永信网络科技有限公司应于本裁决书生效之日起十五日内为申请人杨娟出具解除劳动合同的证明。"


def test_dismissals() -> None:
    assert dismissal_clause(["加班费"], ["拖欠劳动报酬"]) == "驳回申请人的其他仲裁请求。"
    assert dismissal_clause(["加班费", "加班费"], whole=False) == "驳回申请人关于加班费的仲裁请求。"
    assert dismissal_clause([], ["经济补偿"], whole=False) == "驳回申请人关于经济补偿的其余请求。"
    assert dismissal_clause([], []) == ""


def test_full_stops_and_no_repeated_sentences() -> None:
    assert full_stop("被申请人辩称双方系合作关系；") == "被申请人辩称双方系合作关系。"
    assert full_stop("") == ""
    assert join_sentences(["本裁决为非终局裁决", "本裁决为非终局裁决。不属于终局裁决事项"]) == \
        "本裁决为非终局裁决。不属于终局裁决事项。"


def test_the_proceedings_say_only_what_was_recorded() -> None:
    held = procedure_text(tribunal="本委依法指定仲裁员刘某独任仲裁", hearings=[(date(2026, 11, 2), True, False)],
                          mediation_failed=False)
    assert "2026年11月2日开庭审理" in held and "缺席审理" in held and "调解不成" not in held
    paper = procedure_text(tribunal="本委依法指定仲裁员刘某独任仲裁", hearings=[], written_reason="双方书面同意不开庭",
                           mediation_failed=True)
    assert "开庭" not in paper.replace("不开庭", "") and "书面审理（双方书面同意不开庭）" in paper
    assert "调解不成" in paper and paper.endswith("本案现已审理终结。")
