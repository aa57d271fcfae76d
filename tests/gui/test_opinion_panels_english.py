"""The worksheet and work-record panels in English: no Chinese in their own labels, buttons,
headers and choices (user data such as enterprise names and notes excepted)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QTableView, QTableWidget

from mediation_desk.app import install_translators
from mediation_desk.services.cases import get_case
from mediation_desk.ui import errors as ui_errors
from mediation_desk.ui.views.work_records_panel import WorkRecordsPanel
from mediation_desk.ui.views.worksheet_panel import WorksheetPanel
from mediation_desk.ui.tasks import TaskRunner
from tests.gui.support import wait_idle

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        yield
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)


def chinese_texts(widget, user_data: set[str]) -> list[str]:  # noqa: ANN001
    found = []

    def check(where: str, text: str) -> None:
        if text and CJK.search(text) and not any(u and u in text for u in user_data):
            found.append(f"{where}: {text}")

    for w in widget.findChildren(QLabel):
        check("label", w.text())
    for w in widget.findChildren(QAbstractButton):
        check("button", w.text())
    for w in widget.findChildren(QGroupBox):
        check("group", w.title())
    for w in widget.findChildren(QLineEdit):
        check("placeholder", w.placeholderText())
    for w in widget.findChildren(QComboBox):
        for i in range(w.count()):
            check("choice", w.itemText(i))
    for w in widget.findChildren(QTabWidget):
        for i in range(w.count()):
            check("tab", w.tabText(i))
    for w in widget.findChildren(QTableView):
        model = w.model()
        for c in range(model.columnCount()):
            check("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    for w in widget.findChildren(QTableWidget):
        for c in range(w.columnCount()):
            item = w.horizontalHeaderItem(c)
            check("header", item.text() if item else "")
    return found


def test_the_worksheet_in_english(qtbot, desk_book, english, screenshot):
    panel = WorksheetPanel(desk_book.context(desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    detail = get_case(desk_book.uow, desk_book.admin, 8)
    panel.set_case(detail)
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    panel.rows["time_autonomy"].level.setCurrentIndex(1)
    panel.rows["continuity"].level.setCurrentIndex(1)
    panel.refresh_assessment()
    wait_idle(TaskRunner.instance())
    names = {p.name for p in detail.parties}
    assert chinese_texts(panel, names) == []
    level = panel.rows["process_control"].level
    tips = [level.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, level.count())]
    assert tips and not any(CJK.search(tip) for tip in tips), tips
    html = panel.result.toHtml()
    assert "Not enough information" in html and "Reasons" in html and "Route" in html
    assert "建议结论（由调解员" not in html and "<h3>用人单位候选" not in html and "Employer candidate" in html
    screenshot(panel, "worksheet_panel_en")


def test_the_work_records_panel_in_english(qtbot, desk_book, english):
    panel = WorkRecordsPanel(desk_book.context(desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, 8))
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)
    assert chinese_texts(panel, set()) == []
