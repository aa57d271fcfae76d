"""``app.main_gui`` on an office book of the throw-away PostgreSQL server (over TLS, verified against the
session's CA): connecting from the first-run assistant's page, the database password asked in a dialog
(one line for a wrong one) or taken from the keyring when the user ticked 'remember', the normal log-in,
and the main window on the PG demo book's cases; what an office book cannot do is said, not crashed on."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog

from mediation_desk.app import main_gui
from mediation_desk.domain.errors import AppError
from mediation_desk.domain.first_start import DEMO_PASSWORD
from mediation_desk.storage.office_profile import PROFILE_FILE, DbPasswordStore, load_profile
from mediation_desk.ui.dialogs.first_run import OFFICE, FirstRunAssistant
from mediation_desk.ui.dialogs.login import LoginDialog
from mediation_desk.ui.dialogs.office_password import OfficePasswordDialog
from tests.gui.support import wait_cases
from tests.gui import test_app
from tests.gui.test_app import _ok
from tests.support.books import OfficeLocation, new_book

DEMO_CASES = 6
drive = test_app.drive  # the fixture that fills modal dialogs


@pytest.fixture
def office_demo(pg_server):  # noqa: ANN001, ANN201
    from mediation_desk.services.demo import create_demo

    location = OfficeLocation(pg_server, pg_server.create_database())
    book = new_book(location)
    try:
        create_demo(book.uow, cases=DEMO_CASES, password=DEMO_PASSWORD)
    finally:
        book.close()
    yield location
    pg_server.drop_database(location.database)


@pytest.fixture
def main_windows(monkeypatch, qtbot):  # noqa: ANN001, ANN201
    """Replace the event loop: once the main window's case list has been read from the server, remember
    what it shows and close it."""
    from PySide6.QtWidgets import QApplication

    from mediation_desk.ui.main_window import MainWindow

    captured: list[dict] = []

    def fake_exec(app=None):  # noqa: ANN001, ANN202
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                qtbot.waitUntil(lambda: w.cases_page.model.total > 0, timeout=20000)
                wait_cases(qtbot, w.cases_page.model, timeout=20000)
                captured.append({"cases": w.cases_page.model.total, "folder": w.folder_label.text(),
                                 "backup": w.backup_label.text(), "timer": w.backup_timer.isActive()})
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return captured


def _log_in(qtbot):  # noqa: ANN001, ANN202
    def login(d: LoginDialog) -> None:
        d.username.setText("mediator")
        d.password.setText(DEMO_PASSWORD)
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    return login


def test_connect_from_the_assistant_log_in_and_see_the_office_cases(qtbot, drive, main_windows, tmp_path,
                                                                     office_demo, message_boxes):
    server, database = office_demo.server, office_demo.database
    data_dir = tmp_path / "desk"
    said: list[str] = []

    def connect(d: FirstRunAssistant) -> None:
        assert d.ui.office_choice.isVisible()
        d.ui.office_choice.setChecked(True)
        d.next()
        assert d.pages.currentIndex() == OFFICE
        d.next()  # nothing filled in: each field says what it needs
        assert d.error_text("host") and d.error_text("ca_file") and d.error_text("db_password")
        d.ui.db_host.setText(server.host)
        d.ui.db_port.setValue(server.port)
        d.ui.db_name.setText(database)
        d.ui.db_user.setText("md_app")
        d.ui.ca_file.setText(str(server.ca_file))
        d.ui.db_password.setText("not-the-password")
        d.next()
        qtbot.waitUntil(lambda: not d.busy and d.message_text() != "", timeout=20000)
        said.append(d.message_text())
        assert d.isVisible() and d.ui.db_password.text() == ""  # nothing kept of the wrong password
        d.ui.db_password.setText(office_demo.password())
        d.ui.remember_db_password.setChecked(True)
        d.next()
        qtbot.waitUntil(lambda: not d.busy and d.result() == QDialog.DialogCode.Accepted, timeout=20000)

    drive(FirstRunAssistant, connect)
    drive(LoginDialog, _log_in(qtbot))
    assert main_gui(data_dir, "zh") == 0
    assert len(said) == 1 and "用户名或密码不正确" in said[0] and "\n" not in said[0]
    window = main_windows[-1]
    assert window["cases"] == DEMO_CASES
    assert window["folder"] == f"案件库：{server.host}:{server.port}/{database}"
    assert not window["timer"]  # no automatic backups from a desk: the server's administrator backs up

    # the profile is kept without the password; the password only in the keyring, as asked
    stored = (data_dir / PROFILE_FILE).read_text("utf-8")
    assert office_demo.password() not in stored
    assert json.loads(stored)["ca_file"] == str(server.ca_file)
    profile = load_profile(data_dir)
    assert DbPasswordStore().get(profile.url()) == office_demo.password()

    # the next start: no assistant and no password dialog, straight to the log-in
    assert main_gui(data_dir, "zh") == 0
    assert len(drive.seen[FirstRunAssistant]) == 1 and OfficePasswordDialog not in drive.seen
    assert main_windows[-1]["cases"] == DEMO_CASES
    assert message_boxes == []


def test_database_url_asks_the_password_in_a_dialog(qtbot, drive, main_windows, tmp_path, office_demo):
    said: list[str] = []

    def password(d: OfficePasswordDialog) -> None:
        d.password.setText("wrong")
        _ok(qtbot, d, until=lambda: d.message.text() != "")
        said.append(d.message.text())
        d.password.setText(office_demo.password())
        _ok(qtbot, d, until=lambda: d.result() == QDialog.DialogCode.Accepted)

    drive(OfficePasswordDialog, password)
    drive(LoginDialog, _log_in(qtbot))
    assert main_gui(tmp_path / "desk", "zh", database=office_demo.url()) == 0
    assert said == [f"无法登录数据库 127.0.0.1/{office_demo.database}：用户名或密码不正确。"]
    assert main_windows[-1]["cases"] == DEMO_CASES
    assert not (tmp_path / "desk" / PROFILE_FILE).exists()  # --database is not remembered as the desk's server


def test_an_insecure_url_is_refused_before_anything_is_asked(tmp_path, message_boxes, main_windows):
    assert main_gui(tmp_path / "desk", "zh", database="postgresql://desk@db.office.example/cases?sslmode=require") == 1
    assert len(message_boxes) == 1 and "必须使用 TLS 并验证服务器证书" in message_boxes[0][1]
    assert main_windows == []


def test_what_an_office_book_cannot_do_is_said(qtbot, tmp_path, office_demo):  # noqa: ANN001
    from pathlib import Path

    from mediation_desk.app import build_office_context
    from mediation_desk.config import AppPaths
    from mediation_desk.services import accounts
    from mediation_desk.storage.office import open_office_book

    book = open_office_book(office_demo.url(), office_demo.password())
    try:
        principal = accounts.log_in(book.uow, username="mediator", password=DEMO_PASSWORD)
        ctx = build_office_context(book, principal, AppPaths(tmp_path / "desk"), renderer=object())
        with pytest.raises(AppError, match="服务器版案件库暂不支持在工作站上备份"):
            ctx.backup_now(Path(tmp_path), 3, lambda d, t: True)
        with pytest.raises(AppError, match="服务器版案件库暂不支持"):
            ctx.vault.root  # noqa: B018 - evidence files
        with pytest.raises(AppError, match="服务器版案件库暂不支持"):
            ctx.handoff.signer("mediator").ensure()
        assert ctx.verify(lambda d, t: True).ok and ctx.server_book
    finally:
        book.close()
