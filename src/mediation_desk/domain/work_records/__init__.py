"""Working time and pay from a platform's order and earnings history (pure computation).

A worker's order list (exported from the rider or driver app, or copied from screenshots into a
sheet) is read row by row (:func:`parse_rows` with a :class:`ColumnMapping`, which
:func:`guess_mapping` proposes from the usual Chinese headers) into :class:`WorkRecord` values;
:func:`compute_metrics` turns them into :class:`WorkMetrics` per ISO week and for the whole
period. The figures carry the name and SHA-256 of the file they come from so that a document
can cite them.

How time is counted (thresholds are data, ``resources/jurisdiction/work_record_thresholds.json``):

* Orders are intervals ``[start, end)``. Overlapping orders (a batch of deliveries) and orders
  that touch are merged, so no minute is counted twice.
* A gap between orders shorter than ``break_minutes`` (20, Nanchang plan item 6) is not a break:
  the worker is waiting for or riding to the next order. Such gaps belong to the *stretch* of
  continuous work; a gap of 20 minutes or more ends the stretch.
* ``delivery_hours`` (接单配送时长) is the total length of the stretches: the time from taking
  the first order of a stretch to delivering its last one, short waits between orders included.
  ``hours_on_orders`` (订单内时长) counts only the minutes inside orders. Neither is the time the
  worker was logged in to the app (在线时长): an order history does not record it, and the
  figures are never called so.
* A stretch longer than ``continuous_work_limit_hours`` (4 h) is a stretch without the break the
  plan asks for ("连续工作超过4小时的，应当设置不少于20分钟的工间休息时间").
* Hours are split at midnight and belong to the calendar day (and ISO week) they fall on;
  orders, money and stretches belong to the day on which they start.
* A record with no duration and no earnings (a fine entered on its own) adds its deduction but
  is not counted as an order.
* Effective hourly earnings = (earnings − deductions) ÷ 接单配送时长, compared with the hourly
  minimum wage passed in (the part-time hourly standard, e.g. 一类 18.5 元 from 2021-04-01).

The package: :mod:`.rows` (the records), :mod:`.parsing` (reading a sheet, guessing its
columns), :mod:`.rules` (the thresholds file checked), :mod:`.metrics` (the figures) and
:mod:`.suggestions` (pre-filled worksheet answers and warning facts). Everything public is
re-exported here.
"""

from __future__ import annotations

from mediation_desk.domain.work_records.metrics import PeriodMetrics, Stretch, WorkMetrics, compute_metrics
from mediation_desk.domain.work_records.parsing import ColumnMapping, RowError, guess_mapping, parse_rows
from mediation_desk.domain.work_records.rows import WorkRecord
from mediation_desk.domain.work_records.rules import WorkRecordRules, rules_from_data
from mediation_desk.domain.work_records.suggestions import prefill_factors, warning_facts

__all__ = [
    "ColumnMapping",
    "PeriodMetrics",
    "RowError",
    "Stretch",
    "WorkMetrics",
    "WorkRecord",
    "WorkRecordRules",
    "compute_metrics",
    "guess_mapping",
    "parse_rows",
    "prefill_factors",
    "rules_from_data",
    "warning_facts",
]
