"""A demo case book: an organisation, a few users of every role and realistic synthetic cases."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from mediation_desk.domain.cases import CaseStatus, Claim, ClaimKind, GroupMember, Industry, Intake
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services import accounts, clock
from mediation_desk.services.cases import register_many
from mediation_desk.services.demo.data import (DEMO_COMMISSION, DEMO_END, DEMO_ORGANISATION, DEMO_START,
                                              generate_intakes)
from mediation_desk.services.ports import UnitOfWork

DEMO_USERS = (
    ("mediator", "熊丽华", Role.MEDIATOR),
    ("arbitrator", "涂建国", Role.ARBITRATOR),
    ("clerk", "万晓敏", Role.CLERK),
    ("lawyer", "邹志强", Role.LEGAL_AID_LAWYER),
)


def create_demo(uow: UnitOfWork, *, cases: int, password: str, seed: int = 2026,
                progress: Callable[[int, int], bool] | None = None, kind: str = "mediation") -> Principal:
    """Set up the demo organisation and users (all with ``password``) and register ``cases`` disputes.
    ``kind="arbitration"`` makes the book a labour arbitration commission's, whose first cases (up to
    eight) are walked to approved awards (``services.demo.arbitration``); a mediation centre's first four
    are walked to an agreement, an overdue agreement, a failed court-entrusted mediation and one still in
    mediation (``services.demo.mediation``)."""
    if kind not in ("mediation", "arbitration"):
        raise ValidationError({"kind": "演示案件库的机构类型应为调解组织或仲裁委员会"})
    demo_org = DEMO_COMMISSION if kind == "arbitration" else DEMO_ORGANISATION
    org = OrganisationView(name=demo_org.name, kind=next(k for k in OrgKind if k.value == demo_org.kind),
                           doc_prefix=demo_org.number_prefix, address="江西省南昌市红谷滩区", phone="0791-86000000")
    admin = accounts.setup_organisation(uow, org=org, admin_username="admin", admin_display_name="系统管理员",
                                        admin_password=password, demo=True)
    for username, name, role in DEMO_USERS:
        accounts.create_user(uow, admin, username=username, display_name=name, role=role, password=password)
    mediator = accounts.log_in(uow, username="mediator", password=password)
    if kind == "arbitration":
        from mediation_desk.services.demo.arbitration import create_demo_arbitrations

        arbitrator = accounts.log_in(uow, username="arbitrator", password=password)
        walked = min(cases, 8)
        clerk = next(name for _user, name, role in DEMO_USERS if role is Role.CLERK)
        create_demo_arbitrations(uow, admin, arbitrator, count=walked, seed=seed, today=clock.today(), clerk=clerk)
        if cases > walked:  # the rest are applications still to be reviewed
            register_many(uow, mediator, _intakes(cases - walked, seed, clock.today()), total=cases - walked,
                          progress=progress)
        return admin
    groups = cases // 100  # about one group dispute per hundred cases, as at a busy office
    singles = cases - groups
    if singles:  # the first few walked to an agreement, a failure or still in mediation (services.demo.mediation)
        from mediation_desk.services.demo.mediation import create_demo_mediations

        walked = len(create_demo_mediations(uow, mediator, count=min(singles, 4), seed=seed, today=clock.today()))
        singles -= walked
    if singles:
        today = clock.today()
        register_many(uow, mediator, _intakes(singles, seed, today), total=singles, progress=progress,
                      history=lambda intake: demo_history(intake, today))
    for g in range(groups):
        group = group_dispute(seed + 1 + g)
        today = clock.today()
        register_many(uow, mediator, [group], total=1, history=lambda intake: demo_history(intake, today))
    return admin


def _intakes(count: int, seed: int, today: date) -> Iterator[Intake]:
    """The demo's intakes, received between the generator's default dates, but never after ``today``
    (a demo made on an earlier day than the data's last date has its cases end on that day)."""
    start, end = DEMO_START, DEMO_END
    if today < end:
        start, end = min(start, today - (end - start)), today
    return generate_intakes(count, seed=seed, start=start, end=end)


def demo_history(intake: Intake, today: date) -> list[tuple[date, CaseStatus, str]]:
    """A plausible course for a demo case of this age at a mediation organisation."""
    rng = random.Random(intake.worker.id_number)
    start = intake.received_on
    age = (today - start).days
    steps: list[tuple[date, CaseStatus, str]] = []

    def add(days: int, status: CaseStatus, reason: str) -> bool:
        on = start + timedelta(days=days)
        if on > today or (steps and on < steps[-1][0]):
            return False
        steps.append((on, status, reason))
        return True

    if age < 2 or rng.random() < 0.1 and age < 10:
        return steps
    add(rng.randint(0, 2), CaseStatus.MEDIATION, "受理调解申请，指派调解员")
    roll = rng.random()
    if roll < 0.55:
        if add(rng.randint(4, 14), CaseStatus.AGREEMENT, "双方当事人达成调解协议并签字盖章"):
            add(rng.randint(30, 70), CaseStatus.CLOSED, "调解协议已履行完毕，归档")
    elif roll < 0.8:
        # a mediation organisation does not accept arbitration: the case is closed here
        add(rng.randint(15, 20), CaseStatus.CLOSED, "调解不成，已告知申请人可向劳动人事争议仲裁委员会申请仲裁，本机构归档")
    elif roll < 0.9:
        add(rng.randint(3, 12), CaseStatus.WITHDRAWN, "申请人撤回调解申请")
    elif age > 90:
        add(rng.randint(20, 60), CaseStatus.CLOSED, "申请人未再参加调解，终止调解并归档")
    return steps


def group_dispute(seed: int) -> Intake:
    """A station closes: 12-30 riders of one outsourcing chain claim their last months' pay and deposits."""
    rng = random.Random(seed)
    size = rng.randint(12, 30)
    workers = list(generate_intakes(size, seed=seed))
    # the lead sets the chain: a delivery or courier station operated by a cooperating enterprise
    lead = next((w for w in generate_intakes(200, seed=seed + 7919)
                 if w.industry in (Industry.FOOD_DELIVERY, Industry.COURIER) and len(w.respondents) >= 2), workers[0])
    members = []
    for i, w in enumerate(workers):
        own = tuple(replace(c, period_start=None, period_end=None) for c in w.claims
                    if c.kind in (ClaimKind.UNPAID_PAY, ClaimKind.DEPOSIT_REFUND) and c.amount)
        if not own:
            own = (Claim(kind=ClaimKind.UNPAID_PAY, amount=Decimal(rng.randrange(1800, 6500)),
                         basis="劳动合同法第三十条"),)
        members.append(GroupMember(person=w.worker, claims=own, is_representative=i < 3))
    station = lead.respondents[-1].name
    facts = (f"{station}于{lead.received_on.year}年{lead.received_on.month}月停止运营，站点{size}名骑手最后两个月的"
             "报酬及入职时缴纳的押金均未结清。骑手由站点排班、早会考勤并按单计酬，平台按配送时效扣款。")
    return replace(lead, worker=workers[0].worker, members=tuple(members), agents=(), facts=facts,
                   claims=(Claim(kind=ClaimKind.CONFIRM_RELATIONSHIP, basis="劳动合同法第七条；人社部发〔2021〕56号"),))
