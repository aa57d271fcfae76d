"""开庭日历: every hearing of the commission in a week, by room or by arbitrator, with notice status.

Scheduling happens in a case's 仲裁 tab, where a double booking is refused; this page is where a
clerk sees the rooms' and arbitrators' weeks at a glance."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.services import arbitration, clock
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import show_error
from mediation_desk.ui.forms.hearings_page_ui import Ui_HearingsPage
from mediation_desk.ui.labels import format_date, join_names
from mediation_desk.ui.tasks import run_task

WEEKDAYS = (QT_TRANSLATE_NOOP("HearingsPage", "周一"), QT_TRANSLATE_NOOP("HearingsPage", "周二"),
            QT_TRANSLATE_NOOP("HearingsPage", "周三"), QT_TRANSLATE_NOOP("HearingsPage", "周四"),
            QT_TRANSLATE_NOOP("HearingsPage", "周五"), QT_TRANSLATE_NOOP("HearingsPage", "周六"),
            QT_TRANSLATE_NOOP("HearingsPage", "周日"))
STATUS = {"scheduled": QT_TRANSLATE_NOOP("HearingsPage", "已排期"), "postponed": QT_TRANSLATE_NOOP("HearingsPage", "已延期"),
          "held": QT_TRANSLATE_NOOP("HearingsPage", "已开庭"), "cancelled": QT_TRANSLATE_NOOP("HearingsPage", "已取消")}


class HearingsPage(QWidget):
    open_case = Signal(int)
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hearings: list[arbitration.Hearing] = []
        today = clock.today()
        monday = today - timedelta(days=today.weekday())
        self.ui = Ui_HearingsPage()
        self.ui.setupUi(self)
        self.week, self.room, self.arbitrator = self.ui.week, self.ui.room, self.ui.arbitrator
        self.summary, self.table = self.ui.summary, self.ui.table
        self.week.setDate(QDate(monday.year, monday.month, monday.day))
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.room.addItem(self.tr("全部仲裁庭"), "")
        self.room.currentIndexChanged.connect(lambda _i: self._show())
        self.arbitrator.addItem(self.tr("全部仲裁员"), "")
        self.arbitrator.currentIndexChanged.connect(lambda _i: self._show())
        self.ui.previous_week.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.ui.next_week.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._open)

    def refresh(self) -> None:
        start_day = self.week.date().toPython()
        start = datetime.combine(start_day, time.min)
        end = start + timedelta(days=7)

        def work(progress):  # noqa: ANN001, ANN202
            return arbitration.hearing_calendar(self.ctx.uow, self.ctx.principal, start=start, end=end)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AppError):
                show_error(self, exc)
                return True
            return False

        run_task(self, self.tr("读取开庭日历"), work, on_done=self._loaded, on_error=failed, show_progress=False)

    def _loaded(self, hearings: list[arbitration.Hearing]) -> None:
        self.hearings = sorted(hearings, key=lambda h: (h.starts_at, h.room))
        for combo, values in ((self.room, sorted({h.room for h in self.hearings if h.room})),
                              (self.arbitrator, sorted({a.name for h in self.hearings for a in h.arbitrators}))):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._show()

    def shown_hearings(self) -> list[arbitration.Hearing]:
        room, who = self.room.currentData(), self.arbitrator.currentData()
        return [h for h in self.hearings
                if (not room or h.room == room) and (not who or any(a.name == who for a in h.arbitrators))]

    def _show(self) -> None:
        rows = self.shown_hearings()
        self.table.setRowCount(len(rows))
        for r, h in enumerate(rows):
            notice = (self.tr("已送达 {d}").format(d=format_date(h.notice_served_on)) if h.notice_served_on
                      else self.tr("当事人放弃") if h.notice_waived else self.tr("未送达"))
            due = arbitration.hearing_notice_due(h.day)
            late = not h.notice_served_on and not h.notice_waived and h.status == "scheduled" and clock.today() > due
            cells = (self.tr("{day}（{weekday}）").format(day=format_date(h.day),
                                                          weekday=self.tr(WEEKDAYS[h.day.weekday()])),
                     f"{h.starts_at:%H:%M}—{h.ends_at:%H:%M}", h.room, h.case_number,
                     join_names([a.name for a in h.arbitrators]), self.tr(STATUS.get(h.status, h.status)),
                     notice + (self.tr("（应于{d}前送达）").format(d=format_date(due)) if not h.notice_served_on else ""))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.case_id)
                if late:
                    item.setForeground(QBrush(QColor("#b3261e")))
                self.table.setItem(r, c, item)
        self.summary.setText(self.tr("本周 {n} 场开庭").format(n=len(rows)))

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))
