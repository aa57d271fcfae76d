"""The case list as a table model over ``services.cases``, read page by page on the worker thread.

The count of a query and its pages are read on the database worker (``ui.tasks.run_task``); the
model shows the rows when they arrive. An answer for an earlier query (the user typed on, or
changed a filter meanwhile) is dropped. The first page is read together with the count, so the
view's first ``fetchMore`` after ``query_changed`` shows it at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal

from mediation_desk.domain.cases import CaseQuery, CaseSummary, SortKey
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.domain.users import Principal
from mediation_desk.services import cases as case_service
from mediation_desk.services.ports import UnitOfWork
from mediation_desk.ui.labels import format_date, label, list_text, money
from mediation_desk.ui.models.base import Index, RecordRole, RecordTableModel
from mediation_desk.ui.tasks import run_task

log = logging.getLogger("mediation_desk.ui")

PAGE_SIZE = 200
CaseRole = RecordRole  # the row's CaseSummary

_Index = Index


def _count_and_first_page(uow: UnitOfWork, principal: Principal, query: CaseQuery, limit: int,
                          _progress: object) -> tuple[int, list[CaseSummary]]:
    """Worker: how many cases match, and the first page of them."""
    total = case_service.count_cases(uow, principal, query)
    page = case_service.list_cases(uow, principal, query, offset=0, limit=limit) if total else []
    return total, page


def _page(uow: UnitOfWork, principal: Principal, query: CaseQuery, offset: int, limit: int,
          _progress: object) -> list[CaseSummary]:
    """Worker: one page of the list."""
    return case_service.list_cases(uow, principal, query, offset=offset, limit=limit)


class CaseTableModel(RecordTableModel[CaseSummary]):
    """Pages of ``PAGE_SIZE`` cases fetched as the view scrolls (``canFetchMore``/``fetchMore``).

    ``set_query`` replaces filter and order and starts again from the first page; clicking a
    header sorts through ``sort`` on the columns the service can order by. ``query_changed`` is
    emitted once the new query's count is known (``total``); ``busy`` is True while a count or a
    page is being read.
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
    HEADERS = (QT_TRANSLATE_NOOP("CaseTableModel", "案号"), QT_TRANSLATE_NOOP("CaseTableModel", "申请人"),
               QT_TRANSLATE_NOOP("CaseTableModel", "身份证号"), QT_TRANSLATE_NOOP("CaseTableModel", "手机"),
               QT_TRANSLATE_NOOP("CaseTableModel", "被申请人"), QT_TRANSLATE_NOOP("CaseTableModel", "平台"),
               QT_TRANSLATE_NOOP("CaseTableModel", "行业"), QT_TRANSLATE_NOOP("CaseTableModel", "请求金额"),
               QT_TRANSLATE_NOOP("CaseTableModel", "收案日期"), QT_TRANSLATE_NOOP("CaseTableModel", "状态"),
               QT_TRANSLATE_NOOP("CaseTableModel", "承办人"))

    load_failed = Signal(object)  # an AppError the view shows
    query_changed = Signal()  # the new query's count has arrived
    rows_arrived = Signal()  # a page was added

    def __init__(self, uow: UnitOfWork, principal: Principal, query: CaseQuery | None = None,
                 parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._uow, self._principal = uow, principal
        self._page_size = page_size
        self._query = query or CaseQuery()
        self._total = 0
        self._generation = 0  # bumped by every new query: answers for an older one are dropped
        self._counting = False
        self._page_pending = False
        self._first_page: list[CaseSummary] | None = None  # read with the count, shown on the first fetchMore
        # No rows are inserted from inside another change's signals (rowsAboutToBeInserted, modelReset):
        # listeners connected later (proxies, views) would see the insert before the change itself.
        self._fetching = False
        self._count()

    # ---- loading ----
    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """Cases matching the query (loaded or not); the previous query's until the new count arrives."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def busy(self) -> bool:
        """A count or a page is being read on the worker."""
        return self._counting or self._page_pending

    def _title(self) -> str:
        return QCoreApplication.translate("CaseTableModel", "读取案件列表")

    def _answer(self, generation: int, then: Callable[[Any], None]) -> Callable[[Any], None]:
        """A callback that runs ``then`` only if the model still exists and the query is the same."""
        def done(value: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                then(value)
        return done

    def _failure(self, generation: int, then: Callable[[AppError], None]) -> Callable[[BaseException], bool]:
        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, AppError):
                if shiboken6.isValid(self) and generation == self._generation:
                    self._counting = self._page_pending = False
                return False  # shown as an unexpected error
            if shiboken6.isValid(self) and generation == self._generation:
                then(exc)
            return True
        return failed

    def _count(self) -> None:
        self._counting = True
        self._first_page = None
        generation = self._generation
        run_task(None, self._title(), _count_and_first_page, self._uow, self._principal, self._query,
                 self._page_size, on_done=self._answer(generation, self._counted),
                 on_error=self._failure(generation, self._count_failed), show_progress=False)

    def _counted(self, answer: tuple[int, list[CaseSummary]]) -> None:
        self._total, self._first_page = answer[0], list(answer[1])
        self._counting = False
        self.query_changed.emit()

    def _count_failed(self, exc: AppError) -> None:
        self._total = 0
        self._counting = False
        self.load_failed.emit(exc)
        self.query_changed.emit()

    def set_query(self, query: CaseQuery) -> None:
        """New filter or order: forget the loaded rows and count again (on the worker)."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._generation += 1
        self._page_pending = False
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False
        self._count()

    def refresh(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and not self.busy and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        if offset == 0 and self._first_page is not None:
            page, self._first_page = self._first_page, None
            self._add_page(page)
            return
        self._page_pending = True
        generation = self._generation
        run_task(None, self._title(), _page, self._uow, self._principal, self._query, offset, self._page_size,
                 on_done=self._answer(generation, self._page_arrived),
                 on_error=self._failure(generation, self._page_failed), show_progress=False)

    def _page_arrived(self, page: list[CaseSummary]) -> None:
        self._page_pending = False
        self._add_page(page)

    def _page_failed(self, exc: AppError) -> None:
        self._page_pending = False
        self._total = len(self._rows)  # stop asking; the view says why
        self.load_failed.emit(exc)

    def _add_page(self, page: list[CaseSummary]) -> None:
        if not page:
            self._total = len(self._rows)  # the book shrank meanwhile
            return
        self._fetching = True
        try:
            self._append_rows(page)
        finally:
            self._fetching = False
        self.rows_arrived.emit()

    def case_at(self, row: int) -> CaseSummary | None:
        return self.row_at(row)

    def replace_case(self, summary: CaseSummary) -> None:
        """Show a changed case in place (after a status change), without reloading the list."""
        old = self.case_at(self.row_of(summary.id))
        if old is not None:
            self.replace_row(replace(summary, handler=summary.handler or old.handler))

    # ---- the cells ----
    def header_cell(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section in self.SORT_KEYS:
            return self.tr("点击按此列排序")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    def cell(self, case: CaseSummary, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_NUMBER, self.COL_RESPONDENT):
            return case.number if col == self.COL_NUMBER else case.respondent_names
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.COL_AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, case: CaseSummary, col: int) -> str:
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
