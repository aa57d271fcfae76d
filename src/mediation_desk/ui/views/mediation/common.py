"""What the mediation tab's sections share: the colours of a state and a read-only table's columns."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from mediation_desk.domain.mediation import PerformanceState

OK_STYLE = "color: #1e6b35;"
WARN_STYLE = "color: #8a5a00; font-weight: bold;"
OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
STATE_COLOURS = {PerformanceState.OVERDUE: "#b3261e", PerformanceState.PARTIAL: "#8a5a00",
                 PerformanceState.PERFORMED: "#1e6b35"}


def fit_columns(*tables: QTableWidget) -> None:
    """Columns as wide as their contents (a Designer form cannot say so)."""
    for table in tables:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def selected_row(table: QTableWidget, count: int) -> int | None:
    """The selected row of ``table`` holding ``count`` records, or None."""
    row = table.currentRow()
    return row if 0 <= row < count and table.selectedItems() else None
