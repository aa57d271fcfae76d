"""The figures of one work-records import: the weekly table (one row per ISO week and a total)
and the chart of hours worked per week against the minimum hourly wage and the 40-hour week."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.work_records import PeriodMetrics, WorkMetrics
from mediation_desk.ui.labels import format_date

STANDARD_WEEK_HOURS = 40  # 国务院关于职工工作时间的规定第三条: 每日8小时、每周40小时
_BELOW_BACKGROUND = QColor("#fde2df")
_BELOW_TEXT = QColor("#9f1d14")
_BAR = QColor("#4a7fb5")
_BAR_BELOW = QColor("#d0574a")
_LINE = QColor("#e09a1a")
_TICK_PIXELS = 22  # the least height between two numbered ticks


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


__all__ = ["STANDARD_WEEK_HOURS", "WorkHoursChart", "WorkMetricsTableModel"]
