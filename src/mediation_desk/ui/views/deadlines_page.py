"""The deadline view across cases: overdue, due today and due within seven days."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from mediation_desk.services import clock
from mediation_desk.domain.deadlines import DeadlineStatus
from mediation_desk.services import deadlines
from mediation_desk.services.deadlines import DeadlineOverview, DueItem
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.labels import citation, format_date, label, label_text, list_text
from mediation_desk.ui.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex
_COLOURS = {DeadlineStatus.OVERDUE: "#fde7e9", DeadlineStatus.TODAY: "#fff4ce",
            DeadlineStatus.CALENDAR_GAP: "#eeeeee"}


class DeadlineTableModel(QAbstractTableModel):
    HEADERS = ("状态", "到期日", "剩余天数", "期限", "案号", "申请人", "被申请人", "承办人", "依据")

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
        if role == Qt.ItemDataRole.DisplayRole:
            d = item.deadline
            values = (label(item.status), format_date(d.due) if d.due else
                      d.problem if current_lang() == "zh" else label(item.status),
                      "" if item.days_left is None else str(item.days_left), label_text(d.name), item.case.number,
                      item.case.worker_name, list_text(item.case.respondent_names), item.case.handler,
                      citation(d.source))
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and item.status in _COLOURS:
            return QBrush(QColor(_COLOURS[item.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.deadline.problem or item.deadline.source
        if role == Qt.ItemDataRole.UserRole:
            return item.case.id
        return None


class DeadlinesPage(QWidget):
    open_case = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: DeadlineOverview | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        for text, value in ((self.tr("全部（7日内及已逾期）"), None), (self.tr("已逾期"), DeadlineStatus.OVERDUE),
                            (self.tr("今日到期"), DeadlineStatus.TODAY),
                            (self.tr("7日内到期"), DeadlineStatus.THIS_WEEK),
                            (self.tr("无法计算"), DeadlineStatus.CALENDAR_GAP)):
            self.filter.addItem(text, value.value if value else None)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.mine = QCheckBox(self.tr("只看我承办的案件"))
        self.mine.setChecked(ctx.principal.role.value not in ("administrator", "clerk"))
        self.mine.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示")))
        bar.addWidget(self.filter)
        bar.addWidget(self.mine)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        self.model = DeadlineTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        hint = QLabel(self.tr("双击一行打开案件。期限按法定节假日和调休安排计算；缺少某年节假日数据时标为“无法计算”。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #52606d;")

        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(hint)

    def refresh(self) -> None:
        mine = self.mine.isChecked()

        def work(progress):  # noqa: ANN001, ANN202
            return deadlines.overview(self.ctx.uow, self.ctx.principal, today=clock.today(), mine_only=mine)

        run_task(self, self.tr("读取期限"), work, on_done=self._loaded, show_progress=False)

    def _loaded(self, overview: DeadlineOverview) -> None:  # also fed by the window's reminder at log-in
        self.overview = overview
        self.summary.setText(self.tr("已逾期 {o} 项，今日到期 {t} 项，7日内到期 {w} 项（{d}）").format(
            o=overview.overdue, t=overview.due_today, w=overview.this_week, d=format_date(overview.today)))
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.overview is None:
            return
        wanted = self.filter.currentData()
        items = [i for i in self.overview.items if wanted is None or i.status.value == wanted]  # combo data comes back as str
        self.model.set_items(items)

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))
