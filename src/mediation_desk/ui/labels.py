"""Domain labels (Chinese, from the enums' ``.label``) shown in the UI language.

The catalog lists every label once so ``pyside6-lupdate`` extracts it into the "labels" context;
``tests/gui/test_translations.py`` checks the catalog covers every enum the UI shows.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTranslator

from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.provisional_dates import ProvisionalDate
from mediation_desk.ui.errors import current_lang

CATALOG = (
    # CaseStatus
    QT_TRANSLATE_NOOP("labels", "登记"),
    QT_TRANSLATE_NOOP("labels", "受理审查"),
    QT_TRANSLATE_NOOP("labels", "调解中"),
    QT_TRANSLATE_NOOP("labels", "已达成调解协议"),
    QT_TRANSLATE_NOOP("labels", "仲裁中"),
    QT_TRANSLATE_NOOP("labels", "已裁决"),
    QT_TRANSLATE_NOOP("labels", "移送法院"),
    QT_TRANSLATE_NOOP("labels", "已结案"),
    QT_TRANSLATE_NOOP("labels", "已撤回"),
    QT_TRANSLATE_NOOP("labels", "中止"),
    # Industry
    QT_TRANSLATE_NOOP("labels", "外卖配送"),
    QT_TRANSLATE_NOOP("labels", "网约车"),
    QT_TRANSLATE_NOOP("labels", "快递"),
    QT_TRANSLATE_NOOP("labels", "网约货运"),
    QT_TRANSLATE_NOOP("labels", "家政"),
    QT_TRANSLATE_NOOP("labels", "网络主播"),
    QT_TRANSLATE_NOOP("labels", "其他"),
    # ClaimKind
    QT_TRANSLATE_NOOP("labels", "拖欠劳动报酬"),
    QT_TRANSLATE_NOOP("labels", "低于最低工资标准差额"),
    QT_TRANSLATE_NOOP("labels", "加班费"),
    QT_TRANSLATE_NOOP("labels", "法定节假日加班工资"),
    QT_TRANSLATE_NOOP("labels", "退还押金、保证金"),
    QT_TRANSLATE_NOOP("labels", "返还违法罚款、扣款"),
    QT_TRANSLATE_NOOP("labels", "确认劳动关系"),
    QT_TRANSLATE_NOOP("labels", "未签书面劳动合同二倍工资差额"),
    QT_TRANSLATE_NOOP("labels", "解除劳动合同经济补偿"),
    QT_TRANSLATE_NOOP("labels", "违法解除劳动合同赔偿金"),
    QT_TRANSLATE_NOOP("labels", "社会保险"),
    QT_TRANSLATE_NOOP("labels", "工伤（职业伤害）待遇"),
    QT_TRANSLATE_NOOP("labels", "返还扣押的证件"),
    # PartySide
    QT_TRANSLATE_NOOP("labels", "申请人"),
    QT_TRANSLATE_NOOP("labels", "被申请人"),
    QT_TRANSLATE_NOOP("labels", "代理人"),
    QT_TRANSLATE_NOOP("labels", "第三人"),
    # IntakeChannel
    QT_TRANSLATE_NOOP("labels", "书面申请"),
    QT_TRANSLATE_NOOP("labels", "口头申请（已制作笔录）"),
    QT_TRANSLATE_NOOP("labels", "转来"),
    # EnterpriseRole
    QT_TRANSLATE_NOOP("labels", "平台企业"),
    QT_TRANSLATE_NOOP("labels", "劳务派遣"),
    QT_TRANSLATE_NOOP("labels", "外包"),
    QT_TRANSLATE_NOOP("labels", "加盟"),
    QT_TRANSLATE_NOOP("labels", "代理"),
    QT_TRANSLATE_NOOP("labels", "劳务公司"),
    # Role
    QT_TRANSLATE_NOOP("labels", "管理员"),
    QT_TRANSLATE_NOOP("labels", "调解员"),
    QT_TRANSLATE_NOOP("labels", "仲裁员"),
    QT_TRANSLATE_NOOP("labels", "书记员"),
    QT_TRANSLATE_NOOP("labels", "法律援助律师"),
    # OrgKind
    QT_TRANSLATE_NOOP("labels", "劳动争议调解组织"),
    QT_TRANSLATE_NOOP("labels", "劳动人事争议仲裁委员会"),
    QT_TRANSLATE_NOOP("labels", "工会法律援助服务站点"),
    # ProposalSide
    QT_TRANSLATE_NOOP("labels", "申请人（劳动者）"),
    QT_TRANSLATE_NOOP("labels", "被申请人（企业）"),
    # PerformanceState
    QT_TRANSLATE_NOOP("labels", "待履行"),
    QT_TRANSLATE_NOOP("labels", "已履行"),
    QT_TRANSLATE_NOOP("labels", "部分履行"),
    QT_TRANSLATE_NOOP("labels", "逾期未履行"),
    # DefaultAdvice reasons (domain.mediation.advise_on_default)
    QT_TRANSLATE_NOOP("labels", "没有逾期未履行的约定。"),
    QT_TRANSLATE_NOOP("labels", "用人单位在协议约定期限内未支付劳动报酬、工伤医疗费、经济补偿或者赔偿金，劳动者可以持调解协议书向人民法院申请支付令（劳动争议调解仲裁法第十六条）；也可以就协议向人民法院起诉（最高人民法院劳动争议解释（一）第五十一条）。"),  # noqa: E501
    QT_TRANSLATE_NOOP("labels", "一方当事人在协议约定期限内不履行调解协议，另一方当事人可以依法申请仲裁（劳动争议调解仲裁法第十五条）。"),  # noqa: E501
    # ReferralStatus
    QT_TRANSLATE_NOOP("labels", "已转介，待决定"),
    QT_TRANSLATE_NOOP("labels", "已决定给予法律援助"),
    QT_TRANSLATE_NOOP("labels", "决定不给予法律援助"),
    QT_TRANSLATE_NOOP("labels", "已指派律师"),
    QT_TRANSLATE_NOOP("labels", "援助事项已办结"),
    # case event kinds of books written before the deadline vocabulary
    QT_TRANSLATE_NOOP("labels", "收案"),
    QT_TRANSLATE_NOOP("labels", "状态变更"),
)

_OLD_EVENT_KINDS = {"received": "收案", "status": "状态变更", "status_changed": "状态变更"}


def label(member: LabelledEnum) -> str:
    """The member's label in the UI language."""
    return QCoreApplication.translate("labels", member.label)


def label_text(chinese: str) -> str:
    return QCoreApplication.translate("labels", chinese)


def event_kind(kind: str) -> str:
    """A case event's name: the Chinese label of the deadline vocabulary
    (``resources/jurisdiction/deadline_rules.json``); in English the code in words."""
    if kind in _OLD_EVENT_KINDS:
        return label_text(_OLD_EVENT_KINDS[kind])
    if current_lang() == "en":
        return kind.replace("_", " ").capitalize()
    try:
        from mediation_desk import jurisdiction

        return jurisdiction.event_labels().get(kind, kind)
    except AppError:  # unreadable jurisdiction data must not hide the timeline
        return kind


def format_date(d: date | None) -> str:
    """``2026年3月5日`` in Chinese, ``2026-03-05`` in English; empty for None. A provisional
    date (a deadline counted before the year's holiday notice) carries its mark:
    ``2027年1月18日（暂定）`` / ``2027-01-18 (provisional)``."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = d.date()
    if current_lang() == "en":
        mark = QCoreApplication.translate("deadlines", "暂定") if isinstance(d, ProvisionalDate) else ""
        return d.isoformat() + (f" ({mark})" if mark else "")
    return numeric_date(d)  # a provisional date ends in （暂定）


def format_datetime(dt: datetime | None) -> str:
    """Local date and time to the minute, in the UI language's style."""
    if dt is None:
        return ""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    return f"{format_date(dt.date())} {dt:%H:%M}"


class DomainLabelTranslator(QTranslator):
    """The English of a service or domain constant wherever it is translated.

    A panel shows a constant as ``self.tr(text)`` (its own context) or ``label_text(text)`` (the
    "labels" context). Installed before the application's translator (so asked after it), this one
    answers a lookup the application's translator did not with the "labels" context's translation
    of the same Chinese text (``labels.CATALOG`` and ``domain_labels.DOMAIN_CATALOG``). One table of
    English labels thus serves every screen.
    """

    def __init__(self, translations: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translations = translations

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        if context == "labels" or not source:
            return None
        return self._translations.translate("labels", source, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def money(amount: Decimal | int | None) -> str:
    """An amount as the interface shows it: ``3,200.50元`` in Chinese, ``3,200.50 yuan`` in English;
    empty for None. (Documents format their own amounts.)"""
    if amount is None:
        return ""
    text = format_yuan(amount)
    return text.removesuffix("元") + " yuan" if current_lang() == "en" else text


def list_text(text: str) -> str:
    """Names joined with the Chinese enumeration comma (``甲公司、乙公司``), joined as the interface
    language joins them (``A Co., B Co.`` in English)."""
    return text.replace("、", ", ") if current_lang() == "en" and text else text


def join_names(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(names) if current_lang() == "en" else "、".join(names)


_PERIOD = re.compile(r"^(\d+)(日|个月|月|年)(?:（(自然日|工作日)）)?$")
_UNITS_EN = {"日": "day", "个月": "month", "月": "month", "年": "year"}


def deadline_period(text: str) -> str:
    """A deadline's length (``45日（自然日）``) in the interface language (``45 calendar days``)."""
    m = _PERIOD.match(text or "")
    if current_lang() != "en" or m is None:
        return text
    n, unit, kind = int(m.group(1)), _UNITS_EN[m.group(2)], m.group(3)
    if kind:
        return f"{n} {label_text(kind)}"
    return f"{n} {unit}{'s' if n != 1 else ''}"


_NUMERALS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(text: str) -> int:
    """``四十三`` -> 43, ``二百零五`` -> 205 (the article numbers of Chinese statutes)."""
    total, digit = 0, 0
    for ch in text:
        if ch in _NUMERALS:
            digit = _NUMERALS[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += (digit or 1) * 100
            digit = 0
    return total + digit


# Statutes and documents cited by the jurisdiction data, longest name first.
_STATUTES_EN = (
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）",
     "Supreme People's Court Interpretation (I) on the Application of Law in Labour Dispute Cases"),
    ("人力资源社会保障部、最高人民法院《关于劳动人事争议仲裁与诉讼衔接有关问题的意见（一）》",
     "MOHRSS and Supreme People's Court, Opinions (I) on the Link between Labour and Personnel Dispute "
     "Arbitration and Litigation"),
    ("最高人民法院关于人民法院特邀调解的规定",
     "Supreme People's Court Provisions on Specially Invited Mediation by the People's Courts"),
    ("劳动人事争议仲裁办案规则", "Rules for Handling Labour and Personnel Dispute Arbitration Cases"),
    ("劳动争议调解仲裁法", "Labour Dispute Mediation and Arbitration Law"),
    ("劳动合同法实施条例", "Implementing Regulations of the Labour Contract Law"),
    ("劳动合同法", "Labour Contract Law"),
    ("法律援助法", "Legal Aid Law"),
    ("民事诉讼法", "Civil Procedure Law"),
    ("人民调解法", "People's Mediation Law"),
    ("劳动法", "Labour Law"),
    ("人社部发", "MOHRSS document "),
    ("法释", "Fa Shi "),
    ("人社部摘要", "MOHRSS summary"),
)
_PARTS_EN = {"条": "art.", "款": "para.", "项": "item", "章": "ch.", "节": "sec."}
_PART = re.compile(r"第([零一二两三四五六七八九十百]+)(条|款|项|章|节)")


def citation(text: str) -> str:
    """A legal source (``劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条``) in the
    interface language. In English, statute names and article numbers are translated; a citation
    with anything not understood stays in Chinese (an exact Chinese source beats a guessed one)."""
    if current_lang() != "en" or not text:
        return text
    out = text
    for zh, en in _STATUTES_EN:
        out = out.replace(zh, f" {en} ")
    out = _PART.sub(lambda m: f" {_PARTS_EN[m.group(2)]} {_cn_number(m.group(1))}", out)
    out = re.sub(r"（(\d{4})年修正）", r" (\1 amendment)", out)
    out = re.sub(r"〔(\d{4})〕(\d+)号", r"[\1] No. \2", out)
    out = (out.replace("〔", "[").replace("〕", "] ").replace("号", "").replace("；", "; ").replace("、", ", ")
           .replace("至", " to ").replace("（", " (").replace("）", ")").replace("，", ", "))
    out = re.sub(r" +", " ", out).replace(" )", ")").replace("( ", "(").replace(" ,", ",").replace(" ;", ";").strip()
    return text if re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", out) else out
