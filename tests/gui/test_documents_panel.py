"""The 文书 tab: make a document from a template, see it listed with number and hash, export it."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mediation_desk.services.documents import list_documents, read_document
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage


def test_make_list_and_export_a_document(qtbot, desk_book, tmp_path, monkeypatch, screenshot, message_boxes):
    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
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
