"""The case's 法院衔接 tab and the settings' 法院衔接 tab on a real encrypted commission book: a
package made from the dialog (a real signed ZIP that the reader verifies), its register row, the
outbox row and what its state allows, a court filing and decision recorded per award item (with the
errors shown under the fields, nothing written), the periods the decision starts, and the public
keys exported for a court."""

from __future__ import annotations

import base64
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from mediation_desk.app import LazyDocumentEngine, handoff_tools
from mediation_desk.config import AppPaths
from mediation_desk.domain.cases import ClaimKind
from mediation_desk.domain.court import ItemResult
from mediation_desk.domain.users import OrganisationView, OrgKind, Role
from mediation_desk.handoff.keys_file import load_public_keys
from mediation_desk.handoff.reader import ZipPackageReader
from mediation_desk.services import arbitration as arb
from mediation_desk.services import court, outbox
from mediation_desk.services.cases import get_case
from mediation_desk.services.deadlines import case_deadlines
from mediation_desk.services.accounts import setup_organisation
from mediation_desk.services.handoff_export import list_packages
from mediation_desk.storage.book import create_book
from mediation_desk.storage.vault import Vault
from mediation_desk.ui.context import DeskContext
from mediation_desk.ui.views.court_tab import CourtTab
from tests.gui.support import wait_idle
from tests.integration.test_court import PDF, _award, _register
from tests.support.books import ADMIN_PASSWORD, ADMIN_USERNAME, PASSPHRASE, STAFF_USERNAME, NoKeyring, add_user
from tests.support.clock import TODAY


@pytest.fixture(scope="module")
def commission(tmp_path_factory):
    root = Path(tmp_path_factory.mktemp("court-tab"))
    book = create_book(AppPaths(root / "book"), PASSPHRASE, keyring=NoKeyring())
    org = OrganisationView(name="南昌市劳动人事争议仲裁委员会", kind=OrgKind.ARBITRATION, doc_prefix="洪劳人仲案字",
                           address="南昌市红谷滩区丰和中大道1288号", phone="0791-86000000")
    admin = setup_organisation(book.uow, org=org, admin_username=ADMIN_USERNAME, admin_display_name="系统管理员",
                               admin_password=ADMIN_PASSWORD)
    staff = add_user(book, admin, username=STAFF_USERNAME, display_name="陈国华", role=Role.ARBITRATOR)
    chen = arb.ArbitratorRef("陈国华", staff.user_id)
    award_on, served = TODAY - timedelta(days=20), TODAY - timedelta(days=12)
    # c1: a mixed award (item 1 pay, final; item 2 damages above 12 months' minimum wage, non-final)
    c1 = _register(book, staff, 1, TODAY - timedelta(days=70))
    a1 = _award(book, staff, c1, chen, award_on, [(ClaimKind.UNPAID_PAY, "6790.00"),
                                                  (ClaimKind.UNLAWFUL_TERMINATION, "36000.00")], served)
    # c2: a final award
    c2 = _register(book, staff, 2, TODAY - timedelta(days=70))
    a2 = _award(book, staff, c2, chen, award_on, [(ClaimKind.UNPAID_PAY, "5000.00")], served)
    pdf = root / "判决书.pdf"
    pdf.write_bytes(PDF)
    renderer = LazyDocumentEngine()
    yield dict(book=book, admin=admin, staff=staff, c1=c1, c2=c2, a1=a1, a2=a2, pdf=pdf, root=root,
               renderer=renderer)
    from mediation_desk.ui.tasks import TaskRunner

    wait_idle(TaskRunner.instance())
    renderer.close()
    book.close()


def _ctx(d, principal=None) -> DeskContext:  # noqa: ANN001
    book = d["book"]
    return DeskContext(uow=book.uow, principal=principal or d["staff"], data_dir=book.paths.data_dir,
                       backup_now=lambda *a: None, verify=lambda *a: None, vault=Vault(book),
                       renderer=d["renderer"], handoff=handoff_tools(book))


def _tab(qtbot, d, case_id: int, principal=None) -> CourtTab:  # noqa: ANN001
    tab = CourtTab(_ctx(d, principal))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.set_case(get_case(d["book"].uow, d["staff"], case_id))
    qtbot.waitUntil(lambda: tab.state is not None, timeout=20000)
    return tab


def _dialog(qtbot, tab: CourtTab):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=5000)
    return tab.dialog


def test_a_package_made_from_the_dialog_is_a_verified_zip_listed_on_the_tab(qtbot, commission, tmp_path,
                                                                          message_boxes, screenshot):
    d = commission
    tab = _tab(qtbot, d, d["c2"])
    assert tab.make_button.isEnabled()
    options = {o.kind.value: o for o in tab.state.options}
    assert options["case_file"].allowed and not options["judicial_confirmation"].allowed
    assert "调解协议" in options["judicial_confirmation"].reason

    tab.open_make_package()
    dialog = _dialog(qtbot, tab)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert dialog.kind.currentData() == "case_file"
    refused = dialog.kind.model().item(kinds.index("judicial_confirmation"))
    assert not refused.isEnabled() and "调解协议" in refused.toolTip()
    assert dialog.court.text()  # the intermediate court for a final award (venue.json)
    assert not dialog.ui.preservation_box.isVisible()
    dialog.resize(1366 // 2, dialog.height())
    screenshot(dialog, "make_package_dialog")

    # the court is required; an existing file is never overwritten
    court_name = dialog.court.text()
    dialog.court.clear()
    taken = tmp_path / "taken.mdpkg"
    taken.write_bytes(b"x")
    dialog.output.setText(str(taken))
    dialog.on_ok()
    assert dialog.form.error_text("court") == "请填写接收材料的人民法院"
    assert dialog.form.error_text("output") == "该文件已存在，请换一个文件名"
    assert list_packages(d["book"].uow, d["staff"], case_id=d["c2"]) == []

    target = tmp_path / "case-file.mdpkg"
    dialog.court.setText(court_name)
    dialog.court_reference.setText("（2026）赣01民特88号")
    dialog.output.setText(str(target))
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120000)
    assert target.exists()
    keys = [base64.b64decode(k["public_key"]) for k in tab.ctx.handoff.public_keys(d["staff"].username, False)]
    verified = ZipPackageReader().open_verified(target, trusted_keys=keys)
    assert verified.manifest["kind"] == "case_file" and verified.manifest["court"]["name"] == court_name
    assert verified.manifest["court"]["reference"] == "（2026）赣01民特88号"

    qtbot.waitUntil(lambda: tab.packages_table.rowCount() == 1, timeout=20000)
    record = list_packages(d["book"].uow, d["staff"], case_id=d["c2"])[0]
    cells = [tab.packages_table.item(0, c).text() for c in range(tab.packages_table.columnCount())]
    assert cells[1] == "卷宗移送" and cells[3] == court_name and cells[4] == "（2026）赣01民特88号"
    assert cells[5] == str(record.files) and cells[7] == record.manifest_sha256[:12] and cells[8] == record.key_id
    assert "已制作移交包" in tab.status.text()
    assert not message_boxes  # no endpoint configured: nothing to offer


def test_the_outbox_row_and_its_actions(qtbot, commission, tmp_path, monkeypatch, message_boxes, screenshot):
    d = commission
    tab = _tab(qtbot, d, d["c2"])
    record = list_packages(d["book"].uow, d["staff"], case_id=d["c2"])
    assert record, "the package test runs first"
    package = next(d["root"].parent.rglob("case-file.mdpkg"), None) or tmp_path / "missing"
    item = outbox.enqueue(d["book"].uow, Vault(d["book"]), d["staff"], package_path=package,
                          package_id=record[0].package_id, case_id=d["c2"], kind="case_file",
                          title="劳动人事争议仲裁案件卷宗", destination="")
    tab.reload()
    qtbot.waitUntil(lambda: tab.outbox_table.rowCount() == 1, timeout=10000)
    tab.sections.setCurrentWidget(tab.ui.outbox_page)
    tab.outbox_table.selectRow(0)
    cells = [tab.outbox_table.item(0, c).text() for c in range(tab.outbox_table.columnCount())]
    assert cells[0] == "卷宗移送" and cells[1] == "离线递交（导出到文件夹）" and cells[2] == "待发送"
    assert "离线递交" in tab.ui.endpoint_line.text()
    # an offline package is exported, cancelled or acknowledged; it is never posted
    assert not tab.send_button.isEnabled() and not tab.retry_button.isEnabled()
    assert tab.export_button.isEnabled() and tab.cancel_button.isEnabled() and tab.acknowledge_button.isEnabled()
    screenshot(tab, "court_tab_outbox")

    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出到" in tab.status.text(), timeout=20000)
    written = list(folder.glob("*.mdpkg"))
    assert len(written) == 1 and written[0].read_bytes() == package.read_bytes()
    qtbot.waitUntil(lambda: tab.outbox_table.item(0, 2).text() == "已导出（离线递交）", timeout=10000)

    # the court's receipt by hand: the reference is required, shown under its field
    tab.outbox_table.selectRow(0)
    tab.open_acknowledge()
    dialog = _dialog(qtbot, tab)
    dialog.on_ok()
    qtbot.waitUntil(lambda: dialog.form.error_text("reference") != "", timeout=10000)
    assert dialog.form.error_text("reference") == "请填写法院的签收编号或收案号"
    dialog.ui.reference.setText("赣01收2026-0042")
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: tab.outbox_table.rowCount() == 1 and tab.outbox_table.item(0, 2).text() == "法院已签收",
                    timeout=10000)
    assert tab.outbox_table.item(0, 6).text() == "赣01收2026-0042"
    assert outbox.list_items(d["book"].uow, d["staff"], case_id=d["c2"])[0].item.id == item.id
    assert not message_boxes


def test_a_decision_per_award_item_with_errors_in_place_then_the_periods(qtbot, commission, message_boxes,
                                                                       screenshot):
    d = commission
    tab = _tab(qtbot, d, d["c1"])
    tab.sections.setCurrentWidget(tab.ui.court_page)
    assert "sue_after_award" in {x.code for x in tab.state.court.deadlines}
    assert "起诉" in tab.ui.periods.text() or tab.ui.periods.text()

    # 立案: a worker's suit on the mixed award
    tab.open_record_filing()
    dialog = _dialog(qtbot, tab)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("lawsuit"))
    assert dialog.ui.award.currentData() == d["a1"].id
    dialog.on_ok()  # no court
    qtbot.waitUntil(lambda: dialog.form.error_text("court") != "", timeout=10000)
    assert dialog.form.error_text("court") == "请填写受理法院" and dialog.isVisible()
    assert court.list_for_case(d["book"].uow, d["staff"], case_id=d["c1"]) == []
    dialog.ui.court.setText("南昌市红谷滩区人民法院")
    dialog.ui.court_case_number.setText("（2026）赣0113民初2001号")
    dialog.ui.filed_on.setDate(dialog.ui.filed_on.date().addDays(-5))
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: tab.proceedings_table.rowCount() == 1, timeout=10000)
    assert tab.proceedings_table.item(0, 5).text() == "（尚无结果）"
    assert "sue_after_award" not in {x.code for x in tab.state.court.deadlines}  # the suit closes it

    # 判决: item 1 upheld, item 2 changed — first without its new amount
    tab.proceedings_table.selectRow(0)
    assert tab.outcome_button.isEnabled()
    tab.open_record_outcome()
    dialog = _dialog(qtbot, tab)
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("judgment"))
    dialog.ui.judgment_number.setText("（2026）赣0113民初2001号")
    model = dialog.model
    assert model.rowCount() == 2
    model.setData(model.index(0, 3), ItemResult.UPHELD.value)
    model.setData(model.index(1, 3), ItemResult.CHANGED.value)
    dialog.ui.judgment_file.setText(str(d["pdf"]))
    screenshot(dialog, "court_outcome_dialog")
    dialog.on_ok()
    qtbot.waitUntil(lambda: dialog.form.error_text("items") != "", timeout=10000)
    assert "第2项改判，请填写改判后的金额" in dialog.form.error_text("items")
    assert court.list_for_case(d["book"].uow, d["staff"], case_id=d["c1"])[0].outcome is None
    model.setData(model.index(1, 4), "24000")
    assert model.data(model.index(1, 4)) == "24000"
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: tab.proceedings_table.item(0, 5).text() == "判决", timeout=10000)
    tab.proceedings_table.selectRow(0)
    qtbot.waitUntil(lambda: tab.items_table.rowCount() == 2, timeout=5000)
    assert [tab.items_table.item(r, 2).text() for r in range(2)] == ["维持", "改判"]
    assert tab.items_table.item(1, 3).text() == "24,000.00元"
    assert tab.judgment_button.isEnabled()
    outcome = court.list_for_case(d["book"].uow, d["staff"], case_id=d["c1"])[0].outcome
    assert outcome.items[1].new_amount == Decimal("24000.00") and outcome.judgment_evidence_id is not None
    screenshot(tab, "court_tab")

    # the final award of c2: the employer applies to set it aside; the ruling restarts the worker's 15 days
    tab = _tab(qtbot, d, d["c2"])
    tab.open_record_filing()
    dialog = _dialog(qtbot, tab)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("set_aside"))
    assert dialog.ui.brought_by.currentData() == "employer"
    dialog.ui.court.setText("江西省南昌市中级人民法院")
    dialog.ui.filed_on.setDate(dialog.ui.filed_on.date().addDays(-6))
    dialog.on_ok()
    qtbot.waitUntil(lambda: tab.proceedings_table.rowCount() == 1, timeout=10000)
    tab.proceedings_table.selectRow(0)
    tab.open_record_outcome()
    dialog = _dialog(qtbot, tab)
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("set_aside"))
    dialog.ui.judgment_number.setText("（2026）赣01民特90号")
    dialog.ui.decided_on.setDate(dialog.ui.decided_on.date().addDays(-2))
    dialog.model.setData(dialog.model.index(0, 3), ItemResult.SET_ASIDE.value)
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: "sue_after_set_aside" in {x.code for x in tab.state.court.deadlines}, timeout=10000)
    due = {x.code: x.due for x in case_deadlines(d["book"].uow, d["staff"], d["c2"], today=TODAY)}
    assert due["sue_after_set_aside"] is not None and due["sue_after_set_aside"] > TODAY
    assert "15" in tab.ui.periods.text() or "撤销" in tab.ui.periods.text()
    assert not message_boxes


def test_settings_export_the_public_keys_and_rotate_them(qtbot, commission, tmp_path, monkeypatch, message_boxes,
                                                         screenshot):
    from mediation_desk.ui.views.settings.handoff_tab import HandoffTab

    d = commission
    tab = HandoffTab(_ctx(d, d["admin"]))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.keys_table.rowCount() >= 1, timeout=10000)
    first = tab.keys_table.item(0, 0).text()
    target = tmp_path / "keys.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_keys()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert first in target.read_text(encoding="utf-8") and len(load_public_keys(target)) == 1

    tab.open_rotate()  # confirmed (the message box answers OK)
    assert "仍可核验" in message_boxes[-1][1]
    qtbot.waitUntil(lambda: tab.keys_table.rowCount() == 2, timeout=10000)
    tab.export_keys()
    qtbot.waitUntil(lambda: len(load_public_keys(target)) == 2, timeout=10000)

    # an address: https only, errors under the fields; then saved
    tab.open_endpoint(None)
    dialog = tab.dialog
    dialog.ui.name.setText("南昌中院")
    dialog.ui.url.setText("http://court.example/handoff")
    dialog.ui.ca_file.setText(str(tmp_path / "none.pem"))
    dialog.on_ok()
    qtbot.waitUntil(lambda: dialog.form.error_text("url") != "", timeout=10000)
    assert "https://" in dialog.form.error_text("url") and "找不到文件" in dialog.form.error_text("ca_file")
    assert outbox.list_endpoints(d["book"].uow, d["admin"]) == []
    dialog.ui.url.setText("https://court.example/handoff")
    dialog.ui.ca_file.clear()
    dialog.on_ok()
    qtbot.waitUntil(lambda: tab.endpoints_table.rowCount() == 1, timeout=10000)
    assert tab.endpoints_table.item(0, 5).text() == "是"
    tab.resize(1366, 768)
    screenshot(tab, "settings_handoff")
    outbox.remove_endpoint(d["book"].uow, d["admin"], "南昌中院")

    # a case worker exports but neither rotates nor edits the addresses
    staff_tab = HandoffTab(_ctx(d, d["staff"]))
    qtbot.addWidget(staff_tab)
    assert staff_tab.export_keys_button.isEnabled() and not staff_tab.rotate_button.isEnabled()
    assert not staff_tab.ui.add_endpoint_button.isEnabled() and staff_tab.ui.note.isVisibleTo(staff_tab)
    QApplication.processEvents()


def test_the_tab_and_its_dialogs_in_english(qtbot, qapp, commission, message_boxes):
    from mediation_desk.domain.court import BroughtBy, FilingInput, ProceedingKind
    from tests.gui.screens_support import CJK, chinese_texts, english

    d = commission
    court.record_filing(d["book"].uow, d["staff"], filing=FilingInput(
        case_id=d["c1"], kind=ProceedingKind.SET_ASIDE, court="江西省南昌市中级人民法院", filed_on=TODAY,
        brought_by=BroughtBy.EMPLOYER, award_id=d["a1"].id))
    # what the records hold is data: courts, numbers, the award's items, the organisation's name
    data = ["江西省南昌市中级人民法院", "南昌市红谷滩区人民法院", "（2026）赣0113民初2001号", "（2026）赣01民特90号",
            "（2026）赣01民特88号", "赣01收2026-0042", "拖欠劳动报酬", "违法解除劳动合同赔偿金", "判决书.pdf",
            d["a1"].number, d["a2"].number]
    for case_id in (d["c1"], d["c2"]):
        detail = get_case(d["book"].uow, d["staff"], case_id)
        data += [detail.summary.number, *(p.name for p in detail.parties)]
    found: list[tuple[str, str]] = []
    with english(qapp):
        for case_id in (d["c1"], d["c2"]):
            tab = _tab(qtbot, d, case_id)
            for i in range(tab.sections.count()):
                tab.sections.setCurrentIndex(i)
                found += chinese_texts(tab)
            tab.proceedings_table.selectRow(0)
            tab.outbox_table.selectRow(0)
            for name in ("open_make_package", "open_record_filing", "open_acknowledge", "open_cancel"):
                tab.dialog = None
                getattr(tab, name)()
                if tab.dialog is not None:
                    found += [(f"{name}: {w}", t) for w, t in chinese_texts(tab.dialog)]
                    tab.dialog.reject()
            if case_id == d["c1"]:
                tab.proceedings_table.selectRow(1)
                assert tab.outcome_button.isEnabled()
                tab.open_record_outcome()
                dialog = _dialog(qtbot, tab)
                assert dialog.model.rowCount() == 2 and dialog.items_view.isVisibleTo(dialog)
                found += [(f"outcome: {w}", t) for w, t in chinese_texts(dialog)]
                dialog.reject()
        from mediation_desk.ui.views.settings.handoff_tab import HandoffTab

        settings = HandoffTab(_ctx(d, d["admin"]))
        qtbot.addWidget(settings)
        settings.show()
        qtbot.waitUntil(lambda: settings.keys_table.rowCount() >= 1, timeout=10000)
        found += chinese_texts(settings)
        settings.open_endpoint(None)
        found += [(f"endpoint: {w}", t) for w, t in chinese_texts(settings.dialog)]
        settings.dialog.reject()
    left = []
    for where, text in found:
        for value in data:
            text = text.replace(value, "")
        if CJK.search(text):
            left.append((where, text))
    assert not left, "\n".join(f"{w}: {t!r}" for w, t in dict.fromkeys(left))
    assert not message_boxes


def test_a_new_package_put_in_the_outbox_and_sent_now_to_a_court_server(qtbot, commission, tmp_path, message_boxes):
    from mediation_desk.domain.outbox import Endpoint
    from tests.support.court_server import CourtEndpoint, make_pki

    d = commission
    pki = make_pki(tmp_path / "pki")
    with CourtEndpoint(pki) as server:
        server.state.script = ["ack"]
        outbox.set_endpoint(d["book"].uow, d["admin"], Endpoint(name="court", url=server.url, ca_file=str(pki.ca.cert),
                                                                timeout_s=10), make_default=True)
        try:
            tab = _tab(qtbot, d, d["c1"])
            before = tab.outbox_table.rowCount()
            tab.open_make_package()
            dialog = _dialog(qtbot, tab)
            assert dialog.kind.currentData() == "case_file"
            dialog.output.setText(str(tmp_path / "c1.mdpkg"))
            dialog.on_ok()
            # made, then offered to the outbox (the message box answers OK): waiting for "court"
            qtbot.waitUntil(lambda: tab.outbox_table.rowCount() == before + 1, timeout=120000)
            assert message_boxes and message_boxes[-1][0] == "放入发件箱" and "court" in message_boxes[-1][1]
            assert "court" in tab.ui.endpoint_line.text()
            tab.outbox_table.selectRow(0)
            assert tab.outbox_table.item(0, 1).text() == "court" and tab.outbox_table.item(0, 2).text() == "待发送"
            assert tab.send_button.isEnabled() and tab.retry_button.isEnabled()
            qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: tab.outbox_table.item(0, 2).text() == "法院已签收", timeout=60000)
            assert len(server.state.new_packages()) == 1
            assert tab.outbox_table.item(0, 6).text()  # the court's reference from its answer
        finally:
            outbox.remove_endpoint(d["book"].uow, d["admin"], "court")


def test_a_preservation_application_is_entered_in_the_dialog_with_errors_in_place(qtbot, commission, tmp_path):
    from mediation_desk.domain.handoff import PackageKind
    from mediation_desk.services.handoff_export import KindOption
    from mediation_desk.ui.dialogs.make_package import MakePackageDialog

    d = commission
    detail = get_case(d["book"].uow, d["staff"], d["c1"])
    names = tuple(p.name for p in detail.parties)
    options = [KindOption(PackageKind.CASE_FILE, True, default_court="江西省南昌市中级人民法院", parties=names),
               KindOption(PackageKind.PRESERVATION, True, parties=names)]
    dialog = MakePackageDialog(_ctx(d), detail, options)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.preservation_box.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("preservation"))
    assert dialog.ui.preservation_box.isVisible() and dialog.court.text() == ""  # no sourced default court
    assert dialog.output.text().endswith("-preservation.mdpkg")
    assert dialog.ui.court_basis.currentData() == "domicile" and dialog.ui.applicant.currentText() != \
        dialog.ui.respondent.currentText()
    dialog.output.setText(str(tmp_path / "p.mdpkg"))
    dialog.ui.amount.setText("十二万")
    dialog.on_ok()
    assert dialog.form.error_text("court") == "请填写接收材料的人民法院"
    assert dialog.form.error_text("preservation.amount")
    dialog.ui.amount.clear()
    dialog.court.setText("南昌市红谷滩区人民法院")
    dialog.on_ok()
    assert dialog.form.error_text("preservation.amount") == "请填写申请保全的金额"
    assert not dialog.busy and not (tmp_path / "p.mdpkg").exists()
    request_amount = "12000.50"
    dialog.ui.amount.setText(request_amount)
    dialog.ui.property.setPlainText("被申请人在某银行的账户")
    request = dialog.preservation()
    assert str(request.amount) == request_amount and request.property == "被申请人在某银行的账户"
    assert request.applicant == names[0] and request.respondent == names[-1]
    dialog.reject()


def test_cancelling_the_build_writes_and_records_nothing(qtbot, commission, tmp_path, message_boxes):
    d = commission
    tab = _tab(qtbot, d, d["c2"])
    before = len(list_packages(d["book"].uow, d["staff"], case_id=d["c2"]))
    tab.open_make_package()
    dialog = _dialog(qtbot, tab)
    target = tmp_path / "cancelled.mdpkg"
    dialog.output.setText(str(target))
    dialog.on_ok()
    assert dialog.busy and dialog.task is not None
    dialog.task.cancel()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    assert dialog.isVisible() and dialog.message.text() == "已取消，未制作移交包。"
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert len(list_packages(d["book"].uow, d["staff"], case_id=d["c2"])) == before
    dialog.reject()
    assert not message_boxes


def test_a_decision_recorded_on_the_case_view_shows_in_the_cases_deadlines(qtbot, commission, message_boxes,
                                                                            screenshot):
    from mediation_desk.domain.court import BroughtBy, FilingInput, ProceedingKind
    from mediation_desk.ui.events import DeskEvents
    from mediation_desk.ui.views.cases_page import CasesPage
    from tests.gui.support import wait_cases

    d = commission
    pending = [p for p in court.list_for_case(d["book"].uow, d["staff"], case_id=d["c1"])
               if p.kind is ProceedingKind.SET_ASIDE and p.outcome is None]
    if not pending:  # the employer's application to the intermediate court (made by the English test when run)
        court.record_filing(d["book"].uow, d["staff"], filing=FilingInput(
            case_id=d["c1"], kind=ProceedingKind.SET_ASIDE, court="江西省南昌市中级人民法院", filed_on=TODAY,
            brought_by=BroughtBy.EMPLOYER, award_id=d["a1"].id))
    page = CasesPage(_ctx(d), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    wait_cases(qtbot, page)
    page.show_case_by_id(d["c1"])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.id == d["c1"], timeout=10000)
    tab = page.court
    page.case_tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None and tab.proceedings_table.rowCount() == 2, timeout=20000)
    assert "sue_after_set_aside" not in {x.code for x in page.detail.deadlines}
    row = next(r for r in range(2) if tab.proceedings_table.item(r, 5).text() == "（尚无结果）")
    tab.proceedings_table.selectRow(row)
    tab.open_record_outcome()
    dialog = _dialog(qtbot, tab)
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("set_aside"))
    dialog.ui.judgment_number.setText("（2026）赣01民特91号")
    dialog.model.setData(dialog.model.index(0, 3), ItemResult.SET_ASIDE.value)
    dialog.on_ok()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    # the case view reads the case again: its deadlines have the worker's 15 days to sue after the set-aside
    qtbot.waitUntil(lambda: "sue_after_set_aside" in {x.code for x in page.detail.deadlines}, timeout=20000)
    assert "sue_after_set_aside" in {x.code for x in tab.state.court.deadlines}
    tab.proceedings_table.selectRow(row)
    screenshot(page, "court_tab_case_view")
    assert not message_boxes
