"""统计: the labour-dispute tables of a period (month, quarter, year or from/to), computed on the
worker by ``services.statistics.dispute_table``: every indicator with its definition and source,
the consistency checks (a failed one in red, with the figures it compared), charts of the closed
cases by way and by result and of the received cases by cause, and the export as XLSX or PDF.
Double-clicking an indicator lists the cases its figure counts (``services.figure_cases``), from
which a case opens in the case view. Definitions and sources are shown in the UI language
(``ui.statistics_labels``)."""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.statistics_figures import chart_series, value_text
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.statistics import (CAUSE_LABELS, Cause, CAUSE_PRIORITY, INDICATORS, RESULT_LABELS, WAY_LABELS,
                                              Check, DisputeTable, Indicator)
from mediation_desk.services import clock
from mediation_desk.services.statistics import NO_TRIBUNAL, DisputeReport, dispute_table
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.statistics_page_ui import Ui_StatisticsPage
from mediation_desk.ui.labels import format_date
from mediation_desk.ui.statistics_labels import definition_text
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.period_choice import PeriodChoice, period_of
from mediation_desk.ui.widgets import guarded, to_qdate

# the causes as a chart's axis names them in English (the full names are the indicators')
SHORT_CAUSES_EN = {Cause.RELATIONSHIP: "Employment relationship", Cause.CONTRACT: "Contract changed or ended",
                   Cause.SOCIAL_INSURANCE: "Social insurance", Cause.PAY: "Pay", Cause.OTHER: "Other"}
_FAILED = QColor("#b3261e")
_PASSED = QColor("#1d6b2f")


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class StatisticsPage(PeriodChoice, QWidget):
    """Layout: ``ui/statistics_page.ui``. ``commission``: the book is an arbitration commission's,
    so the tables can be grouped by presiding arbitrator."""

    def __init__(self, ctx: DeskContext, *, commission: bool = False, open_case: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_case = open_case
        self.report: DisputeReport | None = None
        self.busy = False
        self.last_export: Path | None = None
        self.ui = ui = Ui_StatisticsPage()
        ui.setupUi(self)
        self.indicators, self.checks, self.summary, self.message = ui.indicators, ui.checks, ui.summary, ui.message
        self.units = {"件": self.tr("件"), "人": self.tr("人"), "元": self.tr("元"), "%": "%", "天": self.tr("天")}
        for text, kind in ((self.tr("月"), "month"), (self.tr("季度"), "quarter"), (self.tr("年"), "year"),
                           (self.tr("自定义"), "custom")):
            ui.kind.addItem(text, kind)
        ui.by.addItem(self.tr("不分组"), None)
        if commission:
            ui.by.addItem(self.tr("按仲裁员"), "arbitrator")
        for w in (ui.by_label, ui.by):
            w.setVisible(commission)
        last_month = clock.today().replace(day=1) - timedelta(days=1)
        start, end = period_of("month", last_month)
        ui.date_from.setDate(to_qdate(start))
        ui.date_to.setDate(to_qdate(end))
        ui.date_to.setEnabled(False)
        ui.kind.currentIndexChanged.connect(lambda _i: self._snap())
        ui.date_from.dateChanged.connect(lambda _d: self._snap())
        ui.compute_button.clicked.connect(self.compute)
        ui.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        ui.pdf_button.clicked.connect(lambda: self.export("pdf"))
        ui.group.currentIndexChanged.connect(lambda _i: self._show_table())
        self.indicators.itemSelectionChanged.connect(self._show_definition)
        self.indicators.cellDoubleClicked.connect(lambda row, _col: self.list_cases(row))
        for table in (self.indicators, self.checks):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.indicators.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.indicators.setColumnWidth(3, 320)
        self.message.setStyleSheet(ERROR_STYLE)
        self._show_report()

    # ---- the period ----

    # ---- computing ----
    def compute(self) -> None:
        start, end = self.period()
        by = self.ui.by.currentData()
        uow, principal = self.ctx.uow, self.ctx.principal
        self.message.setText("")
        self.busy = True
        self.ui.compute_button.setEnabled(False)

        def work(progress: Any) -> DisputeReport:
            return dispute_table(uow, principal, start=start, end=end, by=by, progress=progress)

        def failed(exc: BaseException) -> bool:
            self._ended()
            if isinstance(exc, AppError):
                self.message.setText(exc.text(current_lang()))
                return True
            return False

        run_task(self, self.tr("计算统计表"), work, on_done=guarded(self, self._computed),
                 on_error=guarded(self, failed, True), on_cancelled=guarded(self, self._ended),
                 label=self.tr("正在从案件记录计算统计表……"))

    def _ended(self) -> None:
        self.busy = False
        self.ui.compute_button.setEnabled(True)

    def _computed(self, report: DisputeReport) -> None:
        self._ended()
        self.show_report(report)

    def show_report(self, report: DisputeReport | None) -> None:
        """Show a computed report (the whole book's table first, then its groups)."""
        self.report = report
        self._show_report()

    def _group_name(self, table: DisputeTable) -> str:
        if not table.group:
            return self.tr("合计")
        return self.tr("未组庭") if table.group == NO_TRIBUNAL else table.group

    def _show_report(self) -> None:
        report = self.report
        self.ui.group.blockSignals(True)
        self.ui.group.clear()
        for table in report.tables if report is not None else ():
            self.ui.group.addItem(self._group_name(table))
        self.ui.group.blockSignals(False)
        grouped = report is not None and len(report.tables) > 1
        self.ui.group.setVisible(grouped)
        self.ui.group_label.setVisible(grouped)
        self.ui.xlsx_button.setEnabled(report is not None)
        self.ui.pdf_button.setEnabled(report is not None)
        if report is None:
            self.summary.setText(self.tr("选择统计期后点“计算”。"))
            self.summary.setStyleSheet("")
        else:
            failed = [c for t in report.tables for c in t.failed]
            period = self.tr("{start}至{end}").format(start=format_date(report.start), end=format_date(report.end))
            if failed:
                names = "；".join(dict.fromkeys(self._check_name(c) for c in failed))
                verdict = self.tr("{count}项校验未通过：{names}。数字须核对后方可报送。").format(count=len(failed),
                                                                                 names=names)
            else:
                verdict = self.tr("各项校验均已通过。")
            self.summary.setText(self.tr("{org}，统计期{period}。{verdict}").format(
                org=report.organisation, period=period, verdict=verdict))
            self.summary.setStyleSheet(ERROR_STYLE if failed else "")
        self._show_table()

    def current_table(self) -> DisputeTable | None:
        if self.report is None:
            return None
        index = max(0, self.ui.group.currentIndex())
        return self.report.tables[index] if index < len(self.report.tables) else None

    def _name(self, ind: Indicator) -> str:
        return ind.english if current_lang() == "en" else ind.name

    def _check_name(self, check: Check) -> str:
        return check.english if current_lang() == "en" else check.name

    def _show_table(self) -> None:
        table = self.current_table()
        rows = INDICATORS if table is not None else ()
        self.indicators.setRowCount(len(rows))
        for row, ind in enumerate(rows):
            assert table is not None
            definition, source = definition_text(ind.definition), definition_text(ind.source)
            items = (_item(self._name(ind), tip=definition),
                     _item(value_text(ind, table.values.get(ind.key)), right=True, tip=self.tr("双击列出计入的案件")),
                     _item(self.units.get(ind.unit, ind.unit)),
                     _item(definition, tip=definition), _item(source, tip=source))
            for col, item in enumerate(items):
                self.indicators.setItem(row, col, item)
        checks = table.checks if table is not None else ()
        self.checks.setRowCount(len(checks))
        for row, check in enumerate(checks):
            verdict = _item(self.tr("通过") if check.passed else self.tr("未通过"))
            verdict.setForeground(QBrush(_PASSED if check.passed else _FAILED))
            name = _item(self._check_name(check), tip=check.name)
            if not check.passed:
                name.setForeground(QBrush(_FAILED))
            for col, item in enumerate((name, verdict, _item(check.detail, tip=check.detail))):
                self.checks.setItem(row, col, item)
        failed = table is not None and not table.passed
        self.ui.tabs.setTabText(1, self.tr("校验（{count}项未通过）").format(count=len(table.failed))
                                if failed and table is not None else self.tr("校验"))
        self._show_charts(table)
        if rows:
            self.indicators.selectRow(0)
        self._show_definition()

    def _show_charts(self, table: DisputeTable | None) -> None:
        en = current_lang() == "en"
        series = chart_series(table) if table is not None else {"way": [], "result": [], "cause": []}
        labels = {"way": [WAY_LABELS[w][1 if en else 0] for w in WAY_LABELS],
                  "result": [RESULT_LABELS[r][1 if en else 0].split("（")[0].split(" (")[0] for r in RESULT_LABELS],
                  "cause": [SHORT_CAUSES_EN[c] if en else CAUSE_LABELS[c][0] for c in CAUSE_PRIORITY]}
        cases = self.tr("件")
        for key, chart, title in (("way", self.ui.way_chart, self.tr("结案方式")),
                                  ("result", self.ui.result_chart, self.tr("处理结果")),
                                  ("cause", self.ui.cause_chart, self.tr("争议原因（当期受理）"))):
            bars = [(label, count) for label, (_, count) in zip(labels[key], series[key])]
            chart.set_bars(title, bars, cases)

    def _show_definition(self) -> None:
        rows = self.indicators.selectionModel().selectedRows()
        if not rows or self.current_table() is None:
            self.ui.definition.setPlainText("")
            return
        ind = INDICATORS[rows[0].row()]
        self.ui.definition.setPlainText("\n\n".join((
            f"{ind.name}（{ind.english}）" if current_lang() != "en" else f"{ind.english} ({ind.name})",
            self.tr("定义：{text}").format(text=definition_text(ind.definition)),
            self.tr("依据：{text}").format(text=definition_text(ind.source)),
            self.tr("双击这一行，列出计入这一数字的案件。"))))

    # ---- the cases behind a figure ----
    def list_cases(self, row: int) -> None:
        """List the cases the indicator of ``row`` counts, in the table shown (whole book or a group)."""
        from mediation_desk.services.figure_cases import dispute_cases_behind
        from mediation_desk.ui.views.figure_cases import show_cases_behind

        report, table = self.report, self.current_table()
        if report is None or table is None or not 0 <= row < len(INDICATORS):
            return
        ind = INDICATORS[row]
        start, end, by, group = report.start, report.end, report.by, table.group
        uow, principal = self.ctx.uow, self.ctx.principal
        unit = self.units.get(ind.unit, ind.unit)
        heading = self.tr("{group}：{name} {value}{unit}（{start}至{end}）").format(
            group=self._group_name(table), name=self._name(ind), value=value_text(ind, table.values.get(ind.key)),
            unit=unit, start=format_date(start), end=format_date(end))

        def work(progress: Any) -> Any:
            return dispute_cases_behind(uow, principal, ind.key, start=start, end=end, by=by, group=group,
                                        progress=progress)

        def say(text: str) -> None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(text)

        show_cases_behind(self, work, heading=heading, definition=definition_text(ind.definition),
                          open_case=self.open_case, say=say)

    # ---- exporting ----
    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        suffix, caption = (".xlsx", self.tr("导出统计表（XLSX）")) if fmt == "xlsx" else (".pdf", self.tr("导出统计表（PDF）"))
        name = f"劳动争议案件统计表_{report.start.isoformat()}_{report.end.isoformat()}{suffix}"
        target, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        made_on = clock.today()

        def work(progress: Any) -> Path:
            return write_report(report, path, fmt, made_on=made_on)

        def done(written: Path) -> None:
            self.last_export = written
            self.message.setStyleSheet("")
            self.message.setText(self.tr("已导出：{path}").format(path=str(written)))

        def failed(exc: BaseException) -> bool:
            self.message.setStyleSheet(ERROR_STYLE)
            if isinstance(exc, AppError):
                self.message.setText(exc.text(current_lang()))
                return True
            if isinstance(exc, OSError):
                self.message.setText(self.tr("无法写入文件：{reason}").format(reason=exc.strerror or str(exc)))
                return True
            return False

        run_task(self, caption, work, on_done=guarded(self, done), on_error=guarded(self, failed, True),
                 label=self.tr("正在导出统计表……"))


def write_report(report: DisputeReport, path: Path, fmt: str, *, made_on: date) -> Path:
    """Write the report as XLSX or PDF beside ``path`` first, then put it in place (never half a file)."""
    from mediation_desk.documents.statistics_export import write_xlsx
    from mediation_desk.documents.statistics_pdf import dispute_report_pdf

    fd, tmp = tempfile.mkstemp(prefix=".statistics-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        if fmt == "xlsx":
            write_xlsx(report, Path(tmp))
        else:
            Path(tmp).write_bytes(dispute_report_pdf(report, made_on=made_on))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
