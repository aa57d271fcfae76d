"""Move a case to a next state: only the transitions the life cycle allows, with date and reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from mediation_desk.services import clock
from mediation_desk.domain.cases import CaseStatus, allowed_transitions
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.forms.change_status_dialog_ui import Ui_ChangeStatusDialog
from mediation_desk.ui.labels import label

_ORDER = list(CaseStatus)


class ChangeStatusDialog(TaskDialog):
    """``change(target, on, reason)`` records the change (on the worker)."""

    def __init__(self, case_number: str, current: CaseStatus, change: Callable[[CaseStatus, date, str], None], *,
                 earliest: date | None = None, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("变更状态"))
        self._change = change
        self.ui = Ui_ChangeStatusDialog()
        self.use_form(self.ui, {"target": "target", "on": "on_date", "reason": "reason"})
        self.ui.heading.setText(self.tr("{number}\n当前状态：{status}").format(number=case_number, status=label(current)))
        self.target, self.on_date, self.reason = self.ui.target, self.ui.on_date, self.ui.reason
        for status in sorted(allowed_transitions(current), key=_ORDER.index):
            self.target.addItem(label(status), status.value)
        today = today or clock.today()
        self.on_date.setDate(QDate(today.year, today.month, today.day))
        self.on_date.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:  # not before the case was received
            self.on_date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.finish_layout()
        self.setMinimumWidth(460)

    def targets(self) -> list[CaseStatus]:
        return [CaseStatus(self.target.itemData(i)) for i in range(self.target.count())]

    def on_ok(self) -> None:
        self.clear_messages()
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.form.show_errors({"reason": self.tr("请写明变更理由")})
            return
        code = self.target.currentData()
        if not code:
            return
        target = CaseStatus(code)
        self.submit(self.tr("变更状态"), self._change, target, self.on_date.date().toPython(), reason,
                    busy_text=self.tr("正在保存……"))
