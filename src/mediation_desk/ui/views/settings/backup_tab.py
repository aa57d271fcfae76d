"""备份: automatic backup interval, how many to keep, where; backing up and verifying now."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.users import Permission
from mediation_desk.services import backups
from mediation_desk.ui.backup_work import backup_and_record, backup_folder, verify_in_words
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import current_lang
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.form_support import NOTICE_STYLE, FieldErrors
from mediation_desk.ui.forms.backup_tab_ui import Ui_BackupTab
from mediation_desk.ui.labels import format_datetime
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.widgets import guarded


class BackupTab(QWidget):
    """Layout: ``ui/backup_tab.ui``. Only the administrator changes the settings; anyone may back up
    and verify now."""

    def __init__(self, ctx: DeskContext, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.can_manage = ctx.principal.can(Permission.MANAGE_BACKUPS)
        self.last_info: Any = None
        self.last_report: Any = None
        self.ui = Ui_BackupTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.note = ui.note
        self.note.setStyleSheet(NOTICE_STYLE)
        self.note.setVisible(not self.can_manage)
        self.interval, self.keep, self.folder, self.browse_button = ui.interval, ui.keep, ui.folder, ui.browse_button
        self.last_label, self.message, self.report = ui.last_label, ui.message, ui.report
        self.save_button, self.backup_button, self.verify_button = ui.save_button, ui.backup_button, ui.verify_button
        self.interval.setRange(backups.MIN_INTERVAL_HOURS, backups.MAX_INTERVAL_HOURS)
        self.keep.setRange(backups.MIN_KEEP, backups.MAX_KEEP)
        default = backup_folder(ctx, "")
        self.folder.setPlaceholderText(self.tr("留空则保存在：{path}").format(path=str(default)))
        self.form = FieldErrors()
        self.form.attach(ui.fields, {backups.KEY_INTERVAL_HOURS: ui.interval, backups.KEY_KEEP: ui.keep})
        self.form.attach(ui.fields, {backups.KEY_FOLDER: ui.folder_row})
        self.form.fields[backups.KEY_FOLDER] = self.folder  # the error's focus goes to the folder's text
        self.browse_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save_settings)
        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button.clicked.connect(self.verify)
        for w in (self.interval, self.keep, self.folder, self.browse_button, self.save_button):
            w.setEnabled(self.can_manage)
        events.backup_recorded.connect(lambda _info: self.load())
        self.load()

    def load(self) -> None:
        """Read the backup settings on the worker and show them."""
        run_task(self, self.tr("读取备份设置"), lambda progress: backups.get_backup_settings(self.ctx.uow),
                 on_done=guarded(self, self._loaded), show_progress=False)

    def _loaded(self, s: Any) -> None:
        self.interval.setValue(s.interval_hours)
        self.keep.setValue(s.keep)
        if not self.folder.hasFocus():
            self.folder.setText(s.folder)
        self.last_label.setText(format_datetime(s.last_at) if s.last_at else self.tr("尚未备份"))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(backup_folder(self.ctx, ""))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), start)
        if chosen:
            self.folder.setText(chosen)

    def save_settings(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        interval, keep, folder = self.interval.value(), self.keep.value(), self.folder.text().strip()

        def work(progress: Any) -> None:
            backups.set_backup_settings(self.ctx.uow, self.ctx.principal, interval, keep, folder)

        def done(_r: Any) -> None:
            self.message.setText(self.tr("备份设置已保存。"))
            self.events.backup_settings_changed.emit()
            self.load()

        run_task(self, self.tr("保存备份设置"), work, on_done=done, on_error=self._failed, show_progress=False)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(exc.fields)
            if rest:
                self.message.setText(exc.text(current_lang()))
            return True
        return False

    def backup_now(self) -> None:
        self.message.clear()
        folder = backup_folder(self.ctx, self.folder.text())
        keep = self.keep.value()

        def done(info: Any) -> None:
            self.last_info = info
            self.message.setText(self.tr("备份完成：{path}").format(path=str(info.path)))
            self.events.backup_recorded.emit(info)

        run_task(self, self.tr("立即备份"), backup_and_record, self.ctx, folder, keep, on_done=done,
                 label=self.tr("正在备份到 {folder} ……").format(folder=str(folder)))

    def verify(self) -> None:
        self.report.clear()

        def work(progress: Any) -> Any:
            return self.ctx.verify(progress)

        def done(report: Any) -> None:
            self.last_report = report
            self.report.setPlainText(verify_in_words(report, current_lang()))

        run_task(self, self.tr("校验案件库"), work, on_done=done, label=self.tr("正在校验案件库……"))
