"""The program's one clock.

Every "today" and "now" of the program is read here, never from ``date.today()`` or
``datetime.now()`` directly, so that the tests can set the day they run on (a Saturday, a
statutory holiday, the last day of a year) and the program behaves as it would on that day.
``freeze`` shifts the clock by whole days: the time of day keeps running, so records made one
after the other keep their order.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

_offset = timedelta(0)


def _real_now() -> datetime:
    return datetime.now(timezone.utc).astimezone()


def now() -> datetime:
    """Aware local time; stored as ISO text with its offset."""
    return _real_now() + _offset


def today() -> date:
    """The local calendar day."""
    return now().date()


def freeze(on: date | None) -> None:
    """Make ``today()`` answer ``on`` (the time of day keeps running); ``None`` restores the
    real clock."""
    global _offset
    if on is None:
        _offset = timedelta(0)
        return
    _offset = timedelta(days=(on - _real_now().date()).days)


def is_frozen() -> bool:
    return _offset != timedelta(0)
