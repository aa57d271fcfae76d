"""The clock the services and the UI read (see ``domain/clock.py``)."""
from __future__ import annotations

from mediation_desk.domain.clock import freeze, now, today

__all__ = ["freeze", "now", "today"]
