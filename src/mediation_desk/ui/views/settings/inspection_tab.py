"""监察转送: when an enterprise counts as a repeat respondent (N cases within D days)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_desk.domain import inspection as rules
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import Permission
from mediation_desk.services import inspection
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.inspection_tab_ui import Ui_InspectionTab
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded


class InspectionTab(QWidget):
    """Layout: ``ui/inspection_tab.ui``. Only the administrator changes the settings."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.principal.can(Permission.MANAGE_ORGANISATION)
        self.ui = Ui_InspectionTab()
        self.ui.setupUi(self)
        self.min_cases, self.window_days, self.message = self.ui.min_cases, self.ui.window_days, self.ui.message
        self.save_button = self.ui.save_button
        self.ui.note.setStyleSheet(NOTICE_STYLE)
        self.ui.note.setVisible(not self.can_manage)
        self.min_cases.setRange(rules.MIN_MIN_CASES, rules.MAX_MIN_CASES)
        self.window_days.setRange(rules.MIN_WINDOW_DAYS, rules.MAX_WINDOW_DAYS)
        self.form = FieldErrors()
        self.form.attach(self.ui.fields, {"min_cases": self.min_cases, "window_days": self.window_days})
        for w in (self.min_cases, self.window_days, self.save_button):
            w.setEnabled(self.can_manage)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        run_task(self, self.tr("读取重复被申请人预警条件"), lambda progress: inspection.get_repeat_settings(self.ctx.uow),
                 on_done=guarded(self, self._loaded), show_progress=False)

    def _loaded(self, s: rules.RepeatSettings) -> None:
        self.min_cases.setValue(s.min_cases)
        self.window_days.setValue(s.window_days)

    def save(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        n, d = self.min_cases.value(), self.window_days.value()

        def work(progress: Any) -> rules.RepeatSettings:
            return inspection.set_repeat_settings(self.ctx.uow, self.ctx.principal, min_cases=n, window_days=d)

        def done(s: rules.RepeatSettings) -> None:
            self._loaded(s)
            self.message.setText(self.tr("已保存：{days}天内作为被申请人的新收案件达到{count}件即列入名单。").format(
                days=s.window_days, count=s.min_cases))

        run_task(self, self.tr("保存重复被申请人预警条件"), work, on_done=guarded(self, done), on_error=self._failed,
                 show_progress=False)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            if rest:
                self.message.setText(exc.text(current_lang()))
            return True
        return False
