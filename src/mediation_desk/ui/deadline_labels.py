"""Statutory deadlines in the interface language: rule names, legal sources, periods, statuses,
the provisional mark (暂定) with its reason, and the reminder at log-in.

The rules are data (``resources/jurisdiction/deadline_rules.json``); their Chinese names and
sources are listed here once so ``pyside6-lupdate`` extracts them into the "deadlines" context,
and ``tests/gui/test_deadline_labels.py`` checks every rule of the data file is listed. A text
that is not listed is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_desk.domain.deadlines import DeadlineStatus
from mediation_desk.domain.provisional_dates import years_text

_CTX = "deadlines"

STATUSES = {
    DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("deadlines", "已逾期"),
    DeadlineStatus.TODAY: QT_TRANSLATE_NOOP("deadlines", "今日到期"),
    DeadlineStatus.THIS_WEEK: QT_TRANSLATE_NOOP("deadlines", "7日内到期"),
    DeadlineStatus.LATER: QT_TRANSLATE_NOOP("deadlines", "未到期"),
    DeadlineStatus.CALENDAR_GAP: QT_TRANSLATE_NOOP("deadlines", "缺少节假日数据，无法计算"),
}

CATALOG = (
    # rule names
    QT_TRANSLATE_NOOP("deadlines", "调解期限"),
    QT_TRANSLATE_NOOP("deadlines", "受理审查期限"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁申请书副本送达期限"),
    QT_TRANSLATE_NOOP("deadlines", "答辩期限"),
    QT_TRANSLATE_NOOP("deadlines", "答辩书副本送达期限"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁庭组成通知期限"),
    QT_TRANSLATE_NOOP("deadlines", "开庭通知期限"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁裁决期限"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁裁决期限（经批准延长）"),
    QT_TRANSLATE_NOOP("deadlines", "不服仲裁裁决起诉期限"),
    QT_TRANSLATE_NOOP("deadlines", "申请撤销终局裁决期限"),
    QT_TRANSLATE_NOOP("deadlines", "撤销终局裁决申请期限（劳动者起诉被驳回或撤诉后）"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁裁决被撤销后起诉期限"),
    QT_TRANSLATE_NOOP("deadlines", "支付令清偿或异议期限"),
    QT_TRANSLATE_NOOP("deadlines", "调解协议仲裁审查申请期限"),
    QT_TRANSLATE_NOOP("deadlines", "调解协议司法确认申请期限"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁时效"),
    QT_TRANSLATE_NOOP("deadlines", "仲裁时效（劳动关系终止后追索劳动报酬）"),
    QT_TRANSLATE_NOOP("deadlines", "法律援助审查决定期限"),
    QT_TRANSLATE_NOOP("deadlines", "指派法律援助人员期限"),
    QT_TRANSLATE_NOOP("deadlines", "法院委派（委托）调解期限"),
    # sources
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第十四条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第二十九条；劳动人事争议仲裁办案规则第三十条、第三十一条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第三十条第一款；劳动人事争议仲裁办案规则第三十三条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第三十条第二款；劳动人事争议仲裁办案规则第三十三条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第三十二条；劳动人事争议仲裁办案规则第三十七条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第三十五条；劳动人事争议仲裁办案规则第三十八条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条、第四十六条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第四十三条；劳动人事争议仲裁办案规则第四十五条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第四十八条、第五十条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第四十九条"),
    QT_TRANSLATE_NOOP("deadlines", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）（法释〔2020〕26号）第二十一条第二款"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第四十九条第二款"),
    QT_TRANSLATE_NOOP("deadlines", "民事诉讼法（2023年修正）第二百二十七条第二款；劳动争议调解仲裁法第十六条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动人事争议仲裁办案规则第四章第二节；人力资源社会保障部、最高人民法院《关于劳动人事争议仲裁与诉讼衔接有关问题的意见（一）》（人社部发〔2022〕9号）"),
    QT_TRANSLATE_NOOP("deadlines", "民事诉讼法（2023年修正）第二百零五条；人民调解法第三十三条"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第二十七条第一款至第三款"),
    QT_TRANSLATE_NOOP("deadlines", "劳动争议调解仲裁法第二十七条第四款"),
    QT_TRANSLATE_NOOP("deadlines", "法律援助法第四十三条第一款"),
    QT_TRANSLATE_NOOP("deadlines", "最高人民法院关于人民法院特邀调解的规定（法释〔2016〕14号）第二十条"),
)

_PERIOD = re.compile(r"^(\d+)(日|个月|年)(?:（(自然日|工作日)）)?$")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(status: DeadlineStatus) -> str:
    return _t(STATUSES.get(status, status.label))


def rule_name(name: str) -> str:
    return _t(name)


def source_text(source: str) -> str:
    """A rule's source; a combined one (``A；B`` after an extension) part by part."""
    whole = _t(source)
    if whole != source or "；" not in source:
        return whole
    return QCoreApplication.translate("deadlines", "；").join(_t(part) for part in source.split("；"))


def period_text(period: str) -> str:
    """``45日（自然日）`` -> ``45 calendar days``; ``5日（工作日）``; ``1年``; ``3个月``."""
    m = _PERIOD.match(period or "")
    if not m:
        return period
    n, unit, kind = int(m.group(1)), m.group(2), m.group(3)
    if unit == "年":
        return QCoreApplication.translate("deadlines", "{n}年").format(n=n)
    if unit == "个月":
        return QCoreApplication.translate("deadlines", "{n}个月").format(n=n)
    if kind == "工作日":
        return QCoreApplication.translate("deadlines", "{n}日（工作日）").format(n=n)
    return QCoreApplication.translate("deadlines", "{n}日（自然日）").format(n=n)


def mark() -> str:
    """暂定 / provisional."""
    return QCoreApplication.translate("deadlines", "暂定")


def provisional_reason(years: Iterable[int]) -> str:
    years = list(years)
    text = QCoreApplication.translate("deadlines", "{years}年的节假日安排（国务院办公厅通知）尚未录入：本日期按周末和法定节假日推算，未计调休上班日和连休安排，录入通知后自动重新计算")  # noqa: E501
    return text.format(years=years_text(years, QCoreApplication.translate("deadlines", "、")))


def reminder_text(overview: Any) -> str:
    """The reminder at log-in (a ``services.deadlines.DeadlineOverview``); empty when there is nothing
    to say. In Chinese it is the service's ``reminder``."""
    parts = []
    if overview.overdue:
        parts.append(QCoreApplication.translate("deadlines", "{n}项已逾期").format(n=overview.overdue))
    if overview.due_today:
        parts.append(QCoreApplication.translate("deadlines", "{n}项今日到期").format(n=overview.due_today))
    if overview.this_week:
        parts.append(QCoreApplication.translate("deadlines", "{n}项7日内到期").format(n=overview.this_week))
    text = QCoreApplication.translate("deadlines", "法定期限提醒：{parts}。").format(parts=QCoreApplication.translate("deadlines", "，").join(parts)) if parts else ""
    if overview.urgent_provisional:
        text += QCoreApplication.translate("deadlines", "其中{n}项的到期日为暂定。").format(n=overview.urgent_provisional)
    if overview.provisional:
        text += QCoreApplication.translate("deadlines", "共{n}项期限的到期日为暂定：{reason}。").format(
            n=overview.provisional, reason=provisional_reason(overview.provisional_years))
    return text
