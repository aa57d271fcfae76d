"""Demo arbitration cases for a commission's demo book: each walked from acceptance through the
tribunal, a hearing held and a failed mediation to an approved award whose every granted item says
who pays whom, how much and by when (the direct user of the worker's labour pays; a franchisor or
dispatching firm answers jointly), and what is dismissed."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from mediation_desk.domain.cases import ClaimKind, EnterpriseRole, Intake, PartySide
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.users import Principal
from mediation_desk.services import arbitration as arb
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.services.demo.data import generate_intakes
from mediation_desk.services.ports import UnitOfWork

CST = timezone(timedelta(hours=8))
ALL_MET = {code: True for code, _label, _item in arb.ACCEPTANCE_CONDITIONS}
# roles whose firm answers jointly with the direct user of the labour in the demo awards
_JOINT_ROLES = (EnterpriseRole.DISPATCH, EnterpriseRole.FRANCHISE)


def _working_day(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _payers(intake: Intake) -> tuple[tuple[str, ...], bool]:
    """The principal payer (the respondent that used the labour: not the platform when there is
    another) and whether the other respondent answers jointly."""
    rs = list(intake.respondents)
    users = [r for r in rs if r.role is not EnterpriseRole.PLATFORM] or rs
    principal = users[-1]
    others = [r for r in rs if r is not principal and (r.role in _JOINT_ROLES or principal.role in _JOINT_ROLES)]
    if others:
        return (principal.name, others[0].name), True
    return (principal.name,), False


def demo_rulings(intake: Intake, worker: str) -> list[arb.Ruling]:
    payers, joint = _payers(intake)
    employer = payers[0]
    out = []
    for c in intake.claims:
        label = ClaimKind.label_of(c.kind)
        if c.amount is not None:
            out.append(arb.Ruling(
                claim=label, outcome=arb.GRANTED, amount=c.amount, claimed_amount=c.amount, claim_kind=c.kind,
                calculation=c.calculation or f"按申请人提交的结算记录和平台数据核算为{c.amount:,.2f}元",
                basis=c.basis or "被申请人未能举证证明已足额支付", payers=payers, joint=joint,
                due_days=10, category=arb.MONEY if c.kind in (ClaimKind.DEPOSIT_REFUND,
                                                              ClaimKind.UNLAWFUL_DEDUCTION) else ""))
        elif c.kind is ClaimKind.CONFIRM_RELATIONSHIP and c.period_start is not None:
            span = (f"自{numeric_date(c.period_start)}至{numeric_date(c.period_end)}期间" if c.period_end
                    else f"自{numeric_date(c.period_start)}起")
            out.append(arb.Ruling(
                claim=label, outcome=arb.GRANTED, claim_kind=c.kind,
                subject=f"确认申请人{worker}与被申请人{employer}{span}存在劳动关系",
                basis="被申请人对申请人的工作时间、工作内容进行管理，申请人的报酬主要来源于被申请人，双方具有人格从属性和经济从属性"))
        else:
            out.append(arb.Ruling(claim=label, outcome=arb.DISMISSED, claim_kind=c.kind,
                                  basis="申请人未能提供证据证明该项请求所依据的事实"))
    return out


def create_demo_arbitrations(uow: UnitOfWork, admin: Principal, arbitrator: Principal, *, count: int, seed: int,
                             today: date, clerk: str = "") -> list[int]:
    """Register ``count`` disputes received five to seven weeks before ``today`` and walk each to an
    approved award; returns their case ids. Every step is the arbitrator's (``admin`` only set up
    the book: an administrator does not decide cases)."""
    rng = random.Random(seed)
    out = []
    intakes = list(generate_intakes(count, seed=seed + 31))
    for n, intake in enumerate(intakes):
        received = _working_day(today - timedelta(days=49 - n % 10))
        intake = replace(intake, received_on=received, members=())
        case_id = register_intake(uow, arbitrator, intake)
        detail = get_case(uow, arbitrator, case_id)
        worker = next(p.name for p in detail.parties if p.side is PartySide.APPLICANT)
        accepted = _working_day(received + timedelta(days=1))
        arb.review_application(uow, arbitrator, case_id=case_id, checklist=ALL_MET, decided_on=accepted)
        arb.form_tribunal(uow, arbitrator, case_id=case_id, members=[arb.ArbitratorRef(arbitrator.display_name,
                                                                                  arbitrator.user_id)],
                          formed_on=accepted, notified_on=accepted)
        day = _working_day(accepted + timedelta(days=21))
        hour = 9 + 2 * (n % 4)
        starts = datetime.combine(day, time(hour, 0), tzinfo=CST)
        hearing = arb.schedule_hearing(uow, arbitrator, case_id=case_id, starts_at=starts,
                                       ends_at=starts + timedelta(hours=2), room=f"第{n % 3 + 1}仲裁庭")
        arb.serve_hearing_notice(uow, arbitrator, hearing_id=hearing.id, served_on=_working_day(accepted + timedelta(days=2)))
        arb.record_attendance(uow, arbitrator, hearing_id=hearing.id, applicant_present=True,
                              respondent_present=rng.random() > 0.2)
        arb.record_mediation_failure(uow, arbitrator, case_id=case_id, on=day, note="被申请人不同意调解方案")
        rulings = demo_rulings(intake, worker)
        draft = arb.AwardDraft(
            claims=tuple(r.claim for r in rulings),
            facts=(arb.FactFound(intake.facts or f"申请人{worker}经被申请人安排从事配送工作。"),),
            reasoning="仲裁庭根据双方提交的证据和庭审查明的事实，依法认定如下。", rulings=tuple(rulings),
            award_date=min(_working_day(day + timedelta(days=3)), today), clerk=clerk,
            legal_basis="《中华人民共和国劳动合同法》第三十条，《中华人民共和国劳动争议调解仲裁法》第四十七条")
        award = arb.draft_award(uow, arbitrator, case_id=case_id, draft=draft)
        arb.approve_award(uow, arbitrator, award_id=award.id)
        out.append(case_id)
    return out
