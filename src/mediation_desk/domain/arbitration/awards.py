"""The rules an award follows: the final-award test per ruling (劳动争议调解仲裁法第四十七条;
解释（一）第十八至二十条), the checks of a draft, each granted ruling's enforceable obligation
(who pays whom, how much, by when) and the sentence naming the tribunal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from mediation_desk.domain.arbitration.records import (AWARD, DISMISSED, FINAL, GRANTED, MIXED, MONEY, NON_FINAL,
                                                       OTHER, PARTIAL, PARTLY, STANDARDS, _OUTCOME_LABELS,
                                                       _PROVISIONAL_KINDS, AwardClassification, AwardDraft, Ruling,
                                                       Tribunal, default_category)
from mediation_desk.domain.awards import final_award_threshold
from mediation_desk.domain.cases import CaseDetail, PartySide
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan


def classify_award(rulings: Sequence[Ruling], monthly_minimum_wage: Decimal) -> AwardClassification:
    """The final-award test per ruling: a MONEY ruling whose awarded amount is at most 12 × the
    monthly minimum wage is final (第四十七条第（一）项; 解释（一）第十九条); a STANDARDS ruling is
    final whatever the amount (第（二）项); anything else is non-final. Final and non-final rulings
    together make a MIXED award, to be drafted as two instruments (办案规则第五十条)."""
    if not rulings:
        raise ValidationError({"rulings": "请至少写明一项裁决"})
    limit = final_award_threshold(monthly_minimum_wage)
    per, reasons = [], []
    for r in rulings:
        cat = r.category or default_category(r.claim_kind)
        if cat == STANDARDS:
            per.append(FINAL)
            reasons.append("因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，"
                           "依照第四十七条第（二）项为终局裁决")
        elif cat == MONEY:
            amount = r.amount if r.amount is not None else Decimal("0")
            if amount <= limit:
                per.append(FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}不超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，依照第四十七条第（一）项为终局裁决")
            else:
                per.append(NON_FINAL)
                reasons.append(f"裁决数额{format_yuan(amount)}超过当地月最低工资标准十二个月金额"
                               f"{format_yuan(limit)}，为非终局裁决")
        else:
            per.append(NON_FINAL)
            reasons.append("不属于第四十七条规定的终局裁决事项，为非终局裁决")
    kinds = set(per)
    finality = FINAL if kinds == {FINAL} else NON_FINAL if kinds == {NON_FINAL} else MIXED
    return AwardClassification(limit, Decimal(monthly_minimum_wage), tuple(per), tuple(reasons), finality)


def check_draft(draft: AwardDraft) -> None:
    errors: dict[str, str] = {}
    if draft.kind not in (AWARD, PARTIAL):
        errors["kind"] = "请选择裁决书或先行裁决书"
    if not draft.rulings:
        errors["rulings"] = "请至少写明一项裁决"
    for n, r in enumerate(draft.rulings, start=1):
        if r.outcome not in _OUTCOME_LABELS:
            errors[f"rulings.{n}.outcome"] = f"第{n}项：请选择支持、部分支持或驳回"
        if (r.category or default_category(r.claim_kind)) not in (MONEY, STANDARDS, OTHER):
            errors[f"rulings.{n}.category"] = f"第{n}项：裁决事项类别不明"
        if not r.claim.strip():
            errors[f"rulings.{n}.claim"] = f"第{n}项：请写明对应的仲裁请求"
        if r.amount is not None and r.amount < 0:
            errors[f"rulings.{n}.amount"] = f"第{n}项：金额不能为负"
        if r.outcome == DISMISSED and r.amount not in (None, Decimal("0")):
            errors[f"rulings.{n}.amount"] = f"第{n}项：驳回的请求不应有裁决金额"
        if r.outcome in (GRANTED, PARTLY) and r.amount is not None and r.amount > 0 and not r.calculation.strip():
            errors[f"rulings.{n}.calculation"] = f"第{n}项：请写明金额的计算过程"
    pe = draft.provisional_execution
    if pe is not None:
        for i in pe.rulings:
            if not 0 <= i < len(draft.rulings):
                errors["provisional_execution"] = "先予执行所指的裁决事项不存在"
                break
            r = draft.rulings[i]
            if r.claim_kind not in _PROVISIONAL_KINDS:
                errors["provisional_execution"] = ("先予执行仅适用于追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的案件"
                                                   f"（第{i + 1}项不属于）")
        if not (pe.rights_clear and pe.livelihood_affected):
            errors["provisional_execution.conditions"] = ("裁决先予执行应当符合：当事人之间权利义务关系明确；"
                                                          "不先予执行将严重影响申请人的生活")
    if errors:
        raise ValidationError(errors)


def is_money(r: Ruling) -> bool:
    return r.amount is not None and r.amount > 0


def check_obligations(detail: CaseDetail, rulings: Sequence[Ruling], award_date: date) -> tuple[Ruling, ...]:
    """Each granted ruling's operative clause must be enforceable: a sum of money names the
    respondent(s) who pay it (several only with joint liability), the party it is paid to (default:
    the applicant) and the time limit; any other ruling says what it orders or confirms. Returns
    the rulings with the payee filled in."""
    errors: dict[str, str] = {}
    sides = {p.name: p.side for p in detail.parties}
    applicants = [p.name for p in detail.parties if p.side is PartySide.APPLICANT]
    out = []
    for n, r in enumerate(rulings, start=1):
        if r.outcome == DISMISSED:
            out.append(r)
            continue
        payee = r.payee.strip() or (applicants[0] if applicants else "")
        payers = tuple(p.strip() for p in r.payers if p.strip())
        money = is_money(r)
        if not money and (r.category or default_category(r.claim_kind)) == MONEY:
            errors[f"rulings.{n}.amount"] = f"第{n}项：支持劳动报酬、经济补偿或赔偿金的，请写明裁决金额"
        for p in payers:
            if sides.get(p) not in (PartySide.RESPONDENT, PartySide.THIRD_PARTY):
                errors[f"rulings.{n}.payers"] = f"第{n}项：“{p}”不是本案的被申请人"
        if len(set(payers)) != len(payers):
            errors[f"rulings.{n}.payers"] = f"第{n}项：同一被申请人重复列出"
        if money and not payers:
            errors[f"rulings.{n}.payers"] = f"第{n}项：请写明由哪一被申请人支付"
        if len(payers) > 1 and not r.joint:
            errors[f"rulings.{n}.joint"] = (f"第{n}项：由多名被申请人承担的，请写明承担连带责任，"
                                           "或者分项裁决各自支付的数额")
        if (money or payers) and r.due_days is None and r.due_date is None:
            errors[f"rulings.{n}.due"] = f"第{n}项：请写明履行期限（本裁决书生效之日起若干日内，或者具体日期）"
        if r.due_days is not None and not 0 < r.due_days <= 365:
            errors[f"rulings.{n}.due"] = f"第{n}项：履行期限应为1至365日"
        if r.due_date is not None and r.due_date < award_date:
            errors[f"rulings.{n}.due"] = f"第{n}项：履行期限不能早于裁决日期"
        if money:
            if not payee or sides.get(payee) is None:
                errors[f"rulings.{n}.payee"] = f"第{n}项：请写明向哪一方当事人支付"
            elif payee in payers:
                errors[f"rulings.{n}.payee"] = f"第{n}项：付款人与收款人不能是同一当事人"
        elif not (r.subject.strip() or r.text.strip()):
            errors[f"rulings.{n}.subject"] = (f"第{n}项：请写明裁决的事项（如确认劳动关系的起止时间、"
                                              "为申请人出具解除劳动合同的证明）")
        out.append(replace(r, payers=payers, payee=payee if money else r.payee.strip()))
    if errors:
        raise ValidationError(errors)
    return tuple(out)


def tribunal_sentence(tribunal: Tribunal | None) -> str:
    if tribunal is None:
        return ""
    names = [m.name for m in tribunal.members]
    if tribunal.kind == "sole":
        return f"本委依法指定仲裁员{names[0]}独任仲裁"
    return f"本委依法组成仲裁庭，由{names[0]}担任首席仲裁员，{'、'.join(names[1:])}担任仲裁员"
