"""典型案例 from the case view: the button only for a closed case and a user who may publish; the dialog
with the four parts, the check updating as the text is edited, a hit accepted as not personal data,
and the export on the worker into the case's documents."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediation_desk.domain.cases import CaseStatus
from mediation_desk.services import documents as sd
from mediation_desk.services.cases import change_status, reveal_case
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage
from tests.gui.support import wait_cases
from tests.gui.test_opinion_panels_english import chinese_texts


def _page(qtbot, desk_book, principal=None) -> CasesPage:  # noqa: ANN001
    page = CasesPage(desk_book.context(principal), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    wait_cases(qtbot, page)  # the list is read on the worker
    return page


def _close_first_case(qtbot, page, desk_book):  # noqa: ANN001, ANN202
    case = page.model.case_at(0)
    change_status(desk_book.uow, desk_book.mediator, case_id=case.id, target=CaseStatus.WITHDRAWN,
                  on=case.received_on, reason="申请人撤回申请")
    page.load_detail(case.id)
    wait_cases(qtbot, page)  # the case's details are read on the worker
    return case


def test_the_button_is_for_closed_cases_and_for_those_who_may_publish(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    page.select_row(0)
    wait_cases(qtbot, page)
    assert page.detail.typical_case_button.text() == "典型案例…"
    assert not page.detail.typical_case_button.isEnabled()  # an open case
    _close_first_case(qtbot, page, desk_book)
    assert page.detail.typical_case_button.isEnabled()
    admin_page = _page(qtbot, desk_book, desk_book.admin)
    admin_page.load_detail(page.detail.detail.summary.id)
    wait_cases(qtbot, admin_page)
    assert not admin_page.detail.typical_case_button.isEnabled()


def test_review_edit_check_accept_and_export(qtbot, desk_book, screenshot):
    page = _page(qtbot, desk_book)
    case = _close_first_case(qtbot, page, desk_book)
    full = reveal_case(desk_book.uow, desk_book.mediator, case.id)
    worker = full.parties[0].name
    qtbot.mouseClick(page.detail.typical_case_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "typical_dialog", None) is not None, timeout=10000)
    dialog = page.typical_dialog
    assert dialog.isVisible() and case.number in dialog.windowTitle()
    parts = dialog.parts()
    assert len(parts) == 4 and all(p.strip() for p in parts)
    assert worker not in "".join(parts) and "撤回申请" in parts[2]
    assert dialog.leaks.topLevelItemCount() == 0 and dialog.ok_button.isEnabled()
    screenshot(dialog, "typical_case_dialog")

    # the worker's name typed back in is listed at once (after the short pause) and blocks the export
    dialog.ui.basic_facts.appendPlainText(f"{worker}本人到场。")
    qtbot.waitUntil(lambda: dialog.leaks.topLevelItemCount() == 1, timeout=3000)
    item = dialog.leaks.topLevelItem(0)
    assert item.text(1) == worker and "姓名" in item.text(3) and item.text(2) == "基本案情"
    assert not dialog.ok_button.isEnabled() and "未处理" in dialog.ui.leak_summary.text()

    # clicking the row selects the text in the part; ticking "not personal data" lets the export go
    dialog._item_clicked(item, 1)
    assert dialog.ui.basic_facts.textCursor().selectedText() == worker
    item.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.ok_button.isEnabled() and dialog.not_personal == {f"name:{worker}"}
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.ok_button.isEnabled()

    # the person removes it instead, and exports
    dialog.ui.basic_facts.setPlainText(parts[0] + "申请人本人到场。")
    dialog.recheck()
    assert dialog.leaks.topLevelItemCount() == 0 and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    docs = sd.list_documents(desk_book.uow, desk_book.mediator, case_id=case.id)
    assert {d.template for d in docs} >= {"typical_case", "typical_case_pdf"}
    assert all(worker not in d.filename and case.number not in d.filename for d in docs
               if d.template.startswith("typical_case"))


def test_the_dialog_in_english_has_no_chinese_of_its_own(qtbot, desk_book, qapp, screenshot):
    from mediation_desk.app import install_translators
    from mediation_desk.services import typical_cases
    from mediation_desk.ui import errors as ui_errors
    from mediation_desk.ui.dialogs.typical_case import TypicalCaseDialog

    page = _page(qtbot, desk_book)
    case = _close_first_case(qtbot, page, desk_book)
    view = typical_cases.draft(desk_book.uow, desk_book.mediator, case.id)
    worker = reveal_case(desk_book.uow, desk_book.mediator, case.id).parties[0].name
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        dialog = TypicalCaseDialog(view, case.number, lambda parts, accepted: None, parent=page)
        qtbot.addWidget(dialog)
        dialog.ui.significance.appendPlainText(worker)
        dialog.recheck()
        dialog.show()
        assert dialog.leaks.topLevelItem(0).text(3) == "Name"
        assert dialog.leaks.topLevelItem(0).text(2) == "Significance"
        assert dialog.ok_button.text() == "Export DOCX and PDF"
        assert chinese_texts(dialog, {case.number, view.title, worker}) == []
        screenshot(dialog, "typical_case_dialog_en")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
