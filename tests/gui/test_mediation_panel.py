"""A mediation walked through the panel as a user would: the 15-day window, a session with its
record, a proposal, the agreement with its items, partial and full performance item by item, and
the export of a generated document; plus a failed mediation with its notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QTableWidgetItem

from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.mediation import PerformanceState
from mediation_desk.services import mediation as med
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.ui.views.mediation_panel import (AgreementDialog, FailedDialog, MediationPanel, PerformanceDialog,
                                                     SessionDialog)
from tests.support.clock import TODAY
from tests.support.document_case import demo_intake



def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


@pytest.fixture
def case_id(desk_book) -> int:
    intake = replace(demo_intake(), received_on=TODAY - timedelta(days=5))
    return register_intake(desk_book.uow, desk_book.mediator, intake)


def open_panel(qtbot, desk_book, case_id: int) -> MediationPanel:
    panel = MediationPanel(desk_book.context(desk_book.mediator))
    qtbot.addWidget(panel)
    panel.resize(1500, 820)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, case_id))
    qtbot.waitUntil(lambda: not panel.loading and panel.overview is not None, timeout=10000)
    return panel


def submit(qtbot, panel: MediationPanel, dialog) -> None:  # noqa: ANN001
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=30000)
    qtbot.waitUntil(lambda: not panel.loading, timeout=10000)


def test_session_agreement_and_performance(qtbot, desk_book, case_id, screenshot, tmp_path) -> None:
    panel = open_panel(qtbot, desk_book, case_id)
    left = (panel.overview.window.due - TODAY).days  # the window's end rolls past weekends and holidays
    assert f"还剩 {left} 天" in panel.window_label.text()
    assert not panel.agreement_button.isEnabled()  # not in mediation yet

    # 记录调解: an empty record is refused inside the dialog, which stays open
    dialog = panel.open_session()
    assert isinstance(dialog, SessionDialog)
    dialog.held_on.setDate(qdate(TODAY - timedelta(days=3)))
    dialog.place.setText("第二调解室")
    dialog.participants.setText("江西永信网络科技有限公司运营主管周某")
    dialog.starts_at.setTime(QTime(9, 30))
    dialog.ends_at.setTime(QTime(11, 0))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "调解笔录" in dialog.error.text() and panel.dialog is dialog
    dialog.record.setPlainText("申请人：公司欠我两个月保底工资。\n被申请人：同意支付部分款项。")
    submit(qtbot, panel, dialog)
    assert "调解笔录" in panel.status_label.text()
    assert panel.overview.status is CaseStatus.MEDIATION
    assert panel.sessions.rowCount() == 1 and panel.sessions.item(0, 2).text() == "第二调解室"
    assert panel.sessions.item(0, 1).text() == "09:30–11:00"
    assert panel.documents.rowCount() == 1 and panel.documents.item(0, 0).text() == "调解笔录"

    # a counter-proposal
    proposal = panel.open_proposal()
    proposal.side.setCurrentIndex(proposal.side.findData("employer"))
    proposal.party.setCurrentIndex(proposal.party.findData("江西永信网络科技有限公司"))
    proposal.content.setPlainText("一次性支付3,000元")
    proposal.amount.setText("3000")
    submit(qtbot, panel, proposal)
    assert panel.proposals.rowCount() == 1 and panel.proposals.item(0, 2).text() == "3,000.00元"

    # 达成调解协议: two items
    dialog = panel.open_agreement()
    assert isinstance(dialog, AgreementDialog)
    agreed_on = TODAY - timedelta(days=2)
    dialog.agreed_on.setDate(qdate(agreed_on))
    assert dialog.table.item(0, 0).text() == "江西永信网络科技有限公司" and dialog.table.item(0, 1).text() == "杨娟"
    dialog.table.setItem(0, 2, QTableWidgetItem("支付2025年4月至5月保底工资"))
    dialog.table.setItem(0, 4, QTableWidgetItem("2,430.50"))
    dialog.table.cellWidget(0, 5).setDate(qdate(TODAY - timedelta(days=1)))
    row = dialog.add_item(content="退还违规扣款", kind=ClaimKind.UNLAWFUL_DEDUCTION, amount="770",
                          due=TODAY + timedelta(days=10))
    assert row == 1
    combo = dialog.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox) and combo.currentData() == ClaimKind.UNPAID_PAY.value
    assert isinstance(dialog.table.cellWidget(1, 5), QDateEdit)
    submit(qtbot, panel, dialog)
    assert "调解协议书" in panel.status_label.text()
    assert get_case(desk_book.uow, desk_book.admin, case_id).summary.status is CaseStatus.AGREEMENT
    assert panel.items.rowCount() == 2
    assert panel.items.item(0, 6).text() == PerformanceState.OVERDUE.label  # due yesterday, nothing paid
    assert "支付令" in panel.advice_label.text() and panel.advice_button.isVisible()
    assert "调解协议仲裁审查申请期限" in panel.joint_label.text() and panel.review_button.isEnabled()
    assert panel.window_label.text().startswith("案件状态")

    # 登记履行: part of the wage, then the rest
    panel.items.selectRow(0)
    dialog = panel.open_performance()
    assert isinstance(dialog, PerformanceDialog) and dialog.amount.text() == "2430.50"
    dialog.amount.setText("1000")
    submit(qtbot, panel, dialog)
    assert panel.items.item(0, 4).text() == "1,000.00元"
    assert panel.items.item(0, 6).text() == PerformanceState.OVERDUE.label
    screenshot(panel, "mediation_panel")

    panel.items.selectRow(0)
    dialog = panel.open_performance()
    assert dialog.amount.text() == "1430.50"
    submit(qtbot, panel, dialog)
    assert panel.items.item(0, 6).text() == PerformanceState.PERFORMED.label
    assert panel.items.item(1, 6).text() == PerformanceState.PENDING.label
    assert not panel.advice_button.isVisible()
    status = med.agreement_status(desk_book.uow, desk_book.admin, case_id=case_id)
    assert status.paid == status.items[0].item.amount

    # 导出… the agreement, through the save dialog
    titles = [panel.documents.item(r, 0).text() for r in range(panel.documents.rowCount())]
    panel.documents.selectRow(titles.index("调解协议书"))
    target = tmp_path / "协议.docx"
    from unittest import mock
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        panel.export_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert target.read_bytes()[:2] == b"PK"


def test_failed_mediation_closes_the_case_and_names_the_commission(qtbot, desk_book, case_id) -> None:
    med.record_session(desk_book.uow, desk_book.mediator, case_id=case_id, held_on=TODAY - timedelta(days=4),
                       starts_at=time(9), ends_at=time(10), place="调解室", participants="", mediator="熊丽华", record="被申请人：不同意调解。")
    panel = open_panel(qtbot, desk_book, case_id)
    dialog = panel.open_failed()
    assert isinstance(dialog, FailedDialog)
    dialog.reason.setText("被申请人明确表示不同意调解")
    submit(qtbot, panel, dialog)
    # a mediation organisation closes the case (the commission accepts arbitration, not the mediator)
    assert "已结案" in panel.status_label.text() and "调解终止告知书" in panel.status_label.text()
    assert get_case(desk_book.uow, desk_book.admin, case_id).summary.status is CaseStatus.CLOSED
    assert panel.documents.item(0, 0).text() == "调解终止告知书"
    assert not panel.session_button.isEnabled() and not panel.failed_button.isEnabled()
    assert "被申请人明确表示不同意调解" in panel.agreement_label.text()


def test_corrections_with_a_reason_and_nothing_left_of_the_previous_case(qtbot, desk_book, case_id) -> None:
    from decimal import Decimal

    from mediation_desk.domain.mediation import AgreementItem
    from mediation_desk.ui.views.mediation_panel import ItemDialog, ProposalDialog, ReasonDialog

    uow, who = desk_book.uow, desk_book.mediator
    day = TODAY - timedelta(days=3)
    med.record_session(uow, who, case_id=case_id, held_on=day, starts_at=time(9), ends_at=time(10), place="调解室",
                       participants="", mediator="熊丽华", record="申请人：请求支付工资。")
    med.add_proposal(uow, who, case_id=case_id, side="employer", party="江西永信网络科技有限公司",
                     content="一次性支付3,000元", amount=Decimal("3000"), on=day)
    med.conclude_agreement(uow, who, case_id=case_id, agreed_on=day, items=[
        AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="支付保底工资",
                      claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2000"), due_on=TODAY + timedelta(days=5)),
        AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="出具离职证明",
                      due_on=TODAY + timedelta(days=5))])
    status = med.agreement_status(uow, who, case_id=case_id)
    med.record_performance(uow, who, item_id=status.items[0].id, amount=Decimal("2000"), on=TODAY)
    panel = open_panel(qtbot, desk_book, case_id)
    assert panel.proposals.item(0, 1).text() == "被申请人（企业）：江西永信网络科技有限公司"

    # a session corrected: refused without a reason, saved with one
    panel.sessions.selectRow(0)
    dialog = panel.open_edit_session()
    assert isinstance(dialog, SessionDialog) and dialog.place.text() == "调解室"
    dialog.place.setText("第一调解室")
    dialog.make_record.setCurrentIndex(1)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "理由" in dialog.error.text()
    dialog.reason_edit.setText("地点记错")
    submit(qtbot, panel, dialog)
    assert panel.sessions.item(0, 2).text() == "第一调解室" and "已更正" in panel.status_label.text()

    # a proposal's author corrected, then the proposal deleted
    panel.proposals.selectRow(0)
    dialog = panel.open_edit_proposal()
    assert isinstance(dialog, ProposalDialog) and dialog.party.currentData() == "江西永信网络科技有限公司"
    dialog.party.setCurrentIndex(dialog.party.findData("江西星耀网络科技有限公司"))
    dialog.reason_edit.setText("提出方案的公司记错")
    submit(qtbot, panel, dialog)
    assert panel.proposals.item(0, 1).text().endswith("江西星耀网络科技有限公司")
    panel.proposals.selectRow(0)
    dialog = panel.open_delete_proposal()
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setText("误登记")
    submit(qtbot, panel, dialog)
    assert panel.proposals.rowCount() == 0

    # an item's deadline corrected: a corrected copy of the agreement is made
    panel.items.selectRow(1)
    dialog = panel.open_edit_item()
    assert isinstance(dialog, ItemDialog) and dialog.kind.currentData() == ""
    dialog.due_on.setDate(qdate(TODAY + timedelta(days=8)))
    dialog.reason_edit.setText("履行期限记错")
    submit(qtbot, panel, dialog)
    assert "更正本" in panel.status_label.text()
    assert panel.items.item(1, 5).text() == (TODAY + timedelta(days=8)).isoformat()

    # the payment reversed by a correcting entry: both entries listed, the item no longer performed
    assert panel.items.item(0, 6).text() == PerformanceState.PERFORMED.label
    panel.entries.selectRow(0)
    dialog = panel.open_reverse()
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setText("转账被退回")
    submit(qtbot, panel, dialog)
    assert panel.entries.rowCount() == 2 and "冲正记录" in panel.entries.item(1, 3).text()
    assert panel.items.item(0, 6).text() == PerformanceState.PENDING.label
    panel.entries.selectRow(0)
    assert not panel.reverse_button.isEnabled()  # reversed once only

    # another case: nothing of this one stays
    other = register_intake(desk_book.uow, desk_book.mediator, replace(demo_intake(), received_on=TODAY))
    panel.set_case(get_case(desk_book.uow, desk_book.admin, other))
    qtbot.waitUntil(lambda: not panel.loading and panel.overview is not None and panel.overview.case_id == other,
                    timeout=10000)
    assert panel.status_label.text() == "" and not panel.status_label.isVisible()
    for table in (panel.sessions, panel.proposals, panel.items, panel.entries, panel.documents):
        assert table.rowCount() == 0
    assert panel.agreement_label.text() == "尚未达成调解协议。" and panel.advice_label.text() == ""


def test_the_panels_in_english(qtbot, qapp, desk_book, case_id, screenshot) -> None:
    import re
    from decimal import Decimal

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

    from mediation_desk.app import install_translators
    from mediation_desk.domain.mediation import AgreementItem
    from mediation_desk.ui import errors as ui_errors
    from mediation_desk.ui.views.documents_panel import DocumentsPanel

    uow, who = desk_book.uow, desk_book.mediator
    day = TODAY - timedelta(days=3)
    med.record_session(uow, who, case_id=case_id, held_on=day, starts_at=time(9), ends_at=time(10), place="调解室",
                       participants="", mediator="熊丽华", record="申请人：请求支付工资。")
    med.add_proposal(uow, who, case_id=case_id, side="employer", party="江西永信网络科技有限公司",
                     content="一次性支付", amount=Decimal("3000"), on=day)
    med.conclude_agreement(uow, who, case_id=case_id, agreed_on=day, items=[
        AgreementItem(obligor="江西永信网络科技有限公司", obligee="杨娟", content="支付保底工资",
                      claim_kind=ClaimKind.UNPAID_PAY, amount=Decimal("2000"), due_on=day)],
                           renderer=desk_book.renderer)
    cjk = re.compile(r"[\u4e00-\u9fff]")
    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        panel = open_panel(qtbot, desk_book, case_id)
        docs = DocumentsPanel(desk_book.context(who))
        qtbot.addWidget(docs)
        for widget in (panel, docs):
            texts = [b.text() for b in widget.findChildren(QPushButton)]
            texts += [g.title() for g in widget.findChildren(QGroupBox)]
            for table in (panel.sessions, panel.proposals, panel.items, panel.entries, panel.documents, docs.table):
                texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
            assert not [t for t in texts if cjk.search(t)], [t for t in texts if cjk.search(t)]
        assert panel.items.item(0, 6).text() == "Overdue, not performed"
        assert panel.proposals.item(0, 1).text() == "Respondent (enterprise): 江西永信网络科技有限公司"
        assert panel.documents.item(0, 0).text() == "Mediation agreement"
        assert not cjk.search(panel.advice_label.text())
        labels = [docs.template.itemText(i) for i in range(docs.template.count())]
        assert "Evidence list (PDF)" in labels and not [t for t in labels if cjk.search(t)]
        assert [w for w in panel.findChildren(QLabel) if w is panel.window_label][0].text()
        panel.resize(1366, 768)
        screenshot(panel, "mediation_panel_en")
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)
