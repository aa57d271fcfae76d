"""文件 → 导入移交包…: the verified package's description, the explicit trust of an unknown key, the
import on the worker, the result and the case opened; a second import and a hostile file refused."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from mediation_desk.app import handoff_tools
from mediation_desk.handoff.writer import ZipPackageWriter
from mediation_desk.services import clock
from mediation_desk.services.cases import get_case
from mediation_desk.ui.dialogs import handoff_import as dialog_module
from mediation_desk.ui.dialogs.handoff_import import HandoffImportDialog, check_package
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.tasks import TaskRunner
from tests.gui.support import wait_cases, wait_idle
from tests.support.books import credit_code, id_number
from tests.support.handoff_packages import TestSigner, content, file_of

COURT = TestSigner(bytes(range(11, 43)))


def _referral(folder: Path) -> Path:
    m = content()
    today = clock.today()
    m.update({"kind": "court_referral", "title": "法院委派（委托）调解材料", "agreement": None, "periods": [],
              "sender": {"name": "南昌市东湖区人民法院", "kind": "court", "address": "", "phone": ""},
              "court": {"name": "南昌市东湖区人民法院", "reference": "（2026）赣0102民诉前调99号"},
              "case": {"number": "（2026）赣0102民诉前调99号", "received_on": today.isoformat(), "cause": "劳动报酬纠纷",
                       "status": "referred", "relates_to": None},
              "dates": [], "audit_anchor": None,
              "referral": {"mode": "delegated", "court_reference": "（2026）赣0102民诉前调99号",
                           "deadline": (today + timedelta(days=30)).isoformat(), "received_on": today.isoformat()}})
    m["parties"][0]["id_number"] = id_number(321)
    m["parties"][1]["id_number"] = credit_code(321)
    m["claims"] = [{**m["claims"][0], "kind": "unpaid_pay"}]
    path = folder / "referral.mdpkg"
    ZipPackageWriter().write(path, m, [file_of("documents/complaint.pdf", b"%PDF-1.7\n" + b"x" * 900, title="起诉状",
                                               role="application")], COURT)
    return path


def _ctx(desk_book):  # noqa: ANN001, ANN202
    return dataclasses.replace(desk_book.context(), handoff=handoff_tools(desk_book.book))


def test_the_dialog_shows_the_package_and_asks_before_trusting_a_new_key(qtbot, desk_book, tmp_path, screenshot):
    ctx = _ctx(desk_book)
    path = _referral(tmp_path)
    checked = check_package(ctx, path)
    dialog = HandoffImportDialog(ctx, path, checked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "移交包核验通过" in dialog.ui.description.toPlainText()
    assert "（2026）赣0102民诉前调99号" in dialog.ui.description.toPlainText()
    assert COURT.key_id in dialog.ui.key_text.text() and "尚未信任" in dialog.ui.key_text.text()
    assert dialog.trust.isVisible() and dialog.ok_button.text() == "导入"
    dialog.resize(900, 640)
    screenshot(dialog, "handoff_import_dialog")
    dialog.on_ok()  # not trusted yet: nothing happens but the question
    assert not dialog.busy and dialog.result_value is None
    assert "尚未被信任" in dialog.form.errors["trust"].text()
    dialog.trust.setChecked(True)
    dialog.on_ok()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20000)
    result = dialog.result_value
    assert result.created_case and result.kind == "court_referral"
    assert get_case(desk_book.uow, desk_book.mediator, result.case_id).summary.number == result.case_number
    # the same file again: the key is trusted now, the package refused as already imported
    again = HandoffImportDialog(ctx, path, check_package(ctx, path))
    qtbot.addWidget(again)
    assert not again.trust.isVisibleTo(again) and "已信任" in again.ui.key_text.text()
    again.on_ok()
    qtbot.waitUntil(lambda: not again.busy, timeout=20000)
    assert "已于" in again.message.text() and "未作任何更改" in again.message.text()
    wait_idle(TaskRunner.instance())


def test_the_file_menu_imports_a_package_and_opens_the_case(qtbot, desk_book, tmp_path, monkeypatch, message_boxes):
    ctx = _ctx(desk_book)
    window = MainWindow(ctx, first_backup_check_ms=None)
    qtbot.addWidget(window)
    window.show()
    wait_cases(qtbot, window.cases_page)
    wait_idle(TaskRunner.instance())
    menu = window.menuBar().actions()[0]
    assert menu.text() == "文件(&F)" and window.import_package_action.text() == "导入移交包…"
    assert window.import_package_action.isEnabled()
    path = _referral(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def run(dialog: HandoffImportDialog) -> int:
        dialog.trust.setChecked(True)
        dialog.on_ok()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
        return int(dialog.result())

    monkeypatch.setattr(dialog_module.HandoffImportDialog, "exec", run)
    opened: list[int] = []
    show_case = window.open_case
    monkeypatch.setattr(window, "open_case", lambda case_id: (opened.append(case_id), show_case(case_id)))
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20000)
    title, text = message_boxes[-1]
    assert title == "导入移交包" and "委派调解" in text and "登记为案件" in text
    wait_idle(TaskRunner.instance())
    assert len(opened) == 1
    detail = window.cases_page.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.summary.id == opened[0], timeout=20000)
    assert detail.detail.summary.number in text
    # a file that is not a package: refused at verification with its reason, nothing shown to import
    bad = tmp_path / "bad.mdpkg"
    bad.write_bytes(b"not a zip at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = len(message_boxes)
    window.import_package_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) > shown, timeout=20000)
    assert "不是 ZIP 格式" in message_boxes[-1][1]
    wait_idle(TaskRunner.instance())
