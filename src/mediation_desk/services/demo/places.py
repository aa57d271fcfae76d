"""Places for the demo book: Nanchang's districts with their roads and towns, the area codes found in
resident identity numbers, and home and office addresses drawn from them."""

from __future__ import annotations

import random

from mediation_desk.services.demo.common import _cum
from mediation_desk.services.demo.people import _COMPANY_WORDS

District = tuple[str, str, int, tuple[str, ...], tuple[str, ...]]

# Current districts of Nanchang: (name, division code, weight, roads, towns).
_DISTRICTS: tuple[District, ...] = (
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
_DISTRICT_CUM = _cum([d[2] for d in _DISTRICTS])
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


def _district(rng: random.Random, urban_only: bool = False) -> District:
    if urban_only:
        return rng.choice(_URBAN_DISTRICTS)
    return rng.choices(_DISTRICTS, cum_weights=_DISTRICT_CUM)[0]


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

