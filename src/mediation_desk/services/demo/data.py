"""Deterministic synthetic disputes for the demo case book and for benchmarks.

Everything here is invented: platform brands, company names, people, identity
numbers and credit codes (the numbers are well-formed so that validation
passes, but they are random). Places and laws are real: Nanchang districts and
roads, Jiangxi administrative-division codes, and the articles cited in claim
bases.

``generate_intakes(count, seed)`` yields the same intakes for the same
arguments on every run and platform (it uses only ``random.Random(seed)``; weighted picks are
``random.choices`` with cumulative weights).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from mediation_desk.domain.cases import Agent, ClaimKind, Enterprise, Intake, IntakeChannel, Person
from mediation_desk.services.demo.claims import _Context
from mediation_desk.services.demo.common import _add_months, _cum, _Random, _shift_years
from mediation_desk.services.demo.industries import (
    _AGENT_CUM,
    _AGENT_KINDS,
    _CHANNEL_CUM,
    _CHANNELS,
    _CLAIM_ORDER,
    _CLAIM_WEIGHTS,
    _NEEDS_RELATIONSHIP,
    _PROFILE,
    _REFERRERS,
)
from mediation_desk.services.demo.people import _id_number, _mobile, _person_name
from mediation_desk.services.demo.places import _ID_AREAS_JIANGXI, _ID_AREAS_NANCHANG, _district, _home_address
from mediation_desk.services.demo.platforms import _CHAIN_LENGTH, _PLATFORM_CUM, PLATFORMS, PlatformProfile, _build_pools

__all__ = [
    "DemoOrganisation",
    "DEMO_ORGANISATION",
    "DEMO_COMMISSION",
    "DEMO_ORGANISATION_NAME",
    "DEMO_ORGANISATION_KIND",
    "DEMO_NUMBER_PREFIX",
    "PLATFORMS",
    "PlatformProfile",
    "generate_intakes",
]

@dataclass(frozen=True)
class DemoOrganisation:
    """The organisation that owns the demo case book."""

    name: str
    kind: str  # "mediation"
    number_prefix: str  # prefix of the organisation's document numbers
    region: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind, "number_prefix": self.number_prefix, "region": self.region}


DEMO_ORGANISATION_NAME = "南昌市新就业形态劳动争议调解中心"
DEMO_ORGANISATION_KIND = "mediation"
DEMO_NUMBER_PREFIX = "洪新调字"
DEMO_ORGANISATION = DemoOrganisation(
    name=DEMO_ORGANISATION_NAME,
    kind=DEMO_ORGANISATION_KIND,
    number_prefix=DEMO_NUMBER_PREFIX,
    region="江西省南昌市",
)

# A commission's demo book (``demo --kind arbitration``): its cases are walked to approved awards.
DEMO_COMMISSION = DemoOrganisation(
    name="南昌市劳动人事争议仲裁委员会",
    kind="arbitration",
    number_prefix="洪劳人仲案字",
    region="江西省南昌市",
)


DEMO_START, DEMO_END = date(2025, 1, 2), date(2026, 11, 20)  # the demo's cases are received in this span


def generate_intakes(
    count: int,
    seed: int = 2026,
    start: date = DEMO_START,
    end: date = DEMO_END,
) -> Iterator[Intake]:
    """Yield ``count`` synthetic intakes, received between ``start`` and ``end``.

    Deterministic for given arguments. Each intake has a worker with a valid
    resident identity number (age 18-58 on the day received), the platform
    company as the first respondent followed by 0-2 cooperating enterprises
    (outsourcing station operator, labour-service company, franchisee, agency,
    ...), 1-4 claims and 2-4 sentences of facts consistent with the claims.
    Received dates fall on weekdays (Monday to Friday) when the range has any.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if end < start:
        raise ValueError("end must not be before start")
    return _generate(count, seed, start, end)


def _generate(count: int, seed: int, start: date, end: date) -> Iterator[Intake]:
    rng = _Random(seed)
    pools = _build_pools(rng)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    workdays = [d for d in days if d.weekday() < 5] or days
    nanchang_ids = tuple(a for a, _ in _ID_AREAS_NANCHANG)
    nanchang_cum = _cum([w for _, w in _ID_AREAS_NANCHANG])
    jiangxi_ids = tuple(a for a, _ in _ID_AREAS_JIANGXI)
    jiangxi_cum = _cum([w for _, w in _ID_AREAS_JIANGXI])
    claim_tables = {
        industry: (tuple(k for k, _ in table), _cum([w for _, w in table]))
        for industry, table in _CLAIM_WEIGHTS.items()
    }
    chain_cum = {industry: _cum(w) for industry, w in _CHAIN_LENGTH.items()}

    for _ in range(count):
        pool = rng.choices(pools, cum_weights=_PLATFORM_CUM)[0]
        platform = pool.platform
        industry = platform.industry
        male_share, (age_lo, age_hi, age_mode), (pay_lo, pay_hi), pay_word = _PROFILE[industry]

        # -- timeline
        received = rng.choice(workdays)
        stop = received - timedelta(days=rng.randint(5, 150))
        months_worked = max(2, int(rng.triangular(2, 40, 8)))
        work_start = _add_months(stop.replace(day=1), -months_worked).replace(day=rng.randint(1, 28))
        wage = rng.randrange(pay_lo, pay_hi, 10)

        # -- worker
        male = rng.random() < male_share
        min_age = 18 + (received - work_start).days // 365 + 1
        age = max(min_age, int(rng.triangular(age_lo, age_hi + 1, age_mode)))
        age = min(age, 58)
        latest = _shift_years(received, -age)
        earliest = _shift_years(received, -(age + 1)) + timedelta(days=1)
        birth = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        if rng.random() < 0.62:
            area = rng.choices(nanchang_ids, cum_weights=nanchang_cum)[0]
        else:
            area = rng.choices(jiangxi_ids, cum_weights=jiangxi_cum)[0]
        worker = Person(
            name=_person_name(rng, male),
            id_number=_id_number(rng, area, birth, male),
            sex="男" if male else "女",
            phone=_mobile(rng),
            address=_home_address(rng),
            birth_date=birth,
        )

        # -- respondents
        n_coop = rng.choices((0, 1, 2), cum_weights=chain_cum[industry])[0]
        coops: list[Enterprise] = []
        if n_coop == 1:
            role = rng.choices(pool.roles, cum_weights=pool.role_cum)[0]
            coops.append(rng.choice(pool.members[role]))
        elif n_coop == 2:
            # The unit the worker dealt with day to day (station operator,
            # franchisee, agency) and, where the industry has one, the
            # labour-service or dispatch company that signed and paid.
            first = rng.choices(pool.direct_roles[0], cum_weights=pool.direct_roles[1])[0]
            coops.append(rng.choice(pool.members[first]))
            if pool.staffing_roles[0]:
                second = rng.choices(pool.staffing_roles[0], cum_weights=pool.staffing_roles[1])[0]
            else:
                second = rng.choice(tuple(r for r in pool.direct_roles[0] if r is not first))
            coops.append(rng.choice(pool.members[second]))
        respondents = (pool.enterprise, *coops)
        direct = coops[0] if coops else pool.enterprise

        # -- claims
        kinds_table, kinds_cum = claim_tables[industry]
        n_claims = rng.choices((1, 2, 3, 4), cum_weights=(38, 74, 93, 100))[0]
        kinds: list[ClaimKind] = []
        guard = 0
        while len(kinds) < n_claims and guard < 20:
            guard += 1
            kind = rng.choices(kinds_table, cum_weights=kinds_cum)[0]
            if kind in kinds:
                continue
            if {kind, *kinds} >= {ClaimKind.ECONOMIC_COMPENSATION, ClaimKind.UNLAWFUL_TERMINATION}:
                continue
            kinds.append(kind)
        if (
            ClaimKind.CONFIRM_RELATIONSHIP not in kinds
            and any(k in _NEEDS_RELATIONSHIP for k in kinds)
            and rng.random() < 0.65
        ):
            if len(kinds) >= 4:
                kinds.pop()
            kinds.append(ClaimKind.CONFIRM_RELATIONSHIP)
        kinds.sort(key=_CLAIM_ORDER.__getitem__)

        channel = rng.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]
        referrer = ""
        if channel is IntakeChannel.REFERRED:
            referrer = rng.choice(_REFERRERS).format(d=_district(rng)[0])
        ctx = _Context(rng, industry, platform.brand, direct, wage, pay_word, work_start, stop, months_worked)
        claims = tuple(ctx.claim(kind) for kind in kinds)
        facts = ctx.facts(kinds, referrer)

        # -- agents
        agents: tuple[Agent, ...] = ()
        if rng.random() < 0.08:
            agent_kind, authority, scope = rng.choices(_AGENT_KINDS, cum_weights=_AGENT_CUM)[0]
            agent_male = rng.random() < 0.5
            agent_age = rng.randint(24, 58)
            agent_birth = _shift_years(received, -agent_age) - timedelta(days=rng.randint(1, 360))
            name = _person_name(rng, agent_male)
            if agent_kind == "近亲属" and rng.random() < 0.6:
                name = worker.name[0] + name[1:]  # a parent or sibling
            agents = (Agent(
                person=Person(
                    name=name,
                    id_number=_id_number(rng, rng.choices(nanchang_ids, cum_weights=nanchang_cum)[0], agent_birth, agent_male),
                    sex="男" if agent_male else "女",
                    phone=_mobile(rng),
                    birth_date=agent_birth,
                ),
                authority=authority,
                scope=scope,
                kind=agent_kind,
            ),)

        yield Intake(
            worker=worker,
            respondents=respondents,
            claims=claims,
            industry=industry,
            platform=platform.brand,
            facts=facts,
            received_on=received,
            channel=channel,
            agents=agents,
        )

