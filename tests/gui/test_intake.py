"""Registering disputes through the intake dialog, the way a clerk fills it in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QDialog

from mediation_desk.domain.cases import CaseQuery, ClaimKind
from mediation_desk.domain.identifiers import credit_code_check_char, resident_id_check_char
from mediation_desk.services.cases import count_cases
from mediation_desk.ui.dialogs.intake import IntakeDialog
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.views.cases_page import CasesPage
from tests.gui.support import TEMPLATE_CASES, wait_cases

ID17 = "36011119900307423"
GOOD_ID = ID17 + resident_id_check_char(ID17)
BAD_ID = ID17 + ("0" if GOOD_ID[-1] != "0" else "1")
CODE17 = "91360111MA38L2K5X"
GOOD_CODE = CODE17 + credit_code_check_char(CODE17)
BAD_CODE = CODE17 + ("1" if GOOD_CODE[-1] != "1" else "2")


def chinese(widget, text: str) -> None:
    """Chinese arrives from an input method as a committed string (key clicks are Latin only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def open_page(qtbot, desk_book) -> CasesPage:
    page = CasesPage(desk_book.context(desk_book.mediator), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    wait_cases(qtbot, page)
    return page


def open_intake(qtbot, page: CasesPage, *, group: bool = False) -> IntakeDialog:
    button = page.new_group_button if group else page.new_case_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.intake_dialog is not None and page.intake_dialog.isVisible(), timeout=5000)
    return page.intake_dialog


def fill_case(qtbot, d: IntakeDialog, *, id_number: str, credit_code: str) -> None:
    if not d.group:
        chinese(d.name, "熊小军")
        qtbot.keyClicks(d.id_number, id_number)
        qtbot.keyClicks(d.phone, "13907918888")
    chinese(d.platform.lineEdit(), "速达外卖")
    r = d.respondents.rows[0]
    chinese(r.name, "南昌市青山湖区顺达配送服务有限公司")
    r.role.setCurrentIndex(r.role.findData("outsourcing"))
    qtbot.keyClicks(r.credit_code, credit_code)
    c = d.claims.rows[0] if d.claims.rows else d.claims.add_row()
    if not d.group:
        c.kind.setCurrentIndex(c.kind.findData(ClaimKind.UNPAID_PAY.value))
        qtbot.keyClicks(c.amount, "3,200.50")
        qtbot.keyClicks(c.period_start, "2026-05-01")
        qtbot.keyClicks(c.period_end, "2026-06-30")
    chinese(d.facts, "申请人自2025年3月起在站点从事外卖配送，站点排班考勤，2026年5、6月报酬未付。")


def save(qtbot, d: IntakeDialog) -> None:
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=15000)


def test_bad_id_number_and_credit_code_are_flagged_at_their_fields_and_nothing_is_written(qtbot, desk_book):
    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page)
    fill_case(qtbot, d, id_number=BAD_ID, credit_code=BAD_CODE)
    d.id_number.editingFinished.emit()  # leaving the field checks it at once
    assert "校验" in d.form.error_text("worker.id_number")
    save(qtbot, d)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert "校验" in d.form.error_text("worker.id_number")
    row = d.respondents.rows[0]
    assert row.errors.isVisible() and "统一社会信用代码" in row.errors.text()
    assert row.credit_code.styleSheet()  # the field itself is marked
    assert count_cases(desk_book.uow, desk_book.admin, CaseQuery()) == TEMPLATE_CASES  # no row written


def test_unparsable_amount_is_flagged_before_anything_is_sent(qtbot, desk_book):
    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page)
    fill_case(qtbot, d, id_number=GOOD_ID, credit_code=GOOD_CODE)
    d.claims.rows[0].amount.setText("三千二")
    save(qtbot, d)
    assert d.isVisible() and "金额" in d.claims.rows[0].errors.text()
    assert count_cases(desk_book.uow, desk_book.admin, CaseQuery()) == TEMPLATE_CASES


def test_valid_intake_appears_in_the_list_and_in_search_at_once(qtbot, desk_book):
    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page)
    fill_case(qtbot, d, id_number=GOOD_ID, credit_code=GOOD_CODE)
    d.id_number.editingFinished.emit()
    assert d.sex.currentText() == "男"  # read from the ID number
    save(qtbot, d)
    qtbot.waitUntil(lambda: page.intake_dialog is None, timeout=10000)
    wait_cases(qtbot, page)
    qtbot.waitUntil(lambda: page.model.total == TEMPLATE_CASES + 1, timeout=10000)
    assert page.detail.detail is not None and page.detail.detail.summary.worker_name == "熊小军"
    assert any(dl.code == "mediation_window" for dl in page.detail.deadlines)
    chinese(page.search, "熊小军")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model.case_at(0).worker_name == "熊小军"
    assert "3,200.50元" in page.model.data(page.model.index(0, 7))


def write_sheet(path: Path, rows: int, bad_rows: dict[int, str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "手机号码", "代表", "拖欠劳动报酬"])
    for n in range(rows):
        first17 = f"3601111992{(n % 12) + 1:02d}{(n % 27) + 1:02d}{300 + n:03d}"[:17]
        number = first17 + resident_id_check_char(first17)
        amount = 2800 + 10 * n
        if bad_rows.get(n + 2) == "id":
            number = first17 + ("0" if number[-1] != "0" else "1")
        if bad_rows.get(n + 2) == "amount":
            amount = None
        ws.append([f"骑手{n + 1:02d}", number, f"139{n:08d}", "是" if n < 2 else "", amount])
    wb.save(path)
    return path


def test_group_dispute_from_a_sheet_all_or_nothing(qtbot, desk_book, tmp_path):
    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page, group=True)
    fill_case(qtbot, d, id_number="", credit_code=GOOD_CODE)
    d.load_sheet(write_sheet(tmp_path / "bad.xlsx", 30, {5: "id", 17: "amount"}))
    qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
    text = d.sheet_errors.text()
    assert d.sheet_errors.isVisible() and "第5行 身份证号码" in text and "第17行 拖欠劳动报酬" in text
    save(qtbot, d)
    assert d.isVisible() and "错误" in d.message.text()
    assert count_cases(desk_book.uow, desk_book.admin, CaseQuery()) == TEMPLATE_CASES

    d.preview = None
    d.load_sheet(write_sheet(tmp_path / "good.xlsx", 30, {}))
    qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
    assert not d.sheet_errors.isVisible() and d.members_table.rowCount() == 30
    save(qtbot, d)
    qtbot.waitUntil(lambda: page.intake_dialog is None, timeout=10000)
    wait_cases(qtbot, page)
    summary = page.detail.detail.summary
    assert summary.is_group and summary.applicant_count == 30 and summary.worker_name == "骑手01等30人"
    assert count_cases(desk_book.uow, desk_book.admin, CaseQuery(text="骑手29")) == 1


def test_record_event_updates_the_deadlines_shown(qtbot, desk_book):
    page = open_page(qtbot, desk_book)
    page.select_row(0)
    wait_cases(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    assert page.detail.record_event_button.isEnabled()
    qtbot.mouseClick(page.detail.record_event_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.event_dialog is not None, timeout=5000)
    dialog = page.event_dialog
    dialog.select("relationship_ended")
    received = page.detail.detail.summary.received_on
    from PySide6.QtCore import QDate

    dialog.on_date.setDate(QDate(received.year, received.month, received.day))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.event_dialog is None, timeout=10000)
    wait_cases(qtbot, page)
    assert "劳动关系终止" in page.detail.text()
    assert date(received.year, received.month, received.day) == received


def test_claim_amount_from_the_calculator_keeps_its_working(qtbot, desk_book, monkeypatch):
    from PySide6.QtCore import QDate

    from mediation_desk.services.cases import get_case
    from mediation_desk.ui.dialogs.calculator import CalculatorDialog

    def fake_exec(dialog: CalculatorDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.wage, "5200")
        dialog.start.setDate(QDate(2022, 4, 1))
        dialog.end.setDate(QDate(2025, 10, 31))
        dialog.average.clear()
        qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
        # without the city's average wage the calculator refuses, at that field
        assert "平均工资" in dialog.form.error_text("local_average_wage")
        assert not dialog.use_button.isEnabled()
        qtbot.keyClicks(dialog.average, "8000")
        qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
        assert dialog.use_button.isEnabled()
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CalculatorDialog, "exec", fake_exec)
    page = open_page(qtbot, desk_book)
    d = open_intake(qtbot, page)
    fill_case(qtbot, d, id_number=GOOD_ID, credit_code=GOOD_CODE)
    claim = d.claims.rows[0]
    claim.kind.setCurrentIndex(claim.kind.findData(ClaimKind.ECONOMIC_COMPENSATION.value))
    claim.amount.clear()
    qtbot.mouseClick(claim.calculate_button, Qt.MouseButton.LeftButton)
    # 3 years 7 months of service: 3 + 1 (six months or more counts as a year) = 4 months × 5,200 = 20,800
    assert claim.amount.text() == "20800.00"
    assert "20,800.00元" in claim.working.text()
    save(qtbot, d)
    qtbot.waitUntil(lambda: page.intake_dialog is None, timeout=10000)
    wait_cases(qtbot, page)
    saved = get_case(desk_book.uow, desk_book.admin, page.detail.detail.summary.id).claims[0]
    assert saved.amount == Decimal("20800.00") and "20,800.00元" in saved.calculation
    assert "计算过程" not in saved.calculation and "劳动合同法第四十七条" in saved.calculation
