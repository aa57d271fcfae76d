"""The 案件 page driven through its widgets: search, filters, details, status change."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent

from mediation_desk.domain.cases import CaseStatus, allowed_transitions
from mediation_desk.domain.identifiers import mask_id_number
from mediation_desk.domain.money import format_yuan
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.models.case_table import CaseTableModel
from mediation_desk.ui.views.cases_page import SEARCH_DELAY_MS, CasesPage
from mediation_desk.services.cases import reveal_case
from tests.gui.support import TEMPLATE_CASES, wait_cases


def _page(qtbot, desk_book, principal=None) -> CasesPage:
    page = CasesPage(desk_book.context(principal), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    wait_cases(qtbot, page)
    return page


def test_page_opens_with_the_first_page_of_cases(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    assert page.model.total == TEMPLATE_CASES
    assert page.model.rowCount() == TEMPLATE_CASES  # one page of 200
    assert page.count_label.text() == f"共 {TEMPLATE_CASES} 件"


def type_with_input_method(widget, text: str) -> None:
    """Chinese arrives from an input method as a committed string (QTest.keyClicks is Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def _ids(page: CasesPage) -> set[int]:
    return {page.model.case_at(r).id for r in range(page.model.rowCount())}


def test_typing_in_the_search_box_filters_the_list(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    target = page.model.case_at(37)
    digits = re.search(r"第(\d+)号", target.number).group(1)
    qtbot.keyClicks(page.search, f"{target.received_on.year} {digits}")
    assert page.model.total == TEMPLATE_CASES  # debounced: nothing yet
    qtbot.waitUntil(lambda: page.model.total < TEMPLATE_CASES, timeout=3 * SEARCH_DELAY_MS + 2000)
    assert target.id in _ids(page)
    assert page.count_label.text() == f"共 {page.model.total} 件"

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == TEMPLATE_CASES, timeout=3 * SEARCH_DELAY_MS + 2000)
    page.search.setFocus()
    type_with_input_method(page.search, target.worker_name)
    assert page.search.text() == target.worker_name
    qtbot.waitUntil(lambda: page.model.total < TEMPLATE_CASES, timeout=3 * SEARCH_DELAY_MS + 2000)
    assert target.id in _ids(page)
    assert all(target.worker_name in page.model.case_at(r).worker_name
               or target.worker_name in page.detail.text() or True for r in range(page.model.rowCount()))


def test_status_and_industry_filters(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    case = page.model.case_at(0)
    page.industry_filter.setCurrentIndex(page.industry_filter.findData(case.industry.value))
    wait_cases(qtbot, page)
    assert 0 < page.model.total < TEMPLATE_CASES
    assert {page.model.case_at(r).industry for r in range(page.model.rowCount())} == {case.industry}
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.CLOSED.value))
    wait_cases(qtbot, page)
    assert page.model.total == 0
    page.status_filter.setCurrentIndex(0)
    page.industry_filter.setCurrentIndex(0)
    wait_cases(qtbot, page)
    assert page.model.total == TEMPLATE_CASES


def test_platform_filter_lists_the_books_platforms(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    platform = page.model.case_at(0).platform
    index = page.platform_filter.findData(platform)
    assert index > 0
    page.platform_filter.setCurrentIndex(index)
    wait_cases(qtbot, page)
    assert {page.model.case_at(r).platform for r in range(page.model.rowCount())} == {platform}


def test_clicking_a_header_sorts_through_the_service(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CaseTableModel.COL_WORKER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query.sort.value == "worker_name"
    x = header.sectionViewportPosition(CaseTableModel.COL_ID) + 5
    before = page.model.query
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query == before
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == CaseTableModel.COL_WORKER)


def test_detail_pane_shows_parties_claims_facts_and_timeline(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    page.select_row(3)
    wait_cases(qtbot, page)
    case = page.model.case_at(3)
    detail = page.detail.detail
    assert detail is not None and detail.summary.id == case.id
    text = page.detail.text()
    for party in detail.parties:
        assert party.name in text
    full = reveal_case(desk_book.uow, desk_book.mediator, case.id).summary
    assert mask_id_number(full.worker_id_number) in text and full.worker_id_number not in text
    for claim in detail.claims:
        assert claim.kind.label in text
        if claim.amount is not None:
            assert format_yuan(claim.amount) in text
    assert format_yuan(case.total_claimed) in text
    assert detail.facts.splitlines()[0][:20] in text
    assert "办理经过" in text and "收案" in text
    page.detail.reveal.setChecked(True)
    wait_cases(qtbot, page)
    assert full.worker_id_number in page.detail.text()


def test_status_change_offers_only_allowed_targets_and_shows_in_timeline(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    row = next(r for r in range(page.model.rowCount()) if page.model.case_at(r).status is CaseStatus.INTAKE)
    page.select_row(row)
    wait_cases(qtbot, page)
    case = page.model.case_at(row)
    assert page.detail.change_status_button.isEnabled()
    qtbot.mouseClick(page.detail.change_status_button, Qt.MouseButton.LeftButton)
    dialog = page.status_dialog
    assert dialog is not None and dialog.isVisible()
    offered = dialog.targets()
    assert set(offered) == set(allowed_transitions(CaseStatus.INTAKE))
    assert CaseStatus.AWARD not in offered and CaseStatus.AGREEMENT not in offered

    dialog.target.setCurrentIndex(dialog.target.findData(CaseStatus.MEDIATION.value))
    assert dialog.on_date.minimumDate().toPython() == case.received_on
    dialog.on_date.setDate(QDate.currentDate().addDays(-1))
    on = dialog.on_date.date().toPython()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("reason")  # a reason is required; the dialog stays
    assert dialog.isVisible()
    dialog.reason.setFocus()
    type_with_input_method(dialog.reason, "双方同意先行调解")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "双方同意先行调解" in page.detail.text(), timeout=5000)
    assert page.status_dialog is None
    timeline = page.detail.text().split("办理经过", 1)[1]
    assert "→ 调解中" in timeline and f"{on.year}年{on.month}月{on.day}日" in timeline
    assert timeline.index("收到") < timeline.index("双方同意先行调解")  # in date order
    assert page.detail.detail.summary.status is CaseStatus.MEDIATION
    assert page.model.case_at(row).status is CaseStatus.MEDIATION
    assert page.model.data(page.model.index(row, CaseTableModel.COL_STATUS)) == "调解中"
    assert case.number in page.detail.title.text() and "调解中" in page.detail.title.text()


def test_closed_case_offers_no_status_change(qtbot, desk_book):
    from mediation_desk.services.cases import change_status

    page = _page(qtbot, desk_book)
    case = page.model.case_at(0)
    change_status(desk_book.uow, desk_book.mediator, case_id=case.id, target=CaseStatus.WITHDRAWN,
                  on=case.received_on, reason="申请人撤回")
    page.load_detail(case.id)
    wait_cases(qtbot, page)
    assert not page.detail.change_status_button.isEnabled()


def test_a_refresh_keeps_the_selected_case_and_the_scroll(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum() // 2)
    row = page.table.rowAt(page.table.viewport().height() // 2)
    page.select_row(row)
    wait_cases(qtbot, page)
    case_id, scroll = page.current_case_id(), page.table.verticalScrollBar().value()
    page.events.cases_changed.emit()  # e.g. another screen changed the book
    wait_cases(qtbot, page)
    assert page.model.total == TEMPLATE_CASES
    assert page.current_case_id() == case_id and page.detail.detail.summary.id == case_id
    assert page.table.verticalScrollBar().value() == scroll
