"""Small widget helpers shared by the case view's panels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan, parse_amount


def guarded(widget: QWidget, fn: Callable[..., Any], default: Any = None) -> Callable[..., Any]:
    """``fn`` that does nothing once ``widget`` is gone (a result arriving after its panel closed)."""
    def call(*args: Any) -> Any:
        return fn(*args) if shiboken6.isValid(widget) else default
    return call


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date | None = None, *, not_after: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(d or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if not_after is not None:
        edit.setMaximumDate(to_qdate(not_after))
    return edit


def amount_or_none(text: str, key: str) -> Decimal | None:
    """A typed amount in yuan (``domain.money.parse_amount``), its error keyed to ``key``; blank is None."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except ValidationError as exc:
        raise ValidationError({key: next(iter(exc.fields.values()))}) from None


def yuan_or_blank(value: Decimal | None) -> str:
    return format_yuan(value) if value is not None else ""


def cn_day(d: date | None) -> str:
    """``2026年3月5日`` (documents and Chinese text use it whatever the interface language);
    a provisional date ends in ``（暂定）``."""
    return numeric_date(d) if d else ""


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None) -> None:
    """Rows of text (each cell's tooltip its full text); ``colours`` colours a row's last cell."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if colours and colours[r] and c == len(values) - 1:
                cell.setForeground(QColor(colours[r]))
            table.setItem(r, c, cell)
