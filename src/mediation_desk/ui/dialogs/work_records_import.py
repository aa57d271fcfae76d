"""导入工作记录: choose a platform's order export, map its columns (remembered per platform),
see every malformed row and the figures, then import all rows or none.

Reading the file, hashing it, looking up the remembered mapping, the preview and the import all
run on the worker thread; the dialog only holds the cells it was handed back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from mediation_desk.domain.errors import AppError, ValidationError
from mediation_desk.domain.work_records import ColumnMapping
from mediation_desk.services import work_records as wr
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.dialogs.work_records_columns import ColumnChecks, ColumnChoice
from mediation_desk.ui.form_support import ERROR_STYLE
from mediation_desk.ui.forms.work_records_import_dialog_ui import Ui_WorkRecordsImportDialog
from mediation_desk.ui.tasks import run_task

PREVIEW_DELAY_MS = 250
TIERS = ("一类", "二类", "三类")
ERRORS_LISTED = 500
_OK_STYLE = "color: #1e6b35;"


# Work on the worker thread: plain functions of plain values.

def _read(uow: Any, principal: Any, path: Path, platform: str, _progress: Any) -> tuple[Any, Any]:
    source = wr.read_work_record_source(path)
    return source, wr.suggest_mapping(uow, principal, platform=platform, source=source)


def _suggest(uow: Any, principal: Any, platform: str, source: Any, _progress: Any) -> Any:
    return wr.suggest_mapping(uow, principal, platform=platform, source=source)


def _preview(table: Any, mapping: ColumnMapping, tier: str | None, name: str, sha: str, _progress: Any) -> Any:
    return wr.preview_work_records(table, mapping, tier, source_name=name, source_sha256=sha)


def _platforms(uow: Any, principal: Any, _progress: Any) -> list[str]:
    return wr.known_platforms(uow, principal)


def _import(uow: Any, principal: Any, case_id: int, path: Path, platform: str, mapping: ColumnMapping,
            tier: str | None, sha: str) -> Any:
    return wr.import_work_records(uow, principal, case_id=case_id, source_path=path, platform=platform,
                                  mapping=mapping, minimum_hourly=tier, expected_sha256=sha)


class WorkRecordsImportDialog(TaskDialog):
    """``result_value`` is the stored ``WorkRecordImport`` once the import succeeded."""

    def __init__(self, ctx: DeskContext, *, case_id: int, case_number: str, platform: str = "",
                 tier: str | None = "一类", parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("导入工作记录 — {number}").format(number=case_number))
        self.ctx = ctx
        self.case_id = case_id
        self.source: wr.WorkRecordSource | None = None
        self.path: Path | None = None
        self.preview: wr.WorkRecordPreview | None = None
        self.reading = False
        self.previewing = False
        self._preview_generation = 0
        self._suggest_generation = 0
        self._filling = False
        self.resize(900, 760)

        self.ui = Ui_WorkRecordsImportDialog()
        self.use_form(self.ui, {"platform": "platform", "tier": "tier", "file": "file_box"})
        ui = self.ui
        self.body.setStretchFactor(ui.column.parentWidget(), 1)  # the preview takes the room that is left
        self.platform, self.tier, self.file_name = ui.platform, ui.tier, ui.file_name
        self.choose_button, self.source_info = ui.choose_button, ui.source_info
        self.mapping_box, self.header_row, self.mapping_note = ui.mapping_box, ui.header_row, ui.mapping_note
        self.start, self.end, self.duration, self.duration_unit = ui.start, ui.end, ui.duration, ui.duration_unit
        self.date, self.order_id, self.kind = ui.date, ui.order_id, ui.kind
        self.earnings, self.deductions = ui.earnings, ui.deductions
        self.preview_box, self.summary, self.row_errors = ui.preview_box, ui.summary, ui.row_errors

        self.platform.lineEdit().setPlaceholderText(self.tr("如 速达外卖、快跑出行"))
        if platform:
            self.platform.addItem(platform)
        self.platform.setCurrentText(platform)
        for name in TIERS:
            self.tier.addItem(self.tr("江西省{tier}（按记录期末适用的标准）").format(tier=self.tr(name)), name)
        self.tier.addItem(self.tr("不与最低工资比较"), None)
        self.tier.setCurrentIndex(max(0, self.tier.findData(tier)) if tier else self.tier.count() - 1)
        self.choose_button.clicked.connect(self.choose_file)
        self.header_row.setRange(1, wr.HEADER_SEARCH_ROWS)
        for code, text in (("minute", self.tr("分钟")), ("hour", self.tr("小时")), ("second", self.tr("秒"))):
            self.duration_unit.addItem(text, code)
        self.row_errors.setStyleSheet(ERROR_STYLE)
        self.row_errors.hide()
        self.finish_layout()
        self.ok_button.setText(self.tr("导入"))
        self.ok_button.setEnabled(False)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.run_preview)
        self._platform_timer = QTimer(self)
        self._platform_timer.setSingleShot(True)
        self._platform_timer.setInterval(400)
        self._platform_timer.timeout.connect(self._platform_changed)
        for combo in (self.start, self.end, self.duration, self.date, self.order_id, self.kind, self.duration_unit):
            combo.currentIndexChanged.connect(self._mapping_edited)
        for checks in (self.earnings, self.deductions):
            checks.itemChanged.connect(self._mapping_edited)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.tier.currentIndexChanged.connect(self._mapping_edited)
        self.platform.currentTextChanged.connect(lambda _t: self._platform_timer.start())

        run_task(self, self.tr("读取平台列表"), _platforms, ctx.uow, ctx.principal, on_done=self._platforms_loaded,
                 on_error=lambda _e: True, show_progress=False)

    # ---- platforms ----
    def _platforms_loaded(self, names: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        current = self.platform.currentText()
        self.platform.blockSignals(True)
        for name in names:
            if self.platform.findText(name) < 0:
                self.platform.addItem(name)
        self.platform.setCurrentText(current)
        self.platform.blockSignals(False)

    def platform_name(self) -> str:
        return " ".join(self.platform.currentText().split())

    def _platform_changed(self) -> None:
        """A platform with a remembered mapping: offer it for the loaded file."""
        if self.source is None or not self.platform_name():
            return
        self._suggest_generation += 1
        generation = self._suggest_generation
        run_task(self, self.tr("读取列对应"), _suggest, self.ctx.uow, self.ctx.principal, self.platform_name(),
                 self.source, on_done=lambda s: self._suggested(generation, s), on_error=lambda _e: True,
                 show_progress=False)

    def _suggested(self, generation: int, suggestion: wr.MappingSuggestion) -> None:
        if not shiboken6.isValid(self) or generation != self._suggest_generation:
            return
        if suggestion.origin == "remembered":
            self.apply_mapping(suggestion.mapping, suggestion.note)

    # ---- the file ----
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择工作记录文件"), str(Path.home()),
                                              self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.path = Path(path)
        self.source = None
        self.preview = None
        self.file_name.setText(self.path.name)
        self.source_info.setText(self.tr("正在读取…"))
        self.choose_button.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.reading = True
        run_task(self, self.tr("读取工作记录"), _read, self.ctx.uow, self.ctx.principal, self.path,
                 self.platform_name(), on_done=self._file_read, on_error=self._file_failed)

    def _file_read(self, result: tuple[wr.WorkRecordSource, wr.MappingSuggestion]) -> None:
        if not shiboken6.isValid(self):
            return
        self.reading = False
        self.choose_button.setEnabled(True)
        source, suggestion = result
        self.source = source
        self.source_info.setText(self.tr("共 {rows} 行（含表头）　SHA-256：{sha}").format(rows=len(source.rows), sha=source.sha256))
        self.mapping_box.setEnabled(True)
        self._filling = True
        self.header_row.setValue(source.header_row + 1)
        self._fill_columns()
        self._filling = False
        if suggestion.mapping is not None:
            self.apply_mapping(suggestion.mapping, suggestion.note)
        else:
            self.mapping_note.setText(suggestion.note)
            self.schedule_preview()

    def _file_failed(self, exc: BaseException) -> bool:
        if not shiboken6.isValid(self):
            return True
        self.reading = False
        self.choose_button.setEnabled(True)
        if isinstance(exc, AppError):
            self.source_info.setText("")
            self.show_message(exc.text(current_lang()))
            return True
        return False

    def _column_names(self) -> list[str]:
        assert self.source is not None
        header_index = self.header_row.value() - 1
        header = self.source.rows[header_index] if header_index < len(self.source.rows) else ()
        names = []
        for i in range(self.source.width):
            name = header[i].strip() if i < len(header) else ""
            names.append(self.tr("第{n}列：{name}").format(n=i + 1, name=name) if name else
                         self.tr("第{n}列").format(n=i + 1))
        return names

    def _fill_columns(self) -> None:
        names = self._column_names()
        for combo in (self.start, self.end, self.duration, self.date, self.order_id, self.kind):
            combo.set_columns(names, self.tr("（不使用）"))
        self.earnings.set_columns(names)
        self.deductions.set_columns(names)

    def _header_row_changed(self, _value: int) -> None:
        if self._filling or self.source is None:
            return
        self._filling = True
        self._fill_columns()
        self._filling = False
        self.schedule_preview()

    # ---- mapping ----
    def apply_mapping(self, mapping: ColumnMapping, note: str = "") -> None:
        self._filling = True
        try:
            self.header_row.setValue(max(1, mapping.header_rows))
            self._fill_columns()
            self.start.set_column(mapping.start)
            self.end.set_column(mapping.end)
            self.duration.set_column(mapping.duration)
            self.duration_unit.setCurrentIndex(max(0, self.duration_unit.findData(mapping.duration_unit)))
            self.date.set_column(mapping.date)
            self.order_id.set_column(mapping.order_id)
            self.kind.set_column(mapping.kind)
            self.earnings.set_checked(mapping.earnings)
            self.deductions.set_checked(mapping.deductions)
        finally:
            self._filling = False
        self.mapping_note.setText(note)
        self.schedule_preview()

    def current_mapping(self) -> ColumnMapping:
        """The mapping as chosen; ValidationError when it is incomplete."""
        start = self.start.column()
        if start is None:
            raise ValidationError({"start": self.tr("请指定开始时间所在的列")})
        return ColumnMapping(start=start, end=self.end.column(), duration=self.duration.column(),
                             duration_unit=self.duration_unit.currentData(), date=self.date.column(),
                             order_id=self.order_id.column(), earnings=self.earnings.columns(),
                             deductions=self.deductions.columns(), kind=self.kind.column(),
                             header_rows=self.header_row.value())

    def _mapping_edited(self, *_args: Any) -> None:
        if not self._filling:
            self.schedule_preview()

    # ---- preview ----
    def schedule_preview(self) -> None:
        self.ok_button.setEnabled(False)
        self._preview_timer.start()

    def run_preview(self) -> None:
        self._preview_timer.stop()
        if self.source is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        try:
            mapping = self.current_mapping()
        except ValidationError as exc:
            self.preview = None
            self._show_problem("；".join(exc.fields.values()))
            return
        self.previewing = True
        source = self.source
        run_task(self, self.tr("预览工作记录"), _preview, source.rows, mapping, self.tier.currentData(), source.name,
                 source.sha256, on_done=lambda p: self._previewed(generation, p),
                 on_error=lambda e: self._preview_failed(generation, e), show_progress=False)

    def _show_problem(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.row_errors.clear()
        self.row_errors.hide()
        self.ok_button.setEnabled(False)

    def _preview_failed(self, generation: int, exc: BaseException) -> bool:
        if not shiboken6.isValid(self) or generation != self._preview_generation:
            return True
        self.previewing = False
        if isinstance(exc, AppError):
            self.preview = None
            self._show_problem(exc.text(current_lang()))
            return True
        return False

    def _previewed(self, generation: int, preview: wr.WorkRecordPreview) -> None:
        if not shiboken6.isValid(self) or generation != self._preview_generation:
            return
        self.previewing = False
        self.preview = preview
        lines = [self.tr("读取 {rows} 行，可以导入的订单记录 {records} 条。").format(rows=preview.rows_read,
                                                                          records=preview.records)]
        m = preview.metrics
        if m is not None:
            t = m.total
            lines.append(self.tr("记录期间 {first} 至 {last}（{weeks} 周）：工作 {days} 天，接单配送 {hours} 小时，订单 {orders} 单，"
                                 "收入 {earnings} 元，扣款 {deductions} 元，实际时薪 {hourly} 元/小时。").format(
                first=t.first_day.isoformat(), last=t.last_day.isoformat(), weeks=m.weeks_in_period,
                days=t.days_worked, hours=t.delivery_hours, orders=t.orders, earnings=t.earnings,
                deductions=t.deductions, hourly=t.effective_hourly if t.effective_hourly is not None else "—"))
            if m.minimum_hourly is not None:
                lines.append(self.tr("与小时最低工资标准 {minimum} 元比较（{tier}）。").format(
                    minimum=m.minimum_hourly, tier=self.tier.currentData()))
            elif m.minimum_wage_note:
                lines.append(m.minimum_wage_note)
        self.row_errors.clear()
        if preview.errors:
            rows = len({e.row for e in preview.errors})
            lines.append(self.tr("有 {n} 行无法读取（见下表）。这些行改正之前不能导入：导入是全部或全部不导入。").format(n=rows))
            for e in preview.errors[:ERRORS_LISTED]:
                self.row_errors.addItem(e.text)
            if len(preview.errors) > ERRORS_LISTED:
                self.row_errors.addItem(self.tr("……另有 {n} 处").format(n=len(preview.errors) - ERRORS_LISTED))
            self.row_errors.show()
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            self.row_errors.hide()
            self.summary.setStyleSheet(_OK_STYLE if preview.ok else ERROR_STYLE)
        self.summary.setText("\n".join(lines))
        self.ok_button.setEnabled(preview.ok and not self.busy)

    # ---- import ----
    def on_ok(self) -> None:
        if self.source is None or self.path is None or self.preview is None or not self.preview.ok:
            return
        try:
            mapping = self.current_mapping()
        except ValidationError as exc:
            self._show_problem("；".join(exc.fields.values()))
            return
        self.submit(self.tr("导入工作记录"), _import, self.ctx.uow, self.ctx.principal, self.case_id, self.path,
                    self.platform_name(), mapping, self.tier.currentData(), self.source.sha256,
                    busy_text=self.tr("正在导入…"))

    def _work_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, wr.WorkRecordRowErrors):
            self._set_busy(False)
            self.row_errors.clear()
            for e in exc.row_errors[:ERRORS_LISTED]:
                self.row_errors.addItem(e.text)
            self.row_errors.show()
            self.show_message(exc.text(current_lang()))
            return True
        return super()._work_failed(exc)


__all__ = ["ColumnChecks", "ColumnChoice", "WorkRecordsImportDialog"]
