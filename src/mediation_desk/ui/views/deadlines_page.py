"""The deadline view across cases: overdue, due today and due within seven days, and every date
that is provisional (暂定) because its year's holiday arrangement is not yet entered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from mediation_desk.domain.deadlines import DeadlineStatus
from mediation_desk.services import clock, deadlines
from mediation_desk.services.deadlines import DeadlineOverview, DueItem
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.forms.deadlines_page_ui import Ui_DeadlinesPage
from mediation_desk.ui.deadline_labels import provisional_reason, rule_name, source_text, status_text
from mediation_desk.ui.labels import format_date, list_text
from mediation_desk.ui.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex
_COLOURS = {DeadlineStatus.OVERDUE: "#fde7e9", DeadlineStatus.TODAY: "#fff4ce",
            DeadlineStatus.CALENDAR_GAP: "#eeeeee"}
_PROVISIONAL_COLOUR = "#8a5a00"
PROVISIONAL = "provisional"  # the filter's value for "dates that are provisional"


class DeadlineTableModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("DeadlineTableModel", "状态"), QT_TRANSLATE_NOOP("DeadlineTableModel", "到期日"),
               QT_TRANSLATE_NOOP("DeadlineTableModel", "剩余天数"), QT_TRANSLATE_NOOP("DeadlineTableModel", "期限"),
               QT_TRANSLATE_NOOP("DeadlineTableModel", "案号"), QT_TRANSLATE_NOOP("DeadlineTableModel", "申请人"),
               QT_TRANSLATE_NOOP("DeadlineTableModel", "被申请人"), QT_TRANSLATE_NOOP("DeadlineTableModel", "承办人"),
               QT_TRANSLATE_NOOP("DeadlineTableModel", "依据"))
    COL_DUE = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        d = item.deadline
        if role == Qt.ItemDataRole.DisplayRole:
            values = (status_text(item.status), format_date(d.due) if d.due else d.problem,
                      "" if item.days_left is None else str(item.days_left), rule_name(d.name), item.case.number,
                      item.case.worker_name, list_text(item.case.respondent_names), item.case.handler, source_text(d.source))
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and item.status in _COLOURS:
            return QBrush(QColor(_COLOURS[item.status]))
        if role == Qt.ItemDataRole.ForegroundRole and item.provisional and index.column() == self.COL_DUE:
            return QBrush(QColor(_PROVISIONAL_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.provisional:
                return provisional_reason(d.provisional_years)
            return d.problem or source_text(d.source)
        if role == Qt.ItemDataRole.UserRole:
            return item.case.id
        return None


class DeadlinesPage(QWidget):
    open_case = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: DeadlineOverview | None = None
        self.ui = Ui_DeadlinesPage()
        self.ui.setupUi(self)
        self.summary, self.filter, self.mine = self.ui.summary, self.ui.filter, self.ui.mine
        self.refresh_button, self.table, self.provisional_note = (self.ui.refresh_button, self.ui.table,
                                                                  self.ui.provisional_note)
        for text, value in ((self.tr("全部（7日内及已逾期）"), None), (self.tr("已逾期"), DeadlineStatus.OVERDUE),
                            (self.tr("今日到期"), DeadlineStatus.TODAY),
                            (self.tr("7日内到期"), DeadlineStatus.THIS_WEEK),
                            (self.tr("到期日暂定（节假日安排未录入）"), PROVISIONAL),
                            (self.tr("无法计算"), DeadlineStatus.CALENDAR_GAP)):
            self.filter.addItem(text, getattr(value, "value", value))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.mine.setChecked(ctx.principal.role.value not in ("administrator", "clerk"))
        self.mine.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.model = DeadlineTableModel(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open)

    def refresh(self) -> None:
        mine = self.mine.isChecked()

        def work(progress):  # noqa: ANN001, ANN202
            return deadlines.overview(self.ctx.uow, self.ctx.principal, today=clock.today(), mine_only=mine)

        run_task(self, self.tr("读取期限"), work, on_done=self._loaded, show_progress=False, background=True)

    def _loaded(self, overview: DeadlineOverview) -> None:  # also fed by the window's reminder at log-in
        self.overview = overview
        text = self.tr("已逾期 {o} 项，今日到期 {t} 项，7日内到期 {w} 项（{d}）").format(
            o=overview.overdue, t=overview.due_today, w=overview.this_week, d=format_date(overview.today))
        if overview.provisional:
            text += self.tr("；{p} 项期限的到期日为暂定").format(p=overview.provisional)
        self.summary.setText(text)
        if overview.provisional:
            self.provisional_note.setText(self.tr("暂定：{reason}。").format(
                reason=provisional_reason(overview.provisional_years)))
        self.provisional_note.setVisible(bool(overview.provisional))
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.overview is None:
            return
        wanted = self.filter.currentData()  # combo data comes back as str
        if wanted is None:  # overdue, today, within the week and not computable (provisional ones are listed too)
            items = [i for i in self.overview.items if i.status is not DeadlineStatus.LATER]
        elif wanted == PROVISIONAL:
            items = [i for i in self.overview.items if i.provisional]
        else:
            items = [i for i in self.overview.items if i.status.value == wanted]
        self.model.set_items(items)

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))
