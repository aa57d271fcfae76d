"""Automatic backups: when one is due, where they go, how many are kept, and the record of each.

The backup itself is written by the storage layer; this module decides and records, and
knows the result only through the small ``BackupFacts`` protocol.
"""

from __future__ import annotations

import ntpath
import posixpath
from dataclasses import dataclass
from datetime import datetime, timedelta
from os import PathLike
from typing import Protocol

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.services.ports import UnitOfWork

KEY_INTERVAL_HOURS = "backup.interval_hours"
KEY_KEEP = "backup.keep"
KEY_FOLDER = "backup.folder"
KEY_LAST_AT = "backup.last_at"

DEFAULT_INTERVAL_HOURS = 24  # daily
DEFAULT_KEEP = 14
MIN_INTERVAL_HOURS, MAX_INTERVAL_HOURS = 1, 720
MIN_KEEP, MAX_KEEP = 1, 365


@dataclass(frozen=True)
class BackupSettings:
    interval_hours: int = DEFAULT_INTERVAL_HOURS
    keep: int = DEFAULT_KEEP
    folder: str = ""  # empty: the book's own backups folder
    last_at: datetime | None = None


class BackupFacts(Protocol):
    """What a finished backup reports (``storage.maintenance.BackupInfo`` has these)."""

    path: PathLike[str] | str
    size_bytes: int
    sha256: str
    created_at: datetime
    book_id: str
    case_count: int


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.astimezone()  # naive values are local time


def backup_due(last: datetime | None, now: datetime, interval_hours: int) -> bool:
    """True when no backup was made yet, the interval has passed, or the clock went back past the last one."""
    if last is None:
        return True
    last, now = _aware(last), _aware(now)
    if last > now:  # the clock was set back: do not wait until it catches up
        return True
    return now - last >= timedelta(hours=interval_hours)


def next_backup_at(last: datetime | None, now: datetime, interval_hours: int) -> datetime:
    if backup_due(last, now, interval_hours):
        return _aware(now)
    return _aware(last) + timedelta(hours=interval_hours)  # type: ignore[arg-type]


def validate_backup_settings(interval_hours: object, keep: object, folder: object) -> tuple[int, int, str]:
    errors: dict[str, str] = {}
    if isinstance(interval_hours, bool) or not isinstance(interval_hours, int) or not (
            MIN_INTERVAL_HOURS <= interval_hours <= MAX_INTERVAL_HOURS):
        errors[KEY_INTERVAL_HOURS] = f"自动备份间隔应为{MIN_INTERVAL_HOURS}至{MAX_INTERVAL_HOURS}小时之间的整数"
    if isinstance(keep, bool) or not isinstance(keep, int) or not (MIN_KEEP <= keep <= MAX_KEEP):
        errors[KEY_KEEP] = f"保留的备份份数应为{MIN_KEEP}至{MAX_KEEP}之间的整数"
    text = "" if folder is None else str(folder).strip()
    if text and not (posixpath.isabs(text) or ntpath.isabs(text)):
        errors[KEY_FOLDER] = "备份文件夹须为完整路径（例如 D:\\案件库备份），或留空使用默认位置"
    elif "\x00" in text or len(text) > 1000:
        errors[KEY_FOLDER] = "备份文件夹路径无效"
    if errors:
        raise ValidationError(errors)
    return interval_hours, keep, text  # type: ignore[return-value]


def _parse_last(raw: object) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(str(raw))
    except ValueError:
        return None  # an unreadable stamp only makes the next backup due now


def _int_setting(raw: object, default: int, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
        return default
    return raw


def get_backup_settings(uow: UnitOfWork) -> BackupSettings:
    with uow.read() as tx:
        s = tx.settings
        return BackupSettings(
            interval_hours=_int_setting(s.get(KEY_INTERVAL_HOURS), DEFAULT_INTERVAL_HOURS, MIN_INTERVAL_HOURS,
                                        MAX_INTERVAL_HOURS),
            keep=_int_setting(s.get(KEY_KEEP), DEFAULT_KEEP, MIN_KEEP, MAX_KEEP),
            folder=str(s.get(KEY_FOLDER) or ""),
            last_at=_parse_last(s.get(KEY_LAST_AT)),
        )


def set_backup_settings(uow: UnitOfWork, actor: Principal, interval_hours: int, keep: int,
                        folder: str | None) -> BackupSettings:
    """Change the schedule; administrators only; audited with the old and new values."""
    actor.require(Permission.MANAGE_BACKUPS)
    interval_hours, keep, folder_text = validate_backup_settings(interval_hours, keep, folder)
    before = get_backup_settings(uow)
    with uow.write() as tx:
        tx.settings.set(KEY_INTERVAL_HOURS, interval_hours)
        tx.settings.set(KEY_KEEP, keep)
        tx.settings.set(KEY_FOLDER, folder_text)
        changes = {k: [old, new] for k, old, new in (
            ("interval_hours", before.interval_hours, interval_hours), ("keep", before.keep, keep),
            ("folder", before.folder, folder_text)) if old != new}
        tx.audit.append(actor=actor.username, action="backup.settings", entity="settings", entity_id="backup",
                        changes=changes)
    return BackupSettings(interval_hours=interval_hours, keep=keep, folder=folder_text, last_at=before.last_at)


def record_backup(uow: UnitOfWork, actor: Principal | str, info: BackupFacts) -> None:
    """Note a finished backup: ``backup.last_at`` and an audit row, in one transaction.

    No permission is needed: automatic backups run for whoever is logged in.
    """
    name = actor.username if isinstance(actor, Principal) else str(actor)
    path = str(info.path)
    with uow.write() as tx:
        tx.settings.set(KEY_LAST_AT, _aware(info.created_at).isoformat())
        tx.audit.append(actor=name, action="backup.create", entity="book", entity_id=info.book_id,
                        changes={"file": path, "size": info.size_bytes, "sha256": info.sha256,
                                 "cases": info.case_count, "created_at": _aware(info.created_at).isoformat()})
