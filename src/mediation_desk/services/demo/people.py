"""People for the demo book: Chinese names weighted as in Jiangxi, mobile numbers and well-formed (but
random) resident identity numbers; also the trade words of company names."""

from __future__ import annotations

import random
from datetime import date

from mediation_desk.domain.identifiers import resident_id_check_char
from mediation_desk.services.demo.common import _cum

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
_SURNAME_CUM = _cum([w for _, w in _SURNAMES])

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
    "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
    "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

_COMPANY_WORDS = (
    "鑫达", "顺驰", "恒通", "宏远", "众诚", "聚力", "优骑", "骏程", "赣鑫", "昌达", "洪运", "佳联", "锐捷",
    "盛邦", "启航", "瑞丰", "乐途", "德信", "华骐", "晟宇", "卓越", "豫章", "青禾", "翊达", "迅邦", "腾越",
    "联创", "同驰", "嘉誉", "润泽", "博远", "正邦", "和顺", "金域", "昊天", "易达", "安迅", "星驰", "赣源",
    "万通", "汇丰源", "新航", "泓晟", "祥瑞", "弘毅", "诚达", "永信", "天择", "鼎盛", "方圆",
)


def _person_name(rng: random.Random, male: bool) -> str:
    surname = rng.choices(_SURNAME_LIST, cum_weights=_SURNAME_CUM)[0]
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

