"""Deterministic synthetic disputes for the demo case book and for benchmarks.

Everything here is invented: platform brands, company names, people, identity
numbers and credit codes (the numbers are well-formed so that validation
passes, but they are random). Places and laws are real: Nanchang districts and
roads, Jiangxi administrative-division codes, and the articles cited in claim
bases.

``generate_intakes(count, seed)`` yields the same intakes for the same
arguments on every run and platform (it uses only ``random.Random(seed)``).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from mediation_desk.domain.cases import (
    Agent,
    AgentAuthority,
    Claim,
    ClaimKind,
    Enterprise,
    EnterpriseRole,
    Industry,
    Intake,
    IntakeChannel,
    Person,
)
from mediation_desk.domain.identifiers import credit_code_check_char, resident_id_check_char

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

_CENT = Decimal("0.01")


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

# Current districts of Nanchang: (name, division code, weight, roads, towns).
_DISTRICTS: tuple[tuple[str, str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    ("东湖区", "360102", 10, ("八一大道", "阳明路", "叠山路", "象山北路", "永叔路", "福州路", "胜利路", "豫章路", "民德路", "北京西路"), ("扬子洲镇",)),
    ("西湖区", "360103", 10, ("孺子路", "洪城路", "站前路", "桃苑大街", "丁公路", "抚河北路", "朝阳中路"), ("桃花镇",)),
    ("青云谱区", "360104", 8, ("井冈山大道", "迎宾大道", "洪都中大道", "青云谱路", "解放西路"), ("青云谱镇",)),
    ("青山湖区", "360111", 16, ("北京东路", "上海路", "南京东路", "青山湖大道", "昌东大道", "顺外路", "解放东路"), ("湖坊镇", "塘山镇", "罗家镇", "京东镇")),
    ("新建区", "360112", 9, ("长堎大道", "子实路", "新建大道", "建设路"), ("长堎镇", "望城镇", "西山镇", "石岗镇", "松湖镇", "乐化镇", "樵舍镇", "溪霞镇")),
    ("红谷滩区", "360113", 14, ("红谷中大道", "丰和中大道", "会展路", "庐山南大道", "绿茵路", "凤凰中大道", "赣江中大道", "学府大道"), ("生米街道", "九龙湖街道")),
    ("南昌县", "360121", 10, ("莲塘北大道", "澄湖西路", "向阳路", "金沙大道", "富山大道"), ("莲塘镇", "向塘镇", "三江镇", "塘南镇", "幽兰镇", "蒋巷镇", "武阳镇", "冈上镇", "广福镇", "塔城乡", "黄马乡")),
    ("安义县", "360123", 2, ("凤凰大道",), ("龙津镇", "万埠镇", "长埠镇", "东阳镇", "鼎湖镇", "石鼻镇", "黄洲镇", "乔乐乡", "新民乡")),
    ("进贤县", "360124", 4, ("胜利路",), ("民和镇", "李渡镇", "温圳镇", "文港镇", "梅庄镇", "张公镇", "罗溪镇", "架桥镇", "前坊镇")),
)
_DISTRICT_CUM = tuple(sum(d[2] for d in _DISTRICTS[: i + 1]) for i in range(len(_DISTRICTS)))
_URBAN_DISTRICTS = tuple(d for d in _DISTRICTS if d[0].endswith("区"))

# Area codes found in resident identity numbers. A number keeps the code of the
# county where it was first issued, so Nanchang codes are the ones in use when
# today's adult workers were registered: 360105 湾里区 (merged into 新建区 in
# 2019) and 360122 新建县 (新建区, 360112, only since 2015) rather than
# 360112/360113. Other Jiangxi cities follow the same idea for renamed counties.
_ID_AREAS_NANCHANG: tuple[tuple[str, int], ...] = (
    ("360102", 8), ("360103", 8), ("360104", 6), ("360105", 1), ("360111", 9),
    ("360121", 12), ("360122", 8), ("360123", 4), ("360124", 9),
)
_ID_AREAS_JIANGXI: tuple[tuple[str, int], ...] = (
    # 九江
    ("360403", 2), ("360421", 2), ("360424", 3), ("360425", 3), ("360428", 4), ("360430", 2), ("360481", 2),
    # 赣州
    ("360702", 2), ("360721", 2), ("360722", 2), ("360730", 3), ("360731", 4), ("360732", 3), ("360781", 2), ("360782", 3),
    # 宜春
    ("360902", 2), ("360921", 2), ("360922", 2), ("360923", 2), ("360981", 5), ("360982", 3), ("360983", 4),
    # 抚州
    ("361002", 4), ("361021", 2), ("361024", 2), ("361025", 2), ("361027", 2), ("361029", 3),
    # 上饶
    ("361102", 2), ("361121", 2), ("361122", 2), ("361123", 2), ("361127", 5), ("361128", 6), ("361129", 3),
)

_COMPOUND_A = ("阳光", "金色", "锦绣", "翠苑", "绿洲", "滨江", "东方", "幸福", "和平", "丽景", "怡园", "青年", "书香", "御景", "天鹅", "福星", "凤凰", "香樟", "枫林", "江岸")
_COMPOUND_B = ("花园", "家园", "小区", "新村", "公寓", "名都", "雅苑", "佳苑", "华庭", "新城")
_VILLAGE_A = ("湖", "塘", "桥", "山", "港", "岗", "坊", "洲", "埠", "田", "新", "上", "下", "东", "西", "南", "北")
_VILLAGE_B = ("头", "下", "上", "东", "口", "背", "里", "前", "边")
_TOWER = ("大厦", "中心", "广场", "国际", "商务中心")

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
    "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
    "186", "187", "188", "189", "191", "193", "195", "198", "199",
)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

_SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 40), ("李", 38), ("张", 34), ("刘", 34), ("陈", 30), ("杨", 18), ("黄", 18), ("赵", 10),
    ("吴", 16), ("周", 14), ("徐", 16), ("孙", 8), ("胡", 18), ("朱", 12), ("高", 8), ("林", 8),
    ("何", 8), ("郭", 8), ("马", 6), ("罗", 12), ("熊", 16), ("万", 12), ("涂", 10), ("邹", 10),
    ("喻", 8), ("彭", 12), ("曾", 10), ("谢", 8), ("余", 10), ("钟", 6), ("肖", 8), ("邓", 8),
    ("龚", 6), ("魏", 6), ("程", 6), ("付", 6), ("袁", 6), ("聂", 5), ("饶", 5), ("易", 4),
    ("江", 4), ("舒", 4), ("甘", 3), ("游", 3), ("章", 4), ("傅", 4), ("黎", 3), ("帅", 2),
)
_MALE_CHARS = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "俊", "浩", "鹏", "华", "平", "辉", "刚",
    "波", "文", "亮", "建", "国", "志", "海", "峰", "林", "宇", "鑫", "龙", "洋", "晨", "凯", "健", "帅",
    "飞", "成", "剑", "锋", "鸿", "彬", "晖", "昊", "博", "宏", "祥", "春", "生", "根", "发", "水", "金",
    "福", "荣", "云", "东", "兵", "毅", "康", "豪", "轩", "远", "新", "胜", "炎", "彪",
)
_FEMALE_CHARS = (
    "芳", "娟", "敏", "静", "丽", "艳", "霞", "燕", "玲", "萍", "婷", "慧", "红", "梅", "琴", "兰", "英",
    "秀", "莉", "倩", "雪", "琳", "颖", "佳", "欣", "怡", "思", "雨", "晶", "丹", "洁", "凤", "桂", "莲",
    "春", "月", "娜", "薇", "露", "瑶", "珍", "璐", "蓉", "琼",
)
_SURNAME_LIST = tuple(s for s, _ in _SURNAMES)
_SURNAME_CUM = tuple(sum(w for _, w in _SURNAMES[: i + 1]) for i in range(len(_SURNAMES)))

_COMPANY_WORDS = (
    "鑫达", "顺驰", "恒通", "宏远", "众诚", "聚力", "优骑", "骏程", "赣鑫", "昌达", "洪运", "佳联", "锐捷",
    "盛邦", "启航", "瑞丰", "乐途", "德信", "华骐", "晟宇", "卓越", "豫章", "青禾", "翊达", "迅邦", "腾越",
    "联创", "同驰", "嘉誉", "润泽", "博远", "正邦", "和顺", "金域", "昊天", "易达", "安迅", "星驰", "赣源",
    "万通", "汇丰源", "新航", "泓晟", "祥瑞", "弘毅", "诚达", "永信", "天择", "鼎盛", "方圆",
)


# ---------------------------------------------------------------------------
# Platforms (fictional brands and companies)
# ---------------------------------------------------------------------------

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
_PLATFORM_CUM = tuple(sum(p.weight for p in PLATFORMS[: i + 1]) for i in range(len(PLATFORMS)))

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

# Industry profile: male share, age (low, high, mode), monthly pay (low, high),
# and the word for what the worker is paid.
_PROFILE: dict[Industry, tuple[float, tuple[int, int, int], tuple[int, int], str]] = {
    Industry.FOOD_DELIVERY: (0.9, (19, 52, 30), (4200, 8200), "配送报酬"),
    Industry.RIDE_HAILING: (0.95, (24, 58, 38), (4500, 9000), "营运收入"),
    Industry.COURIER: (0.85, (20, 52, 32), (4300, 7800), "派件费"),
    Industry.FREIGHT: (0.97, (25, 58, 40), (5000, 10000), "运费"),
    Industry.HOUSEKEEPING: (0.08, (30, 58, 46), (3200, 6500), "服务费"),
    Industry.LIVE_STREAMING: (0.35, (18, 35, 23), (3000, 6000), "保底工资"),
}

# Claim kinds likely in each industry (first pick); extra claims are drawn
# from the same table.
K = ClaimKind
_CLAIM_WEIGHTS: dict[Industry, tuple[tuple[ClaimKind, int], ...]] = {
    Industry.FOOD_DELIVERY: (
        (K.UNPAID_PAY, 40), (K.DEPOSIT_REFUND, 14), (K.UNLAWFUL_DEDUCTION, 14), (K.CONFIRM_RELATIONSHIP, 8),
        (K.DOUBLE_PAY, 6), (K.ECONOMIC_COMPENSATION, 4), (K.UNLAWFUL_TERMINATION, 3), (K.WORK_INJURY, 5),
        (K.SOCIAL_INSURANCE, 3), (K.OVERTIME_PAY, 2), (K.BELOW_MINIMUM_WAGE, 1),
    ),
    Industry.RIDE_HAILING: (
        (K.UNPAID_PAY, 28), (K.UNLAWFUL_DEDUCTION, 26), (K.DEPOSIT_REFUND, 24), (K.CONFIRM_RELATIONSHIP, 8),
        (K.RETURN_DOCUMENTS, 4), (K.UNLAWFUL_TERMINATION, 5), (K.WORK_INJURY, 5),
    ),
    Industry.COURIER: (
        (K.UNPAID_PAY, 34), (K.UNLAWFUL_DEDUCTION, 16), (K.DOUBLE_PAY, 10), (K.ECONOMIC_COMPENSATION, 8),
        (K.OVERTIME_PAY, 8), (K.HOLIDAY_PAY, 5), (K.CONFIRM_RELATIONSHIP, 8), (K.SOCIAL_INSURANCE, 5),
        (K.DEPOSIT_REFUND, 4), (K.WORK_INJURY, 2),
    ),
    Industry.FREIGHT: (
        (K.UNPAID_PAY, 50), (K.DEPOSIT_REFUND, 22), (K.UNLAWFUL_DEDUCTION, 22), (K.WORK_INJURY, 6),
    ),
    Industry.HOUSEKEEPING: (
        (K.UNPAID_PAY, 45), (K.DEPOSIT_REFUND, 18), (K.CONFIRM_RELATIONSHIP, 10), (K.WORK_INJURY, 10),
        (K.RETURN_DOCUMENTS, 7), (K.UNLAWFUL_DEDUCTION, 10),
    ),
    Industry.LIVE_STREAMING: (
        (K.UNPAID_PAY, 40), (K.UNLAWFUL_DEDUCTION, 18), (K.CONFIRM_RELATIONSHIP, 14), (K.DOUBLE_PAY, 12),
        (K.BELOW_MINIMUM_WAGE, 8), (K.ECONOMIC_COMPENSATION, 8),
    ),
}
# Claims that presuppose a labour relationship (a gig worker usually asks for
# its confirmation first).
_NEEDS_RELATIONSHIP = frozenset({
    K.DOUBLE_PAY, K.ECONOMIC_COMPENSATION, K.UNLAWFUL_TERMINATION, K.SOCIAL_INSURANCE, K.OVERTIME_PAY,
    K.HOLIDAY_PAY, K.BELOW_MINIMUM_WAGE,
})
# Confirmation of the relationship comes first, the rest in ClaimKind order.
_CLAIM_ORDER = {kind: (kind is not K.CONFIRM_RELATIONSHIP, i) for i, kind in enumerate(ClaimKind)}
del K

_CHANNELS = (IntakeChannel.WRITTEN, IntakeChannel.ORAL, IntakeChannel.REFERRED)
_CHANNEL_CUM = (75, 92, 100)
_REFERRERS = ("南昌市12345政务服务便民热线", "{d}人力资源和社会保障局", "{d}总工会", "{d}劳动人事争议仲裁院", "南昌市劳动保障监察支队")

# Industry wording for the facts.
_WORK_STATEMENT: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: (
        "申请人自{start}起通过“{brand}”平台配送外卖，系{unit}{road}站的专送骑手，每日在线约{hours}小时",
        "申请人自{start}起在{unit}“{brand}”{road}站从事外卖配送工作，按每单{piece}元计酬，每日在线约{hours}小时",
    ),
    Industry.RIDE_HAILING: (
        "申请人自{start}起驾驶{car}通过“{brand}”平台从事网约车客运服务，每日出车约{hours}小时",
        "申请人自{start}起经{unit}招募，驾驶{car}在“{brand}”平台接单营运，平台按每单流水抽取约{cut}%的信息服务费",
    ),
    Industry.COURIER: (
        "申请人自{start}起在{unit}“{brand}”{road}网点从事快递收派工作，按件计酬，每件{piece}元",
        "申请人自{start}起为{unit}“{brand}”网点派送快递，负责{district}{road}一带的派件，每天早上{clock}点到网点分拣",
    ),
    Industry.FREIGHT: (
        "申请人自{start}起驾驶{truck}通过“{brand}”平台承接同城货运订单，由{unit}统一派单和结算运费",
        "申请人自{start}起挂靠{unit}，驾驶{truck}在“{brand}”平台接单，运费按月结算",
    ),
    Industry.HOUSEKEEPING: (
        "申请人自{start}起经“{brand}”平台派单，由{unit}安排为客户提供{service}服务",
        "申请人自{start}起在{unit}从事{service}工作，通过“{brand}”平台接受派单，报酬按月结算",
    ),
    Industry.LIVE_STREAMING: (
        "申请人自{start}起与{unit}签订《主播合作协议》，在“{brand}”平台从事{stream}直播，约定保底月收入{base}元另加流水提成",
        "申请人自{start}起由{unit}安排在“{brand}”平台从事{stream}直播，每天直播不少于{hours}小时，须到公司直播间打卡",
    ),
}
_MANAGEMENT: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("站点要求每天早上{clock}点参加早会并打卡，实行排班制，每月休息不超过{rest}天", "站点规定迟到、拒单均要罚款，每月休息须经站长批准"),
    Industry.RIDE_HAILING: ("{unit_or_platform}规定每天在线不少于{hours}小时，每月完成不少于{orders}单，否则扣除奖励",),
    Industry.COURIER: ("网点要求每天早上{clock}点到岗分拣，每月休息不超过{rest}天", "网点对派件时效、签收和投诉实行考核，考核结果与报酬挂钩"),
    Industry.FREIGHT: ("平台对接单率和准时率进行考核，考核不合格即限制派单",),
    Industry.HOUSEKEEPING: ("公司统一着装、统一培训，工作时间由公司安排，客户付款先进入公司账户",),
    Industry.LIVE_STREAMING: ("直播时间、内容和着装均由公司安排，缺播须提前请假", "公司要求每月直播不少于{live_days}天、每天不少于{hours}小时"),
}
_STOP_REASONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("违反站点管理规定", "多次超时送达", "顾客投诉", "不服从站点调度", "旷工"),
    Industry.RIDE_HAILING: ("服务分过低", "乘客投诉", "车辆不符合平台要求", "未完成出车任务"),
    Industry.COURIER: ("派件时效不达标", "顾客投诉", "遗失快件", "不服从网点安排"),
    Industry.FREIGHT: ("准时率不达标", "货主投诉", "车辆证件过期"),
    Industry.HOUSEKEEPING: ("客户投诉", "服务不达标", "年龄偏大"),
    Industry.LIVE_STREAMING: ("直播时长不达标", "流水未达到约定目标", "违反公司管理规定"),
}
_STOP_ACTIONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("停止向申请人派单", "封停申请人的骑手账号", "口头通知申请人不用再来上班"),
    Industry.RIDE_HAILING: ("封禁申请人的司机账号", "解除合作并收回车辆"),
    Industry.COURIER: ("收回申请人的派件区域", "口头通知申请人不用再来上班"),
    Industry.FREIGHT: ("停止向申请人派单", "冻结申请人的司机账号"),
    Industry.HOUSEKEEPING: ("不再为申请人安排工作", "通知申请人解除合作"),
    Industry.LIVE_STREAMING: ("停止安排申请人直播", "通知申请人解除合作协议"),
}
_DEDUCTION_REASONS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("超时送达、顾客差评", "未参加早会、未穿工服", "拒单、转单"),
    Industry.RIDE_HAILING: ("乘客投诉、绕路", "取消订单、服务分低"),
    Industry.COURIER: ("顾客投诉、虚假签收", "快件延误、遗失"),
    Industry.FREIGHT: ("货物延误、货损",),
    Industry.HOUSEKEEPING: ("客户投诉、迟到",),
    Industry.LIVE_STREAMING: ("迟到、缺播", "未完成流水目标"),
}
_DEPOSIT_ITEMS: dict[Industry, tuple[str, ...]] = {
    Industry.FOOD_DELIVERY: ("装备押金", "餐箱及工服押金", "电动车押金", "入职保证金"),
    Industry.RIDE_HAILING: ("车辆押金", "合作保证金"),
    Industry.COURIER: ("工服及巴枪押金", "电动三轮车押金", "入职保证金"),
    Industry.FREIGHT: ("合作保证金", "车辆押金"),
    Industry.HOUSEKEEPING: ("服装押金", "上岗保证金"),
    Industry.LIVE_STREAMING: ("设备押金", "合作保证金"),
}
_DAILY_HOURS: dict[Industry, tuple[int, int]] = {
    Industry.FOOD_DELIVERY: (8, 12),
    Industry.RIDE_HAILING: (8, 12),
    Industry.COURIER: (9, 12),
    Industry.FREIGHT: (8, 11),
    Industry.HOUSEKEEPING: (8, 10),
    Industry.LIVE_STREAMING: (4, 8),
}
_SPECIAL_SCOPE = "特别授权：代为提出、承认、放弃、变更调解请求，进行和解，签收法律文书"
_GENERAL_SCOPE = "一般授权：代为提出调解申请、参加调解、签收法律文书"
_AGENT_KINDS: tuple[tuple[str, AgentAuthority, str], ...] = (
    ("近亲属", AgentAuthority.GENERAL, _GENERAL_SCOPE),
    ("法律援助律师", AgentAuthority.SPECIAL, _SPECIAL_SCOPE),
    ("工会推荐", AgentAuthority.GENERAL, _GENERAL_SCOPE),
    ("律师", AgentAuthority.SPECIAL, _SPECIAL_SCOPE),
)
_AGENT_CUM = (45, 75, 90, 100)
_DEPOSIT_AMOUNTS = (300, 500, 500, 600, 800, 1000, 1000, 1200, 1500, 2000)
_LEAVE_REASONS = ("家中有事", "身体原因", "另找工作", "需回老家照顾老人", "孩子上学需要接送")
_INJURIES = ("右腿胫骨骨折", "左手腕骨折", "锁骨骨折", "腰椎压缩性骨折", "多处软组织挫伤", "右踝关节骨折")
_CARS = ("自有小型轿车", "自有新能源轿车", "自有新能源轿车", "租赁的新能源轿车")
_TRUCKS = ("自有厢式货车", "自有小型面包车", "自有厢式货车")
_SERVICES = ("家庭保洁", "育儿嫂", "住家保姆", "钟点工", "月嫂", "老人陪护")
_STREAMS = ("带货", "才艺", "游戏", "本地生活带货")
_DOCUMENTS = ("居民身份证原件", "驾驶证原件", "健康证原件")


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

class _Random(random.Random):
    """``random.Random`` with cheaper ``choice``/``randint``/``randrange``.

    The stream is still the Mersenne Twister seeded with the given seed, so
    output is reproducible across runs and platforms; only the mapping from
    ``random()`` to integers differs from the standard methods (and is much
    faster, which matters when generating 100,000 intakes).
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        n = (stop - start + step - 1) // step
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * int(self.random() * n)


def _weighted(rng: random.Random, items: Sequence, cum: Sequence[int]):
    return items[bisect_right(cum, rng.random() * cum[-1], 0, len(cum) - 1)]


class _Lazy(dict):
    """Template values computed only when a template asks for them."""

    def __init__(self, makers: dict) -> None:
        super().__init__()
        self._makers = makers

    def __missing__(self, key: str) -> str:
        value = self._makers[key]()
        self[key] = value
        return value


def _cum(weights: Sequence[int]) -> tuple[int, ...]:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return tuple(out)


def _money(value: float | int) -> Decimal:
    return Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP)


def _yuan_text(d: Decimal) -> str:
    """Amount as written in the facts: ``3,200元`` or ``3,267.50元``."""
    if d == d.to_integral_value():
        return f"{int(d):,}元"
    return f"{d:,.2f}元"


def _ym(d: date) -> str:
    return f"{d.year}年{d.month}月"


def _ymd(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, 28)
    return date(year, month + 1, day)


def _shift_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _month_span(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return _ym(first)
    if first.year == last.year:
        return f"{first.year}年{first.month}月至{last.month}月"
    return f"{_ym(first)}至{_ym(last)}"


def _person_name(rng: random.Random, male: bool) -> str:
    surname = _weighted(rng, _SURNAME_LIST, _SURNAME_CUM)
    chars = _MALE_CHARS if male else _FEMALE_CHARS
    if rng.random() < 0.22:
        return surname + rng.choice(chars)
    first = rng.choice(chars)
    second = rng.choice(chars)
    while second == first and rng.random() < 0.8:  # 叠字 names are rare
        second = rng.choice(chars)
    return surname + first + second


def _mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def _id_number(rng: random.Random, area: str, birth: date, male: bool) -> str:
    # The third sequence digit carries the sex: odd for men, even for women.
    sex_digit = rng.randrange(5) * 2 + (1 if male else 0)
    head = rng.randrange(100)
    if head == 0 and sex_digit == 0:
        head = 1
    body = f"{area}{birth:%Y%m%d}{head:02d}{sex_digit}"
    return body + resident_id_check_char(body)


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


def _district(rng: random.Random, urban_only: bool = False):
    if urban_only:
        return rng.choice(_URBAN_DISTRICTS)
    return _weighted(rng, _DISTRICTS, _DISTRICT_CUM)


def _home_address(rng: random.Random) -> str:
    name, _code, _w, roads, towns = _district(rng)
    roll = rng.random()
    if roll < 0.12 or (not name.endswith("区") and roll < 0.5):
        village = rng.choice(_VILLAGE_A) + rng.choice(_VILLAGE_B)
        return f"江西省南昌市{name}{rng.choice(towns)}{village}村{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    road = rng.choice(roads)
    number = rng.randint(1, 1999)
    if roll < 0.75:
        compound = rng.choice(_COMPOUND_A) + rng.choice(_COMPOUND_B)
        return (f"江西省南昌市{name}{road}{number}号{compound}{rng.randint(1, 32)}栋"
                f"{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室")
    return f"江西省南昌市{name}{road}{number}号{rng.randint(1, 12)}栋{rng.randint(1, 7)}0{rng.randint(1, 6)}室"


def _office_address(rng: random.Random, district: str | None = None) -> str:
    entry = next(d for d in _DISTRICTS if d[0] == district) if district else _district(rng, urban_only=True)
    name, roads = entry[0], entry[3]
    tower = rng.choice(_COMPANY_WORDS) + rng.choice(_TOWER)
    floor = rng.randint(2, 28)
    return f"江西省南昌市{name}{rng.choice(roads)}{rng.randint(1, 1999)}号{tower}{floor}楼{floor}{rng.randint(1, 20):02d}室"


# ---------------------------------------------------------------------------
# Enterprise pools (built once per generator, from the same seed)
# ---------------------------------------------------------------------------

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
    pools = []
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


# ---------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------

def generate_intakes(
    count: int,
    seed: int = 2026,
    start: date = date(2025, 1, 2),
    end: date = date(2026, 11, 20),
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
        pool = _weighted(rng, pools, _PLATFORM_CUM)
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
            area = _weighted(rng, nanchang_ids, nanchang_cum)
        else:
            area = _weighted(rng, jiangxi_ids, jiangxi_cum)
        worker = Person(
            name=_person_name(rng, male),
            id_number=_id_number(rng, area, birth, male),
            sex="男" if male else "女",
            phone=_mobile(rng),
            address=_home_address(rng),
            birth_date=birth,
        )

        # -- respondents
        n_coop = _weighted(rng, (0, 1, 2), chain_cum[industry])
        coops: list[Enterprise] = []
        if n_coop == 1:
            role = _weighted(rng, pool.roles, pool.role_cum)
            coops.append(rng.choice(pool.members[role]))
        elif n_coop == 2:
            # The unit the worker dealt with day to day (station operator,
            # franchisee, agency) and, where the industry has one, the
            # labour-service or dispatch company that signed and paid.
            first = _weighted(rng, *pool.direct_roles)
            coops.append(rng.choice(pool.members[first]))
            if pool.staffing_roles[0]:
                second = _weighted(rng, *pool.staffing_roles)
            else:
                second = rng.choice(tuple(r for r in pool.direct_roles[0] if r is not first))
            coops.append(rng.choice(pool.members[second]))
        respondents = (pool.enterprise, *coops)
        direct = coops[0] if coops else pool.enterprise

        # -- claims
        kinds_table, kinds_cum = claim_tables[industry]
        n_claims = _weighted(rng, (1, 2, 3, 4), (38, 74, 93, 100))
        kinds: list[ClaimKind] = []
        guard = 0
        while len(kinds) < n_claims and guard < 20:
            guard += 1
            kind = _weighted(rng, kinds_table, kinds_cum)
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

        channel = _weighted(rng, _CHANNELS, _CHANNEL_CUM)
        referrer = ""
        if channel is IntakeChannel.REFERRED:
            referrer = rng.choice(_REFERRERS).format(d=_district(rng)[0])
        ctx = _Context(rng, industry, platform.brand, direct, wage, pay_word, work_start, stop, months_worked)
        claims = tuple(ctx.claim(kind) for kind in kinds)
        facts = ctx.facts(kinds, referrer)

        # -- agents
        agents: tuple[Agent, ...] = ()
        if rng.random() < 0.08:
            kind, authority, scope = _weighted(rng, _AGENT_KINDS, _AGENT_CUM)
            agent_male = rng.random() < 0.5
            agent_age = rng.randint(24, 58)
            agent_birth = _shift_years(received, -agent_age) - timedelta(days=rng.randint(1, 360))
            name = _person_name(rng, agent_male)
            if kind == "近亲属" and rng.random() < 0.6:
                name = worker.name[0] + name[1:]  # a parent or sibling
            agents = (Agent(
                person=Person(
                    name=name,
                    id_number=_id_number(rng, _weighted(rng, nanchang_ids, nanchang_cum), agent_birth, agent_male),
                    sex="男" if agent_male else "女",
                    phone=_mobile(rng),
                    birth_date=agent_birth,
                ),
                authority=authority,
                scope=scope,
                kind=kind,
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


class _Context:
    """Per-intake amounts and wording, so that claims and facts agree."""

    def __init__(self, rng, industry, brand, direct: Enterprise, wage, pay_word, work_start, stop, months_worked):
        self.rng = rng
        self.unit = direct.name
        self.unit_address = direct.address
        self.unit_role = direct.role
        self.has_cooperator = direct.role is not EnterpriseRole.PLATFORM
        self.industry = industry
        self.brand = brand
        self.wage = wage
        self.pay_word = pay_word
        self.work_start = work_start
        self.stop = stop
        self.months_worked = months_worked
        self.amounts: dict[ClaimKind, Decimal] = {}
        self.notes: dict[str, str] = {}

    # ---- claims

    def claim(self, kind: ClaimKind) -> Claim:
        rng = self.rng
        K = ClaimKind
        wage = self.wage
        amount: Decimal | None = None
        first: date | None = None
        last: date | None = None
        if kind is K.UNPAID_PAY:
            # Pay is settled the following month: the last full month(s) and
            # the days worked in the month the work stopped are owed.
            months = 1 if rng.random() < 0.7 else 2
            first = _add_months(self.stop.replace(day=1), -months)
            last = self.stop
            share = (months + self.stop.day / 30) * rng.uniform(0.55, 1.0)
            raw = min(15000, max(800, wage * share))
            if self.industry in (Industry.FOOD_DELIVERY, Industry.COURIER):
                amount = _money(round(raw * 2) / 2)  # per-order pay: half yuan
            else:
                amount = _money(round(raw / 10) * 10)
            self.notes["unpaid_span"] = _month_span(first, last)
            basis = rng.choice((
                f"被申请人未支付申请人{_month_span(first, last)}的{self.pay_word}，依据《劳动合同法》第三十条应当及时足额支付。",
                "依据《关于维护新就业形态劳动者劳动保障权益的指导意见》（人社部发〔2021〕56号），企业应当按时足额支付劳动报酬，不得克扣或者无故拖欠。",
            ))
        elif kind is K.BELOW_MINIMUM_WAGE:
            months = rng.randint(1, 4)
            first = _add_months(self.stop.replace(day=1), 1 - months).replace(day=1)
            last = self.stop
            amount = _money(rng.randint(20, 300 * months) * 10)
            basis = "申请人在法定工作时间内提供了正常劳动，被申请人扣款后实际支付的报酬低于江西省最低工资标准，应补足差额。"
        elif kind is K.OVERTIME_PAY:
            hours = rng.randint(10, 12)
            self.notes["hours"] = str(hours)
            months = min(self.months_worked, 12)
            first = _add_months(self.stop.replace(day=1), 1 - months).replace(day=1)
            last = self.stop
            hourly = Decimal(wage) / Decimal("21.75") / 8
            extra = Decimal(rng.randint(20, 60) * months)
            amount = min(_money(hourly * extra * Decimal("1.5")), Decimal("20000.00"))
            amount = max(amount, Decimal("1000.00"))
            basis = f"申请人每日工作约{hours}小时，超出法定工作时间，依据《劳动法》第四十四条被申请人应当支付加班费。"
        elif kind is K.HOLIDAY_PAY:
            days = rng.randint(2, max(2, min(13, self.months_worked)))
            self.notes["holiday_days"] = str(days)
            daily = Decimal(wage) / Decimal("21.75")
            amount = _money(daily * days * 2)
            first, last = self.work_start, self.stop
            basis = f"申请人在职期间于法定节假日按安排出勤{days}天，依据《劳动法》第四十四条第（三）项，被申请人应当支付不低于工资百分之三百的工资，现主张已付部分以外的差额。"
        elif kind is K.DEPOSIT_REFUND:
            item = rng.choice(_DEPOSIT_ITEMS[self.industry])
            amount = _money(rng.choice(_DEPOSIT_AMOUNTS))
            self.notes["deposit_item"] = item
            basis = f"依据《劳动合同法》第九条，用人单位不得以任何名义向劳动者收取财物，被申请人收取的{item}应予退还。"
        elif kind is K.UNLAWFUL_DEDUCTION:
            reason = rng.choice(_DEDUCTION_REASONS[self.industry])
            self.notes["deduction_reason"] = reason
            amount = _money(rng.randint(5, 300) * 10)
            first, last = self.work_start, self.stop
            basis = f"被申请人以{reason}为由扣款没有依据，依据《工资支付暂行规定》第十五条，用人单位不得克扣劳动者工资。"
        elif kind is K.CONFIRM_RELATIONSHIP:
            first, last = self.work_start, self.stop
            basis = "申请人接受被申请人的管理和考勤，报酬由被申请人按月发放，所从事的工作是其业务组成部分，符合《关于确立劳动关系有关事项的通知》（劳社部发〔2005〕12号）第一条规定的情形。"
        elif kind is K.DOUBLE_PAY:
            months = min(11, self.months_worked - 1)
            base = min(wage, 4500 + rng.randrange(-800, 800, 10))
            amount = _money(base * months)
            first = _add_months(self.work_start, 1)
            last = min(_add_months(self.work_start, 12) - timedelta(days=1), self.stop)
            basis = f"被申请人自用工之日起超过一个月未与申请人订立书面劳动合同，依据《劳动合同法》第八十二条应当支付{months}个月的二倍工资差额。"
        elif kind is K.ECONOMIC_COMPENSATION:
            n = self._compensation_months()
            amount = _money(Decimal(wage) * n)
            self.notes["compensation"] = "resigned" if self.rng.random() < 0.5 else "dismissed"
            first, last = self.work_start, self.stop
            if self.notes["compensation"] == "resigned":
                basis = f"被申请人未依法为申请人缴纳社会保险，申请人依据《劳动合同法》第三十八条解除劳动合同，并依据第四十六条、第四十七条要求支付{_months_text(n)}工资的经济补偿。"
            else:
                basis = f"被申请人单方解除劳动合同，依据《劳动合同法》第四十六条、第四十七条应当支付{_months_text(n)}工资的经济补偿。"
        elif kind is K.UNLAWFUL_TERMINATION:
            n = self._compensation_months()
            amount = _money(Decimal(wage) * n * 2)
            first, last = self.work_start, self.stop
            basis = "被申请人无正当理由单方解除劳动合同，依据《劳动合同法》第四十八条、第八十七条，应当按经济补偿标准的二倍支付赔偿金。"
        elif kind is K.SOCIAL_INSURANCE:
            first, last = self.work_start, self.stop
            basis = "依据《社会保险法》第五十八条，用人单位应当自用工之日起三十日内为职工办理社会保险登记，要求被申请人为申请人补缴用工期间的社会保险费。"
        elif kind is K.WORK_INJURY:
            since = max(self.work_start, self.stop - timedelta(days=330))
            accident = since + timedelta(days=rng.randint(0, max(0, (self.stop - since).days - 1)))
            self.notes["accident"] = _ymd(accident)
            self.notes["injury"] = rng.choice(_INJURIES)
            self.notes["hospital_days"] = str(rng.randint(5, 30))
            amount = _money(rng.randint(50, 1200) * 100)
            first = last = accident
            basis = "申请人在工作时间、因工作原因受伤，依据《工伤保险条例》第十四条，要求被申请人承担医疗费、停工留薪期工资等待遇。"
        elif kind is K.RETURN_DOCUMENTS:
            document = rng.choice(_DOCUMENTS[:2] if self.industry is Industry.RIDE_HAILING else _DOCUMENTS[::2])
            self.notes["document"] = document
            basis = f"依据《劳动合同法》第九条，用人单位不得扣押劳动者的居民身份证和其他证件，被申请人应当返还申请人的{document}。"
        else:  # pragma: no cover - OTHER is never drawn
            basis = ""
        if amount is not None:
            self.amounts[kind] = amount
        return Claim(kind=kind, amount=amount, period_start=first, period_end=last, basis=basis)

    def vehicle(self, choices: tuple[str, ...], leased: str) -> str:
        if self.unit_role is EnterpriseRole.OTHER:  # a rental company
            return f"向{self.unit}租赁的{leased}"
        return self.rng.choice(choices)

    def joined(self) -> str:
        if self.industry in (Industry.RIDE_HAILING, Industry.FREIGHT):
            return "加入时"
        return "入职时"

    def _compensation_months(self) -> Decimal:
        years, rest = divmod(self.months_worked, 12)
        extra = Decimal(1) if rest >= 6 else Decimal("0.5") if rest else Decimal(0)
        return Decimal(years) + extra

    # ---- facts

    def facts(self, kinds: list[ClaimKind], referrer: str = "") -> str:
        rng = self.rng
        K = ClaimKind
        industry = self.industry
        # Stations and service areas lie in the district where the unit is.
        place = next((d for d in _DISTRICTS if d[0] in self.unit_address), None) or rng.choice(_URBAN_DISTRICTS)
        hours = self.notes.get("hours") or str(rng.randint(*_DAILY_HOURS[industry]))
        values = _Lazy({
            "start": lambda: _ym(self.work_start),
            "brand": lambda: self.brand,
            "unit": lambda: self.unit,
            "unit_or_platform": lambda: "公司" if self.has_cooperator else "平台",
            "road": lambda: rng.choice(place[3]),
            "district": lambda: place[0],
            "hours": lambda: hours,
            "piece": lambda: rng.choice(("4.5", "5", "5.5", "6", "6.5", "7")) if industry is Industry.FOOD_DELIVERY
            else rng.choice(("0.8", "1", "1.2", "1.5")),
            "car": lambda: self.vehicle(_CARS, "新能源轿车"),
            "truck": lambda: self.vehicle(_TRUCKS, "新能源厢式货车"),
            "cut": lambda: str(rng.randint(15, 28)),
            "clock": lambda: str(rng.choice((7, 8, 9))),
            "rest": lambda: str(rng.randint(2, 4)),
            "orders": lambda: str(rng.choice((200, 250, 300))),
            "service": lambda: rng.choice(_SERVICES),
            "stream": lambda: rng.choice(_STREAMS),
            "base": lambda: str(rng.choice((3000, 3500, 4000, 4500, 5000))),
            "live_days": lambda: str(rng.choice((24, 26, 28))),
        })
        statement = rng.choice(_WORK_STATEMENT[industry]).format_map(values)
        first = statement.find(self.unit) + len(self.unit)
        if statement.count(self.unit) > 1:  # name the company once
            statement = statement[:first] + statement[first:].replace(self.unit, "该公司")
        sentences = [statement + "。"]

        # (priority, narrative order, sentence): details that carry an amount
        # claimed come first, so the facts always state them.
        details: list[tuple[int, int, str]] = []
        if K.CONFIRM_RELATIONSHIP in kinds or K.DOUBLE_PAY in kinds or K.SOCIAL_INSURANCE in kinds:
            details.append((1, 0, rng.choice((
                "双方未签订书面劳动合同，被申请人也未为申请人缴纳社会保险。",
                f"{self.joined()}申请人被要求在手机App上勾选《合作协议》并注册为个体工商户，被申请人据此称双方不存在劳动关系。",
                "双方未签订书面劳动合同，申请人的报酬由第三方灵活用工平台代发。",
            ))))
        if K.DEPOSIT_REFUND in kinds and rng.random() < 0.5:
            # Otherwise the deposit is mentioned with the trigger.
            details.append((3, 1, (
                f"{self.joined()}申请人向被申请人缴纳{self.notes['deposit_item']}"
                f"{_yuan_text(self.amounts[K.DEPOSIT_REFUND])}。"
            )))
        if K.OVERTIME_PAY in kinds:
            details.append((2, 2, f"申请人每天工作约{hours}小时，每月仅休息{values['rest']}天，被申请人从未支付加班费。"))
        if K.HOLIDAY_PAY in kinds:
            details.append((2, 2, (
                f"在职期间申请人有{self.notes['holiday_days']}个法定节假日按要求正常出勤，被申请人未支付法定节假日加班工资。"
            )))
        if K.BELOW_MINIMUM_WAGE in kinds:
            details.append((2, 2, "扣除各项罚款后，申请人有数月实得报酬低于江西省最低工资标准。"))
        if K.UNLAWFUL_DEDUCTION in kinds:
            details.append((0, 3, (
                f"工作期间被申请人以{self.notes['deduction_reason']}为由多次从报酬中扣款，"
                f"共计{_yuan_text(self.amounts[K.UNLAWFUL_DEDUCTION])}。"
            )))
        if K.RETURN_DOCUMENTS in kinds:
            details.append((2, 4, f"{self.joined()}被申请人收取了申请人的{self.notes['document']}，至今未予返还。"))
        if K.WORK_INJURY in kinds:
            how = "在客户家中工作时摔伤" if industry is Industry.HOUSEKEEPING else "在工作途中发生交通事故"
            details.append((1, 5, (
                f"{self.notes['accident']}，申请人{how}，经诊断为{self.notes['injury']}，"
                f"住院治疗{self.notes['hospital_days']}天。"
            )))
        if not details and rng.random() < 0.75:
            details.append((4, 0, rng.choice(_MANAGEMENT[industry]).format_map(values) + "。"))

        # At most 4 sentences: the statement, up to 2 details (1 when the
        # referral note is added), the trigger.
        room = 1 if referrer else 2
        rng.shuffle(details)  # ties in priority are broken at random
        kept = sorted(sorted(details, key=lambda d: d[0])[:room], key=lambda d: d[1])
        sentences.extend(text for _p, _o, text in kept)
        deposit_told = any(order == 1 for _p, order, _t in kept)
        sentences.append(self._trigger(kinds, deposit_told))
        if referrer:
            sentences.append(f"本案由{referrer}转来。")
        elif len(sentences) < 4 and rng.random() < 0.5:
            sentences.append(rng.choice((
                "申请人多次与被申请人协商未果，遂申请调解。",
                "申请人曾通过平台客服投诉，至今未获解决。",
                "申请人要求结清款项，被申请人以种种理由推脱。",
            )))
        return "".join(sentences)

    def _trigger(self, kinds: list[ClaimKind], deposit_told: bool) -> str:
        rng = self.rng
        K = ClaimKind
        industry = self.industry
        when = _ymd(self.stop)
        dismissed = K.UNLAWFUL_TERMINATION in kinds or self.notes.get("compensation") == "dismissed"
        resigned_for_cause = self.notes.get("compensation") == "resigned"
        if resigned_for_cause:
            text = f"{when}，申请人以被申请人未缴纳社会保险为由提出解除劳动关系"
        elif dismissed or rng.random() < 0.55:
            text = (f"{when}，被申请人以“{rng.choice(_STOP_REASONS[industry])}”为由"
                    f"{rng.choice(_STOP_ACTIONS[industry])}")
        else:
            text = f"{when}，申请人因{rng.choice(_LEAVE_REASONS)}离职"
        tails = []
        if K.UNPAID_PAY in kinds:
            tails.append(f"尚欠{self.notes['unpaid_span']}{self.pay_word}{_yuan_text(self.amounts[K.UNPAID_PAY])}未付")
        if K.DEPOSIT_REFUND in kinds and not deposit_told:
            tails.append(
                f"{self.joined()}缴纳的{self.notes['deposit_item']}{_yuan_text(self.amounts[K.DEPOSIT_REFUND])}至今未退还"
            )
        if tails:
            text += "，" + "，".join(tails)
        return text + "。"


def _months_text(n: Decimal) -> str:
    if n == n.to_integral_value():
        return f"{int(n)}个月"
    if n < 1:
        return "半个月"
    return f"{int(n)}个半月"
