"""平台用工: the platform-enterprise report (平台企业用工情况) of a period, computed on the worker by
``services.platform_report.platform_report``: each breakdown (industry, platform, role in the chain,
enterprise, relationship category, claim kind) as a table with its definition and source, charts of
the received cases by industry, relationship category and claim kind, the consistency checks, and
the export as XLSX or PDF. Double-clicking a figure lists the cases it counts
(``services.figure_cases``), from which a case opens in the case view."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.domain.figure_cases import PlatformFigure
from mediation_desk.domain.platform_report import (FIGURE_COLUMNS, NO_ENTERPRISE, NO_PLATFORM, Breakdown,
                                                   PlatformReport, ReportRole, english)
from mediation_desk.domain.statistics import Check
from mediation_desk.services import accounts, clock
from mediation_desk.services.figure_cases import platform_cases_behind
from mediation_desk.services.platform_report import platform_report
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.platform_report_page_ui import Ui_PlatformReportPage
from mediation_desk.ui.labels import format_date
from mediation_desk.ui.statistics_labels import definition_text
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.figure_cases import show_cases_behind
from mediation_desk.ui.views.period_choice import PeriodChoice, period_of
from mediation_desk.ui.widgets import guarded, to_qdate

CHARTS = (("industry", "industry_chart"), ("category", "category_chart"), ("claim_kind", "claim_chart"))
_FAILED = QColor("#b3261e")
_PASSED = QColor("#1d6b2f")
_ROLE_EN = {r.label: english(r) for r in ReportRole}
# a chart's axis in English: the long row names shortened (the tables keep them whole)
SHORT_AXIS_EN = {("claim_kind", "relationship"): "Employment relationship", ("claim_kind", "compensation"): "Compensation",
                 ("claim_kind", "deduction"): "Fines, deductions",
                 ("category", "labor_relationship"): "Employment",
                 ("category", "incomplete_labor_relationship"): "Not fully employment",
                 ("category", "civil_relationship"): "Self-employed (civil)"}


def figure_text(value: int | Decimal) -> str:
    """``5`` or ``17,300.00`` (元), as the PDF prints it."""
    return f"{value:,.2f}" if isinstance(value, Decimal) else str(value)


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class PlatformReportPage(PeriodChoice, QWidget):
    """Layout: ``ui/platform_report_page.ui``. ``open_case``: opens a case in the case view."""

    def __init__(self, ctx: DeskContext, open_case: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_case = open_case
        self.report: PlatformReport | None = None
        self.busy = False
        self.last_export: Path | None = None
        self.ui = ui = Ui_PlatformReportPage()
        ui.setupUi(self)
        self.rows, self.checks, self.summary, self.message = ui.rows, ui.checks, ui.summary, ui.message
        for text, kind in ((self.tr("月"), "month"), (self.tr("季度"), "quarter"), (self.tr("年"), "year"),
                           (self.tr("自定义"), "custom")):
            ui.kind.addItem(text, kind)
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
        ui.breakdown.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        self.rows.cellDoubleClicked.connect(self.list_cases)
        for table in (self.rows, self.checks):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.verticalHeader().setVisible(False)
        self.checks.horizontalHeader().setStretchLastSection(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self._show_report()

    # ---- the period ----

    # ---- computing ----
    def compute(self) -> None:
        start, end = self.period()
        uow, principal = self.ctx.uow, self.ctx.principal
        self.message.setText("")
        self.message.setStyleSheet(ERROR_STYLE)
        self.busy = True
        self.ui.compute_button.setEnabled(False)

        def work(progress: Any) -> PlatformReport:
            return platform_report(uow, principal, start=start, end=end, progress=progress)

        def failed(exc: BaseException) -> bool:
            self._ended()
            if isinstance(exc, AppError):
                self.message.setText(exc.text(current_lang()))
                return True
            return False

        run_task(self, self.tr("计算平台企业用工情况"), work, on_done=guarded(self, self._computed),
                 on_error=guarded(self, failed, True), on_cancelled=guarded(self, self._ended),
                 label=self.tr("正在从案件记录计算平台企业用工情况……"))

    def _ended(self) -> None:
        self.busy = False
        self.ui.compute_button.setEnabled(True)

    def _computed(self, report: PlatformReport) -> None:
        self._ended()
        self.show_report(report)

    def show_report(self, report: PlatformReport | None) -> None:
        self.report = report
        self._show_report()

    # ---- texts in the UI language ----
    def _en(self) -> bool:
        return current_lang() == "en"

    def _breakdown_name(self, b: Breakdown) -> str:
        return b.english if self._en() else b.name

    def _check_name(self, check: Check) -> str:
        return check.english if self._en() else check.name

    def _row_label(self, label: str, english_label: str) -> str:
        if label == NO_PLATFORM:
            return self.tr("（未填写平台）")
        if label == NO_ENTERPRISE:
            return self.tr("（未登记企业当事人）")
        return english_label if self._en() and english_label else label

    def _column_names(self) -> list[str]:
        return [e if self._en() else n for _, n, e in FIGURE_COLUMNS]

    # ---- showing ----
    def _show_report(self) -> None:
        report = self.report
        ui = self.ui
        current = ui.breakdown.currentIndex()
        ui.breakdown.blockSignals(True)
        ui.breakdown.clear()
        for b in report.breakdowns if report is not None else ():
            ui.breakdown.addItem(self._breakdown_name(b), b.key)
        if report is not None:
            ui.breakdown.setCurrentIndex(max(0, current))
        ui.breakdown.blockSignals(False)
        ui.xlsx_button.setEnabled(report is not None)
        ui.pdf_button.setEnabled(report is not None)
        if report is None:
            self.summary.setText(self.tr("选择统计期后点“计算”。"))
            self.summary.setStyleSheet("")
        else:
            period = self.tr("{start}至{end}").format(start=format_date(report.start), end=format_date(report.end))
            failed = report.failed
            if failed:
                names = "；".join(dict.fromkeys(self._check_name(c) for c in failed))
                verdict = self.tr("{count}项校验未通过：{names}。数字须核对后方可报送。").format(count=len(failed),
                                                                                 names=names)
            else:
                verdict = self.tr("各项校验均已通过。")
            self.summary.setText(self.tr("统计期{period}：当期受理{cases}件（新收{new}件，恢复处理{reopened}件），"
                                         "涉及劳动者{workers}人，请求金额{claimed}元。{verdict}").format(
                period=period, cases=report.total["cases"], new=report.received_new,
                reopened=report.received_reopened, workers=report.total["workers"],
                claimed=figure_text(report.total["claimed"]), verdict=verdict))
            self.summary.setStyleSheet(ERROR_STYLE if failed else "")
        self._show_breakdown()
        self._show_checks()
        self._show_charts()

    def current_breakdown(self) -> Breakdown | None:
        if self.report is None or self.ui.breakdown.currentIndex() < 0:
            return None
        return self.report.breakdown(str(self.ui.breakdown.currentData()))

    def _show_breakdown(self) -> None:
        b = self.current_breakdown()
        report = self.report
        extra = [self.tr("统一社会信用代码"), self.tr("角色")] if b is not None and b.key == "enterprise" else []
        heads = [self.tr("项目"), *self._column_names(), *extra]
        self.rows.clear()
        self.rows.setColumnCount(len(heads))
        self.rows.setHorizontalHeaderLabels(heads)
        rows = b.rows if b is not None else ()
        self.rows.setRowCount(len(rows) + (1 if b is not None else 0))
        keys = [k for k, _, _ in FIGURE_COLUMNS]
        tip = self.tr("双击列出计入的案件")
        for i, r in enumerate(rows):
            label = self._row_label(r.label, r.english)
            names = "、".join(r.other_names)
            self.rows.setItem(i, 0, _item(label, tip=self.tr("又写作：{names}").format(names=names) if names else ""))
            for c, key in enumerate(keys, start=1):
                self.rows.setItem(i, c, _item(figure_text(r.values[key]), right=True, tip=tip))
            if extra:
                roles = [_ROLE_EN.get(x, x) if self._en() else x for x in r.roles]
                self.rows.setItem(i, len(keys) + 1, _item(r.credit_code))
                self.rows.setItem(i, len(keys) + 2, _item(("; " if self._en() else "、").join(roles)))
        if b is not None and report is not None:
            last = len(rows)
            total = (self.tr("合计（案件）") if b.multi_valued else self.tr("合计"))
            item = _item(total)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.rows.setItem(last, 0, item)
            for c, key in enumerate(keys, start=1):
                self.rows.setItem(last, c, _item(figure_text(report.total[key]), right=True, tip=tip))
        if b is None:
            self.ui.definition.setPlainText("")
            return
        parts = [self.tr("定义：{text}").format(text=definition_text(b.definition)),
                 self.tr("依据：{text}").format(text=definition_text(b.source))]
        if b.multi_valued:
            parts.append(self.tr("注：一件案件可计入多行，各行之和可大于合计。"))
        self.ui.definition.setPlainText("\n".join(parts))

    def _show_checks(self) -> None:
        report = self.report
        owners: list[tuple[str, tuple[Check, ...]]] = []
        if report is not None:
            owners.append((self.tr("合计"), report.checks))
            owners += [(self._breakdown_name(b), b.checks) for b in report.breakdowns]
        checks = [(owner, c) for owner, items in owners for c in items]
        self.checks.setRowCount(len(checks))
        for row, (owner, check) in enumerate(checks):
            verdict = _item(self.tr("通过") if check.passed else self.tr("未通过"))
            verdict.setForeground(QBrush(_PASSED if check.passed else _FAILED))
            name = _item(self._check_name(check), tip=check.name)
            if not check.passed:
                name.setForeground(QBrush(_FAILED))
            for col, item in enumerate((_item(owner), name, verdict, _item(check.detail, tip=check.detail))):
                self.checks.setItem(row, col, item)
        failed = len(report.failed) if report is not None else 0
        self.ui.tabs.setTabText(2, self.tr("校验（{count}项未通过）").format(count=failed) if failed else self.tr("校验"))

    def chart_bars(self, key: str) -> list[tuple[str, int]]:
        if self.report is None:
            return []
        bars = []
        for r in self.report.breakdown(key).rows:  # a chart's axis: the label without its explanation
            label = self._row_label(r.label, r.english)
            if self._en():
                label = SHORT_AXIS_EN.get((key, r.key), label)
            bars.append((label if label.startswith("（") else label.split("（")[0].split(" (")[0], int(r.values["cases"])))
        return bars

    def _show_charts(self) -> None:
        titles = {"industry": self.tr("按行业（当期受理）"), "category": self.tr("按劳动关系认定类别"),
                  "claim_kind": self.tr("按请求种类（一案可计入多类）")}
        for key, name in CHARTS:
            getattr(self.ui, name).set_bars(titles[key], self.chart_bars(key), self.tr("件"))

    # ---- the cases behind a figure ----
    def figure_at(self, row: int, column: int) -> PlatformFigure | None:
        """The cell's figure: a breakdown's row (or the total) and a figure column; None elsewhere."""
        b = self.current_breakdown()
        if b is None or not 1 <= column <= len(FIGURE_COLUMNS) or not 0 <= row <= len(b.rows):
            return None
        key = FIGURE_COLUMNS[column - 1][0]
        if row == len(b.rows):
            return PlatformFigure("", "", key)
        return PlatformFigure(b.key, b.rows[row].key, key)

    def list_cases(self, row: int, column: int) -> None:
        figure = self.figure_at(row, column)
        report, b = self.report, self.current_breakdown()
        if figure is None or report is None or b is None:
            return
        start, end = report.start, report.end
        uow, principal = self.ctx.uow, self.ctx.principal
        row_text = self.rows.item(row, 0).text() if self.rows.item(row, 0) else ""
        heading = self.tr("{breakdown}：{row}，{column} {value}（{start}至{end}）").format(
            breakdown=self._breakdown_name(b), row=row_text, column=self._column_names()[column - 1],
            value=self.rows.item(row, column).text(), start=format_date(start), end=format_date(end))

        def work(progress: Any) -> Any:
            return platform_cases_behind(uow, principal, figure, start=start, end=end, progress=progress)

        show_cases_behind(self, work, heading=heading, definition=definition_text(b.definition),
                          open_case=self.open_case, say=self._say_error)

    def _say_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    # ---- exporting ----
    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        suffix, caption = ((".xlsx", self.tr("导出平台企业用工情况（XLSX）")) if fmt == "xlsx"
                           else (".pdf", self.tr("导出平台企业用工情况（PDF）")))
        name = f"平台企业用工情况_{report.start.isoformat()}_{report.end.isoformat()}{suffix}"
        target, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        made_on = clock.today()
        uow = self.ctx.uow

        def work(progress: Any) -> Path:
            org = accounts.get_organisation(uow)
            return write_platform_report(report, path, fmt, organisation=org.name if org is not None else "",
                                         made_on=made_on)

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
                 label=self.tr("正在导出平台企业用工情况……"))


def write_platform_report(report: PlatformReport, path: Path, fmt: str, *, organisation: str, made_on: date) -> Path:
    """Write the report as XLSX or PDF beside ``path`` first, then put it in place (never half a file)."""
    from mediation_desk.documents.platform_export import write_xlsx
    from mediation_desk.documents.platform_pdf import platform_report_pdf

    fd, tmp = tempfile.mkstemp(prefix=".platforms-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        if fmt == "xlsx":
            write_xlsx(report, Path(tmp))
        else:
            Path(tmp).write_bytes(platform_report_pdf(report, organisation=organisation, made_on=made_on))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
