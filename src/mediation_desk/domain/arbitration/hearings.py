"""The hearing calendar's rules: the 5-day hearing notice, the 3-day limit for a postponement
request (办案规则第三十八条), and how a clash with another hearing is explained."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from mediation_desk.domain.arbitration.records import Hearing
from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.deadlines import DayKind, DeadlineRule, WorkCalendar, due_date


# 办案规则第三十八条: a postponement is requested at the latest 3 days before the hearing.
_POSTPONEMENT_RULE = DeadlineRule(code="postponement_request", name="延期开庭申请期限", start_event="hearing_date",
                                  length=3, unit="day", day_kind=DayKind.WORKING,
                                  source="劳动人事争议仲裁办案规则第三十八条", confidence="[S]", direction="before")


def hearing_notice_due(hearing_day: date, calendar: WorkCalendar, rules: Mapping[str, DeadlineRule]) -> date:
    """The last day on which the hearing notice still leaves the 5 days (rule ``hearing_notice`` of
    ``rules``)."""
    return due_date("hearing_notice", hearing_day, calendar, rules=rules)


def postponement_request_due(hearing_day: date, calendar: WorkCalendar) -> date:
    """The last day a postponement may be requested (3 days before the hearing)."""
    return due_date(_POSTPONEMENT_RULE, hearing_day, calendar)


def conflict_message(other: Hearing, *, room: str, keys: set[str]) -> str:
    """Why a hearing cannot be put beside ``other``: the shared arbitrators (``keys``) or room, the
    other case, its day and time."""
    when = f"{numeric_date(other.starts_at.date())}{other.starts_at:%H:%M}至{other.ends_at:%H:%M}"
    same = [a.name for a in other.arbitrators if a.key in keys]
    who = f"仲裁员{'、'.join(same)}" if same else ""
    where = f"{other.room}" if other.room == room else ""
    if who and where:
        clash = f"{who}和{where}"
    else:
        clash = who or where
    return (f"时间冲突：{clash}在{when}已安排{other.case_number or '其他案件'}的开庭（{other.room}），"
            "请另选时间、仲裁员或仲裁庭室。")
