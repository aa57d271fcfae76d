"""设置 → 节假日安排: where each year's holiday data comes from, and the form in which an
administrator enters the State Council's notice for a year (days off and make-up working days of
each festival, the notice's number and date). Saving recomputes every case's deadlines with a
progress dialog; the dates that were 暂定 lose the mark."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHeaderView, QLineEdit, QTableWidgetItem, QWidget

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.holiday_arrangements import FESTIVALS, FestivalEntry, notice_title, parse_day_list
from mediation_desk.domain.users import Permission
from mediation_desk.services import clock, deadlines, holidays
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.form_support import ERROR_STYLE, NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.holidays_tab_ui import Ui_HolidaysTab
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import from_qdate, guarded, to_qdate

FESTIVAL_LABELS = {
    "元旦": QT_TRANSLATE_NOOP("HolidaysTab", "元旦"),
    "春节": QT_TRANSLATE_NOOP("HolidaysTab", "春节"),
    "清明节": QT_TRANSLATE_NOOP("HolidaysTab", "清明节"),
    "劳动节": QT_TRANSLATE_NOOP("HolidaysTab", "劳动节"),
    "端午节": QT_TRANSLATE_NOOP("HolidaysTab", "端午节"),
    "中秋节": QT_TRANSLATE_NOOP("HolidaysTab", "中秋节"),
    "国庆节": QT_TRANSLATE_NOOP("HolidaysTab", "国庆节"),
}
SOURCE_LABELS = {
    "entered": QT_TRANSLATE_NOOP("HolidaysTab", "已录入通知"),
    "data": QT_TRANSLATE_NOOP("HolidaysTab", "程序内置数据"),
    "provisional": QT_TRANSLATE_NOOP("HolidaysTab", "尚无通知：按周末和法定节假日推算，期限暂定"),
    "missing": QT_TRANSLATE_NOOP("HolidaysTab", "缺少数据：期限无法计算"),
}
_COL_OFF_FIRST, _COL_OFF_LAST, _COL_WORK = 1, 2, 3


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class HolidaysTab(QWidget):
    saved = Signal(int)  # the year whose arrangement was saved and whose deadlines were recomputed

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.editable = ctx.principal.can(Permission.MANAGE_ORGANISATION)
        self.today = clock.today()
        self.recomputed: int | None = None
        self._pending = 0  # reads on the worker not answered yet
        self._then: list[Callable[[], None]] = []
        self.ui = Ui_HolidaysTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.note = ui.note
        self.note.setStyleSheet(NOTICE_STYLE)
        self.note.setVisible(not self.editable)
        self.years, self.year, self.title, self.number = ui.years, ui.year, ui.title, ui.number
        self.notice_date, self.festivals, self.message = ui.notice_date, ui.festivals, ui.message
        self.done_label, self.save_button = ui.done_label, ui.save_button
        self.message.setStyleSheet(ERROR_STYLE)
        self.years.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.years.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.years.setColumnWidth(1, 210)
        self.years.itemSelectionChanged.connect(self._year_selected)
        self.year.setRange(self.today.year - 1, self.today.year + 5)
        self.year.valueChanged.connect(self._year_changed)
        self.notice_date.setDate(to_qdate(self.today))

        self.festivals.setRowCount(len(FESTIVALS))
        header = self.festivals.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.checks: dict[str, QCheckBox] = {}
        self.firsts: dict[str, QDateEdit] = {}
        self.lasts: dict[str, QDateEdit] = {}
        self.workdays: dict[str, QLineEdit] = {}
        for row, name in enumerate(FESTIVALS):
            check = QCheckBox(QCoreApplication.translate("HolidaysTab", FESTIVAL_LABELS[name]))
            check.setChecked(True)
            self.checks[name] = check
            self.festivals.setCellWidget(row, 0, check)
            self.firsts[name] = _date_edit(self.today)
            self.lasts[name] = _date_edit(self.today)
            self.workdays[name] = QLineEdit()
            self.festivals.setCellWidget(row, _COL_OFF_FIRST, self.firsts[name])
            self.festivals.setCellWidget(row, _COL_OFF_LAST, self.lasts[name])
            self.festivals.setCellWidget(row, _COL_WORK, self.workdays[name])
        self.festivals.setFixedHeight(self.festivals.verticalHeader().length()
                                        + self.festivals.horizontalHeader().height() + 4)
        self.form = FieldErrors()
        self.form.attach(ui.fields, {"year": self.year, "notice_title": self.title, "notice_number": self.number,
                                     "notice_date": self.notice_date, "festivals": self.festivals})
        self.save_button.clicked.connect(self.save)
        for w in [self.year, self.title, self.number, self.notice_date, self.save_button, *self.checks.values(),
                  *self.firsts.values(), *self.lasts.values(), *self.workdays.values()]:
            w.setEnabled(self.editable)
        self.load()

    # ---- loading (on the worker) ----
    @property
    def ready(self) -> bool:
        """No read of this tab is waiting for its answer."""
        return self._pending == 0

    def _read(self, title: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._pending += 1

        def finished() -> None:
            self._pending -= 1
            if self._pending == 0:
                then, self._then = self._then, []
                for fn_then in then:
                    fn_then()

        def ok(result: Any) -> None:
            try:
                done(result)
            finally:
                finished()

        def bad(exc: BaseException) -> bool:
            finished()
            return False  # an AppError is shown by the task's error dialog, anything else is a crash

        run_task(self, title, lambda progress: fn(), on_done=guarded(self, ok), on_error=guarded(self, bad, True),
                 background=True,
                 show_progress=False)

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read every year's holiday data, then the form's year; ``then`` runs when both are shown."""
        if then is not None:
            self._then.append(then)
        years = range(self.today.year - 1, self.today.year + 3)
        self._read(self.tr("读取节假日数据"),
                   lambda: holidays.year_status(self.ctx.uow, self.ctx.principal, years), self._show_statuses)

    def _show_statuses(self, statuses: Any) -> None:
        self.statuses = statuses
        self.years.blockSignals(True)
        self.years.setRowCount(len(statuses))
        first_open = None
        for row, st in enumerate(statuses):
            notice = ""
            if st.arrangement is not None:
                a = st.arrangement
                notice = self.tr("{notice}；{who}于{when}录入").format(
                    notice=a.notice, who=a.entered_by, when=format_datetime(a.entered_at))
            values = [str(st.year), QCoreApplication.translate("HolidaysTab", SOURCE_LABELS[st.source]), notice]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if st.source == "provisional":
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.years.setItem(row, col, item)
            if first_open is None and st.source == "provisional":
                first_open = st.year
        self.years.blockSignals(False)
        self.years.resizeRowsToContents()
        self.years.setFixedHeight(self.years.horizontalHeader().height() + self.years.verticalHeader().length() + 4)
        target = first_open or self.today.year + 1
        if self.year.value() != target:
            self.year.setValue(target)  # loads the form
        else:
            self._year_changed(target)

    def _year_selected(self) -> None:
        rows = self.years.selectionModel().selectedRows()
        if rows:
            self.year.setValue(self.statuses[rows[0].row()].year)

    def _year_changed(self, year: int) -> None:
        self.form.clear_errors()
        self.message.clear()
        self._read(self.tr("读取节假日数据"), lambda: holidays.estimate_for(self.ctx.uow, self.ctx.principal, year),
                   lambda found: self._fill_form(year, found))

    def _fill_form(self, year: int, found: Any) -> None:
        if year != self.year.value():
            return  # the user has chosen another year meanwhile
        entries = {e.name: e for e in found}
        entered = next((s.arrangement for s in getattr(self, "statuses", ()) if s.year == year and s.arrangement), None)
        self.title.setText(entered.notice_title if entered else notice_title(year))
        self.number.setText(entered.notice_number if entered else "")
        self.notice_date.setDate(to_qdate(entered.notice_date if entered else min(self.today, date(year, 12, 31))))
        for name in FESTIVALS:
            e = entries.get(name)
            self.checks[name].setChecked(e is not None)
            first = e.first if e else date(year, 1, 1)
            self.firsts[name].setDate(to_qdate(first))
            self.lasts[name].setDate(to_qdate(e.last if e else first))
            self.workdays[name].setText("、".join(f"{d.month}月{d.day}日" for d in e.workdays) if e else "")

    # ---- saving ----
    def entries(self, year: int) -> list[FestivalEntry]:
        out = []
        problems: dict[str, str] = {}
        for name in FESTIVALS:
            if not self.checks[name].isChecked():
                continue
            try:
                work = tuple(parse_day_list(self.workdays[name].text(), year, f"{name}.workdays"))
            except ValidationError as exc:
                problems.update(exc.fields)
                continue
            out.append(FestivalEntry(name, from_qdate(self.firsts[name].date()), from_qdate(self.lasts[name].date()),
                                     work))
        if problems:
            raise ValidationError(problems)
        return out

    def save(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        self.done_label.clear()
        year = self.year.value()
        number, title = self.number.text(), self.title.text()
        notice_day = from_qdate(self.notice_date.date())
        try:
            festivals = self.entries(year)
        except ValidationError as exc:
            self._failed(exc)
            return
        ctx = self.ctx

        def work(progress: Any) -> int:
            holidays.save_arrangement(ctx.uow, ctx.principal, year=year, notice_number=number, notice_date=notice_day,
                                      festivals=festivals, notice_title=title)
            return deadlines.recompute_all(ctx.uow, ctx.principal, progress=progress, reason=f"holidays:{year}")

        def done(count: int) -> None:
            def shown() -> None:  # once the years' list shows the saved notice
                self.recomputed = count
                self.done_label.setText(self.tr("已保存{year}年的节假日安排，并重新计算了 {n} 个案件的法定期限。").format(
                    year=year, n=count))
                self.saved.emit(year)
                self.events.deadlines_recomputed.emit()

            self.load(then=shown)

        run_task(self, self.tr("保存节假日安排"), work, on_done=done, on_error=self._failed, on_cancelled=self._cancelled,
                 label=self.tr("已保存节假日安排，正在重新计算各案件的法定期限……"))

    def _cancelled(self) -> None:
        self.message.setText(self.tr("节假日安排已保存；重新计算已取消，下次登录时将自动完成。"))
        self.load()
        self.events.deadlines_recomputed.emit()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            if rest:
                self.message.setText("；".join(rest.values()))
            return True
        return False

    def year_row_text(self, year: int) -> str:
        """The source column of ``year``."""
        for row, st in enumerate(getattr(self, "statuses", ())):
            if st.year == year:
                return self.years.item(row, 1).text()
        return ""
