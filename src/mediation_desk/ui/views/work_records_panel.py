"""工作记录: the platform order histories imported for a case, as a weekly table and a chart.

Each import is derived evidence: the panel names its source file and SHA-256, the minimum wage
it was compared with, and draws the figures from the metrics stored in the book (the source file
is not needed again). Every database and file operation runs on the worker thread.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseDetail, PartySide
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import Permission
from mediation_desk.domain.work_records import PeriodMetrics, WorkMetrics
from mediation_desk.services import clock
from mediation_desk.services import work_records as wr
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.work_records_import import WorkRecordsImportDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.labels import format_date, format_datetime
from mediation_desk.ui.tasks import run_task

STANDARD_WEEK_HOURS = 40  # 国务院关于职工工作时间的规定第三条: 每日8小时、每周40小时
_BELOW_BACKGROUND = QColor("#fde2df")
_BELOW_TEXT = QColor("#9f1d14")
_BAR = QColor("#4a7fb5")
_BAR_BELOW = QColor("#d0574a")
_LINE = QColor("#e09a1a")
_TICK_PIXELS = 22  # the least height between two numbered ticks


def _district_pattern() -> re.Pattern[str]:
    """A district or county named in an address, after the optional name of the venue's city."""
    city = re.escape(jurisdiction.venue().city)
    return re.compile(rf"(?:{city})?([\u4e00-\u9fff]{{1,10}}?(?:区|县))")


# Work on the worker thread: plain functions of plain values.

def _load(uow: Any, principal: Any, case_id: int, addresses: tuple[str, ...], _progress: Any) -> tuple[list, str]:
    return wr.list_work_record_imports(uow, principal, case_id=case_id), _tier_for(addresses)


def _get(uow: Any, principal: Any, import_id: int, _progress: Any) -> wr.WorkRecordImport:
    return wr.get_work_record_import(uow, principal, import_id=import_id)


def _tier_for(addresses: tuple[str, ...]) -> str:
    """The minimum-wage tier of the first district of the venue's city named in the addresses
    (一类 otherwise)."""
    district = _district_pattern()
    for address in addresses:
        for match in district.finditer(address or ""):
            try:
                return jurisdiction.tier_for_district(match.group(1))
            except AppError:
                continue
    return "一类"


def _hm(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"


class WorkMetricsTableModel(QAbstractTableModel):
    """One row per ISO week and a last row for the whole period."""

    COLUMNS = ("week", "dates", "days", "hours", "orders", "earnings", "deductions", "hourly", "versus",
               "longest", "over_limit")
    COL_HOURLY = 7
    COL_VERSUS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: WorkMetrics | None = None
        self.rows: list[PeriodMetrics] = []
        self._headers = (self.tr("周次"), self.tr("日期"), self.tr("工作天数"), self.tr("接单配送时长（小时）"),
                         self.tr("订单数"), self.tr("收入（元）"), self.tr("扣款（元）"), self.tr("实际时薪（元/小时）"),
                         self.tr("与最低小时工资"), self.tr("最长连续工作（时:分）"), self.tr("超4小时无休息（次）"))

    def set_metrics(self, metrics: WorkMetrics | None) -> None:
        self.beginResetModel()
        self.metrics = metrics
        self.rows = [*metrics.weeks, metrics.total] if metrics is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_VERSUS and self.metrics is not None:
                return self.metrics.minimum_wage_note or None
        return None

    def is_total(self, row: int) -> bool:
        return row == len(self.rows) - 1

    def _versus(self, p: PeriodMetrics) -> str:
        if p.below_minimum is None:
            return "—"
        minimum = self.metrics.minimum_hourly if self.metrics is not None else None
        if p.below_minimum:
            return self.tr("低于 {minimum}").format(minimum=minimum)
        return self.tr("不低于 {minimum}").format(minimum=minimum)

    def _text(self, p: PeriodMetrics, column: int, row: int) -> str:
        key = self.COLUMNS[column]
        if key == "week":
            return self.tr("全期") if self.is_total(row) else p.label
        if key == "dates":
            return f"{p.first_day:%m-%d} — {p.last_day:%m-%d}" if not self.is_total(row) else \
                f"{format_date(p.first_day)} — {format_date(p.last_day)}"
        if key == "days":
            return str(p.days_worked)
        if key == "hours":
            return f"{p.delivery_hours}"
        if key == "orders":
            return str(p.orders)
        if key == "earnings":
            return f"{p.earnings:,.2f}"
        if key == "deductions":
            return f"{p.deductions:,.2f}"
        if key == "hourly":
            return "—" if p.effective_hourly is None else f"{p.effective_hourly}"
        if key == "versus":
            return self._versus(p)
        if key == "longest":
            return _hm(p.longest_stretch_seconds) if p.longest_stretch_seconds else "—"
        return str(p.stretches_over_limit)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        below = bool(p.below_minimum)
        if role == Qt.ItemDataRole.BackgroundRole and below and column in (self.COL_HOURLY, self.COL_VERSUS):
            return QBrush(_BELOW_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if below and column in (self.COL_HOURLY, self.COL_VERSUS):
                return QBrush(_BELOW_TEXT)
            if self.COLUMNS[column] == "over_limit" and p.stretches_over_limit:
                return QBrush(_BELOW_TEXT)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.COL_HOURLY, self.COL_VERSUS) and p.effective_hourly is not None:
                return self.tr("（收入 {earnings} − 扣款 {deductions}）÷ 接单配送 {hours} 小时").format(
                    earnings=p.earnings, deductions=p.deductions, hours=p.delivery_hours)
            if self.COLUMNS[column] == "hours":
                return self.tr("从接单到送达的时间，两单之间不足20分钟的等候计入；其中订单内时长 {hours} 小时。"
                               "订单记录没有登录平台的在线时长，此数不是在线时长。").format(
                    hours=p.hours_on_orders)
        return None


class WorkHoursChart(QChartView):
    """Weekly delivery hours (接单配送时长) as bars (red: effective hourly pay below the minimum) with a line for
    the days worked and the 40-hour standard week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        self.hours_set: QBarSet | None = None
        self.days_series: QLineSeries | None = None
        self.hours_axis: QValueAxis | None = None
        self.days_axis: QValueAxis | None = None
        self.top_hours = float(STANDARD_WEEK_HOURS)
        self.set_metrics(None)

    def set_metrics(self, metrics: WorkMetrics | None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins())
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() + 1)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        if metrics is None or not metrics.weeks:
            chart.setTitle(self.tr("每周接单配送时长与工作天数"))
            self.hours_set = None
            self.days_series = None
            self.hours_axis = self.days_axis = None
            self.setChart(chart)
            return
        chart.setTitle(self.tr("每周接单配送时长与工作天数"))
        weeks = metrics.weeks
        hours = QBarSet(self.tr("接单配送时长（小时）"))
        hours.setColor(_BAR)
        hours.setBorderColor(_BAR)
        hours.setSelectedColor(_BAR_BELOW)
        for i, w in enumerate(weeks):
            hours.append(float(w.delivery_hours))
        for i, w in enumerate(weeks):
            if w.below_minimum:
                hours.selectBar(i)
        bars = QBarSeries()
        bars.append(hours)
        bars.setBarWidth(0.6)
        chart.addSeries(bars)

        days = QLineSeries()
        days.setName(self.tr("工作天数（右轴）"))
        pen = QPen(_LINE)
        pen.setWidth(3)
        days.setPen(pen)
        days.setPointsVisible(True)
        for i, w in enumerate(weeks):
            days.append(QPointF(i, w.days_worked))
        chart.addSeries(days)

        standard = QLineSeries()
        standard.setName(self.tr("每周40小时标准工时"))
        dash = QPen(QColor("#555555"))
        dash.setStyle(Qt.PenStyle.DashLine)
        dash.setWidth(1)
        standard.setPen(dash)
        standard.append(QPointF(-0.5, STANDARD_WEEK_HOURS))
        standard.append(QPointF(len(weeks) - 0.5, STANDARD_WEEK_HOURS))
        chart.addSeries(standard)

        axis_x = QBarCategoryAxis()
        axis_x.append([f"{w.first_day.month}/{w.first_day.day}" for w in weeks])
        axis_x.setTitleText(self.tr("周（起始日）"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        top = max([float(w.delivery_hours) for w in weeks] + [STANDARD_WEEK_HOURS])
        axis_h = QValueAxis()
        axis_h.setLabelFormat("%d")
        axis_h.setTitleText(self.tr("接单配送小时"))
        chart.addAxis(axis_h, Qt.AlignmentFlag.AlignLeft)
        axis_d = QValueAxis()
        axis_d.setLabelFormat("%d")
        axis_d.setTitleText(self.tr("工作天数"))
        chart.addAxis(axis_d, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_h)
        standard.attachAxis(axis_h)
        # The standard line spans the bars' categories: a value axis for x, hidden, from -0.5.
        axis_xv = QValueAxis()
        axis_xv.setRange(-0.5, len(weeks) - 0.5)
        axis_xv.setVisible(False)
        chart.addAxis(axis_xv, Qt.AlignmentFlag.AlignBottom)
        standard.attachAxis(axis_xv)
        days.attachAxis(axis_xv)
        days.attachAxis(axis_d)
        self.hours_set = hours
        self.days_series = days
        self.hours_axis, self.days_axis, self.top_hours = axis_h, axis_d, top
        self.setChart(chart)
        self.fit_ticks()

    def fit_ticks(self) -> None:
        """As many numbered ticks as the plot's height allows (at least the two ends), with round
        steps, so that the axes keep readable numbers on a small screen."""
        if self.hours_axis is None or self.days_axis is None:
            return
        height = self.chart().plotArea().height() or float(self.height()) / 2
        room = max(2, int(height // _TICK_PIXELS) + 1)
        step = next((s for s in (5, 10, 20, 25, 50, 100, 200) if int(self.top_hours // s) + 2 <= room), 500)
        top = (int(self.top_hours // step) + 1) * step
        self.hours_axis.setRange(0, top)
        self.hours_axis.setTickCount(int(top // step) + 1)
        day_step = next(s for s in (1, 2, 4, 7) if 7 / s + 1 <= room or s == 7)
        day_top = 7 if day_step in (1, 7) else 8
        self.days_axis.setRange(0, day_top)
        self.days_axis.setTickCount(day_top // day_step + 1)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_ticks()

    def bar_values(self) -> list[float]:
        return [] if self.hours_set is None else [self.hours_set.at(i) for i in range(self.hours_set.count())]

    def highlighted_bars(self) -> list[int]:
        if self.hours_set is None:
            return []
        return [i for i in range(self.hours_set.count()) if self.hours_set.isBarSelected(i)]


class WorkRecordsPanel(QWidget):
    """The work records of the case given to ``set_case``; ``imported`` is emitted after an import."""

    imported = Signal(object)  # the WorkRecordImport just stored

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.imports: list[wr.WorkRecordImport] = []
        self.current: wr.WorkRecordImport | None = None
        self.tier = "一类"
        self.loading = False
        self._generation = 0
        self._select_after_load: int | None = None
        self.import_dialog: WorkRecordsImportDialog | None = None
        self.can_import = ctx.principal.can(Permission.MANAGE_EVIDENCE)

        self.heading = QLabel(self.tr("平台工作记录"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.import_button = QPushButton(self.tr("导入工作记录…"))
        self.import_button.setToolTip(self.tr("导入平台App导出的订单或收入明细（.xlsx 或 .csv），计算每周的工作时间和收入"))
        self.import_button.clicked.connect(self.open_import)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.import_button)

        self.list = QListWidget()
        self.list.setMaximumHeight(2 * (self.fontMetrics().height() + 6) + 6)
        self.list.currentRowChanged.connect(self._import_selected)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.model = WorkMetricsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self.chart = WorkHoursChart()
        self.chart_note = QLabel(self.tr("红色柱：该周实际时薪低于最低小时工资。虚线：每周40小时标准工时。"))
        self.chart_note.setStyleSheet("color: #555555;")
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.chart_note)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(self.source_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        self.set_case(None)

    # ---- the case ----
    def set_case(self, detail: CaseDetail | None) -> None:
        self.case = detail
        self._generation += 1
        self.imports = []
        self.current = None
        self.tier = "一类"
        self.loading = False
        self._select_after_load = None
        self.list.clear()
        self._show(None)
        self.error_label.hide()
        self.import_button.setEnabled(detail is not None and self.can_import)
        if detail is None:
            self.source_label.setText(self.tr("选择一个案件后，这里显示该案导入的平台工作记录。"))
            return
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self.case is None:
            return
        self._select_after_load = select_id
        self._generation += 1
        generation = self._generation
        self.loading = True
        addresses = tuple(p.address for p in sorted(self.case.parties, key=lambda p: p.side != PartySide.APPLICANT))
        run_task(self, self.tr("读取工作记录"), _load, self.ctx.uow, self.ctx.principal, self.case.summary.id,
                 addresses, on_done=lambda r: self._loaded(generation, r), on_error=lambda e: self._failed(generation, e),
                 show_progress=False)

    def _failed(self, generation: int, exc: BaseException) -> bool:
        if not shiboken6.isValid(self) or generation != self._generation:
            return True
        self.loading = False
        if isinstance(exc, AppError):
            self.error_label.setText(exc.text(current_lang()))
            self.error_label.show()
            return True
        return False

    def _loaded(self, generation: int, result: tuple[list[wr.WorkRecordImport], str]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.imports, self.tier = result
        self.list.blockSignals(True)
        self.list.clear()
        for imp in self.imports:
            item = QListWidgetItem(self.tr("{when}　{platform}　{file}　{n} 条记录　（{who}）").format(
                when=format_datetime(imp.imported_at), platform=imp.platform, file=imp.source_name, n=imp.row_count,
                who=imp.importer))
            item.setData(Qt.ItemDataRole.UserRole, imp.id)
            item.setToolTip(f"SHA-256 {imp.source_sha256}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.imports:
            self.loading = False
            self.source_label.setText(self.tr("本案还没有导入工作记录。"))
            return
        row = 0
        if self._select_after_load is not None:
            row = next((i for i, imp in enumerate(self.imports) if imp.id == self._select_after_load), 0)
        self.list.setCurrentRow(row)
        self._import_selected(row)

    def _import_selected(self, row: int) -> None:
        if not (0 <= row < len(self.imports)):
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        run_task(self, self.tr("读取工作记录"), _get, self.ctx.uow, self.ctx.principal, self.imports[row].id,
                 on_done=lambda imp: self._import_loaded(generation, imp),
                 on_error=lambda e: self._failed(generation, e), show_progress=False)

    def _import_loaded(self, generation: int, imp: wr.WorkRecordImport) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        self._show(imp)

    def _show(self, imp: wr.WorkRecordImport | None) -> None:
        self.current = imp
        metrics = imp.metrics if imp is not None else None
        self.model.set_metrics(metrics)
        self.chart.set_metrics(metrics)
        self.fit_columns()
        if imp is None or metrics is None:
            self.source_label.setText("")
            self.summary_label.setText("")
            return
        self.source_label.setText(self.tr("来源：{file}（{platform}，{size} 字节）　SHA-256：{sha}\n{who}于{when}导入，"
                                          "共 {n} 条记录。").format(
            file=imp.source_name, platform=imp.platform, size=f"{imp.source_size:,}", sha=imp.source_sha256,
            who=imp.importer, when=format_datetime(imp.imported_at), n=imp.row_count))
        t = metrics.total
        parts = [self.tr("记录期间 {first} 至 {last}，共 {weeks} 周，工作 {days} 天，平均每天接单配送 {daily} 小时。").format(
            first=format_date(t.first_day), last=format_date(t.last_day), weeks=metrics.weeks_in_period,
            days=t.days_worked, daily=t.average_daily_hours if t.average_daily_hours is not None else "—")]
        if metrics.minimum_hourly is not None:
            below = len(metrics.weeks_below_minimum)
            parts.append(self.tr("{below} 周的实际时薪低于最低小时工资 {minimum} 元。").format(
                below=below, minimum=metrics.minimum_hourly) if below else
                self.tr("各周实际时薪均不低于最低小时工资 {minimum} 元。").format(minimum=metrics.minimum_hourly))
            parts.append(self._standard_note(t.last_day))
        elif metrics.minimum_wage_note:
            parts.append(metrics.minimum_wage_note)
        else:
            parts.append(self.tr("未与最低工资比较。"))
        if t.stretches_over_limit:
            parts.append(self.tr("连续工作超过{limit}小时而没有{minutes}分钟以上休息：{n} 次（南昌方案第6项）。").format(
                limit=f"{metrics.rules.continuous_work_limit_hours.normalize():f}",
                minutes=metrics.rules.break_minutes, n=t.stretches_over_limit))
        self.summary_label.setText("".join(parts))
        self.summary_label.setToolTip(metrics.minimum_wage_note)

    def _standard_note(self, last_day: Any) -> str:
        """The effective date of the hourly standard compared with, and a warning when the newest
        standard on file is more than two years old (on the clock's today)."""
        try:
            found = jurisdiction.minimum_wage_in_force(self.tier, last_day, today=clock.today())
        except AppError:
            return ""
        en = current_lang() == "en"
        note = self.tr("（所比较的标准自 {effective} 起执行）").format(
            effective=found.effective_iso if en else found.effective_text)
        if found.stale:
            note += self.tr("本程序保存的最新最低工资标准自 {effective} 起执行，已超过 {years} 年，请核实现行标准。").format(
                effective=found.newest_effective_iso if en else found.newest_effective_text, years=found.stale_years)
        return note

    def fit_columns(self) -> None:
        """Columns as wide as their contents, the spare width shared out so the table fills the view."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        count = self.model.columnCount()
        spare = self.table.viewport().width() - header.length()
        if spare > count:
            for c in range(count):
                header.resizeSection(c, header.sectionSize(c) + spare // count)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    # ---- importing ----
    def open_import(self) -> None:
        if self.case is None or not self.can_import:
            return
        s = self.case.summary
        dialog = WorkRecordsImportDialog(self.ctx, case_id=s.id, case_number=s.number, platform=s.platform,
                                         tier=self.tier, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._imported(dialog.result_value))
        dialog.finished.connect(lambda _r: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, imp: wr.WorkRecordImport | None) -> None:
        if imp is None:
            return
        self.reload(select_id=imp.id)
        self.imported.emit(imp)

    # ---- for tests and callers ----
    def total_row(self) -> PeriodMetrics | None:
        return self.model.rows[-1] if self.model.rows else None

    def minimum_hourly(self) -> Decimal | None:
        return self.current.metrics.minimum_hourly if self.current is not None and self.current.metrics else None
