"""The case search box with what users type: a printed case number, an ID or phone tail (the list
stays masked), and a runaway paste of hundreds of words (a note, no crash); the case history
names people, not usernames."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent

from mediation_desk.domain.identifiers import mask_id_number, mask_phone
from mediation_desk.domain.search import MAX_TERMS
from mediation_desk.services.cases import reveal_case
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import SEARCH_DELAY_MS, CasesPage
from tests.gui.support import TEMPLATE_CASES, wait_cases

WAIT = 3 * SEARCH_DELAY_MS + 2000


def _page(qtbot, desk_book) -> CasesPage:
    page = CasesPage(desk_book.context(), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    wait_cases(qtbot, page)
    return page


def _type(page: CasesPage, text: str) -> None:
    page.search.clear()
    page.search.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(page.search, event)


def _shown(page: CasesPage) -> list:
    return [page.model.case_at(r) for r in range(page.model.rowCount())]


def _cell(page: CasesPage, row: int, col: int) -> str:
    return page.model.data(page.model.index(row, col))


def test_printed_number_and_id_or_phone_tails(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    target = page.model.case_at(11)  # as listed: the numbers masked
    full = reveal_case(desk_book.uow, desk_book.mediator, target.id).summary
    _type(page, target.number)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT)
    assert _shown(page)[0].id == target.id

    for tail in (target.worker_id_number[-4:], target.worker_phone[-4:]):
        _type(page, tail)
        qtbot.waitUntil(lambda: page.model.total < TEMPLATE_CASES, timeout=WAIT)
        rows = [i for i, c in enumerate(_shown(page)) if c.id == target.id]
        assert rows, tail
        # found by the number, still shown masked
        assert _cell(page, rows[0], page.model.COL_ID) == mask_id_number(target.worker_id_number)
        assert _cell(page, rows[0], page.model.COL_PHONE) == mask_phone(target.worker_phone)
        assert full.worker_id_number not in _cell(page, rows[0], page.model.COL_ID)


def test_hundreds_of_words_search_by_the_first_ones_and_say_so(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    target = page.model.case_at(5)
    _type(page, " ".join([target.worker_name] + [f"词{i}" for i in range(600)]))
    qtbot.waitUntil(lambda: page.model.total < TEMPLATE_CASES, timeout=WAIT)
    assert page.model.total == 0
    assert page.count_label.text() == f"共 0 件（只按前 {MAX_TERMS} 个词搜索）"
    _type(page, target.worker_name)
    qtbot.waitUntil(lambda: page.model.total > 0, timeout=WAIT)
    assert "只按" not in page.count_label.text()


def test_case_history_names_the_person_not_the_username(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    page.select_row(2)
    wait_cases(qtbot, page)
    qtbot.waitUntil(lambda: "办理经过" in page.detail.text(), timeout=5000)
    timeline = page.detail.text().split("办理经过", 1)[1]
    assert f"（{desk_book.mediator.display_name}）" in timeline  # 熊丽华 registered the template's cases
    assert f"（{desk_book.mediator.username}）" not in timeline
