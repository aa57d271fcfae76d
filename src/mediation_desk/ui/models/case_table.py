"""The case list as a lazily paged table model over ``services.cases``."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from mediation_desk.domain.cases import CaseQuery, CaseSummary, SortKey
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.domain.users import Principal
from mediation_desk.services import cases as case_service
from mediation_desk.services.ports import UnitOfWork
from mediation_desk.ui.labels import format_date, label, list_text, money

log = logging.getLogger("mediation_desk.ui")

PAGE_SIZE = 200
CaseRole = Qt.ItemDataRole.UserRole + 1  # the row's CaseSummary

_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Pages of ``PAGE_SIZE`` cases fetched as the view scrolls (``canFetchMore``/``fetchMore``).

    ``set_query`` replaces filter and order and starts again from the first page; clicking a
    header sorts through ``sort`` on the columns the service can order by.
    """

    COL_NUMBER, COL_WORKER, COL_ID, COL_PHONE, COL_RESPONDENT, COL_PLATFORM, COL_INDUSTRY, \
        COL_AMOUNT, COL_RECEIVED, COL_STATUS, COL_HANDLER = range(11)
    SORT_KEYS: dict[int, SortKey] = {
        COL_NUMBER: SortKey.NUMBER,
        COL_WORKER: SortKey.WORKER,
        COL_AMOUNT: SortKey.AMOUNT,
        COL_RECEIVED: SortKey.RECEIVED,
        COL_STATUS: SortKey.STATUS,
    }

    load_failed = Signal(object)  # an AppError the view shows
    query_changed = Signal()

    def __init__(self, uow: UnitOfWork, principal: Principal, query: CaseQuery | None = None,
                 parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._uow, self._principal = uow, principal
        self._page_size = page_size
        self._query = query or CaseQuery()
        self._rows: list[CaseSummary] = []
        self._total = 0
        # No rows are inserted from inside another change's signals (rowsAboutToBeInserted, modelReset):
        # listeners connected later (proxies, views) would see the insert before the change itself.
        self._fetching = False
        self._headers = (self.tr("案号"), self.tr("申请人"), self.tr("身份证号"), self.tr("手机"),
                         self.tr("被申请人"), self.tr("平台"), self.tr("行业"), self.tr("请求金额"),
                         self.tr("收案日期"), self.tr("状态"), self.tr("承办人"))
        self._count()

    # ---- loading ----
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """Cases matching the query (loaded or not)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def _count(self) -> None:
        try:
            self._total = case_service.count_cases(self._uow, self._principal, self._query)
        except AppError as exc:
            self._total = 0
            self.load_failed.emit(exc)

    def set_query(self, query: CaseQuery) -> None:
        """New filter or order: forget the loaded rows and count again."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._count()
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False
        self.query_changed.emit()

    def refresh(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or len(self._rows) >= self._total:
            return
        self._fetching = True
        try:
            offset = len(self._rows)
            try:
                page = case_service.list_cases(self._uow, self._principal, self._query, offset=offset,
                                               limit=self._page_size)
            except AppError as exc:
                self._total = offset  # stop asking; the view says why
                self.load_failed.emit(exc)
                return
            if not page:
                self._total = offset  # the book shrank meanwhile
                return
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int:
        for i, c in enumerate(self._rows):
            if c.id == case_id:
                return i
        return -1

    def replace_case(self, summary: CaseSummary) -> None:
        """Show a changed case in place (after a status change), without reloading the list."""
        row = self.row_of(summary.id)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = replace(summary, handler=summary.handler or old.handler)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ---- the model ----
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section in self.SORT_KEYS:
                return self.tr("点击按此列排序")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        case = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_NUMBER, self.COL_RESPONDENT):
            return case.number if col == self.COL_NUMBER else case.respondent_names
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.COL_AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == CaseRole:
            return case
        return None

    def _display(self, case: CaseSummary, col: int) -> str:
        if col == self.COL_NUMBER:
            return case.number
        if col == self.COL_WORKER:
            return case.worker_name
        if col == self.COL_ID:
            return mask_id_number(case.worker_id_number)
        if col == self.COL_PHONE:
            return mask_phone(case.worker_phone)
        if col == self.COL_RESPONDENT:
            return list_text(case.respondent_names)
        if col == self.COL_PLATFORM:
            return case.platform
        if col == self.COL_INDUSTRY:
            return label(case.industry)
        if col == self.COL_AMOUNT:
            return money(case.total_claimed)
        if col == self.COL_RECEIVED:
            return format_date(case.received_on)
        if col == self.COL_STATUS:
            return label(case.status)
        if col == self.COL_HANDLER:
            return case.handler
        return ""

    # ---- sorting ----
    def sort_column(self) -> int:
        for col, key in self.SORT_KEYS.items():
            if key is self._query.sort:
                return col
        return -1

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return  # the service cannot order by this column; the view restores the indicator
        descending = order == Qt.SortOrder.DescendingOrder
        if key is self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))
