"""工作记录: the platform order histories imported for a case, as a weekly table and a chart.

Each import is derived evidence: the panel names its source file and SHA-256, the minimum wage
it was compared with, and draws the figures from the metrics stored in the book (the source file
is not needed again). Every database and file operation runs on the worker thread. The layout is
``ui/work_records_panel.ui``; the table's model and the chart are in ``work_records_metrics``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from mediation_desk import jurisdiction
from mediation_desk.domain.cases import CaseDetail, PartySide
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import Permission
from mediation_desk.domain.work_records import PeriodMetrics
from mediation_desk.services import clock
from mediation_desk.services import work_records as wr
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.work_records_import import WorkRecordsImportDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.work_records_panel_ui import Ui_WorkRecordsPanel
from mediation_desk.ui.labels import format_date, format_datetime
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.case_tab import CaseTab
from mediation_desk.ui.views.work_records_metrics import (STANDARD_WEEK_HOURS, WorkHoursChart,
                                                          WorkMetricsTableModel)
from mediation_desk.ui.widgets import guarded


def _district_pattern() -> re.Pattern[str]:
    """A district or county named in an address, after the optional name of the venue's city."""
    city = re.escape(jurisdiction.venue().city)
    return re.compile(rf"(?:{city})?([\u4e00-\u9fff]{{1,10}}?(?:区|县))")


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


class WorkRecordsPanel(CaseTab):
    """The work records of the case given to ``set_case``; ``imported`` is emitted after an import."""

    imported = Signal(object)  # the WorkRecordImport just stored

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.imports: list[wr.WorkRecordImport] = []
        self.current: wr.WorkRecordImport | None = None
        self.tier = "一类"
        self.loading = False
        self._select_after_load: int | None = None
        self._addresses: tuple[str, ...] = ()
        self.import_dialog: WorkRecordsImportDialog | None = None
        self.can_import = ctx.principal.can(Permission.MANAGE_EVIDENCE)

        self.ui = Ui_WorkRecordsPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.heading, self.import_button, self.list = ui.heading, ui.import_button, ui.list
        self.source_label, self.summary_label = ui.source_label, ui.summary_label
        self.table, self.chart, self.chart_note, self.splitter = ui.table, ui.chart, ui.chart_note, ui.splitter
        self.import_button.clicked.connect(self.open_import)
        self.list.setMaximumHeight(2 * (self.fontMetrics().height() + 6) + 6)
        self.list.currentRowChanged.connect(self._import_selected)
        # a refusal (reading the records) is shown under the summary, above the figures
        self.error_label = self.message
        ui.column.insertWidget(ui.column.indexOf(self.splitter), self.error_label)

        self.model = WorkMetricsTableModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.set_case(None)

    # ---- the case ----
    @property
    def case(self) -> CaseDetail | None:
        return self.detail

    def set_case(self, detail: CaseDetail | None) -> None:
        """Start afresh, even on the same case (the latest import is selected again)."""
        self.detail = None
        super().set_case(detail)

    def read_title(self) -> str:
        return self.tr("读取工作记录")

    def read_state(self, case_id: int) -> tuple[list[wr.WorkRecordImport], str]:
        return wr.list_work_record_imports(self.ctx.uow, self.ctx.principal, case_id=case_id), \
            _tier_for(self._addresses)

    def show_state(self, state: tuple[list[wr.WorkRecordImport], str] | None) -> None:
        if state is not None:
            self._loaded(state)
            return
        self.imports = []
        self.current = None
        self.tier = "一类"
        self.loading = False
        self._select_after_load = None
        self.list.clear()
        self._show(None)
        self.error_label.hide()
        if self.detail is None:
            self.source_label.setText(self.tr("选择一个案件后，这里显示该案导入的平台工作记录。"))

    def update_actions(self) -> None:
        self.import_button.setEnabled(self.detail is not None and self.can_import)

    def say(self, exc: BaseException) -> bool:
        self.loading = False
        return super().say(exc)

    def reload(self, select_id: int | None = None) -> None:
        if self.detail is None:
            return
        self._select_after_load = select_id
        self.loading = True
        # the minimum-wage tier follows the applicant's address first, then the others'
        self._addresses = tuple(p.address for p in sorted(self.detail.parties,
                                                          key=lambda p: p.side != PartySide.APPLICANT))
        super().reload()

    def _loaded(self, result: tuple[list[wr.WorkRecordImport], str]) -> None:
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
        self._generation += 1  # a read started before (of the list or another import) is not shown
        generation, import_id = self._generation, self.imports[row].id

        def loaded(imp: wr.WorkRecordImport) -> None:
            if generation == self._generation:
                self.loading = False
                self._show(imp)

        def failed(exc: BaseException) -> bool:
            return True if generation != self._generation else self.say(exc)

        self.loading = True
        run_task(self, self.tr("读取工作记录"),
                 lambda _progress: wr.get_work_record_import(self.ctx.uow, self.ctx.principal, import_id=import_id),
                 on_done=guarded(self, loaded), on_error=guarded(self, failed, True), show_progress=False)

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


__all__ = ["STANDARD_WEEK_HOURS", "WorkHoursChart", "WorkMetricsTableModel", "WorkRecordsPanel"]
