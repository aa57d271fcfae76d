"""Record versions against lost updates: what a desk is told when it saves over a newer version.

A record users edit at several desks (a case) carries a version, raised by one at each save. A save
names the version the desk read; when the record has moved on since, the save is refused with the
changes made in between (who, when, what, from the audit trail), so the desk can reload the record
and save again without losing what it typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from mediation_desk.domain.errors import ConflictError

# China Standard Time has had no daylight saving time since 1991: a fixed offset is exact.
_CHINA = timezone(timedelta(hours=8))

# What a change touched, as the desk's user reads it (zh, en).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "facts": ("案情", "facts"),
    "platform": ("平台", "platform"),
    "status": ("案件状态", "status"),
    "parties": ("当事人", "parties"),
    "claims": ("请求事项", "claims"),
}


@dataclass(frozen=True)
class RecordChange:
    """One saved change of a record after the version a desk read."""

    at: datetime  # when it was saved (aware, UTC)
    actor: str  # who saved it (display name)
    fields: tuple[str, ...]  # keys of FIELD_LABELS
    version: int  # the version the change made


def _when(at: datetime) -> tuple[str, str]:
    local = at.astimezone(_CHINA) if at.tzinfo else at.replace(tzinfo=timezone.utc).astimezone(_CHINA)
    return (f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}", f"{local:%Y-%m-%d %H:%M} (UTC+8)")


def _fields(keys: tuple[str, ...], lang: int) -> str:
    names = [FIELD_LABELS.get(k, (k, k))[lang] for k in keys] or (["内容"] if lang == 0 else ["details"])
    return ("、" if lang == 0 else ", ").join(names)


class StaleRecord(ConflictError):
    """A save over a newer version. ``changes`` are the saves made since, oldest first."""

    def __init__(self, zh: str, en: str, *, current_version: int, changes: tuple[RecordChange, ...]) -> None:
        super().__init__(zh, en)
        self.current_version = current_version
        self.changes = changes


def stale_record(what: tuple[str, str], *, read_version: int, current_version: int,
                 changes: list[RecordChange]) -> StaleRecord:
    """The refusal of a save over version ``current_version`` by a desk that read ``read_version``;
    ``what`` names the record (zh, en), e.g. ("案件 赣劳人调〔2026〕第3号", "case 赣劳人调〔2026〕第3号")."""
    ordered = tuple(sorted(changes, key=lambda c: c.version))
    lines_zh, lines_en = [], []
    for c in ordered:
        zh_at, en_at = _when(c.at)
        lines_zh.append(f"{c.actor}于{zh_at}修改了{_fields(c.fields, 0)}")
        lines_en.append(f"{c.actor} changed the {_fields(c.fields, 1)} at {en_at}")
    who_zh = "；".join(lines_zh) if lines_zh else "其他工作台已修改了该记录"
    who_en = "; ".join(lines_en) if lines_en else "another desk changed this record"
    zh = (f"{what[0]}在您打开后已被修改：{who_zh}。您的修改尚未保存；已为您载入最新内容，"
          f"您填写的内容仍保留，请核对后再保存。")
    en = (f"The {what[1]} was changed after you opened it: {who_en}. Your changes are not saved yet; the latest "
          f"version has been loaded and what you typed is kept: check it and save again.")
    return StaleRecord(zh, en, current_version=current_version, changes=ordered)
