"""The main window: navigation (案件, 设置), the pages, the status bar and automatic backups."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QStyle, QWidget)

from mediation_desk.domain.errors import AppError
from mediation_desk.services import accounts, backups
from mediation_desk.services.clock import now
from mediation_desk.ui.backup_work import backup_and_record, backup_folder
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.errors import error_text, show_error
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.labels import format_datetime, label
from mediation_desk.ui.tasks import run_task
from mediation_desk.ui.views.cases_page import CasesPage
from mediation_desk.ui.views.settings_page import SettingsPage

log = logging.getLogger("mediation_desk.ui")

BACKUP_CHECK_INTERVAL_MS = 10 * 60 * 1000
FIRST_BACKUP_CHECK_MS = 20 * 1000


class MainWindow(QMainWindow):
    PAGE_CASES, PAGE_SETTINGS = 0, 1

    def __init__(self, ctx: DeskContext, *, first_backup_check_ms: int | None = FIRST_BACKUP_CHECK_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = DeskEvents(self)
        self.auto_backup_running = False
        self._auto_backup_error_shown = False
        try:
            org = accounts.get_organisation(ctx.uow)
        except AppError:
            org = None
        self.setWindowTitle(self.tr("劳动争议案件工作台") + (f" — {org.name}" if org else ""))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setFixedWidth(max(110, self.fontMetrics().horizontalAdvance("设置设置") + 70))
        self.nav.setStyleSheet("QListWidget#navigation { border: none; background: #eef2f6; font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 10px 6px; }"
                               "QListWidget#navigation::item:selected { background: #d4e2f1; color: #102a43; }")
        style = self.style()
        for text, icon in ((self.tr("案件"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
                           (self.tr("设置"), QStyle.StandardPixmap.SP_FileDialogInfoView)):
            QListWidgetItem(style.standardIcon(icon), text, self.nav)

        self.stack = QStackedWidget()
        self.cases_page = CasesPage(ctx, self.events)
        self.settings_page = SettingsPage(ctx, self.events)
        self.stack.addWidget(self.cases_page)
        self.stack.addWidget(self.settings_page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(self.PAGE_CASES)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.folder_label = QLabel(self.tr("案件库：{path}").format(path=ctx.label))
        self.folder_label.setToolTip(str(ctx.data_dir))
        self.user_label = QLabel(self.tr("{name}（{role}）").format(name=ctx.principal.display_name,
                                                                   role=label(ctx.principal.role)))
        self.backup_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.folder_label, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.backup_label)
        self.events.backup_recorded.connect(lambda _info: self.refresh_backup_label())
        self.events.backup_settings_changed.connect(self.refresh_backup_label)
        self.refresh_backup_label()

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.check_backup_due)
        if first_backup_check_ms is not None:
            self.backup_timer.start()
            QTimer.singleShot(first_backup_check_ms, self.check_backup_due)
        self.resize(1360, 820)

    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)

    # ---- backups ----
    def refresh_backup_label(self) -> None:
        try:
            settings = backups.get_backup_settings(self.ctx.uow)
        except AppError as exc:
            log.warning("cannot read backup settings: %s", exc.zh)
            return
        when = format_datetime(settings.last_at) if settings.last_at else self.tr("尚未备份")
        self.backup_label.setText(self.tr("上次备份：{when}").format(when=when))

    def check_backup_due(self) -> bool:
        """Start an automatic backup on the worker if one is due. Returns True if one was started."""
        if self.auto_backup_running:
            return False
        try:
            settings = backups.get_backup_settings(self.ctx.uow)
        except AppError as exc:
            log.warning("cannot read backup settings: %s", exc.zh)
            return False
        if not backups.backup_due(settings.last_at, now(), settings.interval_hours):
            return False
        folder = backup_folder(self.ctx, settings.folder)
        self.auto_backup_running = True
        self.statusBar().showMessage(self.tr("正在自动备份……"))
        run_task(self, self.tr("自动备份"), backup_and_record, self.ctx, folder, settings.keep,
                 on_done=self._auto_backup_done, on_error=self._auto_backup_failed,
                 on_cancelled=self._auto_backup_ended, show_progress=False)
        return True

    def _auto_backup_ended(self) -> None:
        self.auto_backup_running = False

    def _auto_backup_done(self, info: Any) -> None:
        self.auto_backup_running = False
        self.statusBar().showMessage(self.tr("自动备份完成：{path}").format(path=str(info.path)), 15000)
        self.events.backup_recorded.emit(info)

    def _auto_backup_failed(self, exc: BaseException) -> bool:
        self.auto_backup_running = False
        log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.statusBar().showMessage(self.tr("自动备份失败：{reason}").format(reason=error_text(exc)))
        if self._auto_backup_error_shown:
            return True  # said once; the status bar keeps saying it
        self._auto_backup_error_shown = True
        if isinstance(exc, AppError):
            show_error(self, exc)
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.backup_timer.stop()
        super().closeEvent(event)

