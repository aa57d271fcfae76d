"""开庭日历: every hearing of the commission in a week, by room or by arbitrator, with notice status.

Scheduling happens in a case's 仲裁 tab, where a double booking is refused; this page is where a
clerk sees the rooms' and arbitrators' weeks at a glance."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mediation_desk.domain.errors import AppError
from mediation_desk.services import arbitration
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang, show_error
from mediation_desk.ui.labels import format_date
from mediation_desk.ui.tasks import run_task

WEEKDAYS = "一二三四五六日"
STATUS = {"scheduled": "已排期", "postponed": "已延期", "held": "已开庭", "cancelled": "已取消"}
# the statuses and headers above, listed so that the English translation has them
_CATALOG = (
    QT_TRANSLATE_NOOP("HearingsPage", "已排期"), QT_TRANSLATE_NOOP("HearingsPage", "已延期"),
    QT_TRANSLATE_NOOP("HearingsPage", "已开庭"), QT_TRANSLATE_NOOP("HearingsPage", "已取消"),
    QT_TRANSLATE_NOOP("HearingsPage", "日期"), QT_TRANSLATE_NOOP("HearingsPage", "时间"),
    QT_TRANSLATE_NOOP("HearingsPage", "仲裁庭（房间）"), QT_TRANSLATE_NOOP("HearingsPage", "案号"),
    QT_TRANSLATE_NOOP("HearingsPage", "仲裁员"), QT_TRANSLATE_NOOP("HearingsPage", "状态"),
    QT_TRANSLATE_NOOP("HearingsPage", "开庭通知"),
)


class HearingsPage(QWidget):
    open_case = Signal(int)
    HEADERS = ("日期", "时间", "仲裁庭（房间）", "案号", "仲裁员", "状态", "开庭通知")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hearings: list[arbitration.Hearing] = []
        today = date.today()
        monday = today - timedelta(days=today.weekday())
        self.week = QDateEdit(QDate(monday.year, monday.month, monday.day))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.room = QComboBox()
        self.room.addItem(self.tr("全部仲裁庭"), "")
        self.room.currentIndexChanged.connect(lambda _i: self._show())
        self.arbitrator = QComboBox()
        self.arbitrator.addItem(self.tr("全部仲裁员"), "")
        self.arbitrator.currentIndexChanged.connect(lambda _i: self._show())
        previous, following = QPushButton(self.tr("上一周")), QPushButton(self.tr("下一周"))
        previous.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        following.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("自")))
        bar.addWidget(self.week)
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(self.room)
        bar.addWidget(self.arbitrator)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._open)
        hint = QLabel(self.tr("在案件的“仲裁”页安排开庭；同一仲裁员或同一仲裁庭时间冲突的安排会被拒绝。双击一行打开案件。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #52606d;")
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(hint)

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
            late = not h.notice_served_on and not h.notice_waived and h.status == "scheduled" and date.today() > due
            weekday = (f" ({h.day:%a})" if current_lang() == "en" else f"（周{WEEKDAYS[h.day.weekday()]}）")
            cells = (f"{format_date(h.day)}{weekday}",
                     f"{h.starts_at:%H:%M}—{h.ends_at:%H:%M}", h.room, h.case_number,
                     "、".join(a.name for a in h.arbitrators), self.tr(STATUS.get(h.status, h.status)),
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
