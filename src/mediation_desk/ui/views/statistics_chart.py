"""A chart of the statistics page: one horizontal bar per category (a way of closing, a result, a
cause of dispute) with its count, the first category on top."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

_BAR = QColor("#4a7fb5")


class StatisticsChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bars: list[tuple[str, int]] = []
        self.set_bars("", [])

    def set_bars(self, title: str, bars: Sequence[tuple[str, int]], unit: str = "") -> None:
        """``bars``: (category, count) in the order to read them, top down."""
        self.bars = list(bars)
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        if bars:
            values = QBarSet(title)
            values.setColor(_BAR)
            values.setLabelColor(QColor("#222222"))
            for _, count in reversed(bars):
                values.append(count)
            series = QHorizontalBarSeries()
            series.append(values)
            chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([label for label, _ in reversed(bars)])
            counts = QValueAxis()
            top = max(count for _, count in bars)
            if top <= 5:  # one tick per case
                counts.setRange(0, top + 1)
                counts.setTickCount(top + 2)
            else:
                counts.setRange(0, top * 1.1)
                counts.applyNiceNumbers()
            counts.setLabelFormat("%d")
            counts.setTitleText(unit)
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(categories)
            series.attachAxis(counts)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsVisible(True)
        self.setChart(chart)

    def values(self) -> list[tuple[str, int]]:
        return list(self.bars)

