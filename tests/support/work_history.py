"""Realistic platform order histories written as real XLSX and CSV exports."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

# How the rider app of 速达外卖 exports a month of orders (a title line above the header).
DELIVERY_TITLE = "速达外卖骑手订单明细（导出时间：2025-06-10）"
DELIVERY_HEADER = ["订单编号", "订单类型", "接单时间", "送达时间", "配送距离(公里)", "配送费(元)", "补贴(元)", "罚款(元)",
                   "备注"]
# 快跑出行's driver export: trips with a duration column, one total income column.
RIDE_HEADER = ["行程单号", "开始计费时间", "行程时长(分钟)", "乘客实付(元)", "司机收入(元)", "扣款(元)", "服务类型"]


@dataclass(frozen=True)
class Order:
    oid: str
    kind: str
    start: datetime
    end: datetime
    distance: Decimal
    fee: Decimal
    bonus: Decimal
    fine: Decimal
    remark: str = ""


def delivery_orders(*, first_monday: date = date(2025, 3, 3), weeks: int = 10, seed: int = 6,
                    days_per_week: int = 6) -> list[Order]:
    """A station rider's weeks: lunch and dinner shifts six days a week, orders of 15–35 minutes
    with short waits between them, a fine now and then, and some long dinner shifts with no
    20-minute break."""
    rng = random.Random(seed)
    out: list[Order] = []
    n = 0
    for week in range(weeks):
        rest_day = rng.randrange(7)
        rate = rng.randrange(700, 1050)  # fees vary with the platform's weekly incentives (fen per order)
        for day in range(7):
            if day == rest_day or (days_per_week < 6 and day >= days_per_week):
                continue
            d = first_monday + timedelta(days=7 * week + day)
            for shift_start, shift_hours in ((datetime(d.year, d.month, d.day, 10, 30), 3.5),
                                             (datetime(d.year, d.month, d.day, 16, 30), 4.5 + rng.random() * 1.5)):
                t = shift_start + timedelta(minutes=rng.randrange(0, 20))
                end_of_shift = shift_start + timedelta(hours=shift_hours)
                while t < end_of_shift:
                    minutes = rng.randrange(15, 36)
                    n += 1
                    fine = Decimal("0")
                    remark = ""
                    if rng.random() < 0.01:
                        fine, remark = Decimal("50.00"), "超时罚款"
                    elif rng.random() < 0.01:
                        fine, remark = Decimal("20.00"), "顾客差评扣款"
                    out.append(Order(
                        oid=f"SD{d:%Y%m%d}{n:05d}", kind="外卖配送" if rng.random() < 0.9 else "跑腿",
                        start=t, end=t + timedelta(minutes=minutes),
                        distance=Decimal(rng.randrange(8, 60)) / 10,
                        fee=Decimal(rng.randrange(rate - 250, rate + 250)) / 100,
                        bonus=Decimal("1.00") if rng.random() < 0.2 else Decimal("0"), fine=fine, remark=remark))
                    t = t + timedelta(minutes=minutes + rng.randrange(1, 12))
    return out


def _delivery_row(o: Order, *, as_text: bool) -> list:
    start: object = o.start.strftime("%Y-%m-%d %H:%M:%S") if as_text else o.start
    end: object = o.end.strftime("%Y-%m-%d %H:%M:%S") if as_text else o.end
    money = (lambda v: f"{v:.2f}") if as_text else float
    return [o.oid, o.kind, start, end, float(o.distance) if not as_text else f"{o.distance}", money(o.fee),
            money(o.bonus) if o.bonus else "", money(o.fine) if o.fine else "", o.remark]


def write_delivery_xlsx(path: Path, orders: list[Order], *, bad_rows: dict[int, tuple[int, object]] | None = None,
                        title: bool = True) -> Path:
    """The export as the app writes it: real date-time and number cells. ``bad_rows`` maps a sheet
    row number to (column index, value) to spoil that cell."""
    wb = Workbook()
    ws = wb.active
    ws.title = "订单明细"
    rows: list[list] = []
    if title:
        rows.append([DELIVERY_TITLE])
    rows.append(list(DELIVERY_HEADER))
    rows += [_delivery_row(o, as_text=False) for o in orders]
    for row_no, (col, value) in (bad_rows or {}).items():
        rows[row_no - 1][col] = value
    for r in rows:
        ws.append(r)
    for cell in ws["C"][1:] + ws["D"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    wb.save(path)
    return path


def write_delivery_csv(path: Path, orders: list[Order], *, column_order: list[int] | None = None,
                       encoding: str = "utf-8-sig") -> Path:
    """The same export as CSV text (optionally with the columns in another order)."""
    order = column_order or list(range(len(DELIVERY_HEADER)))
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerow([DELIVERY_HEADER[i] for i in order])
        for o in orders:
            row = _delivery_row(o, as_text=True)
            w.writerow([row[i] for i in order])
    return path


def ride_trips(*, first_monday: date = date(2025, 4, 7), weeks: int = 6, seed: int = 11) -> list[tuple]:
    """A part-time driver: evenings four days a week."""
    rng = random.Random(seed)
    trips = []
    n = 0
    for week in range(weeks):
        for day in (0, 2, 4, 5):
            d = first_monday + timedelta(days=7 * week + day)
            t = datetime(d.year, d.month, d.day, 18, rng.randrange(0, 30))
            for _ in range(rng.randrange(4, 8)):
                minutes = rng.randrange(12, 40)
                n += 1
                income = Decimal(rng.randrange(1200, 4500)) / 100
                trips.append((f"KP{n:06d}", t, minutes, income * Decimal("1.25"), income,
                              Decimal("5.00") if rng.random() < 0.05 else Decimal("0"), "快车"))
                t += timedelta(minutes=minutes + rng.randrange(5, 30))
    return trips


def write_ride_csv(path: Path, trips: list[tuple], *, encoding: str = "gb18030") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerow(RIDE_HEADER)
        for oid, start, minutes, paid, income, fine, kind in trips:
            w.writerow([oid, start.strftime("%Y/%m/%d %H:%M"), minutes, f"{paid:.2f}", f"{income:.2f}",
                        f"{fine:.2f}" if fine else "0", kind])
    return path
