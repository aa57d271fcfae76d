"""``app.main_gui`` end to end: first run, unlock with the passphrase, log-in, the main window.

Modal ``exec()`` calls are replaced by functions that fill the dialog and press its buttons the way a
user would; ``QApplication.exec`` returns at once after the main window was captured.
"""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from mediation_desk.app import main_gui
from mediation_desk.config import AppPaths
from mediation_desk.ui.dialogs.first_run import FirstRunDialog
from mediation_desk.ui.dialogs.login import LoginDialog
from mediation_desk.ui.dialogs.setup import SetupDialog
from mediation_desk.ui.dialogs.unlock import UnlockDialog
from mediation_desk.ui.main_window import MainWindow

PASSPHRASE = "correct-horse-battery"
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


def _first_run(qtbot, drive, data_dir):  # noqa: ANN001, ANN202
    def create(d: FirstRunDialog) -> None:
        d.passphrase.setText(PASSPHRASE)
        d.confirm.setText(PASSPHRASE)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    def setup(d: SetupDialog) -> None:
        d.org.name.setText("南昌市劳动人事争议仲裁委员会")
        d.org.kind.setCurrentIndex(d.org.kind.findData("arbitration"))
        d.org.doc_prefix.setText("洪劳人仲案字")
        d.username.setText("admin")
        d.display_name.setText("涂建国")
        d.password.setText(ADMIN_PASSWORD)
        d.confirm.setText(ADMIN_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(FirstRunDialog, create)
    drive(SetupDialog, setup)
    return main_gui(data_dir, "zh")


def test_first_run_creates_the_book_sets_up_and_opens_the_window(qtbot, drive, main_windows, tmp_path,
                                                                  message_boxes):
    data_dir = tmp_path / "book"
    assert _first_run(qtbot, drive, data_dir) == 0
    assert AppPaths(data_dir).book_exists()
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
        assert "密钥环" in d.notice.text() and d.notice.isVisible()  # said once, here
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
    assert message_boxes == []  # the keyring notice was in the unlock dialog, not repeated


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
