"""The repeat-respondent list, the referral dialog (preview, send, answer) and the settings tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from mediation_desk.domain.cases import Enterprise, EnterpriseRole
from mediation_desk.domain.inspection import RepeatSettings
from mediation_desk.services import inspection
from mediation_desk.services.cases import register_intake
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage
from mediation_desk.ui.views.repeat_respondents_page import RepeatRespondentsPage
from mediation_desk.ui.views.settings.inspection_tab import InspectionTab
from tests.support.books import make_intake
from tests.support.clock import TODAY

NAME = "南昌赣江骑士配送有限公司"


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _three_cases(desk_book) -> list[int]:  # noqa: ANN001
    firm = Enterprise(name=NAME, role=EnterpriseRole.OUTSOURCING)
    return [register_intake(desk_book.uow, desk_book.mediator,
                            replace(make_intake(900 + n, received_on=TODAY - timedelta(days=n)), respondents=(firm,)))
            for n in (1, 2, 3)]


def test_the_list_shows_the_repeat_respondent_and_refers_all_its_cases(qtbot, desk_book, screenshot):
    case_ids = _three_cases(desk_book)
    opened: list[int] = []
    page = RepeatRespondentsPage(desk_book.context(desk_book.mediator), opened.append)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    names = [page.respondents.item(r, 0).text() for r in range(page.respondents.rowCount())]
    assert NAME in names and "90天" in page.summary.text()
    page.respondents.selectRow(names.index(NAME))
    assert page.cases.rowCount() == 3
    numbers = [page.cases.item(r, 0).text() for r in range(3)]
    report_cases = page.selected().cases
    assert [c.case_id for c in report_cases] == sorted(case_ids, reverse=True)  # oldest received first
    assert numbers == [c.number for c in report_cases]
    page.open_selected(0)
    assert opened == [report_cases[0].case_id]
    screenshot(page, "repeat_respondents")

    click(qtbot, page.ui.refer_button)
    dialog = page.dialog
    assert dialog is not None and NAME in dialog.ui.heading.text()
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    assert NAME in dialog.ui.preview.toPlainText() and all(n in dialog.ui.preview.toPlainText() for n in numbers)
    dialog.ui.ground_unpaid_pay.setChecked(False)
    assert "至少" in dialog.ui.preview.toPlainText()  # no ground: nothing to preview
    dialog.ui.ground_deposit.setChecked(True)
    qtbot.waitUntil(lambda: dialog.draft is not None and "押金" in dialog.ui.preview.toPlainText(), timeout=10000)
    dialog.resize(1100, 700)
    screenshot(dialog, "inspection_referral_dialog")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30000)  # accepted and closed
    for cid in case_ids:
        [r] = inspection.referrals_for_case(desk_book.uow, desk_book.mediator, case_id=cid)
        assert r.respondent == NAME and [g.value for g in r.grounds] == ["deposit"] and not r.answered
    assert "转送函已生成" in page.message.text()


def test_from_a_case_the_answer_is_recorded(qtbot, desk_book):
    case_ids = _three_cases(desk_book)
    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_case_by_id(case_ids[0])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == case_ids[0],
                    timeout=10000)
    click(qtbot, page.detail.inspection_button)
    dialog = page.inspection_dialog
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    assert dialog.ui.history.rowCount() == 0 and not dialog.ui.answer_button.isEnabled()
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.inspection_dialog is None, timeout=30000)
    [sent] = inspection.referrals_for_case(desk_book.uow, desk_book.mediator, case_id=case_ids[0])
    assert sent.case_numbers == (page.detail.detail.summary.number,)
    qtbot.waitUntil(lambda: "向劳动保障监察机构转送线索" in page.detail.text(), timeout=10000)  # the timeline

    click(qtbot, page.detail.inspection_button)
    dialog = page.inspection_dialog
    qtbot.waitUntil(lambda: dialog.ui.history.rowCount() == 1 and dialog.ui.answer_button.isEnabled(), timeout=10000)
    assert dialog.ui.history.item(0, 0).text() == sent.document_number
    click(qtbot, dialog.ui.answer_button)  # no answer typed: refused in place
    assert dialog.ui.answer_button.isEnabled() and not inspection.referrals_for_case(
        desk_book.uow, desk_book.mediator, case_id=case_ids[0])[0].answered
    dialog.ui.answer.setPlainText("已立案调查")
    dialog.ui.action_taken.setText("责令限期支付劳动报酬")
    click(qtbot, dialog.ui.answer_button)
    qtbot.waitUntil(lambda: "答复已登记" in dialog.ui.answer_message.text(), timeout=10000)
    [r] = inspection.referrals_for_case(desk_book.uow, desk_book.mediator, case_id=case_ids[0])
    assert r.answer == "已立案调查" and r.action_taken == "责令限期支付劳动报酬" and r.answered_on == TODAY
    qtbot.waitUntil(lambda: "已立案调查" in dialog.ui.history.item(0, 4).text(), timeout=10000)
    dialog.reject()


def test_the_settings_tab_is_the_administrators(qtbot, desk_book):
    tab = InspectionTab(desk_book.context(desk_book.mediator))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.min_cases.value() == 3, timeout=5000)
    assert not tab.save_button.isEnabled() and not tab.ui.note.isHidden()

    tab = InspectionTab(desk_book.context(desk_book.admin))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.window_days.value() == 90, timeout=5000)
    tab.min_cases.setValue(4)
    tab.window_days.setValue(30)
    click(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: "30天" in tab.message.text(), timeout=5000)
    assert inspection.get_repeat_settings(desk_book.uow) == RepeatSettings(4, 30)
