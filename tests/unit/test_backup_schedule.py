"""When an automatic backup is due, and which backup settings are accepted."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.domain.users import Principal, Role
from mediation_desk.services import backups
from mediation_desk.services.backups import backup_due, next_backup_at, validate_backup_settings

CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 10, 9, 30, tzinfo=CST)


def test_defaults_are_daily_keep_fourteen() -> None:
    s = backups.BackupSettings()
    assert (s.interval_hours, s.keep, s.folder, s.last_at) == (24, 14, "", None)
    assert (backups.KEY_INTERVAL_HOURS, backups.KEY_KEEP, backups.KEY_FOLDER, backups.KEY_LAST_AT) == (
        "backup.interval_hours", "backup.keep", "backup.folder", "backup.last_at")


def test_never_backed_up_is_due() -> None:
    assert backup_due(None, NOW, 24)


@pytest.mark.parametrize(("hours_ago", "interval", "due"), [
    (0, 24, False), (23.99, 24, False), (24, 24, True), (30, 24, True),
    (0.5, 1, False), (1, 1, True), (719, 720, False), (720, 720, True),
])
def test_interval(hours_ago: float, interval: int, due: bool) -> None:
    assert backup_due(NOW - timedelta(hours=hours_ago), NOW, interval) is due


def test_clock_set_back_makes_a_backup_due() -> None:
    assert backup_due(NOW + timedelta(days=30), NOW, 24)


def test_time_zones_are_compared_as_instants() -> None:
    last_utc = (NOW - timedelta(hours=23)).astimezone(timezone.utc)
    assert not backup_due(last_utc, NOW, 24)
    assert backup_due(last_utc - timedelta(hours=1), NOW, 24)


def test_naive_times_are_local() -> None:
    now = datetime(2025, 3, 10, 9, 30)
    assert not backup_due(now - timedelta(hours=2), now, 24)
    assert backup_due(now - timedelta(hours=25), now, 24)
    assert not backup_due(now.astimezone() - timedelta(hours=2), now, 24)


def test_next_backup_at() -> None:
    last = NOW - timedelta(hours=20)
    assert next_backup_at(last, NOW, 24) == last + timedelta(hours=24)
    assert next_backup_at(None, NOW, 24) == NOW


@pytest.mark.parametrize(("interval", "keep", "folder"), [
    (1, 1, ""), (720, 365, None), (24, 14, "/srv/backups"), (168, 30, "D:\\案件库备份"), (6, 7, "  /tmp/x  "),
])
def test_valid_settings(interval, keep, folder) -> None:  # noqa: ANN001
    i, k, f = validate_backup_settings(interval, keep, folder)
    assert (i, k) == (interval, keep) and f == ("" if folder is None else folder.strip())


@pytest.mark.parametrize(("interval", "keep", "folder", "field"), [
    (0, 14, "", "backup.interval_hours"),
    (721, 14, "", "backup.interval_hours"),
    (-5, 14, "", "backup.interval_hours"),
    (2.5, 14, "", "backup.interval_hours"),
    ("24", 14, "", "backup.interval_hours"),
    (True, 14, "", "backup.interval_hours"),
    (24, 0, "", "backup.keep"),
    (24, 366, "", "backup.keep"),
    (24, None, "", "backup.keep"),
    (24, 14, "relative/folder", "backup.folder"),
    (24, 14, "/bad\x00path", "backup.folder"),
])
def test_invalid_settings_name_the_field_in_chinese(interval, keep, folder, field) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        validate_backup_settings(interval, keep, folder)
    assert field in info.value.fields
    message = info.value.fields[field]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    assert info.value.zh.startswith("输入有误")


def test_set_settings_checks_permission_before_anything() -> None:
    mediator = Principal(user_id=2, username="li", display_name="李调解员", role=Role.MEDIATOR)
    with pytest.raises(PermissionDenied) as info:
        backups.set_backup_settings(None, mediator, 24, 14, "")  # type: ignore[arg-type]
    assert "管理备份" in info.value.zh


def test_set_settings_validates_before_touching_the_book() -> None:
    admin = Principal(user_id=1, username="admin", display_name="管理员", role=Role.ADMINISTRATOR)
    with pytest.raises(ValidationError):
        backups.set_backup_settings(None, admin, 0, 14, "")  # type: ignore[arg-type]
