"""``app.main_gui`` end to end: first run, unlock with the passphrase, log-in, the main window.

Modal ``exec()`` calls are replaced by functions that fill the dialog and press its buttons the way a
user would; ``QApplication.exec`` returns at once after the main window was captured.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from mediation_desk.app import main_gui
from mediation_desk.config import AppPaths
from mediation_desk.storage.keys import KeyringStore
from mediation_desk.ui.dialogs.first_run import SHEET, FirstRunAssistant
from mediation_desk.ui.dialogs.login import LoginDialog
from mediation_desk.ui.dialogs.unlock import UnlockDialog
from mediation_desk.ui.main_window import MainWindow

PASSPHRASE = "correct-horse-battery-staple"
ADMIN_PASSWORD = "admin-password-9"


@pytest.fixture
def drive(monkeypatch, qtbot):
    """``drive(DialogClass, fill)`` makes ``DialogClass.exec()`` show the dialog and run ``fill(dialog)``."""
    seen: dict[type, list[QDialog]] = {}

    def install(cls, fill):  # noqa: ANN001, ANN202
        def fake_exec(dialog):  # noqa: ANN001, ANN202
            seen.setdefault(cls, []).append(dialog)
            dialog.show()
            fill(dialog)
            return dialog.result()

        monkeypatch.setattr(cls, "exec", fake_exec)

    install.seen = seen
    return install


@pytest.fixture
def main_windows(monkeypatch):
    """Replace the event loop: remember the main window that is showing, and return 0."""
    captured: list[dict] = []

    def fake_exec(app=None):  # noqa: ANN001, ANN202
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                captured.append({"title": w.windowTitle(), "user": w.user_label.text(),
                                 "cases": w.cases_page.model.total,
                                 "nav": [w.nav.item(i).text() for i in range(w.nav.count())],
                                 "folder": w.folder_label.text()})
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return captured


def _ok(qtbot, dialog, *, until) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and until(), timeout=15000)


def _wait_page(qtbot, d, page):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: not d.busy and d.pages.currentIndex() == page, timeout=30000)


def _create_in_assistant(qtbot, d: FirstRunAssistant, saved_sheets: list) -> None:
    d.ui.create_choice.setChecked(True)
    d.next()
    d.org.name.setText("南昌市劳动人事争议仲裁委员会")
    d.org.kind.setCurrentIndex(d.org.kind.findData("arbitration"))
    d.org.doc_prefix.setText("洪劳人仲案字")
    d.ui.username.setText("admin")
    d.ui.display_name.setText("涂建国")
    d.ui.password.setText(ADMIN_PASSWORD)
    d.ui.password_confirm.setText(ADMIN_PASSWORD)
    d.next()
    d.ui.passphrase.setText(PASSPHRASE)
    d.ui.confirm.setText(PASSPHRASE)
    d.ui.passphrase_location.setText("单位保险柜第2格")
    d.next()
    _wait_page(qtbot, d, SHEET)
    d.save_sheet()
    saved_sheets.append(d.sheet_pdf)
    d.ui.sheet_done.setChecked(True)
    d.next()
    assert d.result() == QDialog.DialogCode.Accepted


def _first_run(qtbot, drive, data_dir, monkeypatch=None, saved=None):  # noqa: ANN001, ANN202
    sheets: list = [] if saved is None else saved
    if monkeypatch is not None:
        target = data_dir.parent / "恢复单.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    else:
        pytest.MonkeyPatch().setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    drive(FirstRunAssistant, lambda d: _create_in_assistant(qtbot, d, sheets))
    return main_gui(data_dir, "zh")


def test_first_run_creates_the_book_sets_up_and_opens_the_window(qtbot, drive, main_windows, tmp_path,
                                                                  message_boxes, monkeypatch):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir, monkeypatch) == 0
    assert AppPaths(data_dir).book_exists()
    sheet = (tmp_path / "恢复单.pdf").read_bytes()
    text = _pdf_text(sheet)
    assert "案件库恢复单" in text and "单位保险柜第2格" in text and str(data_dir) in text.replace("\n", "")
    assert PASSPHRASE not in text
    assert main_windows == [{"title": "劳动争议案件工作台 — 南昌市劳动人事争议仲裁委员会", "user": "涂建国（管理员）",
                             "cases": 0, "nav": ["案件", "期限", "开庭日历", "监察转送", "统计", "平台用工", "裁审衔接", "设置"], "folder": f"案件库：{data_dir}"}]
    log = (data_dir / "logs" / "mediation-desk.log").read_text("utf-8")
    assert "starting" in log and "logged in: admin" in log and PASSPHRASE not in log
    assert message_boxes == []  # the test keyring works, so there is nothing to tell


def test_unlock_with_passphrase_then_log_in(qtbot, drive, main_windows, tmp_path, monkeypatch, message_boxes):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # this PC has no keyring
    attempts = []

    def unlock(d: UnlockDialog) -> None:
        assert d.notice.isVisible()
        d.passphrase.setText("wrong-passphrase")
        _ok(qtbot, d, until=lambda: bool(d.form.error_text("passphrase")))
        attempts.append(d.form.error_text("passphrase"))
        assert d.isVisible()
        d.passphrase.setText(PASSPHRASE)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    def login(d: LoginDialog) -> None:
        d.username.setText("admin")
        d.password.setText("not-it")
        _ok(qtbot, d, until=lambda: d.message.text() != "")
        attempts.append(d.message.text())
        d.password.setText(ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(UnlockDialog, unlock)
    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0
    assert attempts == ["口令不正确。案件库文件未被改动。", "用户名或密码不正确。"]
    assert main_windows[-1]["user"] == "涂建国（管理员）"
    assert len(message_boxes) == 1 and "密钥环" in message_boxes[0][1]  # why the passphrase is asked, said once
    assert (data_dir / "keyring-explained.txt").exists()


def test_giving_up_at_the_unlock_dialog_ends_quietly(qtbot, drive, main_windows, tmp_path, monkeypatch):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    drive(UnlockDialog, lambda d: d.reject())
    assert main_gui(data_dir, "zh") == 0
    assert len(main_windows) == 1  # only the first run's


def test_an_incomplete_book_is_reported_not_overwritten(tmp_path, message_boxes, main_windows):
    paths = AppPaths(tmp_path / "book")
    paths.data_dir.mkdir()
    paths.db_path.write_bytes(b"not empty")
    assert main_gui(paths.data_dir, "zh") == 1
    assert "案件库不完整" in message_boxes[0][1] and str(paths.key_path) in message_boxes[0][1]
    assert paths.db_path.read_bytes() == b"not empty"


def _pdf_text(data: bytes) -> str:
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        return subprocess.run(["pdftotext", fh.name, "-"], capture_output=True, text=True, check=True).stdout


def test_the_no_keyring_explanation_is_given_once(qtbot, drive, main_windows, tmp_path, monkeypatch, message_boxes):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())

    def unlock(d: UnlockDialog) -> None:
        d.passphrase.setText(PASSPHRASE)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    def login(d: LoginDialog) -> None:
        d.username.setText("admin")
        d.password.setText(ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(UnlockDialog, unlock)
    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0
    assert main_gui(data_dir, "zh") == 0
    assert [text for _title, text in message_boxes if "密钥环" in text] == [message_boxes[0][1]]
    assert len(drive.seen[UnlockDialog]) == 2


def test_env_passphrase_only_with_the_flag(qtbot, drive, main_windows, tmp_path, monkeypatch, message_boxes):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", PASSPHRASE)
    drive(UnlockDialog, lambda d: d.reject())

    def login(d: LoginDialog) -> None:
        d.username.setText("admin")
        d.password.setText(ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0  # without the flag: asked, not taken from the environment
    assert len(drive.seen[UnlockDialog]) == 1 and len(main_windows) == 1
    assert main_gui(data_dir, "zh", passphrase_from_env=True) == 0
    assert len(drive.seen[UnlockDialog]) == 1 and main_windows[-1]["user"] == "涂建国（管理员）"


def test_restore_through_the_assistant(qtbot, drive, main_windows, tmp_path, monkeypatch, message_boxes):
    from mediation_desk.storage.book import open_book
    from mediation_desk.storage.keys import KeyringStore
    from mediation_desk.storage.maintenance import backup_to_folder
    from tests.support.books import create_test_book

    source = tmp_path / "old-pc"
    book, _admin = create_test_book(source, cases=3, keyring=KeyringStore())
    archive = backup_to_folder(book, tmp_path / "usb", keep=5).path
    book.close()
    from tests.support.books import ADMIN_PASSWORD as BOOK_ADMIN_PASSWORD, PASSPHRASE as BOOK_PASSPHRASE

    data_dir = tmp_path / "new-pc"

    def restore(d: FirstRunAssistant) -> None:
        d.ui.restore_choice.setChecked(True)
        d.next()
        d.ui.archive.setText(str(archive))
        d.ui.restore_passphrase.setText("wrong-passphrase-1")
        d.next()
        qtbot.waitUntil(lambda: not d.busy and bool(d.message_text() or d.error_text("restore_passphrase")),
                        timeout=30000)
        assert "口令" in d.message_text() + d.error_text("restore_passphrase")
        d.ui.restore_passphrase.setText(BOOK_PASSPHRASE)
        d.next()
        qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=60000)

    def login(d: LoginDialog) -> None:
        d.username.setText("admin")
        d.password.setText(BOOK_ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(FirstRunAssistant, restore)
    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0
    assert AppPaths(data_dir).book_exists() and main_windows[-1]["user"] == "管理员（管理员）"
    from sqlalchemy import text

    restored = open_book(AppPaths(data_dir), BOOK_PASSPHRASE)
    try:
        with restored.engine.connect() as conn:
            assert conn.execute(text("select count(*) from cases")).scalar() == 3  # the cases came back
    finally:
        restored.close()


def test_the_demo_lives_apart_and_says_so(qtbot, drive, main_windows, tmp_path, message_boxes):
    data_dir = tmp_path / "book"

    def demo(d: FirstRunAssistant) -> None:
        d.ui.demo_choice.setChecked(True)
        d.next()
        qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=120000)

    def login(d: LoginDialog) -> None:
        assert "demo-password" in d.hint.text() and d.username.text() == "mediator"
        d.password.setText("demo-password")
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(FirstRunAssistant, demo)
    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0
    assert "演示数据" in main_windows[-1]["title"]
    assert not AppPaths(data_dir).book_exists() and AppPaths(tmp_path / "book-demo").book_exists()


def test_open_an_existing_book_folder_and_start_there_next_time(qtbot, drive, main_windows, tmp_path, message_boxes):
    from tests.support.books import ADMIN_PASSWORD as BOOK_ADMIN_PASSWORD, create_test_book

    copied = tmp_path / "usb" / "book"
    create_test_book(copied, cases=2, keyring=KeyringStore())[0].close()
    data_dir = tmp_path / "book"

    def open_folder(d: FirstRunAssistant) -> None:
        d.ui.open_choice.setChecked(True)
        d.next()
        d.ui.folder.setText(str(tmp_path))  # no book there
        d.next()
        assert "没有案件库" in d.error_text("folder") and d.isVisible()
        d.ui.folder.setText(str(copied))
        d.next()
        assert d.result() == QDialog.DialogCode.Accepted

    def login(d: LoginDialog) -> None:
        d.username.setText("admin")
        d.password.setText(BOOK_ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(FirstRunAssistant, open_folder)
    drive(LoginDialog, login)
    assert main_gui(data_dir, "zh") == 0
    assert main_windows[-1]["folder"] == f"案件库：{copied}"
    assert main_gui(data_dir, "zh") == 0  # remembered: no assistant the second time
    assert len(drive.seen[FirstRunAssistant]) == 1 and main_windows[-1]["folder"] == f"案件库：{copied}"
    assert not AppPaths(data_dir).db_path.exists()


def test_log_in_pressed_while_the_book_is_still_being_opened(qtbot, drive, main_windows, tmp_path, monkeypatch):
    # the log-in window is shown before the book is open; 登录 pressed at once waits for it
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    pressed = []
    original = LoginDialog.show

    def show_and_press(d: LoginDialog) -> None:
        original(d)
        if not pressed:
            assert d.ui.title.text() == "正在打开案件库……"
            d.username.setText("admin")
            d.password.setText(ADMIN_PASSWORD)
            d.ok_button.click()
            pressed.append(d.busy)

    monkeypatch.setattr(LoginDialog, "show", show_and_press)
    drive(LoginDialog, lambda d: qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=30000))
    assert main_gui(data_dir, "zh") == 0
    assert pressed == [True]
    assert main_windows[-1]["user"] == "涂建国（管理员）"
    assert "南昌市劳动人事争议仲裁委员会" in main_windows[-1]["title"]
