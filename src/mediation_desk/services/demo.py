"""A demo case book: an organisation, a few users of every role and realistic synthetic cases."""

from __future__ import annotations

from collections.abc import Callable

from mediation_desk.domain.demo_data import DEMO_ORGANISATION, generate_intakes
from mediation_desk.domain.users import OrganisationView, OrgKind, Principal, Role
from mediation_desk.services import accounts
from mediation_desk.services.cases import register_many
from mediation_desk.services.ports import UnitOfWork

DEMO_USERS = (
    ("mediator", "熊丽华", Role.MEDIATOR),
    ("arbitrator", "涂建国", Role.ARBITRATOR),
    ("clerk", "万晓敏", Role.CLERK),
    ("lawyer", "邹志强", Role.LEGAL_AID_LAWYER),
)


def create_demo(uow: UnitOfWork, *, cases: int, password: str, seed: int = 2026,
                progress: Callable[[int, int], bool] | None = None) -> Principal:
    """Set up the demo organisation and users (all with ``password``) and register ``cases`` disputes."""
    org = OrganisationView(name=DEMO_ORGANISATION.name, kind=OrgKind(DEMO_ORGANISATION.kind),
                           doc_prefix=DEMO_ORGANISATION.number_prefix, address="江西省南昌市红谷滩区", phone="0791-86000000")
    admin = accounts.setup_organisation(uow, org=org, admin_username="admin", admin_display_name="系统管理员",
                                        admin_password=password)
    for username, name, role in DEMO_USERS:
        accounts.create_user(uow, admin, username=username, display_name=name, role=role, password=password)
    mediator = accounts.log_in(uow, username="mediator", password=password)
    if cases:
        register_many(uow, mediator, generate_intakes(cases, seed=seed), total=cases, progress=progress)
    return admin
