"""The day the tests run on.

The whole suite runs on a fixed day (``DEFAULT_TODAY``), never on the machine's date, so a
result cannot change with the weekday, a holiday or the year end. ``MEDIATION_DESK_TEST_TODAY``
(ISO date) moves that day: ``scripts/test.sh`` runs the date-sensitive tests again on a
Saturday, inside a statutory holiday, on 12-31 and on 01-01.
"""
from __future__ import annotations

import os
from datetime import date

ENV_VAR = "MEDIATION_DESK_TEST_TODAY"
DEFAULT_TODAY = date(2026, 12, 3)  # a Thursday, an ordinary working day


def test_today() -> date:
    value = os.environ.get(ENV_VAR, "").strip()
    return date.fromisoformat(value) if value else DEFAULT_TODAY


TODAY = test_today()
