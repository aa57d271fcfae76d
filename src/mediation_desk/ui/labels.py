"""Domain labels (Chinese, from the enums' ``.label``) shown in the UI language.

The catalog lists every label once so ``pyside6-lupdate`` extracts it into the "labels" context;
``tests/gui/test_translations.py`` checks the catalog covers every enum the UI shows.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.cases import LabelledEnum
from mediation_desk.domain.errors import AppError
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
    # case event kinds of books written before the deadline vocabulary
    QT_TRANSLATE_NOOP("labels", "收案"),
    QT_TRANSLATE_NOOP("labels", "状态变更"),
)

_OLD_EVENT_KINDS = {"received": "收案", "status": "状态变更", "status_changed": "状态变更"}


def label(member: LabelledEnum) -> str:
    """The member's label in the UI language."""
    return QCoreApplication.translate("labels", member.label)  # type: ignore[attr-defined]


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
    mark = ""
    if isinstance(d, ProvisionalDate):
        mark = QCoreApplication.translate("deadlines", "暂定")
    if current_lang() == "en":
        return d.isoformat() + (f" ({mark})" if mark else "")
    return f"{d.year}年{d.month}月{d.day}日" + (f"（{mark}）" if mark else "")


def format_datetime(dt: datetime | None) -> str:
    """Local date and time to the minute, in the UI language's style."""
    if dt is None:
        return ""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    return f"{format_date(dt.date())} {dt:%H:%M}"
