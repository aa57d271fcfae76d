"""The 文书 tab: make a document from a template, see it listed with number and hash, export it."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.services.documents import list_documents, read_document
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage
from tests.gui.support import wait_cases


def test_make_list_and_export_a_document(qtbot, desk_book, tmp_path, monkeypatch, screenshot, message_boxes):
    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    wait_cases(qtbot, page)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    case_id = page.detail.detail.summary.id
    panel = page.documents
    page.case_tabs.setCurrentWidget(panel)

    # a template whose fields the case alone does not fill names what is missing, draws no number
    panel.template.setCurrentIndex(panel.template.findData("mediation_agreement"))
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=8000)
    assert "还缺少以下内容" in panel.message.text()
    assert list_documents(desk_book.uow, desk_book.admin, case_id=case_id) == []

    # the mediation application form needs only the case
    panel.template.setCurrentIndex(panel.template.findData("mediation_application"))
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30000)
    assert not message_boxes
    doc = list_documents(desk_book.uow, desk_book.admin, case_id=case_id)[0]
    assert panel.table.item(0, 1).text() == (doc.number or "（无文号）")
    assert panel.table.item(0, 5).toolTip() == doc.sha256
    screenshot(page, "documents_panel")

    target = tmp_path / "out" / doc.filename
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "审计" in panel.status.text(), timeout=10000)
    data = target.read_bytes()
    assert hashlib.sha256(data).hexdigest() == doc.sha256 == hashlib.sha256(
        read_document(desk_book.uow, desk_book.admin, document_id=doc.id)).hexdigest()


def test_a_letter_made_on_another_tab_is_listed_and_nothing_of_the_previous_case_stays(qtbot, desk_book,
                                                                                       message_boxes):
    from mediation_desk.ui.tasks import TaskRunner
    from tests.gui.support import wait_idle

    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    wait_cases(qtbot, page)
    page.select_row(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    first = page.detail.detail.summary.id
    panel = page.documents

    # DOCX and PDF versions of the same document are told apart, in the templates and in the list
    titles = [panel.template.itemText(i) for i in range(panel.template.count())]
    assert "证据目录（Word）" in titles and "证据目录（PDF）" in titles and titles.count("证据目录") == 0
    page.case_tabs.setCurrentWidget(panel)
    panel.template.setCurrentIndex(panel.template.findData("evidence_list_pdf"))
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30000)
    assert panel.table.item(0, 0).text() == "证据目录（PDF）" and panel.table.item(0, 3).text() == "PDF"
    assert "已生成" in panel.status.text()

    # the referral letter made on the legal-aid tab: the tab says so, the documents tab lists it
    aid = page.legal_aid
    page.case_tabs.setCurrentWidget(aid)
    aid.migrant.setChecked(True)
    qtbot.waitUntil(lambda: aid.refer_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(aid.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aid.letter_button.isEnabled() or aid.message.isVisible(), timeout=10000)
    assert not aid.message.isVisible(), aid.message.text()
    qtbot.mouseClick(aid.letter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aid.notice.isVisible(), timeout=30000)
    assert "已生成法律援助转介函" in aid.notice.text()
    wait_idle(TaskRunner.instance())
    page.case_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=10000)
    listed = {panel.table.item(r, 0).text() for r in range(2)}
    assert "法律援助转介函（Word）" in listed
    assert {d.template for d in list_documents(desk_book.uow, desk_book.admin, case_id=first)} == {
        "evidence_list_pdf", "legal_aid_referral"}

    # another case: no list, status or message of the first one, on either tab
    page.select_row(1)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id != first, timeout=5000)
    wait_idle(TaskRunner.instance())
    panel, aid = page.documents, page.legal_aid  # the case view's tabs now belong to the other case
    page.case_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    assert panel.status.text() == "" and not panel.message.isVisible()
    page.case_tabs.setCurrentWidget(aid)
    wait_idle(TaskRunner.instance())
    assert not aid.notice.isVisible() and not aid.migrant.isChecked() and aid.result.toPlainText() == ""
    assert "尚未转介" in aid.course.toPlainText()
    assert not message_boxes
