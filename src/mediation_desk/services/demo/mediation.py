"""Demo mediation cases of a mediation centre's book walked to a recorded result, so that every
step after mediation can be tried on the demo book: an agreement still within the 30 days for
judicial confirmation, an agreement whose pay is overdue (a payment order), a mediation the court
entrusted that failed (its result goes back to the court), and a case still being mediated."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

from mediation_desk.domain.cases import CaseStatus, ClaimKind, Intake, IntakeChannel, PartySide
from mediation_desk.domain.mediation import PAYMENT_ORDER_KINDS, AgreementItem
from mediation_desk.domain.users import Principal
from mediation_desk.services import mediation as med
from mediation_desk.services.cases import change_status, get_case, register_intake
from mediation_desk.services.demo.data import generate_intakes
from mediation_desk.services.ports import UnitOfWork

# (days before today received, days before today the result, result, days after the agreement it is due)
_WALKS = (
    (12, 6, "agreement", 20),    # within the 30 days for judicial confirmation
    (34, 28, "agreement", 7),    # the pay fell due three weeks ago and was not paid: a payment order
    (22, 4, "failed", 0),        # a court-entrusted mediation that failed
    (1, None, "", 0),            # still in mediation
)
ENTRUSTING_COURT = "南昌市青山湖区人民法院"


def _items(intake: Intake, worker: str, employer: str, agreed_on: date, due_in: int) -> list[AgreementItem]:
    """The money claims the parties settled on, at 80% of what was claimed (at least one pay item)."""
    items = []
    for c in intake.claims:
        if c.amount is None or c.kind not in PAYMENT_ORDER_KINDS:
            continue
        amount = (c.amount * Decimal("0.8")).quantize(Decimal("0.01"))
        items.append(AgreementItem(obligor=employer, obligee=worker, content=ClaimKind.label_of(c.kind.value),
                                   claim_kind=c.kind, amount=amount, due_on=agreed_on + timedelta(days=due_in),
                                   method="银行转账"))
    if not items:
        items.append(AgreementItem(obligor=employer, obligee=worker, content="拖欠的劳动报酬",
                                   claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2600.00"),
                                   due_on=agreed_on + timedelta(days=due_in), method="银行转账"))
    return items


def create_demo_mediations(uow: UnitOfWork, mediator: Principal, *, count: int, seed: int, today: date) -> list[int]:
    """Register up to ``count`` (at most four) disputes and walk them as ``_WALKS`` says; returns the case ids."""
    rng = random.Random(seed)
    out: list[int] = []
    candidates = [i for i in generate_intakes(40, seed=seed + 53) if not i.members and i.claims
                  and any(c.amount for c in i.claims)]
    for (received_ago, result_ago, result, due_in), intake in zip(_WALKS[:count], candidates):
        received = today - timedelta(days=received_ago)
        facts = intake.facts
        channel = intake.channel
        if result == "failed":
            channel = IntakeChannel.REFERRED
            facts = f"{ENTRUSTING_COURT}立案前委派本机构调解。{facts}"
        intake = replace(intake, received_on=received, channel=channel, facts=facts)
        case_id = register_intake(uow, mediator, intake)
        change_status(uow, mediator, case_id=case_id, target=CaseStatus.MEDIATION,
                      on=received + timedelta(days=rng.randint(0, 1)) if received_ago > 1 else received,
                      reason="受理调解申请，指派调解员")
        detail = get_case(uow, mediator, case_id)
        worker = next(p.name for p in detail.parties if p.side is PartySide.APPLICANT)
        employer = next(p.name for p in detail.parties if p.side is PartySide.RESPONDENT)
        if result_ago is not None:
            on = today - timedelta(days=result_ago)
            med.record_session(uow, mediator, case_id=case_id, held_on=on, place="本机构调解室",
                               participants=f"申请人{worker}；被申请人{employer}的委托代理人", mediator=mediator.display_name,
                               record="调解员：双方是否同意调解？\n申请人：同意。\n被申请人：同意。",
                               starts_at=time(9, 30), ends_at=time(11, 0))
            if result == "agreement":
                med.conclude_agreement(uow, mediator, case_id=case_id, agreed_on=on,
                                       items=_items(intake, worker, employer, on, due_in))
            else:
                med.mediation_failed(uow, mediator, case_id=case_id, on=on,
                                     reason="被申请人不同意支付申请人主张的款项，双方未能达成一致")
        out.append(case_id)
    return out
