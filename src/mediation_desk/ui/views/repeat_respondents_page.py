"""监察转送: the enterprises named as respondent in N or more new cases within D days (the book's
settings), each with its cases, and from one of them a referral to the labour-inspection authority."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mediation_desk.domain.cases import CaseStatus
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.inspection import RepeatReport, RepeatRespondent
from mediation_desk.domain.users import Permission
from mediation_desk.services import clock, inspection
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.dialogs.inspection_referral import InspectionReferralDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.forms.repeat_respondents_page_ui import Ui_RepeatRespondentsPage
from mediation_desk.ui.labels import format_date, join_names, label, money
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded, to_qdate


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RepeatRespondentsPage(QWidget):
    """Layout: ``ui/repeat_respondents_page.ui``. ``open_case(case_id)`` shows a case in the case list."""

    def __init__(self, ctx: DeskContext, open_case: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.open_case = ctx, open_case
        self.report: RepeatReport | None = None
        self.dialog: InspectionReferralDialog | None = None
        self.ui = ui = Ui_RepeatRespondentsPage()
        ui.setupUi(self)
        self.respondents, self.cases, self.summary, self.message = ui.respondents, ui.cases, ui.summary, ui.message
        ui.reference.setDate(to_qdate(clock.today()))
        ui.refresh_button.clicked.connect(self.refresh)
        ui.reference.dateChanged.connect(lambda _d: self.refresh())
        for table in (self.respondents, self.cases):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.respondents.itemSelectionChanged.connect(self._show_cases)
        self.cases.cellDoubleClicked.connect(lambda row, _col: self.open_selected(row))
        ui.open_button.clicked.connect(lambda: self.open_selected(self.cases.currentRow()))
        ui.refer_button.clicked.connect(self.refer)
        self.can_refer = ctx.principal.can(Permission.CHANGE_CASE_STATUS) and ctx.renderer is not None
        self._update_buttons()
        self._read_once = False  # the list is read when the page is first shown, not at log-in

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._read_once:
            self._read_once = True
            self.refresh()

    def refresh(self) -> None:
        reference = self.ui.reference.date().toPython()

        def work(progress: Any) -> RepeatReport:
            return inspection.repeat_respondents(self.ctx.uow, self.ctx.principal, reference=reference)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AppError):
                self.report = None
                self.summary.setText(exc.text(current_lang()))
                self._fill()
                return True
            return False

        run_task(self, self.tr("读取重复被申请人"), work, on_done=guarded(self, self._loaded),
                 on_error=guarded(self, failed, True), show_progress=False)

    def _loaded(self, report: RepeatReport) -> None:
        self.report = report
        s = report.settings
        self.summary.setText(self.tr("{since}至{until}（{days}天）收案，作为被申请人达到{count}件的用人单位和平台企业："
                                     "{found}家。同一企业按统一社会信用代码识别，没有代码的按规范化后的名称识别。").format(
            since=format_date(report.since), until=format_date(report.reference), days=s.window_days,
            count=s.min_cases, found=len(report.respondents)))
        self._fill()

    def _fill(self) -> None:
        rows = self.report.respondents if self.report is not None else ()
        self.respondents.setRowCount(len(rows))
        for row, r in enumerate(rows):
            for col, item in enumerate((_item(r.name), _item(r.credit_code), _item(str(len(r.cases)), right=True),
                                        _item(money(r.claims_total), right=True), _item(join_names(r.other_names)))):
                self.respondents.setItem(row, col, item)
        if rows:
            self.respondents.selectRow(0)
        self._show_cases()

    def selected(self) -> RepeatRespondent | None:
        if self.report is None:
            return None
        rows = self.respondents.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.report.respondents):
            return None
        return self.report.respondents[rows[0].row()]

    def _show_cases(self) -> None:
        r = self.selected()
        cases = r.cases if r is not None else ()
        self.cases.setRowCount(len(cases))
        for row, c in enumerate(cases):
            for col, item in enumerate((_item(c.number), _item(format_date(c.received_on)), _item(c.worker),
                                        _item(money(c.claims_total), right=True),
                                        _item(label(CaseStatus(c.status)) if c.status in CaseStatus._value2member_map_
                                              else c.status))):
                self.cases.setItem(row, col, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.selected()
        self.ui.refer_button.setEnabled(self.can_refer and r is not None)
        self.ui.open_button.setEnabled(self.open_case is not None and r is not None and bool(r.cases))

    def open_selected(self, row: int) -> None:
        r = self.selected()
        if r is None or self.open_case is None or not 0 <= row < len(r.cases):
            return
        self.open_case(r.cases[row].case_id)

    def refer(self) -> None:
        r = self.selected()
        if r is None:
            return
        heading = self.tr("{name}：{count}件案件（{numbers}）").format(
            name=r.name, count=len(r.cases), numbers=join_names([c.number for c in r.cases]))
        dialog = InspectionReferralDialog(self.ctx, [c.case_id for c in r.cases], respondent=r.name, heading=heading,
                                          parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.message.setText(self.tr("转送函已生成，送出已记录在每件案件中。")))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
