"""The column pickers of the work-records import: one column of the file (or none), and several
columns whose amounts are added up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QListWidgetItem


class ColumnChoice(QComboBox):
    """One column of the file, or none."""

    def set_columns(self, names: list[str], none_text: str) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(none_text, None)
        for i, name in enumerate(names):
            self.addItem(name, i)
        self.setCurrentIndex(max(0, self.findData(current)) if current is not None else 0)
        self.blockSignals(False)

    def column(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)

    def set_column(self, index: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(index)) if index is not None else 0)


class ColumnChecks(QListWidget):
    """Several columns (amounts that are added up)."""

    def set_columns(self, names: list[str]) -> None:
        chosen = set(self.columns())
        self.blockSignals(True)
        self.clear()
        for i, name in enumerate(names):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def columns(self) -> tuple[int, ...]:
        return tuple(int(self.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.count())
                     if self.item(r).checkState() == Qt.CheckState.Checked)

    def set_checked(self, columns: tuple[int, ...]) -> None:
        self.blockSignals(True)
        first = None
        for r in range(self.count()):
            item = self.item(r)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in columns
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on and first is None:
                first = item
        self.blockSignals(False)
        if first is not None:
            self.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtCenter)


__all__ = ["ColumnChecks", "ColumnChoice"]
