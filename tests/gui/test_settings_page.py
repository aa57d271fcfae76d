"""The 设置 page: organisation, users (permission-aware) and backups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QFileDialog

from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.domain.users import Role
from mediation_desk.services import accounts, backups
from mediation_desk.ui.events import DeskEvents
from mediation_desk.ui.models.user_table import UserTableModel
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.ui.views.settings_page import SettingsPage
from tests.gui.support import wait_idle


def type_text(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def _page(qtbot, desk_book, principal=None) -> SettingsPage:
    page = SettingsPage(desk_book.context(principal or desk_book.admin), DeskEvents())
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    # the tabs read the book on the worker: wait for the first answers
    qtbot.waitUntil(lambda: page.users_tab.model.rowCount() > 0 and page.organisation_tab.inputs.name.text() != "",
                    timeout=10000)
    return page


def _usernames(tab) -> list[str]:
    return [tab.model.user_at(r).username for r in range(tab.model.rowCount())]


def test_users_model_passes_qtmodeltester(qtmodeltester, desk_book):
    model = UserTableModel()
    qtmodeltester.check(model, force_py=True)
    users = accounts.list_users(desk_book.uow, desk_book.admin)
    model.set_users(users)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["admin", "mediator"]
    assert model.data(model.index(1, 2)) == "调解员" and model.data(model.index(1, 3)) == "启用"


def test_adding_a_user_shows_it_in_the_table(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.users_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.add_button.isEnabled()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "lawyer1")
    type_text(dialog.display_name, "邹志强")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.LEGAL_AID_LAWYER.value))
    qtbot.keyClicks(dialog.password, "lawyer-pass-1")
    qtbot.keyClicks(dialog.confirm, "lawyer-pass-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lawyer1" in _usernames(tab), timeout=5000)
    row = _usernames(tab).index("lawyer1")
    assert tab.model.data(tab.model.index(row, 1)) == "邹志强"
    assert tab.model.data(tab.model.index(row, 2)) == "法律援助律师"
    assert tab.selected_user().username == "lawyer1"


def test_add_user_errors_appear_next_to_the_fields(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.users_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.username, "mediator")  # taken
    type_text(dialog.display_name, "重名")
    qtbot.keyClicks(dialog.password, "long-enough-1")
    qtbot.keyClicks(dialog.confirm, "long-enough-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("confirm") == "两次输入的密码不一致"
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "long-enough-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("username")), timeout=5000)
    assert "已被使用" in dialog.form.error_text("username")
    assert dialog.isVisible() and not dialog.busy
    dialog.reject()


def test_change_role_and_disable(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.users_tab
    tab.select_user(desk_book.mediator.user_id)
    tab.role_combo.setCurrentIndex(tab.role_combo.findData(Role.CLERK.value))
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.selected_user() is not None and tab.selected_user().role is Role.CLERK, timeout=5000)
    assert tab.active_button.text() == "停用"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.selected_user().active, timeout=5000)
    assert tab.active_button.text() == "启用"


def test_non_admin_sees_actions_disabled_and_the_service_refuses(qtbot, desk_book):
    page = _page(qtbot, desk_book, desk_book.mediator)
    tab = page.users_tab
    assert not tab.note.isHidden()
    assert not tab.add_button.isEnabled()
    tab.select_user(desk_book.admin.user_id)
    for button in (tab.role_button, tab.active_button, tab.reset_button):
        assert not button.isEnabled()
    tab.select_user(desk_book.mediator.user_id)
    assert tab.reset_button.isEnabled()  # one's own password
    assert not page.organisation_tab.save_button.isEnabled()
    assert page.organisation_tab.inputs.name.isReadOnly()
    assert not page.backup_tab.save_button.isEnabled() and page.backup_tab.backup_button.isEnabled()
    with pytest.raises(PermissionDenied):
        accounts.create_user(desk_book.uow, desk_book.mediator, username="sneaky", display_name="某人",
                             role=Role.ADMINISTRATOR, password="sneaky-pass-1")
    with pytest.raises(PermissionDenied):
        accounts.set_user_role(desk_book.uow, desk_book.mediator, user_id=desk_book.mediator.user_id,
                               role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        backups.set_backup_settings(desk_book.uow, desk_book.mediator, 1, 3, "")


def test_organisation_tab_saves_and_shows_field_errors(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.organisation_tab
    assert tab.inputs.name.text() == "南昌市东湖区劳动人事争议调解中心"
    tab.inputs.doc_prefix.setText("洪劳人仲案字〔2026〕")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.form.error_text("doc_prefix")), timeout=5000)
    tab.inputs.doc_prefix.setText("洪劳人仲案字")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.saved.text() == "已保存。", timeout=5000)
    assert accounts.get_organisation(desk_book.uow).doc_prefix == "洪劳人仲案字"


def test_backup_now_writes_a_file_in_the_chosen_folder(qtbot, desk_book, tmp_path, monkeypatch):
    page = _page(qtbot, desk_book)
    tab = page.backup_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.last_label.text() == "尚未备份"
    folder = tmp_path / "备份"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(tab.browse_button, Qt.MouseButton.LeftButton)
    assert tab.folder.text() == str(folder)
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_info is not None, timeout=20000)
    files = list(folder.glob("*.mdbak"))
    assert [p.resolve() for p in files] == [tab.last_info.path.resolve()]
    assert "备份完成" in tab.message.text()
    # the tab reads the settings again on the worker when the backup is recorded
    qtbot.waitUntil(lambda: tab.last_label.text() != "尚未备份", timeout=10000)
    assert backups.get_backup_settings(desk_book.uow).last_at is not None


def test_backup_settings_save_and_validate(qtbot, desk_book, tmp_path):
    page = _page(qtbot, desk_book)
    tab = page.backup_tab
    tab.interval.setValue(6)
    tab.keep.setValue(3)
    tab.folder.setText("relative/folder")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.form.error_text(backups.KEY_FOLDER)), timeout=5000)
    tab.folder.setText(str(tmp_path))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() == "备份设置已保存。", timeout=5000)
    s = backups.get_backup_settings(desk_book.uow)
    assert (s.interval_hours, s.keep, s.folder) == (6, 3, str(tmp_path))


def test_verify_reports_in_words(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.backup_tab
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_report is not None, timeout=20000)
    assert tab.last_report.ok
    text = tab.report.toPlainText()
    assert text.startswith("校验通过") and "案件 200 件" in text
    wait_idle(TaskRunner.instance())


def test_reset_password_through_the_dialog(qtbot, desk_book):
    page = _page(qtbot, desk_book)
    tab = page.users_tab
    tab.select_user(desk_book.mediator.user_id)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("password")), timeout=5000)
    assert "至少需要8个字符" in dialog.form.error_text("password")
    dialog.password.setText("a-new-password-1")
    dialog.confirm.setText("a-new-password-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已重设" in tab.message.text(), timeout=5000)
    assert accounts.log_in(desk_book.uow, username="mediator", password="a-new-password-1").username == "mediator"
