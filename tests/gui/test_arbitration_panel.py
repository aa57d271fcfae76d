"""The arbitration tab walked as an arbitrator would: the acceptance review moves the case into
arbitration; an award drafted ruling by ruling, approved and locked, and corrected only by a new
version; a double booking of an arbitrator or a room refused with the calendar's message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QTableWidgetItem

from mediation_desk.domain.cases import CaseStatus, ClaimKind
from mediation_desk.domain.errors import ConflictError
from mediation_desk.domain.users import OrgKind, Principal, Role
from mediation_desk.services import accounts
from mediation_desk.services import arbitration as arb
from mediation_desk.services.cases import get_case, register_intake
from mediation_desk.ui.dialogs.arbitration_dialogs import HearingDialog, ReasonDialog
from mediation_desk.ui.views import arbitration_panel as ap
from mediation_desk.ui.views.arbitration_panel import ArbitrationPanel
from tests.support.clock import TODAY
from tests.support.document_case import demo_intake

ALL_MET = {"scope": True, "claims_and_facts": True, "proper_parties": True, "jurisdiction": True}


@pytest.fixture
def arbitrator(desk_book) -> Principal:
    """The book's organisation made a labour arbitration commission, with an arbitrator."""
    org = accounts.get_organisation(desk_book.uow)
    accounts.update_organisation(desk_book.uow, desk_book.admin,
                                 org=replace(org, name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION,
                                             doc_prefix="洪劳人仲案字"))
    accounts.create_user(desk_book.uow, desk_book.admin, username="arbitrator", display_name="陈国华",
                         role=Role.ARBITRATOR, password="arbitrator-password-1")
    with desk_book.uow.read() as tx:
        user = tx.users.by_username("arbitrator")
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def new_case(desk_book, *, accepted: bool, arbitrator: Principal | None = None) -> int:
    case_id = register_intake(desk_book.uow, desk_book.mediator,
                              replace(demo_intake(), received_on=TODAY - timedelta(days=2)))
    if accepted:  # the commission's arbitrator accepts and sits (an administrator decides nothing)
        assert arbitrator is not None
        arb.review_application(desk_book.uow, arbitrator, case_id=case_id, checklist=ALL_MET,
                               decided_on=TODAY - timedelta(days=1))
        arb.form_tribunal(desk_book.uow, arbitrator, case_id=case_id,
                          members=[arb.ArbitratorRef(arbitrator.display_name, arbitrator.user_id)],
                          formed_on=TODAY - timedelta(days=1), notified_on=TODAY - timedelta(days=1))
    return case_id


def open_panel(qtbot, desk_book, principal: Principal, case_id: int) -> ArbitrationPanel:
    panel = ArbitrationPanel(desk_book.context(principal))
    qtbot.addWidget(panel)
    panel.resize(1500, 860)
    panel.show()
    panel.set_case(get_case(desk_book.uow, desk_book.admin, case_id))
    idle(qtbot, panel)
    return panel


def idle(qtbot, panel: ArbitrationPanel) -> None:
    qtbot.waitUntil(lambda: not panel.loading and not panel.busy and panel.overview is not None, timeout=20000)


EMPLOYER = "江西永信网络科技有限公司"
PLATFORM = "江西星耀网络科技有限公司"


def editor(panel: ArbitrationPanel, row: int, col: int):
    """The editor the rulings' delegate gives cell (row, col)."""
    index = panel.rulings_model.index(row, col)
    return panel.rulings.itemDelegate().createEditor(panel.rulings.viewport(), QStyleOptionViewItem(), index)


def choose(panel: ArbitrationPanel, row: int, col: int, code: str) -> None:
    """Choose ``code`` in the list of cell (row, col), as the user does in the cell's editor."""
    box = editor(panel, row, col)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(code))
    panel.rulings.itemDelegate().setModelData(box, panel.rulings_model, panel.rulings_model.index(row, col))
    box.deleteLater()


def type_in(panel: ArbitrationPanel, row: int, col: int, text: str) -> None:
    panel.rulings_model.setData(panel.rulings_model.index(row, col), text)


def set_payers(panel: ArbitrationPanel, row: int, payers: tuple[str, ...], joint: bool = False) -> None:
    picker = editor(panel, row, ap.C_PAYERS)
    assert isinstance(picker, ap.PayerPicker)
    picker.set_payers(payers, joint)
    panel.rulings.itemDelegate().setModelData(picker, panel.rulings_model, panel.rulings_model.index(row, ap.C_PAYERS))
    picker.deleteLater()


def set_ruling(panel: ArbitrationPanel, row: int, *, outcome: str, amount: str, calculation: str, text: str,
               basis: str, payers: tuple[str, ...] = (EMPLOYER,), joint: bool = False, due: str = "10") -> None:
    choose(panel, row, ap.C_OUTCOME, outcome)
    type_in(panel, row, ap.C_AMOUNT, amount)
    type_in(panel, row, ap.C_CALC, calculation)
    type_in(panel, row, ap.C_TEXT, text)
    type_in(panel, row, ap.C_BASIS, basis)
    type_in(panel, row, ap.C_DUE, due)
    set_payers(panel, row, payers, joint)


def test_acceptance_review_accepts_into_arbitration(qtbot, desk_book, arbitrator) -> None:
    case_id = new_case(desk_book, accepted=False)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    assert "受理审查期限（5日）" in panel.clock_label.text()
    assert panel.decide_button.isEnabled() and not panel.tribunal_button.isEnabled()

    # jurisdiction outside the commission's area: only that condition fails -> a written explanation
    panel.performance_place.setText("江西省九江市浔阳区")
    panel.employer_seat.setText("江西省九江市濂溪区")
    panel.check_jurisdiction()
    assert not panel.condition_checks["jurisdiction"].isChecked()
    assert "有管辖权的仲裁委员会" in panel.decision_label.text() and panel.competent_commission.isEnabled()

    # the place of performance is in Nanchang after all: every condition met -> 受理
    panel.performance_place.setText("南昌市红谷滩区")
    panel.check_jurisdiction()
    assert panel.condition_checks["jurisdiction"].isChecked()
    assert panel.decision_label.text().startswith("受理")
    panel.decide_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.overview.review is not None, timeout=10000)
    assert "已作出决定：受理" in panel.status_label.text()
    assert get_case(desk_book.uow, desk_book.admin, case_id).summary.status is CaseStatus.ARBITRATION
    assert panel.overview.status is CaseStatus.ARBITRATION
    assert "仲裁中" in panel.clock_label.text() and "仲裁审理期限" in panel.clock_label.text()
    assert not panel.decide_button.isEnabled()
    assert panel.tribunal_button.isEnabled() and panel.review_doc_buttons["acceptance_notice"].isEnabled()
    assert not panel.review_doc_buttons["non_acceptance_notice"].isEnabled()


def test_award_drafted_approved_locked_and_corrected(qtbot, desk_book, arbitrator, screenshot) -> None:
    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    panel.sections.setCurrentIndex(5)
    assert panel.versions.rowCount() == 0 and panel.save_button.isEnabled()

    # the claims, a ruling each
    panel.rulings_from_claims()
    assert panel.rulings_model.rowCount() >= 1
    while panel.rulings_model.rowCount() > 2:
        panel.rulings_model.removeRow(2)
    if panel.rulings_model.rowCount() == 1:
        panel.add_ruling()
    type_in(panel, 0, ap.C_CLAIM, "支付2025年4月至5月拖欠的劳动报酬")
    choose(panel, 0, ap.C_KIND, ClaimKind.UNPAID_PAY.value)
    set_ruling(panel, 0, outcome=arb.GRANTED, amount="6790", calculation="保底工资每月4,000元×2个月－已付1,210元＝6,790元",
               text="2025年4月至5月拖欠的劳动报酬", basis="被申请人未足额支付保底工资",
               payers=(EMPLOYER, PLATFORM), joint=True)
    type_in(panel, 1, ap.C_CLAIM, "支付违法解除劳动合同赔偿金")
    choose(panel, 1, ap.C_KIND, ClaimKind.UNLAWFUL_TERMINATION.value)
    set_ruling(panel, 1, outcome=arb.PARTLY, amount="36000", calculation="月工资6,000元×3个月×2＝36,000元",
               text="违法解除劳动合同赔偿金", basis="以流水未达标为由解除，不符合劳动合同法第三十九条、第四十条",
               due="15")
    # the final-award test per item and the rights notice, before approval
    assert panel.rulings_model.text(0, ap.C_FINALITY) == "终局"
    assert panel.rulings_model.text(1, ap.C_FINALITY) == "非终局"
    assert "部分终局、部分非终局" in panel.classification_label.text()
    assert "申请撤销裁决" in panel.rights_label.text() and "期满不起诉" in panel.rights_label.text()

    row = panel.add_fact("申请人自2024年10月起在被申请人安排下从事直播工作，约定保底工资每月4,000元。")
    assert row == 0
    panel.reasoning.setPlainText("被申请人对申请人的工作时间、工作内容进行管理，双方存在劳动关系。")

    # a ruling with an amount but no calculation is refused at the editor
    type_in(panel, 0, ap.C_CALC, "")
    panel.save_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.award_message.isVisible(), timeout=10000)
    assert "计算过程" in panel.award_message.text()
    assert arb.list_awards(desk_book.uow, desk_book.admin, case_id) == []
    type_in(panel, 0, ap.C_CALC, "保底工资每月4,000元×2个月－已付1,210元＝6,790元")

    panel.save_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.versions.rowCount() == 1, timeout=10000)
    assert "已保存草稿" in panel.status_label.text()
    assert panel.versions.item(0, 2).text() == "草稿" and not panel.editor_locked

    # a payment without its payer is refused with the item named
    set_payers(panel, 1, ())
    panel.save_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: "由哪一被申请人支付" in panel.award_message.text(), timeout=10000)
    assert "第2项" in panel.award_message.text()
    set_payers(panel, 1, (EMPLOYER,))
    panel.save_button.click()
    idle(qtbot, panel)

    # 批准 is refused while the record cannot support the award's account of the proceedings
    assert panel.approve_button.isEnabled()
    panel.approve_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: "书面审理" in panel.award_message.text(), timeout=10000)
    assert not arb.get_award(desk_book.uow, desk_book.admin, panel.award.id).locked
    arb.decide_written_review(desk_book.uow, arbitrator, case_id=case_id, on=TODAY,
                              reason="双方当事人书面同意不开庭，案件事实清楚")
    # 批准: numbered, locked
    panel.approve_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.award is not None and panel.award.locked, timeout=10000)
    assert "已批准" in panel.status_label.text()
    v1 = panel.award
    assert v1.status == "approved" and v1.finality == arb.MIXED and len(v1.parts) == 2
    first = v1.rulings[0]
    assert first.payers == (EMPLOYER, PLATFORM) and first.joint and first.due_days == 10
    assert first.payee == "杨娟" and v1.rulings[1].due_days == 15
    assert v1.content["procedure"]["written_reason"] == "双方当事人书面同意不开庭，案件事实清楚"
    assert panel.versions.item(0, 2).text() == "已批准（锁定）"
    assert get_case(desk_book.uow, desk_book.admin, case_id).summary.status is CaseStatus.AWARD
    # the locked award's editor is read-only
    assert panel.editor_locked
    assert not panel.save_button.isEnabled() and not panel.approve_button.isEnabled()
    outcome0 = panel.rulings_model.index(0, ap.C_OUTCOME)
    assert not panel.rulings_model.flags(outcome0) & Qt.ItemFlag.ItemIsEditable and panel.reasoning.isReadOnly()
    assert "不能修改" in panel.lock_label.text()
    assert "申请撤销裁决" in panel.rights_label.text()
    panel.save_draft()  # nothing happens on a locked award
    with pytest.raises(ConflictError):
        arb.update_draft(desk_book.uow, arbitrator, award_id=v1.id, draft=panel.read_draft())
    screenshot(panel, "arbitration_panel")

    # 更正（新版本）: a reason is required; the correction is version 2
    assert panel.correct_button.isEnabled()
    dialog = panel.open_correction()
    assert isinstance(dialog, ReasonDialog)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.form.error_text("reason") != "", timeout=10000)
    assert "更正理由" in dialog.form.error_text("reason")
    dialog.reason.setText("第二项赔偿金计算错误")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.versions.rowCount() == 2, timeout=10000)
    v2 = panel.award
    assert v2.version == 2 and v2.status == "draft" and v2.supersedes_id == v1.id
    assert not panel.editor_locked and "第二项赔偿金计算错误" in panel.lock_label.text()
    assert not panel.correct_button.isEnabled()  # one pending correction at a time
    type_in(panel, 1, ap.C_AMOUNT, "30000")
    type_in(panel, 1, ap.C_CALC, "月工资5,000元×3个月×2＝30,000元")
    panel.approve_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.award is not None and panel.award.id == v2.id and panel.award.locked,
                    timeout=10000)
    versions = arb.list_awards(desk_book.uow, desk_book.admin, case_id)
    assert [(a.version, a.status) for a in versions] == [(1, "superseded"), (2, "approved")]
    assert versions[0].rulings[1].amount == Decimal("36000.00") or versions[0].rulings[1].amount == Decimal("36000")
    assert versions[1].rulings[1].amount == Decimal("30000.00")
    assert versions[1].number == versions[0].number  # the correction keeps the numbers
    assert [panel.versions.item(r, 2).text() for r in range(2)] == ["已被更正", "已批准（锁定）"]

    # the superseded version is shown read-only
    panel.versions.selectRow(0)
    assert panel.award.id == v1.id and panel.editor_locked and "已被更正版本取代" in panel.lock_label.text()


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def test_double_booking_is_refused_with_a_clear_message(qtbot, desk_book, arbitrator) -> None:
    first = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    second = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    day = TODAY + timedelta(days=14)
    panel = open_panel(qtbot, desk_book, arbitrator, first)
    panel.sections.setCurrentIndex(1)
    dialog = panel.open_schedule()
    assert isinstance(dialog, HearingDialog) and dialog.arbitrators.text() == "陈国华"
    dialog.day.setDate(dialog.day.date().addDays(14))
    dialog.room.setText("第一仲裁庭")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.hearings.rowCount() == 1, timeout=10000)
    assert "已安排" in panel.status_label.text()
    first_number = get_case(desk_book.uow, desk_book.admin, first).summary.number

    panel.set_case(get_case(desk_book.uow, desk_book.admin, second))
    idle(qtbot, panel)
    assert panel.hearings.rowCount() == 0

    # the same arbitrator, an overlapping time, another room
    dialog = panel.open_schedule()
    dialog.day.setDate(dialog.day.date().addDays(14))
    dialog.start.setTime(dialog.start.time().addSecs(3600))  # 10:00-11:00 against 09:00-11:00
    dialog.room.setText("第二仲裁庭")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    text = dialog.message.text()
    assert text.startswith("时间冲突") and "仲裁员陈国华" in text and first_number in text and "第一仲裁庭" in text
    assert panel.dialog is dialog and dialog.isVisible()  # the form stays open to choose again
    assert panel.hearing_message.isVisible() and panel.hearing_message.text() == text

    # another arbitrator but the same room
    dialog.arbitrators.setText("李红梅")
    dialog.room.setText("第一仲裁庭")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() not in ("", text), timeout=10000)
    assert dialog.message.text().startswith("时间冲突") and "第一仲裁庭" in dialog.message.text()
    assert "陈国华" not in dialog.message.text()
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)

    # nothing was stored for the second case
    overview = arb.arbitration_overview(desk_book.uow, desk_book.admin, second)
    assert overview.hearings == ()
    assert len(arb.hearing_calendar(desk_book.uow, desk_book.admin, start=_at(day, 0),
                                    end=_at(day + timedelta(days=1), 0))) == 1


def test_hearing_calendar_page_shows_the_commissions_week(qtbot, desk_book, arbitrator) -> None:
    from datetime import datetime, time

    from mediation_desk.ui.main_window import MainWindow

    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    day = TODAY + timedelta(days=(7 - TODAY.weekday()) % 7 + 1)  # a Tuesday ahead
    arb.schedule_hearing(desk_book.uow, arbitrator, case_id=case_id,
                         starts_at=datetime.combine(day, time(9, 0)), ends_at=datetime.combine(day, time(11, 0)),
                         room="第二仲裁庭")
    window = MainWindow(desk_book.context(desk_book.admin), first_backup_check_ms=None)
    qtbot.addWidget(window)
    window.resize(1440, 860)
    window.show()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["案件", "期限", "开庭日历", "监察转送", "统计", "平台用工", "裁审衔接", "设置"]  # a commission: hearings, court figures
    window.show_page(names.index("统计"))  # the statistics page is built the first time it is shown
    statistics = window.statistics_page.page
    assert [statistics.ui.by.itemData(i) for i in range(statistics.ui.by.count())] == [None, "arbitrator"]
    window.show_page(names.index("开庭日历"))
    page = window.hearings_page
    monday = day - timedelta(days=day.weekday())
    from PySide6.QtCore import QDate

    page.week.setDate(QDate(monday.year, monday.month, monday.day))
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    assert page.table.item(0, 2).text() == "第二仲裁庭" and "陈国华" in page.table.item(0, 4).text()
    assert "未送达" in page.table.item(0, 6).text()
    page.open_case.emit(case_id)
    assert window.stack.currentWidget() is window.cases_page


def test_provisional_execution_needs_both_conditions(qtbot, desk_book, arbitrator) -> None:
    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    panel.sections.setCurrentIndex(5)
    panel.add_ruling()
    type_in(panel, 0, ap.C_CLAIM, "支付拖欠的劳动报酬")
    choose(panel, 0, ap.C_KIND, ClaimKind.UNPAID_PAY.value)
    set_ruling(panel, 0, outcome=arb.GRANTED, amount="6790", calculation="4,000元×2个月－1,210元＝6,790元",
               text="被申请人于本裁决生效之日起五日内支付劳动报酬6,790元", basis="未足额支付报酬")
    panel.add_fact("申请人生活困难，无其他收入来源。")
    panel.reasoning.setPlainText("拖欠事实清楚。")
    panel.provisional.setChecked(True)
    panel.rights_clear.setChecked(True)  # the second condition is missing
    panel.save_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.award_message.isVisible(), timeout=10000)
    assert "严重影响申请人的生活" in panel.award_message.text()
    assert arb.list_awards(desk_book.uow, desk_book.admin, case_id) == []
    panel.livelihood.setChecked(True)
    panel.legal_basis.setText("《中华人民共和国劳动合同法》第三十条，《中华人民共和国劳动争议调解仲裁法》第四十四条")
    panel.save_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.versions.rowCount() == 1, timeout=10000)
    saved = arb.list_awards(desk_book.uow, desk_book.admin, case_id)[0]
    assert saved.content["provisional_execution"]["rulings"] == [0]
    assert saved.content["legal_basis"].startswith("《中华人民共和国劳动合同法》第三十条")


def test_switching_cases_leaves_nothing_of_the_previous_case(qtbot, desk_book, arbitrator) -> None:
    """Case A's review, jurisdiction result, notes, messages and status line are gone on case B."""
    a = new_case(desk_book, accepted=False)
    b = new_case(desk_book, accepted=False)
    panel = open_panel(qtbot, desk_book, arbitrator, a)
    panel.performance_place.setText("江西省九江市浔阳区")
    panel.employer_seat.setText("江西省九江市濂溪区")
    panel.check_jurisdiction()
    panel.reasons.setText("案件A的理由")
    assert panel.jurisdiction_label.text() and panel.condition_notes["jurisdiction"].text()
    panel.performance_place.setText("南昌市红谷滩区")
    panel.check_jurisdiction()
    panel.decide_button.click()
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.overview.review is not None, timeout=10000)
    assert panel.review_result.text() and panel.status_label.isVisible()
    panel.hearing_message.setText("时间冲突：案件A")
    panel.hearing_message.show()
    panel.editor.show_error("案件A的错误")

    panel.set_case(get_case(desk_book.uow, desk_book.admin, b))
    idle(qtbot, panel)
    assert panel.overview.case_id == b and panel.overview.review is None
    assert panel.review_result.text() == "" and not panel.status_label.isVisible()
    assert panel.jurisdiction_label.text() == "" and panel.performance_place.text() == ""
    assert panel.employer_seat.text() == "" and panel.reasons.text() == ""
    assert all(n.text() == "" for n in panel.condition_notes.values())
    assert all(c.isChecked() for c in panel.condition_checks.values())
    assert not panel.hearing_message.isVisible() and panel.hearing_message.text() == ""
    assert not panel.award_message.isVisible() and panel.rulings_model.rowCount() == 0
    assert panel.decide_button.isEnabled()


def test_arbitral_mediation_terms_are_entered_as_items(qtbot, desk_book, arbitrator) -> None:
    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    panel.sections.setCurrentIndex(4)
    dialog = panel.open_mediation()
    assert dialog is not None and dialog.items.rowCount() == 1
    obligor, joint, obligee = (dialog.items.cellWidget(0, c) for c in range(3))
    obligor.setCurrentIndex(obligor.findData(EMPLOYER))
    joint.setCurrentIndex(joint.findData(PLATFORM))
    obligee.setCurrentIndex(obligee.findData("杨娟"))
    for col, text in ((3, "2025年4月至5月工资"), (4, "4430.50"), (5, "10")):
        dialog.items.setItem(0, col, QTableWidgetItem(text))
    row = dialog.add_item()
    dialog.items.cellWidget(row, 0).setCurrentIndex(0)  # no obligor: a declaration of the parties
    dialog.items.setItem(row, 3, QTableWidgetItem("申请人放弃其他仲裁请求"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)
    idle(qtbot, panel)
    qtbot.waitUntil(lambda: panel.mediations.rowCount() == 1, timeout=10000)
    med = next(a for a in arb.list_awards(desk_book.uow, desk_book.admin, case_id) if a.kind == arb.MEDIATION)
    first, second = med.content["agreement_items"]
    assert first["obligors"] == [EMPLOYER, PLATFORM] and first["joint"] and first["obligee"] == "杨娟"
    assert first["amount"] == "4430.50" and first["due_days"] == 10
    assert first["text"] == ("被申请人江西永信网络科技有限公司应于本调解书生效之日起十日内向申请人杨娟支付2025年4月至5月工资"
                             "人民币4,430.50元（大写：肆仟肆佰叁拾元伍角），被申请人江西星耀网络科技有限公司对上述款项承担连带责任。")
    assert second["obligors"] == [] and second["text"] == "申请人放弃其他仲裁请求。"
    assert first["text"] in panel.mediations.item(0, 2).text()


def test_a_mediation_centre_has_no_arbitration_tab(qtbot, desk_book) -> None:
    from mediation_desk.ui.events import DeskEvents
    from mediation_desk.ui.views.cases_page import CasesPage

    page = CasesPage(desk_book.context(desk_book.admin), DeskEvents())
    qtbot.addWidget(page)
    titles = [page.case_tabs.tabText(i) for i in range(page.case_tabs.count())]
    assert "仲裁" not in titles and "调解" in titles
    panel = ArbitrationPanel(desk_book.context(desk_book.admin))  # built anyway: it offers nothing
    qtbot.addWidget(panel)
    assert not panel.sections.isEnabled() and "不是劳动人事争议仲裁委员会" in panel.clock_label.text()


def test_the_panel_in_english(qtbot, qapp, desk_book, arbitrator) -> None:
    import re

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView

    from mediation_desk.app import install_translators
    from mediation_desk.ui import errors as ui_errors

    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    day = TODAY + timedelta(days=20)
    arb.schedule_hearing(desk_book.uow, arbitrator, case_id=case_id, starts_at=_at(day, 9),
                         ends_at=_at(day, 11), room="Room 1")
    locale = QLocale()
    translators = install_translators(qapp, "en")
    ui_errors.set_app_state(qapp, lang="en", log_file=None)
    try:
        panel = open_panel(qtbot, desk_book, arbitrator, case_id)
        panel.sections.setCurrentIndex(5)
        panel.rulings_from_claims()
        cjk = re.compile(r"[\u4e00-\u9fff]")
        texts = [w.text() for w in panel.findChildren(QLabel) + panel.findChildren(QAbstractButton)
                 if w is not panel.tribunal_label]  # (the arbitrators' names are the user's data)
        texts += [panel.sections.tabText(i) for i in range(panel.sections.count())]
        for table in panel.findChildren(QTableView):
            model = table.model()
            texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        texts += [panel.hearings.item(0, c).text() for c in (0, 4, 5)]  # date, status, notice
        texts += [panel.deadlines.item(r, c).text() for r in range(panel.deadlines.rowCount()) for c in (0, 2, 3)]
        for row in range(panel.rulings_model.rowCount()):
            for col in (ap.C_KIND, ap.C_CATEGORY, ap.C_OUTCOME):
                texts.append(panel.rulings_model.text(row, col))
                texts.append(editor(panel, row, col).currentText())  # the list the cell's editor offers
            texts += [panel.rulings_model.text(row, ap.C_PAYERS), editor(panel, row, ap.C_PAYERS).text(),
                      panel.rulings_model.text(row, ap.C_FINALITY)]
        chinese = [t for t in texts if cjk.search(t)]
        assert not chinese, chinese
        assert panel.hearings.item(0, 4).text() == "Scheduled"
    finally:
        QLocale.setDefault(locale)
        for t in translators:
            qapp.removeTranslator(t)
        ui_errors.set_app_state(qapp, lang="zh", log_file=None)


def test_rulings_and_facts_are_edited_in_their_cells(qtbot, desk_book, arbitrator) -> None:
    """Moving to a cell opens its editor: the outcome's list, who pays, the evidence relied on; a
    choice there is in the award at once."""
    case_id = new_case(desk_book, accepted=True, arbitrator=arbitrator)
    panel = open_panel(qtbot, desk_book, arbitrator, case_id)
    panel.sections.setCurrentIndex(5)
    panel.rulings_from_claims()
    view, model = panel.rulings, panel.rulings_model
    outcome = model.index(0, ap.C_OUTCOME)
    view.setCurrentIndex(outcome)
    box = view.indexWidget(outcome)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(arb.DISMISSED))
    assert model.data(outcome, Qt.ItemDataRole.EditRole) == arb.DISMISSED and model.text(0, ap.C_OUTCOME) == "驳回"

    payers = model.index(0, ap.C_PAYERS)
    view.setCurrentIndex(payers)
    picker = view.indexWidget(payers)
    assert isinstance(picker, ap.PayerPicker)
    employer = next(a for a in picker.menu().actions() if a.data() == EMPLOYER)
    employer.setChecked(True)
    assert model.data(payers, Qt.ItemDataRole.EditRole) == ((EMPLOYER,), False)
    assert panel.read_draft().rulings[0].payers == (EMPLOYER,)

    evidence = panel.facts_model.index(panel.add_fact("申请人按平台排班接单。"), 1)
    panel.facts.setCurrentIndex(evidence)
    assert isinstance(panel.facts.indexWidget(evidence), ap.EvidencePicker)
