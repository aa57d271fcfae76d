"""Small widget helpers shared by the case view's panels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFrame, QHeaderView, QScrollArea, QStyle, QTableView,
                               QTableWidget, QTableWidgetItem, QTabWidget, QTextEdit, QWidget)

from mediation_desk.domain.chinese_dates import numeric_date
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import format_yuan, parse_amount
from mediation_desk.services import clock
from mediation_desk.ui.labels import format_date, money


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
    edit = QDateEdit(to_qdate(d or clock.today()))
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
    """``3,200.50元`` whatever the interface language (text that goes into a document); empty for None."""
    return format_yuan(value) if value is not None else ""


def cn_day(d: date | None) -> str:
    """``2026年3月5日`` (documents and Chinese text use it whatever the interface language);
    a provisional date ends in ``（暂定）``."""
    return numeric_date(d) if d else ""


def yuan_text(value: Decimal | None) -> str:
    """An amount as the interface shows it: ``3,200.50元``, in English ``3,200.50 yuan``; empty for None."""
    return money(value)


def day_text(d: date | None) -> str:
    """A date as the interface shows it: ``2026年3月5日``, in English ``2026-03-05``; empty for None."""
    return format_date(d) if d else ""


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


VISIBLE_ROWS = 5  # every table shows at least this many rows, also on a 1366×768 screen
READABLE_LINES = 14  # a read-only text pane (an assessment, a result) shows at least this many lines


def rows_height(view: QTableView, rows: int = VISIBLE_ROWS) -> int:
    """The height ``view`` needs to show ``rows`` rows under its header (room for a horizontal scroll bar)."""
    header = view.horizontalHeader()
    head = header.sizeHint().height() if not header.isHidden() else 0
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return head + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + bar + 2


def whole_headers(view: QTableView) -> None:
    """No column narrower than its header's text (sections sized by hand or by default, e.g. before
    the table has rows)."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for c in range(model.columnCount()):
        if header.isSectionHidden(c) or header.sectionResizeMode(c) is not QHeaderView.ResizeMode.Interactive:
            continue
        hint = header.sectionSizeHint(c)
        if header.sectionSize(c) < hint:
            header.resizeSection(c, hint)


def keep_rows_visible(root: QWidget, rows: int = VISIBLE_ROWS) -> None:
    """Every table under ``root`` at least ``rows`` rows high (its layout, or the scroll area holding
    ``root``, makes the room) and its headers whole."""
    for view in root.findChildren(QTableView):
        need = rows_height(view, rows)
        if view.maximumHeight() < need:
            view.setMaximumHeight(need)
        if view.minimumHeight() < need:
            view.setMinimumHeight(need)
        whole_headers(view)
        model = view.model()
        if model is not None:
            fit = guarded(view, lambda *_a, v=view: whole_headers(v))
            model.modelReset.connect(fit)
            model.headerDataChanged.connect(fit)
            model.columnsInserted.connect(fit)


def keep_text_readable(root: QWidget, lines: int = READABLE_LINES) -> None:
    """Every read-only text pane under ``root`` (assessments, results, previews) at least ``lines``
    lines high, so a layout short of room does not squeeze it to a sliver."""
    for pane in root.findChildren(QTextEdit):
        if not pane.isReadOnly():
            continue
        need = lines * pane.fontMetrics().lineSpacing() + 2 * pane.frameWidth() + 8
        if pane.maximumHeight() < need:
            continue  # a pane kept small on purpose (a one-line status)
        if pane.minimumHeight() < need:
            pane.setMinimumHeight(need)


class PanelScroll(QScrollArea):
    """A tab's panel in a scroll area: on a small screen the panel keeps its tables' rows and scrolls."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        keep_rows_visible(panel)
        keep_text_readable(panel)
        self.setWidget(panel)


class PanelTabs(QTabWidget):
    """A QTabWidget whose pages may be panels in a ``PanelScroll``; the panel itself is what
    ``widget``, ``currentWidget``, ``indexOf`` and ``setCurrentWidget`` deal in."""

    def add_panel(self, index: int, panel: QWidget, title: str) -> int:
        return self.insertTab(index, PanelScroll(panel), title)

    def widget(self, index: int) -> QWidget:  # noqa: D102 - Qt's name
        page = super().widget(index)
        return page.widget() if isinstance(page, PanelScroll) else page

    def currentWidget(self) -> QWidget:  # noqa: N802 - Qt's name
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        for i in range(self.count()):
            if self.widget(i) is widget or super().widget(i) is widget:
                return i
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
