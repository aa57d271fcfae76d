"""Start-up dialogs: first run, unlock, log-in. Each runs its work on the worker and stays open on a
correctable error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mediation_desk.config import AppPaths
from mediation_desk.services import accounts
from mediation_desk.storage.book import create_book, open_book
from mediation_desk.storage.keys import MIN_PASSPHRASE_LEN
from mediation_desk.ui.dialogs.first_run import FirstRunAssistant
from mediation_desk.ui.dialogs.login import LoginDialog
from mediation_desk.ui.dialogs.unlock import UnlockDialog
from tests.gui.support import MEDIATOR_PASSWORD
from tests.support.books import PASSPHRASE, NoKeyring


def _login(qtbot, desk_book) -> LoginDialog:
    dialog = LoginDialog("南昌市东湖区劳动人事争议调解中心", lambda u, p: accounts.log_in(desk_book.uow, username=u, password=p))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_wrong_password_shows_the_message_and_stays_open(qtbot, desk_book):
    dialog = _login(qtbot, desk_book)
    qtbot.keyClicks(dialog.username, "mediator")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "用户名或密码不正确。"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password.text() == "" and dialog.username.text() == "mediator"

    qtbot.keyClicks(dialog.password, MEDIATOR_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.principal.username == "mediator"


def test_login_needs_both_fields(qtbot, desk_book):
    dialog = _login(qtbot, desk_book)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("username") == "请输入用户名"
    assert dialog.form.error_text("password") == "请输入密码"


def test_unlock_wrong_passphrase_retries_without_crashing(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "book")
    create_book(paths, PASSPHRASE, keyring=NoKeyring()).close()
    dialog = UnlockDialog(paths.data_dir, lambda phrase: open_book(paths, phrase, NoKeyring()),
                          notice="本机没有可用的系统密钥环，所以每次打开案件库都需要输入口令。")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notice.isVisible() and "密钥环" in dialog.notice.text()
    qtbot.keyClicks(dialog.passphrase, "not-the-passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("passphrase")), timeout=10000)
    assert "口令不正确" in dialog.form.error_text("passphrase")
    assert dialog.isVisible() and dialog.passphrase.text() == ""

    dialog.passphrase.setText(PASSPHRASE)  # it has Chinese characters, which QTest cannot type
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    book = dialog.result_value
    try:
        assert book.book_id
    finally:
        book.close()


def _assistant(tmp_path, created):  # noqa: ANN001, ANN202
    from mediation_desk.ui.dialogs.first_run import FirstStartActions

    def create(new):  # noqa: ANN001, ANN202
        created.append(new)
        return object(), accounts_principal()

    actions = FirstStartActions(create=create, sheet=lambda book, principal, new: b"%PDF-1.4",
                                check_folder=lambda folder: True, restore=lambda *a: None, demo=lambda p: None)
    return FirstRunAssistant(tmp_path / "book", tmp_path / "book-demo", actions, min_length=MIN_PASSPHRASE_LEN)


def accounts_principal():  # noqa: ANN201
    from mediation_desk.domain.users import Principal, Role

    return Principal(user_id=1, username="admin", display_name="涂建国", role=Role.ADMINISTRATOR)


def test_first_run_assistant_checks_the_passphrase_before_creating(qtbot, tmp_path):
    created: list = []
    dialog = _assistant(tmp_path, created)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.create_choice.setChecked(True)
    dialog.next()
    dialog.org.name.setText("南昌市东湖区劳动人事争议调解中心")
    dialog.org.doc_prefix.setText("洪东调字")
    dialog.ui.username.setText("admin")
    dialog.ui.display_name.setText("涂建国")
    dialog.ui.password.setText("demo-password")
    dialog.ui.password_confirm.setText("demo-password")
    dialog.next()
    assert "演示" in dialog.error_text("password")  # the demo's published password is refused
    dialog.ui.password.setText("admin-password-9")
    dialog.ui.password_confirm.setText("admin-password-9")
    dialog.next()
    assert dialog.pages.currentIndex() == 2
    qtbot.keyClicks(dialog.ui.passphrase, "short")
    assert dialog.ui.strength.text().startswith("弱")
    dialog.next()
    assert f"至少需要{MIN_PASSPHRASE_LEN}个字符" in dialog.error_text("passphrase")
    dialog.ui.passphrase.setText("demo-passphrase")
    dialog.ui.confirm.setText("demo-passphrase")
    dialog.next()
    assert "演示" in dialog.error_text("passphrase")
    dialog.ui.passphrase.setText("123456789")
    assert dialog.ui.strength.text().startswith("弱（这是常见口令")
    dialog.ui.passphrase.setText("南昌-调解-2026-Ganjiang")
    assert dialog.ui.strength.text().startswith("强")
    dialog.ui.confirm.setText("a-different-one")
    dialog.next()
    assert dialog.error_text("confirm") == "两次输入的口令不一致"
    assert created == []
    dialog.ui.confirm.setText("南昌-调解-2026-Ganjiang")
    dialog.next()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10000)
    assert created[0].passphrase == "南昌-调解-2026-Ganjiang" and created[0].org.doc_prefix == "洪东调字"
    assert not dialog.ui.next_button.isEnabled()  # not before the sheet is saved or printed
    dialog.reject()
    assert dialog.isVisible()  # the book exists: only finishing is left
    dialog.ui.sheet_done.setChecked(True)
    dialog.next()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.outcome.kind == "created"


def test_screenshots_of_the_start_up_dialogs(qtbot, tmp_path, screenshot):
    from mediation_desk.ui.dialogs.setup import SetupDialog

    login = LoginDialog("南昌市东湖区劳动人事争议调解中心", lambda u, p: None, username="mediator")
    login.show_message("用户名或密码不正确。")
    unlock = UnlockDialog(tmp_path / "案件库", lambda p: None,
                          notice="本机没有可用的系统密钥环，所以每次打开案件库都需要输入口令。案件库仍然全部加密保存。")
    unlock.form.show_errors({"passphrase": "口令不正确。案件库文件未被改动。"})
    setup = SetupDialog(lambda *a: None)
    for dialog, name in ((login, "login_dialog"), (unlock, "unlock_dialog"), (setup, "setup_dialog")):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.adjustSize()
        screenshot(dialog, name)
        assert dialog.width() >= dialog.minimumSizeHint().width()
