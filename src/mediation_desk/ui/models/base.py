"""The base of the desk's read-only table models: one record (a read model from a service) per row.

A subclass names its columns once (``HEADERS``, Chinese source text marked with
``QT_TRANSLATE_NOOP`` in the subclass's own context, so the English translation applies), says
what a cell shows (``display``) and what else it has for other roles (``cell``). The base keeps
the rows, answers the row/column counts, headers, flags and the record role, and gives the
row access the views and tests use (``row_at``, ``row_of``, ``replace_row``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

RecordRole = Qt.ItemDataRole.UserRole + 1  # the row's record, in every table model of the desk
Index = QModelIndex | QPersistentModelIndex

R = TypeVar("R")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records of one kind, shown read-only, selectable."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    UNTRANSLATED_HEADERS: ClassVar[frozenset[str]] = frozenset()  # e.g. "SHA-256"
    CONTEXT: ClassVar[str] = ""  # the translation context of HEADERS (the subclass's name by default)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        context = self.CONTEXT or type(self).__name__
        self._headers = tuple(text if text in self.UNTRANSLATED_HEADERS else QCoreApplication.translate(context, text)
                              for text in self.HEADERS)

    # ---- rows ----
    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @staticmethod
    def record_id(record: R) -> object:
        return getattr(record, "id")

    def row_of(self, record_id: object) -> int:
        return next((i for i, r in enumerate(self._rows) if self.record_id(r) == record_id), -1)

    def replace_row(self, record: R) -> int:
        """Show a changed record in place; returns its row (-1 when it is not shown)."""
        row = self.row_of(self.record_id(record))
        if row >= 0:
            self._rows[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def _append_rows(self, records: Sequence[R]) -> None:
        if not records:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._rows.extend(records)
        self.endInsertRows()

    # ---- what a cell shows (subclasses) ----
    def display(self, record: R, column: int) -> str:
        raise NotImplementedError

    def cell(self, record: R, column: int, role: int) -> Any:
        """Any role but display and the record role; None by default."""
        return None

    def header_cell(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        """Header roles other than the horizontal display text; None by default."""
        return None

    # ---- QAbstractTableModel ----
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return self.header_cell(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == RecordRole:
            return record
        return self.cell(record, index.column(), role)
