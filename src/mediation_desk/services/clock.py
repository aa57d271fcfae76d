from __future__ import annotations

from datetime import date, datetime, timezone


def now() -> datetime:
    """Aware local time; stored as ISO text with its offset."""
    return datetime.now(timezone.utc).astimezone()


def today() -> date:
    return now().date()
