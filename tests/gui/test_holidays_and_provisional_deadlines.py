"""A December case's award period ends in 2027, which has no holiday notice yet: the deadline page
and the case view show the date 暂定 with the reason; an administrator enters 2027's arrangement in
the settings, the deadlines are recomputed with a progress dialog, and the mark is gone.

The days are fixed (today is Thu 2026-12-03 on the program's clock) whatever day the suite runs on.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from mediation_desk.domain.cases import CaseQuery
from mediation_desk.services import clock
from mediation_desk.services.cases import list_cases, record_event, register_intake
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.views.deadlines_page import PROVISIONAL
from mediation_desk.ui.widgets import to_qdate
from tests.support.books import make_intake
from tests.gui.support import wait_cases

D = date
TODAY = D(2026, 12, 3)


def set_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    if hasattr(clock, "freeze"):
        clock.freeze(day)
        return
    when = datetime.combine(day, time(10, 0)).astimezone()
    monkeypatch.setattr(clock, "now", lambda: when)
    monkeypatch.setattr(clock, "today", lambda: day)


@pytest.fixture()
def december(desk_book, monkeypatch):  # noqa: ANN001, ANN201
    set_today(monkeypatch, TODAY)
    case_id = register_intake(desk_book.uow, desk_book.mediator, make_intake(9001, worker="龚晓明", received_on=TODAY))
    record_event(desk_book.uow, desk_book.mediator, case_id=case_id, event="accepted", on=TODAY, note="受理")
    return case_id


def window(qtbot, desk_book) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk_book.context(desk_book.admin), first_backup_check_ms=None)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.deadlines_page.overview is not None, timeout=20000)
    return w


def award_rows(page, case_id: int) -> list[int]:  # noqa: ANN001
    model = page.model
    return [r for r in range(model.rowCount()) if model.items[r].case.id == case_id
            and model.items[r].deadline.code == "award"]


def test_provisional_row_then_the_arrangement_clears_it(qtbot, desk_book, december, screenshot):
    w = window(qtbot, desk_book)
    page = w.deadlines_page
    # the reminder at log-in says dates are provisional and why
    assert w.reminder.isVisible() and "暂定" in w.reminder_label.text()
    assert "2027年的节假日安排（国务院办公厅通知）尚未录入" in w.reminder_label.text()
    w.show_page(w.PAGE_DEADLINES)
    page.filter.setCurrentIndex(page.filter.findData(PROVISIONAL))
    rows = award_rows(page, december)
    assert rows, "the December case's award period is listed as provisional"
    r = rows[0]
    assert page.model.data(page.model.index(r, 1)) == "2027年1月18日（暂定）"
    assert page.model.data(page.model.index(r, 3)) == "仲裁裁决期限"
    assert "2027年的节假日安排" in page.model.data(page.model.index(r, 1), Qt.ItemDataRole.ToolTipRole)
    assert page.provisional_note.isVisible() and "暂定：2027年" in page.provisional_note.text()
    assert "到期日为暂定" in page.summary.text()
    page.table.selectRow(r)
    screenshot(w, "deadlines_page_provisional")

    # the case view shows the mark and the reason
    page.open_case.emit(december)
    qtbot.waitUntil(lambda: w.cases_page.detail.detail is not None
                    and w.cases_page.detail.detail.summary.id == december, timeout=5000)
    text = w.cases_page.detail.text()
    assert "2027年1月18日（暂定）" in text and "暂定：2027年的节假日安排" in text

    # the administrator enters 2027's arrangement (illustrative days, not the State Council's text)
    w.show_page(w.PAGE_SETTINGS)
    tab = w.settings_page.holidays_tab
    w.settings_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.ready, timeout=10000)  # the tab reads the book on the worker
    assert tab.year.value() == 2027 and "期限暂定" in tab.year_row_text(2027)
    assert tab.title.text() == "国务院办公厅关于2027年部分节假日安排的通知"
    # the form starts from the estimate: 春节 除夕 02-05 .. 初三 02-08
    assert tab.firsts["春节"].date() == to_qdate(D(2027, 2, 5)) and tab.lasts["春节"].date() == to_qdate(D(2027, 2, 8))
    tab.number.setText("国办发明电〔2026〕7号")
    tab.notice_date.setDate(to_qdate(D(2026, 11, 3)))
    tab.lasts["春节"].setDate(to_qdate(D(2027, 2, 13)))
    tab.workdays["春节"].setText("2月20日")
    tab.lasts["国庆节"].setDate(to_qdate(D(2027, 10, 7)))
    tab.workdays["国庆节"].setText("9月26日、10月9日")
    screenshot(w, "settings_holidays_form")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.recomputed is not None, timeout=60000)
    assert tab.recomputed >= 1 and "已保存2027年的节假日安排" in tab.done_label.text()
    assert tab.year_row_text(2027) == "已录入通知"

    # recomputed: the deadline page and the case view lose the mark; the reminder no longer mentions it
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.provisional == 0, timeout=20000)
    page.filter.setCurrentIndex(page.filter.findData(PROVISIONAL))
    assert page.model.rowCount() == 0 and not page.provisional_note.isVisible()
    assert "暂定" not in w.reminder_label.text()
    wait_cases(qtbot, w.cases_page)
    qtbot.waitUntil(lambda: "2027年1月18日" in w.cases_page.detail.text(), timeout=5000)
    assert "暂定" not in w.cases_page.detail.text()

    # audited: the arrangement, then the recompute it triggered
    with desk_book.book.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, changes FROM audit_log ORDER BY id DESC LIMIT 2").all()
    assert [a for a, _c in rows] == ["deadlines.recompute", "holidays.save"]
    assert json.loads(rows[0][1])["reason"] == "holidays:2027"
    assert json.loads(rows[1][1])["notice"].endswith("（国办发明电〔2026〕7号，2026年11月3日）")


def test_the_form_reports_bad_input_next_to_the_fields(qtbot, desk_book, december):
    w = window(qtbot, desk_book)
    tab = w.settings_page.holidays_tab
    qtbot.waitUntil(lambda: tab.ready, timeout=10000)  # the tab reads the book on the worker
    tab.number.setText("7号")
    tab.workdays["劳动节"].setText("4月28日")  # a Wednesday
    tab.save()
    qtbot.waitUntil(lambda: bool(tab.form.error_text("notice_number")), timeout=10000)
    assert tab.form.error_text("notice_number").startswith("文号应为")
    assert "劳动节：4月28日不是周六或周日" in tab.message.text()
    assert tab.recomputed is None


def test_mediator_sees_the_form_read_only(qtbot, desk_book, december):
    w = MainWindow(desk_book.context(desk_book.mediator), first_backup_check_ms=None)
    qtbot.addWidget(w)
    tab = w.settings_page.holidays_tab
    assert tab.note.isVisibleTo(tab) and not tab.save_button.isEnabled() and not tab.number.isEnabled()


def test_switching_cases_never_shows_the_other_case_deadlines(qtbot, desk_book, december):
    w = window(qtbot, desk_book)
    cases = w.cases_page
    other = next(c for c in list_cases(desk_book.uow, desk_book.admin, CaseQuery(), offset=0, limit=50)
                 if c.id != december)
    cases.show_case_by_id(december)
    qtbot.waitUntil(lambda: cases.detail.detail is not None and cases.detail.detail.summary.id == december, timeout=5000)
    assert "2027年1月18日（暂定）" in cases.detail.text()
    cases.show_case_by_id(other.id)
    qtbot.waitUntil(lambda: cases.detail.detail is not None and cases.detail.detail.summary.id == other.id, timeout=5000)
    assert "2027年1月18日" not in cases.detail.text() and "暂定" not in cases.detail.text()
    assert all(d.start != TODAY or d.code != "award" for d in cases.detail.deadlines)


def test_english_labels_for_the_provisional_deadline_and_the_form(qtbot, qapp, desk_book, december, screenshot):
    import re

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QCheckBox, QLabel

    from mediation_desk.app import install_translators
    from mediation_desk.ui import errors as ui_errors

    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        assert translators
        w = window(qtbot, desk_book)
        page = w.deadlines_page
        assert "Statutory deadlines:" in w.reminder_label.text()
        assert "the holiday arrangement for 2027 (State Council notice) has not been entered" in w.reminder_label.text()
        page.filter.setCurrentIndex(page.filter.findData(PROVISIONAL))
        r = award_rows(page, december)[0]
        model = page.model
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Status", "Due date", "Days left"]
        assert model.data(model.index(r, 0)) == "Not yet due"
        assert model.data(model.index(r, 1)) == "2027-01-18 (provisional)"
        assert model.data(model.index(r, 3)) == "Award period"
        assert model.data(model.index(r, 8)).startswith("Labour Dispute Mediation and Arbitration Law, art. 43")
        assert model.data(model.index(r, 1), Qt.ItemDataRole.ToolTipRole).startswith("the holiday arrangement for 2027")
        assert page.provisional_note.text().startswith("Provisional: the holiday arrangement for 2027")
        cjk = re.compile(r"[\u4e00-\u9fff]")
        assert not cjk.search(page.summary.text() + page.provisional_note.text() + page.filter.currentText())
        page.open_case.emit(december)
        qtbot.waitUntil(lambda: w.cases_page.detail.detail is not None
                        and w.cases_page.detail.detail.summary.id == december, timeout=5000)
        text = w.cases_page.detail.text()
        assert "Award period" in text and "2027-01-18 (provisional)" in text and "45 calendar days" in text
        assert "Provisional: the holiday arrangement for 2027" in text
        tab = w.settings_page.holidays_tab
        qtbot.waitUntil(lambda: tab.ready, timeout=10000)  # the tab reads the book on the worker
        assert w.settings_page.tabs.tabText(w.settings_page.tabs.indexOf(tab)) == "Holiday arrangements"
        labels = [x.text() for x in tab.findChildren(QLabel) + tab.findChildren(QCheckBox)]
        chinese = [t for t in labels if cjk.search(t) and "国办发明电" not in t]
        assert not chinese, chinese
        assert tab.year_row_text(2027).startswith("No notice yet")
        w.show_page(w.PAGE_SETTINGS)
        w.settings_page.tabs.setCurrentWidget(tab)
        screenshot(w, "settings_holidays_en")
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
