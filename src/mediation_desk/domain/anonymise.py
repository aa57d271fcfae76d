"""Anonymising a text for publication, and the check for personal data it may still hold.

Everything here works from what the record knows about the case (:class:`KnownData`: every party,
agent and legal representative by name, identity and telephone numbers, credit codes, addresses,
case and document numbers) plus a few patterns for numbers the record does not hold (an 18-digit
identity number, a mobile number, a bank account written in the facts).

* :func:`pseudonyms` gives every known name its published form: a person's surname with 某
  (杨娟 -> 杨某; a second person with the same surname 杨某某), an enterprise the industry word of
  its name without the distinguishing name and the region (江西速达同城网络科技有限公司 -> 某网络科技公司;
  two that would read the same become 甲网络科技公司 and 乙网络科技公司), a platform brand by its
  industry (速达外卖 -> 某外卖平台).
* :func:`anonymise` replaces the names, removes the numbers (with their label: 联系电话13900001234
  goes whole) and shortens an address to its city.
* :func:`find_leaks` searches a (possibly edited) text for every name, number and address of the
  case, also in partial forms: a given name without the surname, an enterprise's distinctive name
  (字号), the last digits of an identity or telephone number, a number written with spaces or
  dashes, the street part of an address. Each hit says what it is.

The check cannot know a name the record does not hold (a witness named only in the facts); a
hit may also be an ordinary word (a given name that is also a place). That is why the person
reviews the text and explicitly accepts each hit that is not personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Named", "KnownData", "LeakHit", "pseudonyms", "anonymise", "find_leaks", "surname_of",
           "enterprise_core", "enterprise_pseudonym", "platform_core", "city_of"]

# 复姓 (compound surnames) in use today; any other name's surname is its first character.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 公冶 太叔 申屠 "
    "公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 "
    "拓跋 夹谷 轩辕 令狐 段干 百里 呼延 东郭 南门 羊舌 微生 公户 公玉 公仪 梁丘 公仲 公上 公门 公山 公坚 左丘 公伯 "
    "西门 公祖 第五 公乘 贯丘 公皙 南荣 东里 东宫 仲长 子书 子桑 即墨 达奚 褚师".split())

_PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
              "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
              "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
# Cities and districts an enterprise name commonly starts with, besides the provinces.
_PLACES = ("南昌", "九江", "景德镇", "萍乡", "新余", "鹰潭", "赣州", "宜春", "上饶", "吉安", "抚州", "红谷滩", "东湖",
           "西湖", "青云谱", "青山湖", "新建", "南昌县", "进贤", "安义", "湾里", "高新", "经开", "小蓝", "赣江新区",
           "深圳", "广州", "杭州", "武汉", "长沙", "成都", "南京", "苏州", "厦门", "合肥", "郑州", "西安", "济南", "青岛",
           "宁波", "福州", "昆明", "贵阳", "南宁", "海口", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "兰州",
           "银川", "西宁", "乌鲁木齐", "呼和浩特", "拉萨")
_REGION_SUFFIX = ("省", "市", "自治区", "区", "县", "新区")

# The legal form at the end of an enterprise's name, longest first, and what the published form keeps.
_FORMS = (("股份有限公司", "公司"), ("有限责任公司", "公司"), ("有限公司", "公司"), ("分公司", "分公司"), ("公司", "公司"),
          ("集团", "集团"), ("合伙企业（有限合伙）", "合伙企业"), ("合伙企业", "合伙企业"), ("个人独资企业", "企业"),
          ("工作室", "工作室"), ("服务部", "服务部"), ("经营部", "经营部"), ("商行", "商行"), ("中心", "中心"),
          ("厂", "厂"), ("店", "店"), ("站", "站"))
# Words of the industry an enterprise name ends with (before its form), longest first.
_INDUSTRY_WORDS = tuple(sorted((
    "网络科技", "信息科技", "信息技术", "科技", "网络技术", "网络", "电子商务", "电子科技", "智能科技", "数字科技", "互联网",
    "物流", "供应链管理", "供应链", "人力资源服务", "人力资源", "劳务派遣", "劳务服务", "劳务", "外包服务", "服务外包",
    "配送服务", "配送", "即时配送", "同城配送", "跑腿服务", "餐饮管理", "餐饮", "文化传媒", "传媒", "文化传播", "文化",
    "商务服务", "商务咨询", "企业管理", "企业服务", "管理咨询", "信息咨询", "咨询", "货运", "货物运输", "运输", "快递",
    "速递", "汽车租赁", "汽车服务", "出行服务", "出行", "家政服务", "家政", "保洁服务", "外卖", "贸易", "商贸", "实业",
    "建筑劳务", "装卸", "搬运", "直播", "娱乐", "演艺经纪", "经纪", "教育科技", "健康管理", "物业管理", "物业",
    "旅游", "酒店管理", "生鲜", "超市", "平台运营", "运营管理", "运营", "网络平台", "速运", "快递服务", "家庭服务", "网络预约出租汽车", "出租汽车",
    "企业服务外包",
), key=len, reverse=True))
# Words a platform's brand name commonly ends with (速达外卖, 快跑出行): what is left is its own name.
_PLATFORM_WORDS = ("外卖", "直播", "出行", "打车", "约车", "快递", "速递", "货运", "配送", "到家", "家政", "同城", "跑腿",
                   "平台", "优选", "买菜", "专送", "快送", "App", "APP", "app")

_CN = "\u3400-\u9fff"
_DIGIT_SEP = r"[\s\-－—‐.·]?"


@dataclass(frozen=True)
class Named:
    """One known datum and whose it is: ``value`` (a name, a number, an address) and ``owner``
    (who it belongs to, e.g. ``申请人“杨娟”``; for a name, the role: ``申请人``)."""

    value: str
    owner: str = ""


@dataclass(frozen=True)
class KnownData:
    """What the record knows about a case's people and numbers (see the module's description).

    ``people`` and ``enterprises`` carry the role in ``owner`` (申请人, 被申请人, 委托代理人,
    法定代表人...); numbers and addresses carry whose they are."""

    people: tuple[Named, ...] = ()
    enterprises: tuple[Named, ...] = ()
    platforms: tuple[str, ...] = ()
    id_numbers: tuple[Named, ...] = ()
    phones: tuple[Named, ...] = ()
    credit_codes: tuple[Named, ...] = ()
    bank_accounts: tuple[Named, ...] = ()
    addresses: tuple[Named, ...] = ()
    case_numbers: tuple[Named, ...] = ()
    industry_word: str = ""  # 外卖, 网约车, 直播...: what a platform is called by

    def names(self) -> list[str]:
        return [n.value for n in (*self.people, *self.enterprises) if n.value.strip()] + \
            [p for p in self.platforms if p.strip()]


@dataclass(frozen=True)
class LeakHit:
    """One place in the text where a datum of the case (or something that looks like one) appears.

    ``key`` names the datum searched for (the same for all its occurrences): what the person
    accepts when the hit is not personal data."""

    start: int
    end: int
    text: str
    what: str
    key: str

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "what": self.what, "key": self.key}


# --------------------------------------------------------------------------- names


def surname_of(name: str) -> str:
    """The surname of a Chinese personal name (复姓 recognised); empty for a name that is not
    written in Chinese characters or that has a separator dot (买买提·艾力)."""
    name = name.strip()
    if len(name) < 2 or not re.fullmatch(f"[{_CN}]+", name):
        return ""
    if name[:2] in _COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2]
    return name[0]


def _given(name: str) -> str:
    surname = surname_of(name)
    return name.strip()[len(surname):] if surname else ""


def _strip_region(name: str) -> str:
    """The name without its leading province, city or district (江西省南昌市, 南昌, 红谷滩区)."""
    text = name.strip()
    changed = True
    while changed:
        changed = False
        for place in sorted((*_PROVINCES, *_PLACES), key=len, reverse=True):
            if text.startswith(place) and len(text) > len(place) + 1:
                rest = text[len(place):]
                for suffix in _REGION_SUFFIX:
                    if rest.startswith(suffix):
                        rest = rest[len(suffix):]
                        break
                text, changed = rest, True
                break
    return text


def _split_enterprise(name: str) -> tuple[str, str, str]:
    """(distinctive name, industry word, form) of an enterprise's name without its region."""
    text = _strip_region(name).strip()
    if text.endswith("分公司") and "公司" in text[:-3]:  # 某某有限公司南昌分公司: the company's own name decides
        core, industry, form = _split_enterprise(text[:text.index("公司") + 2])
        return core, industry, form + "分公司"
    text = re.sub(r"[（(][^）)]*[）)]$", "", text)  # （有限合伙）, （南昌） at the end
    form = ""
    for ending, published in _FORMS:
        if text.endswith(ending) and len(text) > len(ending):
            text, form = text[:-len(ending)], published
            break
    industry = ""
    for word in _INDUSTRY_WORDS:
        if text.endswith(word) and len(text) > len(word):
            industry, text = word, text[:-len(word)]
            break
    # a second industry word (速达外卖配送): it belongs to the industry, not the distinctive name
    for word in _INDUSTRY_WORDS:
        if industry and text.endswith(word) and len(text) > len(word):
            industry, text = word + industry, text[:-len(word)]
            break
    return text, industry, form


def enterprise_core(name: str) -> str:
    """The distinctive name (字号) of an enterprise: 江西速达同城网络科技有限公司 -> 速达同城."""
    return _split_enterprise(name)[0]


def enterprise_pseudonym(name: str, prefix: str = "某") -> str:
    """江西速达同城网络科技有限公司 -> 某网络科技公司; a name without an industry word -> 某公司."""
    _core, industry, form = _split_enterprise(name)
    return f"{prefix}{industry}{form or '单位'}"


def platform_core(platform: str) -> str:
    """A platform brand without its industry word: 速达外卖 -> 速达, 星耀直播 -> 星耀."""
    text = platform.strip()
    changed = True
    while changed:
        changed = False
        for word in _PLATFORM_WORDS:
            if text.endswith(word) and len(text) > len(word):
                text, changed = text[:-len(word)], True
    return text


def city_of(address: str) -> str:
    """The city of an address (江西省南昌市西湖区…… -> 南昌市); empty when none can be read."""
    m = re.search(f"([{_CN}]{{2,6}}?市)", _strip_province(address))
    if m and m.group(1) not in ("城市",):
        return m.group(1)
    return ""


def _strip_province(address: str) -> str:
    text = address.strip()
    for p in _PROVINCES:
        for form in (p + "省", p + "自治区", p + "壮族自治区", p + "回族自治区", p + "维吾尔自治区"):
            if text.startswith(form):
                return text[len(form):]
    return text


_ORDINALS = "甲乙丙丁戊己庚辛壬癸"


def pseudonyms(known: KnownData) -> dict[str, str]:
    """Every known name with its published form (see the module's description)."""
    out: dict[str, str] = {}
    seen_surnames: dict[str, int] = {}
    for person in known.people:
        name = person.value.strip()
        if len(name) < 2 or name in out:  # a one-character "name" would replace that character everywhere
            continue
        surname = surname_of(name)
        if not surname:
            out[name] = "某某"
            continue
        n = seen_surnames.get(surname, 0)
        seen_surnames[surname] = n + 1
        out[name] = surname + ("某" if n == 0 else "某某" if n == 1 else "某" + _ORDINALS[(n - 2) % 10])
    forms: dict[str, list[str]] = {}
    for ent in known.enterprises:
        name = ent.value.strip()
        if name and name not in out and name not in forms.get(enterprise_pseudonym(name), []):
            forms.setdefault(enterprise_pseudonym(name), []).append(name)
    for form, names in forms.items():
        if len(names) == 1:
            out[names[0]] = form
        else:
            for i, name in enumerate(names):
                out[name] = enterprise_pseudonym(name, prefix=_ORDINALS[i % 10])
    word = known.industry_word or "互联网"
    for platform in known.platforms:
        if platform.strip() and platform.strip() not in out:
            out[platform.strip()] = f"某{word}平台"
    return out


# --------------------------------------------------------------------------- numbers and addresses

_LABELS = (r"(?:公民身份号码|居民身份证号码|身份证号码|身份证号|身份号码|证件号码|证件号|联系电话|联系方式|电话号码|电话|手机号码|"
           r"手机号|手机|统一社会信用代码|社会信用代码|信用代码|银行账号|银行卡号|开户账号|账号|卡号|案号|尾号|身份证|银行卡)[：:为是\s]*")
_ID_RE = r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
_OLD_ID_RE = r"(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])"
_MOBILE_RE = r"(?<![0-9])(?:\+?86[\s\-]?)?1[3-9]\d[\s\-－—]?\d{4}[\s\-－—]?\d{4}(?![0-9])"
_LANDLINE_RE = r"(?<![0-9])0\d{2,3}[\s\-－—]\d{7,8}(?![0-9])"
_CREDIT_RE = r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])"
_ACCOUNT_RE = r"(?<![0-9])(?:\d{4}[\s\-]?){3,4}\d{1,4}(?![0-9])"
_CASE_NO_RE = (f"[{_CN}]{{1,14}}[〔\\[［][12]\\d{{3}}[〕\\]］]第?\\d+-?\\d*号|"
               f"[（(][12]\\d{{3}}[）)][{_CN}]{{1,3}}\\d{{2,6}}[{_CN}]{{1,4}}\\d+号")
_STREET_RE = (f"[{_CN}]{{1,8}}(?:路|街|大道|大街|巷|弄|胡同)\\d+(?:-\\d+)?号"
              f"(?:[{_CN}\\dA-Za-z\\-]{{0,16}}?(?:栋|幢|单元|室|楼|层|号|座))*")
_CASE_NO_GENERIC = re.compile(f"[{_CN}]{{1,14}}[〔\\[［][12]\\d{{3}}[〕\\]］]第\\d+号|"
                              f"[（(][12]\\d{{3}}[）)][{_CN}]{{1,3}}\\d{{2,6}}[{_CN}]{{1,4}}\\d+号")


def _digits_pattern(value: str) -> str:
    """``value`` (digits and letters) allowing a space, dash or dot between any two characters."""
    chars = [c for c in value if c.isalnum()]
    return _DIGIT_SEP.join(re.escape(c) for c in chars)


def _clean(text: str) -> str:
    text = re.sub(r"（[，、；\s]*）|\([，、；\s]*\)", "", text)
    text = re.sub(r"([，、；])[，、；]+", r"\1", text)
    text = re.sub(r"（[，、；]", "（", text)
    text = re.sub(r"[，、；]）", "）", text)
    text = re.sub(r"[，、；]([。！？])", r"\1", text)
    text = re.sub(r"([。！？])[。，、；]+", r"\1", text)
    return text


# --------------------------------------------------------------------------- anonymising


_PLACE_AFTER = "市县区镇乡村路街道省州旗盟"


def anonymise(text: str, known: KnownData, names: Mapping[str, str] | None = None) -> str:
    """``text`` with every known name replaced by its pseudonym, every number removed and every
    address shortened to its city (see the module's description)."""
    names = dict(names if names is not None else pseudonyms(known))
    out = text or ""
    # numbers first (a name never contains digits): known ones in any spelling, then the patterns
    numbers = [n.value for n in (*known.id_numbers, *known.phones, *known.credit_codes, *known.bank_accounts)
               if len([c for c in n.value if c.isalnum()]) >= 6]
    for value in sorted(numbers, key=len, reverse=True):
        pat = _digits_pattern(value)
        out = re.sub(f"(?:{_LABELS})?(?<![0-9A-Za-z]){pat}(?![0-9A-Za-z])", "", out, flags=re.IGNORECASE)
    for case_no in sorted((c.value.strip() for c in known.case_numbers if c.value.strip()), key=len, reverse=True):
        out = re.sub(f"(?:{_LABELS})?{re.escape(case_no)}", "", out)
    for pattern in (_ID_RE, _OLD_ID_RE, _CREDIT_RE, _MOBILE_RE, _LANDLINE_RE, _ACCOUNT_RE):
        out = re.sub(f"(?:{_LABELS})?{pattern}", "", out)
    out = re.sub(f"(?:{_LABELS})?(?:{_CASE_NO_GENERIC.pattern})", "", out)
    # addresses: the whole address to its city, then its parts and any street address to 某地
    for addr in sorted((a.value.strip() for a in known.addresses if len(a.value.strip()) >= 4), key=len, reverse=True):
        city = city_of(addr)
        for form in _address_forms(addr):
            out = out.replace(form, city or "某地") if form == addr or form == _strip_province(addr) \
                else out.replace(form, "某地")
    out = re.sub(_STREET_RE, "某地", out)
    # names, longest first so that no name is replaced inside a longer one
    variants: dict[str, str] = {}
    for name, pseudo in names.items():
        variants[name] = pseudo
        if name in {e.value.strip() for e in known.enterprises}:
            bare = _strip_region(name)
            if bare != name and len(bare) >= 4:
                variants.setdefault(bare, pseudo)
            core = enterprise_core(name)
            if len(core) >= 2 and core not in names:
                variants.setdefault(core + "公司", pseudo)
        if name in {p.strip() for p in known.platforms}:
            core = platform_core(name)
            if len(core) >= 2 and core != name:
                variants.setdefault(core + "平台", pseudo)
    people = {p.value.strip() for p in known.people}
    platforms = {p.strip() for p in known.platforms}
    if not variants:
        return _clean(out)
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))

    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        after = out[m.end():m.end() + 3].lstrip("”」』\"'")
        pseudo = variants[found]
        if found in people and after[:1] and after[0] in _PLACE_AFTER and not after.startswith(("区域",)):
            return found  # 金华市: a place, not the person (the check still lists it)
        if found in platforms and after.startswith("平台") and pseudo.endswith("平台"):
            return pseudo[:-2]  # “星耀直播”平台 -> “某直播”平台
        return pseudo

    out = re.sub(alternation, repl, out)
    return _clean(out)


def _address_forms(address: str) -> list[str]:
    """The address and its identifying parts: without the province, after the district, the
    street and number, the estate or building."""
    forms = [address, _strip_province(address)]
    rest = re.sub(f"^[{_CN}]{{2,6}}?市", "", _strip_province(address))
    rest = re.sub(f"^[{_CN}]{{1,5}}?(?:区|县)", "", rest)
    if len(rest) >= 4:
        forms.append(rest)
    for m in re.finditer(f"[{_CN}]{{1,8}}(?:路|街|大道|大街|巷|弄)\\d+(?:-\\d+)?号", rest):
        forms.append(m.group(0))
    for m in re.finditer(f"(?:号|路|街|道)([{_CN}]{{2,10}}?(?:苑|园|小区|花园|公寓|大厦|广场|中心|新村|村|城|家园|府|里|大楼))",
                         rest):
        forms.append(m.group(1))
    return list(dict.fromkeys(f for f in forms if len(f) >= 3))


# --------------------------------------------------------------------------- the check


@dataclass
class _Needle:
    pattern: str
    what: str
    key: str
    flags: int = 0


@dataclass
class _Needles:
    items: list[_Needle] = field(default_factory=list)

    def add(self, pattern: str, what: str, key: str, flags: int = 0) -> None:
        self.items.append(_Needle(pattern, what, key, flags))


def _person_needles(needles: _Needles, known: KnownData) -> None:
    for p in known.people:
        name = p.value.strip()
        if len(name) < 2:
            continue
        who = f"{p.owner}“{name}”" if p.owner else f"“{name}”"
        needles.add(re.escape(name), f"{who}的姓名", f"name:{name}")
        given = _given(name)
        if len(given) >= 2:
            needles.add(re.escape(given), f"{who}的名字（不含姓）", f"given:{given}")
        elif len(given) == 1:  # a one-character given name is searched only as a nickname (小娟, 阿娟, 娟姐)
            needles.add(f"(?:小|阿){re.escape(given)}|{re.escape(given)}(?:姐|哥|妹|弟)", f"{who}的昵称",
                        f"nickname:{given}")
        if "·" in name or "•" in name:
            for part in re.split("[·•]", name):
                if len(part) >= 2:
                    needles.add(re.escape(part), f"{who}的姓名的一部分", f"namepart:{part}")


def _enterprise_needles(needles: _Needles, known: KnownData) -> None:
    for e in known.enterprises:
        name = e.value.strip()
        if not name:
            continue
        who = f"{e.owner}“{name}”" if e.owner else f"“{name}”"
        needles.add(re.escape(name), f"{who}的名称", f"enterprise:{name}")
        core = enterprise_core(name)
        if len(core) >= 2:
            needles.add(re.escape(core), f"{who}的字号“{core}”", f"core:{core}")
            if len(core) >= 4:
                needles.add(re.escape(core[:2]), f"{who}的字号的前两字“{core[:2]}”", f"corepart:{core[:2]}")
    for platform in known.platforms:
        name = platform.strip()
        if not name:
            continue
        needles.add(re.escape(name), f"平台名称“{name}”", f"platform:{name}")
        core = platform_core(name)
        if len(core) >= 2 and core != name:
            needles.add(re.escape(core), f"平台名称“{name}”的字号“{core}”", f"core:{core}")


def _number_needles(needles: _Needles, known: KnownData) -> None:
    bound_l, bound_r = "(?<![0-9A-Za-z])", "(?![0-9A-Za-z])"
    for kind, items, label in (("id", known.id_numbers, "身份证号码"), ("phone", known.phones, "电话号码"),
                               ("credit", known.credit_codes, "统一社会信用代码"),
                               ("account", known.bank_accounts, "银行账号")):
        for n in items:
            value = "".join(c for c in n.value if c.isalnum())
            if len(value) < 5:
                continue
            who = f"{n.owner}的" if n.owner else ""
            needles.add(bound_l + _digits_pattern(value) + bound_r, f"{who}{label}", f"{kind}:{value}",
                        re.IGNORECASE)
            tails = (6, 4) if kind in ("id", "account") else (4,) if kind == "phone" else ()
            for size in tails:
                if len(value) > size:
                    tail = value[-size:]
                    # not a year, a date or a sum of money (2025年, 1234元)
                    needles.add(bound_l + _digits_pattern(tail) + r"(?![0-9A-Za-z年月日元号])",
                                f"{who}{label}后{size}位“{tail}”",
                                f"{kind}-tail{size}:{tail}", re.IGNORECASE)
    for c in known.case_numbers:
        value = c.value.strip()
        if not value:
            continue
        needles.add(re.escape(value), f"{c.owner or '案号'}“{value}”", f"caseno:{value}")
        m = re.search(r"[〔\[［(（]([12]\d{3})[〕\]］)）]第?(\d+)号", value)
        if m:
            needles.add(f"[〔\\[［(（]{m.group(1)}[〕\\]］)）]第?{m.group(2)}号", f"{c.owner or '案号'}的年份和序号",
                        f"caseno-tail:{m.group(1)}-{m.group(2)}")


def _address_needles(needles: _Needles, known: KnownData) -> None:
    for a in known.addresses:
        value = a.value.strip()
        if len(value) < 4:
            continue
        who = f"{a.owner}的" if a.owner else ""
        for i, form in enumerate(_address_forms(value)):
            if form == city_of(value):
                continue
            what = f"{who}地址" if i == 0 else f"{who}地址的一部分“{form}”"
            needles.add(re.escape(form), what, f"address:{form}")


_GENERIC = (
    (_ID_RE, "疑似身份证号码", "id"), (_OLD_ID_RE, "疑似身份证号码（15位）", "id"),
    (_CREDIT_RE, "疑似统一社会信用代码", "credit"), (_MOBILE_RE, "疑似手机号码", "phone"),
    (_LANDLINE_RE, "疑似固定电话号码", "phone"), (_ACCOUNT_RE, "疑似银行账号", "account"),
    (_CASE_NO_GENERIC.pattern, "疑似案号或文书编号", "caseno"), (_STREET_RE, "疑似详细地址", "address"),
)


def find_leaks(text: str, known: KnownData, *, accepted: Iterable[str] = ()) -> list[LeakHit]:
    """Every place in ``text`` where a datum of the case (or something that looks like an identity,
    telephone, account or case number, or a street address) appears, in the order of the text.

    ``accepted`` are keys the person has accepted as not personal data; their hits are left out.
    A hit inside a longer hit of another datum is not listed separately."""
    needles = _Needles()
    _person_needles(needles, known)
    _enterprise_needles(needles, known)
    _number_needles(needles, known)
    _address_needles(needles, known)
    skip = set(accepted)
    hits: list[LeakHit] = []
    for n in needles.items:
        if n.key in skip:
            continue
        for m in re.finditer(n.pattern, text or "", n.flags):
            if m.end() > m.start():
                hits.append(LeakHit(m.start(), m.end(), m.group(0), n.what, n.key))
    for pattern, what, kind in _GENERIC:
        for m in re.finditer(pattern, text or ""):
            found = m.group(0).strip()
            if len(found) < 2:
                continue
            key = f"pattern-{kind}:{re.sub(r'[^0-9A-Za-z' + _CN + ']', '', found)}"
            if key not in skip:
                hits.append(LeakHit(m.start(), m.end(), m.group(0), what, key))
    return _outermost(hits)


def _outermost(hits: Sequence[LeakHit]) -> list[LeakHit]:
    """The hits in text order, without one lying inside another: the data the record holds first
    (the longer first), then the patterns only where no known datum was found."""
    def span(h: LeakHit) -> int:
        return h.end - h.start

    known = sorted((h for h in hits if not h.key.startswith("pattern-")), key=lambda h: (h.start, -span(h)))
    out: list[LeakHit] = []
    for h in known:
        if not any(o.start <= h.start and h.end <= o.end for o in out):
            out.append(h)
    generic = sorted((h for h in hits if h.key.startswith("pattern-")), key=lambda h: (h.start, -span(h)))
    for h in generic:
        if not any(o.start < h.end and h.start < o.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: (h.start, -span(h)))
