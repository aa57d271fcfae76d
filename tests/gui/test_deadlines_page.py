"""The deadline view across cases and the reminder at log-in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediation_desk.domain.deadlines import DeadlineStatus
from mediation_desk.services import deadlines
from mediation_desk.ui.main_window import MainWindow
from tests.support.clock import TODAY


def window(qtbot, desk_book, principal=None) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk_book.context(principal or desk_book.admin), first_backup_check_ms=None)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    return w


def test_reminder_at_log_in_matches_the_service_and_opens_the_view(qtbot, desk_book, screenshot):
    w = window(qtbot, desk_book, desk_book.mediator)
    qtbot.waitUntil(lambda: w.deadlines_page.overview is not None, timeout=20000)
    expected = deadlines.overview(desk_book.uow, desk_book.mediator)
    assert expected.overdue > 0  # the template's cases were registered months ago and never mediated
    assert w.reminder.isVisible() and expected.reminder in w.reminder_label.text()
    assert "您承办的案件" in w.reminder_label.text()
    qtbot.mouseClick(w.reminder_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.deadlines_page
    page = w.deadlines_page
    # the default view: overdue, due today, within the week, not computable (provisional dates further
    # away are in the overview too, shown by their own filter)
    assert page.model.rowCount() == len([i for i in expected.items if i.status is not DeadlineStatus.LATER])
    assert page.model.data(page.model.index(0, 0)) in ("已逾期", "今日到期", "7日内到期", "缺少节假日数据，无法计算")
    screenshot(w, "deadlines_page")

    # only overdue ones
    page.filter.setCurrentIndex(page.filter.findText("已逾期"))
    assert all(page.model.data(page.model.index(r, 0)) == "已逾期" for r in range(page.model.rowCount()))

    # double-click opens the case on the cases page
    case_id = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.UserRole)
    page.open_case.emit(case_id)
    assert w.stack.currentWidget() is w.cases_page
    qtbot.waitUntil(lambda: w.cases_page.detail.detail is not None
                    and w.cases_page.detail.detail.summary.id == case_id, timeout=5000)
    assert "法定期限" in w.cases_page.detail.text()


def test_no_reminder_when_nothing_is_due(qtbot, desk_book):
    from mediation_desk.domain.cases import CaseStatus
    from mediation_desk.services.cases import change_status, list_cases
    from mediation_desk.domain.cases import CaseQuery

    # close every case of the mediator: nothing open, nothing due
    for c in list_cases(desk_book.uow, desk_book.admin, CaseQuery(), offset=0, limit=1000):
        change_status(desk_book.uow, desk_book.mediator, case_id=c.id, target=CaseStatus.CLOSED, on=TODAY,
                      reason="归档")
    w = window(qtbot, desk_book, desk_book.mediator)
    qtbot.waitUntil(lambda: w.deadlines_page.overview is not None, timeout=20000)
    assert not w.reminder.isVisible()
    assert w.deadlines_page.model.rowCount() == 0
