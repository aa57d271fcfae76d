"""编辑案情: a case's facts and platform, saved over the version the desk read.

When another desk saved the case in between, the save is refused (``domain.versions.StaleRecord``):
the dialog stays open and says who changed what and when, reads the fresh case on the worker and
shows what the other desk saved beside the user's own text, which stays in the fields as typed.
Pressing 确定 again saves the user's text over the fresh version."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mediation_desk.domain.cases import CaseDetail, PartySide
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.versions import StaleRecord
from mediation_desk.services.case_edits import MAX_PLATFORM
from mediation_desk.ui.dialogs.base import TaskDialog
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.edit_case_dialog_ui import Ui_EditCaseDialog
from mediation_desk.ui.tasks import run_task

Save = Callable[[str, str, int], int]  # (facts, platform, expected version) -> the saved version
Reload = Callable[[], CaseDetail]


class EditCaseDialog(TaskDialog):
    def __init__(self, detail: CaseDetail, save: Save, reload: Reload, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("编辑案情"))
        self._save, self._reload = save, reload
        self.detail = detail
        self.version = detail.version
        self.ui = Ui_EditCaseDialog()
        self.use_form(self.ui, {"platform": "platform", "facts": "facts"})
        ui = self.ui
        respondent = next((p.name for p in detail.parties if p.side is PartySide.RESPONDENT), "")
        title = self.tr("{worker}与{respondent}劳动争议").format(worker=detail.summary.worker_name, respondent=respondent) \
            if current_lang() == "en" and respondent else detail.summary.title
        ui.heading.setText(self.tr("{number}　{title}").format(number=detail.summary.number, title=title))
        self.platform, self.facts = ui.platform, ui.facts
        self.platform.setText(detail.summary.platform)
        self.platform.setMaxLength(MAX_PLATFORM)
        self.facts.setPlainText(detail.facts)
        # what another desk saved, shown after a refused save
        self.theirs_label, self.theirs = ui.theirs_label, ui.theirs
        self.theirs_label.setStyleSheet(NOTICE_STYLE)
        self.theirs_label.hide()
        self.theirs.hide()
        self.finish_layout()
        self.reloading = False
        self.setMinimumWidth(560)

    def on_ok(self) -> None:
        if self.reloading:
            return
        self.submit(self.tr("保存案情"), self._save, self.facts.toPlainText(), self.platform.text(), self.version,
                    busy_text=self.tr("正在保存……"))

    def on_error(self, exc: AppError) -> None:
        self.show_message(exc.text(current_lang()))
        if isinstance(exc, StaleRecord):
            self._load_fresh()

    def _load_fresh(self) -> None:
        """Read the case as the other desk left it; the user's fields are not touched."""
        self.reloading = True
        self.ok_button.setEnabled(False)

        def failed(exc: BaseException) -> bool:
            self.reloading = False
            self.ok_button.setEnabled(True)
            if isinstance(exc, AppError):
                self.show_message(exc.text(current_lang()))
                return True
            return False

        run_task(self, self.tr("读取案件"), lambda _progress: self._reload(), on_done=self._fresh_arrived,
                 on_error=failed, show_progress=False)

    def _fresh_arrived(self, fresh: CaseDetail) -> None:
        self.reloading = False
        self.ok_button.setEnabled(True)
        self.detail, self.version = fresh, fresh.version
        text = fresh.facts
        if fresh.summary.platform != self.platform.text().strip():
            text = self.tr("平台：{platform}").format(platform=fresh.summary.platform) + "\n" + text
        self.theirs.setPlainText(text)
        self.theirs_label.show()
        self.theirs.show()
