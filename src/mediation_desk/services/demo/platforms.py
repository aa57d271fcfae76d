"""The demo book's platforms (fictional brands and companies) and, per platform, the pool of
cooperating enterprises (station operators, labour-service firms, franchisees, agencies, ...) the
intakes name as respondents, with well-formed (but random) unified social credit codes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mediation_desk.domain.cases import Enterprise, EnterpriseRole, Industry
from mediation_desk.domain.identifiers import credit_code_check_char
from mediation_desk.services.demo.common import _cum
from mediation_desk.services.demo.people import _COMPANY_WORDS, _person_name
from mediation_desk.services.demo.places import _DISTRICTS, _district, _office_address


@dataclass(frozen=True)
class PlatformProfile:
    brand: str
    company: str
    industry: Industry
    district: str  # registration district of the platform company
    weight: int


PLATFORMS: tuple[PlatformProfile, ...] = (
    PlatformProfile("速达外卖", "江西速达同城网络科技有限公司", Industry.FOOD_DELIVERY, "红谷滩区", 20),
    PlatformProfile("洪城食送", "南昌食送网络科技有限公司", Industry.FOOD_DELIVERY, "青山湖区", 12),
    PlatformProfile("赣味到家", "江西赣味到家信息技术有限公司", Industry.FOOD_DELIVERY, "东湖区", 8),
    PlatformProfile("快跑出行", "南昌快跑出行科技有限公司", Industry.RIDE_HAILING, "红谷滩区", 11),
    PlatformProfile("赣易行", "江西赣易行网络预约出租汽车有限公司", Industry.RIDE_HAILING, "西湖区", 7),
    PlatformProfile("洪城约车", "南昌洪城约车科技有限公司", Industry.RIDE_HAILING, "青山湖区", 4),
    PlatformProfile("顺捷快递", "江西顺捷供应链管理有限公司", Industry.COURIER, "南昌县", 9),
    PlatformProfile("赣通速运", "江西赣通速运有限公司", Industry.COURIER, "青云谱区", 6),
    PlatformProfile("八方快递", "南昌八方快递服务有限公司", Industry.COURIER, "新建区", 5),
    PlatformProfile("搬得快", "南昌搬得快网络货运有限公司", Industry.FREIGHT, "青山湖区", 4),
    PlatformProfile("赣运通", "江西赣运通物流科技有限公司", Industry.FREIGHT, "南昌县", 3),
    PlatformProfile("家安到家", "南昌家安到家家政服务有限公司", Industry.HOUSEKEEPING, "东湖区", 4),
    PlatformProfile("好阿姨", "江西好阿姨家庭服务有限公司", Industry.HOUSEKEEPING, "红谷滩区", 2),
    PlatformProfile("星耀直播", "江西星耀网络科技有限公司", Industry.LIVE_STREAMING, "红谷滩区", 3),
    PlatformProfile("赣播", "南昌赣播文化传媒有限公司", Industry.LIVE_STREAMING, "青山湖区", 2),
)
_PLATFORM_CUM = _cum([p.weight for p in PLATFORMS])

R = EnterpriseRole
# Per industry: (role, weight, name templates). "{w}" a trade word, "{d}" a
# district, "{b}" the platform brand. Templates ending in 部/店 are
# individual businesses (credit code prefix 92).
_COOPERATORS: dict[Industry, tuple[tuple[EnterpriseRole, int, tuple[str, ...]], ...]] = {
    Industry.FOOD_DELIVERY: (
        (R.OUTSOURCING, 55, ("南昌{w}企业管理有限公司", "江西{w}供应链管理有限公司", "南昌{w}配送服务有限公司", "南昌市{d}{w}配送服务部")),
        (R.LABOR_SERVICE, 28, ("江西{w}人力资源服务有限公司", "南昌{w}劳务服务有限公司", "江西{w}企业服务外包有限公司")),
        (R.FRANCHISE, 10, ("南昌{w}网络科技有限公司", "南昌市{d}{w}餐饮配送服务部")),
        (R.DISPATCH, 7, ("江西{w}劳务派遣有限公司",)),
    ),
    Industry.RIDE_HAILING: (
        (R.AGENCY, 50, ("南昌{w}汽车服务有限公司", "江西{w}出行科技有限公司")),
        (R.OTHER, 35, ("南昌{w}汽车租赁有限公司",)),
        (R.FRANCHISE, 15, ("南昌{w}出行服务有限公司",)),
    ),
    Industry.COURIER: (
        (R.FRANCHISE, 60, ("南昌市{d}{b}服务部", "南昌{w}快递有限公司", "南昌{w}物流有限公司")),
        (R.OUTSOURCING, 25, ("南昌{w}供应链管理有限公司", "江西{w}物流服务有限公司")),
        (R.LABOR_SERVICE, 15, ("江西{w}人力资源服务有限公司", "南昌{w}劳务服务有限公司")),
    ),
    Industry.FREIGHT: (
        (R.AGENCY, 60, ("南昌{w}物流有限公司", "江西{w}货运代理有限公司")),
        (R.OTHER, 40, ("南昌{w}汽车租赁服务有限公司",)),
    ),
    Industry.HOUSEKEEPING: (
        (R.FRANCHISE, 60, ("南昌市{d}{b}家政服务店", "南昌{w}家政服务有限公司")),
        (R.LABOR_SERVICE, 40, ("江西{w}人力资源服务有限公司", "南昌{w}家庭服务有限公司")),
    ),
    Industry.LIVE_STREAMING: (
        (R.AGENCY, 90, ("南昌{w}文化传媒有限公司", "江西{w}网络科技有限公司", "南昌{w}文化传播有限公司")),
        (R.LABOR_SERVICE, 10, ("江西{w}人力资源服务有限公司",)),
    ),
}
del R

# How many cooperating enterprises an intake names: weights for 0, 1, 2.
_CHAIN_LENGTH: dict[Industry, tuple[int, int, int]] = {
    Industry.FOOD_DELIVERY: (22, 55, 23),
    Industry.RIDE_HAILING: (35, 55, 10),
    Industry.COURIER: (20, 65, 15),
    Industry.FREIGHT: (45, 50, 5),
    Industry.HOUSEKEEPING: (35, 55, 10),
    Industry.LIVE_STREAMING: (5, 85, 10),
}


def _org_code(rng: random.Random) -> str:
    """A 9-character organisation code (GB 11714 check character included)."""
    if rng.random() < 0.78:
        body = "MA3" + rng.choice("56789ABCDE") + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(4))
    else:
        body = rng.choice("567") + "".join(rng.choice("0123456789") for _ in range(7))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(ch, 36) * w for ch, w in zip(body, weights))
    c = 11 - total % 11
    check = "X" if c == 10 else "0" if c == 11 else str(c)
    return body + check


def _credit_code(rng: random.Random, area: str, individual: bool) -> str:
    body = ("92" if individual else "91") + area + _org_code(rng)
    return body + credit_code_check_char(body)


@dataclass
class _Pool:
    platform: PlatformProfile
    enterprise: Enterprise
    roles: tuple[EnterpriseRole, ...]
    role_cum: tuple[int, ...]
    members: dict[EnterpriseRole, list[Enterprise]]
    direct_roles: tuple[tuple[EnterpriseRole, ...], tuple[int, ...]]
    staffing_roles: tuple[tuple[EnterpriseRole, ...], tuple[int, ...]]


_STAFFING_ROLES = frozenset({EnterpriseRole.LABOR_SERVICE, EnterpriseRole.DISPATCH})


def _build_pools(rng: random.Random) -> list[_Pool]:
    used_names: set[str] = set()
    pools: list[_Pool] = []
    for platform in PLATFORMS:
        code = next(d[1] for d in _DISTRICTS if d[0] == platform.district)
        company = Enterprise(
            name=platform.company,
            credit_code=_credit_code(rng, rng.choice(("360100", code)), individual=False),
            role=EnterpriseRole.PLATFORM,
            address=_office_address(rng, platform.district),
            legal_representative=_person_name(rng, rng.random() < 0.8),
        )
        used_names.add(platform.company)
        spec = _COOPERATORS[platform.industry]
        members: dict[EnterpriseRole, list[Enterprise]] = {}
        for role, weight, templates in spec:
            size = max(2, platform.weight * weight // 40)
            group = members.setdefault(role, [])
            attempts = 0
            while len(group) < size and attempts < size * 20:
                attempts += 1
                district = _district(rng, urban_only=rng.random() < 0.7)
                dname, dcode = district[0], district[1]
                template = rng.choice(templates)
                name = template.format(w=rng.choice(_COMPANY_WORDS), d=dname, b=platform.brand)
                if name in used_names:
                    continue
                used_names.add(name)
                individual = name.endswith(("部", "店"))
                area = dcode if individual or rng.random() < 0.6 else "360100"
                roads = district[3]
                if individual:
                    address = f"江西省南昌市{dname}{rng.choice(roads)}{rng.randint(1, 1999)}号{rng.randint(1, 3)}楼门面"
                else:
                    address = _office_address(rng, dname) if dname.endswith("区") else (
                        f"江西省南昌市{dname}{rng.choice(roads)}{rng.randint(1, 999)}号")
                group.append(Enterprise(
                    name=name,
                    credit_code=_credit_code(rng, area, individual),
                    role=role,
                    address=address,
                    legal_representative=_person_name(rng, rng.random() < 0.75),
                ))
        roles = tuple(role for role, _w, _t in spec)
        direct = [(r, w) for r, w, _t in spec if r not in _STAFFING_ROLES]
        staffing = [(r, w) for r, w, _t in spec if r in _STAFFING_ROLES]
        pools.append(_Pool(
            platform, company, roles, _cum([w for _r, w, _t in spec]), members,
            (tuple(r for r, _ in direct), _cum([w for _, w in direct])),
            (tuple(r for r, _ in staffing), _cum([w for _, w in staffing])),
        ))
    return pools

