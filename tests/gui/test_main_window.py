"""The main window: navigation, status bar, automatic backups, and screenshots to look at."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from mediation_desk.domain.cases import CaseStatus
from mediation_desk.services import backups
from mediation_desk.services.cases import change_status
from mediation_desk.services.clock import now
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.tasks import TaskRunner
from tests.support.clock import TODAY
from tests.gui.support import wait_idle, wait_cases


def _window(qtbot, desk_book, principal=None, **kw) -> MainWindow:
    window = MainWindow(desk_book.context(principal), first_backup_check_ms=None, **kw)
    qtbot.addWidget(window)
    window.resize(1440, 860)
    window.show()
    qtbot.waitExposed(window)
    wait_cases(qtbot, window.cases_page)
    wait_idle(TaskRunner.instance())
    return window


def test_navigation_has_cases_deadlines_and_settings(qtbot, desk_book):
    window = _window(qtbot, desk_book)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["案件", "期限", "监察转送", "统计", "平台用工",
                                                                              "设置"]
    assert window.stack.count() == 6 and window.stack.currentWidget() is window.cases_page
    assert window.statistics_page.page is None and window.platform_page.page is None  # nothing built before shown
    assert window.settings_holder.page is None
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.deadlines_page
    window.nav.setCurrentRow(3)
    assert window.stack.currentWidget() is window.statistics_page  # built the first time it is shown
    assert type(window.statistics_page.page).__name__ == "StatisticsPage"
    window.nav.setCurrentRow(4)
    assert window.stack.currentWidget() is window.platform_page
    assert type(window.platform_page.page).__name__ == "PlatformReportPage"
    window.nav.setCurrentRow(5)
    assert window.stack.currentWidget() is window.settings_holder
    assert window.settings_holder.page is window.settings_page  # built the first time it is shown
    qtbot.waitUntil(window.settings_page.isVisible)
    assert window.windowTitle().endswith("南昌市东湖区劳动人事争议调解中心")


def test_the_statistics_page_only_for_who_may_see_statistics(qtbot, desk_book):
    from mediation_desk.domain.users import Principal, Role
    from mediation_desk.services import accounts

    accounts.create_user(desk_book.uow, desk_book.admin, username="lawyer", display_name="赵律师",
                         role=Role.LEGAL_AID_LAWYER, password="lawyer-password-1")
    with desk_book.uow.read() as tx:
        user = tx.users.by_username("lawyer")
    lawyer = Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)
    window = _window(qtbot, desk_book, lawyer)
    assert "统计" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "平台用工" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert window.nav.item(window.PAGE_SETTINGS).text() == "设置"


def test_status_bar_shows_folder_user_and_last_backup(qtbot, desk_book):
    window = _window(qtbot, desk_book, desk_book.mediator)
    assert str(desk_book.data_dir) in window.folder_label.text()
    assert window.user_label.text() == "熊丽华（调解员）"
    assert window.backup_label.text() == "上次备份：尚未备份"


def test_automatic_backup_runs_when_due_and_not_again(qtbot, desk_book, tmp_path):
    folder = tmp_path / "auto"
    backups.set_backup_settings(desk_book.uow, desk_book.admin, 24, 2, str(folder))
    window = _window(qtbot, desk_book, desk_book.mediator)  # any user's session backs up
    assert window.backup_timer.interval() == 10 * 60 * 1000
    assert window.check_backup_due()
    qtbot.waitUntil(lambda: not window.auto_backup_running, timeout=20000)
    wait_idle(TaskRunner.instance())
    assert len(list(folder.glob("*.mdbak"))) == 1
    assert window.backup_label.text().startswith("上次备份：") and "尚未备份" not in window.backup_label.text()
    assert not window.check_backup_due()  # just made
    last = backups.get_backup_settings(desk_book.uow).last_at
    assert now() - last < timedelta(minutes=1)
    wait_idle(TaskRunner.instance())


def test_first_check_is_scheduled_shortly_after_start(qtbot, desk_book, tmp_path):
    folder = tmp_path / "soon"
    backups.set_backup_settings(desk_book.uow, desk_book.admin, 24, 2, str(folder))
    window = MainWindow(desk_book.context(desk_book.admin), first_backup_check_ms=50)
    qtbot.addWidget(window)
    assert window.backup_timer.isActive()
    qtbot.waitUntil(lambda: len(list(folder.glob("*.mdbak"))) == 1, timeout=20000)
    qtbot.waitUntil(lambda: not window.auto_backup_running, timeout=20000)


def test_screenshot_main_window(qtbot, desk_book, screenshot):
    window = _window(qtbot, desk_book)
    page = window.cases_page
    assert page.model.total == 200 and page.model.rowCount() == 200
    case = page.model.case_at(1)
    change_status(desk_book.uow, desk_book.mediator, case_id=case.id, target=CaseStatus.MEDIATION,
                  on=min(TODAY, case.received_on + timedelta(days=2)), reason="双方同意调解，约定于下周二进行第一次调解")
    page.select_row(1)
    qtbot.wait(50)
    path = screenshot(window, "main_window")
    assert path.stat().st_size > 20_000
    # Nothing in the visible columns is cut: each header fits its section.
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in range(page.model.columnCount()):
        text = page.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= metrics.horizontalAdvance(text), text


def test_screenshot_settings_tabs(qtbot, desk_book, screenshot):
    window = _window(qtbot, desk_book)
    window.show_page(MainWindow.PAGE_SETTINGS)
    tabs = window.settings_page.tabs
    backup_tab = window.settings_page.backup_tab
    backup_tab.verify()
    qtbot.waitUntil(lambda: backup_tab.last_report is not None, timeout=20000)
    for index, name in ((0, "settings_organisation"), (1, "settings_users"), (2, "settings_backup")):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        screenshot(window, name)
