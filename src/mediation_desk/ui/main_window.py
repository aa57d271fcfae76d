"""The main window: navigation (案件, 设置), the pages, the status bar and automatic backups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QStyle, QVBoxLayout, QWidget

from mediation_desk.domain.errors import AppError
from mediation_desk.domain.users import OrgKind, Permission
from mediation_desk.services import accounts, backups, clock, deadlines
from mediation_desk.services.clock import now
from mediation_desk.ui.backup_work import backup_and_record, backup_folder
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.deadline_labels import reminder_text
from mediation_desk.ui.errors import error_text, show_error
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.labels import format_datetime, label
from mediation_desk.ui.tasks import cancel_background_tasks, run_task
from mediation_desk.ui.form_support import NOTICE_STYLE
from mediation_desk.ui.forms.main_window_ui import Ui_MainWindow
from mediation_desk.ui.screen_fit import fit_to_screen
from mediation_desk.ui.widgets import keep_rows_visible
from mediation_desk.ui.views.cases_page import CasesPage
from mediation_desk.ui.views.deadlines_page import DeadlinesPage
from mediation_desk.ui.views.hearings_page import HearingsPage
from mediation_desk.ui.views.repeat_respondents_page import RepeatRespondentsPage

if TYPE_CHECKING:
    from mediation_desk.ui.views.settings_page import SettingsPage

log = logging.getLogger("mediation_desk.ui")

BACKUP_CHECK_INTERVAL_MS = 10 * 60 * 1000
FIRST_BACKUP_CHECK_MS = 20 * 1000


class PageOnFirstShow(QWidget):
    """A page of the navigation that is built the first time it is shown, so that its module and the
    Qt libraries it needs (the statistics page's charts) load then and not at log-in."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.ensure()

    def ensure(self) -> QWidget:
        """The page, built now if it has not been yet."""
        if self.page is None:
            self.page = self._build()
            keep_rows_visible(self.page)
            self.layout().addWidget(self.page)
        return self.page


class OtherDesks(QObject):
    """Carries an office book's "another desk changed the book" from the listener's thread to the UI."""

    changed = Signal()


class MainWindow(QMainWindow):
    PAGE_CASES, PAGE_DEADLINES, PAGE_SETTINGS = 0, 1, 2

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

        central = QWidget()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(central)
        self.nav, self.stack = self.ui.nav, self.ui.stack
        self.reminder, self.reminder_label, self.reminder_button = \
            self.ui.reminder, self.ui.reminder_label, self.ui.reminder_button
        self.nav.setFixedWidth(max(110, self.fontMetrics().horizontalAdvance("设置设置") + 70))
        self.reminder_label.setStyleSheet(NOTICE_STYLE)
        self.reminder_button.clicked.connect(lambda: self.show_page(self.PAGE_DEADLINES))
        style = self.style()
        self.cases_page = CasesPage(ctx, self.events)
        self.deadlines_page = DeadlinesPage(ctx)

        def settings_page() -> QWidget:  # seven tabs, each reading its settings: built when first shown
            from mediation_desk.ui.views.settings_page import SettingsPage

            return SettingsPage(ctx, self.events)

        self.settings_holder = PageOnFirstShow(settings_page)
        pages = [(self.tr("案件"), QStyle.StandardPixmap.SP_FileDialogDetailedView, self.cases_page),
                 (self.tr("期限"), QStyle.StandardPixmap.SP_MessageBoxWarning, self.deadlines_page)]
        self.hearings_page: HearingsPage | None = None
        if org is not None and org.kind is OrgKind.ARBITRATION:  # the commission's hearing calendar
            self.hearings_page = HearingsPage(ctx)
            self.hearings_page.open_case.connect(self.open_case)
            pages.append((self.tr("开庭日历"), QStyle.StandardPixmap.SP_FileDialogListView, self.hearings_page))
        pages.append((self.tr("监察转送"), QStyle.StandardPixmap.SP_FileDialogContentsView, RepeatRespondentsPage(ctx, self.open_case)))
        self.statistics_page: PageOnFirstShow | None = None
        self.platform_page: PageOnFirstShow | None = None
        if ctx.principal.can(Permission.VIEW_STATISTICS):
            commission = org is not None and org.kind is OrgKind.ARBITRATION

            def statistics_page() -> QWidget:
                from mediation_desk.ui.views.statistics_page import StatisticsPage

                return StatisticsPage(ctx, commission=commission, open_case=self.open_case)

            def platform_page() -> QWidget:
                from mediation_desk.ui.views.platform_report_page import PlatformReportPage

                return PlatformReportPage(ctx, open_case=self.open_case)

            self.statistics_page = PageOnFirstShow(statistics_page)
            self.platform_page = PageOnFirstShow(platform_page)
            pages.append((self.tr("统计"), QStyle.StandardPixmap.SP_FileDialogListView, self.statistics_page))
            pages.append((self.tr("平台用工"), QStyle.StandardPixmap.SP_FileDialogListView, self.platform_page))
        self.court_figures_page: PageOnFirstShow | None = None
        if ctx.principal.can(Permission.VIEW_STATISTICS) and org is not None and org.kind is OrgKind.ARBITRATION:

            def court_figures_page() -> QWidget:
                from mediation_desk.ui.views.court_figures_page import CourtFiguresPage

                return CourtFiguresPage(ctx, self.open_case)

            self.court_figures_page = PageOnFirstShow(court_figures_page)
            pages.append((self.tr("裁审衔接"), QStyle.StandardPixmap.SP_FileDialogContentsView, self.court_figures_page))
        pages.append((self.tr("设置"), QStyle.StandardPixmap.SP_FileDialogInfoView, self.settings_holder))
        for text, icon, page in pages:
            QListWidgetItem(style.standardIcon(icon), text, self.nav)
            keep_rows_visible(page)
            self.stack.addWidget(page)
        self.PAGE_SETTINGS = len(pages) - 1
        self.deadlines_page.open_case.connect(self.open_case)
        self.events.cases_changed.connect(self.deadlines_page.refresh)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._page_shown)
        self._watch_other_desks()
        self.nav.setCurrentRow(self.PAGE_CASES)

        self.setCentralWidget(central)
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.open_package_action = file_menu.addAction(self.tr("打开移交包…"))
        self.open_package_action.setToolTip(self.tr("核验并只读查看法院或其他机构的移交包（不写入案件库）"))
        self.open_package_action.triggered.connect(self.open_package)
        self.import_package_action = file_menu.addAction(self.tr("导入移交包…"), self.import_handoff_package)
        self.import_package_action.setEnabled(ctx.handoff is not None and ctx.principal.can(Permission.HANDOFF))

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
        self.events.deadlines_recomputed.connect(self._deadlines_recomputed)
        self.refresh_backup_label()

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.check_backup_due)
        if first_backup_check_ms is not None and not ctx.server_book:
            self.backup_timer.start()
            QTimer.singleShot(first_backup_check_ms, self.check_backup_due)
        QTimer.singleShot(0, self.check_deadlines)
        self.resize(1360, 820)
        fit_to_screen(self)  # on a 1366×768 screen the window stays whole on it (dialogs: TaskDialog)

    @property
    def settings_page(self) -> SettingsPage:
        """The 设置 page (built on first use: shown, or asked for here)."""
        return self.settings_holder.ensure()  # type: ignore[return-value]

    # ---- deadlines: the reminder at log-in ----
    def check_deadlines(self) -> None:
        """Bring every case's deadlines up to date if the rules or holidays changed, then remind."""
        ctx = self.ctx

        def work(progress):  # noqa: ANN001, ANN202
            if deadlines.needs_recompute(ctx.uow):
                deadlines.recompute_all(ctx.uow, ctx.principal, progress=progress)
            return deadlines.overview(ctx.uow, ctx.principal, today=clock.today())

        run_task(self, self.tr("计算法定期限"), work, on_done=self._show_reminder, background=True,
                 label=self.tr("节假日或期限规则已更新，正在重新计算各案件的法定期限……"))

    def _deadlines_recomputed(self) -> None:
        self.check_deadlines()
        self.cases_page._case_changed_elsewhere()

    def _show_reminder(self, overview) -> None:  # noqa: ANN001
        text = reminder_text(overview)
        self.reminder_label.setText(self.tr("{text}（{scope}）").format(
            text=text, scope=self.tr("您承办的案件") if self.deadlines_page.mine.isChecked() else self.tr("全部案件"))
            if text else "")
        self.reminder.setVisible(bool(text))
        self.deadlines_page._loaded(overview)

    def import_handoff_package(self) -> None:
        """文件 → 导入移交包…: a package from a court or another organisation (ui/dialogs/handoff_import.py)."""
        from mediation_desk.ui.dialogs.handoff_import import import_package_flow

        import_package_flow(self, self.ctx, self.open_case, self.events.cases_changed.emit)

    def open_case(self, case_id: int) -> None:
        self.show_page(self.PAGE_CASES)
        self.cases_page.show_case_by_id(case_id)

    def open_package(self) -> None:
        """文件 → 打开移交包…: check a hand-off package and show it read-only (any user)."""
        from mediation_desk.ui.dialogs.package_viewer import open_package

        open_package(self, self.ctx)

    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)

    def _watch_other_desks(self) -> None:
        """An office book's notifications of other desks' changes arrive on a background thread; the
        signal queues them to the UI thread, where the case list is read again (on the worker)."""
        if self.ctx.watch_changes is None:
            return
        self.other_desks = OtherDesks(self)
        self.other_desks.changed.connect(self._other_desk_changed)
        notify = self.other_desks.changed

        def on_change() -> None:
            if shiboken6.isValid(self.other_desks):
                notify.emit()

        self.ctx.watch_changes(on_change)

    def _other_desk_changed(self) -> None:
        if self.stack.currentWidget() is self.cases_page:
            self.cases_page.other_desk_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Back at this desk's window: the case list shows what other desks changed meanwhile."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self.stack.currentWidget() is self.cases_page:
            self.cases_page.refresh_from_other_desks()

    def _page_shown(self, index: int) -> None:
        if self.stack.widget(index) is self.cases_page:
            self.cases_page.refresh_from_other_desks()
        if self.hearings_page is not None and self.stack.widget(index) is self.hearings_page:
            self.hearings_page.refresh()

    # ---- backups ----
    def refresh_backup_label(self) -> None:
        """Say when the last backup was made (the settings are read on the worker)."""
        uow = self.ctx.uow

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, AppError):
                log.warning("cannot read backup settings: %s", exc.zh)
                return True
            return False

        run_task(self, self.tr("读取备份设置"), lambda _progress: backups.get_backup_settings(uow),
                 on_done=self._show_backup_label, on_error=failed, show_progress=False, background=True)

    def _show_backup_label(self, settings: Any) -> None:
        if self.ctx.server_book:
            self.backup_label.setText(self.tr("服务器版：由服务器管理员备份"))
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
        cancel_background_tasks(self)  # the reminder, page refreshes: nobody waits for them now
        super().closeEvent(event)

